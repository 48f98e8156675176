"""Keyboard-only journeys in real Chromium: a person who uses no mouse opens the
organisation's file, says who they are, adds an idea to a campaign, responds to a proposal,
answers the trust scan and saves, with Tab, Shift+Tab, Enter, Space, the arrows and typing
only (no click, no fill, no focus call). The skip link is the first stop, and after every
step the focus is somewhere sensible: never lost to ``<body>``."""

from __future__ import annotations

import json
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from support.browser import HAND_OVER, READ_FILE, SHARED_FILE, wait_until_started
from support.documents import demo_text
from trustwork import decisions
from trustwork.i18n import CATALOGUE
from trustwork.store import codec

pytestmark = pytest.mark.browser
EN = CATALOGUE["en"]
PASSPHRASE = "lantern orchard seven"
FOCUSED = ("(selector) => document.activeElement !== null"
           " && document.activeElement.matches(selector)")
MAIN_SHOWN = ("(area) => document.activeElement.id === 'area'"
              " && document.querySelector('main#area').dataset.area === area")


def focused(page: Page) -> str:
    """What has the focus, for a failing test's message."""
    return str(page.evaluate("() => document.activeElement.outerHTML.slice(0, 160)"))


def tab_to(page: Page, selector: str, back: bool = False, limit: int = 400) -> None:
    """Press Tab (Shift+Tab with ``back``) until the control in focus matches ``selector``."""
    for _ in range(limit):
        if page.evaluate(FOCUSED, selector):
            return
        page.keyboard.press("Shift+Tab" if back else "Tab")
    raise AssertionError(f"Tab never reached {selector}; in focus: {focused(page)}")


def press_on(page: Page, selector: str, key: str = "Enter", back: bool = False) -> None:
    tab_to(page, selector, back)
    page.keyboard.press(key)


def content_focused(page: Page, area: str) -> None:
    """A page of ``area`` is shown and the focus is on its content."""
    page.wait_for_function(MAIN_SHOWN, arg=area)


def open_by_keyboard(context: BrowserContext, served: str) -> Page:
    page = context.new_page()
    page.goto(served + "#dashboard")
    assert wait_until_started(page) == "ready"
    page.evaluate(HAND_OVER, [SHARED_FILE, demo_text()])  # what the file picker would give
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED, "a[data-skip-link]"), focused(page)
    expect(page.locator("[data-skip-link]")).to_be_visible()
    press_on(page, '[data-action="open-file"]')
    expect(page.locator("[data-file-name]")).to_have_text(SHARED_FILE)
    return page


@pytest.fixture
def context(context: BrowserContext) -> BrowserContext:
    context.add_init_script("localStorage.setItem('trustwork:language', 'en')")
    return context


