"""Idea campaigns: the rules of submitting, supporting, reacting and judging an idea, and the
figures of the open selection (the funnel, days to answer, the usable rate). Pure: today, the
person and new ids come in as arguments; each rule returns the command that carries it out.

The rules are checked when a person acts, not when the journal replays the command later:
an idea handed in while its campaign was open stays in when the journal brings it back the
day after the campaign closed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from trustwork.commands import CreateRecord, DeleteRecord, UpdateRecord
from trustwork.errors import (
    AlreadySupportsError,
    AnonymousNotAllowedError,
    CampaignNotOpenError,
    FieldValueError,
    VerdictError,
)
from trustwork.kinds import LONG
from trustwork.model.document import Document, JsonValue, Record
from trustwork.model.fields import acting_person, changed_fields, is_date, live_record

IDEA, CAMPAIGN, SUPPORT, REACTION = "idea", "idea_campaign", "idea_support", "idea_reaction"
PROJECT = "improvement_project"
# The verdicts a selection gives; "in_progress" is "already in progress" (someone works on it).
VERDICTS = ("usable", "not_usable", "duplicate", "in_progress", "done")
# The funnel's steps, each a subset of the one before.
STEPS = ("submitted", "answered", "usable", "in_progress", "done")
CampaignState = Literal["not_yet", "open", "closed"]
_USABLE = frozenset(STEPS[STEPS.index("usable"):])  # the steps of an idea judged usable


# -- submitting --------------------------------------------------------------------------------

def campaign_state(campaign: Record, today: date) -> CampaignState:
    """Whether ``campaign`` takes ideas ``today``: from ``opens`` to ``closes``, both days
    included; a date left out leaves that side open."""
    opens, closes = _date(campaign.fields.get("opens")), _date(campaign.fields.get("closes"))
    if opens is not None and today < opens:
        return "not_yet"
    if closes is not None and today > closes:
        return "closed"
    return "open"


def new_idea(document: Document, fields: Mapping[str, JsonValue], today: date
             ) -> dict[str, JsonValue]:
    """The fields an idea handed in ``today`` is created with (state submitted; no one named
    when it is anonymous). Raises CampaignNotOpenError outside the campaign's dates and
    AnonymousNotAllowedError when the campaign does not take anonymous ideas."""
    campaign = live_record(document, str(fields.get("campaign") or ""), CAMPAIGN, "campaign")
    state = campaign_state(campaign, today)
    if state == "not_yet":
        raise CampaignNotOpenError("campaign", "ideas.error.not_yet",
                                   date=campaign.fields.get("opens"))
    if state == "closed":
        raise CampaignNotOpenError("campaign", "ideas.error.closed",
                                   date=campaign.fields.get("closes"))
    anonymous = fields.get("anonymous") is True
    if anonymous and campaign.fields.get("anonymous_allowed") is not True:
        raise AnonymousNotAllowedError()
    taken = {**fields, "status": "submitted"}
    if anonymous:
        taken.pop("submitted_by", None)
    return taken


# -- supporting and reacting -------------------------------------------------------------------

def own_support(document: Document, idea_id: str, person: str) -> Record | None:
    """``person``'s support of the idea, if they gave one."""
    return next((record for record in document.live(SUPPORT)
                 if record.fields.get("idea") == idea_id and record.fields.get("person") == person),
                None)


def support(document: Document, idea_id: str, person: str | None, support_id: str
            ) -> CreateRecord:
    """``person`` supports the idea. Raises AlreadySupportsError for a second support."""
    who = acting_person(document, person)
    live_record(document, idea_id, IDEA, "idea")
    if own_support(document, idea_id, who) is not None:
        raise AlreadySupportsError()
    return CreateRecord(SUPPORT, support_id, {"idea": idea_id, "person": who})


def toggle_support(document: Document, idea_id: str, person: str | None, support_id: str
                   ) -> CreateRecord | DeleteRecord:
    """Support the idea, or, for someone who supports it already, take the support back."""
    who = acting_person(document, person)
    own = own_support(document, idea_id, who)
    return DeleteRecord(own.id) if own is not None else support(document, idea_id, who,
                                                                 support_id)


def react(document: Document, idea_id: str, text: str, person: str | None, reaction_id: str
          ) -> CreateRecord:
    """``person``'s reaction to the idea."""
    who = acting_person(document, person)
    live_record(document, idea_id, IDEA, "idea")
    text = text.strip()
    if not text:
        raise FieldValueError("text", "form.error.required")
    if len(text) > LONG:
        raise FieldValueError("text", "form.error.too_long", limit=LONG)
    return CreateRecord(REACTION, reaction_id, {"idea": idea_id, "text": text, "person": who})


