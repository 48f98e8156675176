"""Property tests of saving and merging: random histories of up to five people sharing one file.

Each person (replica) keeps the file as last read (``base``) and their own copy with
unsaved edits (``local``). Saving merges ``local`` with the file as it is now and writes
the result through the real codec; pulling merges the file in without writing. With one
clock for everyone, the rule "the later change wins" gives an oracle: after everybody has
saved and pulled, every field of a record nobody deleted holds its latest edit, everyone
holds the same document, and no change-log entry is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import event, given
from hypothesis import strategies as st

from support.documents import Clock, empty_document, id_maker
from trustwork.model.document import (
    Document,
    JsonValue,
    Stamp,
    create_record,
    delete_record,
    update_record,
)
from trustwork.store import codec
from trustwork.store.merge import merge

FIELDS = ("title", "status", "owner")
VALUES = st.one_of(st.integers(0, 3), st.sampled_from(["a", "b", "é", "<x>"]), st.none())

ACTIONS = ["edit", "edit", "edit", "create", "delete", "save", "save", "pull"]


@dataclass(frozen=True)
class Step:
    """One thing one person does: edit a field, create, delete, save, or pull the file in."""

    action: str
    person: int
    target: int = 0
    field: str = "title"
    value: JsonValue = None


operation = st.builds(
    Step,
    action=st.sampled_from(ACTIONS),
    person=st.integers(0, 4),
    target=st.integers(0, 5),
    field=st.sampled_from(FIELDS),
    value=VALUES,
)


@dataclass
class Replica:
    base: Document
    local: Document


@dataclass
class World:
    """The shared file, the people, and what the oracle needs to know."""

    people: int
    clock: Clock = field(default_factory=Clock)
    disk: str = ""
    replicas: list[Replica] = field(default_factory=list)
    latest: dict[tuple[str, str], tuple[Stamp, JsonValue]] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    created: int = 0

    def __post_init__(self) -> None:
        self.make_id = id_maker("change-")
        start = empty_document(self.clock, self.make_id)
        # Three records everyone has from the start, so concurrent edits meet often.
        for _ in range(3):
            self.created += 1
            record_id = f"record-{self.created}"
            stamp = self.clock.stamp("founder")
            start = create_record(start, "idea", dict.fromkeys(FIELDS), record_id, stamp,
                                  self.make_id)
            for name in FIELDS:
                self.latest[(record_id, name)] = (stamp, None)
        self.disk = codec.dumps(start)
        self.replicas = [Replica(start, start) for _ in range(self.people)]

    def apply(self, step: Step) -> None:
        replica = self.replicas[step.person % self.people]
        by = f"person-{step.person % self.people}"
        live = sorted(r.id for r in replica.local.records.values() if not r.is_deleted)
        if step.action == "create":
            self.created += 1
            record_id = f"record-{self.created}"
            stamp = self.clock.stamp(by)
            replica.local = create_record(replica.local, "idea", dict.fromkeys(FIELDS),
                                          record_id, stamp, self.make_id)
            for name in FIELDS:
                self.latest[(record_id, name)] = (stamp, None)
        elif step.action == "edit" and live:
            record_id = live[step.target % len(live)]
            stamp = self.clock.stamp(by)
            before = replica.local
            replica.local = update_record(replica.local, record_id, {step.field: step.value},
                                          stamp, self.make_id)
            if replica.local is not before:
                self.latest[(record_id, step.field)] = (stamp, step.value)
        elif step.action == "delete" and live:
            record_id = live[step.target % len(live)]
            replica.local = delete_record(replica.local, record_id, self.clock.stamp(by),
                                          self.make_id)
            self.deleted.add(record_id)
        elif step.action == "save":
            self.save(replica)
        elif step.action == "pull":
            theirs = codec.load(self.disk).document
            replica.local = merge(replica.base, replica.local, theirs).document
            replica.base = theirs

    def save(self, replica: Replica) -> None:
        theirs = codec.load(self.disk).document
        merged = merge(replica.base, replica.local, theirs).document
        self.disk = codec.dumps(merged)
        replica.base = replica.local = codec.load(self.disk).document

    def settle(self) -> Document:
        for _ in range(2):
            for replica in self.replicas:
                self.save(replica)
        return codec.load(self.disk).document


histories = st.tuples(st.integers(1, 5), st.lists(operation, max_size=40))


@given(histories)
def test_everyone_converges_on_the_latest_edit_of_every_field(
    history: tuple[int, list[Step]],
) -> None:
    people, steps = history
    world = World(people)
    all_changes = set()
    for step in steps:
        world.apply(step)
        for replica in world.replicas:
            all_changes |= set(replica.local.changes)
    final = world.settle()

    for replica in world.replicas:
        assert codec.dumps(replica.local) == world.disk
    for (record_id, name), (_, value) in world.latest.items():
        if record_id not in world.deleted:
            record = final.records[record_id]
            assert not record.is_deleted
            assert record.fields[name] == value, (record_id, name)
    assert all_changes <= set(final.changes)
    for conflict in final.conflicts.values():
        assert conflict.other_stamp <= conflict.kept_stamp
    event(f"conflicts: {min(len(final.conflicts), 3)}")


documents = st.tuples(st.integers(1, 5), st.lists(operation, max_size=25))


@given(documents, st.integers(0, 4))
def test_merging_is_idempotent_and_does_not_depend_on_which_side_is_ours(
    history: tuple[int, list[Step]], first: int
) -> None:
    people, steps = history
    world = World(people)
    for step in steps:
        world.apply(step)
    base = world.replicas[first % people].base
    ours = world.replicas[first % people].local
    theirs = codec.load(world.disk).document
    one = merge(base, ours, theirs).document
    other = merge(base, theirs, ours).document
    assert one.records == other.records
    assert one.conflicts == other.conflicts
    assert set(one.changes) == set(other.changes)
    assert merge(one, one, one).document == one
    assert merge(base, one, one).document.records == one.records
