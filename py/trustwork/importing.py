"""Bringing existing lists in: a CSV file of people, teams, roles or a campaign's ideas read
into a preview (which column is which field, what each row will create, which rows look like a
record the organisation has, which cells cannot be taken), and the command that imports it as
one step. Values are taken with the rules of the forms (``read_form``), so the page, the forms
and the command line agree. Pure: the file's bytes, the time and new ids come in.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from trustwork.commands import IMPORT_KIND, ImportRecords, UndoImport
from trustwork.errors import FieldValueError, ImportFileError, NothingToImportError
from trustwork.i18n import CATALOGUE, LANGUAGES
from trustwork.kinds import REGISTRY
from trustwork.model.document import Document, JsonValue, Record
from trustwork.model.fields import PICKED_KINDS, FieldSpec, KindSpec, read_form, title_of

IMPORT = IMPORT_KIND  # the kind of the record that remembers what one import created
IMPORT_KINDS = ("person", "team", "role", "idea")
MAX_BYTES = 5_000_000
MAX_ROWS = 20_000
SEPARATORS = (";", ",", "\t")
# A Dutch spreadsheet writes a day as 31-12-2026 (or 31-1-2026); the forms take 2026-12-31.
_DUTCH_DATE = re.compile(r"^([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})$")
# Several people or teams in one cell: separated by a semicolon, a comma or a new line.
_SEVERAL = re.compile(r"[;,\n]")

# Headers people write besides the catalogue's field names, by kind and field (compared
# without case, accents, spaces or punctuation).
SYNONYMS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "person": {
        "name": ("naam", "name", "volledige naam", "full name", "persoon", "person", "medewerker"),
        "does": ("doet", "wat doet", "werk", "functie", "does", "what they do", "job", "work"),
        "contact": ("contact", "e-mail", "email", "mail", "e-mailadres", "emailadres",
                    "telefoon", "phone", "email address"),
    },
    "team": {
        "name": ("naam", "name", "team", "teamnaam", "team name"),
        "purpose": ("doel", "purpose", "waarvoor"),
        "members": ("leden", "members", "wie", "mensen", "people"),
        "meets": ("overleg", "meets", "komt samen", "meeting"),
    },
    "role": {
        "name": ("rol", "role", "naam", "name", "rolnaam", "role name"),
        "team": ("team",),
        "purpose": ("doel", "purpose"),
        "holder": ("houder", "holder", "vervuld door", "held by", "persoon", "person", "wie",
                   "who"),
        "term_ends": ("termijn tot", "einde termijn", "termijn", "term ends", "term", "tot",
                      "until"),
    },
    "idea": {
        "title": ("idee", "idea", "titel", "title"),
        "description": ("toelichting", "beschrijving", "description", "explanation", "uitleg"),
        "submitted_by": ("ingediend door", "door", "submitted by", "by", "indiener", "naam",
                         "name"),
    },
}

RowStatus = Literal["new", "duplicate", "error"]


@dataclass(frozen=True)
class Table:
    """A CSV file read as text: its header, its rows (each with the line it starts on, blank
    rows left out), the separator found in the header and how its bytes were decoded."""

    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    separator: str
    encoding: str


@dataclass(frozen=True)
class CellError:
    """A value of a row that cannot be taken: its column (-1: no column holds the field),
    the field, and why (a message key and its parameters)."""

    column: int
    field: str
    message_key: str
    parameters: Mapping[str, object] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class PreviewRow:
    """One row of the file and what importing it does: create a record with ``fields``
    (new), nothing unless the person asks (duplicate: ``like`` names the record it looks like,
    or "" for an earlier row of the file), or nothing (error: ``errors`` says which cells)."""

    line: int
    cells: tuple[str, ...]
    fields: Mapping[str, JsonValue]
    status: RowStatus
    errors: tuple[CellError, ...] = ()
    like: str = ""

    def error_in(self, column: int) -> CellError | None:
        return next((error for error in self.errors if error.column == column), None)


@dataclass(frozen=True)
class Preview:
    """What importing a table as records of ``kind`` would do, row by row."""

    kind: str
    table: Table
    mapping: tuple[str, ...]  # the field each column fills ("": the column is left out)
    rows: tuple[PreviewRow, ...]
    campaign: str = ""
    missing: tuple[str, ...] = ()  # required fields no column fills

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status == status)

    def taken(self, anyway: Iterable[int] = ()) -> tuple[PreviewRow, ...]:
        """The rows an import creates: the new ones, and the duplicates whose lines the
        person chose to create anyway."""
        chosen = frozenset(anyway)
        return tuple(row for row in self.rows if row.status == "new"
                     or (row.status == "duplicate" and row.line in chosen))


@dataclass(frozen=True)
class ImportDraft:
    """A file the person chose to import and what they chose so far: the kind, the campaign
    (ideas), the column of each field, and the duplicate rows to create anyway."""

    file_name: str
    kind: str
    table: Table
    mapping: tuple[str, ...]
    campaign: str = ""
    anyway: frozenset[int] = frozenset()

    def preview(self, document: Document) -> Preview:
        return preview(document, self.kind, self.table, self.mapping, self.campaign)


def draft(document: Document, kind_name: str, file_name: str, data: bytes,
          campaign: str = "") -> ImportDraft:
    """A new draft for a chosen file, its columns mapped as the header suggests. Raises
    ImportFileError for a file that is no table, FieldValueError for a kind that cannot be
    imported or an idea campaign that is not there."""
    table = read_table(data)
    first = preview(document, kind_name, table, None, campaign)
    return ImportDraft(file_name, kind_name, table, first.mapping, campaign)


def as_kind(chosen: ImportDraft, kind_name: str) -> ImportDraft:
    """The same file read as records of another kind, its columns mapped again from the
    header (FieldValueError for a kind that cannot be imported)."""
    if kind_name not in IMPORT_KINDS:
        raise FieldValueError("kind", "import.error.kind")
    return replace(chosen, kind=kind_name, anyway=frozenset(),
                   mapping=guess_mapping(kind_name, chosen.table.header))


# -- reading the file --------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read with: UTF-8 (with or without a
    byte-order mark, as Excel writes "CSV UTF-8"), UTF-16 with its mark, else Windows-1252
    (what Excel writes as "CSV" on a Dutch or English Windows)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def separator_of(header_line: str) -> str:
    """The separator the header line uses most outside quotes (";" in Dutch Excel, "," in
    English, a tab from "Unicode text"); "," when it holds none."""
    counts = dict.fromkeys(SEPARATORS, 0)
    quoted = False
    for character in header_line:
        if character == '"':
            quoted = not quoted
        elif not quoted and character in counts:
            counts[character] += 1
    best = max(SEPARATORS, key=lambda separator: counts[separator])
    return best if counts[best] else ","


def read_table(data: bytes) -> Table:
    """The table a CSV file holds. Raises ImportFileError when it is too large, empty, has no
    header or its quoting is broken (with the line)."""
    if len(data) > MAX_BYTES:
        raise ImportFileError("import.error.too_large", limit=MAX_BYTES // 1_000_000)
    text, encoding = decode(data)
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first:
        raise ImportFileError("import.error.empty")
    separator = separator_of(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    header: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    try:
        while True:
            line = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            if not any(cell.strip() for cell in cells):
                continue  # a blank line, or one of only separators
            cleaned = tuple(cell.strip() for cell in cells)
            if header is None:
                header = cleaned
            else:
                rows.append((line, cleaned))
                if len(rows) > MAX_ROWS:
                    raise ImportFileError("import.error.too_many", limit=MAX_ROWS)
    except csv.Error:
        raise ImportFileError("import.error.quotes", line=reader.line_num) from None
    if header is None or not any(header):
        raise ImportFileError("import.error.empty")
    return Table(header, tuple(rows), separator, encoding)


# -- which column is which field ---------------------------------------------------------------

def importable(kind: KindSpec) -> tuple[FieldSpec, ...]:
    """The fields an import fills: those of the form that adds a record, but the campaign an
    idea goes into (the import's own choice) and choices made once by the person who hands
    an idea in (anonymous)."""
    return tuple(spec for spec in kind.new_fields
                 if spec.widget not in ("flag", "record") and not spec.fixed)


def _plain(text: str) -> str:
    """Text as headers and names are compared: no case, accents, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if character.isalnum())


