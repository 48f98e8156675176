"""Time to the large organisation on screen, beside TiddlyWiki 5.4.1 with 10,000 tiddlers.

Both pages are opened from file://, cold (a fresh profile per run) and warm (reloads in one
profile), in Chromium (Playwright) and Firefox ESR (puppeteer-core over WebDriver BiDi,
bench/firefox_onscreen.mjs), the two pages in turns run by run. Prints JSON lines, in ms
since navigation start (the page's ``performance.now()``), medians with their spread:

- Trustwork, ``on_screen_ms``: navigation, start until ready, then the large demo data file
  (``trustwork.demo``, size "large") chosen in the page's own ``<input type=file>``
  (``trustworkFiles.openWithInput()``, the way Firefox opens a file; a file:// page cannot be
  handed a File System Access handle without a person at the picker, so Chromium takes the
  same way) as soon as the page is ready, until the dashboard shows the file (its name in the
  file bar and the organisation's name; ``shown_ms``, polled once a frame) and then handles a
  key press sent by the driver (``on_screen_ms``): the page answers input. ``ready_ms`` is
  when the app was ready, ``open_ms`` from the file chosen to the dashboard shown. The time
  the driver takes to notice ready and choose the file (one round trip) is counted too.
- TiddlyWiki, ``on_screen_ms``: a single-file wiki built here with the pinned npm
  ``tiddlywiki`` CLI (the empty edition, 10,000 tiddlers loaded into it, ``$:/core/save/all``
  rendered to one html file), until ``$tw.wiki`` and ``$tw.rootWidget`` exist and the story
  river shows a tiddler (``shown_ms``), then the same key press handled. Afterwards the
  count of tiddlers with the benchmark's tag proves all 10,000 were loaded.

    .venv/bin/python bench/onscreen.py [--runs 3] [--no-firefox]
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, sync_playwright

import goals
from common import (
    BUILT,
    FIREFOX,
    NOTES,
    PRINTED,
    ROOT,
    TRUSTWORK_SHOWN,
    argument_parser,
    build,
    chromium_profile,
    emit,
    large_demo_texts,
    median,
    spread,
)

TIDDLYWIKI = ROOT / "node_modules" / "tiddlywiki" / "tiddlywiki.js"
TIDDLERS = 10_000
TAG = "trustwork-bench"
READY = ("() => window.trustworkReadyAt !== undefined"
         " || document.documentElement.dataset.state === 'error'")
TIDDLYWIKI_SHOWN = """() => {
  const shown = window.$tw !== undefined && $tw.wiki !== undefined && $tw.rootWidget !== undefined
    && document.querySelector(".tc-story-river .tc-tiddler-frame") !== null;
  if (shown && window.benchSeen.shownAt === null) window.benchSeen.shownAt = performance.now();
  return shown;
}"""
ANSWERED = "() => window.benchSeen.keyAt !== null"
TRUSTWORK_FIGURES = """() => ({ state: document.documentElement.dataset.state,
  ready: window.trustworkReadyAt ?? null, chosen: window.benchSeen.chosenAt,
  shown: window.benchSeen.shownAt, answered: window.benchSeen.keyAt })"""
TIDDLYWIKI_FIGURES = """(tag) => ({ state: "ready", shown: window.benchSeen.shownAt,
  answered: window.benchSeen.keyAt,
  tiddlers: $tw.wiki.filterTiddlers("[tag[" + tag + "]]").length })"""
TIMEOUT_MS = 180_000
WORDS = ("trust", "team", "client", "idea", "pilot", "month", "project", "decision", "rule",
         "value", "reward", "meeting", "vision", "open", "room", "training", "appraisal",
         "career", "green", "mobility", "house", "style", "respect", "improvement",
         "campaign", "funnel", "usable", "done")


@dataclass(frozen=True)
class Subject:
    """A page to measure: a name, its file:// address and the data file it opens, if any."""

    name: str
    url: str
    data_file: Path | None = None


def tiddlers(count: int) -> list[dict[str, str]]:
    """Tiddlers like those TiddlyWiki was first measured with: a title, about 300 characters
    of text, three tags, created and modified, and three fields of their own."""
    chance = random.Random(1)
    made = []
    for number in range(count):
        words: list[str] = []
        while sum(len(word) + 1 for word in words) < 300:
            words.append(chance.choice(WORDS))
        moment = f"2025{1 + number % 12:02d}{1 + number % 28:02d}{number % 24:02d}0000000"
        made.append({
            "title": f"Idea {number:05d} {words[0]} {words[1]}",
            "text": " ".join(words).capitalize() + ".",
            "type": "text/vnd.tiddlywiki",
            "tags": f"{TAG} [[campaign {number % 60}]] theme-{number % 7}",
            "created": moment, "modified": moment,
            "status": chance.choice(("submitted", "usable", "done")),
            "votes": str(chance.randrange(40)), "campaign": f"campaign {number % 60}",
        })
    return made


def tiddlywiki_file(folder: Path, count: int = TIDDLERS) -> Path:
    """A single-file TiddlyWiki 5.4.1 holding ``count`` tiddlers, made with its own CLI."""
    if not TIDDLYWIKI.is_file():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ROOT, check=True)
    wiki, loaded = folder / "wiki", folder / "tiddlers.json"
    loaded.write_text(json.dumps(tiddlers(count)), encoding="utf-8")
    node = ["node", str(TIDDLYWIKI)]
    subprocess.run([*node, str(wiki), "--init", "empty"], check=True, capture_output=True)
    subprocess.run([*node, str(wiki), "--load", str(loaded), "--output", str(folder),
                    "--render", "$:/core/save/all", "tiddlywiki.html", "text/plain"],
                   check=True, capture_output=True)
    return folder / "tiddlywiki.html"


