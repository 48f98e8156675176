"""axe-core on every screen of the app, in both languages, with the demo open: no serious or
critical violation anywhere.

axe-core is a test tool (a pinned npm dev dependency); it is never part of the built file.
The page's content security policy refuses any script it did not bring, so these tests use
a browser context with ``bypass_csp=True``: only then can the test inject ``axe.min.js``.
Every other browser test keeps the policy on and judges what it refuses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from support.browser import ROOT, go, open_app, open_demo
from support.screens import screens, show

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.1 A and AA, and axe's best practices (landmarks, headings, one main, ...).
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
SERIOUS = ("serious", "critical")
RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {
    runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'],
  });
  return result.violations.map((rule) => ({
    id: rule.id, impact: rule.impact, help: rule.help,
    nodes: rule.nodes.map((node) => ({
      target: node.target.join(' '), impact: node.impact, summary: node.failureSummary,
    })),
  }));
}"""


# Every drawing in the page: an aria-hidden one (a distribution in a table cell) has its
# numbers as text beside it; a chart is an image named by its title and description, with
# the same numbers in a table beside it (a row per bar or point).
CHARTS = """() => [...document.querySelectorAll('main svg')].map((svg) => {
  if (svg.getAttribute('aria-hidden') === 'true') {
    const cell = svg.closest('td, li, p');
    return cell && /[0-9]/.test(cell.textContent) ? 'numbers beside' : 'hidden, no numbers';
  }
  const named = (svg.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean)
    .map((id) => (document.getElementById(id) || {}).textContent || '');
  if (svg.getAttribute('role') !== 'img' || named.length !== 2 || named.some((t) => !t.trim()))
    return 'no title and description';
  const table = svg.closest('figure') && svg.closest('figure').querySelector('details table');
  if (!table || !table.caption) return 'no table';
  const marks = svg.querySelectorAll('[data-value]').length;
  return table.tBodies[0].rows.length >= marks && marks > 0 ? 'chart with table' : 'table short';
})"""


# Ids used more than once in the page: a label's "for" or an aria-describedby would then
# name another page element than the one beside it.
DUPLICATE_IDS = """() => {
  const seen = {};
  for (const element of document.querySelectorAll('[id]')) {
    seen[element.id] = (seen[element.id] || 0) + 1;
  }
  return Object.keys(seen).filter((id) => seen[id] > 1);
}"""


