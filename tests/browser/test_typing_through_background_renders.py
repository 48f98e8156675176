"""A person typing is left where they are while the page redraws itself in the background.

Ann types into a team's purpose while Bob's save lands (her page says someone else saved)
and her own earlier change saves itself, merging his. Her text, the field she is in, its
caret, selection and scroll all stay; where nothing around the field changed, it stays the
very same element.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from support.browser import edit_organisation, person
from support.documents import demo_text
from trustwork.i18n import CATALOGUE
from trustwork.store import codec

pytestmark = pytest.mark.browser
HOLDER_LABEL = CATALOGUE["nl"]["field.role.holder"]  # the page speaks Dutch here
TEAM = codec.load(demo_text()).document.live("team")[0].id
TYPED = "".join(f"Regel {n}: wat dit team voor de buurt doet.\n" for n in range(1, 41))
# A long enough wait that Ann's page notices Bob's save before her own save starts.
AUTOSAVE_SECONDS = "10"
WHERE = """() => {
  const field = document.activeElement;
  return {
    form: field.form?.dataset.form, record: field.form?.dataset.record, name: field.name,
    value: field.value, start: field.selectionStart, end: field.selectionEnd,
    direction: field.selectionDirection, scrollTop: field.scrollTop, pageY: window.scrollY,
    sameElement: field.typedHere === true,
  };
}"""



def team_page(page: Page, url: str) -> None:
    page.goto(url + f"#people/{TEAM}")
    expect(page.locator(f'[data-record-page="{TEAM}"]')).to_be_visible()


@pytest.mark.parametrize("bob_changes", ["organisation", "the same team"])
def test_typing_keeps_text_focus_caret_and_scroll_while_others_save_and_autosave_lands(
    context: BrowserContext, served: str, bob_changes: str
) -> None:
    ann = person(context, served, demo_text())
    bob = person(context, served)
    # Bob's change waits in his page, unsaved, until Ann is typing.
    if bob_changes == "organisation":
        edit_organisation(bob, mission="De missie van Bob")
    else:
        team_page(bob, served)
        bob.locator('form[data-form="update"] [name="name"]').fill("Team van Bob")
        bob.locator('form[data-form="update"] button[type=submit]').click()
        expect(bob.locator("[data-record-name]")).to_contain_text("Team van Bob")

    # Ann changes when her team meets; that change saves itself a while later.
    ann.evaluate(f"localStorage.setItem('trustwork:autosave', '{AUTOSAVE_SECONDS}')")
    team_page(ann, served)
    form = ann.locator('form[data-form="update"]')
    form.locator('[name="meets"]').fill("dinsdag 9 uur")
    form.locator("button[type=submit]").click()
    expect(ann.locator("[data-save-state]")).to_have_attribute("data-save-state", "unsaved")
    # She goes on writing the team's purpose, selects a few words, scrolls the field.
    purpose = form.locator('[name="purpose"]')
    purpose.click()
    ann.keyboard.press("Control+End")
    ann.keyboard.insert_text(TYPED)
    ann.keyboard.type("En verder")
    purpose.evaluate("""(field) => {
      field.setSelectionRange(300, 340, "backward");
      field.scrollTop = 200;
      field.typedHere = true;
    }""")
    before = ann.evaluate(WHERE)
    assert before["name"] == "purpose" and before["scrollTop"] == 200
    assert before["value"].endswith(TYPED + "En verder")

    # Bob saves: Ann's page notices. Then her own change saves, merging his.
    bob.click('[data-action="save"]')
    expect(bob.locator("[data-save-state]")).to_have_attribute("data-save-state", "saved")
    expect(ann.locator("[data-others-saved]")).to_be_visible(timeout=15_000)
    assert ann.evaluate(WHERE) == before
    expect(ann.locator("[data-save-state]")).to_have_attribute(
        "data-save-state", "merged", timeout=30_000)
    if bob_changes == "the same team":  # the field's form was drawn anew, with Bob's name
        expect(ann.locator("[data-record-name]")).to_contain_text("Team van Bob")
        expect(form.locator('[name="name"]')).to_have_value("Team van Bob")
    after = ann.evaluate(WHERE)
    assert after == {**before, "sameElement": bob_changes == "organisation"}


def test_a_choice_nobody_touched_takes_what_another_person_saved(
    context: BrowserContext, served: str
) -> None:
    """A select left as rendered is not 'typed': when others' change comes in, the page shows
    it, and Ann's next edit of another field does not put the old choice back."""
    raw = json.loads(demo_text())
    role = raw["records"]["role"][0]
    role["fields"]["holder"] = None  # nobody holds it: the select shows its empty first option
    ann = person(context, served, json.dumps(raw))
    bob = person(context, served)
    for page in (ann, bob):
        page.goto(served + f"#people/{role['id']}")
        expect(page.locator(f'[data-record-page="{role["id"]}"]')).to_be_visible()
    holder = raw["records"]["person"][3]["id"]
    bob.locator('form[data-form="update"] [name="holder"]').select_option(holder)
    bob.locator('form[data-form="update"] button[type=submit]').click()
    bob.click('[data-action="save"]')
    expect(bob.locator("[data-save-state]")).to_have_attribute("data-save-state", "saved")

    expect(ann.locator("[data-others-saved]")).to_be_visible(timeout=15_000)
    ann.click('[data-action="pull"]')
    select = ann.locator('form[data-form="update"] [name="holder"]')
    expect(select).to_have_value(holder)
    purpose = ann.locator('form[data-form="update"] [name="purpose"]')
    purpose.fill("Zorgt dat iedereen veilig werkt.")
    ann.locator('form[data-form="update"] button[type=submit]').click()
    expect(ann.locator("[data-done]")).to_be_visible()
    expect(select).to_have_value(holder)
    latest = ann.locator("[data-history] [data-version]").first
    expect(latest).to_contain_text("Zorgt dat iedereen veilig werkt.")
    expect(latest.locator(".changed")).not_to_contain_text(HOLDER_LABEL)
