"""Decisions by consent, the rules register and the recalibrations through the page of the
built file in real Chromium: a round and its proposal, responses that a person changes until
the proposal closes, an objection that needs its reason and blocks adoption, an amendment (by
the proposer only) as a new version, the outcome with its rationale and review date, the
decision log and its filters, the rules budget, signals on a rule and the question it can be
put to, and a recalibration beside the one before it. Mostly on the demo organisation
(changes stay in the page); every text typed is HTML that must show as text. Two people
responding to one proposal in one shared file at once both count."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from support.browser import (
    READ_FILE,
    SHARED_FILE,
    PageRecord,
    go,
    open_demo,
    person,
)
from support.documents import demo_text
from trustwork import decisions
from trustwork.i18n import CATALOGUE, format_date
from trustwork.store import codec

pytestmark = pytest.mark.browser
EN = CATALOGUE["en"]
PAYLOAD = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>&amp;'


def day(offset: int) -> str:
    """The date ``offset`` days from today, as the page's clock (UTC) reads it."""
    return (datetime.now(UTC).date() + timedelta(days=offset)).isoformat()


def choose_me(page: Page, nth: int = 2) -> str:
    """Say who you are (a person from the list); returns their name."""
    go(page, "#people/me")
    choice = page.locator('form[data-form="pick-me"] option').nth(nth)
    name = str(choice.text_content()).strip()
    page.locator('form[data-form="pick-me"] select').select_option(
        value=choice.get_attribute("value"))
    page.locator('form[data-form="pick-me"] button').click()
    expect(page.locator("[data-me]")).to_contain_text(name)
    return name


def landed_on(page: Page, kind: str) -> str:
    found = page.locator(f'[data-record-page][data-kind="{kind}"]')
    expect(found).to_be_visible()
    return str(found.get_attribute("data-record-page"))


def send(page: Page, form: str, **fields: str) -> None:
    """Fill a form's fields (a select by its value) and send it."""
    for name, value in fields.items():
        control = page.locator(f'{form} [name="{name}"]')
        if control.evaluate("element => element.tagName") == "SELECT":
            control.select_option(value)
        else:
            control.fill(value)
    page.locator(f"{form} button[type=submit]").click()


def respond(page: Page, response: str, reason: str = "") -> None:
    send(page, 'form[data-form="respond"]', response=response, reason=reason)


