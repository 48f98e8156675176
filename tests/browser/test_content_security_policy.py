"""The running app refuses script it did not build, in Chromium over file://.

Markup that reaches the page by mistake (a template that forgot to escape, a crafted data
file) must not run: the policy lists the hashes of the page's own scripts and allows no
inline event handler or injected inline script, so nothing can write into the shared file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from support.browser import PageRecord, open_app

pytestmark = pytest.mark.browser

REPORT_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation",
  (event) => window.cspViolations.push(event.effectiveDirective));
"""
INJECT_HANDLERS = """() => {
  const place = document.createElement("div");
  place.id = "injected";
  place.innerHTML = '<img src="data:," onerror="window.injectedRan = \\'onerror\\'">'
    + '<button type="button" onclick="window.injectedRan = \\'onclick\\'">x</button>';
  document.body.append(place);
}"""
INJECT_SCRIPT = """() => {
  const script = document.createElement("script");
  script.textContent = "window.injectedRan = 'script'";
  document.body.append(script);
}"""

# PyScript would run these as Python (which reaches all of JavaScript), past the policy.
INJECT_PYTHON = """() => {
  const place = document.createElement("div");
  place.innerHTML = '<script type="py">import js; js.window.injectedRan = "script"</' + 'script>'
    + '<py-script>import js; js.window.injectedRan = "py-script"</py-script>';
  document.body.append(place);
}"""


def violations_reported(page: Page, count: int) -> list[str]:
    page.wait_for_function(f"() => window.cspViolations.length >= {count}")
    return list(page.evaluate("window.cspViolations"))


@pytest.mark.parametrize("snapshot", ["used", "off"])
def test_an_injected_inline_event_handler_is_refused_and_reported(
    page: Page, record: PageRecord, built_file: Path, snapshot: str
) -> None:
    """With the start-up snapshot and without it: the app starts under the policy."""
    page.add_init_script(REPORT_VIOLATIONS)
    if snapshot == "off":
        page.add_init_script("localStorage.setItem('trustwork:startup-snapshot', 'off')")
    open_app(page, built_file)
    assert page.evaluate("trustworkBoot.snapshot.status") == snapshot
    assert page.evaluate("window.cspViolations") == [], "the app itself broke its policy"

    page.evaluate(INJECT_HANDLERS)
    page.click("#injected button")
    assert violations_reported(page, 2) == ["script-src-attr", "script-src-attr"]
    assert page.evaluate("window.injectedRan") is None
    assert len(record.refused) == 2 and "inline event handler" in record.refused[0]
    assert record.errors == []
    record.refused.clear()  # the refusals this test asked for, judged above


def test_a_script_element_inserted_with_inline_text_does_not_run(
    page: Page, record: PageRecord, built_file: Path
) -> None:
    page.add_init_script(REPORT_VIOLATIONS)
    open_app(page, built_file)
    page.evaluate(INJECT_SCRIPT)
    assert violations_reported(page, 1) == ["script-src-elem"]
    assert page.evaluate("window.injectedRan") is None
    assert len(record.refused) == 1 and "inline script" in record.refused[0]
    record.refused.clear()  # the refusal this test asked for, judged above


def test_python_injected_as_markup_is_not_run_by_pyscript(page: Page, built_file: Path) -> None:
    open_app(page, built_file)
    page.evaluate(INJECT_PYTHON)
    # Nothing signals that nothing ran: a click handled by Python afterwards shows that
    # PyScript has had its turn (unchanged, it ran such markup within milliseconds).
    page.click('nav.areas a[data-area="pilots"]')
    expect(page.locator("#area")).to_have_attribute("data-area", "pilots")
    assert page.evaluate("window.injectedRan") is None