def _names_for(kind: KindSpec, spec: FieldSpec) -> list[str]:
    names = [spec.name, spec.name.replace("_", " ")]
    names += [CATALOGUE[language].get(f"field.{kind.name}.{spec.name}", "")
              for language in LANGUAGES]
    names += SYNONYMS.get(kind.name, {}).get(spec.name, ())
    return [plain for plain in map(_plain, names) if plain]


def guess_mapping(kind_name: str, header: Sequence[str]) -> tuple[str, ...]:
    """The field each column fills, guessed from its header in Dutch or English (the field's
    name, its label in either language, or a usual synonym); a field is filled by the first
    column that names it, and a column that names none is left out ("")."""
    kind = REGISTRY.spec(kind_name)
    known = {spec.name: _names_for(kind, spec) for spec in importable(kind)}
    taken: set[str] = set()
    mapping: list[str] = []
    for title in header:
        plain = _plain(title)
        # A field named exactly first; a synonym of a later field never steals it.
        found = next((name for name, names in known.items()
                      if name not in taken and plain and plain == names[0]), None)
        found = found or next((name for name, names in known.items()
                               if name not in taken and plain in names), None)
        mapping.append(found or "")
        if found:
            taken.add(found)
    return tuple(mapping)


def checked_mapping(kind_name: str, mapping: Sequence[str], columns: int) -> tuple[str, ...]:
    """A mapping the person chose, made safe: one entry per column, only fields an import
    fills, each field at most once (the first column that names it)."""
    allowed = {spec.name for spec in importable(REGISTRY.spec(kind_name))}
    seen: set[str] = set()
    result: list[str] = []
    for index in range(columns):
        name = mapping[index] if index < len(mapping) else ""
        if name in allowed and name not in seen:
            seen.add(name)
            result.append(name)
        else:
            result.append("")
    return tuple(result)


