"""The buttons of the page, by their ``data-action`` name: each does one step and shows it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from trustwork.commands import (
    CreateRecord,
    DeleteRecord,
    ResolveConflict,
    RestoreRecord,
    UpdateRecord,
)
from trustwork.demos import GENERATED, STORIES, in_other_language, story_document
from trustwork.errors import FieldValueError
from trustwork.i18n import describe_refusal, format_month, language_or_default, translate
from trustwork.improvement import carried_over
from trustwork.kinds import REGISTRY
from trustwork.overview import label
from trustwork.routes import LINKS
from trustwork.ui import copies, datafile, importing, pilots, presenting, reports, since
from trustwork.ui.browser import confirm, moment, new_id, remember_language
from trustwork.ui.datafile import apply, may_leave, switch_to
from trustwork.ui.render import go, problem, show
from trustwork.ui.sealing import document_of
from trustwork.ui.state import Session
from trustwork.views import AppView

ActionHandler = Callable[[Session, Any], Awaitable[None]]
Step = Callable[[Session], Awaitable[None]]


def with_demo(view: AppView, key: str = STORIES[0]) -> AppView:
    """Demo ``key`` (a story of ``trustwork.demos``, or the generated organisation), in the
    page's language, dated as if its story ended this month: its months of improvement
    projects run up to last month. An unknown key opens the first story."""
    now = moment().replace(microsecond=0)
    if key == GENERATED:
        # Imported here: compiling it at every start cost the page time (like the stories).
        from trustwork.demo import SIZES, demo_document

        year, month = divmod(now.year * 12 + now.month - 1 - SIZES["small"].months, 12)
        started = now.replace(year=year, month=month + 1, day=1)
        document = demo_document("small", 1, started)
    else:
        key = key if key in STORIES else STORIES[0]
        document = story_document(key, view.language, now.date())
    return replace(view, document=document, is_demo=True, demo=key, file=None)


async def _set_language(session: Session, target: Any) -> None:
    language = language_or_default(target.dataset.language)
    remember_language(language)
    before = session.view
    session.view = replace(session.view, language=language)
    if (session.workspace is None and before.demo in STORIES and before.document is not None
            and language != before.language):
        # A story follows the language: the same organisation, ids and page, other texts;
        # what the person changed in it stays.
        today = moment().date()
        session.view = replace(session.view, document=in_other_language(
            before.document, story_document(before.demo, before.language, today),
            story_document(before.demo, language, today)))
    show(session)


async def _open_demo(session: Session, target: Any) -> None:
    """A demo chosen in the chooser, on its start screen (the dashboard says what to look
    at). The open file is let go, untouched; its unsaved changes ask first."""
    if may_leave(session):
        switch_to(session, None, None, "saved", None)
        session.view = with_demo(session.view, str(target.dataset.demo or STORIES[0]))
        go(session, LINKS.area("dashboard"))


async def _resolve(session: Session, target: Any) -> None:
    take_other = str(target.dataset.takeOther) == "true"
    await apply(session, ResolveConflict(str(target.dataset.conflictId), take_other))


async def _delete_record(session: Session, target: Any) -> None:
    record = document_of(session).record(str(target.dataset.recordId))
    language = session.view.language
    name = label(record) or translate("secret.untitled", language)
    if not confirm(translate("register.delete_confirm", language, name=name)):
        return
    if await apply(session, DeleteRecord(record.id)):
        area = REGISTRY.area_of(record.kind)
        go(session, LINKS.area(area.key if area else "dashboard"),
           translate("register.deleted", language, name=name))


async def _restore_record(session: Session, target: Any) -> None:
    record = document_of(session).record(str(target.dataset.recordId))
    name = label(record) or translate("secret.untitled", session.view.language)
    if await apply(session, RestoreRecord(record.id)):
        session.view = replace(session.view, form_error=None, notice=translate(
            "records.restored", session.view.language, name=name))
        show(session)


async def _move_project(session: Session, target: Any) -> None:
    """A board's or a project page's move: the project's state, one step on or back."""
    record = document_of(session).record(str(target.dataset.recordId))
    status = str(target.dataset.status)
    if await apply(session, UpdateRecord(record.id, {"status": status})):
        language = session.view.language
        state = translate(f"choice.improvement_project.status.{status}", language)
        session.view = replace(session.view, form_error=None, notice=translate(
            "improvement.moved", language, name=label(record), state=state))
        show(session)


