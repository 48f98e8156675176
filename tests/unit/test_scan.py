"""The trust scan's pure rules: the questionnaire, a ballot from its form, the tally with its
threshold and subtraction rule, the shuffled open answers, the results per theme, the
dashboard's summary, and ballots that merge as a set."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from support.documents import Clock, empty_document, id_maker
from trustwork import scan
from trustwork.commands import CreateRecord, handle
from trustwork.errors import CannotUnlockError, FieldValueError
from trustwork.i18n import CATALOGUE, LANGUAGES
from trustwork.model.document import Document, Stamp
from trustwork.scan import EVERYONE, Ballot, GroupResult
from trustwork.store.ballots import ballot_from_text, ballot_to_text
from trustwork.store.merge import merge

ANN = "person-ann-7f3a"
QUESTIONNAIRE = scan.STATEMENTS


def ballot(score: int, *groups: str, text: str = "") -> Ballot:
    return Ballot({statement.id: score for statement in QUESTIONNAIRE}, groups, text)


def test_the_questionnaire_asks_three_or_four_statements_per_theme_in_both_languages() -> None:
    for theme in scan.THEMES:
        count = sum(1 for statement in QUESTIONNAIRE if statement.theme == theme)
        assert 3 <= count <= 4, theme
        for language in LANGUAGES:
            assert f"scan.theme.{theme}" in CATALOGUE[language]
    for statement in QUESTIONNAIRE:
        for language in LANGUAGES:
            assert CATALOGUE[language][f"scan.statement.{statement.id}"].strip()
    assert len({s.id for s in QUESTIONNAIRE}) == len(QUESTIONNAIRE)


def test_an_organisations_own_statement_joins_the_questionnaire_under_its_theme() -> None:
    clock, new_id = Clock(), id_maker("c")
    document = empty_document(clock, new_id)
    document = handle(document, CreateRecord("scan_statement", "scan-statement-1", {
        "text": "Our shift handover works.", "theme": "tools"}), clock.stamp(ANN),
        iter(["x1", "x2"]))
    asked = scan.statements(document)
    assert asked[-1] == scan.Statement("scan-statement-1", "tools", "Our shift handover works.")
    assert asked[: len(QUESTIONNAIRE)] == QUESTIONNAIRE


def test_a_threshold_under_three_is_refused_and_an_empty_one_is_five() -> None:
    assert scan.check_threshold({"title": "R"})["threshold"] == 5
    assert scan.check_threshold({"threshold": 8})["threshold"] == 8
    with pytest.raises(FieldValueError) as refused:
        scan.check_threshold({"threshold": 2})
    assert refused.value.message_key == "scan.threshold_too_low"


def test_a_ballot_from_the_form_keeps_only_the_round_s_groups_and_scores_one_to_five(
) -> None:
    clock, new_id = Clock(), id_maker("c")
    document = empty_document(clock, new_id)
    document = handle(document, CreateRecord("scan_round", "round-1", {
        "title": "R", "groups": ["team-a", "team-b"]}), clock.stamp(ANN), iter(["x1", "x2"]))
    round_record = document.record("round-1")
    made = scan.ballot_from_form({"answer.goals.1": ["4"], "answer.tools.2": ["1"],
                                  "group": ["team-b"], "open": ["  more room  "]},
                                 round_record, QUESTIONNAIRE)
    assert made == Ballot({"goals.1": 4, "tools.2": 1}, ("team-b",), "more room")
    for values, field in (({"answer.goals.1": ["6"]}, "answer.goals.1"),
                          ({"answer.goals.1": ["3"], "group": ["team-z"]}, "group"),
                          ({}, ""),
                          ({"answer.goals.1": ["3"], "open": ["x" * 1001]}, "open")):
        with pytest.raises(FieldValueError) as refused:
            scan.ballot_from_form(values, round_record, QUESTIONNAIRE)
        assert refused.value.field == field


def test_the_ballot_text_reads_back_and_a_damaged_one_is_refused() -> None:
    text = ballot_to_text({"goals.1": 5}, ["team-a"], "Meer ruimte – écht")
    assert ballot_from_text(scan.padded(text)) == ({"goals.1": 5}, ("team-a",),
                                                   "Meer ruimte – écht")
    for damaged in ("", "[]", '{"a": {"goals.1": 9}, "g": [], "o": ""}', "{nope"):
        with pytest.raises(CannotUnlockError):
            ballot_from_text(damaged)


def test_every_ballot_is_padded_to_the_same_length_whatever_its_open_answer() -> None:
    short = scan.padded(ballot_to_text({"goals.1": 1}, [], ""))
    every = {s.id: 5 for s in QUESTIONNAIRE}
    long = scan.padded(ballot_to_text(every, ["team-a", "team-b"], "é" * scan.OPEN_LIMIT))
    assert len(short.encode()) == len(long.encode()) == scan.PADDED_BYTES


def test_a_group_under_the_threshold_is_not_in_the_tally_at_all() -> None:
    ballots = ([ballot(4, "team-a") for _ in range(6)] + [ballot(1, "team-b") for _ in range(5)]
               + [ballot(2, "team-c") for _ in range(2)])
    results = scan.tally(ballots, ["team-a", "team-b", "team-c"], 5, 1, QUESTIONNAIRE)
    assert [r.group for r in results] == [EVERYONE, "team-a", "team-b"]
    everyone = results[0]
    assert everyone.respondents == 13
    assert everyone.counts["goals.1"] == (5, 2, 0, 6, 0)
    assert results[2].counts["goals.1"] == (5, 0, 0, 0, 0)


def test_a_group_that_everyone_minus_it_would_reveal_is_not_stored() -> None:
    # Team a holds 6 of 8: everyone minus team a would give the other 2 people's answers.
    ballots = [ballot(4, "team-a") for _ in range(6)] + [ballot(1) for _ in range(2)]
    results = scan.tally(ballots, ["team-a"], 5, 1, QUESTIONNAIRE)
    assert [r.group for r in results] == [EVERYONE]


def test_two_overlapping_teams_whose_difference_is_small_are_not_both_stored() -> None:
    # 12 people; team a 7, team b the same 7 and 1 more: b minus a is one person.
    ballots = ([ballot(3, "team-a", "team-b") for _ in range(7)] + [ballot(5, "team-b")]
               + [ballot(2, "team-c") for _ in range(6)])
    results = scan.tally(ballots, ["team-a", "team-b", "team-c"], 5, 1, QUESTIONNAIRE)
    assert [r.group for r in results] == [EVERYONE, "team-a", "team-c"]


def test_the_threshold_may_be_set_higher() -> None:
    ballots = [ballot(4, "team-a") for _ in range(6)] + [ballot(2) for _ in range(6)]
    assert [r.group for r in scan.tally(ballots, ["team-a"], 5, 1, QUESTIONNAIRE)] == [
        EVERYONE, "team-a"]
    assert [r.group for r in scan.tally(ballots, ["team-a"], 7, 1, QUESTIONNAIRE)] == [
        EVERYONE]
    with pytest.raises(ValueError):
        scan.tally(ballots, [], 2, 1, QUESTIONNAIRE)


def test_open_answers_are_shuffled_by_the_seed_and_not_in_the_order_they_came_in() -> None:
    texts = [f"answer {n:02}" for n in range(20)]
    once = scan.shuffled(texts, 7)
    assert once == scan.shuffled(list(reversed(texts)), 7)  # arrival order says nothing
    assert sorted(once) == sorted(texts)
    assert once != tuple(texts)
    assert scan.shuffled(texts, 8) != once
    ballots = [ballot(4, text=text) for text in texts]
    stored = scan.tally(ballots, [], 5, 3, QUESTIONNAIRE)[0].open_answers
    assert sorted(stored) == sorted(texts) and stored != tuple(texts)


memberships = st.lists(st.frozensets(st.sampled_from(["t1", "t2", "t3", "t4"])),
                       min_size=0, max_size=40)


@settings(max_examples=300, deadline=None)
@given(memberships, st.integers(min_value=3, max_value=8))
def test_no_stored_group_is_under_the_threshold_and_no_stored_pair_differs_by_less(
        groups_of: list[frozenset[str]], limit: int) -> None:
    ballots = [ballot(3, *sorted(groups)) for groups in groups_of]
    teams = ["t1", "t2", "t3", "t4"]
    results = scan.tally(ballots, teams, limit, 1, QUESTIONNAIRE)
    sets = scan.members(ballots, teams)
    stored = {r.group: sets[r.group] for r in results}
    for result in results:
        assert result.respondents == len(sets[result.group]) >= limit
    for (_, one), (_, other) in itertools.combinations(stored.items(), 2):
        for rest in (one - other, other - one):
            assert len(rest) == 0 or len(rest) >= limit
    # And a group left out was left out for a reason.
    for team in teams:
        if team not in stored and len(sets[team]) >= limit:
            assert any(0 < len(sets[team] - kept) < limit or 0 < len(kept - sets[team]) < limit
                       for kept in stored.values())


def test_the_live_screen_adds_ballots_only_a_threshold_at_a_time() -> None:
    shown = scan.live_batch(frozenset(), ["b1", "b2", "b3", "b4"], 5)
    assert shown == frozenset()
    shown = scan.live_batch(shown, ["b1", "b2", "b3", "b4", "b5"], 5)
    assert shown == {"b1", "b2", "b3", "b4", "b5"}
    assert scan.live_batch(shown, [*shown, "b6", "b7"], 5) == shown
    assert len(scan.live_batch(shown, [*shown, *(f"c{n}" for n in range(5))], 5)) == 10


def test_theme_scores_give_average_share_positive_and_distribution() -> None:
    counts = {s.id: (0, 0, 0, 0, 0) for s in QUESTIONNAIRE}
    counts["goals.1"] = (1, 0, 0, 2, 2)  # 1+8+10 = 19 over 5 answers
    counts["goals.2"] = (0, 0, 5, 0, 0)
    result = GroupResult(EVERYONE, 5, counts)
    goals = scan.theme_scores(result, QUESTIONNAIRE)[0]
    assert goals.theme == "goals"
    assert goals.distribution == (1, 0, 5, 2, 2)
    assert goals.average == pytest.approx(3.4)  # 34 / 10
    assert goals.positive == pytest.approx(40.0)
    tools = scan.theme_scores(result, QUESTIONNAIRE)[1]
    assert tools.average is None and tools.answers == 0


def closed_round(document: Document, clock: Clock, round_id: str, day: str,
                 results: list[GroupResult]) -> Document:
    ids = iter(f"{round_id}-change-{n}" for n in range(100))
    document = handle(document, CreateRecord("scan_round", round_id, {
        "title": round_id, "closed": day}), clock.stamp(ANN), ids)
    for number, result in enumerate(results):
        document = handle(document, CreateRecord("scan_result", f"{round_id}-r{number}",
                                                 scan.result_fields(round_id, result)),
                          clock.stamp(ANN), ids)
    return document


def test_the_dashboard_summary_is_the_latest_closed_round_for_everyone() -> None:
    clock, new_id = Clock(), id_maker("c")
    document = empty_document(clock, new_id)
    assert scan.latest_summary(document) is None
    low = scan.tally([ballot(2) for _ in range(5)], [], 5, 1, QUESTIONNAIRE)
    mixed = [ballot(5) for _ in range(3)] + [ballot(1) for _ in range(3)]
    mixed[0] = Ballot({**mixed[0].answers, "safety.1": 1}, (), "")
    high = scan.tally(mixed, [], 5, 1, QUESTIONNAIRE)
    document = closed_round(document, clock, "round-b", "2026-05-01", list(high))
    document = closed_round(document, clock, "round-a", "2026-02-01", list(low))
    found = scan.latest_summary(document)
    assert found is not None and found.round_id == "round-b"
    assert found.respondents == 6
    assert found.average == pytest.approx(3.0, abs=0.05)
    assert found.positive == pytest.approx(50.0, abs=1)
    assert found.weakest == "safety"
    assert [s.round_id for s in scan.trend(document)] == ["round-a", "round-b"]
    assert scan.trend(document)[0].average == 2.0


def test_ballots_from_two_laptops_merge_to_the_right_totals_and_merging_twice_adds_nothing(
) -> None:
    clock, new_id = Clock(), id_maker("c")
    base = empty_document(clock, new_id)
    base = handle(base, CreateRecord("scan_round", "round-1", {"title": "R"}),
                  clock.stamp(ANN), iter(["x1", "x2"]))
    counter = itertools.count()

    def cast(document: Document, who: str) -> Document:
        number = next(counter)
        command = CreateRecord("scan_ballot", f"scan-ballot-{number:04x}", {
            "round": "round-1", "sealed": {"epk": f"k{number}", "iv": "i", "data": "d"}})
        return handle(document, command, Stamp(f"2026-03-04T1{number % 10}:11:12.000001Z", who),
                      iter([f"y{number}", f"z{number}"]))

    laptop_a, laptop_b = base, base
    for _ in range(3):
        laptop_a = cast(laptop_a, ANN)
    for _ in range(4):
        laptop_b = cast(laptop_b, "person-bob")
    merged = merge(base, laptop_a, laptop_b).document
    again = merge(laptop_a, merged, laptop_b).document
    twice = merge(merged, again, merged).document
    for document in (merged, again, twice):
        assert len(document.live("scan_ballot")) == 7
    for ballot_record in twice.live("scan_ballot"):
        assert ballot_record.created.by == "anonymous"
        assert ballot_record.created.at.endswith("T00:00:00.000000Z")
    assert not any(change.kind == "scan_ballot" for change in twice.changes)
