"""Idea campaigns in real Chromium, through the page of the built file: a campaign takes
ideas only while it is open, anonymous ideas name no one, every verdict has a public reason
and says who gave it, supports and reactions are a person's own, and a usable idea becomes an
improvement project whose realised saving shows on the idea and its campaign. Run on the demo
organisation (changes stay in the page); every text typed is HTML that must show as text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from support.browser import PageRecord, go, open_demo
from trustwork.i18n import CATALOGUE, format_date

pytestmark = pytest.mark.browser
EN = CATALOGUE["en"]
PAYLOAD = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>&amp;'


def day(offset: int) -> str:
    """The date ``offset`` days from today, as the page's clock (UTC) reads it."""
    return (datetime.now(UTC).date() + timedelta(days=offset)).isoformat()


def choose_me(page: Page) -> str:
    """Say who you are (the second person in the list); returns their name."""
    go(page, "#people/me")
    choice = page.locator('form[data-form="pick-me"] option').nth(2)
    name = str(choice.text_content()).strip()
    page.locator('form[data-form="pick-me"] select').select_option(
        value=choice.get_attribute("value"))
    page.locator('form[data-form="pick-me"] button').click()
    expect(page.locator("[data-me]")).to_contain_text(name)
    return name


def landed_on(page: Page, kind: str) -> str:
    """The id of the record whose page the browser shows now, of ``kind``."""
    found = page.locator(f'[data-record-page][data-kind="{kind}"]')
    expect(found).to_be_visible()
    return str(found.get_attribute("data-record-page"))


def new_campaign(page: Page, title: str, opens: str, closes: str, anonymous: bool = False,
                 **fields: str) -> str:
    go(page, "#ideas/new-idea_campaign")
    form = 'form[data-form="create"][data-kind="idea_campaign"]'
    for name, value in {"title": title, "opens": opens, "closes": closes, **fields}.items():
        page.locator(f'{form} [name="{name}"]').fill(value)
    if anonymous:
        page.locator(f'{form} [name="anonymous_allowed"]').check()
    page.locator(f"{form} button[type=submit]").click()
    return landed_on(page, "idea_campaign")


def submit_idea(page: Page, campaign: str, title: str, anonymous: bool = False,
                description: str = "") -> str:
    go(page, f"#ideas/{campaign}")
    page.locator('[data-campaign] a[data-new="idea"]').click()
    form = 'form[data-form="create"][data-kind="idea"]'
    expect(page.locator(f'{form} [name="campaign"]')).to_have_value(campaign)
    page.locator(f'{form} [name="title"]').fill(title)
    page.locator(f'{form} [name="description"]').fill(description)
    if anonymous:
        page.locator(f'{form} [name="anonymous"]').check()
    page.locator(f"{form} button[type=submit]").click()
    return landed_on(page, "idea")


def give_verdict(page: Page, status: str, reason: str, duplicate_of: str = "") -> None:
    form = 'form[data-form="verdict"]'
    page.locator(f'{form} [name="status"]').select_option(status)
    page.locator(f'{form} [name="reason"]').fill(reason)
    page.locator(f'{form} [name="duplicate_of"]').select_option(duplicate_of)
    page.locator(f"{form} button[type=submit]").click()