def test_a_proposal_is_decided_by_consent_with_versions_responses_and_a_review(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#decisions")
    me = choose_me(page)
    go(page, "#decisions/new-decision_round")
    send(page, 'form[data-form="create"][data-kind="decision_round"]', date=day(3),
         notes=PAYLOAD)
    round_id = landed_on(page, "decision_round")
    page.locator('[data-children="proposal"] a[data-new="proposal"]').click()
    form = 'form[data-form="create"][data-kind="proposal"]'
    expect(page.locator(f'{form} [name="round"]')).to_have_value(round_id)
    page.locator(f'{form} [name="teams"]').first.check()
    send(page, form, title=PAYLOAD, topic=PAYLOAD, proposal=PAYLOAD)
    proposal = landed_on(page, "proposal")
    expect(page.locator("[data-record-name]")).to_contain_text(PAYLOAD)
    expect(page.locator("[data-proposal-text]")).to_have_text(PAYLOAD)
    expect(page.locator("[data-proposal]")).to_contain_text(f"Proposed by {me}")
    expect(page.locator('[data-outcome="open"]')).to_be_visible()

    # An objection needs its reason; once given, it blocks adoption.
    respond(page, "objection", "  ")
    expect(page.locator('form[data-form="respond"] [data-field="reason"] [data-field-error]')
           ).to_have_text(EN["decisions.error.objection_reason"])
    respond(page, "objection", PAYLOAD)
    expect(page.locator("[data-done]")).to_have_text(EN["decisions.responded"])
    rows = page.locator("[data-responses] tr[data-response]")
    expect(rows).to_have_count(1)
    expect(rows.first).to_have_attribute("data-response", "objection")
    expect(rows.first.locator("[data-response-reason]")).to_have_text(PAYLOAD)
    decide = 'form[data-form="decide"]'
    send(page, decide, outcome="adopted", rationale="Iedereen kan ermee leven.",
         review_date=day(30))
    expect(page.locator(f'{decide} [data-field="outcome"] [data-field-error]')).to_have_text(
        EN["decisions.error.objection_stands"].format(count=1))

    # Amended: version 2; the objection answered version 1 until its person answers again.
    send(page, 'form[data-form="amend"]', summary=PAYLOAD, text=f"Versie 2: {PAYLOAD}")
    expect(page.locator("[data-done]")).to_have_text(EN["decisions.amended"])
    expect(page.locator("[data-proposal-text]")).to_have_attribute("data-version", "2")
    expect(page.locator("[data-proposal-text]")).to_have_text(f"Versie 2: {PAYLOAD}")
    expect(rows.first.locator("[data-earlier]")).to_be_visible()
    page.locator("[data-versions] summary").click()
    expect(page.locator('[data-version-item="2"]')).to_contain_text(PAYLOAD)
    respond(page, "consent")
    expect(rows).to_have_count(1)
    expect(rows.first).to_have_attribute("data-response", "consent")
    expect(rows.first.locator("[data-earlier]")).to_have_count(0)
    expect(page.locator('form[data-form="respond"] [name="response"]')).to_have_value("consent")

    # Adopted as amended, with its rationale and a review date already past: closed, flagged.
    send(page, decide, outcome="adopted_amended", rationale=PAYLOAD, review_date=day(-1))
    expect(page.locator("[data-done]")).to_have_text(EN["decisions.decided_done"])
    expect(page.locator('[data-outcome="adopted_amended"] [data-rationale]')).to_have_text(PAYLOAD)
    expect(page.locator("[data-decided]")).to_contain_text(
        EN["decisions.decided"].format(name=me, date=format_date(day(0), "en")))
    expect(page.locator("[data-outcome] [data-overdue]")).to_be_visible()
    expect(page.locator('form[data-form="respond"]')).to_have_count(0)
    expect(page.locator('form[data-form="amend"]')).to_have_count(0)

    # The rule this decision makes links back to it, also from the log.
    page.locator("[data-new-rule]").click()
    rule_form = 'form[data-form="create"][data-kind="rule"]'
    expect(page.locator(f'{rule_form} [name="decision"]')).to_have_value(proposal)
    send(page, rule_form, title=PAYLOAD, purpose=PAYLOAD)
    rule = landed_on(page, "rule")
    expect(page.locator("[data-rule-decision] a")).to_have_text(PAYLOAD)
    go(page, "#decisions")
    expect(page.locator(f'[data-reviews-due] [data-due="{proposal}"]')).to_contain_text(PAYLOAD)
    expect(page.locator(f'[data-rules-register] [data-rule="{rule}"]')).to_contain_text(PAYLOAD)
    page.locator("[data-log-link]").click()
    log = page.locator("[data-decision-log]")
    expect(log).to_be_visible()
    send(page, 'form[data-form="decision-log"]', outcome="adopted_amended", topic=PAYLOAD,
         words="versie")
    entries = page.locator("[data-decision-log] tr[data-log-entry]")
    expect(entries).to_have_count(1)
    expect(entries.first).to_have_attribute("data-log-entry", proposal)
    expect(entries.first.locator("[data-log-rule]")).to_have_text(PAYLOAD)
    expect(entries.first.locator("[data-log-responses]")).to_contain_text("1 consent")
    expect(page.locator('form[data-form="decision-log"] [name="topic"]')).to_have_value(PAYLOAD)
    send(page, 'form[data-form="decision-log"]', until=day(-1))
    expect(entries).to_have_count(0)
    send(page, 'form[data-form="decision-log"]', until="", since=day(-1))
    expect(entries).to_have_count(1)
    entries.first.locator("[data-log-round]").click()
    expect(page.locator(f'[data-record-page="{round_id}"]')).to_be_visible()
    assert page.evaluate("window.hacked") is None
    assert record.errors == []


def test_the_rules_register_keeps_its_budget_counts_signals_and_questions_a_rule(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#decisions")
    choose_me(page)
    go(page, "#decisions")
    register = page.locator("[data-rules-register]")
    expect(register.locator("[data-rule-count]")).to_have_text("6 / 6")
    expect(register.locator("[data-overdue]")).to_have_count(1)
    send(page, 'form[data-form="rules-budget"]', rules_budget="veel")
    expect(page.locator('form[data-form="rules-budget"] [data-field-error]')).to_have_text(
        EN["form.error.number"])

    # A seventh rule must replace one: the register stays at six.
    go(page, "#decisions/new-rule")
    form = 'form[data-form="create"][data-kind="rule"]'
    send(page, form, title=PAYLOAD, purpose=PAYLOAD)
    expect(page.locator(f'{form} [data-field="replaces"] [data-field-error]')).to_have_text(
        EN["decisions.error.over_budget"].format(budget=6))
    old = page.locator(f'{form} [name="replaces"] option').nth(1)
    old_id, old_name = str(old.get_attribute("value")), str(old.text_content()).strip()
    send(page, form, replaces=old_id)
    rule = landed_on(page, "rule")
    expect(page.locator("[data-replaces] a")).to_have_text(old_name)
    go(page, f"#decisions/{old_id}")
    expect(page.locator("[data-replaced-by] a")).to_have_text(PAYLOAD)
    go(page, "#decisions")
    expect(register.locator("[data-rule-count]")).to_have_text("6 / 6")
    expect(register.locator(f'[data-rule="{old_id}"]')).to_have_count(0)
    send(page, 'form[data-form="rules-budget"]', rules_budget="8")
    expect(register.locator("[data-rule-count]")).to_have_text("6 / 8")

    # Signals are counted on the rule and show their comment as text.
    go(page, f"#decisions/{rule}")
    signal = 'form[data-form="signal"]'
    send(page, signal, signal="not_followed", comment="  ")
    expect(page.locator(f'{signal} [data-field="comment"] [data-field-error]')).to_have_text(
        EN["form.error.required"])
    send(page, signal, signal="not_followed", comment=PAYLOAD)
    expect(page.locator("[data-done]")).to_have_text(EN["decisions.signalled"])
    expect(page.locator("[data-signal-total]")).to_have_text("1")
    expect(page.locator('[data-signal-kind="not_followed"] strong')).to_have_text("1")
    expect(page.locator("[data-signal-comment]")).to_have_text(PAYLOAD)
    expect(page.locator(f'{signal} [name="comment"]')).to_have_value("")

    # Questioning it puts a proposal on the next round, linked to the rule.
    page.locator("[data-question-rule]").click()
    new = 'form[data-form="create"][data-kind="proposal"]'
    expect(page.locator(f'{new} [name="title"]')).to_have_value(
        EN["decisions.question_title"].format(rule=PAYLOAD))
    expect(page.locator(f'{new} [name="round"]')).not_to_have_value("")
    expect(page.locator(f'{new} [data-fixed-field="rule"]')).to_contain_text(PAYLOAD)
    send(page, new, proposal=PAYLOAD)
    question = landed_on(page, "proposal")
    expect(page.locator('[data-fixed-field="rule"] a')).to_have_text(PAYLOAD)
    go(page, f"#decisions/{rule}")
    expect(page.locator(f'[data-questions] a[href$="{question}"]')).to_be_visible()
    go(page, "#decisions")
    expect(register.locator(f'[data-rule="{rule}"] [data-signal-count]')).to_have_text("1")
    assert page.evaluate("window.hacked") is None
    assert record.errors == []


def test_a_recalibration_shows_its_cross_section_and_its_changes_and_leads_the_dashboard(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#decisions/new-vision")
    form = 'form[data-form="create"][data-kind="vision"]'
    page.locator(f'{form} [name="participants"]').nth(0).check()
    page.locator(f'{form} [name="participants"]').nth(1).check()
    send(page, form, date=day(0), vision=PAYLOAD,
         mission=f"Elke maand samen een stap beter {PAYLOAD}")
    landed_on(page, "vision")
    expect(page.locator("[data-latest]")).to_be_visible()
    expect(page.locator("[data-cross-section]")).to_contain_text("of 3 teams")
    expect(page.locator("[data-previous]")).to_be_visible()
    expect(page.locator('[data-diff="mission"] [data-after] ins')).to_contain_text(PAYLOAD)
    expect(page.locator('[data-diff="mission"] [data-before] del').first).to_be_visible()
    expect(page.locator('[data-diff="vision"] [data-after]')).to_contain_text(PAYLOAD)
    go(page, "#dashboard")
    expect(page.locator("[data-dashboard-mission] [data-mission-text]")).to_have_text(
        f"Elke maand samen een stap beter {PAYLOAD}")
    go(page, "#decisions")
    expect(page.locator("[data-mission-now] [data-mission-text]")).to_have_text(
        f"Elke maand samen een stap beter {PAYLOAD}")
    assert page.evaluate("window.hacked") is None
    assert record.errors == []



def test_two_people_responding_to_one_proposal_in_one_shared_file_at_once_both_count(
        context: BrowserContext, served: str) -> None:
    text = demo_text()
    document = codec.load(text).document
    proposal = next(p for p in document.live("proposal") if not decisions.is_closed(p))
    answered = {r.fields.get("person") for r in decisions.responses(document, proposal.id)}
    answered.add(proposal.fields.get("proposed_by"))  # only the proposer may amend it
    people = sorted((p for p in document.live("person") if p.id not in answered),
                    key=lambda p: str(p.fields.get("name")).casefold())
    before = decisions.tally(document, proposal.id).total
    ann = person(context, served, text)
    bob = person(context, served)
    for page, who, response in ((ann, people[0], "consent"), (bob, people[1], "concern")):
        go(page, "#people/me")
        page.locator('form[data-form="pick-me"] select').select_option(value=who.id)
        page.locator('form[data-form="pick-me"] button').click()
        expect(page.locator("[data-me]")).to_contain_text(str(who.fields.get("name")))
        go(page, f"#decisions/{proposal.id}")
        expect(page.locator('form[data-form="amend"]')).to_have_count(0)
        respond(page, response, "Zo kan het." if response == "concern" else "")
        expect(page.locator("[data-response-count]")).to_have_text(str(before + 1))
    for page, state in ((ann, "saved"), (bob, "merged")):
        page.click('[data-action="save"]')
        expect(page.locator("[data-save-state]")).to_have_attribute("data-save-state", state)
    expect(bob.locator("[data-response-count]")).to_have_text(str(before + 2))
    on_disk = codec.load(bob.evaluate(READ_FILE, SHARED_FILE)).document
    tally = decisions.tally(on_disk, proposal.id)
    assert tally.total == before + 2
    assert {r.fields.get("person") for r in decisions.responses(on_disk, proposal.id)} >= {
        people[0].id, people[1].id}
