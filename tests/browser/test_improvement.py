"""Continuous improvement through the built page in real Chromium: the team × month grid
starts a team's project from an empty month, the board moves a project with one click, a
project's plan-do-check-act steps are added and ticked off, a project is carried into the
next month, a team's page lists its projects, and every text shows HTML as text. Run on the
demo organisation (changes stay in the page)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from support.browser import PageRecord, go, open_demo, person
from support.documents import demo_text
from trustwork.i18n import CATALOGUE

pytestmark = pytest.mark.browser
EN = CATALOGUE["en"]
PAYLOAD = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>&amp;'


def test_an_empty_month_in_the_grid_starts_that_teams_project_for_that_month(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#improvement")
    grid = page.locator("[data-project-grid]")
    expect(grid).to_be_visible()
    expect(page.locator("[data-coverage]")).to_contain_text("team-months so far have a project")
    expect(page.locator('[data-list="improvement_project"]')).to_be_visible()
    gap = grid.locator("td.gap").first  # the demo has one team that missed a month
    expect(gap).to_be_visible()
    month = str(gap.get_attribute("data-cell"))
    team_row = gap.locator("xpath=..")
    team = str(team_row.get_attribute("data-team-row"))
    team_name = team_row.locator("th").inner_text()
    gap.locator("[data-start-project]").click()
    form = 'form[data-form="create"][data-kind="improvement_project"]'
    expect(page.locator(f'{form} [name="team"] option:checked')).to_have_text(team_name)
    expect(page.locator(f'{form} [name="month"]')).to_have_value(month)
    page.locator(f'{form} [name="title"]').fill("Pallets recyclen")
    page.locator(f'{form} [name="focus"]').select_option("cost")
    page.locator(f"{form} button[type=submit]").click()
    project = str(page.locator("[data-record-page]").get_attribute("data-record-page"))
    page.click('nav.areas a[data-area="improvement"]')
    cell = page.locator(f'[data-team-row="{team}"] td[data-cell="{month}"]')
    expect(cell.locator(f'[data-project="{project}"]')).to_contain_text(
        EN["choice.improvement_project.focus.cost"])
    expect(cell).not_to_have_class("gap")
    assert record.errors == []


def test_the_board_moves_a_project_on_with_one_click_and_the_grid_shows_its_new_state(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#improvement")
    page.click('[data-view-link="board"]')
    planned = page.locator('[data-column="planned"] [data-card]').first
    expect(planned).to_be_visible()
    project = str(planned.get_attribute("data-card"))
    planned.locator('[data-action="move-project"][data-status="running"]').click()
    expect(page.locator(f'[data-column="running"] [data-card="{project}"]')).to_be_visible()
    expect(page.locator(f'[data-column="planned"] [data-card="{project}"]')).to_have_count(0)
    expect(page.locator("[data-done]")).to_contain_text(
        EN["choice.improvement_project.status.running"])
    page.locator(f'[data-card="{project}"] [data-action="move-project"]'
                 '[data-status="checking"]').click()
    expect(page.locator(f'[data-column="checking"] [data-card="{project}"]')).to_be_visible()
    page.click('[data-view-link="grid"]')
    expect(page.locator(f'[data-project="{project}"]')).to_have_attribute(
        "data-status", "checking")
    assert record.errors == []


def test_a_projects_steps_are_added_per_phase_and_ticked_off(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#improvement/new-improvement_project")
    form = 'form[data-form="create"][data-kind="improvement_project"]'
    page.locator(f'{form} [name="title"]').fill("Tilhulp bij de inslag")
    page.locator(f'{form} [name="team"]').select_option(index=1)
    page.locator(f'{form} [name="month"]').fill("2026-11")
    page.locator(f"{form} button[type=submit]").click()
    steps = page.locator("[data-steps]")
    add = 'form[data-form="create"][data-kind="project_step"]'
    page.locator(f'{add} [name="text"]').fill("Tel hoe vaak er zwaar getild wordt")
    page.locator(f"{add} button[type=submit]").click()
    expect(steps.locator('[data-phase="plan"] [data-step]')).to_have_count(1)
    page.locator(f'{add} [name="phase"]').select_option("do")
    page.locator(f'{add} [name="text"]').fill("Probeer de tilhulp twee weken")
    page.locator(f"{add} button[type=submit]").click()
    expect(steps.locator('[data-phase="do"] [data-step]')).to_have_count(1)
    page.locator(f"{add} button[type=submit]").click()  # an empty step is refused
    expect(page.locator(f"{add} [data-field-error]")).to_have_text(EN["form.error.required"])
    first = steps.locator('[data-phase="plan"] [data-step]').first
    first.locator('[data-action="set-step"][data-state="done"]').click()
    expect(steps.locator('[data-phase="plan"] [data-step]').first).to_have_attribute(
        "data-state", "done")
    expect(page.locator("[data-steps-done]")).to_have_text("1 of 2 steps done")
    assert record.errors == []


def test_a_project_is_carried_into_the_next_month_and_both_are_linked(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#improvement/new-improvement_project")
    form = 'form[data-form="create"][data-kind="improvement_project"]'
    page.locator(f'{form} [name="title"]').fill("Minder lege ritten")
    page.locator(f'{form} [name="team"]').select_option(index=1)
    page.locator(f'{form} [name="month"]').fill("2026-12")
    page.locator(f'{form} [name="measured"]').fill("8")
    page.locator(f"{form} button[type=submit]").click()
    first = str(page.locator("[data-record-page]").get_attribute("data-record-page"))
    page.click('[data-action="carry-project"]')
    expect(page.locator("[data-done]")).to_contain_text("January 2027")
    second = str(page.locator("[data-record-page]").get_attribute("data-record-page"))
    assert second != first
    update = f'form[data-form="update"][data-record="{second}"]'
    expect(page.locator(f'{update} [name="month"]')).to_have_value("2027-01")
    expect(page.locator(f'{update} [name="baseline"]')).to_have_value("8")
    continues = page.locator('[data-fixed-field="continues"] a')
    expect(continues).to_have_text("Minder lege ritten")
    expect(continues).to_have_attribute("href", f"#improvement/{first}")
    go(page, f"#improvement/{first}")
    expect(page.locator("[data-continuation]")).to_contain_text("January 2027")
    # The team's page lists its projects over time, the newest first.
    team = page.locator(f'form[data-form="update"][data-record="{first}"] [name="team"]')
    go(page, f"#people/{team.input_value()}")
    rows = page.locator("[data-team-projects] tr[data-record]")
    expect(rows.first).to_have_attribute("data-record", second)
    expect(rows.nth(1)).to_have_attribute("data-record", first)
    assert record.errors == []


def test_every_text_of_a_project_and_its_steps_shows_html_and_script_as_text(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#improvement/new-improvement_project")
    form = 'form[data-form="create"][data-kind="improvement_project"]'
    texts = ("title", "problem", "measure", "unit", "target", "result", "learned")
    for name in texts:
        page.locator(f'{form} [name="{name}"]').fill(PAYLOAD)
    page.locator(f'{form} [name="team"]').select_option(index=1)
    page.locator(f'{form} [name="month"]').fill("2026-10")
    page.locator(f'{form} [name="baseline"]').fill("10")
    page.locator(f'{form} [name="goal"]').fill("5")
    page.locator(f"{form} button[type=submit]").click()
    project = str(page.locator("[data-record-page]").get_attribute("data-record-page"))
    expect(page.locator("[data-record-name]")).to_contain_text(PAYLOAD)
    expect(page.locator("[data-goal-line]")).to_contain_text(PAYLOAD + ": from 10 to 5 " + PAYLOAD)
    for name in texts:
        assert page.locator(f'form[data-form="update"] [name="{name}"]').input_value() == PAYLOAD
    add = 'form[data-form="create"][data-kind="project_step"]'
    page.locator(f'{add} [name="text"]').fill(PAYLOAD)
    page.locator(f"{add} button[type=submit]").click()
    expect(page.locator("[data-steps] [data-step] > a")).to_have_text(PAYLOAD)
    go(page, "#improvement")
    expect(page.locator(f'[data-list="improvement_project"] tr[data-record="{project}"] td')
           .first).to_have_text(PAYLOAD)
    go(page, "#improvement/board-2026")
    expect(page.locator(f'[data-card="{project}"]')).to_contain_text(PAYLOAD)
    assert page.evaluate("window.hacked") is None
    assert page.locator("#app img, #app script").count() == 0
    assert record.errors == []


def test_a_project_whose_month_a_hand_edited_file_broke_is_shown_but_not_carried_on(
        page: Page, served: str) -> None:
    data = json.loads(demo_text())
    project = data["records"]["improvement_project"][0]
    project["fields"]["month"] = "soon"
    page = person(page.context, served, json.dumps(data))
    page.click('[data-action="set-language"][data-language="en"]')
    go(page, f"#improvement/{project['id']}")
    update = f'form[data-form="update"][data-record="{project["id"]}"]'
    expect(page.locator(f'{update} [name="month"]')).to_have_value("soon")
    expect(page.locator("[data-steps]")).to_be_visible()
    expect(page.locator('[data-action="carry-project"]')).to_have_count(0)
    # Correcting the month brings the step to the next month back.
    page.locator(f'{update} [name="month"]').fill("2025-04")
    page.locator(f"{update} button[type=submit]").click()
    expect(page.locator('[data-action="carry-project"]')).to_contain_text("May 2025")
