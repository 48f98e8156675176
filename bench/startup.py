"""Start-up benchmark: file size, first shell paint and time to ready, cold and warm.

Prints JSON lines. Each browser measures the built file over file:// beside a peer
in the same run: a PyScript hello-world page with the same pinned Pyodide and
PyScript, served over http on 127.0.0.1. Figures are medians in milliseconds, each with
its spread (min, max) over the runs. The pages are measured in turns, run by run, so that
a change in the machine's load falls on all of them.
Trustwork is measured on both start paths: from the start-up snapshot built into
the file, and with it switched off (*-no-snapshot: Python starts normally).

    python bench/startup.py [--runs 3] [--no-firefox] [--against OLD.html]

``--against`` measures another built file (an earlier version) in the same run, in the
same turns, so a change can be judged by two figures taken side by side. After the
figures, one line per browser and start gives each page's time to ready as a ratio of the
peer's (of the medians), with the spread of the ratios of the runs taken in one turn.
"""

from __future__ import annotations

import http.server
import json
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, Playwright, sync_playwright

import goals
from common import (
    BUILT,
    CHROMIUM,
    CHROMIUM_ARGS,
    FIREFOX,
    PRINTED,
    ROOT,
    argument_parser,
    build,
    emit,
    median,
    spread,
)

READY = (
    "() => window.trustworkReadyAt !== undefined"
    " || document.documentElement.dataset.state === 'error'"
)
FIGURES = """() => {
  const paint = performance.getEntriesByType("paint")
    .find((e) => e.name === "first-contentful-paint");
  return { ready: window.trustworkReadyAt ?? null, paint: paint ? paint.startTime : null,
           state: document.documentElement.dataset.state,
           snapshot: window.trustworkBoot ? window.trustworkBoot.snapshot.status : null };
}"""
SNAPSHOT_OFF = "localStorage.setItem('trustwork:startup-snapshot', 'off')"
PATHS = (("", ""), ("-no-snapshot", SNAPSHOT_OFF))
PEER = "pyscript-peer"
PEER_PAGE = """<!doctype html>
<html data-state="loading"><head><meta charset="utf-8"><title>PyScript peer</title>
<script type="module" src="./pyscript/core.js"></script></head>
<body><h1>Hello from the PyScript peer</h1>
<script type="py" config='{"interpreter": "./pyodide/pyodide.mjs"}'>
from pyscript import document, window
document.documentElement.dataset.state = "ready"
window.trustworkReadyAt = window.performance.now()
</script></body></html>
"""


@dataclass(frozen=True)
class Subject:
    """A page to measure; ``both_paths``: with the start-up snapshot and without it."""

    name: str
    url: str
    both_paths: bool


@contextmanager
def peer_server() -> Iterator[str]:
    """The peer page with the pinned runtime, served on 127.0.0.1."""
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder)
        shutil.copytree(ROOT / "node_modules" / "pyodide", site / "pyodide")
        shutil.copytree(ROOT / "node_modules" / "@pyscript" / "core" / "dist", site / "pyscript")
        (site / "index.html").write_text(PEER_PAGE, encoding="utf-8")
        handler = partial(QuietHandler, directory=str(site))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
        finally:
            server.shutdown()
            server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return


Samples = list[dict[str, Any]]


def summarise(browser: str, page: str, kind: str, samples: Samples) -> None:
    failed = [sample for sample in samples if sample.get("state") != "ready"]
    paths = sorted({str(sample.get("snapshot")) for sample in samples})
    ready = [sample.get("ready") for sample in samples]
    emit(browser=browser, page=page, start=kind, runs=len(samples), failed=len(failed),
         first_paint_ms=median([sample.get("paint") for sample in samples]),
         ready_ms=median(ready), ready_spread_ms=spread(ready),
         snapshot=paths if page != PEER else None)