# -- the preview -------------------------------------------------------------------------------

def name_key(text: str) -> str:
    """A name as two names are compared: without case, accents or spacing ("José  de
    Vries" is "jose de vries")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(character for character in decomposed if not unicodedata.combining(character))
    return " ".join(bare.split())


def _by_name(document: Document, kind: str) -> dict[str, list[Record]]:
    found: dict[str, list[Record]] = {}
    spec = REGISTRY.spec(kind)
    for record in document.live(kind):
        found.setdefault(name_key(title_of(record, spec)), []).append(record)
    return found


def _date_value(text: str) -> str:
    """A day as the forms take it: 31-12-2026 (Dutch) becomes 2026-12-31; anything else is
    left for the form's rule to judge."""
    match = _DUTCH_DATE.match(text)
    if match is None:
        return text
    day, month, year = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def preview(document: Document, kind_name: str, table: Table,
            mapping: Sequence[str] | None = None, campaign: str = "") -> Preview:
    """What importing ``table`` as records of ``kind_name`` would do, row by row, with the
    columns mapped as ``mapping`` says (None: guessed from the header). Ideas go into
    ``campaign``, which must be a live campaign (FieldValueError otherwise)."""
    if kind_name not in IMPORT_KINDS:
        raise FieldValueError("kind", "import.error.kind")
    kind = REGISTRY.spec(kind_name)
    if kind_name == "idea":
        read_form(_only(kind, "campaign"), {"campaign": [campaign]}, document, adding=True)
    columns = len(table.header)
    mapping = (guess_mapping(kind_name, table.header) if mapping is None
               else checked_mapping(kind_name, mapping, columns))
    fields = importable(kind)
    missing = tuple(spec.name for spec in fields if spec.required and spec.name not in mapping)
    lookups = {picked: _by_name(document, picked)
               for picked in {PICKED_KINDS[spec.widget] for spec in fields
                              if spec.widget in PICKED_KINDS}}
    existing = _by_name(document, kind_name)
    seen: set[str] = set()
    rows = []
    for line, cells in table.rows:
        row = _row(document, kind, fields, mapping, line, cells, lookups, campaign)
        name = name_key(str(row.fields.get(kind.title) or ""))
        if row.status == "new" and name:
            like = existing.get(name)
            if like:
                row = replace(row, status="duplicate", like=like[0].id)
            elif name in seen:
                row = replace(row, status="duplicate")
            seen.add(name)
        rows.append(row)
    return Preview(kind_name, table, tuple(mapping), tuple(rows), campaign, missing)


def _only(kind: KindSpec, name: str) -> KindSpec:
    """``kind`` with the one field ``name``: a form of one field, so that every cell of a
    row is judged by the form's own rule and each cell's error is said."""
    return replace(kind, fields=tuple(spec for spec in kind.fields if spec.name == name))


