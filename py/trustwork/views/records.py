"""The generic pages every kind gets from its declaration in the registry: the area's lists,
a record's page (its form, its children and its history) and the form for a new record.
Plain data for the templates; pure. An area's own view module adds what its kinds show
beyond their fields (``RecordPage.extras``)."""

from __future__ import annotations

import json
from collections.abc import Generator, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from trustwork.i18n import (
    CATALOGUE,
    Language,
    format_date,
    format_month,
    format_number,
    translate,
)
from trustwork.kinds import REGISTRY
from trustwork.model.document import Document, JsonValue, Record
from trustwork.model.fields import PICKED_KINDS, FieldSpec, KindSpec
from trustwork.overview import label, person_name
from trustwork.register import Version, is_confidential, versions
from trustwork.routes import Route

if TYPE_CHECKING:
    from trustwork.views import AppView

# A list longer than this shows its first rows and says how many more there are: a page of
# 10,000 rows takes seconds to lay out, and 200 rows took 60-100 ms to render in the page
# (a screen holds about 20). The filter, sent with Enter, searches all of them.
LIST_LIMIT = 100


@dataclass(frozen=True)
class Secrets:
    """What this page has unlocked: team ids with a key in memory, and the decrypted content
    of confidential records (by record id). Problems: record id → message key."""

    unlocked: frozenset[str] = frozenset()
    content: Mapping[str, Mapping[str, JsonValue]] = field(default_factory=dict)
    problems: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Choice:
    """One option of a control that picks a record."""

    id: str
    name: str


@dataclass(frozen=True)
class Linked:
    """A record a page links to (an idea's projects, a decision's rules), with what is said
    of it and, where it has one, an amount (a saving)."""

    id: str
    kind: str
    name: str
    note: str = ""
    amount: float | None = None


@dataclass(frozen=True)
class Row:
    """One line of a list."""

    id: str
    kind: str
    name: str
    cells: tuple[str, ...]
    confidential: bool = False
    created_at: str = ""
    changed_at: str = ""
    changed_by: str = ""


@dataclass(frozen=True)
class Section:
    """The list of one kind: its columns (field names) and rows, and how many were left out."""

    kind: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    more: int = 0


@dataclass(frozen=True)
class ShownVersion:
    """A version of a record for its history: who, when, what changed, and every value."""

    number: int
    at: str
    who: str
    action: str
    changed: tuple[tuple[str, str], ...]  # (field, value as shown) for what this change set
    values: tuple[tuple[str, str], ...]  # the whole record then
    values_known: bool
    sealed_changed: bool = False  # a confidential record's content changed (not shown)
    unknown: frozenset[str] = frozenset()  # fields whose value then cannot be told
    was: Mapping[str, str] = field(default_factory=dict)  # a changed field's value before


@dataclass(frozen=True)
class RecordPage:
    """A record's page: its fields for the form, its children, its history, and what its
    area adds (``extras``, read by the kind's own template)."""

    record: Record
    kind: str
    name: str
    specs: tuple[FieldSpec, ...]
    values: Mapping[str, JsonValue]
    history: tuple[ShownVersion, ...]
    children: tuple[Section, ...] = ()
    confidential: bool = False
    locked: bool = False  # confidential and not opened in this page
    problem: str = ""
    conflicts: int = 0  # open conflicts on this record (settled on the dashboard)
    extras: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class NewForm:
    """The form that adds a record of ``kind``, with some fields filled in."""

    kind: str
    specs: tuple[FieldSpec, ...]
    prefill: Mapping[str, str]


def spec_of(kind: str, name: str) -> FieldSpec | None:
    found = REGISTRY.kind(kind)
    return found.field(name) if found is not None else None


def shown(document: Document, kind: str, spec: FieldSpec | None, value: JsonValue,
          language: Language) -> str:
    """A field's value as a person reads it: names for ids, a choice in the person's
    language, lines joined, "" for nothing."""
    if value is None or value == [] or value == "":
        return ""
    widget = spec.widget if spec is not None else ""
    if widget in ("person", "team", "record") and isinstance(value, str):
        name = _record_name(document, value)
        by_day = spec is not None and named_by_day(spec.refers_to)
        return format_date(name, language) if by_day else name
    if widget in ("people", "teams") and isinstance(value, list):
        return ", ".join(_record_name(document, str(item)) for item in value)
    if widget == "choice" and isinstance(value, str) and spec is not None:
        key = f"choice.{kind}.{spec.name}.{value}"
        return translate(key, language) if key in CATALOGUE[language] else value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(str(item) for item in value)
    if widget == "date" and isinstance(value, str):
        return format_date(value, language)
    if widget == "month" and isinstance(value, str):
        return format_month(value, language)
    if widget == "number" and isinstance(value, int | float):
        return format_number(value, language)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _record_name(document: Document, record_id: str) -> str:
    record = document.records.get(record_id)
    return label(record) if record is not None else record_id


def record_name(record: Record, secrets: Secrets) -> str:
    """A record's name; a confidential one's title from its content once unlocked here
    (``label`` gives the title its team shows, or "")."""
    title = secrets.content.get(record.id, {}).get("title")
    return title if isinstance(title, str) and title else label(record)


