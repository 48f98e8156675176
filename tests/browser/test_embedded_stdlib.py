"""The page embeds only the part of the standard library the app can import (build.py
page_stdlib). These tests prove, in the browser, that nothing the page imports or could
import is missing: every module a page has imported after a walk through every area is one
the build started its search from, and every module that the app's code or PyScript's
names in an import statement is embedded (unless it is one of the developer tools a page
never reaches)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from playwright.sync_api import Page, expect

from support.browser import ROOT, PageRecord, open_app, wait_until_started
from support.build_script import build_script
from trustwork.kinds import AREAS

# Modules loaded from the embedded zip; the frozen import machinery names its file too.
LOADED_FROM_STDLIB = """() => trustworkBoot.interpreter.runPython(`
import json, sys
zipped = [path for path in sys.path if path.endswith(".zip")][0] + "/"
json.dumps(sorted(name for name, module in sys.modules.items()
                  if (getattr(module, "__file__", None) or "").startswith(zipped)
                  and not name.startswith("_frozen_")))
`)"""
EMBEDDED_MEMBERS = """() => trustworkBoot.interpreter.runPython(`
import json, sys, zipfile
zipped = [path for path in sys.path if path.endswith(".zip")][0]
json.dumps(zipfile.ZipFile(zipped).namelist())
`)"""
PYSCRIPT_SOURCES = """() => trustworkBoot.interpreter.runPython(`
import json, pathlib, pyscript
folder = pathlib.Path(pyscript.__file__).parent
json.dumps({str(path.relative_to(folder)): path.read_text() for path in folder.rglob("*.py")})
`)"""


def walk_every_area(page: Page, built_file: Path) -> None:
    open_app(page, built_file)
    page.goto(built_file.as_uri() + "?demo=generated#dashboard")
    assert wait_until_started(page) == "ready"
    for area in AREAS:
        page.click(f'nav.areas a[data-area="{area.key}"]')
        expect(page.locator("main#area")).to_have_attribute("data-area", area.key)
    # A pilot's page renders Markdown: markdown-it-py is imported only then.
    page.click('nav.areas a[data-area="pilots"]')
    page.locator("[data-list] tr[data-record] a[data-record-link]").first.click()
    expect(page.locator("[data-page-text] h4")).to_be_visible()


def module_member(name: str, members: set[str]) -> str | None:
    """The zip member that holds module ``name``, if the zip has it."""
    path = name.replace(".", "/")
    for candidate in (f"{path}.py", f"{path}/__init__.py"):
        if candidate in members:
            return candidate
    return None


def test_every_module_a_page_imports_is_a_root_of_the_embedded_stdlib(
    page: Page, built_file: Path, record: PageRecord
) -> None:
    walk_every_area(page, built_file)
    loaded = set(json.loads(page.evaluate(LOADED_FROM_STDLIB)))
    wheels = sorted((ROOT / "build" / "wheels").glob("*.whl"))
    roots = set(build_script().PAGE_IMPORTS) | build_script().wheel_imports(wheels)
    assert loaded, "no module of the standard library was seen in the page"
    assert sorted(loaded - roots) == [], "add these to PAGE_IMPORTS in build.py"
    assert record.errors == []


def test_everything_the_app_and_pyscript_import_is_embedded(
    page: Page, built_file: Path
) -> None:
    walk_every_area(page, built_file)
    embedded = set(json.loads(page.evaluate(EMBEDDED_MEMBERS)))
    with zipfile.ZipFile(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip") as full:
        in_full_stdlib = set(full.namelist())
    wheels = sorted((ROOT / "build" / "wheels").glob("*.whl"))
    pyscript = json.loads(page.evaluate(PYSCRIPT_SOURCES)).values()
    names = build_script().wheel_imports(wheels).union(
        *(build_script().imported_modules(source) for source in pyscript)
    )
    missing = sorted(
        name for name in names
        if module_member(name, in_full_stdlib)
        and name.split(".")[0] not in build_script().DEVELOPER_TOOLS
        and not module_member(name, embedded)
    )
    assert len(names) > 20, "the sources were not read"
    assert missing == []
