"""Saving an open file: plan, merge when someone else saved, and the journal for crashes."""

from __future__ import annotations

import itertools
import json

import pytest

from support.documents import Clock, empty_document, id_maker
from trustwork.commands import (
    Command,
    CreateRecord,
    DeleteRecord,
    EditOrganisation,
    ResolveConflict,
    UpdateRecord,
    handle,
)
from trustwork.errors import NotJsonError, ReadOnlyFileError
from trustwork.model.document import Document
from trustwork.store import codec
from trustwork.store.journal import (
    Journal,
    JournalEntry,
    entry_from_text,
    entry_to_text,
    journal_from_text,
    journal_to_text,
    replay,
)
from trustwork.workspace import (
    changed_on_disk,
    edited,
    fingerprint,
    opened,
    plan_save,
    pulled,
    saved,
)

clock = Clock()
ids = (f"id-{n}" for n in itertools.count())


def act(document: Document, command: Command, by: str = "ann") -> Document:
    return handle(document, command, clock.stamp(by), ids)


def file_text() -> str:
    document = empty_document(clock, id_maker("start-"))
    document = handle(document, CreateRecord("idea", "idea-1", {"title": "Koffie"}),
                      clock.stamp("ann"), ids)
    return codec.dumps(document)


def test_saving_an_unchanged_file_writes_the_persons_copy() -> None:
    text = file_text()
    workspace = opened(text, "org.json")
    workspace = edited(workspace, act(workspace.document, EditOrganisation({"name": "Nieuw"})))
    assert workspace.unsaved == 1
    plan = plan_save(workspace, text)
    assert plan.outcome is None
    assert codec.load(plan.text).document.organisation.fields["name"] == "Nieuw"
    after = saved(workspace, plan, workspace.document, workspace.unsaved)
    assert after.unsaved == 0 and after.base_fingerprint == fingerprint(plan.text)


def test_saving_after_someone_else_saved_keeps_both_edits() -> None:
    text = file_text()
    ann, bob = opened(text, "org.json"), opened(text, "org.json")
    bob = edited(bob, act(bob.document, UpdateRecord("idea-1", {"status": "usable"}), "bob"))
    bob_plan = plan_save(bob, text)
    on_disk = bob_plan.text
    ann = edited(ann, act(ann.document, EditOrganisation({"name": "Ann's name"})))
    plan = plan_save(ann, on_disk)
    assert plan.outcome is not None and plan.outcome.records_from_theirs == ("idea-1",)
    merged = codec.load(plan.text).document
    assert merged.organisation.fields["name"] == "Ann's name"
    assert merged.records["idea-1"].fields["status"] == "usable"


def test_a_file_of_another_size_is_known_changed_without_hashing_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = file_text().encode("utf-8")
    workspace = opened(data, "org.json")
    assert not changed_on_disk(workspace, data)
    same_size = data.replace(b"Koffie", b"Thee!!")
    assert changed_on_disk(workspace, same_size)
    monkeypatch.setattr("trustwork.workspace.fingerprint", lambda content: pytest.fail("hashed"))
    assert changed_on_disk(workspace, data + b" ")


def test_a_saved_workspace_knows_the_size_and_hash_of_what_it_wrote() -> None:
    data = file_text().encode("utf-8")
    workspace = opened(data, "org.json")
    workspace = edited(workspace, act(workspace.document, EditOrganisation({"name": "Één"})))
    plan = plan_save(workspace, data)
    assert plan.data == plan.text.encode("utf-8")
    after = saved(workspace, plan, workspace.document, workspace.unsaved)
    assert after.base_size == len(plan.data)
    assert not changed_on_disk(after, plan.data)
    assert plan_save(after, plan.data).outcome is None


def test_a_file_read_as_text_is_compared_by_its_hash() -> None:
    text = file_text()
    workspace = opened(text, "org.json")
    assert not changed_on_disk(workspace, text)
    assert changed_on_disk(workspace, text + " ")


