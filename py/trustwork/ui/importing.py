"""Importing a CSV list in the page: the chosen file read into a preview, the columns mapped
again, the import applied as one command, and an import taken out again."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from trustwork import importing
from trustwork.errors import FieldValueError, ImportFileError
from trustwork.i18n import translate
from trustwork.ui.browser import chosen_file, confirm, new_id
from trustwork.ui.datafile import apply
from trustwork.ui.render import show
from trustwork.ui.sealing import document_of
from trustwork.ui.state import Session

Values = dict[str, list[str]]


def _refused(error: ImportFileError) -> FieldValueError:
    """A file that cannot be imported, said beside the form like any form's error."""
    return FieldValueError("", error.message_key, **error.parameters)


async def read_file(session: Session, form: Any, values: Values) -> None:
    """A file was chosen: show what importing it would create."""
    chosen = await chosen_file(form, "file")
    if chosen is None:
        raise FieldValueError("", "import.error.no_file")
    name, data = chosen
    kind = values.get("kind", [""])[0]
    try:
        draft = importing.draft(document_of(session), kind, name, data,
                                str(form.dataset.campaign or ""))
    except ImportFileError as error:
        raise _refused(error) from None
    session.view = replace(session.view, importing=draft, form_error=None, notice="",
                           last_import="")
    show(session)


def _chosen(session: Session, values: Values) -> importing.ImportDraft | None:
    """The draft with the columns and duplicates the person chose in the preview."""
    draft = session.view.importing
    if draft is None:
        return None
    anyway = frozenset(int(line) for line in values.get("anyway", []) if line.isdigit())
    columns = len(draft.table.header)
    # One select per column, each named for its column: a render keeps each one's choice.
    chosen = [values.get(f"map-{column}", [""])[0] for column in range(columns)]
    mapping = importing.checked_mapping(draft.kind, chosen, columns)
    return replace(draft, mapping=mapping, anyway=anyway)


def rechoose(session: Session, values: Values) -> None:
    """A column mapped otherwise, or a duplicate ticked: the preview again."""
    draft = _chosen(session, values)
    if draft is not None:
        session.view = replace(session.view, importing=draft, form_error=None)
        show(session)


def rekind(session: Session, kind: str) -> None:
    """Another kind chosen while a file is shown: the same file read as that kind."""
    draft = session.view.importing
    if draft is not None and draft.kind != kind:
        session.view = replace(session.view, importing=importing.as_kind(draft, kind),
                               form_error=None)
        show(session)


async def apply_import(session: Session, form: Any, values: Values) -> None:
    """Import the rows the preview takes, as one step; the notice offers to undo it."""
    draft = _chosen(session, values)
    if draft is None:
        return
    session.view = replace(session.view, importing=draft)
    result = draft.preview(document_of(session))
    import_id = new_id("import")
    try:
        command = importing.import_command(result, draft.file_name, import_id, new_id,
                                           draft.anyway)
    except ImportFileError as error:
        raise _refused(error) from None
    if await apply(session, command):
        language = session.view.language
        notice = translate("import.done", language, count=len(command.records),
                           kind=translate(f"kind.{draft.kind}", language),
                           file=draft.file_name, left=len(result.rows) - len(command.records))
        session.view = replace(session.view, importing=None, form_error=None, notice=notice,
                               last_import=import_id)
        show(session)


async def undo(session: Session, target: Any) -> None:
    """Take an import out again (anyone may), after asking."""
    document = document_of(session)
    import_id = str(target.dataset.recordId)
    command = importing.undo_command(document, import_id)
    language = session.view.language
    name = str(document.records[import_id].fields.get("title") or "")
    if not confirm(translate("import.undo_confirm", language, file=name,
                             count=len(command.record_ids))):
        return
    if await apply(session, command):
        session.view = replace(session.view, form_error=None, last_import="", notice=translate(
            "import.undone", language, count=len(command.record_ids), file=name))
        show(session)


async def cancel(session: Session, target: Any) -> None:
    session.view = replace(session.view, importing=None, form_error=None)
    show(session)
