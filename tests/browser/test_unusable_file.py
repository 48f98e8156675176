"""A valid-JSON file Trustwork cannot use, opened in real Chromium as a new user would: the
page says what is wrong in the person's language and never shows a Python exception.

The file holds a 5000-digit number in a record field, which Python's JSON reader once let
through as ``ValueError: Exceeds the limit (4300 digits) …`` on the dashboard.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from support.browser import HAND_OVER, READ_FILE, PageRecord, open_app, wait_until_started
from support.documents import demo_text
from trustwork.i18n import CATALOGUE

pytestmark = pytest.mark.browser
PYTHON_WORDS = ("ValueError", "Traceback", "Exception", "Error:")
WHERE = "/records/idea/0/fields/votes"


def file_with_a_huge_number() -> str:
    """The demo organisation with 5000 digits as one idea's votes: valid JSON, unusable."""
    raw = json.loads(demo_text())
    raw["records"]["idea"][0]["fields"]["votes"] = "@huge@"
    return json.dumps(raw, ensure_ascii=False).replace('"@huge@"', "1" * 5000)


def assert_no_python_shown(page: Page) -> None:
    text = page.locator("body").inner_text()
    for word in PYTHON_WORDS:
        assert word not in text, f"the page shows {word!r}: {text[:500]}"


def test_a_picked_file_with_a_5000_digit_number_is_refused_in_dutch(
        page: Page, served: str, record: PageRecord) -> None:
    text = file_with_a_huge_number()
    page.goto(served)
    assert wait_until_started(page) == "ready"
    page.evaluate(HAND_OVER, ["organisatie.json", text])
    page.locator('[data-action="open-file"]').first.click()
    expected = CATALOGUE["nl"]["data.error.number"].split("{number}")[0].format(where=WHERE)
    expect(page.locator("[data-problem]")).to_contain_text(expected)
    expect(page.locator("[data-file-name]")).to_have_count(0)
    assert_no_python_shown(page)
    assert page.evaluate(READ_FILE, "organisatie.json") == text
    assert record.errors == []


def test_a_file_chosen_with_the_file_input_is_refused_in_english(
        page: Page, built_file: Path, record: PageRecord, tmp_path: Path) -> None:
    chosen = tmp_path / "organisation.json"
    chosen.write_text(file_with_a_huge_number(), encoding="utf-8")
    open_app(page, built_file)
    page.locator('[data-action="set-language"][data-language="en"]').first.click()
    # The input browsers without file pickers use (Firefox): the page's own element.
    page.evaluate("trustworkFiles.openWithInput()")
    page.set_input_files("input[data-file-input]", chosen)
    expected = CATALOGUE["en"]["data.error.number"].split("{number}")[0].format(where=WHERE)
    expect(page.locator("[data-problem]")).to_contain_text(expected)
    expect(page.locator("[data-file-name]")).to_have_count(0)
    assert_no_python_shown(page)
    assert record.errors == []
