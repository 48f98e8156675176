"""The built single file in real Chromium over file://, used as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from support.browser import PageRecord, open_app, wait_until_started, with_asset_replaced
from trustwork.areas import AREAS
from trustwork.i18n import CATALOGUE

pytestmark = pytest.mark.browser


def test_the_app_becomes_ready_without_any_network_request(
    page: Page, record: PageRecord, built_file: Path
) -> None:
    open_app(page, built_file)
    page.click('nav.areas a[data-area="ideas"]')
    expect(page.locator("#area")).to_have_attribute("data-area", "ideas")
    assert record.requests, "no request was recorded at all: the recorder is not working"
    assert record.non_local_requests() == []
    assert record.errors == []


def test_the_shell_shows_name_and_staged_progress_before_python_runs(
    page: Page, built_file: Path
) -> None:
    page.goto(built_file.as_uri(), wait_until="commit")
    boot = page.locator("#boot")
    expect(boot).to_contain_text("Trustwork")
    expect(page.locator("#boot-progress")).to_be_attached()
    stages = page.locator("[data-boot-stage]")
    expect(stages).to_have_count(4)
    assert page.evaluate("document.documentElement.dataset.state") == "loading"
    wait_until_started(page)
    times = page.evaluate("trustworkBoot.stageTimes")
    assert list(times) == ["runtime", "python", "app", "data", "ready"]
    expect(boot).to_be_hidden()


def test_every_area_opens_from_the_navigation_with_an_honest_empty_state(
    page: Page, record: PageRecord, built_file: Path
) -> None:
    open_app(page, built_file)
    for area in AREAS:
        page.click(f'nav.areas a[data-area="{area.key}"]')
        expect(page.locator("#area")).to_have_attribute("data-area", area.key)
        expect(page.locator("#area h1")).to_have_text(CATALOGUE["nl"][f"nav.{area.key}"])
        expect(page.locator(f'[data-empty="{area.key}"]')).to_contain_text(
            CATALOGUE["nl"]["empty.title"]
        )
        current = page.locator('nav.areas a[aria-current="page"]')
        expect(current).to_have_attribute("data-area", area.key)
        assert page.url.endswith(f"#{area.key}")
    assert record.errors == []


def test_an_area_in_the_address_opens_directly_and_back_goes_back(
    page: Page, built_file: Path
) -> None:
    open_app(page, built_file, "#pilots")
    expect(page.locator("#area")).to_have_attribute("data-area", "pilots")
    page.click('nav.areas a[data-area="scan"]')
    expect(page.locator("#area")).to_have_attribute("data-area", "scan")
    page.go_back()
    expect(page.locator("#area")).to_have_attribute("data-area", "pilots")


def test_the_language_switch_changes_everything_and_is_remembered(
    page: Page, record: PageRecord, built_file: Path
) -> None:
    open_app(page, built_file)
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    page.click('[data-action="set-language"][data-language="en"]')
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator('nav.areas a[data-area="people"]')).to_contain_text("Teams & people")
    expect(page.locator("#area .empty-state h2")).to_have_text(CATALOGUE["en"]["empty.title"])
    expect(page.locator('[data-language="en"]')).to_have_attribute("aria-pressed", "true")

    page.reload()
    wait_until_started(page)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator('nav.areas a[data-area="people"]')).to_contain_text("Teams & people")

    page.click('[data-action="set-language"][data-language="nl"]')
    expect(page.locator('nav.areas a[data-area="people"]')).to_contain_text("Teams & mensen")
    assert record.errors == []


def test_a_failed_start_says_what_failed_and_in_which_browser(
    page: Page, built_file: Path, tmp_path: Path
) -> None:
    """A file whose embedded runtime is damaged must show a message, never a blank page."""
    wasm = b"\x1f\x8b" + b"this is no longer gzip, nor a runtime"
    broken = with_asset_replaced(built_file, "pyodide.asm.wasm", wasm, tmp_path)

    page.goto(broken.as_uri())
    assert wait_until_started(page) == "error"
    error = page.locator("#boot-error")
    expect(error).to_be_visible()
    expect(error).to_contain_text(CATALOGUE["nl"]["boot.error.title"])
    expect(error.locator("[data-boot-error-stage]")).to_contain_text(
        CATALOGUE["nl"]["boot.stage.runtime"]
    )
    expect(error.locator("[data-boot-error-browser]")).to_contain_text("Chrome")
    assert page.text_content("[data-boot-error-detail]")
