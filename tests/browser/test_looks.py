"""Every screen looks right at the sizes people use, in Dutch and English.

The demo is opened from file:// in a window of each size (a laptop 1366×768, a projector
1280×720, a tablet-ish 800×1000); every screen (support/screens.py) is shown in both
languages, measured for what a machine can see wrong (support/looks.py: sideways scrolling,
elements sticking out, text that does not fit, a button broken over two lines, controls on
top of each other, labels away from their controls) and photographed, whole page, into

    build/screenshots/<size>/<language>/<nn>-<screen>.png

so a person can look through them (an image viewer on the folder, or the file view of an
editor) after ``tests/run tests/browser/test_looks.py``. What a machine cannot judge (does it
read well, is the chart large enough on the projector) is for that person.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from support.browser import open_demo
from support.looks import SCREENSHOTS, SIZES, layout_problems, screenshot_path
from support.screens import screens, show

pytestmark = pytest.mark.browser
LANGUAGES = ("nl", "en")


@pytest.fixture(params=list(SIZES), ids=list(SIZES))
def sized(
    request: pytest.FixtureRequest, chromium: Browser
) -> Iterator[tuple[str, Page, list[str]]]:
    """A page in a window of one of the sizes, with the errors it raised."""
    width, height = SIZES[request.param]
    context = chromium.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield request.param, page, errors
    context.close()


def set_language(page: Page, language: str) -> None:
    if page.evaluate("document.documentElement.lang") != language:
        page.click(f'[data-action="set-language"][data-language="{language}"]')
    expect(page.locator("html")).to_have_attribute("lang", language)
    page.wait_for_function("() => document.documentElement.dataset.state === 'ready'")


def test_every_screen_fits_its_window_in_both_languages(
    sized: tuple[str, Page, list[str]], built_file: Path
) -> None:
    size, page, errors = sized
    open_demo(page, built_file, "#dashboard")
    locations = screens(page)
    assert len(locations) > 30, f"too few screens found to judge: {locations}"
    folder = SCREENSHOTS / size
    shutil.rmtree(folder, ignore_errors=True)
    problems: list[str] = []
    for language in LANGUAGES:
        set_language(page, language)
        (folder / language).mkdir(parents=True)
        for number, location in enumerate(locations, start=1):
            show(page, location)
            # Long lists and the dashboard's parts are drawn as they scroll near (app.css,
            # content-visibility: auto); the whole page in one picture shows them as a
            # person scrolling down sees them.
            page.evaluate("""() => document.querySelectorAll("#app *").forEach((part) => {
                if (getComputedStyle(part).contentVisibility === "auto") {
                  part.style.contentVisibility = "visible";
                }})""")
            shot = screenshot_path(folder / language, number, location)
            page.screenshot(path=shot, full_page=True)
            problems += [f"{language} {location}: {problem}" for problem in layout_problems(page)]
    assert errors == []
    assert problems == [], f"{len(problems)} layout problems at {size}:\n" + "\n".join(problems)
