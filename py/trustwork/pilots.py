"""What pilots are beyond their fields: the page's revisions and forks, the difference between
two texts, the three-way merge of a fork, who takes part, phases and recent changes.

The kinds are declared in the registry (``trustwork.kinds``). Pure: every function takes the
document (or plain text) and returns plain data; no clock, no browser.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from trustwork.kinds import PILOT_PHASES as PHASES
from trustwork.model.document import Change, Document, Record, Stamp, change_order

PILOT = "pilot"
REVISION = "pilot_revision"
REACTION = "pilot_reaction"
PARTICIPATION = "pilot_participation"
PILOT_KINDS = (PILOT, REVISION, REACTION, PARTICIPATION)


# -- revisions and forks -----------------------------------------------------------------------

@dataclass(frozen=True)
class Revision:
    """One version of a pilot's page: numbered in the order they were written (1 is the
    first), the revision it was edited from and, for a merge, the other one it joins."""

    id: str
    number: int
    parent: str | None
    merged: str | None
    summary: str
    text: str
    stamp: Stamp


def revisions(document: Document, pilot_id: str) -> list[Revision]:
    """The page's revisions, oldest first."""
    own = [record for record in document.live(REVISION)
           if record.fields.get("pilot") == pilot_id]
    return [_revision(record, number) for number, record in enumerate(own, start=1)]


def _revision(record: Record, number: int) -> Revision:
    def text(name: str) -> str:
        value = record.fields.get(name)
        return value if isinstance(value, str) else ""

    return Revision(record.id, number, text("parent") or None, text("merged") or None,
                    text("summary"), text("text"), record.created)


def heads(history: Sequence[Revision]) -> list[Revision]:
    """The revisions nobody edited further (oldest first): one when the page did not fork."""
    continued = {link for revision in history for link in (revision.parent, revision.merged)
                 if link}
    return [revision for revision in history if revision.id not in continued]


def current(history: Sequence[Revision]) -> Revision | None:
    """The revision the page shows: the newest of its heads."""
    found = heads(history)
    return found[-1] if found else None


@dataclass(frozen=True)
class Fork:
    """Two revisions edited from one page at once (neither knew of the other), and the
    revision they last had in common (None: they share no ancestor)."""

    base: Revision | None
    ours: Revision
    theirs: Revision


def fork(history: Sequence[Revision]) -> Fork | None:
    """The page's fork, if two of its heads stand apart: the two newest, ``ours`` the newer."""
    found = heads(history)
    if len(found) < 2:
        return None
    theirs, ours = found[-2], found[-1]
    return Fork(common_ancestor(history, ours.id, theirs.id), ours, theirs)


def ancestors(history: Sequence[Revision], revision_id: str) -> set[str]:
    """A revision and every revision it was edited or merged from."""
    by_id = {revision.id: revision for revision in history}
    found: set[str] = set()
    waiting = [revision_id]
    while waiting:
        current_id = waiting.pop()
        if current_id in found or current_id not in by_id:
            continue
        found.add(current_id)
        revision = by_id[current_id]
        waiting += [link for link in (revision.parent, revision.merged) if link]
    return found


def common_ancestor(history: Sequence[Revision], first: str, second: str) -> Revision | None:
    """The newest revision both ``first`` and ``second`` descend from."""
    shared = ancestors(history, first) & ancestors(history, second)
    candidates = [revision for revision in history if revision.id in shared]
    return candidates[-1] if candidates else None


# -- the difference between two texts ----------------------------------------------------------

@dataclass(frozen=True)
class Piece:
    """Part of a changed line: ``same``, ``removed`` or ``added`` words."""

    kind: str
    text: str


@dataclass(frozen=True)
class DiffLine:
    """One line of a difference: ``same``, ``removed``, ``added``, or ``changed`` (a line
    edited in place, whose ``pieces`` say which words went and came)."""

    kind: str
    text: str = ""
    pieces: tuple[Piece, ...] = ()


_WORDS = re.compile(r"\s+|\w+|[^\w\s]")


def diff(old: str, new: str) -> list[DiffLine]:
    """What changed from ``old`` to ``new``, line by line, and word by word inside a line
    that was edited in place."""
    before, after = old.splitlines(), new.splitlines()
    lines: list[DiffLine] = []
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for tag, start, end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal":
            lines += [DiffLine("same", line) for line in before[start:end]]
            continue
        removed, added = before[start:end], after[new_start:new_end]
        paired = min(len(removed), len(added)) if tag == "replace" else 0
        lines += [_changed_line(a, b) for a, b in zip(removed[:paired], added[:paired],
                                                       strict=True)]
        lines += [DiffLine("removed", line) for line in removed[paired:]]
        lines += [DiffLine("added", line) for line in added[paired:]]
    return lines


