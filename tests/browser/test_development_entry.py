"""index.html, the development entry, served from the tree on 127.0.0.1, reaches ready."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from functools import partial

import pytest
from playwright.sync_api import Page, expect

from support.browser import PageRecord, wait_until_started
from support.build_script import ROOT, build_script

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def served_tree() -> Iterator[str]:
    handler = partial(build_script().DevelopmentRequestHandler, directory=str(ROOT))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_the_development_entry_loads_python_from_the_tree(
    page: Page, record: PageRecord, served_tree: str
) -> None:
    page.goto(f"{served_tree}/index.html#ideas")
    assert wait_until_started(page) == "ready", page.text_content("[data-boot-error-detail]")
    expect(page.locator("#area")).to_have_attribute("data-area", "ideas")
    own_sources = [url for url in record.requests if "/py/trustwork/" in url]
    assert any(url.endswith("/py/trustwork/views/templates/app.html") for url in own_sources)
    elsewhere = [
        url for url in record.requests
        if not url.startswith((served_tree, "data:", "blob:"))
    ]
    assert elsewhere == []
    assert record.errors == []
