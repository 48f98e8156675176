"""The dashboard's outcomes on the small organisation of ``support/office.py``, whose figures
are worked out by hand (there and here): every indicator, this year and over the last 12
months, with its trend."""

from __future__ import annotations

from datetime import date

import pytest

from support.office import TODAY, office, record
from trustwork.model.document import Document, JsonValue
from trustwork.outcomes import Outcomes, Point, outcomes, period


@pytest.fixture(scope="module")
def this_year() -> Outcomes:
    return outcomes(office(), "year", TODAY)


@pytest.fixture(scope="module")
def last_12_months() -> Outcomes:
    return outcomes(office(), "last-12-months", TODAY)


def test_a_period_is_this_year_up_to_this_month_or_the_twelve_months_up_to_this_one() -> None:
    assert period("year", TODAY).months == ("2026-01", "2026-02", "2026-03")
    assert period("last-12-months", TODAY).months[0] == "2025-04"
    assert period("last-12-months", date(2026, 12, 31)).months == tuple(
        f"2026-{month:02d}" for month in range(1, 13))
    assert period("anything else", TODAY).key == "year"
    assert not period("year", TODAY).holds("2026-03-11")  # after today
    assert period("year", TODAY).holds("2026-03-10T23:59:00Z")


def test_taking_part_counts_people_in_ideas_pilots_and_decisions_once_each(
        this_year: Outcomes, last_12_months: Outcomes) -> None:
    found = this_year.outcome("engagement").indicator("taking_part")
    # Ideas: p1 (i1), p2 (i2), p3 (supports i2); pilots: p2 (joined), p3 (edited);
    # decisions: p2 (proposed). Together p1, p2, p3: 3 of 4 people.
    assert (found.value, found.part, found.whole) == (75.0, 3, 4)
    assert found.parts == (Point("ideas", 75.0), Point("pilots", 50.0),
                           Point("decisions", 25.0))
    # January p1, p2; February p2, p3; March p3.
    assert found.trend == (Point("2026-01", 50.0), Point("2026-02", 50.0),
                           Point("2026-03", 25.0))
    earlier = last_12_months.outcome("engagement").indicator("taking_part")
    # p4 reacted to an idea, started a pilot and was at the October decision round.
    assert (earlier.value, earlier.part) == (100.0, 4)
    assert earlier.parts == (Point("ideas", 100.0), Point("pilots", 75.0),
                             Point("decisions", 50.0))


def test_team_months_count_each_team_from_the_month_it_began(
        this_year: Outcomes, last_12_months: Outcomes) -> None:
    found = this_year.outcome("effectiveness").indicator("team_months")
    # January: t1 has A (t2 did not exist yet); February: t1 has B, t2 has none; March (this
    # month): only t2, which has C, counts. 3 of 4.
    assert (found.value, found.part, found.whole) == (75.0, 3, 4)
    assert found.trend == (Point("2026-01", 100.0), Point("2026-02", 50.0),
                           Point("2026-03", 100.0))
    earlier = last_12_months.outcome("effectiveness").indicator("team_months")
    assert (earlier.value, earlier.part, earlier.whole) == (80.0, 4, 5)  # December's D too
    assert earlier.trend[0] == Point("2025-04", None)  # no team yet


def test_measured_results_and_savings_come_from_the_done_projects_of_the_period(
        this_year: Outcomes, last_12_months: Outcomes) -> None:
    effectiveness = this_year.outcome("effectiveness")
    measured = effectiveness.indicator("measured")
    assert (measured.value, measured.part, measured.whole) == (50.0, 1, 2)  # A of A and B
    savings = effectiveness.indicator("savings")
    assert savings.value == 500.0  # A 300 + B 200; E stopped
    assert savings.trend == (Point("2026-01", 300.0), Point("2026-02", 200.0),
                             Point("2026-03", 0.0))
    earlier = last_12_months.outcome("effectiveness")
    assert earlier.indicator("measured").value == 66.7  # A and D of A, B and D
    assert earlier.indicator("savings").value == 1500.0


def test_reviews_on_time_and_the_rules_budget_are_a_state_of_today(
        this_year: Outcomes, last_12_months: Outcomes) -> None:
    for found in (this_year, last_12_months):
        reviewed = found.outcome("effectiveness").indicator("reviewed_on_time")
        # With a review date: the adopted proposal (overdue), rule 1 and rule 4 (rule 3 is
        # replaced, rule 2 has none). 2 of 3 on time.
        assert (reviewed.value, reviewed.part, reviewed.whole) == (66.7, 2, 3)
        assert not reviewed.in_period
        budget = found.outcome("effectiveness").indicator("rules_budget")
        assert (budget.value, budget.whole, budget.within) == (3, 2, False)