def _changed_line(old: str, new: str) -> DiffLine:
    before, after = _WORDS.findall(old), _WORDS.findall(new)
    pieces: list[Piece] = []
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for tag, start, end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(Piece("same", "".join(before[start:end])))
            continue
        if end > start:
            pieces.append(Piece("removed", "".join(before[start:end])))
        if new_end > new_start:
            pieces.append(Piece("added", "".join(after[new_start:new_end])))
    return DiffLine("changed", new, tuple(pieces))


# -- merging a fork ----------------------------------------------------------------------------

@dataclass(frozen=True)
class MergeChunk:
    """A stretch of the merged text: taken as it is (``lines``), or where both sides edited
    the same lines differently, each side's lines (and the common parent's) to compare."""

    lines: tuple[str, ...] = ()
    conflict: bool = False
    base: tuple[str, ...] = ()
    ours: tuple[str, ...] = ()
    theirs: tuple[str, ...] = ()


@dataclass(frozen=True)
class TextMerge:
    """The three-way merge of two texts edited from one parent."""

    chunks: tuple[MergeChunk, ...]

    @property
    def clean(self) -> bool:
        return not any(chunk.conflict for chunk in self.chunks)

    @property
    def conflicts(self) -> int:
        return sum(1 for chunk in self.chunks if chunk.conflict)

    def text(self) -> str:
        """The merged text; where both sides edited the same lines, both are kept, ours
        first, so that nobody's words are lost before a person has chosen."""
        parts: list[str] = []
        for chunk in self.chunks:
            if not chunk.conflict:
                parts += chunk.lines
                continue
            parts += _ended(chunk.ours)
            parts += chunk.theirs
        return "".join(parts)


@dataclass(frozen=True)
class _Hunk:
    start: int
    end: int
    lines: tuple[str, ...]


def _hunks(base: Sequence[str], side: Sequence[str]) -> list[_Hunk]:
    matcher = SequenceMatcher(None, base, side, autojunk=False)
    return [_Hunk(start, end, tuple(side[new_start:new_end]))
            for tag, start, end, new_start, new_end in matcher.get_opcodes() if tag != "equal"]


def merge_text(base: str, ours: str, theirs: str) -> TextMerge:
    """Both sides' edits of ``base`` in one text: edits of different lines are both taken;
    where both edited the same lines (or inserted at the same place) differently, the chunk
    is a conflict holding both. Lines keep their line ends, so the text comes back as typed.
    """
    base_lines = base.splitlines(keepends=True)
    ours_lines, theirs_lines = ours.splitlines(keepends=True), theirs.splitlines(keepends=True)
    tagged = sorted([(hunk, 0) for hunk in _hunks(base_lines, ours_lines)]
                    + [(hunk, 1) for hunk in _hunks(base_lines, theirs_lines)],
                    key=lambda item: (item[0].start, item[0].end, item[1]))
    chunks: list[MergeChunk] = []
    position, index = 0, 0
    while index < len(tagged):
        group = [tagged[index]]
        start, end = tagged[index][0].start, tagged[index][0].end
        index += 1
        while index < len(tagged) and _overlaps(tagged[index][0], start, end, group):
            group.append(tagged[index])
            end = max(end, tagged[index][0].end)
            index += 1
        if start > position:
            chunks.append(MergeChunk(tuple(base_lines[position:start])))
        sides = [[hunk for hunk, side in group if side == wanted] for wanted in (0, 1)]
        texts = [_side_text(base_lines, hunks, start, end) if hunks else None
                 for hunks in sides]
        if texts[0] is None or texts[1] is None or texts[0] == texts[1]:
            taken = texts[0] if texts[0] is not None else texts[1]
            chunks.append(MergeChunk(tuple(taken or ())))
        else:
            chunks.append(MergeChunk(conflict=True, base=tuple(base_lines[start:end]),
                                     ours=tuple(texts[0]), theirs=tuple(texts[1])))
        position = end
    if position < len(base_lines):
        chunks.append(MergeChunk(tuple(base_lines[position:])))
    return TextMerge(tuple(chunk for chunk in chunks if chunk.conflict or chunk.lines))


def _overlaps(hunk: _Hunk, start: int, end: int, group: Sequence[tuple[_Hunk, int]]) -> bool:
    """Whether ``hunk`` touches the group's stretch of base lines: it starts inside it, or
    at its end where one of them only inserts (two insertions at one place, or an insertion
    right after an edited line, cannot be ordered without asking)."""
    if hunk.start < end:
        return True
    inserts = hunk.start == hunk.end or any(other.start == other.end == end
                                            for other, _ in group)
    return hunk.start == end and inserts


def _side_text(base: Sequence[str], hunks: Iterable[_Hunk], start: int, end: int) -> list[str]:
    """One side's version of ``base[start:end]``, given its edits inside that stretch."""
    lines: list[str] = []
    position = start
    for hunk in hunks:
        lines += base[position:hunk.start]
        lines += hunk.lines
        position = hunk.end
    lines += base[position:end]
    return lines


