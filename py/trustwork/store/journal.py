"""The journal: commands not yet saved, kept in the browser so a crash loses nothing.

Each entry is one command with the stamp and change ids it was handled with, so replaying
the entries onto the file as it was (``base``) gives exactly the person's copy again; that
copy is then merged with the file as it is now. Paired to/from functions, JSON here only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from trustwork.commands import (
    Command,
    CreateRecord,
    DeleteRecord,
    EditOrganisation,
    ImportRecords,
    ReplaceTeamKey,
    ResolveConflict,
    RestoreRecord,
    UndoImport,
    UpdateRecord,
    handle,
    stamp_for,
)
from trustwork.errors import DataFileError, TrustworkError, WrongTypeError
from trustwork.kinds import REGISTRY
from trustwork.model.document import Document, Stamp
from trustwork.model.fields import Registry


@dataclass(frozen=True)
class JournalEntry:
    """One handled command, with what it needs to be replayed identically."""

    command: Command
    stamp: Stamp
    ids: tuple[str, ...]


def new_entry(document: Document, command: Command, stamp: Stamp, ids: tuple[str, ...],
              registry: Registry = REGISTRY) -> JournalEntry:
    """The entry for ``command`` about to be handled on ``document``: an anonymous kind's
    command is kept without the person and with the day only, like its record."""
    return JournalEntry(command, stamp_for(document, command, stamp, registry), ids)


def command_to_dict(command: Command) -> dict[str, Any]:
    match command:
        case EditOrganisation(fields):
            return {"command": "edit_organisation", "fields": dict(fields)}
        case CreateRecord(kind, record_id, fields):
            return {"command": "create", "kind": kind, "record": record_id,
                    "fields": dict(fields)}
        case UpdateRecord(record_id, fields):
            return {"command": "update", "record": record_id, "fields": dict(fields)}
        case DeleteRecord(record_id):
            return {"command": "delete", "record": record_id}
        case RestoreRecord(record_id):
            return {"command": "restore", "record": record_id}
        case ResolveConflict(conflict_id, take_other):
            return {"command": "resolve", "conflict": conflict_id, "take_other": take_other}
        case ReplaceTeamKey(team_id, lock, sealed):
            return {"command": "replace_team_key", "record": team_id, "lock": lock,
                    "sealed": dict(sealed)}
        case ImportRecords(import_id, kind, file_name, records, campaign):
            return {"command": "import", "record": import_id, "kind": kind,
                    "file_name": file_name, "campaign": campaign,
                    "records": [[record_id, dict(fields)] for record_id, fields in records]}
        case UndoImport(import_id, record_ids):
            return {"command": "undo_import", "record": import_id, "records": list(record_ids)}


def command_from_dict(raw: dict[str, Any]) -> Command:
    match raw.get("command"):
        case "edit_organisation":
            return EditOrganisation(dict(raw["fields"]))
        case "create":
            return CreateRecord(str(raw["kind"]), str(raw["record"]), dict(raw["fields"]))
        case "update":
            return UpdateRecord(str(raw["record"]), dict(raw["fields"]))
        case "delete":
            return DeleteRecord(str(raw["record"]))
        case "restore":
            return RestoreRecord(str(raw["record"]))
        case "resolve":
            return ResolveConflict(str(raw["conflict"]), bool(raw["take_other"]))
        case "replace_team_key":
            return ReplaceTeamKey(str(raw["record"]), raw["lock"], dict(raw["sealed"]))
        case "import":
            return ImportRecords(str(raw["record"]), str(raw["kind"]), str(raw["file_name"]),
                                 tuple((str(record_id), dict(fields))
                                       for record_id, fields in raw["records"]),
                                 str(raw.get("campaign") or ""))
        case "undo_import":
            return UndoImport(str(raw["record"]), tuple(map(str, raw["records"])))
    raise WrongTypeError("/command", expected="text")


def entry_to_text(entry: JournalEntry) -> str:
    return json.dumps({**command_to_dict(entry.command), "at": entry.stamp.at,
                       "by": entry.stamp.by, "ids": list(entry.ids)}, ensure_ascii=False)


def entry_from_text(text: str) -> JournalEntry:
    try:
        raw = json.loads(text)
        return JournalEntry(command_from_dict(raw), Stamp(raw["at"], raw["by"]),
                            tuple(raw["ids"]))
    except (ValueError, KeyError, TypeError) as error:
        raise DataFileError("/journal", detail=str(error)) from None


def replay(base: Document, entries: Iterable[JournalEntry]) -> tuple[Document, int]:
    """``base`` with the entries handled again, in order, with their own stamps and ids.

    An entry that no longer applies (its record was deleted meanwhile, its conflict already
    settled, its record already created) is skipped; the count of skipped entries is returned.
    """
    document, skipped = base, 0
    for entry in entries:
        try:
            document = handle(document, entry.command, entry.stamp, iter(entry.ids))
        except (TrustworkError, KeyError, StopIteration):
            skipped += 1
    return document, skipped


@dataclass(frozen=True)
class Journal:
    """What the browser keeps for one open file: the file as last saved (by fingerprint; the
    text is kept apart), the changes since, and changes of an earlier visit not yet taken back."""

    base: str = ""
    entries: tuple[JournalEntry, ...] = ()
    pending_base: str = ""
    pending: tuple[JournalEntry, ...] = ()


def journal_to_text(journal: Journal) -> str:
    return json.dumps({
        "base": journal.base, "pending_base": journal.pending_base,
        "entries": [entry_to_text(entry) for entry in journal.entries],
        "pending": [entry_to_text(entry) for entry in journal.pending],
    }, ensure_ascii=False)


def journal_from_text(text: str) -> Journal:
    """The journal as stored; one that cannot be read is treated as empty, never fatal."""
    try:
        raw = json.loads(text)
        return Journal(str(raw["base"]), tuple(map(entry_from_text, raw["entries"])),
                       str(raw["pending_base"]), tuple(map(entry_from_text, raw["pending"])))
    except (ValueError, KeyError, TypeError, DataFileError):
        return Journal()
