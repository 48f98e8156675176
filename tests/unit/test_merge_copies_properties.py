"""Property test of merging copies without a base, on a simulated sync engine.

Up to eight people share one file through a sync engine (OneDrive, Dropbox, Syncthing...).
Each has the file open in a page (the file as last read, and their unsaved copy) and a
replica of the synced folder on their own disk. They edit, save into their own replica (the
page's three-way merge when the replica changed meanwhile), and the engine syncs a replica
at random moments: it uploads a replica that changed while the server did not, downloads
when only the server changed, and when both changed it keeps the server's version and turns
the replica's into a conflicted copy. People merge copies into their open file (any copy,
in any order, a copy more than once) and save. At the end everyone saves and syncs, every
copy is merged once more, and everyone takes in the result.

Checked: every replica and every page hold the same file; no edit is lost (the latest value
of every field, every item added to a list and never removed, every reaction created and
never deleted, every change-log entry, every value that lost a conflict kept as one);
merging a copy changes nothing the second time, and does the same whichever side is "ours".
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
from trustwork.store.merge import canonical, merge_copies, merge_with_file

WORDS = ("a", "b", "c", "d", "é")
ACTIONS = ["title", "title", "tag", "tag", "untag", "step", "step", "unstep", "move",
           "seal", "react", "unreact", "delete", "restore",
           "save", "save", "save", "sync", "sync", "sync", "pull", "merge-copy", "merge-copy"]


@dataclass(frozen=True)
class Step:
    action: str
    person: int
    target: int = 0
    word: str = "a"
    position: int = 0


steps = st.builds(Step, action=st.sampled_from(ACTIONS), person=st.integers(0, 7),
                  target=st.integers(0, 2), word=st.sampled_from(WORDS),
                  position=st.integers(0, 5))


@dataclass
class Person:
    base: Document  # the file as the page last read or wrote it
    local: Document  # the page's copy, with unsaved changes
    replica: str  # the file in this person's synced folder
    synced: int  # the server's version the replica last matched
    changed: bool = False  # the replica changed since the engine last synced it


@dataclass
class Engine:
    """The server, the people, their conflicted copies, and what the oracle must find."""

    people: int
    clock: Clock = field(default_factory=Clock)
    server: str = ""
    version: int = 0
    persons: list[Person] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)
    latest: dict[tuple[str, str], tuple[Stamp, JsonValue]] = field(default_factory=dict)
    added: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    removed: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    reactions: set[str] = field(default_factory=set)
    unreacted: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)
    losers: set[str] = field(default_factory=set)  # conflicts ever opened, by id
    copy_merges: list[tuple[Document, Document, Document]] = field(default_factory=list)
    count: int = 0

    def __post_init__(self) -> None:
        self.new_id = id_maker("change-")
        start = empty_document(self.clock, self.new_id)
        for number in range(3):
            start = self.handle(start, CreateRecord("item", f"item-{number}", {
                "title": None, "tags": [], "steps": []}), "founder")
        self.server = codec.dumps(start)
        self.persons = [Person(start, start, self.server, 0) for _ in range(self.people)]

    def handle(self, document: Document, command: Command, by: str) -> Document:
        ids = iter([self.new_id(), self.new_id()])
        return handle(document, command, self.clock.stamp(by), ids, REGISTRY)

    def tick(self) -> int:
        self.count += 1
        return self.count

    # -- what the page does -------------------------------------------------------------

    def save(self, person: Person) -> None:
        """The page's save into the person's own replica: merge when it changed (without a
        base when the engine put the server's version in place of the page's last save)."""
        on_disk = codec.load(person.replica).document
        written = merge_with_file(person.base, person.local, on_disk, REGISTRY).document
        self.note_conflicts(written)
        text = codec.dumps(written)
        if text != person.replica:
            person.replica, person.changed = text, True
        person.base = person.local = codec.load(text).document

    def pull(self, person: Person) -> None:
        on_disk = codec.load(person.replica).document
        person.local = merge_with_file(person.base, person.local, on_disk, REGISTRY).document
        person.base = on_disk

    def merge_copy(self, person: Person, copy: str) -> None:
        theirs = codec.load(copy).document
        ours = person.local
        result = merge_copies(ours, theirs, REGISTRY).document
        self.copy_merges.append((ours, theirs, result))
        self.note_conflicts(result)
        person.local = result
        self.save(person)

    def note_conflicts(self, document: Document) -> None:
        self.losers |= set(document.conflicts)

    # -- what the engine does -----------------------------------------------------------

    def sync(self, person: Person) -> None:
        if person.changed and person.synced == self.version:
            self.version += 1
            self.server = person.replica
        elif person.changed:
            self.copies.append(person.replica)  # "organisatie (conflicted copy ...).json"
            person.replica = self.server
        else:
            person.replica = self.server
        person.synced, person.changed = self.version, False

    # -- one step -------------------------------------------------------------------------

    def apply(self, step: Step) -> None:
        person = self.persons[step.person % self.people]
        if step.action == "save":
            return self.save(person)
        if step.action == "sync":
            return self.sync(person)
        if step.action == "pull":
            return self.pull(person)
        if step.action == "merge-copy":
            if self.copies:
                self.merge_copy(person, self.copies[step.target % len(self.copies)])
            return None
        return self.edit(person, step)

    def edit(self, person: Person, step: Step) -> None:
        by = f"person-{step.person % self.people}"
        if step.action == "restore":
            gone = sorted(r.id for r in person.local.records.values()
                          if r.kind == "item" and r.is_deleted)
            if gone:
                person.local = self.handle(person.local, RestoreRecord(gone[0]), by)
            return
        items = sorted(record.id for record in person.local.live("item"))
        if not items:
            return
        item_id = items[step.target % len(items)]
        fields = person.local.records[item_id].fields
        command: Command | None = None
        if step.action == "title":
            command = UpdateRecord(item_id, {"title": f"{step.word}{self.tick()}"})
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
            command = UpdateRecord(item_id, {"sealed": {"key": "k", "data": str(self.tick())}})
        elif step.action == "react":
            reaction = f"reaction-{self.tick()}"
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
            return
        before = person.local
        person.local = self.handle(person.local, command, by)
        if isinstance(command, UpdateRecord) and person.local is not before:
            for name, value in command.fields.items():
                self.latest[(item_id, name)] = (person.local.records[item_id].stamps[name],
                                                value)

    def settle(self, order: list[int]) -> Document:
        """Everyone saves and syncs; one person merges every copy, in ``order``; everyone
        syncs and takes in the result."""
        for person in self.persons:
            self.save(person)
            self.sync(person)
        merger = self.persons[0]
        self.sync(merger)
        self.pull(merger)
        for index in order if self.copies else ():
            self.merge_copy(merger, self.copies[index % len(self.copies)])
        for index in range(len(self.copies)):  # every copy, whatever the order left out
            self.merge_copy(merger, self.copies[index])
        self.sync(merger)
        for person in self.persons:
            self.sync(person)
            self.pull(person)
        return codec.load(self.server).document


histories = st.tuples(st.integers(1, 8), st.lists(steps, min_size=10, max_size=80),
                      st.lists(st.integers(0, 30), max_size=6))


@given(histories)
def test_copies_of_a_synced_file_merge_back_into_one_file_and_lose_no_edit(
        history: tuple[int, list[Step], list[int]]) -> None:
    people, plan, order = history
    engine = Engine(people)
    every_change: set[str] = set()
    for step in plan:
        engine.apply(step)
        for person in engine.persons:
            every_change |= {change.id for change in person.local.changes}
    final = engine.settle(order)
    text = codec.dumps(final)

    for person in engine.persons:
        assert person.replica == text
        assert codec.dumps(person.local) == text
    assert every_change <= {change.id for change in final.changes}
    for (item_id, name), (_, value) in engine.latest.items():
        if item_id in engine.deleted or name in ("tags", "steps"):
            continue
        assert final.records[item_id].fields.get(name) == value, (item_id, name)
    for (item_id, name), words in engine.added.items():
        if item_id in engine.deleted:
            continue
        kept = ids_in(final.records[item_id].fields.get(name))
        assert len(kept) == len(set(kept))
        for word in words - engine.removed.get((item_id, name), set()):
            assert word in kept, (item_id, name, word)
    for reaction in engine.reactions - engine.unreacted:
        assert not final.records[reaction].is_deleted, reaction
    for reaction in engine.unreacted:
        assert final.records[reaction].is_deleted, reaction
    # Nobody settles a conflict here: every value that ever lost one is still offered.
    assert engine.losers <= set(final.conflicts)
    for conflict in final.conflicts.values():
        assert conflict.other_stamp <= conflict.kept_stamp
    event(f"conflicted copies: {min(len(engine.copies), 4)}")
    event(f"conflicts: {min(len(final.conflicts), 3)}")


@given(histories)
def test_merging_a_copy_twice_or_the_other_way_round_changes_nothing(
        history: tuple[int, list[Step], list[int]]) -> None:
    people, plan, order = history
    engine = Engine(people)
    for step in plan:
        engine.apply(step)
    engine.settle(order)
    for ours, theirs, result in engine.copy_merges:
        assert merge_copies(result, theirs, REGISTRY).document == result
        assert merge_copies(result, result, REGISTRY).document == result
        swapped = merge_copies(theirs, ours, REGISTRY).document
        assert swapped.records == result.records
        assert swapped.conflicts == result.conflicts
        assert canonical(codec.dumps(swapped)) == canonical(codec.dumps(result))
