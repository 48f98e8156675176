"""Where the keyboard's focus is, and that a person sees it, in real Chromium: the skip link
is the first stop and shows itself; every stop of the Tab key on the app's screens (and in
presentation mode) has an outline of at least 2px that stands out 3:1 against what is
behind it; and a control that is redrawn under the focus keeps it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from support.browser import go, open_demo

pytestmark = pytest.mark.browser
STOPS = 80  # Tab stops per screen: the header, the navigation and a good part of the content

# The focused element's outline, and the colour behind it: the element's own background
# for an outline drawn inside it, else that of the nearest ancestor that paints one.
FOCUS_STYLE = """() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const painted = (node) => {
    for (; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (!/rgba\\(.*, 0\\)$/.test(colour) && colour !== 'transparent') return colour;
    }
    return 'rgb(255, 255, 255)';
  };
  const inside = parseFloat(style.outlineOffset) < 0;
  return {
    element: element.outerHTML.slice(0, 120),
    style: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    colour: style.outlineColor,
    behind: painted(inside ? element : element.parentElement),
  };
}"""


def luminance(colour: str) -> float:
    """The relative luminance of an ``rgb(...)`` colour (WCAG 2)."""
    channels = [int(part) / 255 for part in colour[colour.index("(") + 1:-1].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def unseen_focus(page: Page, stops: int = STOPS) -> list[dict[str, Any]]:
    """The Tab stops from the top of the page whose focus a person could not see."""
    page.keyboard.press("Tab")
    first = page.evaluate("() => document.activeElement")
    failures, seen = [], 0
    while seen < stops:
        found: dict[str, Any] = page.evaluate(FOCUS_STYLE)
        if found["style"] == "none" or found["width"] < 2 or contrast(
                found["colour"], found["behind"]) < 3:
            failures.append(found)
        seen += 1
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement === document.body") or page.evaluate(
                "(first) => document.activeElement === first", first):
            break
    assert seen > 5, "too few stops: the test would pass vacuously"
    return failures


@pytest.mark.parametrize("location", ["#dashboard", "#ideas", "#decisions/new-proposal",
                                      "#improvement", "#scan"])
def test_every_tab_stop_shows_its_focus(page: Page, built_file: Path, location: str) -> None:
    page.set_viewport_size({"width": 1366, "height": 768})
    open_demo(page, built_file, location)
    page.keyboard.press("Tab")
    skip = page.locator("[data-skip-link]")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box is not None and box["y"] >= 0 and box["height"] > 10  # in sight, not off-screen
    page.keyboard.press("Shift+Tab")
    unseen = unseen_focus(page)
    assert unseen == [], "\n".join(str(found) for found in unseen)


def test_the_focus_shows_in_presentation_mode_too(page: Page, built_file: Path) -> None:
    page.set_viewport_size({"width": 1280, "height": 720})
    open_demo(page, built_file, "#dashboard")
    page.locator('header [data-action="present"]').click()
    expect(page.locator("[data-presenting-indicator]")).to_contain_text("1 /")
    page.keyboard.press("ArrowRight")
    expect(page.locator("[data-presenting-step]")).to_contain_text("2 /")
    assert unseen_focus(page, 30) == []


def test_a_control_redrawn_under_the_focus_keeps_it(page: Page, built_file: Path) -> None:
    open_demo(page, built_file, "#ideas")
    go(page, "#ideas")
    dutch = '[data-action="set-language"][data-language="nl"]'
    for _ in range(60):
        if page.evaluate("(s) => document.activeElement.matches(s)", dutch):
            break
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the whole page is redrawn in Dutch
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator(dutch)).to_be_focused()
    page.keyboard.press("Tab")  # on from there, not from the top
    expect(page.locator('[data-action="set-language"][data-language="en"]')).to_be_focused()
