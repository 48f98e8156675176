"""The built single file in real Chromium over file://, used as a person would."""

from __future__ import annotations

import io
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
from trustwork.i18n import CATALOGUE
from trustwork.kinds import AREAS

pytestmark = pytest.mark.browser


CSP_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation",
  (event) => window.cspViolations.push(event.violatedDirective + " " + event.blockedURI));
"""


def test_the_app_becomes_ready_without_any_network_request(
    page: Page, record: PageRecord, built_file: Path
) -> None:
    page.add_init_script(CSP_VIOLATIONS)
    open_app(page, built_file)
    page.click('nav.areas a[data-area="ideas"]')
    expect(page.locator("#area")).to_have_attribute("data-area", "ideas")
    assert record.requests, "no request was recorded at all: the recorder is not working"
    assert record.non_local_requests() == []
    assert page.evaluate("window.cspViolations") == []
    assert record.errors == []


def test_the_page_refuses_any_network_request_it_is_asked_to_make(
    page: Page, record: PageRecord, built_file: Path
) -> None:
    """Its content security policy and its fetch both say no, so nothing can leak out."""
    page.add_init_script(CSP_VIOLATIONS)
    open_app(page, built_file)
    refused = page.evaluate(
        "fetch('https://example.invalid/x').then(() => 'fetched', (error) => String(error))"
    )
    assert "no network requests" in refused
    page.evaluate(
        "() => { const image = new Image(); image.src = 'https://example.invalid/y.png';"
        " document.body.append(image); }"
    )
    page.wait_for_function("() => window.cspViolations.length > 0")
    assert "img-src" in page.evaluate("window.cspViolations[0]")
    record.refused.clear()  # the refusal this test asked for, judged above


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
    painted = page.evaluate(
        "performance.getEntriesByType('paint')"
        ".find((entry) => entry.name === 'first-contentful-paint').startTime"
    )
    assert painted < page.evaluate("window.trustworkReadyAt"), "nothing showed before ready"
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
    """A file whose embedded runtime is damaged must show a message, never a blank page:
    the runtime's zstd frame no longer unpacks (its framing or checksum fails), and no
    wrong bytes reach the runtime."""
    frame = b"\x28\xb5\x2f\xfd" + b"this is no longer a runtime"
    broken = with_asset_replaced(
        built_file, "pyodide.asm.wasm", frame, tmp_path, zstd_size=9_000_000
    )

    page.goto(broken.as_uri())
    assert wait_until_started(page) == "error"
    error = page.locator("#boot-error")
    expect(error).to_be_visible()
    expect(error).to_contain_text(CATALOGUE["nl"]["boot.error.title"])
    expect(error.locator("[data-boot-error-stage]")).to_contain_text(
        CATALOGUE["nl"]["boot.stage.runtime"]
    )
    expect(error.locator("[data-boot-error-browser]")).to_contain_text("Chrome")
    expect(error.locator("[data-boot-error-detail]")).to_contain_text("damaged")


def test_a_python_error_at_start_is_shown_with_its_message(
    page: Page, built_file: Path, tmp_path: Path
) -> None:
    """main.py catches a failure of the app itself and shows it (stage: app)."""
    wheel_path = next((ROOT / "build" / "wheels").glob("trustwork-*.whl"))
    broken_wheel = io.BytesIO()
    with zipfile.ZipFile(wheel_path) as original, zipfile.ZipFile(broken_wheel, "w") as copy:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "trustwork/ui/app.py":
                data += b"\nraise RuntimeError('deliberately broken for a test')\n"
            copy.writestr(item, data)
    broken = with_asset_replaced(
        built_file, f"wheels/{wheel_path.name}", broken_wheel.getvalue(), tmp_path
    )
    page.goto(broken.as_uri())
    assert wait_until_started(page) == "error"
    expect(page.locator("[data-boot-error-stage]")).to_contain_text(
        CATALOGUE["nl"]["boot.stage.app"]
    )
    expect(page.locator("[data-boot-error-detail]")).to_contain_text(
        "RuntimeError: deliberately broken for a test"
    )