async def _set_step(session: Session, target: Any) -> None:
    """A plan–do–check–act step set to to do, doing or done."""
    state = str(target.dataset.state)
    record_id = str(target.dataset.recordId)
    if document_of(session).record(record_id).fields.get("state") == state:
        return
    if await apply(session, UpdateRecord(record_id, {"state": state})):
        session.view = replace(session.view, form_error=None, notice="")
        show(session)


async def _carry_project(session: Session, target: Any) -> None:
    """Carry a project into the next month: a new project that continues it."""
    fields = carried_over(document_of(session).record(str(target.dataset.recordId)))
    record_id = new_id("improvement-project")
    if await apply(session, CreateRecord("improvement_project", record_id, fields)):
        language = session.view.language
        go(session, LINKS.record(record_id, "improvement_project"), translate(
            "improvement.carried", language, month=format_month(str(fields["month"]), language),
            name=str(fields.get("title") or "")))


def _leaving_first(step: Callable[[Session], Awaitable[None]]) -> ActionHandler:
    """A step that shows another file (or the demo) instead: unsaved changes ask first."""
    async def leave_then(session: Session, target: Any) -> None:
        if may_leave(session):
            await step(session)
    return leave_then


def _then_folder(step: Step) -> Step:
    """Opening a file, then the folder allowed for it on an earlier visit (Chrome, Edge)."""
    async def open_then_folder(session: Session) -> None:
        await step(session)
        await copies.recall_folder(session)
    return open_then_folder


def _on_file(step: Callable[[Session], Awaitable[None]]) -> ActionHandler:
    """A step on the open file, whichever button asked for it."""
    async def on_file(session: Session, target: Any) -> None:
        await step(session)
    return on_file


ACTIONS: dict[str, ActionHandler] = {
    "set-language": _set_language,
    "open-demo": _open_demo,
    "open-file": _leaving_first(_then_folder(datafile.open_file)),
    "reopen": _leaving_first(_then_folder(datafile.reopen_file)),
    "new-file": _leaving_first(datafile.new_file),
    "save": _on_file(datafile.save),
    "restore-journal": _on_file(datafile.restore_journal),
    "discard-journal": _on_file(datafile.discard_journal),
    "pull": _on_file(datafile.pull),
    "merge-copy": _on_file(copies.merge_a_copy),
    "allow-folder": _on_file(copies.allow_folder),
    "allow-folder-again": _on_file(copies.allow_folder_again),
    "merge-found": _on_file(copies.merge_found),
    "resolve": _resolve,
    "delete-record": _delete_record,
    "restore-record": _restore_record,
    "take-part": pilots.take_part,
    "pilot-phase": pilots.to_phase,
    "follow-pilot": pilots.follow_pilot,
    "pilots-seen": pilots.seen,
    "restore-revision": pilots.restore_revision,
    "move-project": _move_project,
    "set-step": _set_step,
    "carry-project": _carry_project,
    "mark-all-seen": since.mark_all_seen,
    "print-report": reports.print_report,
    "print": reports.print_now,
    "export-csv": reports.export_list,
    "undo-import": importing.undo,
    "import-cancel": importing.cancel,
    "present": presenting.start,
    "present-step": presenting.step,
}


async def act(session: Session, target: Any) -> None:
    """A button with ``data-action`` was clicked: its handler does the step."""
    handler = ACTIONS.get(str(target.dataset.action))
    if handler is None:
        return
    try:
        await handler(session, target)
    except FieldValueError as error:  # what the record holds does not allow the step
        problem(session, describe_refusal(error.message_key, session.view.language,
                                          error.parameters))
