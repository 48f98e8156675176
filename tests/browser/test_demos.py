"""The three story demos in real Chromium, from the built file: chosen in the chooser, opened
offline, following the language switch on the same page, the network's confidential record
opened with the passphrase its start screen shows, and the person's own file left alone."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Dialog, Page, expect

from support.browser import (
    HAND_OVER,
    READ_FILE,
    SHARED_FILE,
    PageRecord,
    edit_organisation,
    open_app,
    person,
    wait_until_started,
)
from support.documents import demo_text
from trustwork.demos import STORIES, story_document
from trustwork.demos.ids import CONFIDENTIAL_RECORD
from trustwork.i18n import CATALOGUE

pytestmark = pytest.mark.browser
NL, EN = CATALOGUE["nl"], CATALOGUE["en"]


def name_of(key: str, language: str) -> str:
    return str(story_document(key, language, date.today()).organisation.fields["name"])  # type: ignore[arg-type]


def open_story(page: Page, built_file: Path, key: str, location: str = "") -> None:
    page.goto(built_file.as_uri() + f"?demo={key}" + location)
    assert wait_until_started(page) == "ready"


def to_english(page: Page) -> None:
    page.click('[data-action="set-language"][data-language="en"]')
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_the_chooser_opens_each_story_offline_with_its_start_screen(
        page: Page, record: PageRecord, built_file: Path) -> None:
    open_app(page, built_file)
    chooser = page.locator(".empty-state [data-demo-chooser]")
    expect(chooser.locator("[data-action=open-demo]")).to_have_count(4)
    expect(chooser).to_contain_text(NL["demo.story.network.line"])
    chooser.locator('[data-demo="distribution"]').click()
    for number, key in enumerate(STORIES):
        if number:  # the next one from the file bar's menu
            page.click("[data-demo-menu] > summary")
            page.click(f'[data-demo-menu] [data-demo="{key}"]')
        expect(page.locator("[data-organisation]")).to_contain_text(name_of(key, "nl"))
        expect(page.locator("[data-organisation] .badge")).to_have_text(NL["demo.badge"])
        start = page.locator(f'[data-demo-start="{key}"]')
        expect(start).to_contain_text(NL[f"demo.story.{key}.notice"])
        expect(page.locator("main#area")).to_have_attribute("data-area", "dashboard")
    expect(page.locator("[data-demo-passphrase]")).to_have_count(0)  # only the network's
    assert record.non_local_requests() == []
    assert record.errors == []


def test_a_story_follows_the_language_switch_on_the_same_page(
        page: Page, record: PageRecord, built_file: Path) -> None:
    dutch = story_document("engineering", "nl", date.today())
    english = story_document("engineering", "en", date.today())
    pilot, other = dutch.live("pilot")[:2]
    open_story(page, built_file, "engineering", f"#pilots/{other.id}")
    expect(page.locator("[data-organisation]")).to_contain_text(name_of("engineering", "nl"))
    # An edit in the demo (the pilot's title), kept when the language changes.
    page.goto(page.url.split("#")[0] + f"#pilots/{pilot.id}")
    expect(page.locator("[data-record-name]")).to_contain_text(str(pilot.fields["title"]))
    form = page.locator('form[data-form="update"]')
    form.locator('[name="title"]').fill("Onze eigen proeftuin")
    form.locator('button[type="submit"]').click()
    expect(page.locator("[data-record-name]")).to_contain_text("Onze eigen proeftuin")
    page.goto(page.url.split("#")[0] + f"#pilots/{other.id}")
    expect(page.locator("[data-record-name]")).to_contain_text(str(other.fields["title"]))
    to_english(page)
    expect(page.locator("[data-record-name]")).to_contain_text(
        str(english.records[other.id].fields["title"]))
    expect(page.locator("[data-organisation]")).to_contain_text(name_of("engineering", "en"))
    assert page.url.endswith(f"#pilots/{other.id}")
    page.goto(page.url.split("#")[0] + f"#pilots/{pilot.id}")
    expect(page.locator("[data-record-name]")).to_contain_text("Onze eigen proeftuin")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    # The rest of it in English (its history keeps the title it had before the edit).
    assert str(english.records[pilot.id].fields["hypothesis"]) in page.content()
    assert str(pilot.fields["hypothesis"]) not in page.content()
    page.click('nav.areas a[data-area="dashboard"]')
    expect(page.locator('[data-demo-start="engineering"]')).to_contain_text(
        EN["demo.story.engineering.notice"])
    assert record.errors == []


def test_the_passphrase_on_the_start_screen_opens_the_confidential_record(
        page: Page, record: PageRecord, built_file: Path) -> None:
    open_story(page, built_file, "network")
    passphrase = page.locator("[data-demo-passphrase]").inner_text()
    assert len(passphrase) >= 10
    page.click("[data-demo-secret]")
    expect(page.locator("[data-locked]")).to_be_visible()
    assert "Lindehof" not in page.locator("main#area").inner_text()
    page.locator('form[data-form="unlock"] [name="passphrase"]').fill(passphrase)
    page.locator('form[data-form="unlock"] button').click()
    body = page.locator('form[data-form="update"] [name="body"]')
    expect(body).to_contain_text("Lindehof vraagt ons")
    # In English the same record, its English text, opened by the same team key.
    to_english(page)
    expect(body).to_contain_text("Lindehof asks us")
    assert page.url.endswith(f"#people/{CONFIDENTIAL_RECORD}")
    assert record.errors == []


def test_a_demo_never_touches_the_own_file_and_leaving_it_asks_nothing(
        context: BrowserContext, served: str) -> None:
    page = person(context, served, demo_text())
    before = page.evaluate(READ_FILE, SHARED_FILE)
    dialogs: list[str] = []

    def answer(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", answer)
    page.click("[data-demo-menu] > summary")
    page.click('[data-demo-menu] [data-demo="distribution"]')
    expect(page.locator("[data-organisation]")).to_contain_text(name_of("distribution", "nl"))
    expect(page.locator("[data-file-name]")).to_have_count(0)
    edit_organisation(page, name="Westhaven na een demo-wijziging")
    page.click('nav.areas a[data-area="ideas"]')
    # Back to the own file: nothing asked, nothing written, its content shown.
    page.evaluate(HAND_OVER, [SHARED_FILE, None])
    page.locator('[data-action="open-file"]').first.click()
    expect(page.locator("[data-file-name]")).to_have_text(SHARED_FILE)
    expect(page.locator("[data-organisation]")).to_contain_text("De Voorbeeldgroep")
    expect(page.locator("[data-organisation] .badge")).to_have_count(0)
    assert dialogs == []
    after = page.evaluate(READ_FILE, SHARED_FILE)
    assert after == before
    assert "Westhaven" not in json.dumps(json.loads(after))


def test_presenting_a_story_steps_through_the_tour_that_tells_its_case(
        page: Page, built_file: Path) -> None:
    from trustwork.demos import tour

    open_story(page, built_file, "engineering")
    told = tour("engineering", story_document("engineering", "nl", date.today()))
    page.locator('header [data-action="present"]').click()
    step = page.locator("[data-presenting-step]")
    expect(step).to_have_text(f"1 / {len(told)}")
    seen = [str(page.evaluate("location.hash"))]
    for number in range(2, len(told) + 1):
        page.keyboard.press("PageDown")
        expect(step).to_have_text(f"{number} / {len(told)}")
        seen.append(str(page.evaluate("location.hash")))
    assert tuple(seen) == told
    page.keyboard.press("Escape")
    expect(page.locator("[data-presenting-indicator]")).to_have_count(0)