def _ended(lines: Sequence[str]) -> list[str]:
    """``lines`` with a line end after the last, so the next side starts on its own line."""
    if lines and not lines[-1].endswith(("\n", "\r")):
        return [*lines[:-1], lines[-1] + "\n"]
    return list(lines)


# -- taking part -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    """A person joined (``joined``) or left a pilot, at ``stamp``."""

    person: str
    joined: bool
    stamp: Stamp


def participation(document: Document, pilot_id: str) -> list[Step]:
    """Every join and leave of a pilot, oldest first: the history is never rewritten."""
    steps = []
    for record in document.live(PARTICIPATION):
        person = record.fields.get("person")
        if record.fields.get("pilot") == pilot_id and isinstance(person, str):
            steps.append(Step(person, record.fields.get("joined") is True, record.created))
    return steps


def participants(steps: Iterable[Step]) -> list[str]:
    """Who takes part now: each person's last step was a join (in the order they joined)."""
    taking_part: dict[str, bool] = {}
    for step in steps:
        taking_part.pop(step.person, None)
        taking_part[step.person] = step.joined
    return [person for person, joined in taking_part.items() if joined]


def reactions(document: Document, pilot_id: str) -> list[Record]:
    """The reactions to a pilot and the answers to them, oldest first."""
    return [record for record in document.live(REACTION)
            if record.fields.get("pilot") == pilot_id]


def reacted_without_taking_part(document: Document, pilot_id: str,
                                taking_part: Iterable[str]) -> int:
    """How many people reacted to a pilot without taking part in it."""
    authors = {record.created.by for record in reactions(document, pilot_id)}
    return len(authors - set(taking_part))


# -- phases and recent changes -----------------------------------------------------------------

@dataclass(frozen=True)
class PhaseStep:
    """When a pilot came into a phase."""

    phase: str
    at: str


def phase_of(record: Record) -> str:
    value = record.fields.get("phase")
    return value if isinstance(value, str) and value in PHASES else PHASES[0]


def next_phase(phase: str) -> str | None:
    index = PHASES.index(phase) if phase in PHASES else 0
    return PHASES[index + 1] if index + 1 < len(PHASES) else None


def phase_steps(document: Document, pilot: Record) -> list[PhaseStep]:
    """When the pilot came into each of its phases, from its change log (oldest first)."""
    updates = [change for change in sorted(document.history(pilot.id), key=change_order)
               if change.action == "update" and "phase" in change.values]
    first = updates[0].before.get("phase") if updates else pilot.fields.get("phase")
    steps = [PhaseStep(first if isinstance(first, str) and first in PHASES else PHASES[0],
                       pilot.created.at)]
    for change in updates:
        phase = change.values["phase"]
        if isinstance(phase, str) and phase in PHASES and phase != steps[-1].phase:
            steps.append(PhaseStep(phase, change.stamp.at))
    return steps


@dataclass(frozen=True)
class PilotChange:
    """One entry of the pilots' recent changes, with the pilot it belongs to."""

    change: Change
    pilot_id: str
    what: str  # created, edited, page, reaction, joined, left, phase, deleted, restored
    detail: str = ""  # the phase a pilot came into


def pilot_of(document: Document, record: Record) -> str:
    if record.kind == PILOT:
        return record.id
    owner = record.fields.get("pilot")
    return owner if isinstance(owner, str) else ""


def recent_changes(document: Document, following: Iterable[str] | None = None,
                   limit: int = 100) -> list[PilotChange]:
    """The newest changes of pilots, their pages, reactions and participation, newest first;
    with ``following``, only those of the pilots a person follows."""
    wanted = set(following) if following is not None else None
    found: list[PilotChange] = []
    for change in sorted(document.changes, key=change_order, reverse=True):
        if change.kind not in PILOT_KINDS:
            continue
        record = document.records.get(change.record_id)
        if record is None:
            continue
        pilot_id = pilot_of(document, record)
        if wanted is not None and pilot_id not in wanted:
            continue
        found.append(_pilot_change(change, record, pilot_id))
        if len(found) >= limit:
            break
    return found


def _pilot_change(change: Change, record: Record, pilot_id: str) -> PilotChange:
    if change.action == "delete":
        return PilotChange(change, pilot_id, "deleted")
    if change.action == "restore":
        return PilotChange(change, pilot_id, "restored")
    if record.kind == REVISION:
        return PilotChange(change, pilot_id, "page")
    if record.kind == REACTION:
        return PilotChange(change, pilot_id, "reaction")
    if record.kind == PARTICIPATION:
        return PilotChange(change, pilot_id, "joined" if record.fields.get("joined") is True
                           else "left")
    phase = change.values.get("phase")
    if change.action == "update" and isinstance(phase, str):
        return PilotChange(change, pilot_id, "phase", phase)
    return PilotChange(change, pilot_id, "created" if change.action == "create" else "edited")
