"""A kind declared anonymous keeps no trace of who added a record or when, beyond the day:
not in the saved file's bytes, not in the change log, not in the browser's journal, and not
in the order of the records in the file. Tested with a kind made for the test."""

from __future__ import annotations

import itertools

from support.documents import Clock, empty_document, id_maker
from trustwork.commands import CreateRecord, DeleteRecord, UpdateRecord, handle
from trustwork.model.document import Document, Stamp
from trustwork.model.fields import Area, FieldSpec, KindSpec, Registry
from trustwork.store import codec
from trustwork.store.journal import entry_to_text, new_entry
from trustwork.store.merge import merge

VOTE = KindSpec("vote", "scan", (FieldSpec("round", "text"), FieldSpec("score", "number")),
                title="round", anonymous=True)
NOTE = KindSpec("note", "scan", (FieldSpec("text", "text"),), title="text")
REGISTRY = Registry((VOTE, NOTE), (Area("scan", "·"),))
ANN, BOB = "person-ann-7f3a", "person-bob-91c2"


def vote(document: Document, record_id: str, score: int, stamp: Stamp) -> Document:
    ids = iter(["change-1", "change-2"])
    return handle(document, CreateRecord("vote", record_id, {"round": "r1", "score": score}),
                  stamp, ids, REGISTRY)


def test_the_saved_file_holds_no_person_no_time_of_day_and_no_log_of_an_anonymous_kind() -> None:
    clock, new_id = Clock(), id_maker("c")
    document = empty_document(clock, new_id)
    # Voted first by Ann, later by Bob; Bob's id sorts first, so file order is not vote order.
    document = vote(document, "vote-zz", 5, Stamp("2026-03-04T13:45:12.123456Z", ANN))
    document = vote(document, "vote-aa", 2, Stamp("2026-03-04T15:02:59.000001Z", BOB))
    document = handle(document, UpdateRecord("vote-aa", {"score": 3}),
                      Stamp("2026-03-04T16:00:00.000000Z", BOB), iter(["c-9"]), REGISTRY)
    log_before = len(document.changes)
    text = codec.dumps(document)
    for trace in (ANN, BOB, "13:45", "15:02", "16:00"):
        assert trace not in text
    assert text.index("vote-aa") < text.index("vote-zz")
    assert all(change.kind != "vote" for change in document.changes)
    assert '"2026-03-04T00:00:00.000000Z"' in text
    loaded = codec.load(text).document
    assert {r.id: r.fields["score"] for r in loaded.live("vote")} == {"vote-aa": 3, "vote-zz": 5}
    assert len(loaded.changes) == log_before
    # A kind that is not anonymous is logged under its person, as always.
    noted = handle(loaded, CreateRecord("note", "note-1", {"text": "hi"}),
                   Stamp("2026-03-04T17:00:00.000000Z", ANN), iter(["c-10"]), REGISTRY)
    assert ANN in codec.dumps(noted) and len(noted.changes) == log_before + 1


def test_the_journal_keeps_an_anonymous_command_without_the_person_or_the_time() -> None:
    document = empty_document(Clock(), id_maker("c"))
    command = CreateRecord("vote", "vote-1", {"round": "r1", "score": 4})
    entry = new_entry(document, command, Stamp("2026-03-04T13:45:12.123456Z", ANN),
                      ("change-1", "change-2"), REGISTRY)
    text = entry_to_text(entry)
    assert ANN not in text and "13:45" not in text
    deleted = new_entry(vote(document, "vote-1", 4, entry.stamp), DeleteRecord("vote-1"),
                        Stamp("2026-03-05T09:10:11.000000Z", BOB), ("change-3",), REGISTRY)
    assert BOB not in entry_to_text(deleted) and "09:10" not in entry_to_text(deleted)


def test_votes_from_two_laptops_merge_to_the_right_totals_and_merging_twice_adds_nothing(
) -> None:
    clock, new_id = Clock(), id_maker("c")
    base = empty_document(clock, new_id)
    counter = itertools.count()
    laptop_a, laptop_b = base, base
    for score in (1, 2, 3):
        laptop_a = vote(laptop_a, f"vote-a{next(counter)}", score, clock.stamp(ANN))
    for score in (4, 5):
        laptop_b = vote(laptop_b, f"vote-b{next(counter)}", score, clock.stamp(BOB))
    merged = merge(base, laptop_a, laptop_b, REGISTRY).document
    again = merge(laptop_a, merged, laptop_b, REGISTRY).document
    for document in (merged, again):
        assert sorted(str(r.fields["score"]) for r in document.live("vote")) == list("12345")
    text = codec.dumps(again)
    assert ANN not in text and BOB not in text
