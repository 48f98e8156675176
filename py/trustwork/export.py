"""The lists as CSV a spreadsheet opens right: columns from the registry, values as people read
them (names, not ids) in the chosen language. Pure: the document and the day come in, bytes go out.

Dutch: ``;`` between fields and a decimal comma, as Dutch Excel expects. English: ``,`` and a
decimal point. Both are UTF-8 with a byte-order mark, so Excel (in any language) reads the
accents right. A confidential record's sealed content is never exported (its title only where
its team shows it); an anonymous record names no person.

A list is one entry in ``LISTS``: a name and the function that makes its ``Table``. Every
listed kind of the registry is also a list by its own name (``idea``, ``team_record``).
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from trustwork.errors import UnknownListError
from trustwork.i18n import CATALOGUE, Language, spreadsheet_date, spreadsheet_number, translate
from trustwork.kinds import REGISTRY
from trustwork.model.document import Document, JsonValue, Record
from trustwork.model.fields import FieldSpec, KindSpec
from trustwork.overview import label
from trustwork.register import is_confidential
from trustwork.scan import (
    EVERYONE,
    SCALE,
    closed_rounds,
    results_of,
    statements,
    theme_scores,
)

DELIMITERS: Mapping[Language, str] = {"nl": ";", "en": ","}
MEDIA_TYPE = "text/csv;charset=utf-8"
# A text a spreadsheet would take for a formula starts with one of these: it gets a leading
# apostrophe, so a cell typed as "=HYPERLINK(...)" is shown, never run.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^-?[0-9]+([.,][0-9]+)?$")  # a number's cell stays as it is (-12,5)


@dataclass(frozen=True)
class Table:
    """A list ready for a spreadsheet: its title, column titles and rows of texts, all in one
    language."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


MakeTable = Callable[[Document, Language], Table]


# -- values as people read them ------------------------------------------------------------------

def _name(document: Document, record_id: object) -> str:
    record = document.records.get(record_id) if isinstance(record_id, str) else None
    return label(record) if record is not None else str(record_id)


def value_text(document: Document, kind: KindSpec, spec: FieldSpec, value: JsonValue,
               language: Language) -> str:
    """One field's value as its cell: names for ids, a choice in the language, lines one
    below the other, "" for nothing."""
    if value is None or value == "" or value == []:
        return ""
    widget = spec.widget
    if widget in ("person", "team", "record"):
        return _name(document, value)
    if widget in ("people", "teams") and isinstance(value, list):
        return ", ".join(_name(document, item) for item in value)
    if widget == "choice" and isinstance(value, str):
        key = f"choice.{kind.name}.{spec.name}.{value}"
        return translate(key, language) if key in CATALOGUE[language] else value
    if widget == "flag":
        return translate("export.yes", language) if value is True else ""
    if widget == "date" and isinstance(value, str):
        return spreadsheet_date(value, language)
    if isinstance(value, bool):
        return translate("export.yes", language) if value else ""
    if isinstance(value, int | float):
        return spreadsheet_number(value, language)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "\n".join(str(item) for item in value)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


# -- the lists -----------------------------------------------------------------------------------

def shown_fields(kind: KindSpec) -> tuple[FieldSpec, ...]:
    """The fields a kind's export has as columns: every field but the program's own."""
    return tuple(spec for spec in kind.fields if spec.widget != "internal")


def column_title(kind: KindSpec, name: str, language: Language) -> str:
    key = f"field.{kind.name}.{name}"
    return translate(key, language) if key in CATALOGUE[language] else name


def record_cells(document: Document, kind: KindSpec, record: Record,
                 language: Language) -> tuple[str, ...]:
    """A record's row: its fields in the order of the kind, then whether it is confidential
    (for a kind that can be). Sealed content is left out; so is every person on an
    anonymous record."""
    confidential = is_confidential(record)
    anonymous = kind.is_anonymous(record.fields)
    cells = []
    for spec in shown_fields(kind):
        if confidential and spec.name in kind.sealed and spec.name != kind.title:
            cells.append("")  # never in the fields of a sealed record; never exported either
        elif confidential and spec.name == kind.title:
            cells.append(label(record))  # the title its team shows, else ""
        elif anonymous and spec.widget in ("person", "people"):
            cells.append("")
        else:
            cells.append(value_text(document, kind, spec, record.fields.get(spec.name),
                                    language))
    if kind.sealed:
        cells.append(translate("export.yes", language) if confidential else "")
    return tuple(cells)


