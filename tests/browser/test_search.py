"""One search over everything, in real Chromium through the header as a person uses it.

The demo organisation shows results from several areas, accents and case aside, with the
words marked, and the keys that reach and move through them. A confidential record is
found only by a page that unlocked its team, on a real file shared by two pages.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from support.browser import READ_FILE, SHARED_FILE, WRITE_FILE, open_demo, person
from support.documents import demo_text
from trustwork.i18n import CATALOGUE

pytestmark = pytest.mark.browser
EN = CATALOGUE["en"]
FIELD = "#search-field"
RESULTS = "[data-search-results]"


def test_the_search_finds_records_of_several_areas_whatever_the_accents_and_case(
        page: Page, built_file: Path) -> None:
    open_demo(page, built_file, "#dashboard")
    # "/" anywhere outside a field goes to the search.
    page.locator("main h1").click()
    page.keyboard.press("/")
    expect(page.locator(FIELD)).to_be_focused()
    # The demo's safety coordinator is spelled "Veiligheidscoördinator": found without the
    # diaeresis and in capitals, with the matching letters marked.
    page.keyboard.type("COORDINATOR")
    expect(page.locator(f'{RESULTS} [data-search-area="people"]')).to_be_visible()
    marked = page.locator(f"{RESULTS} mark").first
    expect(marked).to_have_text("coördinator")
    # Every word must occur; a word found in many areas groups its results by area.
    page.locator(FIELD).fill("beter")
    areas = page.locator(f"{RESULTS} [data-search-area]")
    expect(areas.first).to_be_visible()
    found = [str(area.get_attribute("data-search-area")) for area in areas.all()]
    assert {"people", "improvement", "ideas"} <= set(found), found
    total = int(str(page.locator("[data-search-count]").get_attribute("data-search-count")))
    assert total >= 20
    page.locator(FIELD).fill("beter zzzqx")
    expect(page.locator("[data-search-count]")).to_have_attribute("data-search-count", "0")
    expect(page.locator("[data-search-count]")).to_contain_text("Nothing found")


def test_the_keys_move_through_the_results_and_enter_opens_one(
        page: Page, built_file: Path) -> None:
    open_demo(page, built_file, "#ideas")
    page.locator(FIELD).click()
    page.keyboard.type("beter")
    hits = page.locator("[data-search-hit]")
    expect(hits.first).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(hits.nth(0)).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(hits.nth(1)).to_be_focused()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    expect(page.locator(FIELD)).to_be_focused()
    # Enter in the field opens the first result; the results close, the words stay.
    first = str(hits.first.get_attribute("href"))
    page.keyboard.press("Enter")
    page.wait_for_function("(target) => location.hash === target", arg=first)
    expect(page.locator("[data-record-page]")).to_be_visible()
    expect(page.locator(RESULTS)).to_have_count(0)
    expect(page.locator(FIELD)).to_have_value("beter")
    # A click back in the field shows the results again; Escape closes them and empties it.
    page.locator(FIELD).click()
    expect(hits.first).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(hits.nth(0)).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator(RESULTS)).to_have_count(0)
    expect(page.locator(FIELD)).to_have_value("")
    expect(page.locator(FIELD)).to_be_focused()


def test_search_results_show_typed_markup_as_text(page: Page, built_file: Path,
                                                  record: object) -> None:
    open_demo(page, built_file, "#ideas")
    page.locator(FIELD).fill('<img src=x onerror="window.hacked=1">')
    expect(page.locator("[data-search-count]")).to_contain_text("<img src=x")
    assert page.evaluate("() => window.hacked === undefined")


# -- confidential records: found only while unlocked -------------------------------------------

SECRET_WORD = "Zwanenburgkade"
PASSPHRASE = "correct horse battery"


def laptop(chromium: Browser) -> BrowserContext:
    """A browser profile of its own (a person's laptop), in English, saving only when asked."""
    profile = chromium.new_context()
    profile.add_init_script("localStorage.setItem('trustwork:autosave', 'off');"
                            "localStorage.setItem('trustwork:language', 'en')")
    return profile


@pytest.fixture
def context(chromium: Browser) -> Iterator[BrowserContext]:
    shared = laptop(chromium)
    yield shared
    shared.close()


def searched(page: Page, words: str) -> int:
    page.locator(FIELD).fill(words)
    count = page.locator("[data-search-count]")
    expect(count).to_be_visible()
    return int(str(count.get_attribute("data-search-count")))


def test_a_confidential_record_is_found_only_by_a_page_that_unlocked_its_team(
        context: BrowserContext, served: str) -> None:
    ann = person(context, served, demo_text())
    ann.goto(served + "#people")
    team = ann.locator('[data-list="team"] tr[data-record]').first.get_attribute("data-record")
    ann.goto(served + f"#people/{team}")
    ann.locator('form[data-form="passphrase"] [name="new_passphrase"]').fill(PASSPHRASE)
    ann.locator('form[data-form="passphrase"] [name="repeat_passphrase"]').fill(PASSPHRASE)
    ann.locator('form[data-form="passphrase"] button').click()
    expect(ann.locator("[data-unlocked]")).to_be_visible()
    ann.goto(served + f"#people/new-team_record:team={team}")
    form = 'form[data-form="create"]'
    ann.locator(f'{form} [name="title"]').fill("Offerte kade")
    ann.locator(f'{form} [name="body"]').fill(f"Levering aan de {SECRET_WORD} 12")
    ann.locator(f'{form} [name="confidential"]').check()
    ann.locator(f"{form} button[type=submit]").click()
    expect(ann.locator("[data-record-page] [data-confidential]")).to_be_visible()
    ann.click('[data-action="save"]')
    expect(ann.locator("[data-save-state]")).to_have_attribute("data-save-state", "saved")
    # Ann's page holds the team's key: her search finds the record by its sealed text.
    assert searched(ann, SECRET_WORD.lower()) == 1
    # Bob opens the same file: the record is there, its content is not searched.
    bob = person(context, served)
    assert searched(bob, SECRET_WORD) == 0
    bob.goto(served + f"#people/{team}")
    bob.locator('form[data-form="unlock"] [name="passphrase"]').fill(PASSPHRASE)
    bob.locator('form[data-form="unlock"] button').click()
    expect(bob.locator("[data-unlocked]")).to_be_visible()
    assert searched(bob, SECRET_WORD) == 1
    expect(bob.locator(f"{RESULTS} mark").first).to_have_text(SECRET_WORD)
    ann.close()
    bob.close()


# -- what changed since you last looked -----------------------------------------------------


def test_what_others_saved_since_the_person_last_looked_is_counted_listed_and_marked(
        chromium: Browser, served: str) -> None:
    """Ann and Bob each have the shared file open on their own laptop (two browser profiles;
    Bob's saved file is put where Ann's page reads it, as a shared drive does). Ann is on the
    dashboard, where the file opens."""
    contexts = [laptop(chromium), laptop(chromium)]
    text = demo_text()
    ann = person(contexts[0], served, text)
    ann.click('nav.areas a[data-area="ideas"]')
    ann.click('nav.areas a[data-area="dashboard"]')
    expect(ann.locator("[data-nothing-unseen]")).to_be_visible()  # a first visit: no news
    bob = person(contexts[1], served, text)
    bob.goto(served + "#people")
    row = bob.locator('[data-list="person"] tr[data-record]').first
    someone = str(row.get_attribute("data-record"))
    name = str(row.locator("a").text_content()).strip()
    bob.goto(served + f"#people/{someone}")
    bob.locator('form[data-form="update"] [name="does"]').fill("Plant de diensten van Bob")
    bob.locator('form[data-form="update"] button[type="submit"]').click()
    expect(bob.locator('[data-history] [data-version]').first).to_contain_text("Plant de")
    bob.click('[data-action="save"]')
    expect(bob.locator("[data-save-state]")).to_have_attribute("data-save-state", "saved")
    ann.evaluate(WRITE_FILE, [SHARED_FILE, bob.evaluate(READ_FILE, SHARED_FILE)])
    expect(ann.locator("[data-others-saved]")).to_be_visible(timeout=15_000)
    ann.click('[data-action="pull"]')
    # The navigation counts the news per area; the dashboard lists who changed what.
    expect(ann.locator('nav.areas a[data-area="people"] [data-unseen]')).to_have_attribute(
        "data-unseen", "1")
    expect(ann.locator('nav.areas a[data-area="ideas"] [data-unseen]')).to_have_count(0)
    news = ann.locator(f'[data-unseen-change="{someone}"]')
    expect(news).to_contain_text(name)
    # In the area, the record is marked as changed; its page says so and marks the version.
    ann.click('nav.areas a[data-area="people"]')
    expect(ann.locator(f'tr[data-record="{someone}"] [data-changed-since]')).to_have_attribute(
        "data-changed-since", "changed")
    ann.locator(f'tr[data-record="{someone}"] a[data-record-link]').click()
    expect(ann.locator("[data-record-page] [data-changed-since]")).to_be_visible()
    expect(ann.locator("[data-history] [data-new-since]")).to_have_count(1)
    expect(ann.locator("[data-history] [data-new-since]")).to_contain_text("Plant de diensten")
    # Having looked at the area, its count is gone; "mark all as seen" empties the list.
    ann.click('nav.areas a[data-area="dashboard"]')
    expect(ann.locator('nav.areas a[data-area="people"] [data-unseen]')).to_have_count(0)
    expect(ann.locator("[data-nothing-unseen]")).to_be_visible()
    for profile in contexts:
        profile.close()


def test_mark_all_as_seen_clears_the_news_of_every_area(chromium: Browser, served: str) -> None:
    contexts = [laptop(chromium), laptop(chromium)]
    text = demo_text()
    ann = person(contexts[0], served, text)
    bob = person(contexts[1], served, text)
    for kind, area in (("value", "people"), ("idea_campaign", "ideas")):
        bob.goto(served + f"#{area}/new-{kind}")
        form = f'form[data-form="create"][data-kind="{kind}"]'
        bob.locator(f'{form} [name="{"name" if kind == "value" else "title"}"]').fill("Van Bob")
        bob.locator(f"{form} button[type=submit]").click()
        expect(bob.locator("[data-record-page]")).to_be_visible()
    bob.click('[data-action="save"]')
    expect(bob.locator("[data-save-state]")).to_have_attribute("data-save-state", "saved")
    ann.evaluate(WRITE_FILE, [SHARED_FILE, bob.evaluate(READ_FILE, SHARED_FILE)])
    expect(ann.locator("[data-others-saved]")).to_be_visible(timeout=15_000)
    ann.click('[data-action="pull"]')
    expect(ann.locator("[data-unseen-changes]")).to_have_attribute("data-unseen-changes", "2")
    ann.click('[data-action="mark-all-seen"]')
    expect(ann.locator("[data-nothing-unseen]")).to_be_visible()
    expect(ann.locator("nav.areas [data-unseen]")).to_have_count(0)
    for profile in contexts:
        profile.close()