def inject_axe(page: Page) -> None:
    """axe into the open document (once per document: a hash change keeps it)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))


def violations(page: Page, screen: str) -> list[str]:
    """Readable lines for every serious or critical violation on the shown screen."""
    inject_axe(page)
    found: list[dict[str, Any]] = page.evaluate(RUN_AXE, RULES)
    lines = []
    for rule in found:
        for node in rule["nodes"]:
            if (node["impact"] or rule["impact"]) in SERIOUS:
                summary = " ".join(str(node["summary"]).split())
                lines.append(f"{screen} [{rule['id']}, {node['impact']}] {node['target']}: "
                             f"{rule['help']} — {summary}")
    return lines


@pytest.fixture(scope="module")
def axe_page(chromium: Browser) -> Iterator[Page]:
    """One page for the module, in a context that lets the test inject axe."""
    assert AXE.exists(), "axe-core is missing: run npm ci (tests/run does)"
    context = chromium.new_context(bypass_csp=True, viewport={"width": 1366, "height": 768})
    page = context.new_page()
    yield page
    context.close()


def set_language(page: Page, language: str) -> None:
    if page.evaluate("document.documentElement.lang") != language:
        page.click(f'[data-action="set-language"][data-language="{language}"]')
    expect(page.locator("html")).to_have_attribute("lang", language)


@pytest.fixture(scope="module")
def demo_screens(axe_page: Page, built_file: Path) -> list[str]:
    """Every screen of the demo, found from its own links (the same list in both languages)."""
    open_demo(axe_page, built_file, "#dashboard")
    return screens(axe_page)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_screen_of_the_demo_has_a_serious_accessibility_violation(
    axe_page: Page, demo_screens: list[str], language: str
) -> None:
    page = axe_page
    set_language(page, language)
    assert len(demo_screens) > 40, demo_screens  # every area, its records, forms and pages
    problems: list[str] = []
    drawings: list[str] = []
    for location in demo_screens:
        show(page, location)
        problems += violations(page, f"{language} {location}")
        drawings += [f"{location}: {found}" for found in page.evaluate(CHARTS)]
        problems += [f"{language} {location} [duplicate id] #{found}"
                     for found in page.evaluate(DUPLICATE_IDS)]
    assert problems == [], "\n" + "\n".join(problems)
    # Every chart has its title, description and table; the dashboard has several.
    assert [found for found in drawings if not found.endswith(
        ("chart with table", "numbers beside"))] == []
    assert sum(found.startswith("#dashboard:") for found in drawings) >= 3, drawings


PASSPHRASE = "a round passphrase for the test"


def new_round(page: Page) -> str:
    """A trust-scan round with a ballot box, made in the page as a facilitator does (the
    demo's open round has none: the demo cannot seal); returns its id."""
    show(page, "#scan/new-scan_round")
    form = page.locator('form[data-form="create"][data-kind="scan_round"]')
    form.locator('[name="title"]').fill("Scan")
    form.locator('input[name="groups"]').first.check()
    form.locator('[name="passphrase"]').fill(PASSPHRASE)
    form.locator('[name="repeat_passphrase"]').fill(PASSPHRASE)
    form.locator("button[type=submit]").click()
    round_page = page.locator('[data-record-page][data-kind="scan_round"]')
    expect(round_page).to_be_visible()
    expect(page.locator("[data-seminar-link]")).to_be_visible()
    return str(round_page.get_attribute("data-record-page"))


@pytest.mark.parametrize("language", ["en", "nl"])
def test_an_open_round_its_seminar_its_screen_and_a_diff_have_no_serious_violation(
    axe_page: Page, demo_screens: list[str], built_file: Path, language: str
) -> None:
    page = axe_page
    open_demo(page, built_file, "#scan")  # a fresh demo: the round made here is the only one
    set_language(page, language)
    round_id = new_round(page)
    problems = violations(page, f"{language} #scan/<open round>")
    for part, marker in (("seminar", "[data-scan-seminar]"), ("screen", "[data-scan-screen]")):
        go(page, f"#scan/{round_id}/{part}")
        expect(page.locator(marker)).to_be_visible()
        problems += violations(page, f"{language} #scan/<open round>/{part}")
    # A pilot's diff between two versions, and a record's page with its history.
    shown = [location for location in demo_screens if "/diff/" in location]
    shown += [location for location in demo_screens if location.startswith("#people/person-")]
    assert len(shown) == 2, demo_screens
    for location in shown:
        show(page, location)
        expect(page.locator("[data-history], [data-diff]").first).to_be_attached()
        problems += violations(page, f"{language} {location}")
    assert problems == [], "\n" + "\n".join(problems)


def test_the_start_screen_without_an_organisation_has_no_serious_violation(
    axe_page: Page, built_file: Path
) -> None:
    page = axe_page
    problems: list[str] = []
    for language in ("nl", "en"):
        open_app(page, built_file)
        set_language(page, language)
        problems += violations(page, f"{language} start")
    assert problems == [], "\n" + "\n".join(problems)


def test_a_refused_form_has_no_serious_violation(axe_page: Page, built_file: Path) -> None:
    page = axe_page
    open_demo(page, built_file, "#people/new-person")
    page.wait_for_function(
        "() => document.querySelector('form[data-form=\"create\"]') !== null")
    page.locator('form[data-form="create"] button[type="submit"]').click()
    expect(page.locator("[data-field-error]").first).to_be_visible()
    assert violations(page, "en refused #people/new-person") == []


def test_the_check_reports_a_serious_violation_when_there_is_one(
    axe_page: Page, built_file: Path
) -> None:
    """The walk above can fail: an unnamed field and a nameless button are found."""
    page = axe_page
    open_demo(page, built_file, "#people")
    page.evaluate("""() => {
      const form = document.querySelector('main form');
      form.insertAdjacentHTML('beforeend',
        '<input id="unnamed-field"><button type="button" id="nameless-button"></button>');
    }""")
    found = violations(page, "#people with an unnamed field")
    assert any("[label, critical] #unnamed-field" in line for line in found), found
    assert any("[button-name, critical] #nameless-button" in line for line in found), found
    page.evaluate("() => { document.getElementById('unnamed-field').remove();"
                  " document.getElementById('nameless-button').remove(); }")


@pytest.mark.parametrize("story", ["distribution", "network", "engineering"])
def test_each_story_demo_and_its_tour_have_no_serious_violation(
    axe_page: Page, built_file: Path, story: str
) -> None:
    """The screens a consultant shows of each story (its start screen and its tour, the
    network's confidential record among them), in both languages."""
    from datetime import date

    from trustwork.demos import story_document, tour

    page = axe_page
    told = tour(story, story_document(story, "en", date.today()))
    open_demo(page, built_file, "#dashboard", demo=story)
    problems: list[str] = []
    for language in ("en", "nl"):
        set_language(page, language)
        for location in ("#dashboard", *told):
            show(page, location)
            problems += violations(page, f"{story} {language} {location}")
    assert problems == [], "\n" + "\n".join(problems)
