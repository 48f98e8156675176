"""The start-up snapshot built into the file: used when it loads, refused when it does not.

build.py snapshots Python's memory after start-up; the page restores it instead of
starting Python from scratch, and falls back to a normal start whenever it cannot.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from support.browser import (
    ROOT,
    PageRecord,
    open_app,
    wait_until_started,
    with_asset_replaced,
)
from support.build_script import build_script

pytestmark = pytest.mark.browser
SNAPSHOT_STATUS = "trustworkBoot.snapshot.status"


def test_the_app_starts_from_the_snapshot_built_into_the_file(
    page: Page, record: PageRecord, built_file: Path
) -> None:
    open_app(page, built_file)
    assert page.evaluate(SNAPSHOT_STATUS) == "used"
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
    draws = []
    for _ in range(2):
        open_app(page, built_file)
        assert page.evaluate(SNAPSHOT_STATUS) == "used"
        draws.append(
            page.evaluate("trustworkBoot.interpreter.runPython('import random; random.random()')")
        )
    assert draws[0] != draws[1]


def test_a_damaged_snapshot_is_refused_and_the_app_starts_normally(
    page: Page, record: PageRecord, built_file: Path, tmp_path: Path
) -> None:
    heap = bytearray((ROOT / "build" / "startup.snapshot").read_bytes())
    heap[:64] = bytes(64)  # no longer a Pyodide snapshot header
    packed = build_script().sparse(bytes(heap))
    open_app(page, with_asset_replaced(built_file, "startup.snapshot", packed, tmp_path))
    assert page.evaluate(SNAPSHOT_STATUS) == "rejected"
    page.click('nav.areas a[data-area="pilots"]')
    expect(page.locator("#area")).to_have_attribute("data-area", "pilots")
    assert record.errors == []


def test_a_snapshot_that_is_not_even_framed_right_is_refused(
    page: Page, built_file: Path, tmp_path: Path
) -> None:
    packed = b"not a snapshot at all"
    open_app(page, with_asset_replaced(built_file, "startup.snapshot", packed, tmp_path))
    assert page.evaluate(SNAPSHOT_STATUS) == "rejected"


def test_the_snapshot_can_be_switched_off(page: Page, built_file: Path) -> None:
    page.add_init_script("localStorage.setItem('trustwork:startup-snapshot', 'off')")
    open_app(page, built_file)
    assert page.evaluate(SNAPSHOT_STATUS) == "off"


def test_a_start_from_the_snapshot_that_then_fails_is_not_repeated(
    page: Page, built_file: Path, tmp_path: Path
) -> None:
    """The snapshot loads, then the app cannot start: the next start must skip the snapshot."""
    wheel = next((ROOT / "build" / "wheels").glob("trustwork-*.whl")).name
    broken = with_asset_replaced(built_file, f"wheels/{wheel}", b"not a wheel", tmp_path)
    page.goto(broken.as_uri())
    assert wait_until_started(page) == "error"
    assert page.evaluate(SNAPSHOT_STATUS) == "used"
    assert page.evaluate("localStorage.getItem('trustwork:startup-snapshot')").startswith("failed:")
    page.reload()
    assert wait_until_started(page) == "error"
    assert page.evaluate(SNAPSHOT_STATUS) == "skipped"


# Modules outside the snapshot that only some actions need: each is compiled in the page
# when it is imported, and at every start that was time spent before the page was ready.
ONLY_WHEN_NEEDED = ("trustwork.demo", "trustwork.export", "trustwork.store.merge")
IMPORTED = """(names) => JSON.parse(trustworkBoot.interpreter.runPython(
  "import sys, json; json.dumps([name in sys.modules for name in "
  + JSON.stringify(names) + "])"))"""


def test_the_generated_demo_the_csv_export_and_the_merge_are_compiled_only_when_first_used(
        page: Page, record: PageRecord, built_file: Path) -> None:
    open_app(page, built_file)
    names = list(ONLY_WHEN_NEEDED)
    assert page.evaluate(IMPORTED, names) == [False, False, False]
    page.goto(built_file.as_uri() + "?demo=generated#ideas")
    assert wait_until_started(page) == "ready"
    assert page.evaluate(IMPORTED, names) == [True, False, False]
    with page.expect_download():
        page.locator('[data-action="export-csv"][data-export="idea"]').click()
    assert page.evaluate(IMPORTED, names) == [True, True, False]  # a merge: see test_data_file
    assert record.errors == []


# The modules that answer what a person does, imported once the page is ready (ui/app.py).
LATER = tuple(sorted(build_script().later_modules()))
# Notes which of them were imported when the page said it was ready: a mutation observer's
# callback runs right after the task that set the state, before any other task.
IMPORTED_WHEN_READY = """(names) => {
  new MutationObserver((changes, observer) => {
    if (document.documentElement.dataset.state !== "ready") return;
    observer.disconnect();
    window.importedWhenReady = JSON.parse(trustworkBoot.interpreter.runPython(
      "import sys, json; json.dumps([name in sys.modules for name in "
      + JSON.stringify(names) + "])"));
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-state"] });
}"""


def test_the_handlers_of_what_people_do_are_compiled_after_the_page_is_ready(
        page: Page, record: PageRecord, built_file: Path) -> None:
    page.add_init_script(f"({IMPORTED_WHEN_READY})({list(LATER)!r})")
    open_app(page, built_file)
    assert page.evaluate("() => window.importedWhenReady") == [False] * len(LATER)
    # Then each is imported in the background, before anyone needs it.
    page.wait_for_function(f"() => ({IMPORTED})({list(LATER)!r}).every(Boolean)")
    expect(page.locator("[data-action]").first).to_be_visible()
    assert record.errors == []


def test_a_wheel_with_deflated_members_is_unpacked_by_pyodide_instead(
        page: Page, record: PageRecord, built_file: Path, tmp_path: Path) -> None:
    # The page writes the members of a stored wheel itself (boot.js storedMembers); a wheel
    # as pip builds it, deflated, goes to Pyodide's unpacking, and the app works the same.
    wheel = next((ROOT / "build" / "wheels").glob("trustwork-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        assert any(member.compress_type == zipfile.ZIP_DEFLATED for member in archive.infolist())
    open_app(page, with_asset_replaced(built_file, f"wheels/{wheel.name}", wheel.read_bytes(),
                                       tmp_path))
    # A module outside the snapshot, read from the files unpacked.
    assert page.evaluate(IMPORTED, ["trustwork.demo"]) == [False]
    page.evaluate("() => trustworkBoot.interpreter.runPython('import trustwork.demo')")
    assert page.evaluate(IMPORTED, ["trustwork.demo"]) == [True]
    assert record.errors == []


# Which of PyScript's and our ui modules Python compiles when asked for their code: read
# from the bytecode build.py embeds, a module raises no "compile" audit event (PEP 578);
# compiled from its source, it does.
COMPILED_FROM_SOURCE = """() => JSON.parse(trustworkBoot.interpreter.runPython(`
import json, sys
compiled = []
sys.addaudithook(lambda event, args: compiled.append(event) if event == "compile" else None)
found = {}
for name, module in list(sys.modules.items()):
    path = getattr(module, "__file__", None) or ""
    if path.startswith("/home/pyodide/pyscript/") or "/site-packages/trustwork/ui/" in path:
        compiled.clear()
        module.__spec__.loader.get_code(name)
        found[name] = bool(compiled)
json.dumps(found)
`))"""


# PyScript's modules whose bytecode was written after their source (none should be).
WRITTEN_BEFORE_THE_SOURCES = """() => JSON.parse(trustworkBoot.interpreter.runPython(`
import json, os, sys
json.dumps([name for name, module in sys.modules.items()
            if (getattr(module, "__file__", None) or "").startswith("/home/pyodide/pyscript/")
            and os.stat(module.__cached__).st_mtime > os.stat(module.__file__).st_mtime])
`))"""


def test_the_modules_imported_before_ready_are_read_from_bytecode_not_compiled(
        page: Page, record: PageRecord, built_file: Path) -> None:
    open_app(page, built_file)
    page.wait_for_function(f"() => ({IMPORTED})({list(LATER)!r}).every(Boolean)")
    compiled = page.evaluate(COMPILED_FROM_SOURCE)
    before_ready = {name: was for name, was in compiled.items() if name not in LATER}
    assert {"pyscript", "pyscript.display", "trustwork.ui.app", "trustwork.ui.datafile"} <= set(
        before_ready)
    assert not any(before_ready.values()), before_ready
    # Those imported after ready have no bytecode (it would cost 50 KB of the file): the
    # same check finds them compiled.
    assert all(compiled[name] for name in LATER)
    # And the bytecode was there before the start imported anything: PyScript writes its
    # package's sources just before it imports them, after boot.js wrote their bytecode.
    assert page.evaluate(WRITTEN_BEFORE_THE_SOURCES) == []
    assert record.errors == []


def test_bytecode_the_page_cannot_read_is_compiled_from_source_instead(
        page: Page, record: PageRecord, built_file: Path, tmp_path: Path) -> None:
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    open_app(page, with_asset_replaced(built_file, "bytecode.zip", b"not a zip", tmp_path))
    compiled = page.evaluate(COMPILED_FROM_SOURCE)
    assert compiled["trustwork.ui.app"] and compiled["pyscript.display"]
    assert any("bytecode could not be read" in message for message in messages)
    page.click('nav.areas a[data-area="pilots"]')
    expect(page.locator("#area")).to_have_attribute("data-area", "pilots")
    assert record.errors == []