def test_a_file_that_became_unreadable_is_not_saved_over() -> None:
    workspace = opened(file_text(), "org.json")
    workspace = edited(workspace, act(workspace.document, EditOrganisation({"name": "x"})))
    with pytest.raises(NotJsonError):
        plan_save(workspace, "{ this is not json")


def test_a_file_from_a_newer_trustwork_is_never_saved() -> None:
    raw = json.loads(file_text())
    raw["schema_version"] = 2
    workspace = opened(json.dumps(raw), "org.json")
    assert workspace.read_only
    with pytest.raises(ReadOnlyFileError):
        plan_save(workspace, json.dumps(raw))


def test_changes_made_while_saving_stay_unsaved() -> None:
    text = file_text()
    workspace = opened(text, "org.json")
    workspace = edited(workspace, act(workspace.document, EditOrganisation({"name": "one"})))
    planned_from, unsaved_at_plan = workspace.document, workspace.unsaved
    plan = plan_save(workspace, text)
    workspace = edited(workspace, act(workspace.document, UpdateRecord("idea-1", {"v": 2})))
    after = saved(workspace, plan, planned_from, unsaved_at_plan)
    assert after.unsaved == 1
    assert after.document.records["idea-1"].fields["v"] == 2
    assert after.document.organisation.fields["name"] == "one"
    assert "v" not in after.base.records["idea-1"].fields


def test_pulling_takes_in_others_changes_and_keeps_mine() -> None:
    text = file_text()
    mine, theirs = opened(text, "a.json"), opened(text, "a.json")
    theirs = edited(theirs, act(theirs.document, UpdateRecord("idea-1", {"status": "done"})))
    their_text = plan_save(theirs, text).text
    mine = edited(mine, act(mine.document, EditOrganisation({"name": "mine"})))
    mine, outcome = pulled(mine, their_text)
    assert mine.document.records["idea-1"].fields["status"] == "done"
    assert mine.document.organisation.fields["name"] == "mine"
    assert mine.base_fingerprint == fingerprint(their_text) and mine.unsaved == 1
    assert outcome.records_from_theirs == ("idea-1",)


@pytest.mark.parametrize("command", [
    EditOrganisation({"name": "Nieuw <b>"}),
    CreateRecord("idea", "idea-2", {"title": "Thee", "tags": ["a"]}),
    UpdateRecord("idea-1", {"title": "Betere koffie"}),
    DeleteRecord("idea-1"),
])
def test_a_journal_entry_replays_to_exactly_the_same_document(command: Command) -> None:
    base = codec.load(file_text()).document
    entry = JournalEntry(command, clock.stamp("ann"), ("j-1", "j-2"))
    direct = handle(base, entry.command, entry.stamp, iter(entry.ids))
    assert replay(base, [entry_from_text(entry_to_text(entry))]) == (direct, 0)


def test_resolving_a_conflict_survives_the_journal() -> None:
    entry = JournalEntry(ResolveConflict("conflict-1", True), clock.stamp("ann"), ("a", "b"))
    assert entry_from_text(entry_to_text(entry)) == entry


def test_a_journal_entry_that_no_longer_applies_is_skipped_not_fatal() -> None:
    base = codec.load(file_text()).document
    gone = handle(base, DeleteRecord("idea-1"), clock.stamp("bob"), ids)
    entries = [
        JournalEntry(UpdateRecord("idea-1", {"title": "te laat"}), clock.stamp("ann"), ("x1",)),
        JournalEntry(EditOrganisation({"name": "wel"}), clock.stamp("ann"), ("x2",)),
    ]
    document, skipped = replay(gone, entries)
    assert skipped == 1 and document.organisation.fields["name"] == "wel"


def test_a_journal_survives_its_text_and_an_unreadable_one_is_empty() -> None:
    entry = JournalEntry(EditOrganisation({"name": "n"}), clock.stamp("ann"), ("a", "b"))
    journal = Journal("fp-base", (entry,), "fp-old", (entry, entry))
    assert journal_from_text(journal_to_text(journal)) == journal
    assert journal_from_text("{not json") == Journal()
