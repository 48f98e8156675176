"""A save sorts into the order it last wrote only what is new: whatever was edited, merged,
prepared or written before, the text is the one a fresh sort of the same document gives."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from support.documents import Clock, empty_document, id_maker
from trustwork.commands import CreateRecord, DeleteRecord, UpdateRecord, handle
from trustwork.model.document import (
    Change,
    Conflict,
    Document,
    Record,
    Stamp,
    change_order,
    record_order,
)
from trustwork.store import codec
from trustwork.store.merge import merge, merge_copies
from trustwork.store.migrations import SCHEMA_MINOR, SCHEMA_VERSION

KINDS = ("person", "team", "idea")


def written_afresh(document: Document) -> str:
    """The text of ``document`` as if nothing had been written before (the memo is put back)."""
    remembered = codec._memo.previous, codec._memo.previous_records, codec._memo.previous_layout
    codec.forget_written_lines()
    text = codec.dumps(document)
    codec._memo.remember(*remembered)
    return text


def plainly_written(document: Document) -> str:
    """The file's layout spelled out without any memory of earlier saves: what ``dumps``
    wrote before it remembered anything, kept here to hold it to the same bytes."""
    def line(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def block(lines: list[str], indent: str) -> str:
        if not lines:
            return "[]"
        return "[\n" + ",\n".join(indent + text for text in lines) + "\n" + indent[:-1] + "]"

    by_kind: dict[str, list[Record]] = {}
    for record in document.records.values():
        by_kind.setdefault(record.kind, []).append(record)
    kinds = [f"  {line(kind)}: " + block([line(codec.record_to_dict(record)) for record
                                          in sorted(by_kind[kind], key=record_order)], "   ")
             for kind in sorted(by_kind)]
    conflicts = sorted(document.conflicts.values(), key=lambda conflict: conflict.id)
    changes = sorted(document.changes, key=change_order)
    parts = [
        f'"format": {line(codec.FORMAT)}',
        f'"schema_version": {SCHEMA_VERSION}',
        f'"schema_minor": {SCHEMA_MINOR}',
        f'"organisation": {line(codec.record_to_dict(document.organisation))}',
        '"records": {' + ("\n" + ",\n".join(kinds) + "\n " if kinds else "") + "}",
        '"conflicts": ' + block([line(codec.conflict_to_dict(c)) for c in conflicts], "  "),
        '"changes": ' + block([line(codec.change_to_dict(c)) for c in changes], "  "),
    ]
    parts += [f"{line(key)}: {line(value)}" for key, value in sorted(document.extra.items())]
    return "{\n " + ",\n ".join(parts) + "\n}\n"


def starting_document(size: int) -> Document:
    clock, ids = Clock(), iter(f"change-start-{n}" for n in range(10_000))
    document = empty_document(clock, id_maker("x"))
    for index in range(size):
        kind = KINDS[index % 3]
        document = handle(document,
                          CreateRecord(kind, f"{kind}-{index:03d}", {"name": f"n{index}"}),
                          clock.stamp("ann"), ids)
    return document


steps = st.lists(st.tuples(
    st.sampled_from(["create", "update", "delete", "same-stamp-create", "log-tie", "merge",
                     "merge-copy", "prepare", "forget-order", "drop-changes", "record-twice",
                     "record-tie", "many-new", "drop-record"]),
    st.integers(0, 10_000), st.sampled_from(["ann", "bob", "eve"])), min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 40), steps)
def test_a_remembered_order_writes_the_bytes_a_fresh_sort_writes(
        size: int, actions: list[tuple[str, int, str]]) -> None:
    codec.forget_written_lines()
    clock = Clock()
    ids = iter(f"change-{n}" for n in range(10_000))
    base = document = starting_document(size)
    codec.dumps(document)
    for step, (action, number, who) in enumerate(actions):
        records = sorted(document.records)
        target = records[number % len(records)] if records else None
        if action == "create":
            kind = KINDS[number % 3]
            document = handle(document, CreateRecord(kind, f"{kind}-new-{step}", {"n": number}),
                              clock.stamp(who), ids)
        elif action == "same-stamp-create":  # equal stamps: the ids decide the order
            stamp = Stamp("2026-01-01T00:00:00.000001Z", "ann")
            document = handle(document, CreateRecord("idea", f"idea-0{number}-{step}", {}),
                              stamp, ids)
        elif action == "update" and target is not None:
            if document.records[target].is_deleted:
                continue
            document = handle(document, UpdateRecord(target, {"name": f"v{number}"}),
                              clock.stamp(who), ids)
        elif action == "delete" and target is not None:
            if document.records[target].is_deleted:
                continue
            document = handle(document, DeleteRecord(target), clock.stamp(who), ids)
        elif action == "log-tie" and document.changes:  # a log entry twice, as a file can hold
            twin = document.changes[number % len(document.changes)]
            document = replace(document, changes=(*document.changes,
                                                  replace(twin, fields=(f"f{number}",))))
        elif action == "record-twice" and target is not None:  # one object under two keys
            document = replace(document, records={**document.records,
                                                  f"alias-{step}": document.records[target]})
        elif action == "record-tie" and target is not None:  # two records, one id
            same_id = replace(document.records[target], fields={"twin": number})
            document = replace(document, records={**document.records, f"alias-{step}": same_id})
        elif action == "many-new":  # more than a quarter new: sorted afresh
            for index in range(number % 30):
                document = handle(document, CreateRecord("team", f"team-many-{step}-{index}",
                                                         {}), clock.stamp(who), ids)
        elif action == "drop-record" and target is not None:  # as another file may lack it
            document = replace(document, records={key: record for key, record
                                                  in document.records.items() if key != target})
        elif action == "drop-changes":
            document = replace(document, changes=document.changes[number % 3:])
        elif action == "merge":
            theirs = handle(base, CreateRecord("team", f"team-theirs-{step}", {}),
                            clock.stamp("eve"), ids)
            document = merge(base, document, theirs).document
        elif action == "merge-copy":
            theirs = handle(base, CreateRecord("idea", f"idea-copy-{step}", {}),
                            clock.stamp("eve"), ids)
            document = merge_copies(document, theirs).document
        elif action == "prepare":
            codec.prepare_to_write(document)
            continue
        elif action == "forget-order":
            codec.forget_written_lines()
        text = codec.dumps(document)
        assert text == written_afresh(document) == plainly_written(document)


def test_two_log_entries_with_equal_keys_keep_the_log_s_order_as_a_fresh_sort_does() -> None:
    codec.forget_written_lines()
    document = starting_document(3)
    codec.dumps(document)
    first = document.changes[0]
    twins = (replace(first, fields=("a",)), replace(first, fields=("b",)))
    for changes in ((*document.changes, *twins), (*document.changes, *reversed(twins))):
        edited = replace(document, changes=changes)
        assert codec.dumps(edited) == written_afresh(edited)


def test_a_save_of_the_same_document_reuses_its_order_and_lines() -> None:
    codec.forget_written_lines()
    document = starting_document(30)
    text = codec.dumps(document)
    remembered = dict(codec._memo.previous)
    assert codec.dumps(document) == text
    assert all(codec._memo.previous[name] is written for name, written in remembered.items())


def test_the_memo_holds_only_what_the_last_save_wrote() -> None:
    codec.forget_written_lines()
    document = starting_document(30)
    codec.dumps(document)
    clock, ids = Clock(), iter(["change-x", "change-y"])
    later = handle(document, DeleteRecord("idea-002"), clock.stamp("bob"), ids)
    codec.dumps(later)
    held = [item for written in codec._memo.previous.values() for item in written.items]
    assert len(held) == len(later.records) + len(later.changes)
    assert document.records["idea-002"] not in held
    assert all(isinstance(item, Change) or later.records[item.id] is item for item in held)


def test_a_save_that_failed_halfway_leaves_nothing_for_the_next_to_write(
        monkeypatch: pytest.MonkeyPatch) -> None:
    codec.forget_written_lines()
    document = starting_document(9)
    codec.dumps(document)
    pilot = replace(document.records["idea-002"], id="pilot-1", kind="pilot")
    stamp = Stamp("2026-01-01T00:00:00.000001Z", "ann")
    conflict = Conflict("c", "pilot-1", "name", 1, stamp, 2, stamp)
    failing = replace(document, records={**document.records, "pilot-1": pilot},
                      conflicts={"c": conflict})
    with monkeypatch.context() as patched:
        patched.setattr(codec, "conflict_to_dict", lambda conflict: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            codec.dumps(failing)
    codec.dumps(document)
    assert codec.dumps(document) == plainly_written(document)
