"""Browser test set-up: one Chromium for the whole run, the built file opened over file://.

The built file is rebuilt first when any of its sources is newer, so a browser test
never runs against a stale build.
"""

from __future__ import annotations

import http.server
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from support.browser import (
    BUILT,
    CHROMIUM,
    CHROMIUM_ARGS,
    ROOT,
    PageRecord,
    newest_source_time,
)


@pytest.fixture(scope="session")
def built_file() -> Path:
    """dist/trustwork.html, rebuilt when a source changed since the last build."""
    if not BUILT.exists() or BUILT.stat().st_mtime < newest_source_time():
        subprocess.run([sys.executable, str(ROOT / "build.py")], cwd=ROOT, check=True)
    return BUILT


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def chromium(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def record() -> PageRecord:
    return PageRecord()


@pytest.fixture
def page(chromium: Browser, record: PageRecord) -> Iterator[Page]:
    """A fresh page in a fresh context (its own storage), recording requests and errors.

    Whatever the app does in a test, it must not break its own content security policy: a
    test that provokes a refusal on purpose judges it and clears ``record.refused``."""
    context = chromium.new_context()
    new_page = context.new_page()
    new_page.on("request", lambda request: record.requests.append(request.url))
    new_page.on("pageerror", lambda error: record.errors.append(str(error)))
    new_page.on("console", lambda message: record_refusal(record, message.text))
    yield new_page
    context.close()
    assert record.refused == [], "the page's content security policy refused something"


def record_refusal(record: PageRecord, text: str) -> None:
    if "Content Security Policy" in text:
        record.refused.append(text)


@pytest.fixture(scope="session")
def served(built_file: Path) -> Iterator[str]:
    """The built file over http://127.0.0.1 (for OPFS, which file:// pages lack)."""
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(built_file.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{built_file.name}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def context(chromium: Browser) -> Iterator[BrowserContext]:
    """One browser profile shared by a test's pages (people with the same file open),
    saving only when the test says so. A module that needs more (a language) defines its
    own."""
    shared = chromium.new_context()
    shared.add_init_script("localStorage.setItem('trustwork:autosave', 'off')")
    yield shared
    shared.close()
