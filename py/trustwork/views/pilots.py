"""What the pilots area shows beyond the generic lists and pages: a pilot's wiki page with its
revisions, fork and merge, reactions, who takes part, phases and evaluation; an old revision;
the difference between two revisions; and the pilots' recent changes. Plain data for the
templates; pure (who this browser is, what it follows and when it last looked come in the
``AppView``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from markupsafe import Markup

from trustwork.model.document import Document, Record
from trustwork.overview import label, person_name
from trustwork.pilots import (
    PILOT,
    REVISION,
    DiffLine,
    Fork,
    PhaseStep,
    Revision,
    Step,
    TextMerge,
    current,
    diff,
    fork,
    merge_text,
    next_phase,
    participants,
    participation,
    phase_of,
    phase_steps,
    reacted_without_taking_part,
    reactions,
    recent_changes,
    revisions,
)
from trustwork.views import records
from trustwork.views.markdown import markdown
from trustwork.views.records import RecordPage

if TYPE_CHECKING:
    from trustwork.views import AppView

RECENT = "recent"
FOLLOWED = "followed"
DIFF = "diff"


@dataclass(frozen=True)
class ShownRevision:
    """A revision as the page lists it: who wrote it, and the one before it to compare."""

    revision: Revision
    who: str
    previous: str | None


@dataclass(frozen=True)
class ShownReaction:
    """A reaction or answer: who wrote it, whether they take part, when, and its text."""

    id: str
    who: str
    takes_part: bool
    at: str
    text: str
    answers: tuple[ShownReaction, ...] = ()


@dataclass(frozen=True)
class ShownStep:
    """A join or leave, for the pilot's participation history."""

    who: str
    joined: bool
    at: str


@dataclass(frozen=True)
class ShownFork:
    """A forked page: the two revisions, their common parent, and the merge of the two."""

    fork: Fork
    ours_who: str
    theirs_who: str
    merge: TextMerge
    text: str


@dataclass(frozen=True)
class PilotPage:
    """Everything a pilot's page shows beyond its fields."""

    phase: str
    phases: tuple[PhaseStep, ...]
    next_phase: str | None
    current: Revision | None
    html: Markup
    revisions: tuple[ShownRevision, ...]  # newest first
    fork: ShownFork | None
    taking_part: tuple[str, ...]  # names
    reacted_only: int
    steps: tuple[ShownStep, ...]  # newest first
    reactions: tuple[ShownReaction, ...]
    me: str | None  # this browser's person, if it said who it is
    me_takes_part: bool
    following: bool


@dataclass(frozen=True)
class RevisionPage:
    """An old revision: its text as it was, and how it stands to the page now."""

    revision: Revision
    who: str
    pilot: str
    pilot_name: str
    html: Markup
    current: Revision | None
    read_only: bool = True  # a revision is never edited: a new one is written instead


@dataclass(frozen=True)
class DiffPage:
    """The difference between two revisions of one pilot's page."""

    pilot: str
    pilot_name: str
    old: Revision
    new: Revision
    lines: tuple[DiffLine, ...]
    revisions: tuple[Revision, ...]


@dataclass(frozen=True)
class RecentRow:
    """One line of the pilots' recent changes."""

    at: str
    who: str
    what: str
    detail: str
    pilot: str
    pilot_name: str
    new: bool


@dataclass(frozen=True)
class RecentPage:
    """The pilots' recent changes, all or only of the pilots followed."""

    rows: tuple[RecentRow, ...]
    followed_only: bool
    new: int
    seen: str
    following: int


def area_context(view: AppView, document: Document) -> dict[str, object]:
    """The pilots area: the generic lists and pages, with a pilot's page, a revision, a
    difference and the recent changes in full."""
    page = view.page
    if page == RECENT or page.startswith(RECENT + "/"):
        context = _empty()
        context["recent"] = recent_page(document, page.endswith("/" + FOLLOWED),
                                        view.following, view.pilots_seen)
        return context
    record_id, _, rest = page.partition("/")
    if rest:
        context = _empty()
        context["diff"] = diff_page(document, record_id, rest.split("/"))
        if context["diff"] is None:
            context["missing"] = page
        return context
    context = records.area_context(view, document)
    context["recent"] = None
    context["diff"] = None
    found = context["record"]
    if isinstance(found, RecordPage):
        context["record"] = replace(found, children=(), extras=_extras(view, document, found))
    return context


def _empty() -> dict[str, object]:
    return {"sections": [], "record": None, "new": None, "missing": None, "choices": {},
            "recent": None, "diff": None}


def _extras(view: AppView, document: Document, page: RecordPage) -> Mapping[str, object]:
    if page.kind == PILOT:
        return {"pilot": pilot_page(document, page.record, view.me, view.following)}
    if page.kind == REVISION:
        found = revision_page(document, page.record)
        return {"revision": found, "read_only": True} if found else {}
    return {}


