"""Merging two copies of one data file: three-way, and without a base.

``merge(base, ours, theirs)``: ``base`` is the file both sides started from. Per record and
per field, a change on one side wins; the same change on both sides is one change. When both
sides changed a field, its kind's merge rule in the registry decides (``latest``, ``set`` or
``ordered``, see trustwork.model.fields): two different values of a ``latest`` field are a
conflict: the later change (by stamp; ties broken by who and then by value) is kept and the
other value goes into the document's conflict list, so nothing is lost and anyone can pick
it instead; lists join. An edit beats a concurrent delete. Children are records of their
own, so they never meet here as one field.

``merge_copies(ours, theirs)`` merges two copies that share no base the program knows (a
sync engine's conflicted copy, a download, a file sent back by mail): it works out, field by
field, what the two copies last had in common from what they carry (stamps and the change
log), and then decides as the three-way merge does (docs/format.md, "Merging a copy").
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from trustwork.errors import OtherOrganisationError
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
# A field on one side: its value and stamp (a side that lacks the field has neither).
Side = tuple[JsonValue, Stamp | None]


@dataclass(frozen=True)
class MergeOutcome:
    """The merged document, and what the person should be told about it."""

    document: Document
    records_from_theirs: tuple[str, ...]
    new_conflicts: tuple[Conflict, ...]
    # The change-log entries ``theirs`` brought that ``ours`` lacked (a copy's news).
    new_changes: tuple[Change, ...] = field(default=())


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


def _side(record: Record | None, name: str) -> Side:
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
    base: Side,
    ours: Side,
    theirs: Side,
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
    return _combine(ours, theirs, lambda name: _side(base, name),
                    _merged_deletion(base, ours, theirs), registry)


def _combine(ours: Record, theirs: Record, base_of: Callable[[str], Side],
             deleted: Stamp | None, registry: Registry) -> tuple[Record, list[Conflict]]:
    """Two versions of a record as one, each field decided against ``base_of(field)``."""
    fields: dict[str, JsonValue] = {}
    stamps: dict[str, Stamp] = {}
    conflicts: list[Conflict] = []
    names = sorted({*ours.fields, *theirs.fields})
    for name in names:
        rule = registry.rule(ours.kind, name, ours.fields.get(name, theirs.fields.get(name)))
        result = _merge_field(ours.id, name, rule, base_of(name), _side(ours, name),
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
        deleted=deleted,
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



# -- merging a copy, without a base ----------------------------------------------------------

_EDITS = ("create", "update")


@dataclass(frozen=True)
class _Log:
    """What one copy's change log says about some records: the entries of each record, the
    edits that set each of its fields, and the resolutions of conflicts (all records)."""

    of_record: Mapping[str, frozenset[str]]
    of_field: Mapping[tuple[str, str], frozenset[str]]
    entries: Mapping[str, Change]
    resolutions: Mapping[tuple[str, str], tuple[Change, ...]]
    ids: frozenset[str]


def _log(document: Document, record_ids: set[str]) -> _Log:
    of_record: dict[str, set[str]] = {}
    of_field: dict[tuple[str, str], set[str]] = {}
    entries: dict[str, Change] = {}
    resolutions: dict[tuple[str, str], list[Change]] = {}
    for change in document.changes:
        if change.action == "resolve":
            for name in change.fields:
                resolutions.setdefault((change.record_id, name), []).append(change)
        if change.record_id not in record_ids:
            continue
        of_record.setdefault(change.record_id, set()).add(change.id)
        entries[change.id] = change
        if change.action in _EDITS:
            for name in change.fields:
                of_field.setdefault((change.record_id, name), set()).add(change.id)
    return _Log({key: frozenset(value) for key, value in of_record.items()},
                {key: frozenset(value) for key, value in of_field.items()}, entries,
                {key: tuple(value) for key, value in resolutions.items()},
                frozenset(change.id for change in document.changes))


_NOTHING: frozenset[str] = frozenset()


def _edits_until(log: _Log, key: tuple[str, str], stamp: Stamp) -> frozenset[str]:
    """The edits of a field a copy knew when its value was set: those in its log up to the
    value's stamp. A later one in the log lost to an older value (a sync engine put an older
    file in place, and the page took it in); that edit is then in the other copy."""
    edits = log.of_field.get(key, _NOTHING)
    if all(log.entries[change_id].stamp <= stamp for change_id in edits):
        return edits
    return frozenset(change_id for change_id in edits if log.entries[change_id].stamp <= stamp)


def _common_side(record_id: str, name: str, ours: Side, theirs: Side, our_log: _Log,
                 their_log: _Log) -> Side:
    """What both copies last had in common in one field, as far as they can tell: the base
    the three-way rules then decide against.

    A copy whose log holds every edit of the field that the other's log holds knew the
    other's value when it last set the field: the other's value is the base, so the later
    side's value (a removal from a list included) wins without a conflict. Otherwise the two
    changed it independently, from the latest edit both logs hold (its logged value), or
    from nothing the merge can know."""
    our_value, our_stamp = ours
    their_value, their_stamp = theirs
    if our_stamp is None or their_stamp is None:
        return _MISSING, None  # a field one side lacks: the side that has it is kept
    if our_stamp == their_stamp and canonical(our_value) == canonical(their_value):
        return ours
    our_edits = _edits_until(our_log, (record_id, name), our_stamp)
    their_edits = _edits_until(their_log, (record_id, name), their_stamp)
    ours_knew, theirs_knew = their_edits <= our_edits, our_edits <= their_edits
    if ours_knew and (our_stamp > their_stamp or (our_stamp == their_stamp and not theirs_knew)):
        return theirs
    if theirs_knew and (their_stamp > our_stamp or (our_stamp == their_stamp and not ours_knew)):
        return ours
    common = our_edits & their_edits
    if not common:
        return _MISSING, None
    latest = max((our_log.entries[change_id] for change_id in common), key=change_order)
    if name in latest.values:
        return latest.values[name], latest.stamp
    for side in (ours, theirs):  # a value from the record's creation is never logged
        if side[1] == latest.stamp:
            return side
    return _MISSING, None


def _deletion_without_base(ours: Record, theirs: Record, our_log: _Log, their_log: _Log
                           ) -> Stamp | None:
    """A tombstone stays when its copy knew every entry the other copy's log holds for the
    record; an edit or restore it did not know beats it (as in the three-way merge)."""
    if ours.deleted == theirs.deleted:
        return ours.deleted
    if ours.deleted is not None and theirs.deleted is not None:
        return max(ours.deleted, theirs.deleted)
    deleter_log, other_log, tombstone = ((our_log, their_log, ours.deleted)
                                         if ours.deleted is not None
                                         else (their_log, our_log, theirs.deleted))
    other_entries = other_log.of_record.get(ours.id, _NOTHING)
    return tombstone if other_entries <= deleter_log.of_record.get(ours.id, _NOTHING) else None


def _resolved_elsewhere(conflict: Conflict, holder: _Log, other: _Log) -> bool:
    """Whether the copy that lacks ``conflict`` settled it: its log holds a resolution of the
    field, later than both values, that the copy still holding the conflict never saw."""
    latest = max(conflict.kept_stamp, conflict.other_stamp)
    return any(change.stamp >= latest and change.id not in holder.ids
               for change in other.resolutions.get((conflict.record_id, conflict.field), ()))


def _copies_conflicts(ours: Document, theirs: Document, our_log: _Log, their_log: _Log,
                      new: list[Conflict]) -> dict[str, Conflict]:
    merged: dict[str, Conflict] = {}
    for conflict in [*ours.conflicts.values(), *theirs.conflicts.values(), *new]:
        in_ours, in_theirs = conflict.id in ours.conflicts, conflict.id in theirs.conflicts
        if in_ours != in_theirs and _resolved_elsewhere(
                conflict, *((our_log, their_log) if in_ours else (their_log, our_log))):
            continue
        known = merged.get(conflict.id)
        merged[conflict.id] = conflict if known is None else _later_conflict(known, conflict)
    return dict(sorted(merged.items()))


def merge_copies(ours: Document, theirs: Document, registry: Registry = REGISTRY
                 ) -> MergeOutcome:
    """Merge two copies of one organisation's file without a base. Pure and deterministic;
    merging the same copy again changes nothing. Raises OtherOrganisationError when the
    copies are of two organisations."""
    if ours.organisation.id != theirs.organisation.id:
        name = theirs.organisation.fields.get("name")
        raise OtherOrganisationError(ours.organisation.id, theirs.organisation.id,
                                     name if isinstance(name, str) else "")
    differing = {record_id for record_id, record in ours.records.items()
                 if (other := theirs.records.get(record_id)) is not None
                 and other is not record and other != record}
    if ours.organisation != theirs.organisation:
        differing.add(ours.organisation.id)
    our_log, their_log = _log(ours, differing), _log(theirs, differing)

    def combined(our_record: Record, their_record: Record) -> tuple[Record, list[Conflict]]:
        record_id = our_record.id
        return _combine(
            our_record, their_record,
            lambda name: _common_side(record_id, name, _side(our_record, name),
                                      _side(their_record, name), our_log, their_log),
            _deletion_without_base(our_record, their_record, our_log, their_log), registry)

    records: dict[str, Record] = dict(ours.records)
    from_theirs: list[str] = []
    new_conflicts: list[Conflict] = []
    for record_id, their_record in theirs.records.items():
        if record_id not in ours.records:
            records[record_id] = their_record
            from_theirs.append(record_id)
        elif record_id in differing:
            merged, conflicts = combined(ours.records[record_id], their_record)
            records[record_id] = merged
            new_conflicts += conflicts
            if merged != ours.records[record_id]:
                from_theirs.append(record_id)
    organisation = ours.organisation
    if organisation.id in differing:
        organisation, conflicts = combined(ours.organisation, theirs.organisation)
        new_conflicts += conflicts
        if organisation != ours.organisation:
            from_theirs.append(organisation.id)
    new_conflicts.sort(key=lambda conflict: conflict.id)
    known_changes = our_log.ids
    brought = tuple(change for change in theirs.changes if change.id not in known_changes)
    changes: dict[str, Change] = {change.id: change for change in (*theirs.changes,
                                                                   *ours.changes)}
    document = Document(
        organisation=organisation,
        records=dict(sorted(records.items())),
        conflicts=_copies_conflicts(ours, theirs, our_log, their_log, new_conflicts),
        changes=tuple(sorted(changes.values(), key=change_order)),
        extra={**theirs.extra, **ours.extra},
    )
    fresh = tuple(conflict for conflict in new_conflicts
                  if conflict.id not in ours.conflicts and conflict.id in document.conflicts)
    return MergeOutcome(document, tuple(sorted(from_theirs)), fresh, brought)


def merge_with_file(base: Document, ours: Document, on_disk: Document,
                    registry: Registry = REGISTRY) -> MergeOutcome:
    """Merge the person's copy with the file as it is now: three-way when the file grew from
    ``base`` (its change log holds every entry of base's); without a base when something put
    another version in its place, such as a sync engine that kept the server's version and
    made this page's last save a conflicted copy. Read as grown from ``base``, that version
    would look as if someone had undone what the page saved."""
    theirs_ids = {change.id for change in on_disk.changes}
    if all(change.id in theirs_ids for change in base.changes):
        return merge(base, ours, on_disk, registry)
    return merge_copies(ours, on_disk, registry)
