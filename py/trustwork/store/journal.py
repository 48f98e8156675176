"""The journal: commands not yet saved, kept in the browser so a crash loses nothing.

Each entry is one command with the stamp and change ids it was handled with, so replaying
the entries onto the file as it was (``base``) gives exactly the person's copy again; that
copy is then merged with the file as it is now. Paired to/from functions, JSON here only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from trustwork.commands import (
    Command,
    CreateRecord,
    DeleteRecord,
    EditOrganisation,
    ResolveConflict,
    UpdateRecord,
    handle,
)
from trustwork.errors import DataFileError, WrongTypeError
from trustwork.model.document import Document, Stamp


@dataclass(frozen=True)
class JournalEntry:
    """One handled command, with what it needs to be replayed identically."""

    command: Command
    stamp: Stamp
    ids: tuple[str, ...]


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
        case ResolveConflict(conflict_id, take_other):
            return {"command": "resolve", "conflict": conflict_id, "take_other": take_other}


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
        case "resolve":
            return ResolveConflict(str(raw["conflict"]), bool(raw["take_other"]))
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


def replay(base: Document, entries: Iterable[JournalEntry]) -> Document:
    """``base`` with the entries handled again, in order, with their own stamps and ids."""
    document = base
    for entry in entries:
        document = handle(document, entry.command, entry.stamp, iter(entry.ids))
    return document


def journal_text(entries: Sequence[JournalEntry]) -> str:
    """The journal as stored in the browser: one JSON line per entry."""
    return "\n".join(entry_to_text(entry) for entry in entries)


def journal_from_text(text: str) -> list[JournalEntry]:
    return [entry_from_text(line) for line in text.splitlines() if line.strip()]