def named_by_day(kind: str) -> bool:
    """Whether records of ``kind`` are named by a day (a decision round, a vision)."""
    spec = REGISTRY.kind(kind)
    title = spec.field(spec.title) if spec is not None else None
    return title is not None and title.widget == "date"


def name_shown(record: Record, secrets: Secrets, language: Language) -> str:
    """``record_name`` as a person reads it: a record named by its day, as the language
    writes the day (lists sort by ``record_name``: the ISO day sorts right)."""
    name = record_name(record, secrets)
    return format_date(name, language) if named_by_day(record.kind) else name


def choices(document: Document, kind: str) -> list[Choice]:
    """The live records of ``kind`` to pick from, by name."""
    return sorted((Choice(r.id, label(r)) for r in document.live(kind)),
                  key=lambda choice: choice.name.lower())


def field_choices(document: Document, specs: Iterable[FieldSpec]) -> dict[str, list[Choice]]:
    """For each field of a form that picks records, what it can pick (by field name)."""
    found: dict[str, list[Choice]] = {}
    for spec in specs:
        kind = spec.refers_to if spec.widget == "record" else PICKED_KINDS.get(spec.widget)
        if kind:
            found[spec.name] = choices(document, kind)
    return found


# A list cell names this many people or teams, then says how many more.
CELL_NAMES = 3


def cell(document: Document, record: Record, name: str, language: Language) -> str:
    """A field's value in a list: as ``shown``, but a long list of names is cut short."""
    spec = spec_of(record.kind, name)
    value = record.fields.get(name)
    if spec is not None and spec.widget in ("people", "teams") and isinstance(value, list) and (
            len(value) > CELL_NAMES):
        names = shown(document, record.kind, spec, value[:CELL_NAMES], language)
        return f"{names} {translate('list.and_more', language, count=len(value) - CELL_NAMES)}"
    return shown(document, record.kind, spec, value, language)


def row(document: Document, record: Record, secrets: Secrets, language: Language,
        columns: tuple[str, ...], cells: Mapping[str, str] | None = None) -> Row:
    """A record's line in a list: its name, then its columns (``cells`` may give some)."""
    values = cells or {}
    shown_cells = tuple(values[name] if name in values else cell(document, record, name, language)
                        for name in columns)
    return Row(record.id, record.kind, name_shown(record, secrets, language), shown_cells,
               is_confidential(record), record.created.at, record.changed.at,
               record.changed.by)


def section(document: Document, kind: KindSpec, records: Iterable[Record], secrets: Secrets,
            language: Language, words: str = "", by_name: bool = True,
            limit: int = LIST_LIMIT) -> Section:
    """A list of records of one kind (by name, else in the order given), only the rows that
    hold every one of ``words``, cut at ``limit`` rows. Without words only the rows shown are
    made: a kind may have 10,000 records."""
    if by_name:
        records = sorted(records, key=lambda record: record_name(record, secrets).lower())
    else:
        records = list(records)
    wanted = words.casefold().split()
    if not wanted:
        rows = [row(document, record, secrets, language, kind.columns)
                for record in records[:limit]]
        return Section(kind.name, kind.columns, tuple(rows), max(len(records) - limit, 0))
    # A cell holding a text (a name's id, a choice, a date) reads the same in every row that
    # holds it: shown once per value, not once per row (10,000 ideas name 60 campaigns).
    known: dict[tuple[str, str], str] = {}

    def cell_text(record: Record, name: str) -> str:
        value = record.fields.get(name)
        if not isinstance(value, str):
            return cell(document, record, name, language)
        found = known.get((name, value))
        if found is None:
            found = known[(name, value)] = cell(document, record, name, language)
        return found

    rows = []
    for record in records:
        cells = {name: cell_text(record, name) for name in kind.columns}
        text = " ".join((record_name(record, secrets), *cells.values())).casefold()
        if all(word in text for word in wanted):
            rows.append(row(document, record, secrets, language, kind.columns, cells))
    return Section(kind.name, kind.columns, tuple(rows[:limit]), max(len(rows) - limit, 0))


class _ByLabel:
    """Each kind's live records by name, for the last records mapping asked about (a
    mapping is never changed in place): one mapping is held, not one per page shown."""

    def __init__(self) -> None:
        self._records: Mapping[str, Record] | None = None
        self._by_kind: dict[str, tuple[Record, ...]] = {}

    def __call__(self, document: Document, kind: str) -> tuple[Record, ...]:
        if document.records is not self._records:
            self._records, self._by_kind = document.records, {}
        found = self._by_kind.get(kind)
        if found is None:
            found = self._by_kind[kind] = tuple(
                sorted(document.live(kind), key=lambda record: label(record).lower()))
        return found


_live_by_label = _ByLabel()


def live_by_name(document: Document, kind: str, secrets: Secrets) -> list[Record]:
    """The live records of ``kind`` by name, as the lists show them. The order is
    remembered while the document stays the same (10,000 ideas sort in 0.1 s in the page),
    unless a record of the kind shows a title opened here."""
    opened = any(record.kind == kind for record_id in secrets.content
                 if (record := document.records.get(record_id)) is not None)
    if opened:
        return sorted(document.live(kind), key=lambda record: record_name(record, secrets).lower())
    return list(_live_by_label(document, kind))


