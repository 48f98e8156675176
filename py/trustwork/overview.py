"""What an organisation's data holds, summed up for the dashboard and the areas. Pure."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from trustwork.kinds import REGISTRY
from trustwork.model.document import Change, Document, Record, change_order
from trustwork.model.fields import title_of
from trustwork.model.memo import remembered


@dataclass(frozen=True)
class KindCount:
    """How many live records of one kind there are."""

    kind: str
    count: int


@dataclass(frozen=True)
class RecentChange:
    """One line of "recent changes": when, who, what, and which record."""

    at: str
    who: str
    action: str
    kind: str
    label: str
    record_id: str = ""
    fields: tuple[str, ...] = ()


@remembered(2)
def counts(document: Document, kinds: tuple[str, ...]) -> list[KindCount]:
    """Live records per kind, in the order given."""
    tally = Counter(r.kind for r in document.records.values() if not r.is_deleted)
    return [KindCount(kind, tally[kind]) for kind in kinds]


def label(record: Record) -> str:
    """A record's name for people: its kind's title field, else a name or title, else its id
    ("" for a confidential record whose title its team keeps inside the ciphertext)."""
    return title_of(record, REGISTRY.kind(record.kind))


def label_in(document: Document, record: Record) -> str:
    """A record's name; for a kind named by the record it refers to (a support, by its
    idea), that record's name."""
    kind = REGISTRY.kind(record.kind)
    title = kind.field(kind.title) if kind is not None else None
    if title is not None and title.widget in ("person", "team", "record"):
        target = record.fields.get(title.name)
        found = document.records.get(target) if isinstance(target, str) else None
        if found is not None:
            return label(found)
    return label(record)


def person_name(document: Document, who: str) -> str:
    """The name of the person with id ``who``, or ``who`` itself (a name, "demo", ...)."""
    record = document.records.get(who)
    if record is not None and record.kind == "person":
        return label(record)
    return who


@dataclass(frozen=True)
class ConflictLine:
    """An open conflict as shown: which record and field, what was kept, what was not."""

    id: str
    record: str
    field: str
    kept: str
    kept_by: str
    other: str
    other_by: str
    sealed: bool = False  # the field is ciphertext: shown as such, never as its bytes
    kind: str = ""  # the record's kind, so the field can be named in the person's language


def _shown(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def conflict_lines(document: Document) -> list[ConflictLine]:
    """The open conflicts, oldest losing change first."""
    lines = []
    for conflict in sorted(document.conflicts.values(), key=lambda c: (c.other_stamp, c.id)):
        try:
            found = document.record(conflict.record_id)
            record, kind = label(found), found.kind
        except KeyError:
            record, kind = conflict.record_id, ""
        lines.append(ConflictLine(
            conflict.id, record, conflict.field, _shown(conflict.kept),
            person_name(document, conflict.kept_stamp.by), _shown(conflict.other),
            person_name(document, conflict.other_stamp.by), conflict.field == "sealed", kind))
    return lines


class _NewestFirst:
    """The change log newest first, kept for the last log it was asked about: the dashboard
    and the changes page ask again on every page shown, and a log of 17,000 entries takes
    milliseconds to sort each time. A log is an immutable tuple, so the same object is the
    same log."""

    def __init__(self) -> None:
        self._log: tuple[Change, ...] | None = None
        self._sorted: list[Change] = []

    def __call__(self, log: tuple[Change, ...]) -> list[Change]:
        if log is not self._log:
            # The log is mostly in order already: sorting it (in C) is about one pass over it.
            self._sorted = sorted(log, key=change_order, reverse=True)
            self._log = log
        return self._sorted


newest_first = _NewestFirst()


def recent_changes(document: Document, limit: int = 10) -> list[RecentChange]:
    """The latest changes across the organisation, newest first."""
    return [recent_change(document, change)
            for change in newest_first(document.changes)[:limit]]


def recent_change(document: Document, change: Change) -> RecentChange:
    """One change of the log as people read it: who, what, which record."""
    try:
        record_label = label_in(document, document.record(change.record_id))
    except KeyError:
        record_label = change.record_id
    return RecentChange(change.stamp.at, person_name(document, change.stamp.by),
                        change.action, change.kind, record_label, change.record_id,
                        change.fields)
