"""Presentation mode in real Chromium, as a consultant uses it on a projector (1280×720):
started from the header or the dashboard, stepped through by arrows and a clicker's page
keys, the indicator and the screen following the tour, no editing control in sight, and
Escape back to where it started."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, ViewportSize, expect

from support.browser import open_demo
from trustwork.i18n import CATALOGUE

pytestmark = pytest.mark.browser
EN = CATALOGUE["en"]
PROJECTOR: ViewportSize = {"width": 1280, "height": 720}
INDICATOR = "[data-presenting-indicator]"
STEP = "[data-presenting-step]"
# What edits or moves around the app: none of it may be seen while presenting.
EDITING = ("form", "main button", "main a.button", "[data-filebar]", "#search-field",
           "nav.areas", ".language-switch", '[data-action="present"]')


def at_step(page: Page, number: int, count: int) -> None:
    expect(page.locator(STEP)).to_have_text(f"{number} / {count}")


def visible_editing(page: Page) -> list[str]:
    """The editing controls a person could see now (empty while presenting)."""
    return [selector for selector in EDITING
            if any(element.is_visible() for element in page.locator(selector).all())]


def test_presenting_steps_through_the_tour_by_keys_and_escape_returns(
        page: Page, built_file: Path) -> None:
    page.set_viewport_size(PROJECTOR)
    open_demo(page, built_file, "#ideas")
    assert visible_editing(page)  # the ideas page has its add link, filter and buttons
    page.locator('header [data-action="present"]').click()

    expect(page.locator("html")).to_have_attribute("data-presenting", "")
    indicator = page.locator(INDICATOR)
    expect(indicator).to_contain_text("1 / 8")
    expect(indicator).to_contain_text(EN["nav.dashboard"])
    expect(page.locator("main#area")).to_have_attribute("data-area", "dashboard")
    assert visible_editing(page) == []

    seen = [page.evaluate("location.hash")]
    keys = ["ArrowRight", "PageDown", "ArrowRight", "PageDown", "ArrowRight", "PageDown",
            "ArrowRight"]
    for number, key in enumerate(keys, start=2):
        page.keyboard.press(key)
        at_step(page, number, 8)
        location = str(page.evaluate("location.hash"))
        area = location.lstrip("#").partition("/")[0]
        expect(page.locator("main#area")).to_have_attribute("data-area", area)
        expect(page.locator("[data-presenting-title]")).to_contain_text(EN[f"nav.{area}"])
        seen.append(location)
        assert visible_editing(page) == [], location
    assert [hash.partition("/")[0] for hash in seen] == [
        "#dashboard", "#people", "#improvement", "#ideas", "#pilots", "#decisions",
        "#decisions", "#scan"]
    assert seen[5] == "#decisions/log"
    # Past the end nothing moves; back with the arrow and the page key, then Home and End.
    page.keyboard.press("PageDown")
    at_step(page, 8, 8)
    page.keyboard.press("ArrowLeft")
    at_step(page, 7, 8)
    assert page.evaluate("location.hash") == seen[6]
    page.keyboard.press("PageUp")
    at_step(page, 6, 8)
    assert page.evaluate("location.hash") == seen[5]
    page.keyboard.press("Home")
    at_step(page, 1, 8)
    page.keyboard.press("Shift+Space")  # not before the first
    at_step(page, 1, 8)
    page.keyboard.press(" ")
    at_step(page, 2, 8)
    page.keyboard.press("End")
    at_step(page, 8, 8)
    assert page.evaluate("location.hash") == seen[7]
    # Large type: the content reads from the back of a room.
    size = float(page.evaluate(
        "() => parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)"))
    assert size >= 20, size

    page.keyboard.press("Escape")
    expect(page.locator(INDICATOR)).to_have_count(0)
    expect(page.locator("html")).not_to_have_attribute("data-presenting", "")
    expect(page.locator("main#area")).to_have_attribute("data-area", "ideas")
    assert page.evaluate("location.hash") == "#ideas"
    expect(page.locator("form").first).to_be_visible()
    assert page.evaluate("document.fullscreenElement") is None
    assert page.evaluate("document.activeElement.id") == "area"


def test_the_dashboard_starts_it_and_leaving_full_screen_by_the_browser_leaves_it(
        page: Page, built_file: Path) -> None:
    page.set_viewport_size(PROJECTOR)
    open_demo(page, built_file, "#dashboard")
    page.locator("[data-present-dashboard]").click()
    expect(page.locator(INDICATOR)).to_contain_text("1 / 8")
    # The bar's own buttons step too (a mouse, a touch screen).
    page.locator('[data-presenting-bar] [data-key="ArrowRight"]').click()
    at_step(page, 2, 8)
    page.keyboard.press("ArrowRight")
    at_step(page, 3, 8)
    # Chromium gave the page the full screen; leaving it by the browser's own means
    # (F11, its Escape) ends the presentation too, back on the dashboard.
    page.wait_for_function("() => document.fullscreenElement !== null")
    page.evaluate("() => document.exitFullscreen()")
    expect(page.locator(INDICATOR)).to_have_count(0)
    expect(page.locator("main#area")).to_have_attribute("data-area", "dashboard")
    assert page.evaluate("location.hash") == "#dashboard"
