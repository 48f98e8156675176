"""Merging a copy without a base, rule by rule (docs/format.md, "Merging a copy")."""

from __future__ import annotations

import pytest

from support.documents import Clock, empty_document, id_maker
from trustwork.errors import OtherOrganisationError
from trustwork.model.document import (
    Document,
    JsonValue,
    create_record,
    delete_record,
    new_document,
    resolve_conflict,
    restore_record,
    update_record,
)
from trustwork.store.merge import merge, merge_copies, merge_with_file

clock = Clock()
new_id = id_maker("copy-change-")


def shared() -> Document:
    document = empty_document(clock, new_id)
    return create_record(document, "idea", {"title": "Koffie", "status": "submitted"},
                         "idea-1", clock.stamp("ann"), new_id)


def with_team() -> Document:
    return create_record(shared(), "team", {"name": "Noord", "members": ["ann", "bob"]},
                         "team-1", clock.stamp("ann"), new_id)


def edit(document: Document, by: str, record: str = "idea-1", **fields: JsonValue) -> Document:
    return update_record(document, record, fields, clock.stamp(by), new_id)


def test_a_copy_with_changes_the_file_lacks_brings_them_without_a_conflict() -> None:
    start = shared()
    copy = edit(edit(start, "bob", status="usable"), "bob", title="Betere koffie")
    outcome = merge_copies(start, copy)
    assert outcome.document.records["idea-1"].fields == {"title": "Betere koffie",
                                                         "status": "usable"}
    assert outcome.new_conflicts == ()
    assert [change.stamp.by for change in outcome.new_changes] == ["bob", "bob"]
    assert outcome.records_from_theirs == ("idea-1",)


def test_an_older_copy_changes_nothing_in_a_file_that_went_on_from_it() -> None:
    old = shared()
    newer = edit(edit(old, "ann", title="Thee"), "bob", status="done")
    outcome = merge_copies(newer, old)
    assert outcome.document == newer
    assert outcome.new_changes == () and outcome.records_from_theirs == ()


def test_one_field_changed_on_both_copies_independently_is_a_conflict_kept_in_the_file() -> None:
    start = shared()
    ours = edit(start, "ann", title="Ann's koffie")
    theirs = edit(start, "bob", title="Bob's koffie")
    outcome = merge_copies(ours, theirs)
    assert outcome.document.records["idea-1"].fields["title"] == "Bob's koffie"
    (conflict,) = outcome.new_conflicts
    assert (conflict.kept, conflict.other) == ("Bob's koffie", "Ann's koffie")
    assert merge_copies(theirs, ours).document == outcome.document


def test_a_change_made_after_seeing_the_other_value_is_no_conflict() -> None:
    start = edit(shared(), "ann", title="Ann's koffie")
    later = edit(start, "bob", title="Bob's koffie, na die van Ann")
    assert merge_copies(start, later).new_conflicts == ()
    assert merge_copies(later, start).document.records["idea-1"].fields["title"] == (
        "Bob's koffie, na die van Ann")


def test_a_removal_from_a_list_the_other_copy_knew_stays_removed() -> None:
    start = with_team()
    ours = edit(start, "ann", "team-1", members=["ann"])
    assert merge_copies(ours, start).document.records["team-1"].fields["members"] == ["ann"]
    assert merge_copies(start, ours).document.records["team-1"].fields["members"] == ["ann"]


def test_lists_changed_on_both_copies_join_from_the_last_version_both_logs_hold() -> None:
    start = edit(with_team(), "ann", "team-1", members=["ann", "bob", "cas"])
    ours = edit(start, "ann", "team-1", members=["ann", "cas", "dirk"])  # bob out, dirk in
    theirs = edit(start, "bob", "team-1", members=["ann", "bob", "cas", "eva"])
    members = merge_copies(ours, theirs).document.records["team-1"].fields["members"]
    assert members == ["ann", "cas", "dirk", "eva"]


def test_a_removal_made_while_the_list_had_no_logged_version_in_common_comes_back() -> None:
    start = with_team()  # the members were set when the team was made: no value is logged
    ours = edit(start, "ann", "team-1", members=["ann"])
    theirs = edit(start, "bob", "team-1", members=["ann", "bob", "cas"])
    members = merge_copies(ours, theirs).document.records["team-1"].fields["members"]
    assert members == ["ann", "bob", "cas"]  # what it cannot know: docs/format.md


def test_an_edit_the_deleting_copy_did_not_know_beats_the_delete() -> None:
    start = shared()
    deleted = delete_record(start, "idea-1", clock.stamp("ann"), new_id)
    edited = edit(start, "bob", status="usable")
    for ours, theirs in ((deleted, edited), (edited, deleted)):
        record = merge_copies(ours, theirs).document.records["idea-1"]
        assert not record.is_deleted and record.fields["status"] == "usable"


def test_a_delete_of_what_the_other_copy_holds_stays_and_a_later_restore_beats_it() -> None:
    start = edit(shared(), "bob", status="usable")
    deleted = delete_record(start, "idea-1", clock.stamp("ann"), new_id)
    assert merge_copies(start, deleted).document.records["idea-1"].is_deleted
    restored = restore_record(deleted, "idea-1", clock.stamp("cas"), new_id)
    assert not merge_copies(deleted, restored).document.records["idea-1"].is_deleted
    assert not merge_copies(restored, deleted).document.records["idea-1"].is_deleted


def test_a_conflict_settled_in_one_copy_stays_settled() -> None:
    start = shared()
    both = merge(start, edit(start, "ann", title="A"), edit(start, "bob", title="B")).document
    (conflict_id,) = both.conflicts
    settled = resolve_conflict(both, conflict_id, True, clock.stamp("cas"), new_id)
    for ours, theirs in ((both, settled), (settled, both)):
        merged = merge_copies(ours, theirs).document
        assert merged.conflicts == {}
        assert merged.records["idea-1"].fields["title"] == "A"


def test_merging_a_copy_twice_changes_nothing() -> None:
    start = with_team()
    ours = edit(edit(start, "ann", title="Ann"), "ann", "team-1", members=["ann", "dirk"])
    theirs = edit(delete_record(start, "team-1", clock.stamp("bob"), new_id), "bob", title="Bob")
    once = merge_copies(ours, theirs).document
    assert merge_copies(once, theirs).document == once
    assert merge_copies(once, ours).document == once


def test_a_copy_of_another_organisation_is_refused() -> None:
    ours = shared()
    other = new_document("Andere organisatie", "organisation-other", clock.stamp("eva"), new_id)
    with pytest.raises(OtherOrganisationError) as refused:
        merge_copies(ours, other)
    assert refused.value.name == "Andere organisatie"


def test_a_file_put_back_in_place_of_the_last_save_is_merged_without_a_base() -> None:
    # A sync engine kept the server's version and made this page's save a conflicted copy:
    # read as grown from what the page saved, it would undo the page's title.
    start = shared()
    saved = edit(start, "ann", title="Ann's koffie")
    server = edit(start, "bob", status="usable")
    result = merge_with_file(saved, saved, server).document
    assert result.records["idea-1"].fields == {"title": "Ann's koffie", "status": "usable"}
    assert merge_with_file(start, saved, server).document == merge(start, saved, server).document
