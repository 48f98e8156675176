"""Continuous improvement on small known data: the team × month grid and its coverage, the
board, savings, carrying a project into the next month, and a project's steps by phase; and
the area's pages rendered from them."""

from __future__ import annotations

from datetime import date
from itertools import count

import pytest

from trustwork.commands import CreateRecord, handle, ids_needed
from trustwork.errors import FieldValueError
from trustwork.i18n import format_number
from trustwork.improvement import (
    Savings,
    board,
    carried_over,
    continued_in,
    grid,
    neighbours,
    next_month,
    projects_in,
    projects_per_team_month,
    savings,
    steps,
    team_months_covered,
    team_projects,
)
from trustwork.kinds import REGISTRY
from trustwork.model.document import Document, JsonValue, Stamp, new_document
from trustwork.views import AppView, render_app

NUMBERS = count()
TODAY = date(2026, 4, 15)  # January to April 2026 have begun


def at(day: int, month: str = "2025-12") -> Stamp:
    return Stamp(f"{month}-{day:02d}T09:00:00.000000Z", "p-ann")


def add(document: Document, kind: str, record_id: str, fields: dict[str, JsonValue],
        day: int = 2, month: str = "2025-12") -> Document:
    command = CreateRecord(kind, record_id, fields)
    ids = iter(f"change-{next(NUMBERS)}" for _ in range(ids_needed(command)))
    return handle(document, command, at(day, month), ids)


def organisation() -> Document:
    """Two teams, since December 2025; Inslag has projects in January (done), February (two)
    and April; Uitslag only in March 2026 and in December 2025."""
    ids = iter(["change-org"])
    document = new_document("Voorbeeld", "org", at(1), lambda: next(ids))
    document = add(document, "team", "t-in", {"name": "Inslag"})
    document = add(document, "team", "t-uit", {"name": "Uitslag"})
    projects: list[tuple[str, str, str, dict[str, JsonValue]]] = [
        ("p-jan", "t-in", "2026-01", {"status": "done", "saving_estimated": 500,
                                      "saving_realised": 650, "measured": 70,
                                      "baseline": 95, "goal": 75, "measure": "seconds"}),
        ("p-feb", "t-in", "2026-02", {"status": "running", "saving_estimated": 200,
                                      "saving_realised": 999}),
        ("p-feb2", "t-in", "2026-02", {"status": "checking"}),
        ("p-apr", "t-in", "2026-04", {"status": "planned"}),
        ("p-mar", "t-uit", "2026-03", {"status": "done", "saving_realised": 100.5}),
        ("p-old", "t-uit", "2025-12", {"status": "done", "saving_realised": 10_000}),
    ]
    for record_id, team, month, fields in projects:
        document = add(document, "improvement_project", record_id,
                       {"title": record_id, "team": team, "month": month, **fields})
    return document


def test_the_grid_shows_each_team_against_the_twelve_months_with_gaps_only_in_ended_months(
) -> None:
    shown = grid(organisation(), 2026, TODAY)
    assert [row.team for row in shown.rows] == ["Inslag", "Uitslag"]
    inslag = {cell.month: cell for cell in shown.rows[0].cells}
    assert len(inslag) == 12
    assert [project.id for project in inslag["2026-02"].projects] == ["p-feb", "p-feb2"]
    assert inslag["2026-03"].is_gap
    assert inslag["2026-04"].counts  # this month, with its project: counted
    assert not inslag["2026-05"].is_gap  # May has not begun: not a gap
    uitslag = {cell.month: cell for cell in shown.rows[1].cells}
    # April has not ended: without a project yet it is no gap, and not counted.
    assert [month for month, cell in uitslag.items() if cell.is_gap] == ["2026-01", "2026-02"]
    assert not uitslag["2026-04"].counts
    # Inslag: Jan, Feb, Apr of Jan-Apr; Uitslag: March of Jan-Mar.
    assert (shown.covered, shown.total, shown.percent) == (4, 7, 57)
    assert team_months_covered(organisation(), 2026, TODAY) == (4, 7)


def test_a_team_counts_from_the_month_it_began() -> None:
    document = add(organisation(), "team", "t-new", {"name": "Nieuw"}, day=20, month="2026-02")
    new_row = next(row for row in grid(document, 2026, TODAY).rows if row.team_id == "t-new")
    assert [cell.month for cell in new_row.cells if cell.is_gap] == ["2026-02", "2026-03"]
    assert team_months_covered(document, 2026, TODAY) == (4, 9)


def test_a_past_year_counts_its_months_since_the_team_began_and_a_future_year_none() -> None:
    document = organisation()
    assert team_months_covered(document, 2025, TODAY) == (1, 2)
    assert team_months_covered(document, 2027, TODAY) == (0, 0)


