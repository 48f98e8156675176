"""The open register the people keep themselves: people, teams, roles, values, team records.

The kinds themselves are declared in the registry (``trustwork.kinds``); this module is what
the register shows beyond their fields: the teams and roles a person holds, every version of
a record, who held a role before, roles whose term ends soon, and how much is open.
Pure: today's date comes in as an argument.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from trustwork.kinds import REGISTRY
from trustwork.model.document import Change, Document, JsonValue, Record, Stamp, change_order
from trustwork.model.fields import ids_in, is_date
from trustwork.model.memo import remembered
from trustwork.overview import label

# A record of a team that the team may mark confidential (notes on a client, a contract,
# figures). Confidential ones keep their content only as ciphertext (see confidential.py).
TEAM_RECORD = "team_record"
TERM_WARNING_DAYS = 30
# The fields of a team record that a confidential one keeps only inside its ciphertext.
SEALED_FIELDS: tuple[str, ...] = REGISTRY.spec(TEAM_RECORD).sealed


@dataclass(frozen=True)
class Holding:
    """A team or role a person holds, for their page."""

    record_id: str
    kind: str
    name: str


def holdings(document: Document, person_id: str) -> list[Holding]:
    """The teams a person is a member of and the roles they hold, teams first, by name."""
    teams = [Holding(team.id, "team", label(team)) for team in document.live("team")
             if person_id in ids_in(team.fields.get("members"))]
    roles = [Holding(role.id, "role", label(role)) for role in document.live("role")
             if role.fields.get("holder") == person_id]
    return sorted(teams, key=lambda h: h.name.lower()) + sorted(roles, key=lambda h: h.name.lower())


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
    history = sorted(document.history(record_id), key=change_order)
    unlogged = REGISTRY.unlogged(record.kind)
    now = {name: value for name, value in record.fields.items() if name not in unlogged}
    state, unknown = dict(now), set()
    for change in reversed(history):
        for name in _logged_fields(change, unlogged):
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
        for name in _logged_fields(change, unlogged):
            if name in change.values:
                state[name] = change.values[name]
                unknown.discard(name)
            else:
                unknown.add(name)
        if index == len(history) - 1:
            state, unknown = dict(now), set()
        known = all(name in change.values for name in _logged_fields(change, unlogged))
        result.append(Version(len(result) + 1, change.stamp, change.action, change.fields,
                              dict(state), known, frozenset(unknown)))
    return result


def _logged_fields(change: Change, unlogged: frozenset[str]) -> list[str]:
    """The fields an update changed whose values the log may hold."""
    if change.action != "update":
        return []
    return [name for name in change.fields if name not in unlogged]


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
        if not isinstance(ends, str) or not is_date(ends):
            continue
        days_left = (date.fromisoformat(ends) - today).days
        if days_left <= TERM_WARNING_DAYS:
            holder = role.fields.get("holder")
            reminders.append(TermReminder(role.id, label(role),
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


@remembered(2)
def openness(document: Document) -> Openness:
    """The share of the organisation's records that are open to everyone."""
    live = [record for record in document.records.values() if not record.is_deleted]
    confidential = sum(1 for record in live if is_confidential(record))
    return Openness(len(live) - confidential, confidential)
