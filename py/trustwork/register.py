"""The open register the people keep themselves: people, teams, roles, values, team records.

What each kind of record holds (its fields and how a form shows them), how a filled-in form
becomes field values, and what the register shows beyond the fields: the teams and roles a
person holds, who held a role before, roles whose term ends soon, and how much is open.
Pure: today's date comes in as an argument.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from trustwork.errors import FieldValueError
from trustwork.model.document import (
    UNLOGGED_FIELDS,
    Change,
    Document,
    JsonValue,
    Record,
    Stamp,
)

# A record of a team that the team may mark confidential (notes on a client, a contract,
# figures). Confidential ones keep their content only as ciphertext (see confidential.py).
TEAM_RECORD = "team_record"
REGISTER_KINDS: tuple[str, ...] = ("person", "team", "role", "value", TEAM_RECORD)
TERM_WARNING_DAYS = 30
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class FieldSpec:
    """One field of a kind of record and the control that edits it.

    ``widget``: text, long_text, lines (one item per line), date, person (one person's id),
    people (ids of several people), team (a team's id; empty means organisation-wide).
    """

    name: str
    widget: str
    required: bool = False
    limit: int = 200


FIELDS: Mapping[str, tuple[FieldSpec, ...]] = {
    "person": (
        FieldSpec("name", "text", required=True),
        FieldSpec("does", "long_text", limit=2000),
        FieldSpec("contact", "text"),
    ),
    "team": (
        FieldSpec("name", "text", required=True),
        FieldSpec("purpose", "long_text", limit=4000),
        FieldSpec("members", "people"),
        FieldSpec("clients", "lines", limit=2000),
        FieldSpec("meets", "text"),
        FieldSpec("training", "lines", limit=2000),
    ),
    "role": (
        FieldSpec("name", "text", required=True),
        FieldSpec("team", "team"),
        FieldSpec("purpose", "long_text", limit=4000),
        FieldSpec("accountable_for", "long_text", limit=4000),
        FieldSpec("holder", "person"),
        FieldSpec("term_ends", "date"),
    ),
    "value": (
        FieldSpec("name", "text", required=True),
        FieldSpec("description", "long_text", limit=4000),
    ),
    TEAM_RECORD: (
        FieldSpec("title", "text", required=True),
        FieldSpec("team", "team", required=True),
        FieldSpec("client", "text"),
        FieldSpec("body", "long_text", limit=20000),
    ),
}
# The fields of a team record that a confidential one keeps only inside its ciphertext.
SEALED_FIELDS: tuple[str, ...] = ("title", "client", "body")


def read_form(kind: str, form: Mapping[str, Sequence[str]], document: Document
              ) -> dict[str, JsonValue]:
    """The field values a filled-in form of ``kind`` stands for.

    ``form`` maps each field name to what was entered (several values for ``people``).
    Empty optional fields become None. Raises FieldValueError naming the field when a
    value cannot be taken (required but empty, too long, not a date, an unknown person).
    """
    values: dict[str, JsonValue] = {}
    for spec in FIELDS[kind]:
        entered = [text.strip() for text in form.get(spec.name, ())]
        values[spec.name] = _field_value(spec, entered, document)
    return values


def _field_value(spec: FieldSpec, entered: list[str], document: Document) -> JsonValue:
    first = entered[0] if entered else ""
    if spec.widget == "people":
        chosen: list[JsonValue] = []
        for record_id in dict.fromkeys(text for text in entered if text):
            _check_reference(spec, record_id, "person", document)
            chosen.append(record_id)
        return chosen
    if len(first) > spec.limit:
        raise FieldValueError(spec.name, "form.error.too_long", limit=spec.limit)
    if not first:
        if spec.required:
            raise FieldValueError(spec.name, "form.error.required")
        return [] if spec.widget == "lines" else None
    if spec.widget == "lines":
        return [line.strip() for line in first.splitlines() if line.strip()]
    if spec.widget == "date":
        if not _DATE.match(first) or not _is_date(first):
            raise FieldValueError(spec.name, "form.error.date")
        return first
    if spec.widget in ("person", "team"):
        _check_reference(spec, first, spec.widget, document)
    return first


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _check_reference(spec: FieldSpec, record_id: str, kind: str, document: Document) -> None:
    record = document.records.get(record_id)
    if record is None or record.kind != kind or record.is_deleted:
        raise FieldValueError(spec.name, "form.error.unknown_record")


def changed_fields(record: Record | None, values: Mapping[str, JsonValue]
                   ) -> dict[str, JsonValue]:
    """Of ``values``, those that differ from the record's (all of them for a new record).

    An empty value where the record has none is no change: nobody typed anything.
    """
    if record is None:
        return {name: value for name, value in values.items() if value not in (None, [])}
    return {name: value for name, value in values.items()
            if _normal(record.fields.get(name)) != _normal(value)}


def _normal(value: JsonValue) -> JsonValue:
    return None if value in ("", []) else value


@dataclass(frozen=True)
class Holding:
    """A team or role a person holds, for their page."""

    record_id: str
    kind: str
    name: str


def holdings(document: Document, person_id: str) -> list[Holding]:
    """The teams a person is a member of and the roles they hold, teams first, by name."""
    teams = [Holding(team.id, "team", _name(team)) for team in document.live("team")
             if person_id in _ids(team.fields.get("members"))]
    roles = [Holding(role.id, "role", _name(role)) for role in document.live("role")
             if role.fields.get("holder") == person_id]
    return sorted(teams, key=lambda h: h.name.lower()) + sorted(roles, key=lambda h: h.name.lower())


def _ids(value: JsonValue) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _name(record: Record) -> str:
    for field in ("name", "title"):
        value = record.fields.get(field)
        if isinstance(value, str) and value:
            return value
    return record.id


@dataclass(frozen=True)
class Version:
    """A record as it was after one change of its log: the change and all its field values.

    ``unknown``: fields whose value then cannot be told, because an older change did not
    log the values it set or replaced."""

    number: int
    stamp: Stamp
    action: str
    changed: tuple[str, ...]
    fields: Mapping[str, JsonValue]
    values_known: bool  # False when an older file did not log the values of this change
    unknown: frozenset[str] = frozenset()


def versions(document: Document, record_id: str) -> list[Version]:
    """Every version of a record, oldest first, rebuilt from the change log.

    The first version is the record as created: a field's value then is what its first
    update replaced, or its value now if no update ever touched it. Each update then sets
    the values it logged. Merged concurrent changes sort by stamp, the order a merge uses;
    the latest version is the record as it is now (a merge may have joined two lists).
    """
    record = document.record(record_id)
    history = sorted(document.history(record_id), key=lambda change: (change.stamp, change.id))
    now = {name: value for name, value in record.fields.items()
           if name not in UNLOGGED_FIELDS}
    state, unknown = dict(now), set()
    for change in reversed(history):
        for name in _logged_fields(change):
            if name in change.before:
                state[name] = change.before[name]
                unknown.discard(name)
            elif name in change.values:
                state.pop(name, None)  # the update added this field
                unknown.discard(name)
            else:
                unknown.add(name)  # an older entry: what it replaced is not known
    result: list[Version] = []
    for index, change in enumerate(history):
        for name in _logged_fields(change):
            if name in change.values:
                state[name] = change.values[name]
                unknown.discard(name)
            else:
                unknown.add(name)
        if index == len(history) - 1:
            state, unknown = dict(now), set()
        known = all(name in change.values for name in _logged_fields(change))
        result.append(Version(len(result) + 1, change.stamp, change.action, change.fields,
                              dict(state), known, frozenset(unknown)))
    return result


def _logged_fields(change: Change) -> list[str]:
    """The fields an update changed whose values the log may hold."""
    if change.action != "update":
        return []
    return [name for name in change.fields if name not in UNLOGGED_FIELDS]


@dataclass(frozen=True)
class RoleHolder:
    """Who held a role from when (the holder of the latest entry holds it now)."""

    person_id: str | None
    since: Stamp


def role_holders(document: Document, role_id: str) -> list[RoleHolder]:
    """The people who held a role, in order, from its versions."""
    holders: list[RoleHolder] = []
    for version in versions(document, role_id):
        if "holder" in version.unknown:
            continue  # an older change did not say who held it then
        holder = version.fields.get("holder")
        person = holder if isinstance(holder, str) and holder else None
        changed_hands = not holders or holders[-1].person_id != person
        if changed_hands and version.action in ("create", "update"):
            holders.append(RoleHolder(person, version.stamp))
    return holders


@dataclass(frozen=True)
class TermReminder:
    """A role whose term has ended or ends within TERM_WARNING_DAYS."""

    role_id: str
    name: str
    holder: str | None
    ends: str
    days_left: int  # negative: ended that many days ago


def term_reminders(document: Document, today: date) -> list[TermReminder]:
    """Roles whose term ends soon or has ended, soonest first."""
    reminders = []
    for role in document.live("role"):
        ends = role.fields.get("term_ends")
        if not isinstance(ends, str) or not _is_date(ends):
            continue
        days_left = (date.fromisoformat(ends) - today).days
        if days_left <= TERM_WARNING_DAYS:
            holder = role.fields.get("holder")
            reminders.append(TermReminder(role.id, _name(role),
                                          holder if isinstance(holder, str) else None,
                                          ends, days_left))
    return sorted(reminders, key=lambda reminder: (reminder.ends, reminder.name))


def is_confidential(record: Record) -> bool:
    """Whether a record keeps its content only as the team's ciphertext."""
    return record.kind == TEAM_RECORD and record.fields.get("confidential") is True


@dataclass(frozen=True)
class Openness:
    """How many live records everyone can read, of how many."""

    open: int
    confidential: int

    @property
    def total(self) -> int:
        return self.open + self.confidential

    @property
    def percent(self) -> int:
        """The open share, rounded down so that "100%" means nothing is confidential."""
        return 100 if self.total == 0 else self.open * 100 // self.total


def openness(document: Document) -> Openness:
    """The share of the organisation's records that are open to everyone."""
    live = [record for record in document.records.values() if not record.is_deleted]
    confidential = sum(1 for record in live if is_confidential(record))
    return Openness(len(live) - confidential, confidential)
