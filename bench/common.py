"""What the benchmarks share: where things are, how a figure is printed, how Chromium starts,
the large demo file and what a page notes about itself while it is measured."""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext, Playwright

ROOT = Path(__file__).resolve().parents[1]
BUILT = ROOT / "dist" / "trustwork.html"
# The benchmarks use the app's own package (the demo, the codec, the registry).
sys.path.insert(0, str(ROOT / "py"))
CHROMIUM = "/usr/bin/chromium"
FIREFOX = "/usr/bin/firefox-esr"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]

# Every figure printed in this process, so that bench/all.py can judge the goals after.
PRINTED: list[dict[str, Any]] = []


def emit(**figures: Any) -> None:
    PRINTED.append(figures)
    print(json.dumps(figures), flush=True)


def argument_parser(doc: str | None, *, browsers: bool = True) -> argparse.ArgumentParser:
    """The options every benchmark takes: --runs, and --no-firefox where it drives both."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (default 3)")
    if browsers:
        parser.add_argument("--no-firefox", action="store_true", help="measure Chromium only")
    return parser


def build() -> None:
    subprocess.run([sys.executable, str(ROOT / "build.py")], cwd=ROOT, check=True)


def median(values: Sequence[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return round(statistics.median(present), 1) if present else None


def spread(values: Sequence[float | None]) -> list[float] | None:
    present = [value for value in values if value is not None]
    return [round(min(present), 2), round(max(present), 2)] if present else None


def large_demo_texts() -> tuple[str, str]:
    """The large demo as Trustwork writes it, and the same file after someone else changed
    50 other ideas (written the way another person's Trustwork writes it)."""
    from trustwork.demo import demo_document
    from trustwork.store import codec

    document = demo_document("large", 1, datetime(2025, 1, 6, 9, tzinfo=UTC))
    text = codec.dumps(document)
    raw = json.loads(text)
    for idea in raw["records"]["idea"][-50:]:
        idea["fields"]["status"] = "done"
        idea.setdefault("stamps", {})["status"] = {"at": "2030-01-02T00:00:00Z", "by": "other"}
    return text, codec.dumps(codec.document_from_dict(raw))


def empty_organisation_text() -> str:
    """A data file with a new, empty organisation, as *New organisation…* makes it."""
    from trustwork.model.document import Stamp, new_document
    from trustwork.store import codec

    stamp = Stamp("2025-01-06T09:00:00.000000Z", "bench")
    return codec.dumps(new_document("Leeg", "organisation-empty", stamp, lambda: "unused"))


@contextmanager
def chromium_profile(driver: Playwright) -> Iterator[BrowserContext]:
    """Chromium with a new, empty profile: nothing cached, nothing remembered."""
    with tempfile.TemporaryDirectory() as profile:
        context = driver.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield context
        finally:
            context.close()


# Put into every measured page before its own scripts (the driver's init script, which the
# page's content security policy does not govern). It notes, in ms since navigation start:
# when a file was chosen in an <input type=file>, the first key press the page handled, and
# (where the browser reports them: Chromium) every task longer than 50 ms.
NOTES = """(() => {
  const seen = { chosenAt: null, shownAt: null, keyAt: null, longTasks: [] };
  window.benchSeen = seen;
  addEventListener("keydown", () => { if (seen.keyAt === null) seen.keyAt = performance.now(); },
                   true);
  document.addEventListener("change", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === "file") {
      seen.chosenAt = performance.now();
    }
  }, true);
  if ((PerformanceObserver.supportedEntryTypes || []).includes("longtask")) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask", buffered: true });
  }
})();"""

# The dashboard of the chosen data file is in the page: its name in the file bar and the
# organisation's name in the header. Polled once a frame; notes the frame it first held.
TRUSTWORK_SHOWN = """(name) => {
  const file = document.querySelector("[data-file-name]");
  const shown = file !== null && file.textContent.trim() === name
    && document.querySelector("[data-organisation]") !== null;
  if (shown && window.benchSeen.shownAt === null) window.benchSeen.shownAt = performance.now();
  return shown;
}"""

# Resolves once the page has been idle for about a second: twenty idle periods in a row,
# each nearly a whole one (the browser's limit is 50 ms), with nothing run between them.
SETTLED = """() => new Promise((resolve) => {
  let quiet = 0;
  let last = performance.now();
  const started = last;
  const step = (deadline) => {
    const now = performance.now();
    quiet = deadline.timeRemaining() >= 40 && now - last < 60 ? quiet + 1 : 0;
    last = now;
    if (quiet >= 20 || now - started > 120000) resolve(now);
    else requestIdleCallback(step);
  };
  requestIdleCallback(step);
})"""