# -- the verdict -------------------------------------------------------------------------------

def verdict(document: Document, idea_id: str, status: str, reason: str, duplicate_of: str,
            person: str | None, today: date) -> UpdateRecord:
    """The selection's verdict on an idea, with its public reason, given by ``person``
    ``today`` (both kept on the idea, also when the idea is anonymous). A duplicate names the
    idea it duplicates. Raises VerdictError for a verdict without reason or target."""
    who = acting_person(document, person)
    idea = live_record(document, idea_id, IDEA, "idea")
    if status not in VERDICTS:
        raise VerdictError("status", "form.error.choice")
    reason = reason.strip()
    if not reason:
        raise VerdictError("reason", "ideas.error.reason_required")
    if len(reason) > LONG:
        raise VerdictError("reason", "form.error.too_long", limit=LONG)
    target: str | None = None
    if status == "duplicate":
        target = duplicate_of.strip()
        if not target or _duplicates_back(document, target, idea_id):
            raise VerdictError("duplicate_of", "ideas.error.duplicate_of")
    fields: dict[str, JsonValue] = {"status": status, "reason": reason, "duplicate_of": target,
                                    "decided_by": who, "decided_on": today.isoformat()}
    return UpdateRecord(idea.id, changed_fields(idea, fields))


def _duplicates_back(document: Document, target: str, idea_id: str) -> bool:
    """Whether ``target`` is no live idea, is the idea itself, or leads back to it through
    the ideas it duplicates."""
    seen: set[str] = set()
    current: str | None = target
    while current is not None and current not in seen:
        record = document.records.get(current)
        if record is None or record.kind != IDEA or record.is_deleted or current == idea_id:
            return True
        seen.add(current)
        following = record.fields.get("duplicate_of")
        current = following if record.fields.get("status") == "duplicate" and isinstance(
            following, str) else None
    return current is not None  # a circle that does not pass the idea itself


# -- what belongs to an idea -------------------------------------------------------------------

@dataclass(frozen=True)
class Index:
    """What refers to ideas, gathered in one pass over the records: the people supporting
    each idea, the projects that carry it out, the ideas that duplicate it."""

    supporters: Mapping[str, frozenset[str]]
    projects: Mapping[str, tuple[Record, ...]]
    duplicates: Mapping[str, tuple[str, ...]]


def index(document: Document) -> Index:
    supporters: dict[str, set[str]] = {}
    projects: dict[str, list[Record]] = {}
    duplicates: dict[str, list[str]] = {}
    for record in document.records.values():
        if record.is_deleted:
            continue
        fields = record.fields
        if record.kind == SUPPORT:
            idea, person = fields.get("idea"), fields.get("person")
            if isinstance(idea, str) and isinstance(person, str):
                supporters.setdefault(idea, set()).add(person)
        elif record.kind == PROJECT:
            idea = fields.get("idea")
            if isinstance(idea, str) and idea:
                projects.setdefault(idea, []).append(record)
        elif record.kind == IDEA and fields.get("status") == "duplicate":
            target = fields.get("duplicate_of")
            if isinstance(target, str):
                duplicates.setdefault(target, []).append(record.id)
    return Index({idea: frozenset(people) for idea, people in supporters.items()},
                 {idea: tuple(sorted(found, key=lambda p: str(p.fields.get("month") or "")))
                  for idea, found in projects.items()},
                 {idea: tuple(found) for idea, found in duplicates.items()})


def projects_by_idea(projects: Iterable[Record]) -> dict[str, list[Record]]:
    """The projects among ``projects`` that carry out an idea, per idea (what ``index``
    finds too, without going through every other record)."""
    found: dict[str, list[Record]] = {}
    for project in projects:
        idea = project.fields.get("idea")
        if isinstance(idea, str) and idea:
            found.setdefault(idea, []).append(project)
    return found


def supporters(found: Index, idea_id: str) -> frozenset[str]:
    """The people who support the idea: its own supporters and those of every idea marked a
    duplicate of it (each person once)."""
    people: set[str] = set()
    waiting, seen = [idea_id], set()
    while waiting:
        current = waiting.pop()
        if current in seen:
            continue
        seen.add(current)
        people |= found.supporters.get(current, frozenset())
        waiting.extend(found.duplicates.get(current, ()))
    return frozenset(people)


def status_of(idea: Record) -> str:
    status = idea.fields.get("status")
    return status if isinstance(status, str) and status else "submitted"


def stage(idea: Record, projects: Sequence[Record] = ()) -> str:
    """How far the idea came in the funnel (``STEPS``): a project that carries it out puts
    it in progress, and done once the project is done."""
    status = status_of(idea)
    states = {state for project in projects
              if isinstance(state := project.fields.get("status"), str)}
    if status == "done" or "done" in states:
        return "done"
    if status == "in_progress" or states - {"stopped"}:
        return "in_progress"
    if status == "usable":
        return "usable"
    return "submitted" if status == "submitted" else "answered"


