"""Three-way merge of two edited copies of one data file.

``merge(base, ours, theirs)``: ``base`` is the file both sides started from. Per record and
per field, a change on one side wins; the same change on both sides is one change. When both
sides changed a field, its kind's merge rule in the registry decides (``latest``, ``set`` or
``ordered``, see trustwork.model.fields): two different values of a ``latest`` field are a
conflict: the later change (by stamp; ties broken by who and then by value) is kept and the
other value goes into the document's conflict list, so nothing is lost and anyone can pick
it instead; lists join. An edit beats a concurrent delete. Children are records of their
own, so they never meet here as one field.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass

from trustwork.kinds import REGISTRY
from trustwork.model.document import (
    Change,
    Conflict,
    Document,
    JsonValue,
    Record,
    Stamp,
    change_order,
)
from trustwork.model.fields import MergeRule, Registry

# A field one side never had: compared like a value, never written to the document.
_MISSING: JsonValue = {"\u0000missing": True}
_MISSING_KEY = json.dumps(_MISSING, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class MergeOutcome:
    """The merged document, and what the person should be told about it."""

    document: Document
    records_from_theirs: tuple[str, ...]
    new_conflicts: tuple[Conflict, ...]


def canonical(value: JsonValue) -> str:
    """One text per JSON value, so equal values compare equal whatever their key order."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _sort_key(item: JsonValue) -> tuple[str, str]:
    at = item.get("at") if isinstance(item, dict) else None
    return (at if isinstance(at, str) else "", canonical(item))


def merge_lists(
    base: list[JsonValue], ours: list[JsonValue], theirs: list[JsonValue]
) -> list[JsonValue]:
    """What either side added stays, what either side removed goes; no duplicates."""
    base_keys = {canonical(item) for item in base}
    our_keys = {canonical(item) for item in ours}
    their_keys = {canonical(item) for item in theirs}
    removed = (base_keys - our_keys) | (base_keys - their_keys)
    kept: dict[str, JsonValue] = {}
    for item in [*ours, *theirs]:
        key = canonical(item)
        if key not in removed:
            kept.setdefault(key, item)
    return sorted(kept.values(), key=_sort_key)


def merge_ordered(
    base: list[JsonValue], primary: list[JsonValue], secondary: list[JsonValue]
) -> list[JsonValue]:
    """An ordered list changed on two sides: ``primary``'s order (the side that changed it
    last), without what either side removed, with what ``secondary`` added placed after the
    item it follows there (at the start when nothing before it is kept). No duplicates."""
    base_keys = {canonical(item) for item in base}
    primary_keys = {canonical(item) for item in primary}
    secondary_keys = {canonical(item) for item in secondary}
    removed = (base_keys - primary_keys) | (base_keys - secondary_keys)
    result: list[JsonValue] = []
    keys: list[str] = []
    for item in primary:
        key = canonical(item)
        if key not in removed and key not in keys:
            result.append(item)
            keys.append(key)
    for index, item in enumerate(secondary):
        key = canonical(item)
        if key in keys or key in base_keys:
            continue  # already placed, or a base item: kept above or removed by a side
        position = 0
        for earlier in reversed(secondary[:index]):
            earlier_key = canonical(earlier)
            if earlier_key in keys:
                position = keys.index(earlier_key) + 1
                break
        result.insert(position, item)
        keys.insert(position, key)
    return result


def _ordered(base: JsonValue, ours: list[JsonValue], our_stamp: Stamp,
             theirs: list[JsonValue], their_stamp: Stamp) -> list[JsonValue]:
    """Both sides changed an ordered list: the later side's order leads. On equal stamps (one
    side is already a merge that took the other's stamp), a side that already holds the
    other's changes is the answer; otherwise the larger value leads, so every copy agrees."""
    base_list = base if isinstance(base, list) else []
    if our_stamp != their_stamp:
        if our_stamp > their_stamp:
            return merge_ordered(base_list, ours, theirs)
        return merge_ordered(base_list, theirs, ours)
    ours_leading = merge_ordered(base_list, ours, theirs)
    theirs_leading = merge_ordered(base_list, theirs, ours)
    ours_holds = canonical(ours_leading) == canonical(ours)
    theirs_holds = canonical(theirs_leading) == canonical(theirs)
    if ours_holds != theirs_holds:
        return ours if ours_holds else theirs
    return max(ours_leading, theirs_leading, key=canonical)


