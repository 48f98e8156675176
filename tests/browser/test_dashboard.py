"""The dashboard in real Chromium, through the page of the built file with the demo
organisation: the article's three outcomes and openness, every indicator showing the value
the pure functions give for the same document and day, over this year and over the last 12
months; every chart a labelled drawing with its numbers as a table; Dutch as complete as
English."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from support.browser import go, open_demo
from trustwork.i18n import CATALOGUE
from trustwork.outcomes import Outcomes, outcomes
from trustwork.store import codec
from trustwork.views.dashboard import CHARTS, value_text

pytestmark = pytest.mark.browser
EN, NL = CATALOGUE["en"], CATALOGUE["nl"]
# The document and the day the page shows, as the data file would hold them (the demo is
# made from the clock, so the test takes the page's own rather than making another).
SHOWN = """() => JSON.parse(trustworkBoot.interpreter.runPython(`
import json
from trustwork.store import codec
from trustwork.ui.state import current
view = current().view
json.dumps([codec.dumps(view.document), view.today.isoformat()])
`))"""


def expected(page: Page, period: str) -> Outcomes:
    text, today = page.evaluate(SHOWN)
    return outcomes(codec.load(text.encode("utf-8")).document, period,
                    date.fromisoformat(today))


def check_figures(page: Page, found: Outcomes) -> None:
    """Every indicator in the page shows the value computed here, in words and as data."""
    for outcome in found.outcomes:
        section = page.locator(f'[data-outcome="{outcome.key}"]')
        expect(section.locator("h3")).to_have_text(EN[f"outcome.{outcome.key}"])
        cards = section.locator("[data-indicator]")
        expect(cards).to_have_count(len(outcome.indicators))
        for indicator in outcome.indicators:
            card = section.locator(f'[data-indicator="{indicator.key}"]')
            expect(card).to_have_attribute(
                "data-value", "" if indicator.value is None else str(indicator.value))
            expect(card.locator("[data-figure]")).to_have_text(
                value_text(indicator.value, indicator.unit, "en"))
            expect(card.locator("h4")).to_have_text(EN[f"outcome.{indicator.key}"])
            expect(card.locator("[data-how]")).to_have_text(EN[f"outcome.{indicator.key}.how"])
            expect(card.locator("[data-chart]")).to_have_count(len(CHARTS.get(indicator.key,
                                                                               ())))


def test_the_demo_dashboard_shows_the_three_outcomes_with_the_figures_of_the_pure_functions(
        page: Page, built_file: Path) -> None:
    open_demo(page, built_file, "#dashboard")
    expect(page.locator("[data-outcomes]")).to_have_attribute("data-period", "year")
    found = expected(page, "year")
    assert [outcome.key for outcome in found.outcomes] == [
        "engagement", "effectiveness", "creativity", "openness"]
    check_figures(page, found)
    # The demo has people taking part, projects, savings and ideas: real figures, not dashes.
    taking_part = found.outcome("engagement").indicator("taking_part")
    assert taking_part.value and taking_part.whole == 24
    assert found.outcome("effectiveness").indicator("savings").value
    assert found.outcome("creativity").indicator("ideas_per_person").value
    # The demo's closed trust-scan rounds: the latest one's positive share, per foundation.
    scan = found.outcome("engagement").indicator("trust_scan")
    assert scan.value is not None and scan.part and len(scan.parts) == 9
    expect(page.locator('[data-indicator="trust_scan"] [data-detail]')).to_have_text(
        EN["outcome.trust_scan.detail"].format(part=scan.part, whole=scan.whole))
    card = page.locator('[data-indicator="trust_scan"]')
    card.locator("[data-indicator-area]").click()
    expect(page.locator("#area")).to_have_attribute("data-area", "scan")
    page.click('nav.areas a[data-area="dashboard"]')
    card = page.locator('[data-indicator="taking_part"]')
    expect(card.locator("[data-detail]")).to_have_text(EN["outcome.taking_part.detail"].format(
        part=taking_part.part, whole=taking_part.whole))
    # Each indicator leads to the area that explains it.
    card.locator("[data-indicator-area]").click()
    expect(page.locator("#area")).to_have_attribute("data-area", "people")


def test_the_period_switch_shows_the_last_12_months_with_their_own_figures(
        page: Page, built_file: Path) -> None:
    open_demo(page, built_file, "#dashboard")
    switch = page.locator('[data-period-link="last-12-months"]')
    expect(switch).to_have_text(EN["outcome.period.last-12-months"])
    switch.click()
    expect(page.locator("[data-outcomes]")).to_have_attribute("data-period", "last-12-months")
    expect(switch).to_have_attribute("aria-current", "page")
    found = expected(page, "last-12-months")
    check_figures(page, found)
    trend = found.outcome("effectiveness").indicator("savings").trend
    assert len(trend) == 12
    chart = page.locator('[data-chart="savings-trend"]')
    expect(chart.locator("tbody tr")).to_have_count(12)
    go(page, "#dashboard")
    expect(page.locator("[data-outcomes]")).to_have_attribute("data-period", "year")


def test_every_chart_is_a_labelled_drawing_with_its_numbers_as_a_table(
        page: Page, built_file: Path) -> None:
    open_demo(page, built_file, "#dashboard")
    found = expected(page, "year")
    charts = page.locator("[data-outcomes] figure[data-chart]")
    expect(charts).to_have_count(sum(len(kinds) for kinds in CHARTS.values()))
    for index in range(charts.count()):
        chart = charts.nth(index)
        drawing = chart.locator("svg")
        expect(drawing).to_have_attribute("role", "img")
        title_id, description_id = str(drawing.get_attribute("aria-labelledby")).split()
        expect(drawing.locator(f'[id="{title_id}"]')).to_have_text(
            str(chart.locator("figcaption").text_content()))
        expect(drawing.locator(f'[id="{description_id}"]')).not_to_be_empty()
        box = drawing.bounding_box()
        assert box and box["width"] > 200 and box["height"] > 50, box
        assert chart.locator("details table").count() == 1
    # The table is closed until asked for, and then shows the chart's numbers.
    chart = page.locator('[data-chart="ideas_per_person-trend"]')
    table = chart.locator("details table")
    expect(table).to_be_hidden()
    chart.locator("summary").click()
    expect(table).to_be_visible()
    trend = found.outcome("creativity").indicator("ideas_per_person").trend
    expect(table.locator("tbody td")).to_have_text([str(point.value) for point in trend])
    bars = chart.locator("svg rect")
    expect(bars).to_have_count(len(trend))
    expect(chart.locator("svg text.chart-value")).to_have_text(
        [str(point.value) for point in trend])


def test_the_dashboard_is_as_complete_in_dutch(page: Page, built_file: Path) -> None:
    open_demo(page, built_file, "#dashboard")
    page.locator('[data-action="set-language"][data-language="nl"]').click()
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    for key in ("engagement", "effectiveness", "creativity", "openness"):
        expect(page.locator(f'[data-outcome="{key}"] h3')).to_have_text(NL[f"outcome.{key}"])
    expect(page.locator('[data-indicator="team_months"] [data-how]')).to_have_text(
        NL["outcome.team_months.how"])
    expect(page.locator('[data-chart="savings-trend"] summary')).to_have_text(NL["chart.table"])