def realised_saving(projects: Iterable[Record]) -> float:
    """The saving in euros the done projects among ``projects`` realised."""
    return sum(_number(project.fields.get("saving_realised")) for project in projects
               if project.fields.get("status") == "done")


# -- the figures -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    """One step of the funnel: how many ideas reached it, as a share of those submitted."""

    key: str
    count: int
    percent: float | None


@dataclass(frozen=True)
class Funnel:
    """A campaign's open selection at a glance."""

    steps: tuple[Step, ...]
    median_days_to_answer: float | None
    saving_realised: float

    def count(self, key: str) -> int:
        return next(step.count for step in self.steps if step.key == key)


def funnel(ideas: Sequence[Record], projects: Mapping[str, Sequence[Record]]) -> Funnel:
    """The funnel of ``ideas``: submitted → answered → usable → in progress → done."""
    reached = dict.fromkeys(STEPS, 0)
    saving = 0.0
    for idea in ideas:
        own = projects.get(idea.id, ())
        at = STEPS.index(stage(idea, own))
        for key in STEPS[:at + 1]:
            reached[key] += 1
        saving += realised_saving(own)
    total = len(ideas)
    steps = tuple(Step(key, count, percent(count, total)) for key, count in reached.items())
    return Funnel(steps, median_days_to_answer(ideas), saving)


def percent(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` in percent, to one decimal (None of nothing)."""
    return round(100 * part / whole, 1) if whole else None


def days_to_answer(idea: Record) -> int | None:
    """Days from the idea's submission to its verdict (None while it has none)."""
    decided = _date(idea.fields.get("decided_on"))
    if decided is None or status_of(idea) == "submitted":
        return None
    submitted = _date(idea.created.at[:10])
    if submitted is None:
        return None
    return max((decided - submitted).days, 0)


def median_days_to_answer(ideas: Iterable[Record]) -> float | None:
    days = sorted(found for idea in ideas if (found := days_to_answer(idea)) is not None)
    if not days:
        return None
    # Not statistics.median: that module brings fractions, decimal and random into the page.
    middle = len(days) // 2
    return float(days[middle]) if len(days) % 2 else (days[middle - 1] + days[middle]) / 2


def waiting(ideas: Iterable[Record], today: date) -> list[tuple[Record, int]]:
    """The ideas still waiting for a verdict, the longest waiting first, with their days."""
    found = sorted((idea for idea in ideas if status_of(idea) == "submitted"),
                   key=lambda idea: (idea.created.at, idea.id))
    return [(idea, max((today - (_date(idea.created.at[:10]) or today)).days, 0))
            for idea in found]


def ideas_per_person(ideas: Sequence[Record], people: int) -> float | None:
    """Ideas handed in per person of the organisation, to one decimal."""
    return round(len(ideas) / people, 1) if people else None


def share_who_submitted(ideas: Iterable[Record], people: Iterable[str]) -> float | None:
    """The share of the organisation's people (their ids) who handed in an idea under their
    name, in percent (anonymous ideas name no one)."""
    everyone = set(people)
    named = {by for idea in ideas if isinstance(by := idea.fields.get("submitted_by"), str)}
    return percent(len(everyone & named), len(everyone))


def share_answered(ideas: Sequence[Record]) -> float | None:
    """The share of ideas that have a verdict, in percent."""
    return percent(sum(1 for idea in ideas if status_of(idea) != "submitted"), len(ideas))


def usable_rate(ideas: Sequence[Record], projects: Mapping[str, Sequence[Record]]
                ) -> float | None:
    """The share of ideas judged usable (or further: in progress, done), in percent: the
    article's 40 of 168 is 23.8."""
    usable = sum(1 for idea in ideas if stage(idea, projects.get(idea.id, ())) in _USABLE)
    return percent(usable, len(ideas))


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sorts names with their numbers as numbers: "Ideeënronde 2" before "Ideeënronde 10"."""
    return tuple((0, int(part)) if part.isdigit() else (1, part.casefold())
                 for part in re.split(r"([0-9]+)", text) if part)


# -- helpers -----------------------------------------------------------------------------------

def _date(value: JsonValue) -> date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    found = _dates.get(value)
    if found is None and is_date(value):
        found = _dates[value] = date.fromisoformat(value)
    return found


# The days ideas are handed in and answered on are few (10,000 ideas, some 1,500 days).
_dates: dict[str, date] = {}


def _number(value: JsonValue) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0
