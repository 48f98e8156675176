"""What the import panel shows (on the register and on a campaign's page) and what the command
line prints: a chosen file's preview row by row, in the person's language, and the imports
still in the file, each of which anyone can take out. Plain data for the templates; pure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from trustwork.i18n import CATALOGUE, Language, format_date, translate
from trustwork.importing import (
    CellError,
    ImportDraft,
    ImportSummary,
    Preview,
    PreviewRow,
    importable,
    imports,
)
from trustwork.kinds import REGISTRY
from trustwork.model.document import Document
from trustwork.overview import label, person_name

if TYPE_CHECKING:
    from trustwork.views import AppView

REGISTER_KINDS = ("person", "team", "role")


@dataclass(frozen=True)
class Cell:
    """One cell of a row as the preview shows it, with why it cannot be taken ("": it can)."""

    text: str
    error: str = ""


@dataclass(frozen=True)
class Row:
    """A row of the preview: its line, what happens to it, its cells."""

    line: int
    status: str  # new, duplicate, error
    says: str  # what happens, in words
    like: str  # the id of the record it looks like ("" for none, or an earlier row)
    like_kind: str
    cells: tuple[Cell, ...]
    anyway: bool  # a duplicate the person chose to create anyway
    problems: tuple[str, ...]  # errors of fields no column holds


@dataclass(frozen=True)
class PreviewView:
    """A chosen file's preview: its columns with the field each fills, and its rows."""

    file_name: str
    kind: str
    headers: tuple[str, ...]
    mapping: tuple[str, ...]
    options: tuple[tuple[str, str], ...]  # (field, label) a column may fill
    rows: tuple[Row, ...]
    new: int
    duplicate: int
    error: int
    taken: int
    read_as: str
    missing: str


@dataclass(frozen=True)
class Imported:
    """An import still in the file, in words, with its id to take it out."""

    id: str
    says: str
    still_there: int


@dataclass(frozen=True)
class ImportPanel:
    """The panel: which kinds can be imported here, the campaign ideas go into, the
    preview of the chosen file, the imports still in the file, and the one just made."""

    kinds: tuple[str, ...]
    campaign: str
    preview: PreviewView | None
    imports: tuple[Imported, ...]
    last: Imported | None


def panel(view: AppView, document: Document, kinds: tuple[str, ...], campaign: str = ""
          ) -> ImportPanel:
    language = view.language
    draft = view.importing
    shown = None
    if draft is not None and draft.kind in kinds and draft.campaign == campaign:
        shown = preview_view(draft, document, language)
    listed = tuple(imported(summary, document, language)
                   for summary in imports(document, kinds, campaign))
    last = next((item for item in listed if item.id == view.last_import), None)
    return ImportPanel(kinds, campaign, shown, listed, last)


def imported(summary: ImportSummary, document: Document, language: Language) -> Imported:
    return Imported(summary.id, translate(
        "import.summary", language, file=summary.file_name, made=summary.made,
        kind=translate(f"kind.{summary.kind}", language), there=summary.still_there,
        at=format_date(summary.at, language), by=person_name(document, summary.by)),
        summary.still_there)


def field_name(kind: str, field: str, language: Language) -> str:
    key = f"field.{kind}.{field}"
    return translate(key, language) if key in CATALOGUE[language] else field


def cell_message(error: CellError, language: Language) -> str:
    return translate(error.message_key, language, **error.parameters)


def row_says(result: Preview, row: PreviewRow, document: Document, language: Language) -> str:
    """What importing does with ``row``, in words."""
    if row.status == "duplicate":
        if row.like and row.like in document.records:
            return translate("import.status.duplicate", language,
                             name=label(document.records[row.like]))
        return translate("import.status.duplicate_row", language)
    return translate(f"import.status.{row.status}", language)


def preview_view(draft: ImportDraft, document: Document, language: Language) -> PreviewView:
    result = draft.preview(document)
    kind = REGISTRY.spec(result.kind)
    rows = []
    for row in result.rows:
        cells = tuple(Cell(text, cell_message(error, language) if (error := row.error_in(index))
                           else "") for index, text in enumerate(
                               (*row.cells, *[""] * (len(result.mapping) - len(row.cells)))))
        problems = tuple(f"{field_name(result.kind, error.field, language)}: "
                         f"{cell_message(error, language)}"
                         for error in row.errors if error.column < 0
                         or error.column >= len(result.mapping))
        like = document.records.get(row.like) if row.like else None
        rows.append(Row(row.line, row.status, row_says(result, row, document, language),
                        row.like, like.kind if like is not None else "", cells,
                        row.line in draft.anyway, problems))
    missing = ", ".join(field_name(result.kind, name, language) for name in result.missing)
    separator = {"\t": "tab"}.get(result.table.separator, result.table.separator)
    return PreviewView(
        draft.file_name, result.kind, result.table.header, result.mapping,
        tuple((spec.name, field_name(result.kind, spec.name, language))
              for spec in importable(kind)),
        tuple(rows), result.count("new"), result.count("duplicate"), result.count("error"),
        len(result.taken(draft.anyway)),
        translate("import.read_as", language, separator=separator,
                  encoding=result.table.encoding),
        translate("import.missing", language, fields=missing) if missing else "")


def preview_lines(result: Preview, file_name: str, document: Document, language: Language
                  ) -> list[str]:
    """The preview as the command line prints it: the counts, the columns, then each row
    that is not simply new with what happens to it and every cell it cannot take."""
    lines = [translate("import.preview", language, file=file_name, rows=len(result.rows))
             + " — " + translate("import.counts", language, new=result.count("new"),
                                 duplicate=result.count("duplicate"),
                                 error=result.count("error"))]
    separator = {"\t": "tab"}.get(result.table.separator, result.table.separator)
    lines.append(translate("import.read_as", language, separator=separator,
                           encoding=result.table.encoding))
    lines.append(", ".join(
        f"{header} → {field_name(result.kind, field, language) if field else '—'}"
        for header, field in zip(result.table.header, result.mapping, strict=False)))
    if result.missing:
        lines.append(translate("import.missing", language, fields=", ".join(
            field_name(result.kind, name, language) for name in result.missing)))
    for row in result.rows:
        lines.append(translate("import.cli.row", language, line=row.line,
                               status=row_says(result, row, document, language)))
        for error in row.errors:
            lines.append(translate("import.cli.cell", language,
                                   field=field_name(result.kind, error.field, language),
                                   message=cell_message(error, language)))
    return lines
