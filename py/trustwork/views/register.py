"""What the register's pages show, worked out from the document: lists, a record's page
with its history, the recent changes. Plain data for the templates; pure."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from trustwork.confidential import lock_of
from trustwork.errors import CannotUnlockError, UnknownRecordError
from trustwork.model.document import UNLOGGED_FIELDS, Document, JsonValue, Record
from trustwork.overview import label, person_name
from trustwork.register import (
    FIELDS,
    REGISTER_KINDS,
    TEAM_RECORD,
    FieldSpec,
    Holding,
    RoleHolder,
    TermReminder,
    Version,
    holdings,
    is_confidential,
    role_holders,
    term_reminders,
    versions,
)


@dataclass(frozen=True)
class Secrets:
    """What this page has unlocked: team ids with a key in memory, and the decrypted content
    of confidential records (by record id). Problems: record id → message key."""

    unlocked: frozenset[str] = frozenset()
    content: Mapping[str, Mapping[str, JsonValue]] = field(default_factory=dict)
    problems: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Choice:
    """One option of a person or team control."""

    id: str
    name: str


@dataclass(frozen=True)
class Row:
    """One line of a register list."""

    id: str
    kind: str
    name: str
    cells: tuple[str, ...]
    confidential: bool = False


@dataclass(frozen=True)
class Section:
    kind: str
    rows: tuple[Row, ...]


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
    """A record's page: its fields for the form, what it links to, and its history."""

    record: Record
    kind: str
    name: str
    specs: tuple[FieldSpec, ...]
    values: Mapping[str, JsonValue]
    history: tuple[ShownVersion, ...]
    holdings: tuple[Holding, ...] = ()
    holders: tuple[tuple[str, str], ...] = ()  # (person name, since) for a role
    team_records: tuple[Row, ...] = ()
    has_lock: bool = False
    unlocked: bool = False
    confidential: bool = False
    locked: bool = False  # confidential and not opened in this page
    problem: str = ""
    term: TermReminder | None = None  # a role whose term ends soon or has ended
    conflicts: int = 0  # open conflicts on this record (settled on the dashboard)


def people_choices(document: Document) -> list[Choice]:
    return sorted((Choice(r.id, label(r)) for r in document.live("person")),
                  key=lambda choice: choice.name.lower())


def team_choices(document: Document) -> list[Choice]:
    return sorted((Choice(r.id, label(r)) for r in document.live("team")),
                  key=lambda choice: choice.name.lower())


def shown(document: Document, spec: FieldSpec | None, value: JsonValue) -> str:
    """A field's value as a person reads it: names for ids, lines joined, "" for nothing."""
    if value is None or value == [] or value == "":
        return ""
    if spec is not None and spec.widget in ("person", "team") and isinstance(value, str):
        return _record_name(document, value)
    if spec is not None and spec.widget == "people" and isinstance(value, list):
        return ", ".join(_record_name(document, str(item)) for item in value)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(str(item) for item in value)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _record_name(document: Document, record_id: str) -> str:
    try:
        return label(document.record(record_id))
    except UnknownRecordError:
        return record_id


def _spec(kind: str, name: str) -> FieldSpec | None:
    return next((spec for spec in FIELDS.get(kind, ()) if spec.name == name), None)


def record_name(record: Record, secrets: Secrets) -> str:
    """A record's name; a confidential one's title from its content once unlocked here
    (``label`` gives the title its team shows, or "")."""
    title = secrets.content.get(record.id, {}).get("title")
    return title if isinstance(title, str) and title else label(record)


def sections(document: Document, secrets: Secrets) -> list[Section]:
    """The register's lists, one per kind, sorted by name."""
    teams_of: dict[str, list[str]] = {}
    for team in sorted(document.live("team"), key=lambda team: label(team).lower()):
        members = team.fields.get("members")
        for member in members if isinstance(members, list) else []:
            teams_of.setdefault(str(member), []).append(label(team))
    result = []
    for kind in REGISTER_KINDS:
        rows = [_row(document, record, secrets, teams_of) for record in document.live(kind)]
        result.append(Section(kind, tuple(sorted(rows, key=lambda row: row.name.lower()))))
    return result