def test_a_person_without_a_mouse_opens_a_file_adds_responds_answers_and_saves(
        context: BrowserContext, served: str) -> None:
    page = open_by_keyboard(context, served)
    document = codec.load(demo_text()).document
    # The skip link goes past the header and the navigation, to the content.
    page.keyboard.press("Shift+Tab")
    tab_to(page, "a[data-skip-link]", back=True)
    page.keyboard.press("Enter")
    content_focused(page, "dashboard")
    assert page.evaluate("location.hash") == "#dashboard"

    # Who am I: the header's link, the list of people, the button.
    proposal = next(p for p in document.live("proposal") if not decisions.is_closed(p))
    answered = {r.fields.get("person") for r in decisions.responses(document, proposal.id)}
    answered.add(proposal.fields.get("proposed_by"))
    me = min((p for p in document.live("person") if p.id not in answered),
             key=lambda p: str(p.fields.get("name")).casefold())
    press_on(page, "a[data-me]", back=True)
    content_focused(page, "people")
    tab_to(page, 'form[data-form="pick-me"] select')
    page.keyboard.type(str(me.fields["name"]))  # a select picks the option typed
    expect(page.locator('form[data-form="pick-me"] select')).to_have_value(me.id)
    press_on(page, 'form[data-form="pick-me"] button[type=submit]')
    expect(page.locator("[data-me]")).to_contain_text(str(me.fields["name"]))

    # A new idea campaign, and an idea in it.
    press_on(page, 'nav a[data-area="ideas"]', back=True)
    content_focused(page, "ideas")
    press_on(page, 'a[data-new="idea_campaign"]')
    tab_to(page, 'form[data-kind="idea_campaign"] [name="title"]')
    page.keyboard.type("Keyboard campaign")
    page.keyboard.press("Enter")  # Enter in a text field sends its form
    expect(page.locator('[data-record-page][data-kind="idea_campaign"]')).to_be_visible()
    assert not page.evaluate("document.activeElement === document.body")
    press_on(page, 'a[data-new="idea"]')
    tab_to(page, 'form[data-kind="idea"] [name="title"]')
    page.keyboard.type("Label the shelves by keyboard")
    tab_to(page, 'form[data-kind="idea"] [name="description"]')
    page.keyboard.type("Everyone finds things faster.")
    press_on(page, 'form[data-kind="idea"] button[type=submit]')
    expect(page.locator('[data-record-page][data-kind="idea"]')).to_be_visible()
    expect(page.locator("[data-record-name]")).to_contain_text("Label the shelves by keyboard")

    # A response to an open proposal, found with the search ("/", words, arrow, Enter).
    page.keyboard.press("/")
    assert page.evaluate(FOCUSED, "#search-field"), focused(page)
    page.keyboard.type(str(proposal.fields["title"]))
    expect(page.locator("[data-search-hit]").first).to_be_visible()
    page.keyboard.press("ArrowDown")
    tab_to(page, f'[data-search-hit][href="#decisions/{proposal.id}"]')
    page.keyboard.press("Enter")
    expect(page.locator(f'[data-record-page="{proposal.id}"]')).to_be_visible()
    before = int(str(page.locator("[data-response-count]").text_content()))
    tab_to(page, 'form[data-form="respond"] [name="response"]')
    page.keyboard.type("concern")
    expect(page.locator('form[data-form="respond"] [name="response"]')).to_have_value("concern")
    tab_to(page, 'form[data-form="respond"] [name="reason"]')
    page.keyboard.type("Only if the night shift is asked too.")
    press_on(page, 'form[data-form="respond"] button[type=submit]')
    expect(page.locator("[data-response-count]")).to_have_text(str(before + 1))

    # The trust scan: a round opened by the form, then one person's answers.
    press_on(page, 'nav a[data-area="scan"]', back=True)
    content_focused(page, "scan")
    press_on(page, 'a[data-new="scan_round"]')
    tab_to(page, 'form[data-kind="scan_round"] [name="title"]')
    page.keyboard.type("Keyboard scan")
    # A passphrase too short comes back with its problem, the focus on the field at fault.
    tab_to(page, 'form[data-kind="scan_round"] [name="passphrase"]')
    page.keyboard.type("short")
    tab_to(page, 'form[data-kind="scan_round"] [name="repeat_passphrase"]')
    page.keyboard.type("short")
    press_on(page, 'form[data-kind="scan_round"] button[type=submit]')
    page.wait_for_function(
        "() => document.activeElement.matches('[aria-invalid=\"true\"]')")
    wrong = str(page.evaluate("() => document.activeElement.name"))
    assert wrong in ("passphrase", "repeat_passphrase"), focused(page)
    for name in ("passphrase", "repeat_passphrase"):
        tab_to(page, f'form[data-kind="scan_round"] [name="{name}"]',
               back=name == "passphrase" and wrong != "passphrase")
        page.keyboard.press("Control+A")
        page.keyboard.type(PASSPHRASE)
    page.keyboard.press("Enter")
    expect(page.locator("[data-scan-round]")).to_have_attribute("data-state", "open")
    press_on(page, "a[data-answer-link]")
    tab_to(page, 'form[data-form="ballot"] input[name="answer.goals.1"]')
    page.keyboard.press("Space")  # the first of the scale: 1
    for _ in range(3):
        page.keyboard.press("ArrowRight")  # along the scale, each step chosen: 4
    page.keyboard.press("Tab")  # the next statement
    page.keyboard.press("Space")
    page.keyboard.press("ArrowRight")
    checked = page.locator('form[data-form="ballot"] input:checked').evaluate_all(
        "items => items.map(i => i.name + '=' + i.value)")
    assert checked == ["answer.goals.1=4", "answer.goals.2=2"], checked
    tab_to(page, 'form[data-form="ballot"] [name="open"]')
    page.keyboard.type("Fewer meetings.")
    press_on(page, 'form[data-form="ballot"] button[type=submit]')
    expect(page.locator("[data-ballot-done]")).to_have_text(EN["scan.handed_in"])
    assert not page.evaluate("document.activeElement === document.body")

    # Save: the file bar's button.
    press_on(page, '[data-action="save"]', back=True)
    expect(page.locator("[data-save-state]")).to_have_attribute("data-save-state", "saved")
    assert not page.evaluate("document.activeElement === document.body"), "focus was lost"
    saved: dict[str, Any] = json.loads(page.evaluate(READ_FILE, SHARED_FILE))
    on_disk = codec.load(json.dumps(saved)).document
    ideas = [idea for idea in on_disk.live("idea")
             if idea.fields.get("title") == "Label the shelves by keyboard"]
    assert len(ideas) == 1
    responses = [r for r in decisions.responses(on_disk, proposal.id)
                 if r.fields.get("person") == me.id]
    assert [r.fields.get("response") for r in responses] == ["concern"]
    rounds = [r for r in on_disk.live("scan_round") if r.fields.get("title") == "Keyboard scan"]
    assert len(rounds) == 1
    assert [b.fields.get("round") for b in on_disk.live("scan_ballot")].count(rounds[0].id) == 1