def records_of(kind_name: str) -> MakeTable:
    """The list of a kind's live records, by name, with a column per field."""
    def table(document: Document, language: Language) -> Table:
        kind = REGISTRY.spec(kind_name)
        columns = tuple(column_title(kind, spec.name, language) for spec in shown_fields(kind))
        if kind.sealed:
            columns += (translate("export.confidential", language),)
        records = sorted(document.live(kind_name), key=lambda record: label(record).casefold())
        return Table(translate(f"kind.list.{kind_name}", language), columns,
                     tuple(record_cells(document, kind, record, language)
                           for record in records))
    return table


def scan_results(document: Document, language: Language) -> Table:
    """The trust scan's stored results: per closed round (oldest first), group that passed
    the threshold and foundation of trust, the respondents, the average 1–5, the share
    positive and how often each answer was given. Nothing else of a round is in the file."""
    def t(key: str) -> str:
        return translate(key, language)

    columns = (t("scan.round"), t("export.scan.starts"), t("export.scan.group"),
               t("scan.respondents_short"), t("export.scan.theme"), t("scan.average"),
               t("scan.positive"), *(t(f"export.scan.answered.{score}") for score in SCALE))
    questionnaire = statements(document)
    rows: list[tuple[str, ...]] = []
    for round_record in closed_rounds(document):
        starts = round_record.fields.get("starts")
        for group, result in results_of(document, round_record.id).items():
            name = t("scan.group_everyone") if group == EVERYONE else _name(document, group)
            for score in theme_scores(result, questionnaire):
                rows.append((
                    label(round_record),
                    spreadsheet_date(starts, language) if isinstance(starts, str) else "", name,
                    spreadsheet_number(result.respondents, language),
                    t(f"scan.theme.{score.theme}"),
                    "" if score.average is None else spreadsheet_number(score.average, language),
                    "" if score.positive is None else spreadsheet_number(score.positive, language),
                    *(spreadsheet_number(count, language) for count in score.distribution)))
    return Table(t("export.scan.title"), columns, tuple(rows))


# The lists by the names people use on the command line; every listed kind is one as well.
LISTS: dict[str, MakeTable] = {
    "ideas": records_of("idea"),
    "projects": records_of("improvement_project"),
    "decisions": records_of("proposal"),
    "rules": records_of("rule"),
    "pilots": records_of("pilot"),
    "people": records_of("person"),
    "teams": records_of("team"),
    "roles": records_of("role"),
    "scan-results": scan_results,
}


def list_names() -> tuple[str, ...]:
    """Every list there is to export: the named ones, then each listed kind."""
    kinds = tuple(kind.name for kind in REGISTRY.kinds if kind.listed)
    return (*LISTS, *(name for name in kinds if name not in LISTS))


def table(document: Document, what: str, language: Language) -> Table:
    """The list ``what`` (a name in ``LISTS`` or a listed kind); UnknownListError otherwise."""
    make = LISTS.get(what)
    if make is None:
        kind = REGISTRY.kind(what)
        if kind is None or not kind.listed:
            raise UnknownListError(what, list_names())
        make = records_of(what)
    return make(document, language)


# -- CSV -----------------------------------------------------------------------------------------

def _defused(text: str) -> str:
    if text.startswith(_FORMULA_STARTS) and not _NUMBER.match(text):
        return "'" + text
    return text


def csv_bytes(found: Table, language: Language) -> bytes:
    """The table as a CSV file: a header row, then its rows; fields with the separator, a
    quote or a line break are quoted (RFC 4180, CRLF between rows); UTF-8 with a BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITERS[language], lineterminator="\r\n",
                        quoting=csv.QUOTE_MINIMAL)
    writer.writerow(found.columns)
    writer.writerows(tuple(_defused(cell) for cell in row) for row in found.rows)
    return buffer.getvalue().encode("utf-8-sig")


def file_name(found: Table, organisation: str, today: date) -> str:
    """A file name a person recognises: the list and the organisation, then the day."""
    def slug(text: str) -> str:
        plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
        return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    parts = [part for part in (slug(found.title), slug(organisation)[:40]) if part]
    return "-".join([*parts, today.isoformat()]) + ".csv"


def export_csv(document: Document, what: str, language: Language, today: date
               ) -> tuple[str, bytes]:
    """The list ``what`` as a CSV file: its name and its bytes."""
    found = table(document, what, language)
    organisation = document.organisation.fields.get("name")
    return (file_name(found, organisation if isinstance(organisation, str) else "", today),
            csv_bytes(found, language))
