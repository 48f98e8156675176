"""Decisions by consent, the rules register and the quarterly vision and mission: the rules of
responding to, amending and deciding a proposal, the decision log, the rules budget, the
reviews that are due, and the difference between two recalibrations. Pure: today, the person
and new ids come in as arguments; each rule returns the command that carries it out.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from trustwork.commands import CreateRecord, EditOrganisation, UpdateRecord
from trustwork.errors import (
    DecisionError,
    FieldValueError,
    NotTheProposerError,
    ObjectionNeedsReasonError,
    ObjectionStandsError,
    ProposalClosedError,
    RulesBudgetError,
)
from trustwork.kinds import LONG, OUTCOMES, RESPONSES, RULE_SIGNALS
from trustwork.model.document import Document, JsonValue, Record, record_order
from trustwork.model.fields import acting_person, changed_fields, ids_in, is_date, live_record

ROUND, PROPOSAL, AMENDMENT, RESPONSE = ("decision_round", "proposal", "proposal_amendment",
                                        "proposal_response")
RULE, SIGNAL, VISION = "rule", "rule_signal", "vision"
DECIDED = tuple(outcome for outcome in OUTCOMES if outcome != "open")
ADOPTED = frozenset({"adopted", "adopted_amended"})
BUDGET = "rules_budget"  # the organisation's field: the most active rules it wants


# -- a proposal and its versions ---------------------------------------------------------------

def outcome_of(proposal: Record) -> str:
    """The proposal's outcome; "open" until it is decided."""
    outcome = proposal.fields.get("outcome")
    return outcome if isinstance(outcome, str) and outcome in DECIDED else "open"


def is_closed(proposal: Record) -> bool:
    return outcome_of(proposal) != "open"


def amendments(document: Document, proposal_id: str) -> list[Record]:
    """The proposal's amendments in the order they were made: the first is version 2."""
    return sorted((r for r in document.live(AMENDMENT) if r.fields.get("proposal") == proposal_id),
                  key=record_order)


def version_of(document: Document, proposal_id: str) -> int:
    """The proposal's current version: 1, and one more for each amendment."""
    return 1 + len(amendments(document, proposal_id))


def current_text(document: Document, proposal: Record) -> str:
    """The proposal's text as it now stands: its last amendment's, else its own."""
    found = amendments(document, proposal.id)
    text = found[-1].fields.get("text") if found else proposal.fields.get("proposal")
    return text if isinstance(text, str) else ""


def amend(document: Document, proposal_id: str, text: str, summary: str, person: str | None,
          amendment_id: str) -> CreateRecord:
    """A new version of an open proposal, by its proposer (anyone, for a proposal that
    names no proposer)."""
    who = acting_person(document, person)
    proposal = _open_proposal(document, proposal_id)
    proposer = proposal.fields.get("proposed_by")
    if isinstance(proposer, str) and proposer and proposer != who:
        raise NotTheProposerError()
    text = _required_text("text", text)
    summary = summary.strip()
    if len(summary) > 200:
        raise FieldValueError("summary", "form.error.too_long", limit=200)
    return CreateRecord(AMENDMENT, amendment_id, {"proposal": proposal_id, "text": text,
                                                  "summary": summary or None, "person": who})


# -- responses ---------------------------------------------------------------------------------

def responses(document: Document, proposal_id: str) -> list[Record]:
    """One response per person (the latest, should one person have two): by consent a
    person has one voice, which they can change until the proposal closes."""
    return responses_by_proposal(document).get(proposal_id, [])


def responses_by_proposal(document: Document) -> dict[str, list[Record]]:
    """Every proposal's responses (as ``responses``), in one pass over them."""
    latest: dict[tuple[str, str], Record] = {}
    for record in document.live(RESPONSE):
        proposal, person = record.fields.get("proposal"), record.fields.get("person")
        if not isinstance(proposal, str):
            continue
        key = (proposal, person if isinstance(person, str) else record.id)
        if key not in latest or (record.changed.at, record.id) > (latest[key].changed.at,
                                                                   latest[key].id):
            latest[key] = record
    found: dict[str, list[Record]] = {}
    for record in sorted(latest.values(), key=record_order):
        found.setdefault(str(record.fields.get("proposal")), []).append(record)
    return found


def own_response(document: Document, proposal_id: str, person: str | None) -> Record | None:
    return next((r for r in responses(document, proposal_id)
                 if person and r.fields.get("person") == person), None)


