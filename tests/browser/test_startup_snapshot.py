"""The start-up snapshot: made after a first start, used by the next, refused when not right.

Each test starts from a fresh browser context, so it has its own empty IndexedDB.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from support.browser import PageRecord, open_app, wait_until_started

pytestmark = pytest.mark.browser

SNAPSHOT_SETTLED = "['stored', 'failed'].includes(trustworkSnapshot.status)"
# Rewrites the stored record through a function of (record, gzip, gunzip) in the page.
CHANGE_STORED_RECORD = """async (change) => {
  const open = () => new Promise((resolve, reject) => {
    const request = indexedDB.open("trustwork:boot", 1);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const database = await open();
  const record = await new Promise((resolve) => {
    const transaction = database.transaction("startup-snapshots", "readonly");
    const request = transaction.objectStore("startup-snapshots").get("current");
    request.onsuccess = () => resolve(request.result);
  });
  const pipe = async (blob, stream) =>
    new Uint8Array(await new Response(blob.stream().pipeThrough(stream)).arrayBuffer());
  const gunzip = (blob) => pipe(blob, new DecompressionStream("gzip"));
  const gzip = async (bytes) =>
    new Blob([await pipe(new Blob([bytes]), new CompressionStream("gzip"))]);
  const AsyncFunction = (async () => undefined).constructor;
  const changed = await new AsyncFunction("record", "gzip", "gunzip", change)(record, gzip, gunzip);
  await new Promise((resolve, reject) => {
    const transaction = database.transaction("startup-snapshots", "readwrite");
    transaction.objectStore("startup-snapshots").put(changed, "current");
    transaction.oncomplete = resolve;
    transaction.onerror = () => reject(transaction.error);
  });
  database.close();
}"""


def first_start_with_snapshot_stored(page: Page, built_file: Path) -> None:
    open_app(page, built_file)
    assert page.evaluate("trustworkSnapshot.status") in ("none", "making")
    page.wait_for_function(SNAPSHOT_SETTLED, timeout=180_000)
    assert page.evaluate("trustworkSnapshot.status") == "stored", page.evaluate(
        "trustworkSnapshot.detail"
    )


def restart(page: Page) -> None:
    page.reload()
    state = wait_until_started(page)
    assert state == "ready", page.text_content("[data-boot-error-detail]")


def test_the_next_start_restores_the_snapshot_made_after_the_first(
    page: Page, record: PageRecord, built_file: Path
) -> None:
    first_start_with_snapshot_stored(page, built_file)
    restart(page)
    assert page.evaluate("trustworkSnapshot.status") == "used"
    page.click('nav.areas a[data-area="decisions"]')
    expect(page.locator("#area")).to_have_attribute("data-area", "decisions")
    page.click('[data-action="set-language"][data-language="en"]')
    expect(page.locator("#area h1")).to_have_text("Decisions & rules")
    assert record.non_local_requests() == []
    assert record.errors == []


def test_python_random_differs_between_two_starts_from_one_snapshot(
    page: Page, built_file: Path
) -> None:
    """The snapshot freezes the random generator; each start must reseed it."""
    first_start_with_snapshot_stored(page, built_file)
    draws = []
    for _ in range(2):
        restart(page)
        assert page.evaluate("trustworkSnapshot.status") == "used"
        draws.append(
            page.evaluate("trustworkBoot.interpreter.runPython('import random; random.random()')")
        )
    assert draws[0] != draws[1]


def test_a_damaged_snapshot_is_refused_and_the_app_starts_normally(
    page: Page, record: PageRecord, built_file: Path
) -> None:
    first_start_with_snapshot_stored(page, built_file)
    page.evaluate(
        CHANGE_STORED_RECORD,
        """const bytes = await gunzip(record.snapshot);
           bytes.fill(7, 0, 64);
           return { ...record, snapshot: await gzip(bytes) };""",
    )
    restart(page)
    history = page.evaluate("trustworkSnapshot.history")
    assert history[0] == "rejected" and "used" not in history
    page.wait_for_function(SNAPSHOT_SETTLED, timeout=180_000)
    assert page.evaluate("trustworkSnapshot.status") == "stored"
    restart(page)
    assert page.evaluate("trustworkSnapshot.status") == "used"
    assert record.errors == []


def test_a_snapshot_of_another_build_is_never_used(
    page: Page, built_file: Path
) -> None:
    first_start_with_snapshot_stored(page, built_file)
    page.evaluate(CHANGE_STORED_RECORD, 'return { ...record, build: "another-build" };')
    restart(page)
    assert "used" not in page.evaluate("trustworkSnapshot.history")


def test_snapshots_can_be_switched_off(page: Page, built_file: Path) -> None:
    first_start_with_snapshot_stored(page, built_file)
    page.evaluate("localStorage.setItem('trustwork:startup-snapshot', 'off')")
    restart(page)
    assert page.evaluate("trustworkSnapshot.history") == []