def preparing(view: AppView, document: Document) -> Generator[None, None, None]:
    """An area's lists put in order of name, one kind a step (see ``views.first_screen``)."""
    for name in view.area.kinds:
        kind = REGISTRY.kind(name)
        if kind is not None and kind.listed:
            live_by_name(document, name, view.secrets)
            yield


def sections(document: Document, kinds: Iterable[str], secrets: Secrets, language: Language,
             words: str = "") -> list[Section]:
    """The lists of an area's page, one per listed kind."""
    found = []
    for name in kinds:
        kind = REGISTRY.kind(name)
        if kind is not None and kind.listed:
            found.append(section(document, kind, live_by_name(document, name, secrets), secrets,
                                 language, words, by_name=False))
    return found


def children(document: Document, record: Record, secrets: Secrets, language: Language
             ) -> tuple[Section, ...]:
    """The records that belong to ``record``: of every kind whose owner field refers to it,
    in the order they were added (a page's versions, a round's proposals)."""
    found = []
    for kind in REGISTRY.kinds:
        owner = kind.field(kind.owner) if kind.owner else None
        if owner is None or owner.refers_to != record.kind or kind.on_owner_page:
            continue
        own = [child for child in document.live(kind.name)
               if child.fields.get(kind.owner) == record.id]
        found.append(section(document, kind, own, secrets, language, by_name=False))
    return tuple(found)


def record_page(document: Document, record_id: str, kinds: Iterable[str], secrets: Secrets,
                language: Language) -> RecordPage | None:
    """The page of a record of one of ``kinds`` (an area's), or None for an unknown id."""
    record = document.records.get(record_id)
    kind = REGISTRY.kind(record.kind) if record is not None else None
    if record is None or kind is None or record.kind not in kinds:
        return None
    confidential = is_confidential(record)
    values: dict[str, JsonValue] = dict(record.fields)
    if confidential:
        values.update(secrets.content.get(record.id, {}))
    return RecordPage(
        record, record.kind, name_shown(record, secrets, language), kind.edit_fields, values,
        record_history(document, record, language),
        children=children(document, record, secrets, language), confidential=confidential,
        locked=confidential and record.id not in secrets.content,
        problem=secrets.problems.get(record.id, ""),
        conflicts=sum(1 for conflict in document.conflicts.values()
                      if conflict.record_id == record.id))


def record_history(document: Document, record: Record, language: Language
                   ) -> tuple[ShownVersion, ...]:
    """A record's versions as its history shows them, newest first."""
    every_version = versions(document, record.id)
    return tuple(_shown_version(document, record.kind, version,
                                every_version[index - 1] if index else None, language)
                 for index, version in reversed(list(enumerate(every_version))))


def _shown_version(document: Document, kind: str, version: Version, before: Version | None,
                   language: Language) -> ShownVersion:
    spec = REGISTRY.kind(kind)
    hidden = {f.name for f in spec.fields if f.widget == "internal"} if spec else set()

    def pairs(names: Iterable[str]) -> tuple[tuple[str, str], ...]:
        return tuple((name, shown(document, kind, spec_of(kind, name), version.fields.get(name),
                                  language))
                     for name in names if name not in hidden)

    was = tuple((name, "" if before is None or name in before.unknown
                 else shown(document, kind, spec_of(kind, name), before.fields.get(name),
                            language))
                for name, _ in pairs(version.changed))
    ordered = [f.name for f in spec.fields] if spec else []
    every = ordered + sorted(set(version.fields) - set(ordered))
    return ShownVersion(version.number, version.stamp.at,
                        person_name(document, version.stamp.by), version.action,
                        pairs(version.changed), pairs(every), version.values_known,
                        "sealed" in version.changed and version.action == "update",
                        version.unknown, dict(was))


def area_context(view: AppView, document: Document) -> dict[str, object]:
    """What a generic area shows: its lists, a record's page, a new record's form, or that
    a record does not exist."""
    route_page = view.page
    context: dict[str, object] = {"sections": [], "record": None, "new": None,
                                  "missing": None, "choices": {}}
    kinds = view.area.kinds
    route = Route(view.area, route_page)
    new_kind = route.new_kind
    if new_kind and new_kind in kinds and (kind := REGISTRY.kind(new_kind)) is not None:
        defaults = {spec.name: spec.default for spec in kind.new_fields if spec.default}
        context["new"] = NewForm(new_kind, kind.new_fields, {**defaults, **route.prefill})
        context["choices"] = field_choices(document, kind.new_fields)
    elif route_page == "me":
        pass  # who am I: the people area shows it
    elif route_page:
        page = record_page(document, route_page, kinds, view.secrets, view.language)
        if page is None:
            context["missing"] = route_page
        else:
            context["record"] = page
            context["choices"] = field_choices(document, page.specs)
    else:
        context["sections"] = sections(document, kinds, view.secrets, view.language, view.filter)
    return context