def respond(document: Document, proposal_id: str, response: str, reason: str,
            person: str | None, response_id: str) -> CreateRecord | UpdateRecord:
    """``person``'s consent, concern or objection to the proposal as it now stands: their
    first response, or their earlier one changed. An objection needs its reason."""
    who = acting_person(document, person)
    _open_proposal(document, proposal_id)
    if response not in RESPONSES:
        raise FieldValueError("response", "form.error.choice")
    reason = reason.strip()
    if len(reason) > LONG:
        raise FieldValueError("reason", "form.error.too_long", limit=LONG)
    if response == "objection" and not reason:
        raise ObjectionNeedsReasonError()
    fields: dict[str, JsonValue] = {"proposal": proposal_id, "person": who,
                                    "response": response, "reason": reason or None,
                                    "version": version_of(document, proposal_id)}
    own = own_response(document, proposal_id, who)
    if own is None:
        return CreateRecord(RESPONSE, response_id, fields)
    return UpdateRecord(own.id, changed_fields(own, fields))


@dataclass(frozen=True)
class Tally:
    """The responses to a proposal: how many of each, and how many answered an earlier
    version than the current one."""

    consent: int = 0
    concern: int = 0
    objection: int = 0
    earlier: int = 0

    @property
    def total(self) -> int:
        return self.consent + self.concern + self.objection


def tally(document: Document, proposal_id: str, version: int | None = None,
          given: list[Record] | None = None) -> Tally:
    """The responses to the proposal counted (``given``: its responses, found already)."""
    found = given if given is not None else responses(document, proposal_id)
    counted = Counter(str(r.fields.get("response")) for r in found)
    current = version if version is not None else version_of(document, proposal_id)
    earlier = sum(1 for r in found if isinstance(v := r.fields.get("version"), int)
                  and v < current)
    return Tally(counted["consent"], counted["concern"], counted["objection"], earlier)


# -- the decision ------------------------------------------------------------------------------

def decide(document: Document, proposal_id: str, outcome: str, rationale: str,
           review_date: str, person: str | None, today: date) -> UpdateRecord:
    """The proposal's outcome with its rationale, recorded by ``person`` ``today``. Adopted
    needs that nobody objects and a review date; "adopted as amended" an amendment."""
    who = acting_person(document, person)
    proposal = _open_proposal(document, proposal_id)
    if outcome not in DECIDED:
        raise DecisionError("outcome", "form.error.choice")
    rationale = rationale.strip()
    if not rationale:
        raise DecisionError("rationale", "decisions.error.rationale_required")
    if len(rationale) > LONG:
        raise DecisionError("rationale", "form.error.too_long", limit=LONG)
    review_date = review_date.strip()
    if review_date and not is_date(review_date):
        raise DecisionError("review_date", "form.error.date")
    if outcome == "adopted_amended" and not amendments(document, proposal_id):
        raise DecisionError("outcome", "decisions.error.no_amendment")
    if outcome in ADOPTED:
        objections = tally(document, proposal_id).objection
        if objections:
            raise ObjectionStandsError(objections)
        if not review_date:
            raise DecisionError("review_date", "decisions.error.review_required")
    fields: dict[str, JsonValue] = {"outcome": outcome, "rationale": rationale,
                                    "review_date": review_date or None,
                                    "decided_on": today.isoformat(), "decided_by": who}
    return UpdateRecord(proposal.id, changed_fields(proposal, fields))


# -- reviews that are due ----------------------------------------------------------------------

@dataclass(frozen=True)
class Due:
    """A decision or rule whose review date has passed."""

    id: str
    kind: str
    review_date: str
    days: int  # since the review date


def reviews_due(document: Document, today: date) -> list[Due]:
    """Adopted decisions and active rules past their review date, the longest overdue first.
    The dashboard and the decisions area both show them."""
    found: list[Due] = []
    for record, when in reviewable(document):
        if when < today:
            found.append(Due(record.id, record.kind, when.isoformat(), (today - when).days))
    return sorted(found, key=lambda due: (due.review_date, due.id))


def reviewable(document: Document) -> list[tuple[Record, date]]:
    """Adopted decisions and active rules that have a review date, with that date."""
    candidates = [*(p for p in document.live(PROPOSAL) if outcome_of(p) in ADOPTED),
                  *active_rules(document)]
    return [(record, when) for record in candidates
            if (when := _date(record.fields.get("review_date"))) is not None]


# -- the rules register ------------------------------------------------------------------------

def active_rules(document: Document) -> list[Record]:
    """The rules in force: every live rule no live rule replaces."""
    rules = document.live(RULE)
    replaced = {r.fields.get("replaces") for r in rules}
    return [rule for rule in rules if rule.id not in replaced]


