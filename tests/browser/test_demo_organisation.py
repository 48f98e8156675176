"""The demo organisation: opened from the empty dashboard or with ?demo in the address."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from support.browser import PageRecord, open_app
from trustwork.i18n import CATALOGUE

pytestmark = pytest.mark.browser
NL = CATALOGUE["nl"]


def test_the_demo_opens_from_the_empty_dashboard_and_shows_what_it_holds(
    page: Page, record: PageRecord, built_file: Path
) -> None:
    open_app(page, built_file)
    page.click('[data-action="open-demo"][data-demo="generated"]')
    expect(page.locator("[data-organisation]")).to_contain_text("De Voorbeeldgroep")
    expect(page.locator("[data-organisation] .badge")).to_have_text(NL["demo.badge"])
    expect(page.locator('.counts [data-kind="person"] .count')).to_have_text("24")
    expect(page.locator('.counts [data-kind="idea"] .count')).to_have_text("60")
    expect(page.locator(".recent tbody tr")).to_have_count(10)
    expect(page.locator('.notice[role="note"]')).to_have_text(NL["demo.notice"])
    assert record.errors == []


def test_the_demo_opens_with_the_address_and_each_area_lists_its_own_records(
    page: Page, built_file: Path
) -> None:
    page.goto(built_file.as_uri() + "?demo=generated#ideas")
    page.wait_for_function("() => document.documentElement.dataset.state === 'ready'")
    kinds = page.locator("[data-list]").evaluate_all("items => items.map(i => i.dataset.list)")
    assert kinds == ["idea_campaign", "idea"]
    expect(page.locator('[data-list="idea"] .count-pill')).to_have_text("60")
    expect(page.locator('[data-list="idea_campaign"] .count-pill')).to_have_text("2")
    page.click('nav.areas a[data-area="scan"]')
    expect(page.locator('[data-list="scan_round"] .count-pill')).to_have_text("2")  # closed, open
    page.click('[data-action="set-language"][data-language="en"]')
    expect(page.locator('[data-list="scan_round"] h2')).to_contain_text("Scan rounds")
    expect(page.locator("[data-organisation]")).to_contain_text("De Voorbeeldgroep")
