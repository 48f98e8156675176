"""What the ideas area shows beyond the generic lists and pages: the area's figures, the
campaigns in natural order, a campaign's state, criteria and funnel with the ideas waiting
longest for a verdict, and an idea's verdict, supports, reactions and projects. Plain data for
the templates; pure."""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, TypeVar, cast

from trustwork import ideas
from trustwork.ideas import CAMPAIGN, IDEA, REACTION, SUPPORT, Funnel
from trustwork.kinds import REGISTRY
from trustwork.model.document import Document, JsonValue, Record, record_order
from trustwork.model.fields import FieldSpec, ids_in
from trustwork.overview import label, person_name
from trustwork.routes import LINKS, Route
from trustwork.views import importing, records
from trustwork.views.records import Choice, Linked, NewForm, RecordPage, Section

if TYPE_CHECKING:
    from trustwork.views import AppView

WAITING_SHOWN = 10  # the ideas waiting longest, on a campaign's page
T = TypeVar("T")
_made: dict[str, tuple[Document, object]] = {}  # see ``cached``


@dataclass(frozen=True)
class Figures:
    """The area's figures over every idea: ideas per person, the share of people who handed
    one in, the share answered, the median days to an answer, the usable rate."""

    ideas: int
    per_person: float | None
    who_submitted: float | None
    answered: float | None
    median_days: float | None
    usable_rate: float | None


def area_context(view: AppView, document: Document) -> dict[str, object]:
    """The ideas area: the generic lists, forms and pages, with what ideas add to them."""
    if Route(view.area, view.page).new_kind in (SUPPORT, REACTION):
        # Added by their buttons on the idea's page, as the person this browser acts as: no
        # form of their own (the generic one would list 10,000 ideas to pick from).
        return {"sections": [], "record": None, "new": None, "missing": view.page,
                "choices": {}}
    context = records.area_context(view, document)
    today = view.today or date.min
    listed = context["sections"]
    if isinstance(listed, list) and listed:
        context["sections"] = [_in_natural_order(document, section, view)
                               if section.kind == CAMPAIGN else section for section in listed]
        context["figures"] = cached("figures", document, figures)
    new = context["new"]
    if isinstance(new, NewForm) and new.kind == IDEA:
        prefill = dict(new.prefill)
        if view.me and view.me in document.records:
            prefill.setdefault("submitted_by", view.me)
        context["new"] = replace(new, prefill=prefill)
        campaign = document.records.get(prefill.get("campaign", ""))
        context["campaign"] = (_campaign_note(campaign, today)
                               if campaign is not None and campaign.kind == CAMPAIGN else None)
    page = context["record"]
    if isinstance(page, RecordPage) and page.kind == CAMPAIGN:
        context["record"] = replace(page, extras=_campaign_extras(document, page.record, today))
        if not page.record.is_deleted:
            context["importing"] = importing.panel(view, document, (IDEA,), page.record.id)
    elif isinstance(page, RecordPage) and page.kind == IDEA:
        extras = _idea_extras(document, page.record, view.me)
        context["record"] = replace(page, extras=extras, children=tuple(
            section for section in page.children if section.kind != SUPPORT))
        context["choices"] = {**context["choices"],  # type: ignore[dict-item]
                              "duplicate_of": extras["duplicate_choices"]}
    return context


def preparing(view: AppView, document: Document) -> Generator[None, None, None]:
    """The lists in order of name, the ideas' index and the area's figures, a part a step
    (see ``views.first_screen``): together they hold the page for a tenth of a second."""
    yield from records.preparing(view, document)
    cached("index", document, ideas.index)
    yield
    found = _made.get("figures")
    if found is None or found[0] is not document:
        _made["figures"] = (document, (yield from _figures_in_steps(document)))


def _in_natural_order(document: Document, section: Section, view: AppView) -> Section:
    """The campaigns' list with their numbers sorted as numbers ("Ideeënronde 10" after
    "Ideeënronde 2")."""
    if not section.more:  # every row is shown: sorting them again is enough
        return replace(section, rows=tuple(sorted(section.rows,
                                                  key=lambda row: ideas.natural_key(row.name))))
    in_order = sorted(document.live(CAMPAIGN), key=lambda r: ideas.natural_key(label(r)))
    return records.section(document, REGISTRY.spec(CAMPAIGN), in_order, view.secrets,
                           view.language, view.filter, by_name=False)


def cached(name: str, document: Document, make: Callable[[Document], T]) -> T:
    """``make(document)``, made once per document: the page renders the same document again
    while a person filters or moves between pages, and a large one holds 10,000 ideas."""
    found = _made.get(name)
    if found is not None and found[0] is document:
        return cast(T, found[1])
    value = make(document)
    _made[name] = (document, value)
    return value



def figures(document: Document) -> Figures:
    """The area's figures (one pass over the records, then over the ideas)."""
    steps = _figures_in_steps(document)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return cast(Figures, done.value)


