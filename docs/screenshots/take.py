"""A tool, not a test: takes the README's screenshots of the demo in docs/screenshots/.

    .venv/bin/python docs/screenshots/take.py          # after build.py (or tests/run)

Opens dist/trustwork.html from file:// with a story demo (``?demo=<story>``) in a projector-sized window
(1280×720, what a consultant shows), finds each screen from the page itself (the same walk
as the tests, tests/support/screens.py), scrolls to the part that tells its story and writes
one JPEG per screen and language (about 100 KB each). Run it again when the demos or the
look change; what it writes is committed.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tests"))

from support.browser import BUILT, CHROMIUM, CHROMIUM_ARGS, open_demo  # noqa: E402
from support.screens import links_here, shape, show  # noqa: E402

WIDTH, HEIGHT = 1280, 720
QUALITY = 80


@dataclass(frozen=True)
class Shot:
    """One screenshot: where to go (an area, then optionally a record of a kind on it whose
    page has ``needs``), what to scroll to the top, and in which languages."""

    name: str
    area: str
    record: str = ""
    needs: str = "main#area"
    top: str = "main#area h1"
    languages: tuple[str, ...] = ("en",)
    demo: str = "distribution"  # the story demo that tells this screen's part best


SHOTS = (
    Shot("dashboard", "dashboard", top=".outcomes", languages=("en", "nl")),
    Shot("improvement-grid", "improvement", top=".view-switch", languages=("en", "nl")),
    Shot("idea-campaign", "ideas", record="idea_campaign", needs="[data-funnel]",
         top="[data-funnel]"),
    Shot("pilot", "pilots", record="pilot", needs=".pilot-page", top="main#area .crumbs",
         demo="engineering"),
    Shot("decisions", "decisions", top="[data-rules-register]", demo="network"),
    Shot("trust-scan-results", "scan", record="scan_round", needs="[data-group-results]",
         top="[data-group-results]", demo="network"),
)


def location_of(page: Page, shot: Shot) -> str:
    """The shot's address: its area, or the first record of its kind there that has what
    the shot needs."""
    show(page, f"#{shot.area}")
    if not shot.record:
        return f"#{shot.area}"
    wanted = f"{shot.area}/<{shot.record.replace('_', '-')}>"
    for link in links_here(page, [shot.area]):
        if shape(link) == wanted:
            show(page, link)
            if page.locator(shot.needs).count():
                return link
            show(page, f"#{shot.area}")
    raise LookupError(f"the demo has no {shot.record} with {shot.needs} in {shot.area}")


def take(page: Page, shot: Shot, language: str) -> Path:
    if page.evaluate("document.documentElement.lang") != language:
        page.click(f'[data-action="set-language"][data-language="{language}"]')
        page.wait_for_function("(language) => document.documentElement.lang === language",
                               arg=language)
    show(page, location_of(page, shot))
    page.locator(shot.top).first.evaluate("element => element.scrollIntoView()")
    target = HERE / f"{shot.name}-{language}.jpg"
    page.screenshot(path=target, type="jpeg", quality=QUALITY)
    return target


def main() -> None:
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(viewport={"width": WIDTH, "height": HEIGHT}).new_page()
        opened = ""
        for shot in SHOTS:
            if shot.demo != opened:
                open_demo(page, BUILT, "#dashboard", demo=shot.demo)
                opened = shot.demo
            for language in shot.languages:
                target = take(page, shot, language)
                print(f"{target.relative_to(HERE.parents[1])}: {target.stat().st_size // 1024} KB")
        browser.close()


if __name__ == "__main__":
    main()