def _row(document: Document, record: Record, secrets: Secrets,
         teams_of: Mapping[str, list[str]]) -> Row:
    fields = record.fields
    name = record_name(record, secrets)
    if record.kind == "person":
        teams = teams_of.get(record.id, [])
        cells: tuple[str, ...] = (shown(document, None, fields.get("does")), ", ".join(teams))
    elif record.kind == "team":
        members = fields.get("members")
        cells = (str(len(members)) if isinstance(members, list) else "0",
                 shown(document, None, fields.get("meets")))
    elif record.kind == "role":
        cells = (shown(document, _spec("role", "team"), fields.get("team")),
                 shown(document, _spec("role", "holder"), fields.get("holder")),
                 shown(document, None, fields.get("term_ends")))
    elif record.kind == "value":
        cells = (shown(document, None, fields.get("description")),)
    else:
        cells = (shown(document, _spec(TEAM_RECORD, "team"), fields.get("team")),)
    return Row(record.id, record.kind, name, cells, is_confidential(record))


def record_page(document: Document, record_id: str, secrets: Secrets,
                today: date | None = None) -> RecordPage | None:
    """The page of a live register record, or None for an unknown id."""
    record = document.records.get(record_id)
    if record is None or record.kind not in REGISTER_KINDS:
        return None
    confidential = is_confidential(record)
    values: dict[str, JsonValue] = dict(record.fields)
    if confidential:
        values.update(secrets.content.get(record.id, {}))
    history = record_history(document, record)
    page = RecordPage(record, record.kind, record_name(record, secrets), FIELDS[record.kind],
                      values, history, confidential=confidential,
                      locked=confidential and record.id not in secrets.content,
                      problem=secrets.problems.get(record.id, ""),
                      conflicts=sum(1 for conflict in document.conflicts.values()
                                    if conflict.record_id == record.id))
    if record.kind == "person":
        return _with(page, holdings=tuple(holdings(document, record.id)))
    if record.kind == "role":
        term = next((reminder for reminder, _ in reminders(document, today)
                     if reminder.role_id == record.id), None)
        return _with(page, holders=tuple(_holder(document, h) for h in role_holders(
            document, record.id)), term=term)
    if record.kind == "team":
        try:
            has_lock = lock_of(record) is not None
        except CannotUnlockError:
            has_lock = True
        rows = [_row(document, other, secrets, {}) for other in document.live(TEAM_RECORD)
                if other.fields.get("team") == record.id]
        roles = sorted((Holding(role.id, "role", label(role)) for role in document.live("role")
                        if role.fields.get("team") == record.id), key=lambda h: h.name.lower())
        return _with(page, team_records=tuple(rows), has_lock=has_lock, holdings=tuple(roles),
                     unlocked=record.id in secrets.unlocked)
    return page


def record_history(document: Document, record: Record) -> tuple[ShownVersion, ...]:
    """A record's versions as its history shows them, newest first."""
    every_version = versions(document, record.id)
    return tuple(_shown_version(document, record.kind, version,
                                every_version[index - 1] if index else None)
                 for index, version in reversed(list(enumerate(every_version))))


def _with(page: RecordPage, **changes: object) -> RecordPage:
    return replace(page, **changes)  # type: ignore[arg-type]


def _holder(document: Document, holder: RoleHolder) -> tuple[str, str]:
    name = person_name(document, holder.person_id) if holder.person_id else ""
    return name, holder.since.at


def _shown_version(document: Document, kind: str, version: Version,
                   before: Version | None) -> ShownVersion:
    def pairs(names: Iterable[str]) -> tuple[tuple[str, str], ...]:
        return tuple((name, shown(document, _spec(kind, name), version.fields.get(name)))
                     for name in names if name not in UNLOGGED_FIELDS and name != "lock")

    was = tuple((name, "" if before is None or name in before.unknown
                 else shown(document, _spec(kind, name), before.fields.get(name)))
                for name, _ in pairs(version.changed))

    ordered = [spec.name for spec in FIELDS.get(kind, ())]
    every = ordered + sorted(set(version.fields) - set(ordered))
    return ShownVersion(version.number, version.stamp.at,
                        person_name(document, version.stamp.by), version.action,
                        pairs(version.changed), pairs(every), version.values_known,
                        "sealed" in version.changed and version.action == "update",
                        version.unknown, dict(was))


def reminders(document: Document, today: date | None) -> list[tuple[TermReminder, str]]:
    """Roles whose term ends soon, with the holder's name."""
    if today is None:
        return []
    return [(reminder, person_name(document, reminder.holder) if reminder.holder else "")
            for reminder in term_reminders(document, today)]
