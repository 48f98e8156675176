"""Helpers for browser tests: where things are, and how to open the app and wait for it."""

from __future__ import annotations

import json
import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext, Page, expect

from .build_script import build_script

ROOT = Path(__file__).resolve().parents[2]
BUILT = ROOT / "dist" / "trustwork.html"
SOURCES = ("py", "web", "build.py", "package-lock.json", "pyproject.toml")
CHROMIUM = os.environ.get("TRUSTWORK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
READY_TIMEOUT_MS = 120_000
LOCAL_SCHEMES = ("file:", "data:", "blob:")


def newest_source_time() -> float:
    times = []
    for name in SOURCES:
        path = ROOT / name
        files = path.rglob("*") if path.is_dir() else [path]
        times += [file.stat().st_mtime for file in files if file.is_file()]
    return max(times)


@dataclass
class PageRecord:
    """What a page did that a test may judge: its requests, its uncaught errors and what its
    content security policy refused (which no test may leave behind unjudged)."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def non_local_requests(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(LOCAL_SCHEMES)]


def wait_until_started(page: Page) -> str:
    """Wait on the readiness signal (never a fixed sleep); returns the final state."""
    # A function, never an expression: Playwright evaluates an expression with eval(),
    # which the page's content security policy refuses.
    page.wait_for_function(
        "() => document.documentElement.dataset.state !== 'loading'", timeout=READY_TIMEOUT_MS
    )
    return str(page.evaluate("document.documentElement.dataset.state"))


def open_app(page: Page, path: Path, location_hash: str = "") -> None:
    """Open the file as a person does, and require that it became ready."""
    page.goto(path.as_uri() + location_hash)
    state = wait_until_started(page)
    detail = page.text_content("[data-boot-error-detail]")
    assert state == "ready", f"the app did not start: {detail}"


def with_asset_replaced(
    built_file: Path, name: str, data: bytes, folder: Path, *, zstd_size: int | None = None
) -> Path:
    """A copy of the built file whose embedded asset ``name`` holds ``data`` instead: as it
    is, or, with ``zstd_size``, marked as a zstd frame that unpacks to that many bytes."""
    page = built_file.read_text(encoding="utf-8")
    element = f'<script type="application/octet-stream" data-asset="{re.escape(name)}"'
    found = re.search(f"({element})([^>]*)>[^<]*</script>", page)
    assert found, f"no asset {name} in the built file"
    size = zstd_size if zstd_size is not None else len(data)
    attributes = f' data-size="{size}"'
    attributes += ' data-encoding="zstd"' if zstd_size is not None else ""
    attributes += " data-wheel" if "data-wheel" in found.group(2) else ""
    attributes += " data-files" if "data-files" in found.group(2) else ""
    text = build_script().to_page_text(data)
    replacement = f"{found.group(1)}{attributes}>{text}</script>"
    copy = folder / "changed.html"
    copy.write_text(page[: found.start()] + replacement + page[found.end():], encoding="utf-8")
    return copy


# Test-only hand-over of a real OPFS file to the page (served over 127.0.0.1: file:// pages
# have no OPFS); the page then opens and saves it through its production path.
HAND_OVER = """async ([name, text]) => {
  const root = await navigator.storage.getDirectory();
  const handle = await root.getFileHandle(name, { create: true });
  if (text !== null) {
    const writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
  }
  trustworkFiles.useHandleForTests(handle);
}"""
READ_FILE = """async (name) => {
  const root = await navigator.storage.getDirectory();
  return await (await (await root.getFileHandle(name)).getFile()).text();
}"""
WRITE_FILE = """async ([name, text]) => {
  const root = await navigator.storage.getDirectory();
  const writable = await (await root.getFileHandle(name)).createWritable();
  await writable.write(text);
  await writable.close();
}"""


def open_demo(page: Page, path: Path, location: str, demo: str = "generated") -> None:
    """The built file with a demo organisation (the generated one unless a story is named),
    in English, at ``location`` (a hash)."""
    open_app(page, path)
    page.evaluate("localStorage.setItem('trustwork:language', 'en')")
    page.goto(path.as_uri() + f"?demo={demo}" + location)
    assert wait_until_started(page) == "ready"
    # On a busy machine the next document can start before the browser has passed the
    # first one's localStorage write on (file:// pages may live in other processes): then
    # the page is in its default language, and the switch in the header puts it right.
    if page.evaluate("document.documentElement.lang") != "en":
        page.click('[data-action="set-language"][data-language="en"]')
    expect(page.locator("html")).to_have_attribute("lang", "en")


def go(page: Page, location: str) -> None:
    """Follow an address inside the open page (a hash change: the demo stays as it is)."""
    page.goto(page.url.split("#")[0] + location)


SHARED_FILE = "organisatie.json"


def person(context: BrowserContext, url: str, text: str | None = None) -> Page:
    """A page that opens the file its context shares (writing ``text`` into it first, if
    given): a person with the organisation's file open."""
    page = context.new_page()
    page.goto(url)
    assert wait_until_started(page) == "ready"
    page.evaluate(HAND_OVER, [SHARED_FILE, text])
    page.locator('[data-action="open-file"]').first.click()
    expect(page.locator("[data-file-name]")).to_have_text(SHARED_FILE)
    return page


def edit_organisation(page: Page, taken: bool = True, **fields: str) -> None:
    """Change the organisation on the dashboard and, when the page should take the change,
    wait until it has (its stamp is then set: a later edit elsewhere is later)."""
    form = page.locator('form[data-form="organisation"]')
    for name, value in fields.items():
        form.locator(f'[name="{name}"]').fill(value)
    form.locator('button[type="submit"]').click()
    if taken and "name" in fields:
        expect(page.locator("[data-organisation]")).to_contain_text(fields["name"])
    if taken and "mission" in fields:
        expect(form.locator('[name="mission"]')).to_have_text(fields["mission"])


FIREFOX = os.environ.get("TRUSTWORK_FIREFOX", "/usr/bin/firefox-esr")


def firefox_journey(script: str, built_file: Path, *arguments: str) -> dict[str, Any]:
    """Run a Firefox journey (``tests/browser/<script>``, puppeteer-core under Node) on the
    built file and return the JSON report it prints last; the test judges it."""
    finished = subprocess.run(
        ["node", str(ROOT / "tests" / "browser" / script), built_file.as_uri(), *arguments,
         FIREFOX],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert finished.returncode == 0, finished.stderr
    report: dict[str, Any] = json.loads(finished.stdout.strip().splitlines()[-1])
    return report
