"""Property tests of the merge rules per field, over random histories of up to five people.

A kind made for the test has a field of every rule: ``title`` (the later change wins),
``tags`` (a set), ``steps`` (an ordered list), ``sealed`` (ciphertext, never logged) and
``lock`` (an object); its ``reaction`` children are records with an owner link. Each person
keeps the file as last read and their own unsaved copy; saves merge through the real codec.
Checked: everyone converges on one file, whichever side of a merge is "ours"; no edit is
lost (the latest value of every field, the order of the latest edit of an ordered list, every
item added and never removed, every child created and never deleted, every change-log
entry); ``merge(x, x, x) == x``; repeating a merge, as a save and a journal restore do,
changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import event, given
from hypothesis import strategies as st

from support.documents import Clock, empty_document, id_maker
from support.merge_kinds import REGISTRY
from trustwork.commands import (
    Command,
    CreateRecord,
    DeleteRecord,
    RestoreRecord,
    UpdateRecord,
    handle,
)
from trustwork.model.document import Document, JsonValue, Stamp
from trustwork.model.fields import ids_in
from trustwork.store import codec
from trustwork.store.merge import merge

WORDS = ("a", "b", "c", "d", "é", "<x>")
# Weighted so that people often change one list at the same time, which is where rules differ.
ACTIONS = ["title", "tag", "tag", "untag", "step", "step", "step", "unstep", "move", "move",
           "seal", "lock", "react", "unreact", "delete", "restore", "save", "save", "pull"]


@dataclass(frozen=True)
class Step:
    """One thing one person does to one of the items (or its reactions), or save, or pull."""

    action: str
    person: int
    target: int = 0
    word: str = "a"
    position: int = 0


steps = st.builds(Step, action=st.sampled_from(ACTIONS), person=st.integers(0, 4),
                  target=st.integers(0, 1), word=st.sampled_from(WORDS),
                  position=st.integers(0, 5))


@dataclass
class Person:
    base: Document
    local: Document


@dataclass
class World:
    """The shared file, the people, and what the oracle must find at the end."""

    people: int
    clock: Clock = field(default_factory=Clock)
    disk: str = ""
    persons: list[Person] = field(default_factory=list)
    latest: dict[tuple[str, str], tuple[Stamp, JsonValue]] = field(default_factory=dict)
    added: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    removed: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    reactions: set[str] = field(default_factory=set)
    unreacted: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)
    merges: list[tuple[Document, Document, Document, Document]] = field(default_factory=list)
    count: int = 0

    def __post_init__(self) -> None:
        self.new_id = id_maker("change-")
        start = empty_document(self.clock, self.new_id)
        for number in range(3):
            start = self.handle(start, CreateRecord("item", f"item-{number}", {
                "title": None, "tags": [], "steps": []}), "founder")
        self.disk = codec.dumps(start)
        self.persons = [Person(start, start) for _ in range(self.people)]

    def handle(self, document: Document, command: Command, by: str) -> Document:
        stamp = self.clock.stamp(by)
        ids = iter([self.new_id(), self.new_id()])
        return handle(document, command, stamp, ids, REGISTRY)

    def merged(self, base: Document, ours: Document, theirs: Document) -> Document:
        result = merge(base, ours, theirs, REGISTRY).document
        self.merges.append((base, ours, theirs, result))
        return result

    def apply(self, step: Step) -> None:
        person = self.persons[step.person % self.people]
        by = f"person-{step.person % self.people}"
        items = sorted(record.id for record in person.local.live("item"))
        if step.action == "save":
            return self.save(person)
        if step.action == "pull":
            theirs = codec.load(self.disk).document
            person.local = self.merged(person.base, person.local, theirs)
            person.base = theirs
            return None
        if step.action == "restore":
            gone = sorted(r.id for r in person.local.records.values()
                          if r.kind == "item" and r.is_deleted)
            if gone:
                person.local = self.handle(person.local, RestoreRecord(gone[0]), by)
            return None
        if not items:
            return None
        item_id = items[step.target % len(items)]
        fields = person.local.records[item_id].fields
        command: Command | None = None
        if step.action == "title":
            command = UpdateRecord(item_id, {"title": f"{step.word}{self.clock_tick()}"})
        elif step.action in ("tag", "untag", "step", "unstep", "move"):
            name = "tags" if step.action in ("tag", "untag") else "steps"
            current = [str(item) for item in ids_in(fields.get(name))]
            if step.action in ("tag", "step") and step.word not in current:
                current.insert(min(step.position, len(current)), step.word)
                self.added.setdefault((item_id, name), set()).add(step.word)
            elif step.action in ("untag", "unstep") and current:
                gone_word = current.pop(step.position % len(current))
                self.removed.setdefault((item_id, name), set()).add(gone_word)
            elif step.action == "move" and len(current) > 1:
                current.insert(step.position % len(current), current.pop(0))
            command = UpdateRecord(item_id, {name: list(current)})
        elif step.action == "seal":
            command = UpdateRecord(item_id, {"sealed": {"key": "k", "iv": step.word,
                                                        "data": str(self.clock_tick())}})
        elif step.action == "lock":
            command = UpdateRecord(item_id, {"lock": {"key": step.word, "n": self.clock_tick()}})
        elif step.action == "react":
            self.count += 1
            reaction = f"reaction-{self.count}"
            command = CreateRecord("reaction", reaction, {"item": item_id, "text": step.word})
            self.reactions.add(reaction)
        elif step.action == "unreact":
            mine = sorted(r.id for r in person.local.live("reaction"))
            if mine:
                command = DeleteRecord(mine[step.target % len(mine)])
                self.unreacted.add(mine[step.target % len(mine)])
        elif step.action == "delete":
            command = DeleteRecord(item_id)
            self.deleted.add(item_id)
        if command is None:
            return None
        before = person.local
        person.local = self.handle(person.local, command, by)
        if isinstance(command, UpdateRecord) and person.local is not before:
            for name, value in command.fields.items():
                self.latest[(item_id, name)] = (person.local.records[item_id].stamps[name],
                                                value)
        return None

    def clock_tick(self) -> int:
        self.count += 1
        return self.count

    def save(self, person: Person) -> None:
        theirs = codec.load(self.disk).document
        merged = self.merged(person.base, person.local, theirs)
        self.disk = codec.dumps(merged)
        person.base = person.local = codec.load(self.disk).document

    def settle(self) -> Document:
        for _ in range(2):
            for person in self.persons:
                self.save(person)
        return codec.load(self.disk).document


histories = st.tuples(st.integers(1, 5), st.lists(steps, min_size=4, max_size=40))


@given(histories)
def test_every_rule_converges_and_loses_no_edit(history: tuple[int, list[Step]]) -> None:
    people, plan = history
    world = World(people)
    every_change = set()
    for step in plan:
        world.apply(step)
        for person in world.persons:
            every_change |= {change.id for change in person.local.changes}
    final = world.settle()

    for person in world.persons:
        assert codec.dumps(person.local) == world.disk
    assert every_change <= {change.id for change in final.changes}
    touched_by_delete = world.deleted
    for (item_id, name), (_, value) in world.latest.items():
        record = final.records[item_id]
        if item_id in touched_by_delete or name in ("tags", "steps"):
            continue
        assert record.fields.get(name) == value, (item_id, name)
    for (item_id, name), words in world.added.items():
        if item_id in touched_by_delete:
            continue
        kept = final.records[item_id].fields.get(name) or []
        assert isinstance(kept, list) and len(kept) == len(set(map(str, kept)))
        for word in words - world.removed.get((item_id, name), set()):
            assert word in kept, (item_id, name, word)
    for (item_id, name), (_, value) in world.latest.items():
        if name != "steps" or item_id in touched_by_delete:
            continue
        in_order = ids_in(final.records[item_id].fields.get("steps"))
        latest_order = [word for word in ids_in(value) if word in in_order]
        assert [word for word in in_order if word in latest_order] == latest_order, item_id
    for reaction in world.reactions - world.unreacted:
        assert not final.records[reaction].is_deleted
    for reaction in world.unreacted:
        assert final.records[reaction].is_deleted
    for change in final.changes:
        if change.action == "update" and "sealed" in change.fields:
            assert "sealed" not in change.values and "sealed" not in change.before
    for conflict in final.conflicts.values():
        assert conflict.other_stamp <= conflict.kept_stamp
    event(f"conflicts: {min(len(final.conflicts), 3)}")


@given(histories)
def test_merging_twice_or_with_itself_or_the_other_way_round_changes_nothing(
        history: tuple[int, list[Step]]) -> None:
    people, plan = history
    world = World(people)
    for step in plan:
        world.apply(step)
    world.settle()
    for base, ours, theirs, result in world.merges:
        swapped = merge(base, theirs, ours, REGISTRY).document
        assert swapped.records == result.records and swapped.conflicts == result.conflicts
        assert merge(result, result, result, REGISTRY).document == result
        again = merge(base, result, theirs, REGISTRY).document
        assert again.records == result.records
        assert again.conflicts == result.conflicts
        assert merge(base, theirs, result, REGISTRY).document.records == result.records


@given(st.lists(st.sampled_from(WORDS), unique=True), st.lists(st.sampled_from(WORDS),
                                                               unique=True),
       st.lists(st.sampled_from(WORDS), unique=True))
def test_an_ordered_list_keeps_the_typed_order_of_what_only_one_side_changed(
    base: list[str], ours: list[str], theirs: list[str]
) -> None:
    from trustwork.store.merge import merge_ordered

    merged = merge_ordered(list(base), list(ours), list(theirs))
    assert len(merged) == len(set(merged))
    removed = (set(base) - set(ours)) | (set(base) - set(theirs))
    assert set(merged) == (set(ours) | set(theirs)) - removed
    kept_from_ours = [word for word in merged if word in ours]
    assert kept_from_ours == [word for word in ours if word not in removed]


def test_two_orders_of_the_same_items_with_one_stamp_merge_alike_from_either_side() -> None:
    from trustwork.store.merge import _ordered

    stamp = Stamp("2026-03-04T00:00:00.000000Z", "anonymous")
    base: list[JsonValue] = ["a", "b", "c"]
    one: list[JsonValue] = ["b", "a", "c"]
    other: list[JsonValue] = ["a", "c", "b"]
    assert _ordered(base, one, stamp, other, stamp) == _ordered(base, other, stamp, one, stamp)
