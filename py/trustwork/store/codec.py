"""Reading and writing the data file: paired to/from functions per part, strict checks.

``load`` turns text into a Document or raises one DataFileError subclass that says what
is wrong and where (a JSON path). ``dumps`` writes one record per line, in a fixed order,
so equal documents give equal bytes (the saver compares hashes) and files diff well.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from trustwork.errors import (
    DataFileError,
    DuplicateIdError,
    FileTooLargeError,
    MissingFieldError,
    NestingTooDeepError,
    NewerFormatError,
    NotATrustworkFileError,
    NotJsonError,
    WrongTypeError,
)
from trustwork.model.document import (
    ORGANISATION_KIND,
    Change,
    Conflict,
    Document,
    JsonValue,
    Record,
    Stamp,
)
from trustwork.store.migrations import SCHEMA_MINOR, SCHEMA_VERSION, upgrade

FORMAT = "trustwork-organisation"
MAX_BYTES = 100 * 1024 * 1024
MAX_VALUE_DEPTH = 12  # nesting allowed inside one field's value
MAX_DOCUMENT_DEPTH = 32  # the format itself nests 6 deep; fields add MAX_VALUE_DEPTH
_NOT_A_BRACKET = re.compile(r"[^\[\]{}]+")
_BRACKET_PAIRS = str.maketrans("[{]}", "(())")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$")
_KIND = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_RECORD_KEYS = {"id", "created", "changed", "deleted", "fields", "stamps"}
_TOP_KEYS = {"format", "schema_version", "schema_minor", "organisation", "records",
             "conflicts", "changes"}


@dataclass(frozen=True)
class LoadedFile:
    """A file as read: its document, and whether it may be saved over."""

    document: Document
    schema_version: int
    schema_minor: int
    read_only: bool = False


# -- reading -------------------------------------------------------------------------------

def load(text: str | bytes) -> LoadedFile:
    """Parse and check a data file. Raises a DataFileError subclass; never returns half a file."""
    if len(text) > MAX_BYTES:
        raise FileTooLargeError("/", size=len(text), limit=MAX_BYTES)
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise NotJsonError(f"byte {error.start}") from None
    if _nests_deeper_than(text, MAX_DOCUMENT_DEPTH):
        raise NestingTooDeepError("/", limit=MAX_DOCUMENT_DEPTH)
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise NotJsonError(f"line {error.lineno}, column {error.colno}") from None
    except RecursionError:
        raise NestingTooDeepError("/") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise NotATrustworkFileError("/format")
    version = _integer(raw, "schema_version", "/")
    minor = _integer(raw, "schema_minor", "/") if "schema_minor" in raw else 0
    if version > SCHEMA_VERSION:
        try:
            document = document_from_dict(raw)
        except DataFileError:
            raise NewerFormatError("/schema_version", version=version) from None
        return LoadedFile(document, version, minor, read_only=True)
    raw = upgrade(raw, version)
    return LoadedFile(document_from_dict(raw), SCHEMA_VERSION, max(minor, SCHEMA_MINOR))


def _nests_deeper_than(text: str, limit: int) -> bool:
    """Whether the JSON text nests brackets deeper than ``limit``, found before parsing.

    Python's JSON parser recurses once per level, and inside the browser a deep enough
    "bomb" exhausts the stack and kills the interpreter instead of raising. So: drop the
    strings (escapes first, then every second piece between quotes), keep only brackets,
    and peel off innermost pairs, one level per pass, all in C-speed string operations.
    """
    unescaped = text.replace("\\\\", "").replace('\\"', "")
    outside_strings = "".join(unescaped.split('"')[0::2])
    brackets = _NOT_A_BRACKET.sub("", outside_strings).translate(_BRACKET_PAIRS)
    for _ in range(limit):
        peeled = brackets.replace("()", "")
        if peeled == brackets:
            return brackets.count("(") > limit
        brackets = peeled
    return bool(brackets)


def document_from_dict(raw: Mapping[str, Any]) -> Document:
    """The document in a parsed file (any version's layout once upgraded)."""
    organisation = record_from_dict(_mapping(raw, "organisation", "/"), ORGANISATION_KIND,
                                    "/organisation")
    records: dict[str, Record] = {}
    seen = {organisation.id: "/organisation"}
    for kind, items in _mapping(raw, "records", "/").items():
        path = f"/records/{kind}"
        if not _KIND.match(kind) or kind == ORGANISATION_KIND:
            raise WrongTypeError(path, expected="kind")
        if not isinstance(items, list):
            raise WrongTypeError(path, expected="list")
        for index, item in enumerate(items):
            item_path = f"{path}/{index}"
            if not isinstance(item, dict):
                raise WrongTypeError(item_path, expected="object")
            record = record_from_dict(item, kind, item_path)
            if record.id in seen:
                raise DuplicateIdError(f"{item_path}/id", id=record.id, first=seen[record.id])
            seen[record.id] = item_path
            records[record.id] = record
    conflicts = {}
    for index, item in enumerate(_list(raw, "conflicts", "/", optional=True)):
        conflict = conflict_from_dict(item, f"/conflicts/{index}")
        conflicts[conflict.id] = conflict
    changes = tuple(
        change_from_dict(item, f"/changes/{index}")
        for index, item in enumerate(_list(raw, "changes", "/", optional=True))
    )
    extra = {key: value for key, value in raw.items() if key not in _TOP_KEYS}
    return Document(organisation, records, conflicts, changes, extra)


def record_from_dict(raw: Mapping[str, Any], kind: str, path: str) -> Record:
    created = stamp_from_dict(_mapping(raw, "created", path), f"{path}/created")
    fields = _mapping(raw, "fields", path)
    for name, value in fields.items():
        _check_value(value, f"{path}/fields/{name}", 0)
    stamps = {
        name: stamp_from_dict(value, f"{path}/stamps/{name}")
        for name, value in _mapping(raw, "stamps", path, optional=True).items()
    }
    deleted = raw.get("deleted")
    return Record(
        id=_text(raw, "id", path),
        kind=kind,
        created=created,
        changed=stamp_from_dict(_mapping(raw, "changed", path), f"{path}/changed")
        if "changed" in raw else created,
        fields=dict(fields),
        stamps={name: stamps.get(name, created) for name in fields},
        deleted=None if deleted is None else stamp_from_dict(deleted, f"{path}/deleted"),
        extra={key: value for key, value in raw.items() if key not in _RECORD_KEYS},
    )


def stamp_from_dict(raw: object, path: str) -> Stamp:
    if not isinstance(raw, dict):
        raise WrongTypeError(path, expected="object")
    at = _text(raw, "at", path)
    if not _TIMESTAMP.match(at):
        raise WrongTypeError(f"{path}/at", expected="timestamp")
    return Stamp(at=at, by=_text(raw, "by", path))


def conflict_from_dict(raw: object, path: str) -> Conflict:
    if not isinstance(raw, dict):
        raise WrongTypeError(path, expected="object")
    for name in ("kept", "other"):
        if name not in raw:
            raise MissingFieldError(f"{path}/{name}")
        _check_value(raw[name], f"{path}/{name}", 0)
    return Conflict(
        id=_text(raw, "id", path),
        record_id=_text(raw, "record", path),
        field=_text(raw, "field", path),
        kept=raw["kept"],
        kept_stamp=stamp_from_dict(raw.get("kept_stamp"), f"{path}/kept_stamp"),
        other=raw["other"],
        other_stamp=stamp_from_dict(raw.get("other_stamp"), f"{path}/other_stamp"),
    )


def change_from_dict(raw: object, path: str) -> Change:
    if not isinstance(raw, dict):
        raise WrongTypeError(path, expected="object")
    fields = raw.get("fields", [])
    if not isinstance(fields, list) or not all(isinstance(name, str) for name in fields):
        raise WrongTypeError(f"{path}/fields", expected="list_of_texts")
    return Change(
        id=_text(raw, "id", path),
        stamp=Stamp(at=_text(raw, "at", path), by=_text(raw, "by", path)),
        record_id=_text(raw, "record", path),
        kind=_text(raw, "kind", path),
        action=_text(raw, "action", path),
        fields=tuple(fields),
    )


def _check_value(value: object, path: str, depth: int) -> None:
    if depth > MAX_VALUE_DEPTH:
        raise NestingTooDeepError(path)
    if isinstance(value, dict):
        for key, item in value.items():
            _check_value(item, f"{path}/{key}", depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_value(item, f"{path}/{index}", depth + 1)


def _get(raw: Mapping[str, Any], key: str, path: str) -> Any:
    try:
        return raw[key]
    except KeyError:
        raise MissingFieldError(f"{path.rstrip('/')}/{key}") from None


def _text(raw: Mapping[str, Any], key: str, path: str) -> str:
    value = _get(raw, key, path)
    if not isinstance(value, str) or not value:
        raise WrongTypeError(f"{path.rstrip('/')}/{key}", expected="text")
    return value


def _integer(raw: Mapping[str, Any], key: str, path: str) -> int:
    value = _get(raw, key, path)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise WrongTypeError(f"{path.rstrip('/')}/{key}", expected="whole_number")
    return value


def _mapping(
    raw: Mapping[str, Any], key: str, path: str, optional: bool = False
) -> Mapping[str, Any]:
    if optional and key not in raw:
        return {}
    value = _get(raw, key, path)
    if not isinstance(value, dict):
        raise WrongTypeError(f"{path.rstrip('/')}/{key}", expected="object")
    return value


def _list(raw: Mapping[str, Any], key: str, path: str, optional: bool = False) -> list[Any]:
    if optional and key not in raw:
        return []
    value = _get(raw, key, path)
    if not isinstance(value, list):
        raise WrongTypeError(f"{path.rstrip('/')}/{key}", expected="list")
    return value


# -- writing -------------------------------------------------------------------------------

def stamp_to_dict(stamp: Stamp) -> dict[str, JsonValue]:
    return {"at": stamp.at, "by": stamp.by}


def record_to_dict(record: Record) -> dict[str, JsonValue]:
    """A record as stored; a field's stamp is left out while it equals ``created``."""
    result: dict[str, JsonValue] = {"id": record.id, "created": stamp_to_dict(record.created)}
    if record.changed != record.created:
        result["changed"] = stamp_to_dict(record.changed)
    if record.deleted is not None:
        result["deleted"] = stamp_to_dict(record.deleted)
    result["fields"] = dict(sorted(record.fields.items()))
    stamps = {name: stamp_to_dict(stamp) for name, stamp in sorted(record.stamps.items())
              if stamp != record.created and name in record.fields}
    if stamps:
        result["stamps"] = dict(stamps)
    result.update(record.extra)
    return result


def conflict_to_dict(conflict: Conflict) -> dict[str, JsonValue]:
    return {
        "id": conflict.id,
        "record": conflict.record_id,
        "field": conflict.field,
        "kept": conflict.kept,
        "kept_stamp": stamp_to_dict(conflict.kept_stamp),
        "other": conflict.other,
        "other_stamp": stamp_to_dict(conflict.other_stamp),
    }


def change_to_dict(change: Change) -> dict[str, JsonValue]:
    result: dict[str, JsonValue] = {
        "id": change.id, "at": change.stamp.at, "by": change.stamp.by,
        "record": change.record_id, "kind": change.kind, "action": change.action,
    }
    if change.fields:
        result["fields"] = list(change.fields)
    return result


def _line(value: JsonValue) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)


def _block(lines: list[str], indent: str) -> str:
    if not lines:
        return "[]"
    return "[\n" + ",\n".join(indent + line for line in lines) + "\n" + indent[:-1] + "]"


def dumps(document: Document, schema_minor: int = SCHEMA_MINOR) -> str:
    """The file's text: fixed key order, one record per line, sorted, ending in a newline."""
    by_kind: dict[str, list[Record]] = {}
    for record in document.records.values():
        by_kind.setdefault(record.kind, []).append(record)
    kinds = []
    for kind in sorted(by_kind):
        records = sorted(by_kind[kind], key=lambda record: (record.created, record.id))
        lines = [_line(record_to_dict(record)) for record in records]
        kinds.append(f"  {_line(kind)}: " + _block(lines, "   "))
    conflicts = sorted(document.conflicts.values(), key=lambda conflict: conflict.id)
    changes = sorted(document.changes, key=lambda change: (change.stamp, change.id))
    parts = [
        f'"format": {_line(FORMAT)}',
        f'"schema_version": {SCHEMA_VERSION}',
        f'"schema_minor": {schema_minor}',
        f'"organisation": {_line(record_to_dict(document.organisation))}',
        '"records": {' + ("\n" + ",\n".join(kinds) + "\n " if kinds else "") + "}",
        '"conflicts": ' + _block([_line(conflict_to_dict(c)) for c in conflicts], "  "),
        '"changes": ' + _block([_line(change_to_dict(c)) for c in changes], "  "),
    ]
    parts += [f"{_line(key)}: {_line(value)}" for key, value in sorted(document.extra.items())]
    return "{\n " + ",\n ".join(parts) + "\n}\n"
