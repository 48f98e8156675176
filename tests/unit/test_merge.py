"""The three-way merge, rule by rule (see store/merge.py for the rules in prose)."""

from __future__ import annotations

from support.documents import Clock, empty_document, id_maker
from trustwork.model.document import (
    Document,
    JsonValue,
    create_record,
    delete_record,
    resolve_conflict,
    update_record,
)
from trustwork.store.merge import merge, merge_lists

clock = Clock()
new_id = id_maker("change-")


def base_with_idea() -> Document:
    document = empty_document(clock, new_id)
    return create_record(document, "idea", {"title": "Koffie", "status": "submitted",
                                            "votes": 0, "tags": ["kosten"]},
                         "idea-1", clock.stamp("ann"), new_id)


def edit(document: Document, by: str, **fields: JsonValue) -> Document:
    return update_record(document, "idea-1", fields, clock.stamp(by), new_id)


def test_a_change_on_one_side_wins() -> None:
    base = base_with_idea()
    ours = edit(base, "ann", title="Betere koffie")
    result = merge(base, ours, base).document
    assert result.records["idea-1"].fields["title"] == "Betere koffie"
    assert merge(base, base, ours).document.records["idea-1"].fields["title"] == "Betere koffie"


def test_changes_to_different_fields_both_stay() -> None:
    base = base_with_idea()
    ours = edit(base, "ann", title="Betere koffie")
    theirs = edit(base, "bob", status="usable")
    outcome = merge(base, ours, theirs)
    fields = outcome.document.records["idea-1"].fields
    assert (fields["title"], fields["status"]) == ("Betere koffie", "usable")
    assert outcome.new_conflicts == ()
    assert outcome.records_from_theirs == ("idea-1",)


def test_the_same_change_on_both_sides_is_one_change() -> None:
    base = base_with_idea()
    ours = edit(base, "ann", status="usable")
    theirs = edit(base, "bob", status="usable")
    outcome = merge(base, ours, theirs)
    assert outcome.document.records["idea-1"].fields["status"] == "usable"
    assert outcome.new_conflicts == ()


def test_different_changes_to_one_field_keep_the_later_and_record_the_other() -> None:
    base = base_with_idea()
    ours = edit(base, "ann", title="Ann's title")
    theirs = edit(base, "bob", title="Bob's title")  # later stamp
    outcome = merge(base, ours, theirs)
    assert outcome.document.records["idea-1"].fields["title"] == "Bob's title"
    (conflict,) = outcome.new_conflicts
    assert (conflict.field, conflict.kept, conflict.other) == ("title", "Bob's title",
                                                              "Ann's title")
    assert conflict.other_stamp.by == "ann"
    assert outcome.document.conflicts == {conflict.id: conflict}


def test_a_conflict_has_the_same_winner_whichever_side_merges() -> None:
    base = base_with_idea()
    ours = edit(base, "ann", title="Ann's title")
    theirs = edit(base, "bob", title="Bob's title")
    one = merge(base, ours, theirs).document
    other = merge(base, theirs, ours).document
    assert one.records == other.records
    assert one.conflicts == other.conflicts


def test_picking_the_other_value_resolves_the_conflict_as_a_new_edit() -> None:
    base = base_with_idea()
    merged = merge(base, edit(base, "ann", title="Ann's"), edit(base, "bob", title="Bob's"))
    document = merged.document
    (conflict_id,) = document.conflicts
    resolved = resolve_conflict(document, conflict_id, True, clock.stamp("cas"), new_id)
    assert resolved.records["idea-1"].fields["title"] == "Ann's"
    assert resolved.conflicts == {}
    assert resolved.history("idea-1")[-1].action == "resolve"
    kept = resolve_conflict(document, conflict_id, False, clock.stamp("cas"), new_id)
    assert kept.records["idea-1"].fields["title"] == "Bob's"


def test_a_resolved_conflict_stays_resolved_after_another_merge() -> None:
    base = base_with_idea()
    document = merge(base, edit(base, "ann", title="A"), edit(base, "bob", title="B")).document
    (conflict_id,) = document.conflicts
    resolved = resolve_conflict(document, conflict_id, False, clock.stamp("cas"), new_id)
    assert merge(document, resolved, document).document.conflicts == {}
    assert merge(document, document, resolved).document.conflicts == {}


def test_an_edit_beats_a_concurrent_delete() -> None:
    base = base_with_idea()
    deleted = delete_record(base, "idea-1", clock.stamp("ann"), new_id)
    edited = edit(base, "bob", status="usable")
    for result in (merge(base, deleted, edited), merge(base, edited, deleted)):
        record = result.document.records["idea-1"]
        assert not record.is_deleted
        assert record.fields["status"] == "usable"


def test_a_delete_without_a_concurrent_edit_stays_deleted() -> None:
    base = base_with_idea()
    deleted = delete_record(base, "idea-1", clock.stamp("ann"), new_id)
    assert merge(base, deleted, base).document.records["idea-1"].is_deleted
    assert merge(base, base, deleted).document.records["idea-1"].is_deleted


def test_records_added_on_either_side_are_all_kept() -> None:
    base = base_with_idea()
    ours = create_record(base, "idea", {"title": "Ours"}, "idea-2", clock.stamp("ann"), new_id)
    theirs = create_record(base, "team", {"name": "Rood"}, "team-9", clock.stamp("bob"), new_id)
    records = merge(base, ours, theirs).document.records
    assert set(records) == {"idea-1", "idea-2", "team-9"}


def test_list_fields_merge_as_sets_without_losing_or_duplicating() -> None:
    base = base_with_idea()
    ours = edit(base, "ann", tags=["kosten", "veiligheid"])
    theirs = edit(base, "bob", tags=["kosten", "ergonomie"])
    tags = merge(base, ours, theirs).document.records["idea-1"].fields["tags"]
    assert isinstance(tags, list)
    assert sorted(map(str, tags)) == ["ergonomie", "kosten", "veiligheid"]


def test_a_list_entry_removed_on_one_side_goes() -> None:
    assert merge_lists(["a", "b"], ["a"], ["a", "b", "c"]) == ["a", "c"]


def test_list_entries_with_a_time_are_ordered_by_time() -> None:
    first: JsonValue = {"id": "x", "at": "2026-01-01T00:00:01Z", "text": "eerste"}
    second: JsonValue = {"id": "y", "at": "2026-01-01T00:00:02Z", "text": "tweede"}
    assert merge_lists([], [second], [first]) == [first, second]


def test_the_change_logs_of_both_sides_are_joined() -> None:
    base = base_with_idea()
    ours = edit(base, "ann", title="A")
    theirs = edit(base, "bob", status="usable")
    merged = merge(base, ours, theirs).document
    assert set(merged.changes) == set(ours.changes) | set(theirs.changes)
    assert list(merged.changes) == sorted(merged.changes, key=lambda c: (c.stamp, c.id))


def test_merging_a_document_with_itself_changes_nothing() -> None:
    base = base_with_idea()
    ours = edit(base, "ann", title="A")
    assert merge(base, ours, ours).document == merge(base, ours, base).document
    assert merge(ours, ours, ours).document == ours


def test_a_field_added_on_one_side_only_is_kept_without_a_conflict() -> None:
    base = base_with_idea()
    ours = edit(base, "ann", mission="nieuw veld")
    theirs = edit(base, "bob", title="Andere titel")
    outcome = merge(base, ours, theirs)
    fields = outcome.document.records["idea-1"].fields
    assert fields["mission"] == "nieuw veld" and fields["title"] == "Andere titel"
    assert outcome.new_conflicts == ()
