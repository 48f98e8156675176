"""The person's actions on the organisation's data, as small commands, and their handler.

``handle(document, command, stamp, ids)`` is the one service function: UI handlers build a
command, the edge passes the time and fresh ids in. The journal keeps commands, so unsaved
work can be replayed onto the file as it is later.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from trustwork.model.document import (
    Document,
    JsonValue,
    Stamp,
    create_record,
    delete_record,
    resolve_conflict,
    update_record,
)


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


Command = (EditOrganisation | CreateRecord | UpdateRecord | DeleteRecord | ResolveConflict
           | ReplaceTeamKey)


def ids_needed(command: Command) -> int:
    """How many change-log ids handling ``command`` may take."""
    if isinstance(command, ReplaceTeamKey):
        return 1 + len(command.sealed)
    return 2  # a resolved conflict that takes the other value logs two entries


def handle(document: Document, command: Command, stamp: Stamp, ids: Iterator[str]) -> Document:
    """The document after ``command``; ``ids`` gives change-log ids (ids_needed at most)."""

    def new_id() -> str:
        return next(ids)

    match command:
        case EditOrganisation(fields):
            return update_record(document, document.organisation.id, fields, stamp, new_id)
        case CreateRecord(kind, record_id, fields):
            return create_record(document, kind, fields, record_id, stamp, new_id)
        case UpdateRecord(record_id, fields):
            return update_record(document, record_id, fields, stamp, new_id)
        case DeleteRecord(record_id):
            return delete_record(document, record_id, stamp, new_id)
        case ResolveConflict(conflict_id, take_other):
            return resolve_conflict(document, conflict_id, take_other, stamp, new_id)
        case ReplaceTeamKey(team_id, lock, sealed):
            document = update_record(document, team_id, {"lock": lock}, stamp, new_id)
            for record_id, value in sorted(sealed.items()):
                document = update_record(document, record_id, {"sealed": value}, stamp, new_id)
            return document
