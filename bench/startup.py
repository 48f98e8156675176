"""Start-up benchmark: file size, first shell paint and time to ready, cold and warm.

Prints JSON lines. Each browser measures the built file over file:// beside a peer
in the same run: a PyScript hello-world page with the same pinned Pyodide and
PyScript, served over http on 127.0.0.1. Figures are medians in milliseconds.
Trustwork is measured on both start paths: from the start-up snapshot built into
the file, and with it switched off (*-no-snapshot: Python starts normally).

    python bench/startup.py [--runs 5] [--no-firefox] [--against OLD.html]

``--against`` measures another built file (an earlier version) in the same run, in turns with
this one in Chromium, so a change can be judged by two figures taken side by side. After the
figures, one line per browser and start gives each page's time to ready as a ratio of the
peer's.
"""

from __future__ import annotations

import argparse
import http.server
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, Playwright, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
BUILT = ROOT / "dist" / "trustwork.html"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
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


def emit(**figures: object) -> None:
    print(json.dumps(figures), flush=True)


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


def median(samples: list[dict[str, Any]], key: str) -> float | None:
    values = [sample[key] for sample in samples if sample.get(key) is not None]
    return round(statistics.median(values)) if values else None


def summarise(browser: str, page: str, kind: str, samples: list[dict[str, Any]]
              ) -> float | None:
    """Print one figure; returns its median time to ready."""
    failed = [sample for sample in samples if sample.get("state") != "ready"]
    paths = sorted({str(sample.get("snapshot")) for sample in samples})
    ready = median(samples, "ready")
    emit(browser=browser, page=page, start=kind, runs=len(samples), failed=len(failed),
         first_paint_ms=median(samples, "paint"), ready_ms=ready,
         snapshot=paths if page != "pyscript-peer" else None)
    return ready


def measure(page: Page, load: Callable[[], object]) -> dict[str, Any]:
    load()
    page.wait_for_function(READY, timeout=180_000)
    result: dict[str, Any] = page.evaluate(FIGURES)
    return result


Samples = list[dict[str, Any]]


@contextmanager
def fresh_profile_page(driver: Playwright, setup: str) -> Iterator[Page]:
    """A page in Chromium with a new, empty profile (nothing cached), ``setup`` run first."""
    with tempfile.TemporaryDirectory() as profile:
        context = driver.chromium.launch_persistent_context(
            profile, executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        if setup:
            context.add_init_script(setup)
        try:
            yield context.new_page()
        finally:
            context.close()


def chromium_figures(urls: Sequence[str], runs: int, both_paths: bool
                     ) -> list[dict[str, Samples]]:
    """cold: a fresh profile per run; warm: reloads of one page in one profile. Each with
    the start-up snapshot and with it switched off (the normal start). Several pages are
    measured in turns, run by run, so that a change in the machine's load falls on all."""
    figures: list[dict[str, Samples]] = [{} for _ in urls]
    with sync_playwright() as driver:
        for path, setup in PATHS if both_paths else PATHS[:1]:
            for _ in range(runs):
                for url, found in zip(urls, figures, strict=True):
                    with fresh_profile_page(driver, setup) as fresh:
                        found.setdefault("cold" + path, []).append(
                            measure(fresh, partial(fresh.goto, url)))
            with ExitStack() as stack:
                pages = [stack.enter_context(fresh_profile_page(driver, setup)) for _ in urls]
                for page, url in zip(pages, urls, strict=True):
                    measure(page, partial(page.goto, url))
                for _ in range(runs):
                    for page, found in zip(pages, figures, strict=True):
                        found.setdefault("warm" + path, []).append(measure(page, page.reload))
    return figures


def firefox_figures(urls: Sequence[str], runs: int, both_paths: bool
                    ) -> list[dict[str, Samples]]:
    """The same in Firefox, one page after the other (not in turns)."""
    figures = []
    for url in urls:
        finished = subprocess.run(
            ["node", str(ROOT / "bench" / "firefox_startup.mjs"), url, str(runs),
             "both" if both_paths else "one"],
            cwd=ROOT, capture_output=True, text=True, check=True, timeout=1800,
        )
        figures.append(json.loads(finished.stdout.strip().splitlines()[-1]))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median; default 5)")
    parser.add_argument("--no-firefox", action="store_true", help="measure Chromium only")
    parser.add_argument("--against", type=Path, help="another built file to measure beside it")
    arguments = parser.parse_args(argv)
    subprocess.run([sys.executable, str(ROOT / "build.py")], cwd=ROOT, check=True)
    size = BUILT.stat().st_size
    emit(figure="file_size", bytes=size, megabytes=round(size / 1e6, 2))
    browsers: list[tuple[str, Callable[[Sequence[str], int, bool], list[dict[str, Samples]]]]] = [
        ("chromium", chromium_figures)
    ]
    if not arguments.no_firefox and shutil.which("firefox-esr"):
        browsers.append(("firefox", firefox_figures))
    pages = [("trustwork", BUILT.as_uri())]
    if arguments.against is not None:
        pages.append(("against", arguments.against.resolve().as_uri()))
    with peer_server() as peer_url:
        for browser, figures in browsers:
            ready: dict[tuple[str, str], float | None] = {}
            ours = figures([url for _, url in pages], arguments.runs, True)
            theirs = figures([peer_url], arguments.runs, False)
            for (page_name, _), found in zip([*pages, ("pyscript-peer", "")], [*ours, *theirs],
                                             strict=True):
                for kind, samples in found.items():
                    if samples:
                        ready[(page_name, kind)] = summarise(browser, page_name, kind, samples)
            for kind in ("cold", "warm"):
                peer_ready = ready.get(("pyscript-peer", kind))
                emit(browser=browser, start=kind, ratio_to_peer={
                    name: round(value / peer_ready, 2) for (name, start), value in ready.items()
                    if start == kind and value and peer_ready and name != "pyscript-peer"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
