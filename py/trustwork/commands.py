"""The person's actions on the organisation's data, as small commands, and their handler.

``handle(document, command, stamp, ids)`` is the one service function: UI handlers build a
command, the edge passes the time and fresh ids in. The journal keeps commands, so unsaved
work can be replayed onto the file as it is later. What a kind's records log, and whether
they are anonymous, is the kind's policy in the registry (``trustwork.kinds``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from trustwork.errors import (
    DuplicateRecordError,
    NotYourselfError,
    PersonalRecordError,
    UnknownImportError,
)
from trustwork.kinds import REGISTRY
from trustwork.model.document import (
    Document,
    JsonValue,
    NewId,
    Stamp,
    create_record,
    create_records,
    delete_record,
    delete_records,
    resolve_conflict,
    restore_record,
    update_record,
)
from trustwork.model.fields import ANONYMOUS, Registry

IMPORT_KIND = "import"  # the record that remembers which records one import created


@dataclass(frozen=True)
class EditOrganisation:
    """Change the organisation's own fields (its name, its mission)."""

    fields: Mapping[str, JsonValue]


@dataclass(frozen=True)
class CreateRecord:
    """Add a record of a kind; its id is chosen by the caller."""

    kind: str
    record_id: str
    fields: Mapping[str, JsonValue]


@dataclass(frozen=True)
class UpdateRecord:
    """Change some fields of a record."""

    record_id: str
    fields: Mapping[str, JsonValue]


@dataclass(frozen=True)
class DeleteRecord:
    """Delete a record (it stays as a tombstone)."""

    record_id: str


@dataclass(frozen=True)
class RestoreRecord:
    """Bring a deleted record back."""

    record_id: str


@dataclass(frozen=True)
class ResolveConflict:
    """Settle a conflict: keep the value that won, or take the other one."""

    conflict_id: str
    take_other: bool


@dataclass(frozen=True)
class ReplaceTeamKey:
    """A team's new passphrase: its new lock, and each confidential record sealed again.

    The records' new ciphertext is made at the edge (the browser's WebCrypto); this command
    carries only ciphertext, never content.
    """

    team_id: str
    lock: JsonValue
    sealed: Mapping[str, JsonValue]


@dataclass(frozen=True)
class ImportRecords:
    """Import the rows of a file as records of ``kind``, as one step: each record with its
    id and fields, and the record ``import_id`` (kind ``import``) that remembers which
    records this import created, so anyone can take them out again (``UndoImport``)."""

    import_id: str
    kind: str
    file_name: str
    records: tuple[tuple[str, Mapping[str, JsonValue]], ...]
    campaign: str = ""  # the campaign ideas were imported into


@dataclass(frozen=True)
class UndoImport:
    """Take an import out again, as one step: delete the records it created that are still
    there (``record_ids``, as the document had them), then the import itself."""

    import_id: str
    record_ids: tuple[str, ...]


Command = (EditOrganisation | CreateRecord | UpdateRecord | DeleteRecord | RestoreRecord
           | ResolveConflict | ReplaceTeamKey | ImportRecords | UndoImport)


def ids_needed(command: Command) -> int:
    """How many change-log ids handling ``command`` may take."""
    if isinstance(command, ReplaceTeamKey):
        return 1 + len(command.sealed)
    if isinstance(command, ImportRecords):
        return 1 + len(command.records)
    if isinstance(command, UndoImport):
        return 1 + len(command.record_ids)
    return 2  # a resolved conflict that takes the other value logs two entries


def kind_of(document: Document, command: Command) -> str | None:
    """The kind of record ``command`` acts on (None: several, or the organisation's own)."""
    match command:
        case CreateRecord(kind, _, _):
            return kind
        case UpdateRecord(record_id, _) | DeleteRecord(record_id) | RestoreRecord(record_id):
            record = document.records.get(record_id)
            return record.kind if record is not None else None
        case ResolveConflict(conflict_id, _):
            conflict = document.conflicts.get(conflict_id)
            record = document.records.get(conflict.record_id) if conflict else None
            return record.kind if record is not None else None
    return None


def anonymous_stamp(stamp: Stamp) -> Stamp:
    """A stamp that says nothing about who or when beyond the day."""
    return Stamp(stamp.at[:10] + "T00:00:00.000000Z", ANONYMOUS)


def is_anonymous(document: Document, command: Command, registry: Registry = REGISTRY) -> bool:
    """Whether ``command`` acts on an anonymous record: of an anonymous kind, or one whose
    kind's ``anonymous_when`` flag is set (in the record, or in the fields it is created
    with)."""
    kind = kind_of(document, command)
    spec = registry.kind(kind) if kind is not None else None
    if spec is None:
        return False
    if spec.anonymous or not spec.anonymous_when:
        return spec.anonymous
    return spec.is_anonymous(_fields_of(document, command))


