"""Decisions by consent, the rules register and the recalibrations: one response per person,
changeable until the proposal closes; an objection says why and blocks adoption; amendments
are versions; reviews that are due; the rules budget; the decision log's filters; and the
difference between two versions of the mission."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from support.documents import Clock, empty_document, id_maker
from trustwork import decisions
from trustwork.commands import Command, CreateRecord, UpdateRecord, handle
from trustwork.decisions import LogFilter
from trustwork.errors import (
    DecisionError,
    FieldValueError,
    NoPersonChosenError,
    NotTheProposerError,
    ObjectionNeedsReasonError,
    ObjectionStandsError,
    ProposalClosedError,
    RulesBudgetError,
)
from trustwork.model.document import Document, JsonValue
from trustwork.store.merge import merge
from trustwork.views.decisions import log_filter, log_page

ANN, BOB, CAROL = "person-ann", "person-bob", "person-carol"
TODAY = date(2026, 3, 10)


class Round:
    """A small organisation with a round on its agenda and one proposal on it; every action
    is handled as the page handles it, with a fresh stamp and ids."""

    def __init__(self) -> None:
        self.clock = Clock()
        self.ids = itertools.count(1)
        self.document = empty_document(self.clock, id_maker("c"))
        for person, name in ((ANN, "Ann"), (BOB, "Bob"), (CAROL, "Carol")):
            self.do(CreateRecord("person", person, {"name": name}), "founder")
        self.do(CreateRecord("team", "team-north", {"name": "Noord", "members": [ANN, BOB]}),
                "founder")
        self.do(CreateRecord("team", "team-south", {"name": "Zuid", "members": [CAROL]}),
                "founder")
        self.do(CreateRecord("decision_round", "round-1", {"date": "2026-03-15"}), "founder")
        self.do(CreateRecord("proposal", "proposal-1", {
            "title": "Fietsplan", "round": "round-1", "topic": "Mobiliteit", "proposed_by": ANN,
            "teams": ["team-north"], "proposal": "Iedereen een fiets van de zaak."}), ANN)

    def do(self, command: Command, by: str) -> Document:
        ids = iter([f"change-{next(self.ids)}" for _ in range(2)])
        self.document = handle(self.document, command, self.clock.stamp(by), ids)
        return self.document

    def respond(self, person: str, response: str, reason: str = "",
                proposal: str = "proposal-1") -> None:
        self.do(decisions.respond(self.document, proposal, response, reason, person,
                                  f"response-{next(self.ids)}"), person)

    def decide(self, outcome: str, rationale: str = "Niemand had bezwaar.",
               review: str = "2027-03-01") -> None:
        self.do(decisions.decide(self.document, "proposal-1", outcome, rationale, review, ANN,
                                 TODAY), ANN)


def test_each_person_has_one_response_which_they_change_until_the_proposal_closes() -> None:
    office = Round()
    office.respond(ANN, "concern", "Wat kost het?")
    office.respond(BOB, "consent")
    office.respond(ANN, "consent")
    assert len(office.document.live("proposal_response")) == 2
    assert decisions.tally(office.document, "proposal-1") == decisions.Tally(consent=2)
    office.decide("adopted")
    with pytest.raises(ProposalClosedError):
        office.respond(CAROL, "consent")
    with pytest.raises(ProposalClosedError):
        decisions.amend(office.document, "proposal-1", "Anders", "", BOB, "amendment-x")


def test_an_objection_needs_a_reason_and_blocks_adoption_while_it_stands() -> None:
    office = Round()
    with pytest.raises(ObjectionNeedsReasonError):
        office.respond(BOB, "objection", "   ")
    with pytest.raises(NoPersonChosenError):
        decisions.respond(office.document, "proposal-1", "consent", "", None, "r")
    office.respond(BOB, "objection", "De nachtploeg is niet gevraagd.")
    with pytest.raises(ObjectionStandsError) as stands:
        office.decide("adopted")
    assert stands.value.parameters == {"count": 1}
    with pytest.raises(DecisionError) as no_amendment:
        decisions.decide(office.document, "proposal-1", "adopted_amended", "x", "2027-01-01",
                         ANN, TODAY)
    assert no_amendment.value.field == "outcome"
    # Amended by its proposer, the objector answers the new version; the earlier answers
    # are marked so.
    with pytest.raises(NotTheProposerError):
        decisions.amend(office.document, "proposal-1", "Anders", "", BOB, "amendment-x")
    office.do(decisions.amend(office.document, "proposal-1", "Eerst een proef met de nachtploeg.",
                              "Proef", ANN, "amendment-1"), ANN)
    assert decisions.version_of(office.document, "proposal-1") == 2
    proposal = office.document.records["proposal-1"]
    assert decisions.current_text(office.document, proposal) == (
        "Eerst een proef met de nachtploeg.")
    office.respond(CAROL, "consent")
    assert decisions.tally(office.document, "proposal-1").earlier == 1
    office.respond(BOB, "consent")
    with pytest.raises(DecisionError) as review:
        office.decide("adopted_amended", review="")
    assert review.value.field == "review_date"
    with pytest.raises(DecisionError) as rationale:
        office.decide("adopted_amended", rationale=" ")
    assert rationale.value.field == "rationale"
    office.decide("adopted_amended")
    fields = office.document.records["proposal-1"].fields
    assert (fields["outcome"], fields["decided_on"], fields["decided_by"]) == (
        "adopted_amended", "2026-03-10", ANN)


def test_two_people_responding_at_once_in_two_copies_both_count() -> None:
    office = Round()
    base = office.document
    ann = decisions.respond(base, "proposal-1", "consent", "", ANN, "response-ann")
    bob = decisions.respond(base, "proposal-1", "objection", "Te duur.", BOB, "response-bob")
    stamp = office.clock.stamp
    ours = handle(base, ann, stamp(ANN), iter(["c-a1", "c-a2"]))
    theirs = handle(base, bob, stamp(BOB), iter(["c-b1", "c-b2"]))
    merged = merge(base, ours, theirs).document
    assert decisions.tally(merged, "proposal-1") == decisions.Tally(consent=1, objection=1)
    assert not merge(base, ours, theirs).document.conflicts


def test_reviews_past_their_date_are_due_for_adopted_decisions_and_rules_in_force() -> None:
    office = Round()
    office.decide("adopted", review="2026-03-01")
    office.do(CreateRecord("rule", "rule-old", {"title": "Oud", "review_date": "2026-01-01"}),
              ANN)
    office.do(CreateRecord("rule", "rule-new", {"title": "Nieuw", "replaces": "rule-old",
                                                "review_date": "2026-02-01"}), ANN)
    due = decisions.reviews_due(office.document, TODAY)
    assert [(item.id, item.days) for item in due] == [("rule-new", 37), ("proposal-1", 9)]
    assert decisions.reviews_due(office.document, date(2026, 1, 15)) == []


def test_beyond_the_budget_a_rule_replaces_one_or_names_the_decision_that_raised_it() -> None:
    office = Round()
    office.do(decisions.set_budget("1"), ANN)
    assert decisions.rules_budget(office.document) == 1
    with pytest.raises(FieldValueError):
        decisions.set_budget("veel")
    first = decisions.new_rule(office.document, {"title": "Opgeruimd werken"}, TODAY)
    assert first["since"] == "2026-03-10"
    office.do(CreateRecord("rule", "rule-1", first), ANN)
    with pytest.raises(RulesBudgetError) as full:
        decisions.new_rule(office.document, {"title": "Nog een"}, TODAY)
    assert (full.value.field, full.value.parameters) == ("replaces", {"budget": 1})
    replacing = decisions.new_rule(office.document, {"title": "Beter", "replaces": "rule-1"},
                                   TODAY)
    office.do(CreateRecord("rule", "rule-2", replacing), ANN)
    assert [r.id for r in decisions.active_rules(office.document)] == ["rule-2"]
    with pytest.raises(FieldValueError):  # a replaced rule is no longer in force
        decisions.new_rule(office.document, {"title": "x", "replaces": "rule-1"}, TODAY)
    with pytest.raises(RulesBudgetError):  # a proposal not adopted raised nothing
        decisions.new_rule(office.document, {"title": "x", "decision": "proposal-1"}, TODAY)
    office.decide("adopted")
    decisions.new_rule(office.document, {"title": "x", "decision": "proposal-1"}, TODAY)


def test_signals_on_a_rule_are_counted_and_say_who_gave_them() -> None:
    office = Round()
    office.do(CreateRecord("rule", "rule-1", {"title": "Opgeruimd werken"}), ANN)
    with pytest.raises(FieldValueError):
        decisions.signal(office.document, "rule-1", "not_followed", "  ", BOB, "s")
    for who, kind in ((BOB, "not_followed"), (CAROL, "not_followed"), (ANN, "makes_no_sense")):
        office.do(decisions.signal(office.document, "rule-1", kind, "In de piek lukt het niet.",
                                   who, f"signal-{who}"), who)
    counts = decisions.signal_counts(office.document)["rule-1"]
    assert (counts["not_followed"], counts["makes_no_sense"]) == (2, 1)


def test_the_decision_log_filters_by_words_team_topic_outcome_and_dates() -> None:
    office = Round()
    office.do(CreateRecord("proposal", "proposal-2", {
        "title": "Huisstijl", "round": "round-1", "topic": "Huisstijl",
        "teams": ["team-south"]}), BOB)
    office.decide("adopted")
    office.do(CreateRecord("rule", "rule-1", {"title": "Fiets", "decision": "proposal-1"}), ANN)

    def found(**wanted: str) -> list[str]:
        return [entry.proposal.id for entry in decisions.decision_log(office.document,
                                                                      LogFilter(**wanted))]

    # The latest first: an open proposal is dated by its round, a decision by its day.
    assert found() == ["proposal-2", "proposal-1"]
    assert found(team="team-south") == ["proposal-2"]
    assert found(topic="mobiliteit") == ["proposal-1"]
    assert found(outcome="open") == ["proposal-2"]
    assert found(words="FIETS zaak") == ["proposal-1"]
    assert found(since="2026-03-11") == ["proposal-2"]
    assert found(until="2026-03-10") == ["proposal-1"]
    entry = decisions.decision_log(office.document, LogFilter(outcome="adopted"))[0]
    assert entry.round is not None and entry.round.id == "round-1"
    assert [rule.id for rule in entry.rules] == ["rule-1"]


def test_the_log_filter_survives_its_address_with_colons_and_odd_characters() -> None:
    wanted = LogFilter(words="a:b=c %20 <x>", team="team-1", outcome="adopted")
    assert log_filter(log_page(wanted)) == wanted
    assert log_filter("log") == LogFilter()
    assert log_filter("proposal-1") is None


def test_a_recalibration_shows_its_cross_section_and_the_words_it_changed() -> None:
    office = Round()
    section = decisions.cross_section(office.document, [ANN, BOB])
    assert (section.teams, section.total) == (("Noord",), 2)
    diff = decisions.side_by_side("Elke maand een stap beter.", "Elke week een stap beter.")
    assert [(p.text, p.changed) for p in diff.before] == [
        ("Elke ", False), ("maand ", True), ("een stap beter.", False)]
    assert [p.text for p in diff.after if p.changed] == ["week "]
    assert decisions.side_by_side("Zo.", "Zo.").same
    for vision_id, when, mission in (("vision-2", "2026-06-20", "Tweede"),
                                     ("vision-1", "2026-03-20", "Eerste")):
        office.do(CreateRecord("vision", vision_id, {"date": when, "mission": mission}), ANN)
    assert decisions.current_mission(office.document) == "Tweede"
    latest = decisions.latest_vision(office.document)
    assert latest is not None and latest.id == "vision-2"
    previous = decisions.previous_vision(office.document, latest)
    assert previous is not None and previous.id == "vision-1"


def test_a_response_changed_is_an_update_of_only_what_changed() -> None:
    office = Round()
    office.respond(ANN, "concern", "Wat kost het?")
    command = decisions.respond(office.document, "proposal-1", "consent", "Wat kost het?", ANN,
                                "unused")
    assert isinstance(command, UpdateRecord)
    assert dict(command.fields) == {"response": "consent"}
    fields: dict[str, JsonValue] = dict(office.document.live("proposal_response")[0].fields)
    assert fields["version"] == 1