def test_savings_count_realised_only_for_projects_that_are_done() -> None:
    document = organisation()
    assert savings(projects_in(document, 2026)) == Savings(estimated=700.0, realised=750.5)
    assert grid(document, 2026, TODAY).savings == Savings(700.0, 750.5)


def test_projects_per_team_and_month_are_counted() -> None:
    tally = projects_per_team_month(projects_in(organisation()))
    assert tally[("t-in", "2026-02")] == 2
    assert tally[("t-uit", "2025-12")] == 1
    assert tally[("t-uit", "2026-01")] == 0


def test_the_board_puts_the_years_projects_in_columns_by_state_in_the_boards_order() -> None:
    columns = board(organisation(), 2026)
    assert list(columns) == ["planned", "running", "checking", "done", "stopped"]
    assert [[card.id for card in cards] for cards in columns.values()] == [
        ["p-apr"], ["p-feb"], ["p-feb2"], ["p-jan", "p-mar"], []]


def test_a_project_moves_one_state_back_or_on_and_stopped_is_off_the_line() -> None:
    assert neighbours("planned") == (None, "running")
    assert neighbours("checking") == ("running", "done")
    assert neighbours("done") == ("checking", None)
    assert neighbours("stopped") == (None, None)


def test_carrying_a_project_on_takes_its_subject_and_goal_into_the_next_month() -> None:
    document = organisation()
    carried = carried_over(document.record("p-jan"))
    assert carried["month"] == "2026-02"
    assert carried["continues"] == "p-jan"
    assert carried["status"] == "planned"
    assert carried["baseline"] == 70  # what was measured is where the next one starts
    assert carried["goal"] == 75 and carried["team"] == "t-in"
    assert "measured" not in carried and "saving_realised" not in carried
    assert next_month("2026-12") == "2027-01"
    document = add(document, "improvement_project", "p-next", carried)
    assert [card.id for card in continued_in(document, "p-jan")] == ["p-next"]


def test_a_project_without_a_readable_month_cannot_be_carried_on() -> None:
    document = add(organisation(), "improvement_project", "p-bad",
                   {"title": "x", "team": "t-in", "month": "someday"})
    with pytest.raises(FieldValueError):
        carried_over(document.record("p-bad"))


def test_a_teams_projects_come_latest_first() -> None:
    assert [card.id for card in team_projects(organisation(), "t-uit")] == ["p-mar", "p-old"]


def test_steps_are_grouped_by_phase_in_the_order_they_were_added() -> None:
    document = organisation()
    for number, (phase, text) in enumerate((("do", "Try it"), ("plan", "Measure"),
                                            ("plan", "Choose"))):
        document = add(document, "project_step", f"s-{number}",
                       {"project": "p-jan", "phase": phase, "text": text}, day=3 + number)
    by_phase = steps(document, "p-jan")
    assert list(by_phase) == ["plan", "do", "check", "act"]
    assert [step.text for step in by_phase["plan"]] == ["Measure", "Choose"]
    assert [step.state for step in by_phase["do"]] == ["todo"]
    assert steps(document, "p-feb")["plan"] == []


def test_numbers_are_written_as_each_language_writes_them() -> None:
    assert format_number(1250.5, "nl") == "1.250,5"
    assert format_number(1250.5, "en") == "1,250.5"
    assert format_number(None, "nl") == ""


def render(page: str, language: str = "en") -> str:
    area = REGISTRY.area("improvement")
    assert area is not None
    return str(render_app(AppView(language, area, document=organisation(),  # type: ignore[arg-type]
                                  page=page, today=TODAY)))


def test_the_area_shows_this_years_grid_above_the_list_and_the_board_on_its_own_page() -> None:
    html = render("")
    assert 'data-project-grid="2026"' in html
    assert 'data-list="improvement_project"' in html
    assert "4 of the 7 team-months so far have a project (57%)" in html
    assert html.count("data-start-project") == 2 * 12 - 4  # every empty cell starts one
    assert "#improvement/new-improvement_project:team=t-uit:month=2026-01" in html
    board_html = render("board-2026", "nl")
    assert 'data-column="checking"' in board_html and 'data-card="p-feb2"' in board_html
    assert 'data-list="improvement_project"' not in board_html
    assert 'data-project-grid="2025"' in render("grid-2025")


def test_a_projects_page_offers_its_moves_its_steps_and_the_next_month() -> None:
    html = render("p-feb")
    assert 'data-action="move-project"' in html and 'data-status="checking"' in html
    assert 'data-form="create" data-kind="project_step"' in html
    assert 'data-action="carry-project"' in html and "Carry into March 2026" in html


def test_a_new_project_starts_planned_unless_the_link_says_otherwise() -> None:
    assert '<option value="planned" selected>' in render("new-improvement_project")
    assert '<option value="running" selected>' in render(
        "new-improvement_project:status=running")
