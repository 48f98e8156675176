"""A save sorts into the order it last wrote only what is new: whatever was edited, merged,
prepared or written before, the text is the one a fresh sort of the same document gives."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from support.documents import Clock, empty_document, id_maker
from trustwork.commands import CreateRecord, DeleteRecord, UpdateRecord, handle
from trustwork.model.document import Change, Document, Stamp
from trustwork.store import codec
from trustwork.store.merge import merge, merge_copies

KINDS = ("person", "team", "idea")


def written_afresh(document: Document) -> str:
    """The text of ``document`` as if nothing had been written before (the memo is put back)."""
    remembered = codec._memo.previous
    codec.forget_written_lines()
    text = codec.dumps(document)
    codec._memo.remember(remembered)
    return text


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
                     "merge-copy", "prepare", "forget-order", "drop-changes"]),
    st.integers(0, 10_000), st.sampled_from(["ann", "bob", "eve"])), min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
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
        assert codec.dumps(document) == written_afresh(document)


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