def _fields_of(document: Document, command: Command) -> Mapping[str, JsonValue]:
    """The fields of the record ``command`` acts on (those it is created with, for a new
    one; an update that sets the flag counts too)."""
    match command:
        case CreateRecord(_, _, fields):
            return fields
        case UpdateRecord(record_id, fields):
            record = document.records.get(record_id)
            return {**(record.fields if record is not None else {}),
                    **{name: value for name, value in fields.items() if value is True}}
        case DeleteRecord(record_id) | RestoreRecord(record_id):
            record = document.records.get(record_id)
            return record.fields if record is not None else {}
        case ResolveConflict(conflict_id, _):
            conflict = document.conflicts.get(conflict_id)
            record = document.records.get(conflict.record_id) if conflict else None
            return record.fields if record is not None else {}
    return {}


def stamp_for(document: Document, command: Command, stamp: Stamp,
              registry: Registry = REGISTRY) -> Stamp:
    """The stamp ``command`` is handled (and journalled) with: anonymous for an anonymous
    record, so neither the file nor the browser's journal ties the record to a person."""
    return anonymous_stamp(stamp) if is_anonymous(document, command, registry) else stamp


def check_personal(document: Document, command: Command, stamp: Stamp,
                   registry: Registry = REGISTRY) -> None:
    """A kind's ``personal`` rule: a record that speaks for a person (joining or leaving a
    pilot) is added only by that person, in their own name, and never changed or deleted
    afterwards, so its history stays as it happened. Raises NotYourselfError or
    PersonalRecordError."""
    kind = registry.kind(kind_of(document, command) or "")
    if kind is None or not kind.personal:
        return
    match command:
        case CreateRecord(_, _, fields):
            if fields.get(kind.personal) != stamp.by:
                raise NotYourselfError(kind.name)
            person = document.records.get(stamp.by)
            if person is None or person.kind != "person" or person.is_deleted:
                raise NotYourselfError(kind.name)
        case UpdateRecord() | DeleteRecord() | RestoreRecord():
            raise PersonalRecordError(kind.name)
        case ResolveConflict(_, take_other) if take_other:  # keeping what is there is fine
            raise PersonalRecordError(kind.name)


def handle(document: Document, command: Command, stamp: Stamp, ids: Iterator[str],
           registry: Registry = REGISTRY) -> Document:
    """The document after ``command``; ``ids`` gives change-log ids (ids_needed at most).

    An anonymous record (see ``is_anonymous``) gets the day as its only time, no person, and
    no entry in the change log; every other change is logged with the values its kind logs."""

    def new_id() -> str:
        return next(ids)

    check_personal(document, command, stamp, registry)
    logged = not is_anonymous(document, command, registry)
    stamp = stamp if logged else anonymous_stamp(stamp)
    match command:
        case EditOrganisation(fields):
            return update_record(document, document.organisation.id, fields, stamp, new_id)
        case CreateRecord(kind, record_id, fields):
            return create_record(document, kind, fields, record_id, stamp, new_id, logged)
        case UpdateRecord(record_id, fields):
            return update_record(document, record_id, fields, stamp, new_id,
                                 registry.unlogged(document.record(record_id).kind), logged)
        case DeleteRecord(record_id):
            return delete_record(document, record_id, stamp, new_id, logged)
        case RestoreRecord(record_id):
            return restore_record(document, record_id, stamp, new_id, logged)
        case ResolveConflict(conflict_id, take_other):
            return resolve_conflict(document, conflict_id, take_other, stamp, new_id,
                                    registry.unlogged, logged)
        case ReplaceTeamKey(team_id, lock, sealed):
            document = update_record(document, team_id, {"lock": lock}, stamp, new_id)
            for record_id, value in sorted(sealed.items()):
                document = update_record(document, record_id, {"sealed": value}, stamp, new_id,
                                         registry.unlogged(document.record(record_id).kind))
            return document
        case ImportRecords():
            return imported(document, command, stamp, new_id)
        case UndoImport(import_id, record_ids):
            return import_undone(document, import_id, record_ids, stamp, new_id)


def imported(document: Document, command: ImportRecords, stamp: Stamp, new_id: NewId
             ) -> Document:
    """The document with an import's records, each created as a form would create it (and
    logged), and the ``import`` record listing them. An id the document has already is
    refused (UnknownImportError's sibling: the journal skips a command replayed twice)."""
    for record_id, _fields in command.records:
        if record_id in document.records or command.import_id in document.records:
            raise DuplicateRecordError(record_id)
    document = create_records(document, command.kind, command.records, stamp, new_id)
    remembered: dict[str, JsonValue] = {
        "title": command.file_name, "imported_kind": command.kind,
        "records": [record_id for record_id, _fields in command.records]}
    if command.campaign:
        remembered["campaign"] = command.campaign
    return create_record(document, IMPORT_KIND, remembered, command.import_id, stamp, new_id)


def import_undone(document: Document, import_id: str, record_ids: tuple[str, ...],
                  stamp: Stamp, new_id: NewId) -> Document:
    """The document without an import: every record of ``record_ids`` it created that is
    still there deleted (a tombstone, as any delete; restoring brings one back), then the
    import itself. UnknownImportError when the import is gone already."""
    record = document.records.get(import_id)
    if record is None or record.kind != IMPORT_KIND or record.is_deleted:
        raise UnknownImportError(import_id)
    listed = record.fields.get("records")
    created = set(listed) if isinstance(listed, list) else set()
    return delete_records(document, [*(record_id for record_id in record_ids
                                        if record_id in created and record_id in document.records),
                                      import_id], stamp, new_id)
