"""The organisation's data as one document of records, conflicts and a change log.

Every record keeps, per field, a stamp (when and by whom it last changed). That is
what lets two copies of the document be merged field by field (see store.merge).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import TypeAlias

from trustwork.errors import RecordDeletedError, UnknownConflictError, UnknownRecordError
from trustwork.model.memo import remembered

JsonValue: TypeAlias = "bool | int | float | str | list[JsonValue] | dict[str, JsonValue] | None"
NewId = Callable[[], str]

ORGANISATION_KIND = "organisation"


@dataclass(frozen=True, order=True, slots=True)
class Stamp:
    """When (ISO 8601, UTC) and by whom something happened; later stamps sort higher."""

    at: str
    by: str


@dataclass(frozen=True, slots=True)
class Record:
    """One thing the organisation keeps: a person, a team, an idea, a pilot, ..."""

    id: str
    kind: str
    created: Stamp
    changed: Stamp
    fields: Mapping[str, JsonValue]
    stamps: Mapping[str, Stamp]
    deleted: Stamp | None = None
    extra: Mapping[str, JsonValue] = field(default_factory=dict)

    @property
    def is_deleted(self) -> bool:
        return self.deleted is not None


@dataclass(frozen=True, slots=True)
class Conflict:
    """A field both sides changed differently: ``kept`` won, ``other`` is kept here."""

    id: str
    record_id: str
    field: str
    kept: JsonValue
    kept_stamp: Stamp
    other: JsonValue
    other_stamp: Stamp


@dataclass(frozen=True, slots=True)
class Change:
    """One entry of the change log: who did what to which record, and when."""

    id: str
    stamp: Stamp
    record_id: str
    kind: str
    action: str  # "create" | "update" | "delete" | "restore" | "resolve"
    fields: tuple[str, ...] = ()
    # An update's new values and the values they replaced (absent: the field was not set);
    # from these the history shows what changed and every older version of a record.
    values: Mapping[str, JsonValue] = field(default_factory=dict, hash=False)
    before: Mapping[str, JsonValue] = field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class Document:
    """Everything in one data file: the organisation record, other records, conflicts, log."""

    organisation: Record
    records: Mapping[str, Record]
    conflicts: Mapping[str, Conflict] = field(default_factory=dict)
    changes: tuple[Change, ...] = ()
    extra: Mapping[str, JsonValue] = field(default_factory=dict)

    def record(self, record_id: str) -> Record:
        """The record with this id (the organisation's own id included)."""
        if record_id == self.organisation.id:
            return self.organisation
        try:
            return self.records[record_id]
        except KeyError:
            raise UnknownRecordError(record_id) from None

    def live(self, kind: str) -> list[Record]:
        """The records of one kind that are not deleted, oldest first."""
        return _live_index(self.records, kind)

    def history(self, record_id: str) -> list[Change]:
        """The change log of one record, oldest first."""
        return list(_changes_by_record(self.changes).get(record_id, ()))


# Sort records oldest first and the change log in order, as ``(created, id)`` and ``(stamp,
# id)`` would: keys of plain texts, which sorting compares in C (comparing Stamps calls Python
# for every pair), made in C too. A save sorts every record and change of a large file.
record_order: Callable[[Record], tuple[str, str, str]] = attrgetter("created.at", "created.by",
                                                                   "id")
change_order: Callable[[Change], tuple[str, str, str]] = attrgetter("stamp.at", "stamp.by", "id")


class _LiveIndex:
    """The live records of every kind, oldest first, for the last records mapping asked
    about: a page asks ``live`` for several kinds, and a scan of 17,000 records per kind
    adds up. A document's records are never changed in place (every change makes a new
    mapping), so the same object holds the same records."""

    def __init__(self) -> None:
        self._records: Mapping[str, Record] | None = None
        self._by_kind: dict[str, list[Record]] = {}

    def __call__(self, records: Mapping[str, Record], kind: str) -> list[Record]:
        if records is not self._records:
            by_kind: dict[str, list[Record]] = {}
            for record in records.values():
                if record.deleted is None:
                    by_kind.setdefault(record.kind, []).append(record)
            for found in by_kind.values():
                found.sort(key=record_order)
            self._records, self._by_kind = records, by_kind
        return list(self._by_kind.get(kind, ()))


_live_index = _LiveIndex()


@remembered(2)
def _changes_by_record(changes: tuple[Change, ...]) -> dict[str, list[Change]]:
    """Each record's changes, in the log's order: a page shows several records' histories,
    and a log may hold 20,000 changes."""
    found: dict[str, list[Change]] = {}
    for change in changes:
        found.setdefault(change.record_id, []).append(change)
    return found


def new_document(name: str, organisation_id: str, stamp: Stamp, new_id: NewId) -> Document:
    """An empty organisation called ``name``."""
    organisation = Record(
        id=organisation_id,
        kind=ORGANISATION_KIND,
        created=stamp,
        changed=stamp,
        fields={"name": name},
        stamps={"name": stamp},
    )
    change = Change(new_id(), stamp, organisation_id, ORGANISATION_KIND, "create", ("name",))
    return Document(organisation=organisation, records={}, changes=(change,))


def _put(document: Document, record: Record) -> Document:
    if record.id == document.organisation.id:
        return replace(document, organisation=record)
    return replace(document, records={**document.records, record.id: record})


def _logged(document: Document, change: Change) -> Document:
    return replace(document, changes=(*document.changes, change))


def new_record(
    kind: str, fields: Mapping[str, JsonValue], record_id: str, stamp: Stamp, change_id: str
) -> tuple[Record, Change]:
    """A record as just created, with the change-log entry that says so."""
    record = Record(
        id=record_id,
        kind=kind,
        created=stamp,
        changed=stamp,
        fields=dict(fields),
        stamps=dict.fromkeys(fields, stamp),
    )
    return record, Change(change_id, stamp, record_id, kind, "create", tuple(sorted(fields)))


def create_record(
    document: Document,
    kind: str,
    fields: Mapping[str, JsonValue],
    record_id: str,
    stamp: Stamp,
    new_id: NewId,
    logged: bool = True,
) -> Document:
    """Add a new record of ``kind`` with ``fields`` (``logged``: with a change-log entry)."""
    record, change = new_record(kind, fields, record_id, stamp, new_id())
    document = _put(document, record)
    return _logged(document, change) if logged else document


def create_records(document: Document, kind: str,
                   items: Collection[tuple[str, Mapping[str, JsonValue]]], stamp: Stamp,
                   new_id: NewId) -> Document:
    """Add many new records of ``kind`` (id, fields) at once, each logged as ``create_record``
    logs one: one copy of the records instead of one per record (an import of 2,000 people
    into a file of 20,000 records)."""
    made = [new_record(kind, fields, record_id, stamp, new_id()) for record_id, fields in items]
    return replace(document, records={**document.records, **{r.id: r for r, _ in made}},
                   changes=(*document.changes, *(change for _, change in made)))


def update_record(
    document: Document,
    record_id: str,
    changes: Mapping[str, JsonValue],
    stamp: Stamp,
    new_id: NewId,
    unlogged: Collection[str] = (),
    logged: bool = True,
) -> Document:
    """Change some fields of a record; fields whose value does not change are left alone.

    The change log keeps the new and replaced values of every field but ``unlogged`` ones
    (their names only); with ``logged`` false (an anonymous kind) it keeps nothing."""
    record = document.record(record_id)
    if record.is_deleted:
        raise RecordDeletedError(record_id)
    changed = {name: value for name, value in changes.items() if record.fields.get(name) != value}
    if not changed:
        return document
    updated = replace(
        record,
        changed=stamp,
        fields={**record.fields, **changed},
        stamps={**record.stamps, **{name: stamp for name in changed}},
    )
    if not logged:
        return _put(document, updated)
    kept = sorted(set(changed) - set(unlogged))
    change = Change(new_id(), stamp, record_id, record.kind, "update", tuple(sorted(changed)),
                    values={name: changed[name] for name in kept},
                    before={name: record.fields[name] for name in kept
                            if name in record.fields})
    return _logged(_put(document, updated), change)


def delete_record(document: Document, record_id: str, stamp: Stamp, new_id: NewId,
                  logged: bool = True) -> Document:
    """Delete a record: it stays in the file as a tombstone, so a merge cannot revive it."""
    record = document.record(record_id)
    if record.is_deleted or record.kind == ORGANISATION_KIND:
        return document
    deleted = replace(record, deleted=stamp, changed=stamp)
    document = _put(document, deleted)
    if not logged:
        return document
    return _logged(document, Change(new_id(), stamp, record_id, record.kind, "delete"))


def delete_records(document: Document, record_ids: Collection[str], stamp: Stamp,
                   new_id: NewId) -> Document:
    """Delete many records at once, each as ``delete_record`` deletes one (a tombstone and a
    log entry; one already deleted is left as it is)."""
    deleted: dict[str, Record] = {}
    changes: list[Change] = []
    for record_id in record_ids:
        record = document.record(record_id)
        if record.is_deleted or record.kind == ORGANISATION_KIND or record_id in deleted:
            continue
        deleted[record_id] = replace(record, deleted=stamp, changed=stamp)
        changes.append(Change(new_id(), stamp, record_id, record.kind, "delete"))
    if not deleted:
        return document
    return replace(document, records={**document.records, **deleted},
                   changes=(*document.changes, *changes))


def restore_record(document: Document, record_id: str, stamp: Stamp, new_id: NewId,
                   logged: bool = True) -> Document:
    """Bring a deleted record back as it was when it was deleted."""
    record = document.record(record_id)
    if not record.is_deleted:
        return document
    document = _put(document, replace(record, deleted=None, changed=stamp))
    if not logged:
        return document
    return _logged(document, Change(new_id(), stamp, record_id, record.kind, "restore"))


def resolve_conflict(
    document: Document, conflict_id: str, take_other: bool, stamp: Stamp, new_id: NewId,
    unlogged: Callable[[str], Collection[str]] = lambda kind: (),
    logged: bool = True,
) -> Document:
    """Settle a conflict: keep the value that won, or take the other one as a new edit."""
    try:
        conflict = document.conflicts[conflict_id]
    except KeyError:
        raise UnknownConflictError(conflict_id) from None
    remaining = {key: value for key, value in document.conflicts.items() if key != conflict_id}
    document = replace(document, conflicts=remaining)
    record = document.record(conflict.record_id)
    if take_other and not record.is_deleted:
        document = update_record(
            document, conflict.record_id, {conflict.field: conflict.other}, stamp, new_id,
            unlogged(record.kind), logged,
        )
    if not logged:
        return document
    change = Change(new_id(), stamp, conflict.record_id, record.kind, "resolve", (conflict.field,))
    return _logged(document, change)