@contextmanager
def subjects() -> Iterator[list[Subject]]:
    """Trustwork with the large demo beside it, and the 10,000-tiddler wiki, in a temp dir."""
    with tempfile.TemporaryDirectory() as folder:
        place = Path(folder)
        data_file = place / "large.json"
        data_file.write_text(large_demo_texts()[0], encoding="utf-8")
        wiki = tiddlywiki_file(place)
        emit(figure="subjects", data_file_megabytes=round(data_file.stat().st_size / 1e6, 2),
             tiddlywiki_megabytes=round(wiki.stat().st_size / 1e6, 2),
             trustwork_megabytes=round(BUILT.stat().st_size / 1e6, 2))
        yield [Subject("trustwork", BUILT.as_uri(), data_file),
               Subject("tiddlywiki-10k", wiki.as_uri())]


def on_screen(page: Page, subject: Subject, load: Callable[[], object]) -> dict[str, Any]:
    """One load of ``subject``, until its data is on screen and the page answers a key."""
    load()
    if subject.data_file is not None:
        page.wait_for_function(READY, timeout=TIMEOUT_MS)
        if page.evaluate("() => document.documentElement.dataset.state") != "ready":
            return {"state": "error"}
        page.evaluate("() => trustworkFiles.openWithInput()")
        page.set_input_files("input[data-file-input]", subject.data_file)
        page.wait_for_function(TRUSTWORK_SHOWN, arg=subject.data_file.name, timeout=TIMEOUT_MS)
    else:
        page.wait_for_function(TIDDLYWIKI_SHOWN, timeout=TIMEOUT_MS)
    page.keyboard.press("Shift")
    page.wait_for_function(ANSWERED, timeout=TIMEOUT_MS)
    if subject.data_file is not None:
        found: dict[str, Any] = page.evaluate(TRUSTWORK_FIGURES)
    else:
        found = page.evaluate(TIDDLYWIKI_FIGURES, TAG)
    return found


Samples = dict[str, list[dict[str, Any]]]


def chromium_samples(pages: list[Subject], runs: int) -> list[Samples]:
    """cold: a fresh profile per run; warm: reloads in one profile per page (after one
    unmeasured load). The pages in turns, run by run."""
    found: list[Samples] = [{"cold": [], "warm": []} for _ in pages]
    with sync_playwright() as driver:
        for _ in range(runs):
            for subject, samples in zip(pages, found, strict=True):
                with chromium_profile(driver) as context:
                    context.add_init_script(NOTES)
                    page = context.new_page()
                    samples["cold"].append(on_screen(page, subject, partial(page.goto,
                                                                            subject.url)))
        with ExitStack() as stack:
            opened = []
            for subject in pages:
                context = stack.enter_context(chromium_profile(driver))
                context.add_init_script(NOTES)
                page = context.new_page()
                on_screen(page, subject, partial(page.goto, subject.url))
                opened.append(page)
            for _ in range(runs):
                for subject, page, samples in zip(pages, opened, found, strict=True):
                    samples["warm"].append(on_screen(page, subject, page.reload))
    return found


def firefox_samples(pages: list[Subject], runs: int) -> list[Samples]:
    spec = [{"name": subject.name, "url": subject.url, "tag": TAG,
             "dataFile": str(subject.data_file) if subject.data_file else None}
            for subject in pages]
    finished = subprocess.run(
        ["node", str(ROOT / "bench" / "firefox_onscreen.mjs"), json.dumps(spec), str(runs),
         NOTES, FIREFOX], cwd=ROOT, capture_output=True, text=True, check=True, timeout=1800)
    result: list[Samples] = json.loads(finished.stdout.strip().splitlines()[-1])
    return result


def report(browser: str, pages: list[Subject], found: list[Samples]) -> None:
    for start in ("cold", "warm"):
        answered: dict[str, list[float | None]] = {}
        for subject, samples in zip(pages, found, strict=True):
            runs = samples[start]
            good = [run for run in runs if run.get("state") == "ready"]
            answered[subject.name] = [run.get("answered") for run in runs]
            figures: dict[str, Any] = {
                "on_screen_ms": median([run["answered"] for run in good]),
                "on_screen_spread_ms": spread([run["answered"] for run in good]),
                "shown_ms": median([run["shown"] for run in good]),
            }
            if subject.data_file is not None:
                figures["ready_ms"] = median([run["ready"] for run in good])
                figures["open_ms"] = median([run["shown"] - run["chosen"] for run in good])
            else:
                figures["tiddlers_loaded"] = sorted({run["tiddlers"] for run in good})
            emit(goal=2, browser=browser, page=subject.name, start=start, runs=len(runs),
                 failed=len(runs) - len(good), **figures)
        ours, theirs = answered["trustwork"], answered["tiddlywiki-10k"]
        paired = [a / b for a, b in zip(ours, theirs, strict=True) if a and b]
        ours_median, theirs_median = median(ours), median(theirs)
        emit(goal=2, browser=browser, start=start, figure="on_screen_ratio_to_tiddlywiki",
             ratio=round(ours_median / theirs_median, 2) if ours_median and theirs_median
             else None, spread=spread(paired))


def measure(runs: int, firefox: bool) -> None:
    with subjects() as pages:
        report("chromium", pages, chromium_samples(pages, runs))
        if firefox and shutil.which(FIREFOX):
            report("firefox", pages, firefox_samples(pages, runs))


def main(argv: list[str] | None = None) -> int:
    parser = argument_parser(__doc__)
    arguments = parser.parse_args(argv)
    build()
    measure(arguments.runs, not arguments.no_firefox)
    goals.judge(PRINTED)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