def rules_budget(document: Document) -> int | None:
    """The most active rules the organisation wants (None: it set no budget)."""
    budget = document.organisation.fields.get(BUDGET)
    return budget if isinstance(budget, int) and not isinstance(budget, bool) else None


def set_budget(text: str) -> EditOrganisation:
    """The organisation's rules budget from what was typed ("" takes the budget away)."""
    text = text.strip()
    if text and not (text.isdigit() and len(text) <= 4):
        raise FieldValueError(BUDGET, "form.error.number")
    return EditOrganisation({BUDGET: int(text) if text else None})


def new_rule(document: Document, fields: Mapping[str, JsonValue], today: date
             ) -> dict[str, JsonValue]:
    """The fields a rule added ``today`` is created with (in force since today unless said).
    Beyond the budget it must replace an active rule or name the adopted decision that raised
    the budget (RulesBudgetError)."""
    taken = dict(fields)
    active = {rule.id for rule in active_rules(document)}
    replaces = taken.get("replaces")
    if replaces and replaces not in active:
        raise FieldValueError("replaces", "decisions.error.not_active")
    decision = document.records.get(str(taken.get("decision") or ""))
    budget = rules_budget(document)
    if budget is not None and len(active) >= budget and not replaces and not (
            decision is not None and outcome_of(decision) in ADOPTED):
        raise RulesBudgetError(budget)
    if not taken.get("since"):
        taken["since"] = today.isoformat()
    return taken


def signal(document: Document, rule_id: str, kind: str, comment: str, person: str | None,
           signal_id: str) -> CreateRecord:
    """``person`` signals that a rule is not followed in practice or makes no sense here."""
    who = acting_person(document, person)
    live_record(document, rule_id, RULE, "rule")
    if kind not in RULE_SIGNALS:
        raise FieldValueError("signal", "form.error.choice")
    comment = _required_text("comment", comment)
    return CreateRecord(SIGNAL, signal_id, {"rule": rule_id, "signal": kind,
                                            "comment": comment, "person": who})


def signal_counts(document: Document) -> dict[str, Counter[str]]:
    """Per rule, how many signals of each kind it has."""
    counts: dict[str, Counter[str]] = {}
    for record in document.live(SIGNAL):
        rule, kind = record.fields.get("rule"), record.fields.get("signal")
        if isinstance(rule, str) and isinstance(kind, str):
            counts.setdefault(rule, Counter())[kind] += 1
    return counts


def next_round(document: Document, today: date) -> Record | None:
    """The first round on or after today: where a question about a rule goes."""
    coming = [(when, r.id, r) for r in document.live(ROUND)
              if (when := _date(r.fields.get("date"))) is not None and when >= today]
    return min(coming)[2] if coming else None


def rules_changed(document: Document, proposal: Record) -> list[Record]:
    """The rules a decision changed: the rule it questioned, and those made by it."""
    found = [document.records[rule] for rule in (proposal.fields.get("rule"),)
             if isinstance(rule, str) and rule in document.records]
    found += [r for r in document.live(RULE) if r.fields.get("decision") == proposal.id
              and r not in found]
    return found


# -- the decision log --------------------------------------------------------------------------

@dataclass(frozen=True)
class LogFilter:
    """What the decision log shows: words in the title, topic, any version's text or the
    rationale; a team affected; a topic; an outcome; and decisions dated from ``since`` to
    ``until`` (both included)."""

    words: str = ""
    team: str = ""
    topic: str = ""
    outcome: str = ""
    since: str = ""
    until: str = ""


@dataclass(frozen=True)
class LogEntry:
    proposal: Record
    date: str  # the day it was decided, else its round's
    round: Record | None
    outcome: str
    tally: Tally
    rules: tuple[Record, ...] = field(default_factory=tuple)


