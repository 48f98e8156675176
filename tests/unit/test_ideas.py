"""Idea campaigns: ideas come in only while a campaign is open, anonymous ones keep no person
anywhere, every verdict has a public reason and says who gave it, one support per person,
and the figures of the open selection on small known data."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from datetime import date

import pytest

from support.documents import Clock, empty_document, id_maker
from trustwork import ideas
from trustwork.commands import Command, CreateRecord, DeleteRecord, UpdateRecord, handle
from trustwork.errors import (
    AlreadySupportsError,
    AnonymousNotAllowedError,
    CampaignNotOpenError,
    FieldValueError,
    NoPersonChosenError,
    VerdictError,
)
from trustwork.model.document import Document, JsonValue, Record, Stamp
from trustwork.overview import recent_changes
from trustwork.store import codec
from trustwork.store.journal import entry_to_text, new_entry

ANN, BOB, CAROL = "person-ann", "person-bob", "person-carol"
TODAY = date(2026, 3, 10)


class Office:
    """A small organisation to act in: three people and one campaign; every action is
    handled as the page handles it, with a fresh stamp and ids."""

    def __init__(self, **campaign: JsonValue) -> None:
        self.clock = Clock()
        self.ids = itertools.count(1)
        self.document = empty_document(self.clock, id_maker("c"))
        for person, name in ((ANN, "Ann"), (BOB, "Bob"), (CAROL, "Carol")):
            self.do(CreateRecord("person", person, {"name": name}), "founder")
        self.do(CreateRecord("idea_campaign", "campaign-1", {
            "title": "Waar kunnen we op besparen?", "opens": "2026-03-01",
            "closes": "2026-03-31", **campaign}), "founder")

    def do(self, command: Command, by: str) -> Document:
        ids = iter([f"change-{next(self.ids)}" for _ in range(2)])
        self.document = handle(self.document, command, self.clock.stamp(by), ids)
        return self.document

    def submit(self, title: str, by: str, today: date = TODAY, **extra: JsonValue) -> str:
        fields = ideas.new_idea(self.document, {"title": title, "campaign": "campaign-1",
                                                "submitted_by": by, **extra}, today)
        record_id = f"idea-{next(self.ids)}"
        self.do(CreateRecord("idea", record_id, fields), by)
        return record_id


def test_an_idea_comes_in_only_from_the_day_the_campaign_opens_to_the_day_it_closes() -> None:
    office = Office()
    for day in (date(2026, 3, 1), TODAY, date(2026, 3, 31)):
        office.submit("Printer bij de inpaktafel", ANN, today=day)
    with pytest.raises(CampaignNotOpenError) as early:
        office.submit("Te vroeg", ANN, today=date(2026, 2, 28))
    assert (early.value.field, early.value.message_key) == ("campaign", "ideas.error.not_yet")
    with pytest.raises(CampaignNotOpenError) as late:
        office.submit("Te laat", ANN, today=date(2026, 4, 1))
    assert late.value.message_key == "ideas.error.closed"
    assert late.value.parameters == {"date": "2026-03-31"}
    always = Office(opens=None, closes=None)
    always.submit("Altijd welkom", BOB, today=date(1999, 1, 1))
    assert len(always.document.live("idea")) == 1


def test_an_anonymous_idea_is_refused_where_the_campaign_does_not_take_them() -> None:
    office = Office()
    with pytest.raises(AnonymousNotAllowedError):
        office.submit("Geheim idee", ANN, anonymous=True)
    assert office.document.live("idea") == []


def test_no_person_is_in_any_stamp_or_log_entry_of_an_anonymous_idea_even_after_its_verdict(
) -> None:
    office = Office(anonymous_allowed=True)
    mentions = codec.dumps(office.document).count(ANN)  # Ann as a person in the register
    idea = office.submit("Kratten in plaats van dozen", ANN, anonymous=True)
    office.do(UpdateRecord(idea, {"description": "Scheelt karton"}), ANN)
    office.do(ideas.verdict(office.document, idea, "usable", "Goedkoop en snel", "", BOB, TODAY),
              BOB)
    record = office.document.records[idea]
    assert "submitted_by" not in record.fields
    stamps = [record.created, record.changed, *record.stamps.values()]
    assert {stamp.by for stamp in stamps} == {"anonymous"}
    assert all(stamp.at.endswith("T00:00:00.000000Z") for stamp in stamps)
    assert office.document.history(idea) == []
    # Who decided and when is kept on the idea itself, for everyone to see.
    assert (record.fields["decided_by"], record.fields["decided_on"]) == (BOB, "2026-03-10")
    assert codec.dumps(office.document).count(ANN) == mentions
    # The browser's journal keeps the command without the person too.
    entry = new_entry(office.document, UpdateRecord(idea, {"title": "Kratten"}),
                      Stamp("2026-03-11T14:15:16.000000Z", CAROL), ("change-x",))
    assert CAROL not in entry_to_text(entry) and "14:15" not in entry_to_text(entry)
    # An idea handed in under a name is stamped and logged as always.
    named = office.submit("Tape in grotere rollen", CAROL)
    assert office.document.records[named].created.by == CAROL
    assert [change.action for change in office.document.history(named)] == ["create"]


def test_every_verdict_needs_a_public_reason_and_keeps_who_decided_and_when() -> None:
    office = Office()
    idea = office.submit("Waterkoeler bij de docks", ANN)
    with pytest.raises(VerdictError) as no_reason:
        ideas.verdict(office.document, idea, "not_usable", "   ", "", BOB, TODAY)
    assert (no_reason.value.field, no_reason.value.message_key) == (
        "reason", "ideas.error.reason_required")
    with pytest.raises(VerdictError):
        ideas.verdict(office.document, idea, "submitted", "Terug", "", BOB, TODAY)
    with pytest.raises(NoPersonChosenError):
        ideas.verdict(office.document, idea, "usable", "Goed", "", None, TODAY)
    command = ideas.verdict(office.document, idea, "not_usable", "Te duur voor wat het oplevert",
                            "", BOB, TODAY)
    assert command == UpdateRecord(idea, {
        "status": "not_usable", "reason": "Te duur voor wat het oplevert",
        "decided_by": BOB, "decided_on": "2026-03-10"})


def test_a_duplicate_names_another_idea_and_its_supports_count_there() -> None:
    office = Office()
    first = office.submit("Printer dichterbij", ANN)
    again = office.submit("Printer naar de inpaktafel", BOB)
    for wrong in ("", again, "idea-nowhere", "campaign-1"):
        with pytest.raises(VerdictError) as failed:
            ideas.verdict(office.document, again, "duplicate", "Al ingediend", wrong, CAROL,
                          TODAY)
        assert failed.value.field == "duplicate_of"
    office.do(ideas.verdict(office.document, again, "duplicate", "Al ingediend", first, CAROL,
                            TODAY), CAROL)
    # The first cannot now be called a duplicate of its own duplicate: no circle.
    with pytest.raises(VerdictError):
        ideas.verdict(office.document, first, "duplicate", "Andersom", again, CAROL, TODAY)
    office.do(ideas.support(office.document, first, ANN, "support-1"), ANN)
    office.do(ideas.support(office.document, again, BOB, "support-2"), BOB)
    office.do(ideas.support(office.document, again, ANN, "support-3"), ANN)
    found = ideas.index(office.document)
    assert ideas.supporters(found, first) == {ANN, BOB}  # Ann once, though she supported both
    assert ideas.supporters(found, again) == {ANN, BOB}
    assert found.duplicates == {first: (again,)}


def test_one_support_per_person_and_supporting_again_takes_it_back() -> None:
    office = Office()
    idea = office.submit("Lampen op sensor", ANN)
    with pytest.raises(NoPersonChosenError):
        ideas.toggle_support(office.document, idea, None, "support-1")
    first = ideas.toggle_support(office.document, idea, BOB, "support-1")
    assert first == CreateRecord("idea_support", "support-1", {"idea": idea, "person": BOB})
    office.do(first, BOB)
    with pytest.raises(AlreadySupportsError):
        ideas.support(office.document, idea, BOB, "support-2")
    assert ideas.toggle_support(office.document, idea, BOB, "support-2") == DeleteRecord(
        "support-1")
    office.do(DeleteRecord("support-1"), BOB)
    assert ideas.supporters(ideas.index(office.document), idea) == frozenset()
    assert isinstance(ideas.toggle_support(office.document, idea, BOB, "support-3"),
                      CreateRecord)


def test_a_reaction_is_a_persons_own_and_needs_text() -> None:
    office = Office()
    idea = office.submit("Weekrooster op vrijdag", ANN)
    with pytest.raises(FieldValueError) as empty:
        ideas.react(office.document, idea, "  ", BOB, "reaction-1")
    assert empty.value.field == "text"
    assert ideas.react(office.document, idea, " <b>Ja!</b> ", BOB, "reaction-1") == CreateRecord(
        "idea_reaction", "reaction-1", {"idea": idea, "text": "<b>Ja!</b>", "person": BOB})


# -- the figures, on small known data ------------------------------------------------------------

def idea(number: int, status: str = "submitted", *, by: str | None = None,
         submitted: str = "2026-03-01", decided: str | None = None) -> Record:
    fields: dict[str, JsonValue] = {"title": f"Idee {number}", "campaign": "c", "status": status}
    if by:
        fields["submitted_by"] = by
    if decided:
        fields["decided_on"] = decided
    stamp = Stamp(f"{submitted}T09:00:00.000000Z", by or "anonymous")
    return Record(f"idea-{number:03d}", "idea", stamp, stamp, fields, {})


def project(idea_id: str, status: str, realised: float | None = None) -> Record:
    stamp = Stamp("2026-04-01T09:00:00.000000Z", ANN)
    fields: dict[str, JsonValue] = {"title": "Project", "idea": idea_id, "status": status,
                                    "saving_realised": realised}
    return Record(f"project-{idea_id}", "improvement_project", stamp, stamp, fields, {})


def test_the_articles_168_ideas_with_40_usable_are_a_usable_rate_of_23_8_percent() -> None:
    everything = [idea(n, "usable" if n < 40 else "not_usable") for n in range(168)]
    assert ideas.usable_rate(everything, {}) == 23.8
    assert ideas.share_answered(everything) == 100.0


def test_the_funnel_counts_each_step_with_its_share_and_projects_carry_ideas_forward() -> None:
    found = [idea(1), idea(2, "not_usable", decided="2026-03-03"),
             idea(3, "duplicate", decided="2026-03-11"), idea(4, "usable", decided="2026-03-05"),
             idea(5, "usable", decided="2026-03-08"), idea(6, "in_progress", decided="2026-03-02"),
             idea(7, "done", decided="2026-03-21"), idea(8, "usable", decided="2026-03-04")]
    projects: Mapping[str, tuple[Record, ...]] = {
        "idea-005": (project("idea-005", "running"),),
        "idea-008": (project("idea-008", "done", 1250), project("idea-008", "stopped", 99))}
    funnel = ideas.funnel(found, projects)
    assert [(step.key, step.count, step.percent) for step in funnel.steps] == [
        ("submitted", 8, 100.0), ("answered", 7, 87.5), ("usable", 5, 62.5),
        ("in_progress", 4, 50.0), ("done", 2, 25.0)]
    # Days to answer: 2, 10, 4, 7, 1, 20, 3 → median 4.
    assert funnel.median_days_to_answer == 4.0
    assert funnel.saving_realised == 1250.0
    assert ideas.stage(found[4], projects["idea-005"]) == "in_progress"
    assert ideas.usable_rate(found, projects) == 62.5


def test_ideas_per_person_and_the_share_of_people_who_handed_one_in() -> None:
    found = [idea(1, by=ANN), idea(2, by=ANN), idea(3, by=BOB), idea(4), idea(5, by="gone")]
    people = [ANN, BOB, CAROL, "person-dan"]
    assert ideas.ideas_per_person(found, len(people)) == 1.2
    assert ideas.share_who_submitted(found, people) == 50.0
    assert ideas.share_answered(found) == 0.0
    assert ideas.ideas_per_person(found, 0) is None
    assert ideas.median_days_to_answer(found) is None
    assert ideas.share_answered([]) is None


def test_the_ideas_waiting_longest_for_a_verdict_come_first() -> None:
    found = [idea(1, submitted="2026-03-05"), idea(2, "usable", submitted="2026-03-01",
                                                   decided="2026-03-02"),
             idea(3, submitted="2026-03-02"), idea(4, submitted="2026-03-09")]
    assert [(record.id, days) for record, days in ideas.waiting(found, TODAY)] == [
        ("idea-003", 8), ("idea-001", 5), ("idea-004", 1)]


def test_campaign_names_sort_with_their_numbers_as_numbers() -> None:
    names = ["Ideeënronde 10", "Ideeënronde 2", "ideeënronde 1", "Anders"]
    assert sorted(names, key=ideas.natural_key) == [
        "Anders", "ideeënronde 1", "Ideeënronde 2", "Ideeënronde 10"]


def test_recent_changes_name_a_support_by_its_idea() -> None:
    office = Office()
    idea = office.submit("Kratten in plaats van dozen", ANN)
    office.do(ideas.support(office.document, idea, BOB, "support-1"), BOB)
    newest = recent_changes(office.document, limit=1)[0]
    assert (newest.kind, newest.label, newest.who) == (
        "idea_support", "Kratten in plaats van dozen", "Bob")


def test_the_median_of_an_even_number_of_answers_is_the_mean_of_the_middle_two() -> None:
    found = [idea(1, "usable", decided="2026-03-02"), idea(2, "usable", decided="2026-03-05"),
             idea(3, "usable", decided="2026-03-11"), idea(4, "usable", decided="2026-03-31")]
    assert ideas.median_days_to_answer(found) == 7.0  # days 1, 4, 10, 30