def ratios(browser: str, pages: Sequence[Subject], found: Sequence[dict[str, Samples]]) -> None:
    """Each page's time to ready as a ratio of the peer's: of the medians, and the spread of
    the ratios run by run (run n of a page beside run n of the peer)."""
    peer = dict(zip([page.name for page in pages], found, strict=True))[PEER]
    for start in ("cold", "warm"):
        theirs = [sample.get("ready") for sample in peer[start]]
        ratio, runs = {}, {}
        for page, samples in zip(pages, found, strict=True):
            for kind, taken in samples.items():
                if page.name == PEER or not kind.startswith(start):
                    continue
                ours = [sample.get("ready") for sample in taken]
                name = page.name + kind[len(start):]
                ours_median, theirs_median = median(ours), median(theirs)
                if ours_median and theirs_median:
                    ratio[name] = round(ours_median / theirs_median, 2)
                runs[name] = spread([a / b for a, b in zip(ours, theirs, strict=False)
                                     if a and b])
        emit(goal=4, browser=browser, start=start, ratio_to_peer=ratio, ratio_spread=runs)


def measure(page: Page, load: Callable[[], object]) -> dict[str, Any]:
    load()
    page.wait_for_function(READY, timeout=180_000)
    result: dict[str, Any] = page.evaluate(FIGURES)
    return result


@contextmanager
def fresh_profile_page(driver: Playwright, setup: str) -> Iterator[Page]:
    """A page in Chromium with a new, empty profile (nothing cached), ``setup`` run first."""
    with tempfile.TemporaryDirectory() as profile:
        context = driver.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        if setup:
            context.add_init_script(setup)
        try:
            yield context.new_page()
        finally:
            context.close()


def chromium_figures(pages: Sequence[Subject], runs: int) -> list[dict[str, Samples]]:
    """cold: a fresh profile per run; warm: reloads of one page in one profile. Each with
    the start-up snapshot and, where asked, with it switched off (the normal start). The
    pages are measured in turns, run by run."""
    figures: list[dict[str, Samples]] = [{} for _ in pages]
    with sync_playwright() as driver:
        for path, setup in PATHS:
            wanted = [(page, found) for page, found in zip(pages, figures, strict=True)
                      if page.both_paths or not path]
            for _ in range(runs):
                for page, found in wanted:
                    with fresh_profile_page(driver, setup) as fresh:
                        found.setdefault("cold" + path, []).append(
                            measure(fresh, partial(fresh.goto, page.url)))
            with ExitStack() as stack:
                opened = [stack.enter_context(fresh_profile_page(driver, setup))
                          for _ in wanted]
                for tab, (page, _found) in zip(opened, wanted, strict=True):
                    measure(tab, partial(tab.goto, page.url))
                for _ in range(runs):
                    for tab, (_page, found) in zip(opened, wanted, strict=True):
                        found.setdefault("warm" + path, []).append(measure(tab, tab.reload))
    return figures


def firefox_figures(pages: Sequence[Subject], runs: int) -> list[dict[str, Samples]]:
    """The same in Firefox ESR (bench/firefox_startup.mjs), the pages in turns too."""
    spec = [[page.url, "both" if page.both_paths else "one"] for page in pages]
    finished = subprocess.run(
        ["node", str(ROOT / "bench" / "firefox_startup.mjs"), json.dumps(spec), str(runs),
         FIREFOX],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=1800,
    )
    figures: list[dict[str, Samples]] = json.loads(finished.stdout.strip().splitlines()[-1])
    return figures


def run(runs: int, firefox: bool, against: Path | None) -> None:
    """Every figure, for the file built already."""
    size = BUILT.stat().st_size
    emit(figure="file_size", bytes=size, megabytes=round(size / 1e6, 2))
    browsers: list[tuple[str, Callable[[Sequence[Subject], int], list[dict[str, Samples]]]]] = [
        ("chromium", chromium_figures)
    ]
    if firefox and shutil.which(FIREFOX):
        browsers.append(("firefox", firefox_figures))
    with peer_server() as peer_url:
        pages = [Subject("trustwork", BUILT.as_uri(), True)]
        if against is not None:
            pages.append(Subject("against", against.resolve().as_uri(), True))
        pages.append(Subject(PEER, peer_url, False))
        for browser, figures in browsers:
            found = figures(pages, runs)
            for page, samples in zip(pages, found, strict=True):
                for kind, taken in samples.items():
                    summarise(browser, page.name, kind, taken)
            ratios(browser, pages, found)


def main(argv: list[str] | None = None) -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("--against", type=Path, help="another built file to measure beside it")
    arguments = parser.parse_args(argv)
    build()
    run(arguments.runs, not arguments.no_firefox, arguments.against)
    goals.judge(PRINTED)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