def _figures_in_steps(document: Document) -> Generator[None, None, Figures]:
    found = cached("index", document, ideas.index)
    every = [r for r in document.records.values() if r.kind == IDEA and not r.is_deleted]
    people = [r.id for r in document.records.values() if r.kind == "person" and not r.is_deleted]
    per_person = ideas.ideas_per_person(every, len(people))
    who_submitted = ideas.share_who_submitted(every, people)
    answered = ideas.share_answered(every)
    yield
    median_days = ideas.median_days_to_answer(every)
    yield
    return Figures(len(every), per_person, who_submitted, answered, median_days,
                   ideas.usable_rate(every, found.projects))


def campaign_ideas(document: Document, campaign_id: str) -> list[Record]:
    """The live ideas of a campaign, in the order they came in."""
    return sorted((r for r in document.records.values() if r.kind == IDEA and not r.is_deleted
                   and r.fields.get("campaign") == campaign_id), key=record_order)


def _campaign_note(campaign: Record, today: date) -> Mapping[str, object]:
    """Whether a campaign takes ideas today, and whether anonymous ones."""
    return {"state": ideas.campaign_state(campaign, today), "name": label(campaign),
            "opens": _text(campaign.fields.get("opens")),
            "closes": _text(campaign.fields.get("closes")),
            "anonymous_allowed": campaign.fields.get("anonymous_allowed") is True}


def _campaign_extras(document: Document, campaign: Record, today: date) -> Mapping[str, object]:
    found = cached("index", document, ideas.index)
    own = campaign_ideas(document, campaign.id)
    funnel: Funnel = ideas.funnel(own, found.projects)
    teams = [label(document.records[team]) for team in ids_in(campaign.fields.get("teams"))
             if team in document.records]
    waiting = ideas.waiting(own, today)
    return {**_campaign_note(campaign, today),
            "asks": sorted(teams, key=str.casefold),
            "criteria": list(ids_in(campaign.fields.get("criteria"))),
            "funnel": funnel,
            "waiting": [Linked(idea.id, IDEA, label(idea), amount=days)
                        for idea, days in waiting[:WAITING_SHOWN]],
            "waiting_more": max(len(waiting) - WAITING_SHOWN, 0),
            "new_idea": LINKS.new(IDEA, {"campaign": campaign.id}),
            # A closed campaign takes no ideas: no link to add one.
            "added_here": () if ideas.campaign_state(campaign, today) == "open" else (IDEA,)}


def _idea_extras(document: Document, idea: Record, me: str | None) -> dict[str, object]:
    found = cached("index", document, ideas.index)
    projects = found.projects.get(idea.id, ())
    status = ideas.status_of(idea)
    fields = idea.fields
    target = fields.get("duplicate_of")
    target_record = document.records.get(target) if isinstance(target, str) else None
    decided_by = fields.get("decided_by")
    submitted_by = fields.get("submitted_by")
    campaign = fields.get("campaign")
    others = campaign_ideas(document, campaign) if isinstance(campaign, str) else []
    spec = REGISTRY.spec(IDEA)
    to_project = LINKS.new("improvement_project", {
        "title": label(idea), "problem": str(fields.get("description") or ""),
        "idea": idea.id})
    me_known = bool(me) and me in document.records
    return {
        "status": status,
        "stage": ideas.stage(idea, projects),
        "reason": _text(fields.get("reason")),
        "decided_by": person_name(document, decided_by) if isinstance(decided_by, str) else "",
        "decided_on": _text(fields.get("decided_on")),
        "duplicate_of": (Linked(target_record.id, IDEA, label(target_record))
                         if status == "duplicate" and target_record is not None else None),
        "duplicates": tuple(Linked(other, IDEA, label(document.records[other]))
                            for other in found.duplicates.get(idea.id, ())),
        "anonymous": fields.get("anonymous") is True,
        "submitted_by": (person_name(document, submitted_by)
                         if isinstance(submitted_by, str) else ""),
        "submitted_on": idea.created.at[:10],
        "supporters": len(ideas.supporters(found, idea.id)),
        "own_supporters": len(found.supporters.get(idea.id, ())),
        "me_known": me_known,
        "me_supports": me_known and me in found.supporters.get(idea.id, frozenset()),
        "projects": tuple(Linked(p.id, p.kind, label(p), _text(p.fields.get("status")),
                                 ideas.realised_saving((p,)) if p.fields.get("status") == "done"
                                 else None) for p in projects),
        "saving_realised": ideas.realised_saving(projects),
        "to_project": to_project if status in ("usable", "in_progress") else "",
        "verdict_specs": _verdict_specs(spec.fields),
        "verdict_values": {"status": status if status != "submitted" else None,
                           "reason": fields.get("reason"), "duplicate_of": target},
        "duplicate_choices": [Choice(other.id, label(other)) for other in others
                              if other.id != idea.id],
        "added_here": (REACTION,),
    }


def _verdict_specs(fields: tuple[FieldSpec, ...]) -> tuple[FieldSpec, ...]:
    """The verdict form's fields: the state without "submitted", the reason (required), the
    idea it duplicates."""
    by_name = {spec.name: spec for spec in fields}
    return (replace(by_name["status"], choices=ideas.VERDICTS, required=True),
            replace(by_name["reason"], required=True), by_name["duplicate_of"])



def _text(value: JsonValue) -> str:
    """A field's text, or "" for anything else a file may hold there."""
    return value if isinstance(value, str) else ""
