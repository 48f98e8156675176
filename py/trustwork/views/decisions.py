"""What the decisions area shows beyond the generic lists and pages: reviews that are due, the
rules register against its budget, the latest vision and mission, the decision log with its
filters, a proposal's versions, responses and outcome, a rule's signals and the question it
can be put to, and a recalibration beside the one before it. Plain data for the templates;
pure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from trustwork import decisions
from trustwork.decisions import (
    AMENDMENT,
    DECIDED,
    PROPOSAL,
    RESPONSE,
    RULE,
    SIGNAL,
    VISION,
    LogFilter,
)
from trustwork.i18n import translate
from trustwork.kinds import REGISTRY
from trustwork.model.document import Document, JsonValue, Record
from trustwork.model.fields import FieldSpec, ids_in
from trustwork.overview import label, person_name
from trustwork.routes import LINKS, Route
from trustwork.views import records
from trustwork.views.records import Choice, Linked, NewForm, RecordPage

if TYPE_CHECKING:
    from trustwork.views import AppView

LOG = "log"  # the decision log's page: ``#decisions/log`` with its filters after colons
LOG_SHOWN = 200
FILTERS = ("words", "team", "topic", "outcome", "since", "until")


@dataclass(frozen=True)
class RuleLine:
    """A rule in the register: who looks after it, its review, its signals."""

    id: str
    name: str
    purpose: str
    steward: str
    review_date: str
    overdue: bool
    signals: int


def log_page(wanted: LogFilter) -> str:
    """The log's page for a filter (``log:team=…:outcome=…``); values are escaped twice, once
    here and once by the link, so a colon typed in the words stays in them."""
    return LOG + "".join(f":{name}={quote(value, safe='')}" for name in FILTERS
                         if (value := getattr(wanted, name)))


def log_filter(page: str) -> LogFilter | None:
    """The filter a log page names, or None for another page."""
    head, _, rest = page.partition(":")
    if head != LOG:
        return None
    values: dict[str, str] = {}
    for part in rest.split(":") if rest else ():
        name, equals, value = part.partition("=")
        if equals and name in FILTERS:
            values[name] = unquote(value)
    return LogFilter(**values)


def area_context(view: AppView, document: Document) -> dict[str, object]:
    """The decisions area: the register and reviews above the lists, the log, or the generic
    pages with what a proposal, rule or recalibration adds."""
    today = view.today or date.min
    if Route(view.area, view.page).new_kind in (RESPONSE, AMENDMENT, SIGNAL):
        # Added on their owner's page, as the person this browser acts as.
        return {"sections": [], "record": None, "new": None, "missing": view.page,
                "choices": {}}
    wanted = log_filter(view.page)
    if wanted is not None:
        context = records.area_context(replace(view, page=""), document)
        entries = decisions.decision_log(document, wanted)
        context.update(sections=[], log=entries[:LOG_SHOWN],
                       log_more=max(len(entries) - LOG_SHOWN, 0), log_filter=wanted,
                       log_teams=records.choices(document, "team"),
                       topics=decisions.topics(document), outcomes=("open", *DECIDED),
                       due_ids=_due_ids(document, today))
        return context
    context = records.area_context(view, document)
    if view.page == "":
        context.update(_overview(document, today, view))
    new = context["new"]
    if isinstance(new, NewForm) and new.kind == PROPOSAL and view.me in document.records:
        context["new"] = replace(new, prefill={"proposed_by": str(view.me), **new.prefill})
    page = context["record"]
    if isinstance(page, RecordPage) and page.kind == PROPOSAL:
        context["record"] = replace(page, extras=_proposal_extras(document, page.record, view,
                                                                  today))
    elif isinstance(page, RecordPage) and page.kind == RULE:
        context["record"] = replace(page, extras=_rule_extras(document, page.record, view,
                                                              today))
    elif isinstance(page, RecordPage) and page.kind == VISION:
        context["record"] = replace(page, extras=_vision_extras(document, page.record))
    return context


def _due_ids(document: Document, today: date) -> frozenset[str]:
    return frozenset(due.id for due in decisions.reviews_due(document, today))


def _overview(document: Document, today: date, view: AppView) -> dict[str, object]:
    due = decisions.reviews_due(document, today)
    due_ids = {item.id for item in due}
    counts = decisions.signal_counts(document)
    active = decisions.active_rules(document)
    rules = sorted((RuleLine(rule.id, label(rule), _text(rule.fields.get("purpose")),
                             _name(document, rule.fields.get("steward")),
                             _text(rule.fields.get("review_date")), rule.id in due_ids,
                             sum(counts.get(rule.id, {}).values()))
                    for rule in active), key=lambda line: line.name.casefold())
    latest = decisions.latest_vision(document)
    return {
        "due": [Linked(item.id, item.kind, label(document.records[item.id]),
                       item.review_date) for item in due],
        "rules": rules,
        "budget": decisions.rules_budget(document),
        "vision": latest,
        "mission": decisions.current_mission(document),
        "log_link": LINKS.page(view.area.key, LOG),
    }


def _proposal_extras(document: Document, proposal: Record, view: AppView, today: date
                     ) -> dict[str, object]:
    fields = proposal.fields
    amended = decisions.amendments(document, proposal.id)
    version = 1 + len(amended)
    outcome = decisions.outcome_of(proposal)
    own = decisions.own_response(document, proposal.id, view.me)
    round_id = fields.get("round")
    round_record = document.records.get(round_id) if isinstance(round_id, str) else None
    return {
        "version": version,
        "text": decisions.current_text(document, proposal),
        "original": _text(fields.get("proposal")),
        "versions": tuple({"number": number + 2, "summary": _text(a.fields.get("summary")),
                           "text": _text(a.fields.get("text")),
                           "by": _name(document, a.fields.get("person")),
                           "on": a.created.at[:10]} for number, a in enumerate(amended)),
        "proposed_by": _name(document, fields.get("proposed_by")),
        "round": (Linked(round_record.id, round_record.kind, label(round_record))
                  if round_record is not None else None),
        "teams": [label(document.records[team]) for team in ids_in(fields.get("teams"))
                  if team in document.records],
        "tally": decisions.tally(document, proposal.id, version),
        "responses": tuple({"id": r.id, "person": _name(document, r.fields.get("person")),
                            "response": _text(r.fields.get("response")),
                            "reason": _text(r.fields.get("reason")),
                            "version": r.fields.get("version"),
                            "earlier": isinstance(v := r.fields.get("version"), int)
                            and v < version}
                           for r in decisions.responses(document, proposal.id)),
        "me_known": bool(view.me) and view.me in document.records,
        # The proposer amends (anyone, when it names none).
        "may_amend": not isinstance(proposer := fields.get("proposed_by"), str)
        or not proposer or proposer == view.me,
        "own": dict(own.fields) if own is not None else {},
        "outcome": outcome,
        "closed": outcome != "open",
        "rationale": _text(fields.get("rationale")),
        "review_date": _text(fields.get("review_date")),
        "overdue": proposal.id in _due_ids(document, today),
        "decided_on": _text(fields.get("decided_on")),
        "decided_by": _name(document, fields.get("decided_by")),
        "rules": tuple(Linked(r.id, RULE, label(r)) for r in decisions.rules_changed(
            document, proposal)),
        "new_rule": (LINKS.new(RULE, {"decision": proposal.id})
                     if outcome in decisions.ADOPTED else ""),
        "respond_specs": (replace(_spec(RESPONSE, "response"), required=True),
                          _spec(RESPONSE, "reason")),
        "amend_specs": (_spec(AMENDMENT, "summary"), _spec(AMENDMENT, "text")),
        "decide_specs": (replace(_spec(PROPOSAL, "outcome"), choices=DECIDED, required=True),
                         replace(_spec(PROPOSAL, "rationale"), required=True),
                         _spec(PROPOSAL, "review_date")),
        "log_link": LINKS.page("decisions", LOG),
    }


def _rule_extras(document: Document, rule: Record, view: AppView, today: date
                 ) -> dict[str, object]:
    signals = sorted((r for r in document.live(SIGNAL) if r.fields.get("rule") == rule.id),
                     key=lambda r: r.created.at, reverse=True)
    counts: Mapping[str, int] = decisions.signal_counts(document).get(rule.id, {})
    replaced_by = next((r for r in document.live(RULE) if r.fields.get("replaces") == rule.id),
                       None)
    coming = decisions.next_round(document, today)
    prefill = {"rule": rule.id, "title": translate("decisions.question_title", view.language,
                                                   rule=label(rule))}
    if coming is not None:
        prefill["round"] = coming.id
    return {
        "signals": tuple({"signal": _text(s.fields.get("signal")),
                          "comment": _text(s.fields.get("comment")),
                          "by": _name(document, s.fields.get("person")),
                          "on": s.created.at[:10]} for s in signals),
        "counts": {kind: counts.get(kind, 0) for kind in ("not_followed", "makes_no_sense")},
        "overdue": rule.id in _due_ids(document, today),
        "replaced_by": (Linked(replaced_by.id, RULE, label(replaced_by))
                        if replaced_by is not None else None),
        "replaces": _linked(document, rule.fields.get("replaces")),
        "decision": _linked(document, rule.fields.get("decision")),
        "questions": tuple(Linked(p.id, PROPOSAL, label(p), decisions.outcome_of(p))
                           for p in document.live(PROPOSAL)
                           if p.fields.get("rule") == rule.id),
        "question_link": LINKS.new(PROPOSAL, prefill),
        "next_round": label(coming) if coming is not None else "",
        "me_known": bool(view.me) and view.me in document.records,
        "signal_specs": (_spec(SIGNAL, "signal"), _spec(SIGNAL, "comment")),
    }


def _vision_extras(document: Document, vision: Record) -> dict[str, object]:
    before = decisions.previous_vision(document, vision)
    latest = decisions.latest_vision(document)
    section = decisions.cross_section(document, ids_in(vision.fields.get("participants")))
    return {
        "previous": (Linked(before.id, VISION, label(before)) if before is not None else None),
        "latest": latest is not None and latest.id == vision.id,
        "cross_section": section,
        "diffs": tuple((name, decisions.side_by_side(
            _text(before.fields.get(name)) if before is not None else "",
            _text(vision.fields.get(name)))) for name in ("vision", "mission")),
    }


def _linked(document: Document, record_id: JsonValue) -> Linked | None:
    record = document.records.get(record_id) if isinstance(record_id, str) else None
    return Linked(record.id, record.kind, label(record)) if record is not None else None


def _name(document: Document, person: JsonValue) -> str:
    return person_name(document, person) if isinstance(person, str) else ""


def _spec(kind: str, name: str) -> FieldSpec:
    """A field the area's own forms show, as its kind declares it (KeyError otherwise)."""
    found = REGISTRY.spec(kind).field(name)
    if found is None:
        raise KeyError(f"{kind}.{name}")
    return found


def _text(value: JsonValue) -> str:
    return value if isinstance(value, str) else ""


__all__ = ["Choice", "LogFilter", "area_context", "log_filter", "log_page"]