def _conflict_id(record_id: str, field: str, other: Stamp, other_value: JsonValue) -> str:
    text = "\u0000".join([record_id, field, other.at, other.by, canonical(other_value)])
    return "conflict-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class _FieldResult:
    value: JsonValue
    stamp: Stamp | None
    conflict: Conflict | None = None


def _side(record: Record | None, name: str) -> tuple[JsonValue, Stamp | None]:
    """A field's value and stamp on one side; a field the side lacks has neither."""
    if record is None or name not in record.fields:
        return _MISSING, None
    return record.fields[name], record.stamps.get(name, record.created)


def _later(first: Stamp | None, second: Stamp | None) -> Stamp | None:
    if first is None or second is None:
        return first or second
    return max(first, second)


def _merge_field(
    record_id: str,
    name: str,
    rule: MergeRule,
    base: tuple[JsonValue, Stamp | None],
    ours: tuple[JsonValue, Stamp | None],
    theirs: tuple[JsonValue, Stamp | None],
) -> _FieldResult:
    base_value, base_stamp = base
    our_value, our_stamp = ours
    their_value, their_stamp = theirs
    base_key = canonical(base_value)
    ours_unchanged = our_stamp == base_stamp and canonical(our_value) == base_key
    theirs_unchanged = their_stamp == base_stamp and canonical(their_value) == base_key
    if ours_unchanged:
        return _FieldResult(their_value, their_stamp)
    if theirs_unchanged or canonical(our_value) == canonical(their_value):
        return _FieldResult(our_value, _later(our_stamp, their_stamp))
    # A field only one side has (added there, or gone from the other by hand): keep it.
    if our_stamp is None or canonical(our_value) == _MISSING_KEY:
        return _FieldResult(their_value, their_stamp)
    if their_stamp is None or canonical(their_value) == _MISSING_KEY:
        return _FieldResult(our_value, our_stamp)
    if rule != "latest" and isinstance(our_value, list) and isinstance(their_value, list):
        if rule == "ordered":
            joined = _ordered(base_value, our_value, our_stamp, their_value, their_stamp)
        else:
            joined = merge_lists(base_value if isinstance(base_value, list) else [], our_value,
                                 their_value)
        return _FieldResult(joined, max(our_stamp, their_stamp))
    # The later change wins; equal stamps are settled by the value, so both sides agree.
    (other_stamp, _, other_value), (kept_stamp, _, kept_value) = sorted(
        [(our_stamp, canonical(our_value), our_value),
         (their_stamp, canonical(their_value), their_value)],
        key=lambda entry: (entry[0], entry[1]),
    )
    conflict = Conflict(
        id=_conflict_id(record_id, name, other_stamp, other_value),
        record_id=record_id,
        field=name,
        kept=kept_value,
        kept_stamp=kept_stamp,
        other=other_value,
        other_stamp=other_stamp,
    )
    return _FieldResult(kept_value, kept_stamp, conflict)


def _edited_since(record: Record, base: Record | None) -> bool:
    if base is None:
        return True
    return any(
        record.stamps.get(name) != base.stamps.get(name)
        or canonical(value) != canonical(base.fields.get(name, _MISSING))
        for name, value in record.fields.items()
    )


def _merged_deletion(base: Record | None, ours: Record, theirs: Record) -> Stamp | None:
    """The merged tombstone: three-way, except that an edit beats a concurrent delete."""
    base_deleted = base.deleted if base is not None else None
    if base_deleted is None and theirs.deleted is None and _edited_since(theirs, base):
        return None
    if base_deleted is None and ours.deleted is None and _edited_since(ours, base):
        return None
    if ours.deleted == base_deleted:
        return theirs.deleted
    if theirs.deleted == base_deleted:
        return ours.deleted
    if ours.deleted is None or theirs.deleted is None:
        return None  # restored on one side: keeping it is the edit that wins
    return max(ours.deleted, theirs.deleted)


