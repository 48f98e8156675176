"""Every kind the registry declares works through the generic routes in real Chromium:
its area lists it, ``#<area>/new-<kind>`` adds one, its page edits it and shows its history,
and a deleted record can be brought back. Run on the demo organisation (changes stay in the
page)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from support.browser import PageRecord, open_demo
from trustwork.i18n import CATALOGUE
from trustwork.kinds import AREAS, KINDS

pytestmark = pytest.mark.browser
EN = CATALOGUE["en"]


def test_every_area_lists_its_kinds_with_a_way_to_add_one(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#dashboard")
    for area in AREAS:
        page.click(f'nav.areas a[data-area="{area.key}"]')
        expect(page.locator("main#area")).to_have_attribute("data-area", area.key)
        for kind in (k for k in KINDS if k.area == area.key and k.listed):
            listed = page.locator(f'[data-list="{kind.name}"]')
            expect(listed.locator("h2")).to_contain_text(EN[f"kind.list.{kind.name}"])
            expect(listed.locator("tr[data-record]").first).to_be_visible()
            expect(listed.locator(f'a[data-new="{kind.name}"]')).to_have_attribute(
                "href", f"#{area.key}/new-{kind.name}")
    assert record.errors == []


def test_an_improvement_project_is_added_edited_deleted_and_brought_back(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#improvement/new-improvement_project")
    form = 'form[data-form="create"][data-kind="improvement_project"]'
    expect(page.locator(form)).to_be_visible()
    page.locator(f'{form} [name="title"]').fill("Kortere looproutes <b>in hal 2</b>")
    page.locator(f'{form} [name="month"]').fill("2026-13")
    page.locator(f"{form} button[type=submit]").click()
    expect(page.locator(f'{form} [data-field="month"] [data-field-error]')).to_have_text(
        EN["form.error.month"])
    page.locator(f'{form} [name="month"]').fill("2026-11")
    page.locator(f'{form} [name="focus"]').select_option("safety")
    page.locator(f"{form} button[type=submit]").click()
    page_section = page.locator("[data-record-page]")
    expect(page_section).to_have_attribute("data-kind", "improvement_project")
    project = str(page_section.get_attribute("data-record-page"))
    assert page.url.endswith(f"#improvement/{project}")
    expect(page.locator("[data-record-name]")).to_contain_text("Kortere looproutes <b>in hal 2</b>")

    update = f'form[data-form="update"][data-record="{project}"]'
    page.locator(f'{update} [name="status"]').select_option("done")
    page.locator(f'{update} [name="result"]').fill("40 meter minder per order")
    page.locator(f"{update} button[type=submit]").click()
    expect(page.locator("[data-done]")).to_have_text(EN["register.applied"])
    latest = page.locator("[data-history] [data-version]").first
    expect(latest).to_contain_text("40 meter minder per order")
    expect(latest).to_contain_text(EN["choice.improvement_project.status.done"])

    page.once("dialog", lambda dialog: dialog.accept())
    page.locator(f'[data-action="delete-record"][data-record-id="{project}"]').click()
    expect(page.locator("[data-done]")).to_contain_text("Kortere looproutes")
    expect(page.locator('[data-list="improvement_project"]')).to_be_visible()
    expect(page.locator(f'[data-list="improvement_project"] tr[data-record="{project}"]')
           ).to_have_count(0)
    page.goto(page.url.split("#")[0] + f"#improvement/{project}")
    expect(page.locator("[data-deleted-notice]")).to_be_visible()
    page.locator(f'[data-action="restore-record"][data-record-id="{project}"]').click()
    expect(page.locator(f'form[data-form="update"][data-record="{project}"]')).to_be_visible()
    expect(page.locator("[data-history] [data-version]").first).to_contain_text(
        EN["action.restore"])
    page.click('nav.areas a[data-area="improvement"]')
    expect(page.locator(f'[data-list="improvement_project"] tr[data-record="{project}"]')
           ).to_have_count(1)
    assert record.errors == []


def test_a_child_is_added_from_its_owners_page_with_the_owner_filled_in(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#ideas")
    # The demo's last campaign is still open (a closed one takes no ideas).
    campaign_link = page.locator('[data-list="idea_campaign"] [data-record-link]').last
    campaign_name = campaign_link.inner_text()
    campaign_page = str(campaign_link.get_attribute("href"))
    campaign_link.click()
    children = page.locator('[data-children="idea"]')
    expect(children).to_be_visible()
    before = children.locator("tr[data-record]").count()
    children.locator('a[data-new="idea"]').click()
    form = 'form[data-form="create"][data-kind="idea"]'
    expect(page.locator(f'{form} [name="campaign"] option:checked')).to_have_text(campaign_name)
    page.locator(f'{form} [name="title"]').fill("Deel de bestelbus met de buren")
    page.locator(f"{form} button[type=submit]").click()
    expect(page.locator("[data-record-page]")).to_have_attribute("data-kind", "idea")
    page.goto(page.url.split("#")[0] + campaign_page)
    expect(page.locator('[data-children="idea"] tr[data-record]')).to_have_count(before + 1)
    assert record.errors == []


def test_the_filter_sent_with_enter_lists_only_matching_rows_and_keeps_the_words(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#ideas")
    ideas = page.locator('[data-list="idea"] tr[data-record]')
    before = ideas.count()
    search = page.locator("[data-filter]")
    search.fill("printer")
    search.press("Enter")
    expect(page.locator('[data-list="idea"] .count-pill')).not_to_have_text(str(before))
    assert 0 < ideas.count() < before
    for text in ideas.all_inner_texts():
        assert "printer" in text.casefold()
    expect(search).to_have_value("printer")
    assert record.errors == []


# Whether the page has worked ahead for the document it shows now: the ideas area's figures
# and the ideas in order of name are for that very document (``trustwork.ui.ahead``).
WORKED_AHEAD = """() => trustworkBoot.interpreter.runPython(`
from trustwork.ui.state import current
from trustwork.views import ideas, records
shown = current().view.document
made = ideas._made.get("figures")
made is not None and made[0] is shown and records._live_by_label._records is shown.records
`)"""


def test_the_other_areas_are_worked_out_ahead_after_the_page_and_after_each_change(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#dashboard")
    page.wait_for_function(WORKED_AHEAD)  # the ideas were never shown, yet their page is ready
    form = 'form[data-form="organisation"]'
    page.locator(f'{form} [name="name"]').fill("De Voorbeeldgroep Zuid")
    page.locator(f"{form} button[type=submit]").click()
    expect(page.locator("[data-organisation]")).to_contain_text("De Voorbeeldgroep Zuid")
    page.wait_for_function(WORKED_AHEAD)  # again, for the document with the new name
    page.click('nav.areas a[data-area="ideas"]')
    expect(page.locator('[data-list="idea"] tr[data-record]').first).to_be_visible()
    assert record.errors == []


# What the browser says of lists laid out later: skipped while far from the window, drawn
# when near (Chromium's contentvisibilityautostatechange event), in the order it happened.
WATCH_SKIPPED = """(() => {
  window.listsSkipped = [];
  document.addEventListener("contentvisibilityautostatechange", (event) => {
    window.listsSkipped.push([event.target.dataset.list, event.skipped]);
  }, true);
})();"""
LAID_OUT_LATER = """(kind) => getComputedStyle(
  document.querySelector(`[data-list="${kind}"]`)).contentVisibility === 'auto'"""


def test_a_long_list_below_the_window_is_drawn_when_it_scrolls_near(
        page: Page, built_file: Path, record: PageRecord) -> None:
    page.set_viewport_size({"width": 1000, "height": 300})  # the ideas' list well below it
    page.add_init_script(WATCH_SKIPPED)
    open_demo(page, built_file, "#ideas")
    rows = page.locator('[data-list="idea"] tr[data-record]')
    assert rows.count() > 20
    assert page.evaluate(LAID_OUT_LATER, "idea")
    page.wait_for_function("() => listsSkipped.some(([kind, skipped]) => "
                           "kind === 'idea' && skipped)")
    rows.last.scroll_into_view_if_needed()
    page.wait_for_function("() => listsSkipped.at(-1)[0] === 'idea' && !listsSkipped.at(-1)[1]")
    expect(rows.last).to_be_visible()
    # A short list is drawn at once, as always.
    page.click('nav.areas a[data-area="decisions"]')
    expect(page.locator('[data-list="decision_round"]')).to_be_visible()
    assert not page.evaluate(LAID_OUT_LATER, "decision_round")
    assert record.errors == []


# The same for the dashboard's parts, known by their class.
WATCH_PARTS_SKIPPED = """(() => {
  window.partsSkipped = [];
  document.addEventListener("contentvisibilityautostatechange", (event) => {
    const first = event.target === document.querySelector("#area .outcome");
    window.partsSkipped.push([first ? "first outcome" : event.target.className, event.skipped]);
  }, true);
})();"""


def test_the_dashboards_parts_below_the_window_are_drawn_when_they_scroll_near(
        page: Page, built_file: Path, record: PageRecord) -> None:
    page.set_viewport_size({"width": 1000, "height": 400})
    page.add_init_script(WATCH_PARTS_SKIPPED)
    open_demo(page, built_file, "#dashboard", demo="distribution")
    counts = page.locator("#area .counts")
    page.wait_for_function("() => partsSkipped.some(([part, skipped]) => "
                           "part === 'counts' && skipped)")
    # The first outcome, in the window from the start, is drawn at once.
    assert page.evaluate("() => partsSkipped.filter(([part]) => part === 'first outcome')"
                         ) == [["first outcome", False]]
    counts.scroll_into_view_if_needed()
    page.wait_for_function("() => partsSkipped.some(([part, skipped]) => "
                           "part === 'counts' && !skipped)")
    expect(counts.locator("li").first).to_be_visible()
    assert record.errors == []