def test_creativity_figures_take_the_ideas_handed_in_during_the_period(
        this_year: Outcomes, last_12_months: Outcomes) -> None:
    creativity = this_year.outcome("creativity")
    per_person = creativity.indicator("ideas_per_person")
    assert (per_person.value, per_person.part, per_person.whole) == (0.8, 3, 4)  # i1-i3
    assert per_person.trend == (Point("2026-01", 1), Point("2026-02", 2), Point("2026-03", 0))
    assert creativity.indicator("usable_rate").value == 33.3  # i1 (its project is done)
    assert creativity.indicator("days_to_answer").value == 7.0  # median of 4 and 10
    pilots = creativity.indicator("pilots_started")
    assert pilots.value == 1 and pilots.trend[1] == Point("2026-02", 1)  # not April's
    became = creativity.indicator("became_projects")
    assert (became.value, became.whole) == (1, 3)  # i1, carried out by A
    earlier = last_12_months.outcome("creativity")
    assert earlier.indicator("ideas_per_person").value == 1.0
    assert earlier.indicator("usable_rate").value == 50.0  # i1 and i4
    assert earlier.indicator("days_to_answer").value == 4.0  # median of 2, 4 and 10
    assert earlier.indicator("pilots_started").value == 2


def test_openness_is_the_share_of_live_records_everyone_can_read(this_year: Outcomes) -> None:
    found = this_year.outcome("openness").indicator("open_share")
    # 33 records, one deleted: 32 live, one of them confidential. 31 * 100 // 32 = 96.
    assert (found.value, found.part, found.whole) == (96, 31, 32)
    assert found.parts == (Point("open", 31), Point("confidential", 1))


def test_an_empty_organisation_has_no_figures_rather_than_zeroes() -> None:
    empty = Document(record("org", "organisation", "2026-01-01", name="Leeg"), {})
    found = outcomes(empty, "year", TODAY)
    assert found.outcome("engagement").indicator("taking_part").value is None
    assert found.outcome("effectiveness").indicator("team_months").value is None
    assert found.outcome("effectiveness").indicator("measured").value is None
    assert found.outcome("effectiveness").indicator("savings").value == 0.0
    assert found.outcome("effectiveness").indicator("rules_budget").within is None
    creativity = found.outcome("creativity")
    assert creativity.indicator("ideas_per_person").value is None
    assert creativity.indicator("days_to_answer").value is None
    assert found.outcome("openness").indicator("open_share").value == 100


def test_the_trust_scan_shows_the_latest_closed_rounds_positive_share_per_theme_and_before(
        ) -> None:
    """Two closed rounds worked out by hand: in the latest, five respondents answered the two
    clear-goals statements 4, 4, 5, 2, 1 (3 of 5 positive) and the two tools statements all 4
    (5 of 5); the round before had one theme answered by five people, 2 of 5 positive."""
    from dataclasses import replace

    base = office()
    goals: dict[str, JsonValue] = {"goals.1": [1, 1, 0, 2, 1], "goals.2": [1, 1, 0, 2, 1]}
    tools: dict[str, JsonValue] = {"tools.1": [0, 0, 0, 5, 0], "tools.2": [0, 0, 0, 5, 0]}
    extra = [
        record("r1", "scan_round", "2025-09-01", title="Najaar", starts="2025-09-01",
               closed="2025-09-30"),
        record("r1-everyone", "scan_result", "2025-09-30", round="r1", group="everyone",
               respondents=5, counts={"goals.1": [2, 1, 0, 1, 1]}),
        record("r2", "scan_round", "2026-02-01", title="Voorjaar", starts="2026-02-01",
               closed="2026-02-28"),
        record("r2-everyone", "scan_result", "2026-02-28", round="r2", group="everyone",
               respondents=5, counts={**goals, **tools}),
    ]
    document = replace(base, records={**base.records, **{r.id: r for r in extra}})
    found = outcomes(document, "year", TODAY).outcome("engagement").indicator("trust_scan")
    # Of 20 answers, 3+3 (goals) and 5+5 (tools) are 4 or 5: 16 of 20 = 80 %.
    assert found.value == 80.0
    assert (found.part, found.whole, found.area, found.in_period) == (5, 4, "scan", False)
    parts = {point.label: point.value for point in found.parts}
    assert parts["goals"] == 60.0 and parts["tools"] == 100.0
    assert found.trend == (Point("2025-09", 40.0), Point("2026-02", 80.0))
    # A round whose start is no date shows by the month it closed; with neither, not at all.
    odd = replace(document, records={**document.records, "r1": replace(
        document.records["r1"], fields={**document.records["r1"].fields, "starts": [1]})})
    assert outcomes(odd, "year", TODAY).outcome("engagement").indicator(
        "trust_scan").trend[0] == Point("2025-09", 40.0)
    gone = replace(document, records={**document.records, "r1": replace(
        document.records["r1"], fields={"title": "Najaar", "closed": "2025-13-01"})})
    assert outcomes(gone, "year", TODAY).outcome("engagement").indicator(
        "trust_scan").trend == (Point("2026-02", 80.0),)


def test_without_a_closed_round_the_trust_scan_shows_nothing(this_year: Outcomes) -> None:
    found = this_year.outcome("engagement").indicator("trust_scan")
    assert found.value is None and found.trend == () and found.parts == ()