def decision_log(document: Document, wanted: LogFilter) -> list[LogEntry]:
    """The proposals the filter lets through, the latest first."""
    words = wanted.words.casefold().split()
    since, until = _date(wanted.since), _date(wanted.until)
    amended: dict[str, list[str]] = {}  # every version's text is searched
    for amendment in document.live(AMENDMENT) if words else ():
        amended.setdefault(str(amendment.fields.get("proposal")), []).append(
            _text(amendment.fields.get("text")))
    entries = []
    for proposal in document.live(PROPOSAL):
        fields = proposal.fields
        outcome = outcome_of(proposal)
        if wanted.outcome and outcome != wanted.outcome:
            continue
        if wanted.team and wanted.team not in ids_in(fields.get("teams")):
            continue
        topic = fields.get("topic")
        if wanted.topic and (not isinstance(topic, str)
                             or topic.casefold() != wanted.topic.casefold()):
            continue
        round_id = fields.get("round")
        round_record = document.records.get(round_id) if isinstance(round_id, str) else None
        when = _text(fields.get("decided_on")) or (
            _text(round_record.fields.get("date")) if round_record is not None else "")
        day = _date(when)
        if (since or until) and (day is None or (since and day < since)
                                 or (until and day > until)):
            continue
        if words:
            text = " ".join((_text(fields.get("title")), _text(topic),
                             _text(fields.get("proposal")), _text(fields.get("rationale")),
                             *amended.get(proposal.id, ())))
            folded = text.casefold()
            if not all(word in folded for word in words):
                continue
        entries.append((when, proposal, round_record, outcome))
    entries.sort(key=lambda entry: (entry[0], entry[1].id), reverse=True)
    answered = responses_by_proposal(document)
    versions = Counter(str(a.fields.get("proposal")) for a in document.live(AMENDMENT))
    return [LogEntry(proposal, when, round_record, outcome,
                     tally(document, proposal.id, 1 + versions[proposal.id],
                           answered.get(proposal.id, [])),
                     tuple(rules_changed(document, proposal)))
            for when, proposal, round_record, outcome in entries]


def topics(document: Document) -> list[str]:
    """Every topic a proposal names, once, in alphabetical order."""
    named = {t.strip() for p in document.live(PROPOSAL)
             if isinstance(t := p.fields.get("topic"), str) and t.strip()}
    return sorted(named, key=str.casefold)


# -- vision and mission ------------------------------------------------------------------------

def visions(document: Document) -> list[Record]:
    """The recalibrations, oldest first (by their date, then as added)."""
    return sorted(document.live(VISION),
                  key=lambda r: (_text(r.fields.get("date")), *record_order(r)))


def latest_vision(document: Document) -> Record | None:
    found = visions(document)
    return found[-1] if found else None


def previous_vision(document: Document, vision: Record) -> Record | None:
    found = visions(document)
    at = next((index for index, r in enumerate(found) if r.id == vision.id), 0)
    return found[at - 1] if at > 0 else None


def current_mission(document: Document) -> str:
    """The mission as the latest recalibration wrote it, else the organisation's own."""
    latest = latest_vision(document)
    mission = latest.fields.get("mission") if latest is not None else None
    if isinstance(mission, str) and mission.strip():
        return mission
    own = document.organisation.fields.get("mission")
    return own if isinstance(own, str) else ""


@dataclass(frozen=True)
class CrossSection:
    """Which teams the participants of a recalibration came from, of all teams."""

    teams: tuple[str, ...]  # names of the teams represented
    total: int


def cross_section(document: Document, participants: Iterable[str]) -> CrossSection:
    people = set(participants)
    teams = document.live("team")
    represented = sorted((_text(team.fields.get("name")) or team.id for team in teams
                          if people & set(ids_in(team.fields.get("members")))), key=str.casefold)
    return CrossSection(tuple(represented), len(teams))


@dataclass(frozen=True)
class Piece:
    """A run of words in one side of a difference: kept, removed (left) or added (right)."""

    text: str
    changed: bool = False


@dataclass(frozen=True)
class SideBySide:
    before: tuple[Piece, ...]
    after: tuple[Piece, ...]

    @property
    def same(self) -> bool:
        return not any(piece.changed for piece in (*self.before, *self.after))


_WORDS = re.compile(r"\S+\s*|\s+")


def side_by_side(before: str, after: str) -> SideBySide:
    """The two texts word by word, with what the later one removed and added marked."""
    old, new = _WORDS.findall(before), _WORDS.findall(after)
    left: list[Piece] = []
    right: list[Piece] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if i2 > i1:
            left.append(Piece("".join(old[i1:i2]), tag != "equal"))
        if j2 > j1:
            right.append(Piece("".join(new[j1:j2]), tag != "equal"))
    return SideBySide(tuple(left), tuple(right))


# -- helpers -----------------------------------------------------------------------------------

def _open_proposal(document: Document, proposal_id: str) -> Record:
    proposal = live_record(document, proposal_id, PROPOSAL, "proposal")
    if is_closed(proposal):
        raise ProposalClosedError()
    return proposal


def _required_text(name: str, text: str) -> str:
    text = text.strip()
    if not text:
        raise FieldValueError(name, "form.error.required")
    if len(text) > LONG:
        raise FieldValueError(name, "form.error.too_long", limit=LONG)
    return text


def _date(value: JsonValue) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and is_date(value) else None


def _text(value: JsonValue) -> str:
    return value if isinstance(value, str) else ""