def test_a_campaign_takes_ideas_while_open_anonymous_ones_name_no_one_and_closed_it_refuses(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#ideas")
    campaign = new_campaign(page, PAYLOAD, day(-1), day(10), anonymous=True, question=PAYLOAD,
                            criteria=f"{PAYLOAD}\nBinnen drie maanden", selection=PAYLOAD)
    expect(page.locator("[data-record-name]")).to_contain_text(PAYLOAD)
    expect(page.locator("[data-criteria] li")).to_have_text([PAYLOAD, "Binnen drie maanden"])
    expect(page.locator('[data-campaign-state="open"]')).to_be_visible()
    expect(page.locator("[data-campaign-asks]")).to_have_text(EN["ideas.asks_everyone"])
    expect(page.locator('[data-funnel] [data-step="submitted"] [data-count]')).to_have_text("0")

    idea = submit_idea(page, campaign, PAYLOAD, anonymous=True, description=PAYLOAD)
    expect(page.locator("[data-record-name]")).to_contain_text(PAYLOAD)
    expect(page.locator('form[data-form="update"] [name="description"]')).to_have_value(PAYLOAD)
    expect(page.locator("[data-submitted]")).to_contain_text(
        EN["ideas.submitted_anonymously"].format(date=format_date(day(0), "en")))
    expect(page.locator("[data-anonymous]")).to_be_visible()
    # Its history names no one.
    expect(page.locator("[data-history] [data-who]")).to_have_count(0)
    # Supporting needs to know who you are.
    page.locator('form[data-form="support"] button').click()
    expect(page.locator('form[data-form="support"] [data-form-error]')).to_have_text(
        EN["me.choose_first"])

    # The campaign's funnel and the ideas waiting for a verdict now hold it.
    go(page, f"#ideas/{campaign}")
    expect(page.locator('[data-funnel] [data-step="submitted"] [data-count]')).to_have_text("1")
    expect(page.locator(f'[data-waiting] [data-waiting-idea="{idea}"]')).to_contain_text(PAYLOAD)

    # Closed: no way to hand in an idea, and a form sent anyway is refused with the date.
    form = f'form[data-form="update"][data-record="{campaign}"]'
    page.locator(f'{form} [name="opens"]').fill(day(-20))
    page.locator(f'{form} [name="closes"]').fill(day(-1))
    page.locator(f"{form} button[type=submit]").click()
    expect(page.locator('[data-campaign-state="closed"]')).to_be_visible()
    expect(page.locator('[data-campaign] a[data-new="idea"]')).to_have_count(0)
    expect(page.locator('[data-children="idea"] a[data-new="idea"]')).to_have_count(0)
    go(page, f"#ideas/new-idea:campaign={campaign}")
    new = 'form[data-form="create"][data-kind="idea"]'
    expect(page.locator(f'{new} [data-campaign-state="closed"]')).to_be_visible()
    page.locator(f'{new} [name="title"]').fill("Te laat")
    page.locator(f"{new} button[type=submit]").click()
    expect(page.locator(f'{new} [data-field="campaign"] [data-field-error]')).to_have_text(
        EN["ideas.error.closed"].format(date=format_date(day(-1), "en")))
    # A campaign that does not take anonymous ideas refuses one.
    other = new_campaign(page, "Alleen op naam", day(0), day(5))
    go(page, f"#ideas/new-idea:campaign={other}")
    page.locator(f'{new} [name="title"]').fill("Stiekem")
    page.locator(f'{new} [name="anonymous"]').check()
    page.locator(f"{new} button[type=submit]").click()
    expect(page.locator(f'{new} [data-field="anonymous"] [data-field-error]')).to_have_text(
        EN["ideas.error.anonymous_not_allowed"])
    assert page.evaluate("window.hacked") is None
    assert record.errors == []


def test_every_verdict_has_a_public_reason_and_a_duplicates_supports_count_at_the_original(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#ideas")
    me = choose_me(page)
    campaign = new_campaign(page, "Besparen op verpakking", day(0), day(0))
    first = submit_idea(page, campaign, "Kratten in plaats van dozen")
    expect(page.locator("[data-submitted]")).to_contain_text(me)
    again = submit_idea(page, campaign, "Herbruikbare kratten")
    expect(page.locator('[data-verdict="submitted"]')).to_contain_text(EN["ideas.no_verdict_yet"])

    give_verdict(page, "duplicate", "   ")
    verdict = 'form[data-form="verdict"]'
    expect(page.locator(f'{verdict} [data-field="reason"] [data-field-error]')).to_have_text(
        EN["ideas.error.reason_required"])
    give_verdict(page, "duplicate", PAYLOAD)
    expect(page.locator(f'{verdict} [data-field="duplicate_of"] [data-field-error]')).to_have_text(
        EN["ideas.error.duplicate_of"])
    give_verdict(page, "duplicate", PAYLOAD, duplicate_of=first)
    expect(page.locator("[data-done]")).to_have_text(EN["ideas.verdict_given"])
    expect(page.locator("[data-verdict-status]")).to_have_text(
        EN["choice.idea.status.duplicate"])
    expect(page.locator("[data-verdict-reason]")).to_have_text(PAYLOAD)
    expect(page.locator("[data-decided]")).to_have_text(
        EN["ideas.decided"].format(name=me, date=format_date(day(0), "en")))
    expect(page.locator("[data-duplicate-of] a")).to_have_text("Kratten in plaats van dozen")

    # One support per person: a second click takes it back.
    support = page.locator('form[data-form="support"] button')
    count = page.locator("[data-support-count]")
    support.click()
    expect(count).to_have_text("1")
    expect(support).to_have_text(EN["ideas.withdraw"])
    support.click()
    expect(count).to_have_text("0")
    expect(page.locator("[data-done]")).to_have_text(EN["ideas.support_withdrawn"])
    support.click()
    expect(count).to_have_text("1")
    # The original counts the duplicate's supporters; a reaction shows as text.
    page.locator("[data-duplicate-of] a").click()
    landed_on(page, "idea")
    expect(page.locator("[data-support-count]")).to_have_text("1")
    expect(page.locator(f'[data-duplicates] a[href$="{again}"]')).to_be_visible()
    page.locator('form[data-form="react"] [name="text"]').fill(PAYLOAD)
    page.locator('form[data-form="react"] button').click()
    expect(page.locator("[data-done]")).to_have_text(EN["ideas.reacted"])
    reactions = page.locator('[data-children="idea_reaction"] tr[data-record]')
    expect(reactions).to_have_count(1)
    expect(reactions.first).to_contain_text(PAYLOAD)
    expect(reactions.first).to_contain_text(me)
    expect(page.locator('form[data-form="react"] [name="text"]')).to_have_value("")
    expect(page.locator('[data-children="idea_support"]')).to_have_count(0)
    # The campaign's funnel: two submitted, one answered.
    go(page, f"#ideas/{campaign}")
    expect(page.locator('[data-step="answered"] [data-count]')).to_have_text("1")
    expect(page.locator('[data-step="answered"] [data-percent]')).to_contain_text("50")
    assert page.evaluate("window.hacked") is None
    assert record.errors == []


def test_a_usable_idea_becomes_a_project_whose_realised_saving_shows_on_idea_and_campaign(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#ideas")
    choose_me(page)
    campaign = new_campaign(page, "Energie", day(-3), day(3))
    idea = submit_idea(page, campaign, "Lampen in vak D op een sensor",
                       description="Het licht brandt de hele nacht.")
    expect(page.locator("[data-to-project]")).to_have_count(0)
    give_verdict(page, "usable", "Goedkoop en snel te doen.")
    page.locator("[data-to-project]").click()
    form = 'form[data-form="create"][data-kind="improvement_project"]'
    expect(page.locator(f'{form} [name="title"]')).to_have_value("Lampen in vak D op een sensor")
    expect(page.locator(f'{form} [name="problem"]')).to_have_value(
        "Het licht brandt de hele nacht.")
    expect(page.locator(f'{form} [name="idea"]')).to_have_value(idea)
    page.locator(f'{form} [name="team"]').select_option(index=1)
    page.locator(f'{form} [name="month"]').fill(day(0)[:7])
    page.locator(f'{form} [name="saving_estimated"]').fill("1000")
    page.locator(f"{form} button[type=submit]").click()
    project = landed_on(page, "improvement_project")
    go(page, f"#ideas/{idea}")
    expect(page.locator(f'[data-projects] [data-project="{project}"]')).to_be_visible()
    expect(page.locator("[data-idea-saving]")).to_have_count(0)

    go(page, f"#improvement/{project}")
    update = f'form[data-form="update"][data-record="{project}"]'
    page.locator(f'{update} [name="status"]').select_option("done")
    page.locator(f'{update} [name="saving_realised"]').fill("1250")
    page.locator(f"{update} button[type=submit]").click()
    expect(page.locator("[data-done]")).to_have_text(EN["register.applied"])
    go(page, f"#ideas/{idea}")
    expect(page.locator("[data-project-saving]")).to_contain_text("€1,250")
    expect(page.locator("[data-idea-saving]")).to_contain_text("€1,250")
    go(page, f"#ideas/{campaign}")
    expect(page.locator('[data-step="done"] [data-count]')).to_have_text("1")
    expect(page.locator("[data-campaign-saving]")).to_contain_text("€1,250")
    assert record.errors == []


def test_the_ideas_page_shows_its_figures_and_the_campaigns_in_the_order_of_their_numbers(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#ideas")
    expect(page.locator("[data-idea-figures]")).to_contain_text("60 ideas")
    for number in range(3, 11):
        new_campaign(page, f"Ideeënronde {number}: verpakking", day(0), day(1))
    page.click('nav.areas a[data-area="ideas"]')
    links = page.locator('[data-list="idea_campaign"] [data-record-link]')
    expect(links).to_have_count(10)
    names = links.all_inner_texts()
    assert [name.split(":")[0] for name in names] == [f"Ideeënronde {n}" for n in range(1, 11)]
    # The demo's open campaign lists its ideas waiting longest for a verdict first.
    page.locator('[data-list="idea_campaign"] [data-record-link]').nth(1).click()
    expect(page.locator('[data-campaign-state="open"]')).to_be_visible()
    waiting = page.locator("[data-waiting] li")
    expect(waiting.first).to_be_visible()
    days = [int(text.rsplit("·", 1)[1].split()[0]) for text in waiting.all_inner_texts()]
    assert days == sorted(days, reverse=True) and days[0] > 0
    expect(page.locator('[data-funnel] [data-step="usable"] [data-percent]')).to_contain_text("%")
    assert record.errors == []
