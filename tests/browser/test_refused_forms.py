"""A refused form, as a keyboard or screen-reader user meets it: focus lands on the refused
field, which is marked invalid and names its error (aria-describedby) beside it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import FilePayload, Page, expect

from support.browser import PageRecord, go, open_demo
from support.screens import show
from trustwork.i18n import CATALOGUE

pytestmark = pytest.mark.browser
EN = CATALOGUE["en"]

# What the focused control says of itself: its name, whether it is marked invalid, and the
# visible text of every element its aria-describedby names (null: missing or hidden).
FOCUSED = """() => {
  const field = document.activeElement;
  const ids = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  return {
    name: field.getAttribute('name'), invalid: field.getAttribute('aria-invalid'),
    described: ids.map((id) => {
      const element = document.getElementById(id);
      return element && element.checkVisibility() ? element.textContent.trim() : null;
    }),
  };
}"""


def refuse(page: Page, form: str, fill: dict[str, str]) -> dict[str, Any]:
    """Fill ``form`` (a selector) as given, send it with the keyboard, and say what has the
    focus once the form's error is shown."""
    for name, value in fill.items():
        page.locator(f'{form} [name="{name}"]').first.fill(value)
    page.locator(f'{form} button[type="submit"]').first.focus()
    page.keyboard.press("Enter")
    expect(page.locator("[data-field-error], [data-form-error]").first).to_be_visible()
    focused: dict[str, Any] = page.evaluate(FOCUSED)
    return focused


def test_refused_forms_in_every_area_focus_and_name_their_error(
    page: Page, record: PageRecord, built_file: Path
) -> None:
    failures: list[str] = []
    page.on("console", lambda message: failures.append(message.text)
            if message.type == "error" else None)
    open_demo(page, built_file, "#people/new-person")
    required = EN["form.error.required"]

    # The register: a new person without a name.
    focused = refuse(page, 'form[data-form="create"]', {})
    assert focused == {"name": "name", "invalid": "true", "described": [required]}

    # Ideas: a reaction without text (a hand-written form on an idea's page).
    show(page, "#ideas")
    idea = next(link for link in page.eval_on_selector_all(
        "main#area a[href^='#ideas/idea-']", "links => links.map(l => l.getAttribute('href'))")
        if not str(link).startswith("#ideas/idea-campaign-"))
    show(page, str(idea))
    # Nobody chosen yet in this browser: the form as a whole is refused, and its message
    # takes the focus.
    refuse(page, 'form[data-form="react"]', {})
    expect(page.locator('form[data-form="react"] [data-form-error]')).to_be_focused()
    expect(page.locator('form[data-form="react"] [data-form-error]')).to_have_text(
        EN["me.choose_first"])
    show(page, "#people/me")
    # A choice list refused: nobody chosen in it (a render that keeps the focus there and
    # the caret of a text field must cope with a select, which has none).
    focused = refuse(page, 'form[data-form="pick-me"]', {})
    assert focused == {"name": "person", "invalid": "true",
                       "described": [EN["me.choose_first"]]}
    page.locator('form[data-form="pick-me"] select[name="person"]').select_option(index=1)
    page.locator('form[data-form="pick-me"] button[type="submit"]').click()
    expect(page.locator("[data-me-now]")).to_be_visible()
    show(page, str(idea))
    focused = refuse(page, 'form[data-form="react"]', {})
    assert focused == {"name": "text", "invalid": "true", "described": [required]}

    # Importing: a file that is no table (read once chosen); what refuses the form is the file.
    show(page, "#people")
    page.locator("[data-import-panel] summary").click()
    empty: FilePayload = {"name": "leeg.csv", "mimeType": "text/csv", "buffer": b"\r\n;;\r\n"}
    page.set_input_files("[data-import-file]", files=[empty])
    expect(page.locator('form[data-form="import-read"] [data-form-error]')).to_have_text(
        EN["import.error.empty"])
    assert page.evaluate(FOCUSED) == {"name": "file", "invalid": "true",
                                      "described": [EN["import.error.empty"]]}

    # Decisions: a rules budget that is not a number.
    show(page, "#decisions")
    focused = refuse(page, 'form[data-form="rules-budget"]', {"rules_budget": "many"})
    assert focused["name"] == "rules_budget" and focused["invalid"] == "true"
    expect(page.locator('[data-field="rules_budget"] [data-field-error]')).to_have_text(
        str(focused["described"][0]))

    # Improvement: a project whose month is no month (its hint-less text field).
    show(page, "#improvement/new-improvement_project")
    focused = refuse(page, 'form[data-form="create"]', {"title": "Less waiting",
                                                        "month": "someday"})
    assert focused == {"name": "month", "invalid": "true", "described": [EN["form.error.month"]]}

    # The trust scan: a round with too low a threshold; the form keeps the rest.
    show(page, "#scan/new-scan_round")
    focused = refuse(page, 'form[data-form="create"]', {"title": "Scan", "threshold": "2"})
    assert focused == {"name": "threshold", "invalid": "true",
                       "described": [EN["scan.threshold_too_low"].format(minimum=3)]}
    expect(page.locator('form[data-form="create"] [name="title"]')).to_have_value("Scan")

    # Correcting the field takes the error and its tie away.
    page.locator('form[data-form="create"] [name="threshold"]').fill("")
    page.locator('form[data-form="create"] [name="passphrase"]').fill("a passphrase long enough")
    page.locator('form[data-form="create"] [name="repeat_passphrase"]').fill(
        "a passphrase long enough")
    page.locator('form[data-form="create"] button[type="submit"]').click()
    round_page = page.locator('[data-record-page][data-kind="scan_round"]')
    expect(round_page).to_be_visible()
    expect(page.locator('[aria-invalid="true"]')).to_have_count(0)

    # A ballot handed in with nothing answered: refused as a whole, its message focused.
    go(page, f"#scan/{round_page.get_attribute('data-record-page')}/seminar")
    expect(page.locator("[data-scan-seminar]")).to_be_visible()
    refuse(page, 'form[data-form="ballot"]', {})
    expect(page.locator('form[data-form="ballot"] [data-form-error]')).to_be_focused()
    expect(page.locator('form[data-form="ballot"] [data-form-error]')).to_have_text(
        EN["scan.nothing_answered"])
    assert record.errors == [] and failures == []