def pilot_page(document: Document, pilot: Record, me: str | None,
               following: frozenset[str]) -> PilotPage:
    """What a pilot's page shows: its page text, revisions, fork, participation, reactions."""
    history = revisions(document, pilot.id)
    now = current(history)
    steps = participation(document, pilot.id)
    taking_part = participants(steps)
    phase = phase_of(pilot)
    me_known = me is not None and me in document.records
    return PilotPage(
        phase=phase, phases=tuple(phase_steps(document, pilot)), next_phase=next_phase(phase),
        current=now, html=markdown(now.text) if now else Markup(""),
        revisions=tuple(_shown_revisions(document, history)),
        fork=_shown_fork(document, fork(history)),
        taking_part=tuple(person_name(document, person) for person in taking_part),
        reacted_only=reacted_without_taking_part(document, pilot.id, taking_part),
        steps=tuple(_shown_step(document, step) for step in reversed(steps)),
        reactions=_threads(document, pilot.id, set(taking_part)),
        me=me if me_known else None, me_takes_part=me in taking_part,
        following=pilot.id in following)


def _shown_revisions(document: Document, history: list[Revision]) -> list[ShownRevision]:
    by_id = {revision.id for revision in history}
    shown = [ShownRevision(revision, person_name(document, revision.stamp.by),
                           revision.parent if revision.parent in by_id else None)
             for revision in history]
    return shown[::-1]


def _shown_fork(document: Document, found: Fork | None) -> ShownFork | None:
    if found is None:
        return None
    base = found.base.text if found.base else ""
    merged = merge_text(base, found.ours.text, found.theirs.text)
    return ShownFork(found, person_name(document, found.ours.stamp.by),
                     person_name(document, found.theirs.stamp.by), merged, merged.text())


def _shown_step(document: Document, step: Step) -> ShownStep:
    return ShownStep(person_name(document, step.person), step.joined, step.stamp.at)


def _threads(document: Document, pilot_id: str, taking_part: set[str]
             ) -> tuple[ShownReaction, ...]:
    """The reactions with their answers under them, oldest first."""
    found = reactions(document, pilot_id)
    known = {record.id for record in found}
    answers: dict[str, list[ShownReaction]] = {}
    for record in found:
        answered = record.fields.get("answers")
        if isinstance(answered, str) and answered in known:
            answers.setdefault(answered, []).append(_reaction(document, record, taking_part))
    return tuple(replace(_reaction(document, record, taking_part),
                         answers=tuple(answers.get(record.id, ())))
                 for record in found if record.fields.get("answers") not in known)


def _reaction(document: Document, record: Record, taking_part: set[str]) -> ShownReaction:
    text = record.fields.get("text")
    return ShownReaction(record.id, person_name(document, record.created.by),
                         record.created.by in taking_part, record.created.at,
                         text if isinstance(text, str) else "")


def revision_page(document: Document, record: Record) -> RevisionPage | None:
    """An old revision of a pilot's page."""
    pilot_id = record.fields.get("pilot")
    pilot = document.records.get(pilot_id) if isinstance(pilot_id, str) else None
    if pilot is None:
        return None
    history = revisions(document, pilot.id)
    revision = next((item for item in history if item.id == record.id), None)
    if revision is None:
        return None
    return RevisionPage(revision, person_name(document, revision.stamp.by), pilot.id,
                        label(pilot), markdown(revision.text),
                        current(history))


def diff_page(document: Document, pilot_id: str, parts: list[str]) -> DiffPage | None:
    """``<pilot>/diff/<old>/<new>``: the difference between two of its revisions."""
    pilot = document.records.get(pilot_id)
    if pilot is None or pilot.kind != PILOT or len(parts) != 3 or parts[0] != DIFF:
        return None
    history = revisions(document, pilot_id)
    by_id = {revision.id: revision for revision in history}
    old, new = by_id.get(parts[1]), by_id.get(parts[2])
    if old is None or new is None:
        return None
    return DiffPage(pilot_id, label(pilot), old, new, tuple(diff(old.text, new.text)),
                    tuple(history))


def recent_page(document: Document, followed_only: bool, following: frozenset[str],
                seen: str) -> RecentPage:
    """The pilots' recent changes; those after ``seen`` (when the person last looked) new."""
    found = recent_changes(document, following if followed_only else None)
    names: dict[str, str] = {}

    def pilot_name(pilot_id: str) -> str:
        if pilot_id not in names:
            pilot = document.records.get(pilot_id)
            names[pilot_id] = label(pilot) if pilot is not None else pilot_id
        return names[pilot_id]

    rows = tuple(RecentRow(item.change.stamp.at, person_name(document, item.change.stamp.by),
                           item.what, item.detail, item.pilot_id, pilot_name(item.pilot_id),
                           item.change.stamp.at > seen)
                 for item in found)
    return RecentPage(rows, followed_only, sum(1 for row in rows if row.new), seen,
                      len(following))