def merge_records(
    base: Record | None, ours: Record, theirs: Record, registry: Registry = REGISTRY
) -> tuple[Record, list[Conflict]]:
    """One record merged field by field, each by its rule, with the conflicts it raised."""
    fields: dict[str, JsonValue] = {}
    stamps: dict[str, Stamp] = {}
    conflicts: list[Conflict] = []
    names = sorted({*ours.fields, *theirs.fields})
    for name in names:
        rule = registry.rule(ours.kind, name, ours.fields.get(name, theirs.fields.get(name)))
        result = _merge_field(ours.id, name, rule, _side(base, name), _side(ours, name),
                              _side(theirs, name))
        if canonical(result.value) != _MISSING_KEY and result.stamp is not None:
            fields[name] = result.value
            stamps[name] = result.stamp
        if result.conflict is not None:
            conflicts.append(result.conflict)
    merged = Record(
        id=ours.id,
        kind=ours.kind,
        created=min(ours.created, theirs.created),
        changed=max(ours.changed, theirs.changed),
        fields=fields,
        stamps=stamps,
        deleted=_merged_deletion(base, ours, theirs),
        extra={**theirs.extra, **ours.extra},
    )
    return merged, conflicts


def _later_conflict(first: Conflict, second: Conflict) -> Conflict:
    """Of two versions of one conflict, the one whose kept value is later: same on any side."""
    return max(first, second, key=lambda c: (c.kept_stamp, canonical(c.kept)))


def _merge_conflicts(
    base: Mapping[str, Conflict],
    ours: Mapping[str, Conflict],
    theirs: Mapping[str, Conflict],
    new: list[Conflict],
) -> dict[str, Conflict]:
    """Open conflicts: a conflict resolved on either side stays resolved."""
    resolved = (base.keys() - ours.keys()) | (base.keys() - theirs.keys())
    merged: dict[str, Conflict] = {}
    for conflict in [*ours.values(), *theirs.values(), *new]:
        if conflict.id in resolved:
            continue
        known = merged.get(conflict.id)
        merged[conflict.id] = conflict if known is None else _later_conflict(known, conflict)
    return dict(sorted(merged.items()))


def merge(base: Document, ours: Document, theirs: Document, registry: Registry = REGISTRY
          ) -> MergeOutcome:
    """Merge ``ours`` and ``theirs``, both edited from ``base``. Pure and deterministic."""
    records: dict[str, Record] = {}
    from_theirs: list[str] = []
    new_conflicts: list[Conflict] = []
    for record_id in sorted({*ours.records, *theirs.records}):
        our_record = ours.records.get(record_id)
        their_record = theirs.records.get(record_id)
        base_record = base.records.get(record_id)
        # Most records are the very objects on two sides: "is" answers before "==" would
        # build two tuples of their fields to compare.
        if our_record is not None and (their_record is None or their_record is base_record
                                       or their_record == base_record):
            records[record_id] = our_record
            continue
        if their_record is not None and (our_record is None or our_record is base_record
                                         or our_record == base_record):
            records[record_id] = their_record
            from_theirs.append(record_id)
            continue
        assert our_record is not None and their_record is not None
        merged, conflicts = merge_records(base_record, our_record, their_record, registry)
        records[record_id] = merged
        new_conflicts += conflicts
        from_theirs.append(record_id)
    base_organisation = base.organisation if base.organisation.id == ours.organisation.id else None
    organisation, conflicts = merge_records(base_organisation, ours.organisation,
                                            theirs.organisation, registry)
    new_conflicts += conflicts
    open_conflicts = _merge_conflicts(base.conflicts, ours.conflicts, theirs.conflicts,
                                      new_conflicts)
    changes: dict[str, Change] = {change.id: change for change in (*theirs.changes, *ours.changes)}
    document = Document(
        organisation=organisation,
        records=records,
        conflicts=open_conflicts,
        changes=tuple(sorted(changes.values(), key=change_order)),
        extra={**theirs.extra, **ours.extra},
    )
    return MergeOutcome(document, tuple(from_theirs), tuple(new_conflicts))