def _row(document: Document, kind: KindSpec, fields: Sequence[FieldSpec],
         mapping: Sequence[str], line: int, cells: Sequence[str],
         lookups: Mapping[str, Mapping[str, list[Record]]], campaign: str) -> PreviewRow:
    values: dict[str, JsonValue] = {}
    errors: list[CellError] = []
    for spec in fields:
        column = mapping.index(spec.name) if spec.name in mapping else -1
        text = cells[column] if 0 <= column < len(cells) else ""
        try:
            entered = _entered(spec, text, lookups)
            value = read_form(_only(kind, spec.name), {spec.name: entered}, document,
                              adding=True)[spec.name]
        except FieldValueError as error:
            errors.append(CellError(column, spec.name, error.message_key,
                                    dict(error.parameters)))
            continue
        if value not in (None, []):
            values[spec.name] = value
    if kind.name == "idea":
        values["campaign"] = campaign
        values["status"] = "submitted"
    if errors:
        return PreviewRow(line, tuple(cells), values, "error", tuple(errors))
    return PreviewRow(line, tuple(cells), values, "new")


def _entered(spec: FieldSpec, text: str, lookups: Mapping[str, Mapping[str, list[Record]]]
             ) -> list[str]:
    """What a cell stands for as a form would send it: a person or team by its id (looked
    up by name; FieldValueError when no record or more than one has that name), a Dutch
    date as the form writes it."""
    if spec.widget in PICKED_KINDS:
        several = spec.widget in ("people", "teams")
        names = [part.strip() for part in (_SEVERAL.split(text) if several else [text])]
        return [_id_by_name(spec, name, lookups[PICKED_KINDS[spec.widget]])
                for name in names if name]
    if spec.widget == "date":
        return [_date_value(text)]
    return [text]


def _id_by_name(spec: FieldSpec, name: str, known: Mapping[str, list[Record]]) -> str:
    found = known.get(name_key(name), [])
    if not found:
        raise FieldValueError(spec.name, "import.error.no_such", name=name)
    if len(found) > 1:
        raise FieldValueError(spec.name, "import.error.ambiguous", name=name, count=len(found))
    return found[0].id


# -- importing and taking it out ---------------------------------------------------------------

def import_command(preview_: Preview, file_name: str, import_id: str,
                   new_record_id: Callable[[str], str], anyway: Iterable[int] = ()
                   ) -> ImportRecords:
    """The one command that creates the rows an import takes (see ``Preview.taken``), and
    the record that remembers them under ``import_id``. ``new_record_id(kind)`` gives each
    record its id. Raises NothingToImportError when no row is taken."""
    rows = preview_.taken(anyway)
    if not rows:
        raise NothingToImportError()
    prefix = preview_.kind.replace("_", "-")
    records = tuple((new_record_id(prefix), dict(row.fields)) for row in rows)
    return ImportRecords(import_id, preview_.kind, file_name or "CSV", records,
                         preview_.campaign)


def undo_command(document: Document, import_id: str) -> UndoImport:
    """The one command that takes an import out: its records that are still there (a record
    someone deleted meanwhile stays deleted) and the import itself."""
    record = document.records.get(import_id)
    if record is None or record.kind != IMPORT or record.is_deleted:
        raise FieldValueError("", "import.error.gone")
    listed = record.fields.get("records")
    ids = [item for item in listed if isinstance(item, str)] if isinstance(listed, list) else []
    live = tuple(record_id for record_id in ids
                 if record_id in document.records and not document.records[record_id].is_deleted)
    return UndoImport(import_id, live)


@dataclass(frozen=True)
class ImportSummary:
    """An import as the register shows it: its file, kind, how many records it made and how
    many of them are still there."""

    id: str
    file_name: str
    kind: str
    made: int
    still_there: int
    at: str
    by: str


def imports(document: Document, kinds: Iterable[str] = IMPORT_KINDS, campaign: str = ""
            ) -> list[ImportSummary]:
    """The imports still in the file (latest first) of ``kinds`` (into ``campaign``, when
    given): whoever made one, anyone can take it out."""
    wanted = frozenset(kinds)
    found = []
    for record in document.live(IMPORT):
        kind = str(record.fields.get("imported_kind") or "")
        if kind not in wanted or (campaign and record.fields.get("campaign") != campaign):
            continue
        listed = record.fields.get("records")
        ids = [item for item in listed if isinstance(item, str)] if isinstance(listed,
                                                                              list) else []
        there = sum(1 for record_id in ids if record_id in document.records
                    and not document.records[record_id].is_deleted)
        found.append(ImportSummary(record.id, str(record.fields.get("title") or ""), kind,
                                   len(ids), there, record.created.at, record.created.by))
    return sorted(found, key=lambda summary: summary.at, reverse=True)
