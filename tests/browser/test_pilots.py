"""Pilots in real Chromium, through the page of the built file as a person uses it.

Starting a pilot, writing, comparing and restoring its page, reactions, taking part, phases,
following and recent changes run on the demo organisation (its changes stay in the page).
Two people editing one page at once run on a real OPFS file served from 127.0.0.1 (see
test_data_file.py), so the fork comes from the merge of the saved file itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from support.browser import (
    READ_FILE,
    SHARED_FILE,
    PageRecord,
    open_app,
    person,
    wait_until_started,
)
from support.documents import demo_text
from trustwork.i18n import CATALOGUE

pytestmark = pytest.mark.browser
EN = CATALOGUE["en"]
PAYLOADS = """# Plan <script>window.hacked = 1</script>

<img src=x onerror="window.hacked = 2">
<a href="javascript:window.hacked = 3">click me</a>

- [a link](javascript:window.hacked=4)
- [data](data:text/html,<script>window.hacked=5</script>)
- <javascript:window.hacked=6>
- ![image](https://example.org/x.png)
- [the web](https://example.org) and [mail](mailto:pilot@example.org)
"""


def open_demo(page: Page, built_file: Path, location: str = "#pilots") -> None:
    open_app(page, built_file)
    page.evaluate("localStorage.setItem('trustwork:language', 'en')")
    page.goto(built_file.as_uri() + "?demo=generated" + location)
    assert wait_until_started(page) == "ready"
    page.click('[data-action="set-language"][data-language="en"]')  # as a person switches
    expect(page.locator("html")).to_have_attribute("lang", "en")


def go(page: Page, location: str) -> None:
    """Follow an address inside the open page (a hash change: the demo stays as it is)."""
    page.goto(page.url.split("#")[0] + location)


def be(page: Page, name: str = "Nora Nieuw") -> str:
    """Say who I am: a person new to the organisation (in no pilot yet)."""
    go(page, "#people/me")
    page.locator('form[data-form="add-me"] [name="name"]').fill(name)
    page.locator('form[data-form="add-me"] button[type=submit]').click()
    expect(page.locator("[data-me]")).to_contain_text(name)
    return name


def start_pilot(page: Page, title: str) -> str:
    go(page, "#pilots/new-pilot")
    form = 'form[data-form="create"][data-kind="pilot"]'
    page.locator(f'{form} [name="title"]').fill(title)
    page.locator(f'{form} [name="hypothesis"]').fill("Wie zelf roostert, is minder vaak ziek.")
    page.locator(f'{form} [name="suspended"]').fill("Artikel 5.2 cao: vaste roosters\nRegel: "
                                                     "rooster een week vooruit")
    page.locator(f"{form} button[type=submit]").click()
    expect(page.locator('[data-record-page][data-kind="pilot"]')).to_be_visible()
    return str(page.locator("[data-record-page]").get_attribute("data-record-page"))


def write_page(page: Page, text: str, summary: str = "") -> None:
    page.locator("[data-edit-page] summary").click()
    form = 'form[data-form="edit-page"]'
    page.locator(f'{form} [name="text"]').fill(text)
    page.locator(f'{form} [name="summary"]').fill(summary)
    page.locator(f"{form} button[type=submit]").click()
    expect(page.locator("[data-done]")).to_have_text(EN["pilots.page_saved"])


def test_a_pilots_page_is_written_compared_and_an_old_version_brought_back(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file)
    be(page)
    pilot = start_pilot(page, "Zelf roosteren")
    expect(page.locator("[data-no-page]")).to_be_visible()
    write_page(page, "# Plan\n\nWe roster **per week**.\n\nJoin when you like.", "first plan")
    expect(page.locator("[data-page-text] h4")).to_have_text("Plan")
    expect(page.locator("[data-page-text] strong")).to_have_text("per week")
    write_page(page, "# Plan\n\nWe roster **per month**.\n\nJoin when you like.")
    expect(page.locator("[data-current-version]")).to_have_attribute("data-current-version", "2")
    expect(page.locator("[data-revision-list] li")).to_have_count(2)
    # The difference between them, word by word.
    page.locator("[data-revision-list] li").first.locator("[data-diff-link]").click()
    expect(page.locator("[data-diff]")).to_have_attribute("data-old", "1")
    changed = page.locator("[data-diff-lines] [data-changed]")
    expect(changed.locator("del")).to_have_text("week")
    expect(changed.locator("ins")).to_have_text("month")
    # Any two, chosen on the pilot's page.
    page.locator("[data-diff] [data-to-pilot]").click()
    compare = 'form[data-form="compare"]'
    page.locator(f'{compare} [name="old"]').select_option(label="version 2")
    page.locator(f'{compare} [name="new"]').select_option(label="version 1")
    page.locator(f"{compare} button").click()
    expect(page.locator("[data-diff]")).to_have_attribute("data-new", "1")
    # The old version, read and brought back as a new one.
    go(page, f"#pilots/{pilot}")
    page.locator("[data-revision-list] li").last.locator("[data-revision-link]").click()
    expect(page.locator("[data-revision-page]")).to_have_attribute("data-revision-page", "1")
    expect(page.locator('form[data-form="update"]')).to_have_count(0)
    expect(page.locator("[data-page-text] strong")).to_have_text("per week")
    page.locator('[data-action="restore-revision"]').click()
    expect(page.locator("[data-done]")).to_have_text(EN["pilots.restored"].format(number=1))
    expect(page.locator("[data-current-version]")).to_have_attribute("data-current-version", "3")
    expect(page.locator("[data-page-text] strong")).to_have_text("per week")
    assert record.errors == []


def test_a_page_full_of_script_html_and_javascript_links_shows_as_harmless_text(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file)
    be(page)
    start_pilot(page, "<b>Vet</b> proeftuin")
    write_page(page, PAYLOADS)
    text = page.locator("[data-page-text]")
    expect(text.locator("h4")).to_contain_text("<script>window.hacked = 1</script>")
    expect(text).to_contain_text('<img src=x onerror="window.hacked = 2">')
    expect(text.locator("script, img, iframe, [onerror]")).to_have_count(0)
    hrefs = text.locator("a").evaluate_all("links => links.map(link => link.href)")
    assert hrefs == ["https://example.org/x.png", "https://example.org/",
                     "mailto:pilot@example.org"]
    expect(text).to_contain_text("[a link](javascript:window.hacked=4)")
    # A reaction with the same payloads is text too.
    page.locator('form[data-form="pilot-react"][data-answers=""] [name="text"]').fill(PAYLOADS)
    page.locator('form[data-form="pilot-react"][data-answers=""] button').click()
    expect(page.locator("[data-reaction-text]")).to_contain_text("<script>window.hacked")
    expect(page.locator("[data-record-name]")).to_contain_text("<b>Vet</b> proeftuin")
    for link in text.locator("a").all():
        link.evaluate("link => link.removeAttribute('target')")  # stay in this page
    assert page.evaluate("window.hacked") is None
    assert record.errors == []
    assert record.non_local_requests() == []


def demo_pilot(page: Page) -> str:
    """The first pilot of the demo's list (the demo's pilots have pages and reactions)."""
    go(page, "#pilots")
    link = page.locator('[data-list] tr[data-record] a[data-record-link]').first
    pilot = str(link.get_attribute("href")).rsplit("/", 1)[-1]
    link.click()
    expect(page.locator(f'[data-record-page="{pilot}"]')).to_be_visible()
    return pilot


def count_text(taking_part: int, reacted: int) -> str:
    return EN["pilots.counts"].format(taking_part=taking_part, reacted=reacted)


def test_taking_part_is_voluntary_and_nobody_can_sign_up_someone_else(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file)
    demo_pilot(page)
    expect(page.locator('[data-action="take-part"]')).to_have_count(0)  # say who you are first
    expect(page.locator("[data-who-first]")).to_be_visible()
    name = be(page)
    pilot = demo_pilot(page)
    before = str(page.locator("[data-participation-count]").text_content())
    taking_part = int(before.split()[0])
    page.locator('[data-action="take-part"][data-joining="true"]').click()
    expect(page.locator("[data-done]")).to_have_text(EN["pilots.you_joined"])
    expect(page.locator("[data-participation-count]")).to_contain_text(
        f"{taking_part + 1} taking part")
    expect(page.locator("[data-participants]")).to_contain_text(name)
    expect(page.locator("[data-participation-history] li").first).to_contain_text(
        f"{name} {EN['pilots.joined']}")
    page.locator('[data-action="take-part"][data-joining="false"]').click()
    expect(page.locator("[data-done]")).to_have_text(EN["pilots.you_left"])
    expect(page.locator("[data-participation-count]")).to_contain_text(
        f"{taking_part} taking part")
    expect(page.locator("[data-participation-history] li").first).to_contain_text(
        f"{name} {EN['pilots.left']}")
    # The page offers no way to sign up someone else; a join button altered to name another
    # person of the organisation is refused by the domain, and nothing is recorded.
    history = page.locator("[data-participation-history] li").count()
    someone = page.evaluate("""() => document.querySelector('[data-participants]') &&
        document.querySelector('[data-participants]').textContent""")
    assert someone  # others take part: the demo's pilot has people
    other = str(page.locator('[data-record-page] a[href^="#people/person-"]').count())
    assert other == "0"
    go(page, "#people")
    another = str(page.locator('[data-list] tr[data-record]').nth(3).get_attribute("data-record"))
    go(page, f"#pilots/{pilot}")
    page.locator('[data-action="take-part"]').evaluate(
        "(button, person) => { button.dataset.person = person; }", another)
    page.locator('[data-action="take-part"]').click()
    expect(page.locator("[data-problem]")).to_have_text(EN["refused.not_yourself"])
    expect(page.locator("[data-participation-count]")).to_contain_text(
        f"{taking_part} taking part")
    expect(page.locator("[data-participation-history] li")).to_have_count(history)
    go(page, f"#pilots/new-pilot_participation:pilot={pilot}")
    page.locator('form[data-form="create"] button[type=submit]').click()
    expect(page.locator("[data-problem]")).to_have_text(EN["refused.not_yourself"])
    assert record.errors == []


def test_reactions_and_answers_say_whether_their_author_takes_part(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file)
    name = be(page)
    pilot = start_pilot(page, "Belonen in vrije tijd")
    react = 'form[data-form="pilot-react"][data-answers=""]'
    page.locator(f"{react} button").click()
    expect(page.locator(f'{react} [data-field-error]')).to_have_text(EN["form.error.required"])
    page.locator(f'{react} [name="text"]').fill("I do not take part, but I am curious.")
    page.locator(f"{react} button").click()
    expect(page.locator("[data-done]")).to_have_text(EN["pilots.reacted"])
    reaction = page.locator("[data-reaction]").first
    expect(reaction.locator("[data-who]").first).to_have_text(name)
    expect(reaction.locator("[data-not-taking-part]")).to_be_visible()
    expect(page.locator("[data-participation-count]")).to_have_text(count_text(0, 1))
    page.locator('[data-action="take-part"][data-joining="true"]').click()
    reaction.locator(".answer-form summary").click()
    answer = '[data-reaction] form[data-form="pilot-react"]'
    page.locator(f'{answer} [name="text"]').fill("Now I take part myself.")
    page.locator(f"{answer} button").click()
    expect(page.locator("[data-answer] [data-reaction-text]")).to_have_text(
        "Now I take part myself.")
    expect(page.locator("[data-answer] [data-takes-part]")).to_be_visible()
    expect(reaction.locator(".reaction-meta [data-takes-part]").first).to_be_visible()
    expect(page.locator("[data-participation-count]")).to_have_text(count_text(1, 0))
    assert pilot
    assert record.errors == []


def test_a_pilot_moves_through_its_phases_with_dates_and_keeps_its_evaluation(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file)
    be(page)
    start_pilot(page, "Groen reizen")
    expect(page.locator("[data-phase-now]")).to_have_attribute("data-phase-now", "proposed")
    for phase in ("running", "evaluating", "ended"):
        page.locator(f'[data-action="pilot-phase"][data-phase="{phase}"]').click()
        expect(page.locator("[data-phase-now]")).to_have_attribute("data-phase-now", phase)
        expect(page.locator(f'[data-phase-step="{phase}"] time')).to_have_count(1)
    expect(page.locator('[data-action="pilot-phase"]')).to_have_count(0)
    form = 'form[data-form="update"]'
    page.locator(f'{form} [name="evaluation"]').fill("Less sick leave than expected.")
    page.locator(f'{form} [name="participants_said"]').fill("The freedom mattered most.")
    page.locator(f'{form} [name="decision"]').select_option("adopt")
    page.locator(f"{form} button[type=submit]").click()
    expect(page.locator("[data-done]")).to_have_text(EN["register.applied"])
    expect(page.locator(f'{form} [name="decision"]')).to_have_value("adopt")
    # Adopting it for everyone: a proposal in Decisions, filled in from the pilot.
    page.locator("[data-adopt] [data-propose]").click()
    proposal = 'form[data-form="create"][data-kind="proposal"]'
    expect(page.locator(f'{proposal} [name="title"]')).to_have_value(
        EN["pilots.adopt_title"].format(pilot="Groen reizen"))
    expect(page.locator(f'{proposal} [name="proposal"]')).to_have_value(
        "Less sick leave than expected.")
    go(page, "#pilots")
    row = page.locator('[data-list] tr[data-record]', has_text="Groen reizen")
    expect(row).to_contain_text(EN["choice.pilot.phase.ended"])
    assert record.errors == []


def test_recent_changes_narrow_to_the_pilots_followed_and_say_what_is_new(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file)
    be(page)
    followed = start_pilot(page, "Gevolgd")
    page.locator('[data-action="follow-pilot"][data-follow="true"]').click()
    expect(page.locator("[data-done]")).to_have_text(EN["pilots.followed"])
    expect(page.locator('[data-action="follow-pilot"][data-follow="false"]')).to_be_visible()
    start_pilot(page, "Niet gevolgd")
    go(page, "#pilots")
    page.locator("[data-pilots-recent-link]").click()
    expect(page.locator("[data-pilots-recent] li").first).to_contain_text("Niet gevolgd")
    page.locator("[data-show-followed]").click()
    expect(page.locator("[data-pilots-recent]")).to_have_attribute("data-followed-only", "true")
    expect(page.locator("[data-pilots-recent] li")).to_have_count(1)
    expect(page.locator("[data-pilots-recent] li")).to_contain_text("Gevolgd")
    expect(page.locator("[data-new-count]")).to_have_attribute("data-new-count", "1")
    page.locator('[data-action="pilots-seen"]').click()
    expect(page.locator("[data-new-count]")).to_have_attribute("data-new-count", "0")
    go(page, f"#pilots/{followed}")
    page.locator('form[data-form="pilot-react"][data-answers=""] [name="text"]').fill("News!")
    page.locator('form[data-form="pilot-react"][data-answers=""] button').click()
    expect(page.locator("[data-done]")).to_have_text(EN["pilots.reacted"])
    go(page, "#pilots/recent/followed")
    expect(page.locator("[data-new-count]")).to_have_attribute("data-new-count", "1")
    expect(page.locator("[data-pilots-recent] li[data-new]")).to_have_count(1)
    expect(page.locator("[data-pilots-recent] li[data-new]")).to_contain_text(
        EN["pilots.what.reaction"])
    assert record.errors == []


# -- two people editing one page of a shared file ----------------------------------------------

@pytest.fixture
def context(chromium: Browser) -> Iterator[BrowserContext]:
    """One browser profile shared by the test's pages; saving only when the test says so."""
    shared = chromium.new_context()
    shared.add_init_script("localStorage.setItem('trustwork:autosave', 'off');"
                           "localStorage.setItem('trustwork:language', 'en')")
    yield shared
    shared.close()


def save(page: Page, expected_state: str) -> None:
    page.click('[data-action="save"]')
    expect(page.locator("[data-save-state]")).to_have_attribute("data-save-state", expected_state)


def edit_line(page: Page, pilot: str, old: str, new: str) -> None:
    page.goto(page.url.split("#")[0] + f"#pilots/{pilot}")
    page.locator("[data-edit-page] summary").click()
    area = page.locator('form[data-form="edit-page"] [name="text"]')
    area.fill(str(area.input_value()).replace(old, new))
    page.locator('form[data-form="edit-page"] button[type=submit]').click()
    expect(page.locator("[data-done]")).to_have_text(EN["pilots.page_saved"])


def test_two_people_editing_one_page_at_once_both_keep_their_text_and_merge_the_fork(
        context: BrowserContext, served: str) -> None:
    text = demo_text()
    document = json.loads(text)
    pilot = next(record["id"] for record in document["records"]["pilot"])
    ann = person(context, served, text)
    bob = person(context, served)
    edit_line(ann, pilot, "Wat we proberen", "Wat Ann probeert")
    edit_line(bob, pilot, "**Meedoen is vrijwillig.**", "**Meedoen is echt vrijwillig.**")
    save(ann, "saved")
    save(bob, "merged")
    fork = bob.locator("[data-fork]")
    expect(fork).to_be_visible()
    expect(fork.locator("[data-fork-clean]")).to_be_visible()
    merged = fork.locator('[name="text"]')
    assert "Wat Ann probeert" in merged.input_value()
    assert "Meedoen is echt vrijwillig." in merged.input_value()
    fork.locator("button[type=submit]").click()
    expect(bob.locator("[data-done]")).to_have_text(EN["pilots.merged"])
    expect(bob.locator("[data-fork]")).to_have_count(0)
    expect(bob.locator("[data-page-text]")).to_contain_text("Wat Ann probeert")
    expect(bob.locator("[data-page-text]")).to_contain_text("Meedoen is echt vrijwillig.")
    save(bob, "saved")
    saved = json.loads(bob.evaluate(READ_FILE, SHARED_FILE))
    revisions = [record for record in saved["records"]["pilot_revision"]
                 if record["fields"]["pilot"] == pilot]
    merges = [record for record in revisions if record["fields"].get("merged")]
    assert len(merges) == 1
    parents = {merges[0]["fields"]["parent"], merges[0]["fields"]["merged"]}
    edited = {record["id"] for record in revisions
              if record["fields"]["text"].count("Ann probeert") + record["fields"][
                  "text"].count("echt vrijwillig") == 1}
    assert parents == edited


def test_overlapping_edits_of_one_page_are_shown_side_by_side_and_both_kept(
        context: BrowserContext, served: str) -> None:
    text = demo_text()
    pilot = next(record["id"] for record in json.loads(text)["records"]["pilot"])
    ann = person(context, served, text)
    bob = person(context, served)
    edit_line(ann, pilot, "Wat we proberen", "Wat Ann probeert")
    edit_line(bob, pilot, "Wat we proberen", "Wat Bob probeert")
    save(ann, "saved")
    save(bob, "merged")
    conflict = bob.locator("[data-fork] [data-conflict]")
    expect(conflict.locator("[data-ours]")).to_contain_text("Wat Bob probeert")
    expect(conflict.locator("[data-theirs]")).to_contain_text("Wat Ann probeert")
    value = bob.locator('[data-fork] [name="text"]').input_value()
    assert "Wat Ann probeert" in value and "Wat Bob probeert" in value
