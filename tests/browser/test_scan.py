"""The trust scan in real Chromium, through the page of the built file on a real OPFS file
(served from 127.0.0.1, see test_register.py): a facilitator starts a round with a ballot
box, people answer one after another in seminar mode and on their own, the projector's
screen counts a threshold at a time, and closing stores only the groups that pass. The bytes
of the saved file, the journal and the browser's storage hold no answer, no person and no
time of day of a ballot."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from support.ballots import open_ballot, open_box
from support.browser import HAND_OVER, wait_until_started
from support.documents import demo_text
from trustwork.i18n import CATALOGUE
from trustwork.scan import PADDED_BYTES

pytestmark = pytest.mark.browser
EN = CATALOGUE["en"]
FILE = "scan.json"
PASSPHRASE = "lantern orchard seven"
READ_OPFS = """async () => {
  const root = await navigator.storage.getDirectory();
  const parts = [];
  for await (const [name, handle] of root.entries()) {
    if (handle.kind === 'file') parts.push(await (await handle.getFile()).text());
  }
  return parts;
}"""
STORED = """async () => {
  const parts = [JSON.stringify(Object.assign({}, localStorage))];
  for (const key of await trustworkFiles.storeKeys('')) {
    parts.push(String(await trustworkFiles.storeGet(key)));
  }
  return parts.join('\\n');
}"""


@pytest.fixture
def context(chromium: Browser) -> Iterator[BrowserContext]:
    shared = chromium.new_context(viewport={"width": 1280, "height": 720})
    shared.add_init_script("localStorage.setItem('trustwork:autosave', 'off');"
                           "localStorage.setItem('trustwork:language', 'en')")
    yield shared
    shared.close()


def open_file(context: BrowserContext, url: str) -> Page:
    page = context.new_page()
    page.goto(url + "#scan")
    assert wait_until_started(page) == "ready"
    page.evaluate(HAND_OVER, [FILE, demo_text()])
    page.locator('[data-action="open-file"]').first.click()
    expect(page.locator("[data-file-name]")).to_have_text(FILE)
    return page


def saved(page: Page) -> dict[str, Any]:
    page.click('[data-action="save"]')
    expect(page.locator("[data-save-state]")).to_have_attribute("data-save-state", "saved")
    data: dict[str, Any] = json.loads(page.evaluate("""async (name) => {
      const root = await navigator.storage.getDirectory();
      return await (await (await root.getFileHandle(name)).getFile()).text();
    }""", FILE))
    return data


def answer(page: Page, scores: dict[str, int], groups: list[str], text: str,
           seminar: bool = True) -> None:
    form = page.locator('form[data-form="ballot"]')
    count = page.locator("[data-seminar-count]")
    before = int(str(count.get_attribute("data-seminar-count"))) if seminar else 0
    for statement, score in scores.items():
        form.locator(f'input[name="answer.{statement}"][value="{score}"]').check()
    for group in groups:
        form.locator(f'input[name="group"][value="{group}"]').check()
    form.locator('[name="open"]').fill(text)
    form.locator("button[type=submit]").click()
    if seminar:  # the next sheet: one ballot more
        expect(count).to_have_attribute("data-seminar-count", str(before + 1))
    expect(page.locator("[data-ballot-done]")).to_have_text(
        EN["scan.next_person" if seminar else "scan.handed_in"])


def nothing_filled_in(page: Page) -> None:
    form = page.locator('form[data-form="ballot"]')
    expect(form).to_be_visible()
    checked = form.locator("input:checked").evaluate_all(
        "items => items.map(i => i.name + '=' + i.value)")
    assert checked == []
    expect(form.locator('[name="open"]')).to_have_value("")


def test_a_round_answered_in_seminar_mode_and_closed_stores_only_groups_that_pass(
        context: BrowserContext, served: str) -> None:
    page = open_file(context, served)
    page.goto(served + "#scan/new-scan_round")
    form = page.locator('form[data-form="create"][data-kind="scan_round"]')
    team_boxes = form.locator('input[name="groups"]')
    team_a = str(team_boxes.nth(0).get_attribute("value"))
    team_b = str(team_boxes.nth(1).get_attribute("value"))
    form.locator('[name="title"]').fill("Scan <b>spring</b>")
    team_boxes.nth(0).check()
    team_boxes.nth(1).check()
    # A threshold under 3 and a short passphrase are refused, with a message, keeping the rest.
    form.locator('[name="threshold"]').fill("2")
    form.locator('[name="passphrase"]').fill(PASSPHRASE)
    form.locator('[name="repeat_passphrase"]').fill(PASSPHRASE)
    form.locator("button[type=submit]").click()
    expect(page.locator("[data-field-error], [data-form-error]").first).to_contain_text(
        EN["scan.threshold_too_low"].format(minimum=3))
    form.locator('[name="threshold"]').fill("")
    form.locator('[name="passphrase"]').fill("short")
    form.locator('[name="repeat_passphrase"]').fill("short")
    form.locator("button[type=submit]").click()
    expect(page.locator('[data-field="passphrase"] [data-field-error], [data-form-error]')
           .first).to_be_visible()
    form.locator('[name="passphrase"]').fill(PASSPHRASE)
    form.locator('[name="repeat_passphrase"]').fill(PASSPHRASE)
    form.locator("button[type=submit]").click()
    round_page = page.locator('[data-record-page][data-kind="scan_round"]')
    expect(round_page).to_be_visible()
    round_id = str(round_page.get_attribute("data-record-page"))
    expect(page.locator("[data-record-name]")).to_contain_text("Scan <b>spring</b>")
    expect(page.locator("[data-scan-round]")).to_have_attribute("data-state", "open")
    expect(page.locator("[data-ballot-count]")).to_have_attribute("data-ballot-count", "0")

    # Seminar mode: six people of team A answer one after another on this device.
    page.locator("[data-seminar-link]").click()
    expect(page.locator("[data-scan-seminar]")).to_be_visible()
    for number in range(6):
        answer(page, {"goals.1": 4, "few_rules.1": 2}, [team_a], f"SEMINAR-OPEN-{number}")
        nothing_filled_in(page)
        if number == 0:  # Back and Forward show nothing of the previous person's answers
            page.go_back()
            expect(page.locator("[data-scan-round]")).to_be_visible()
            page.go_forward()
            nothing_filled_in(page)
    storage = str(page.evaluate(STORED))
    assert "scan-answered" not in storage  # seminar mode leaves no mark in this browser

    # One more person answers on their own: the browser remembers it answered.
    page.goto(served + f"#scan/{round_id}/answer")
    answer(page, {"goals.1": 5, "safety.2": 5}, [team_b], "PERSONAL-OPEN <i>x</i>",
           seminar=False)
    page.goto(served + f"#scan/{round_id}")
    page.goto(served + f"#scan/{round_id}/answer")
    expect(page.locator("[data-answered-here]")).to_be_visible()
    assert round_id in str(page.evaluate(STORED))

    # Nothing answered is in the journal or the browser's storage, nor in the saved file.
    storage = str(page.evaluate(STORED))
    for plain in ("SEMINAR-OPEN", "PERSONAL-OPEN", '"a":{', '"o":"', "answer."):
        assert plain not in storage, plain
    data = saved(page)
    text = json.dumps(data)
    for plain in ("SEMINAR-OPEN", "PERSONAL-OPEN", '"a":{', '"o":"', "answer."):
        assert plain not in text, plain
    for opfs in page.evaluate(READ_OPFS):
        assert "SEMINAR-OPEN" not in opfs and "PERSONAL-OPEN" not in opfs
    ballots = [b for b in data["records"]["scan_ballot"] if b["fields"]["round"] == round_id]
    assert len(ballots) == 7
    lengths = set()
    for ballot in ballots:
        assert set(ballot["fields"]) == {"round", "sealed"}
        assert ballot["created"]["by"] == "anonymous"
        assert ballot["created"]["at"].endswith("T00:00:00.000000Z")
        assert set(ballot) <= {"id", "created", "fields"}
        lengths.add(len(ballot["fields"]["sealed"]["data"]))
    assert len(lengths) == 1  # padded: the ciphertext's length says nothing
    ballot_ids = {b["id"] for b in ballots}
    assert not [c for c in data["changes"] if c["record"] in ballot_ids]
    # The format is standard: the passphrase opens the box, the box opens a ballot.
    round_record = next(r for r in data["records"]["scan_round"] if r["id"] == round_id)
    private = open_box(PASSPHRASE, round_record["fields"]["box"], round_id)
    opened = [json.loads(open_ballot(private, round_id, b["id"], b["fields"]["sealed"]))
              for b in ballots]
    assert len(open_ballot(private, round_id, ballots[0]["id"],
                           ballots[0]["fields"]["sealed"]).encode()) == PADDED_BYTES
    assert sorted(o["o"] for o in opened) == sorted(
        [*(f"SEMINAR-OPEN-{n}" for n in range(6)), "PERSONAL-OPEN <i>x</i>"])
    assert {tuple(o["g"]) for o in opened} == {(team_a,), (team_b,)}

    # The projector's screen, in a second tab of the same file: a wrong passphrase is
    # refused; the right one shows results, counted a threshold at a time.
    screen = context.new_page()
    screen.goto(served + f"#scan/{round_id}/screen")
    assert wait_until_started(screen) == "ready"
    screen.evaluate(HAND_OVER, [FILE, None])
    screen.locator('[data-action="open-file"]').first.click()
    expect(screen.locator("[data-screen-count]")).to_have_attribute("data-screen-count", "7")
    screen.locator('form[data-form="open-box"] [name="passphrase"]').fill("not the passphrase")
    screen.locator('form[data-form="open-box"] button').click()
    expect(screen.locator("[data-form-error], [data-field-error]").first).to_contain_text(
        EN["scan.wrong_passphrase"])
    screen.locator('form[data-form="open-box"] [name="passphrase"]').fill(PASSPHRASE)
    screen.locator('form[data-form="open-box"] button').click()
    expect(screen.locator("[data-live-counted]")).to_have_attribute("data-live-counted", "7")
    everyone = screen.locator('[data-group-results="everyone"]')
    expect(everyone.locator("[data-respondents]")).to_have_attribute("data-respondents", "7")
    expect(screen.locator(f'[data-group-results="{team_a}"]')).to_have_count(0)
    size = screen.locator(".scan-table td").first.evaluate(
        "cell => parseFloat(getComputedStyle(cell).fontSize)")
    assert size >= 20  # large type for the projector
    # More people answer in seminar mode; the screen takes in each save, and counts them
    # only once five more have come in.
    page.goto(served + f"#scan/{round_id}/seminar")
    for number in range(6, 10):
        answer(page, {"goals.1": 4, "few_rules.1": 2}, [team_a], f"SEMINAR-OPEN-{number}")
    saved(page)
    expect(screen.locator("[data-screen-count]")).to_have_attribute(
        "data-screen-count", "11", timeout=20_000)
    expect(screen.locator("[data-live-counted]")).to_have_attribute("data-live-counted", "7")
    answer(page, {"goals.1": 4, "few_rules.1": 2}, [team_a], "SEMINAR-OPEN-10")
    saved(page)
    expect(screen.locator("[data-live-counted]")).to_have_attribute(
        "data-live-counted", "12", timeout=20_000)
    expect(everyone.locator("[data-respondents]")).to_have_attribute("data-respondents", "12")
    screen.close()

    # Closing: only "everyone" passes. Team A (11 of 12) would give the twelfth person's
    # answers by subtraction; team B has one respondent.
    page.goto(served + f"#scan/{round_id}")
    page.locator('form[data-form="close-round"] button').click()
    expect(page.locator("[data-scan-round]")).to_have_attribute("data-state", "closed")
    results = page.locator("[data-scan-results]")
    expect(results.locator('[data-group-results="everyone"] [data-respondents]')
           ).to_have_attribute("data-respondents", "12")
    expect(results.locator("[data-group-results]")).to_have_count(1)
    goals = results.locator('[data-theme-row="goals"]')
    expect(goals.locator("[data-distribution]")).to_have_attribute(
        "data-distribution", "0 0 0 11 1")
    expect(goals.locator("[data-average]")).to_have_text("4.08")
    expect(results.locator('[data-theme-row="few_rules"] [data-positive]')).to_have_text("0%")
    expect(results.locator("[data-weakest]")).to_have_attribute("data-weakest", "few_rules")
    expect(results.locator("[data-open-answers] li")).to_have_count(12)
    expect(results.locator("[data-open-answers]")).to_contain_text("PERSONAL-OPEN <i>x</i>")
    data = saved(page)
    stored = [r for r in data["records"]["scan_result"] if r["fields"]["round"] == round_id]
    assert [r["fields"]["group"] for r in stored] == ["everyone"]
    assert team_a not in json.dumps(stored) and team_b not in json.dumps(stored)
    assert stored[0]["fields"]["counts"]["goals.1"] == [0, 0, 0, 11, 1]
    # The sealed private key left the file with the closing: no ballot opens from it now.
    closed = next(r for r in data["records"]["scan_round"] if r["id"] == round_id)
    assert closed["fields"].get("box") is None and closed["fields"]["closed"]
    assert not [c for c in data["changes"] if c["record"] == round_id
                and "box" in json.dumps(c.get("before", {}))]
    # A closed round takes no more answers.
    page.goto(served + f"#scan/{round_id}/seminar")
    expect(page.locator("[data-not-open]")).to_be_visible()
    expect(page.locator('form[data-form="ballot"]')).to_have_count(0)
    # And the scan's page names the latest results.
    page.goto(served + "#scan")
    expect(page.locator("[data-scan-latest]")).to_contain_text("Scan <b>spring</b>")


def seminar_ballots(page: Page, url: str, round_id: str, scores: list[int], mark: str) -> None:
    page.goto(url + f"#scan/{round_id}/seminar")
    for number, score in enumerate(scores):
        answer(page, {"openness.2": score}, [], f"{mark}-{number}")


def test_ballots_from_two_laptops_merge_to_the_right_totals_and_merging_twice_adds_nothing(
        context: BrowserContext, chromium: Browser, served: str) -> None:
    laptop_a = open_file(context, served)
    laptop_a.goto(served + "#scan/new-scan_round")
    form = laptop_a.locator('form[data-form="create"][data-kind="scan_round"]')
    form.locator('[name="title"]').fill("Seminar on two laptops")
    form.locator('[name="passphrase"]').fill(PASSPHRASE)
    form.locator('[name="repeat_passphrase"]').fill(PASSPHRASE)
    form.locator("button[type=submit]").click()
    round_page = laptop_a.locator('[data-record-page][data-kind="scan_round"]')
    expect(round_page).to_be_visible()
    round_id = str(round_page.get_attribute("data-record-page"))
    shared = json.dumps(saved(laptop_a))
    # The second laptop has its own browser storage and its own copy of the file.
    other = chromium.new_context()
    other.add_init_script("localStorage.setItem('trustwork:autosave', 'off');"
                          "localStorage.setItem('trustwork:language', 'en')")
    try:
        laptop_b = other.new_page()
        laptop_b.goto(served + "#scan")
        assert wait_until_started(laptop_b) == "ready"
        laptop_b.evaluate(HAND_OVER, [FILE, shared])
        laptop_b.locator('[data-action="open-file"]').first.click()
        expect(laptop_b.locator("[data-file-name]")).to_have_text(FILE)
        seminar_ballots(laptop_b, served, round_id, [5, 5, 4], "LAPTOP-B")
        from_b = json.dumps(saved(laptop_b))
    finally:
        other.close()
    seminar_ballots(laptop_a, served, round_id, [1, 2, 2], "LAPTOP-A")
    saved(laptop_a)
    for _attempt in range(2):  # the second time brings nothing new
        laptop_a.evaluate(HAND_OVER, ["copy from laptop B.json", from_b])
        laptop_a.click('[data-action="merge-copy"]')
        expect(laptop_a.locator("[data-copy-report]")).to_be_visible()
        laptop_a.goto(served + f"#scan/{round_id}")
        expect(laptop_a.locator("[data-ballot-count]")).to_have_attribute(
            "data-ballot-count", "6")
    assert "LAPTOP-B" not in from_b
    laptop_a.locator('form[data-form="close-round"] button').click()
    expect(laptop_a.locator("[data-scan-round]")).to_have_attribute("data-state", "closed")
    everyone = laptop_a.locator('[data-group-results="everyone"]')
    expect(everyone.locator("[data-respondents]")).to_have_attribute("data-respondents", "6")
    expect(everyone.locator('[data-theme-row="openness"] [data-distribution]')
           ).to_have_attribute("data-distribution", "1 2 0 1 2")
