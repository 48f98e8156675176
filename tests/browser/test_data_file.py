"""The data file in real Chromium: open, edit, save, merge, conflicts, journal, watching.

Chromium has no OPFS and no clickable pickers under file:// headless, so these tests serve
the built file from 127.0.0.1 and hand each page a real OPFS file handle through the
test-only entry point (trustworkFiles.useHandleForTests): the page then goes through its
production path (pick, read, merge, write, read back). Two pages of one browser context
share that file, like two people sharing a file on a drive.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Dialog, Page, expect

from support.browser import (
    HAND_OVER,
    READ_FILE,
    SHARED_FILE,
    WRITE_FILE,
    edit_organisation,
    person,
    wait_until_started,
)
from support.documents import demo_text, large_demo_text
from trustwork.i18n import CATALOGUE
from trustwork.model.document import Stamp, new_document
from trustwork.store import codec

pytestmark = pytest.mark.browser
NL = CATALOGUE["nl"]
FILE = SHARED_FILE




def ready_with_file_to_pick(context: BrowserContext, served: str, text: str | None,
                            name: str = FILE) -> Page:
    """A new page, ready, whose next pick of a file gives ``name`` (holding ``text``)."""
    page = context.new_page()
    page.goto(served)
    wait_until_started(page)
    page.evaluate(HAND_OVER, [name, text])
    return page


def save(page: Page, expected_state: str) -> None:
    page.click('[data-action="save"]')
    expect(page.locator("[data-save-state]")).to_have_attribute("data-save-state", expected_state)


def on_disk(page: Page) -> dict[str, object]:
    result: dict[str, object] = json.loads(page.evaluate(READ_FILE, FILE))
    return result


def test_two_people_editing_one_file_and_saving_in_turn_keep_both_edits(
    context: BrowserContext, served: str
) -> None:
    ann = person(context, served, demo_text())
    bob = person(context, served)
    edit_organisation(ann, name="De Voorbeeldgroep <Noord>")
    expect(ann.locator("[data-save-state]")).to_have_attribute("data-save-state", "unsaved")
    edit_organisation(bob, mission="Vertrouwen als uitgangspunt")
    save(ann, "saved")
    save(bob, "merged")
    organisation = on_disk(bob)["organisation"]
    assert organisation["fields"] == {  # type: ignore[index]
        "name": "De Voorbeeldgroep <Noord>", "mission": "Vertrouwen als uitgangspunt",
        "rules_budget": 6,
    }
    expect(bob.locator("[data-organisation]")).to_contain_text("De Voorbeeldgroep <Noord>")
    expect(bob.locator("[data-problem]")).to_have_count(0)


def test_a_conflict_is_shown_and_the_other_value_can_be_chosen(
    context: BrowserContext, served: str
) -> None:
    ann = person(context, served, demo_text())
    bob = person(context, served)
    edit_organisation(ann, name="Naam van Ann")
    edit_organisation(bob, name="Naam van Bob")
    save(ann, "saved")
    save(bob, "conflict")
    conflict = bob.locator("[data-conflicts] li")
    expect(conflict.locator("[data-kept]")).to_have_text("Naam van Bob")
    expect(conflict.locator("[data-other]")).to_have_text("Naam van Ann")
    bob.click('[data-action="resolve"][data-take-other="true"]')
    expect(bob.locator("[data-conflicts]")).to_have_count(0)
    save(bob, "saved")
    saved = on_disk(bob)
    assert saved["organisation"]["fields"]["name"] == "Naam van Ann"  # type: ignore[index]
    assert saved["conflicts"] == []


def test_a_page_closed_before_saving_offers_its_changes_back(
    context: BrowserContext, served: str
) -> None:
    ann = person(context, served, demo_text())
    edit_organisation(ann, name="Niet opgeslagen naam")
    expect(ann.locator("[data-save-state]")).to_have_attribute("data-save-state", "unsaved")
    before = ann.evaluate(READ_FILE, FILE)
    ann.close(run_before_unload=False)

    again = person(context, served)
    assert again.evaluate(READ_FILE, FILE) == before, "the closed page saved after all"
    offer = again.locator("[data-restore-offer]")
    expect(offer).to_contain_text(NL["journal.offer"].format(count=1))
    again.click('[data-action="restore-journal"]')
    expect(again.locator("[data-organisation]")).to_contain_text("Niet opgeslagen naam")
    save(again, "saved")
    assert on_disk(again)["organisation"]["fields"]["name"] == "Niet opgeslagen naam"  # type: ignore[index]


# When the app first says it is busy opening a file, another file is chosen (as the page's
# file input hands one over).
CHOOSE_ANOTHER_WHILE_OPENING = """([name, text]) => {
  const app = document.getElementById("app");
  new MutationObserver((changes, observer) => {
    if (app.getAttribute("aria-busy") !== "true") return;
    observer.disconnect();
    const detail = { name, data: new TextEncoder().encode(text) };
    window.dispatchEvent(new CustomEvent("trustwork:file-chosen", { detail }));
  }).observe(app, { attributes: true, attributeFilter: ["aria-busy"] });
}"""


def test_a_file_chosen_while_another_opens_takes_its_place(
    context: BrowserContext, served: str
) -> None:
    page = context.new_page()
    page.goto(served)
    wait_until_started(page)
    # The first file takes many steps, the second few: left alone, the first would finish
    # last and be shown, though the person chose the second after it.
    page.evaluate("(code) => trustworkBoot.interpreter.runPython(code)",
                  "import trustwork.store.codec as c; c._SLICE_CHARACTERS = 1024")
    page.evaluate(HAND_OVER, [FILE, demo_text()])
    small = codec.dumps(new_document("Tweede organisatie", "organisation-second",
                                     Stamp("2026-03-01T09:00:00.000000Z", "ann"),
                                     lambda: "change-second"))
    page.evaluate(CHOOSE_ANOTHER_WHILE_OPENING, ["tweede.json", small])
    page.locator('[data-action="open-file"]').first.click()
    expect(page.locator("[data-file-name]")).to_have_text("tweede.json")
    # Busy until both opens are done; then the second is still the one shown: the first
    # gave way.
    expect(page.locator("#app")).not_to_have_attribute("aria-busy", "true")
    expect(page.locator("[data-file-name]")).to_have_text("tweede.json")
    expect(page.locator("[data-organisation]")).to_contain_text("Tweede organisatie")


def test_the_opened_file_is_kept_for_the_journal_as_its_exact_text(
    context: BrowserContext, served: str
) -> None:
    text = demo_text().replace('"name":"', '"name":"Ĳsselmeer é ', 1)  # UTF-8 beyond ASCII
    page = person(context, served, text)
    page.evaluate("""async () => {  // the page keeps it once the file is shown: a frame a look
      while ((await trustworkFiles.storeKeys("journal-file:")).length === 0) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    }""")
    (key,) = page.evaluate("() => trustworkFiles.storeKeys('journal-file:')")
    assert page.evaluate("() => trustworkFiles.storeKeys('journal-base:')") == []
    # Kept as a blob (a 14 MB string took one long task to store), read back as the text.
    assert page.evaluate("async (key) => (await trustworkFiles.storeGet(key)) instanceof Blob",
                         key)
    assert page.evaluate("(key) => trustworkFiles.storeGetFileText(key)", key) == text
    # A text kept as a string (by an earlier version, under its own key) reads the same;
    # nothing kept is null.
    page.evaluate("() => trustworkFiles.storePut('journal-base:earlier', 'Ĳsselmeer é')")
    assert page.evaluate("() => trustworkFiles.storeGetFileText('journal-base:earlier')") == (
        "Ĳsselmeer é")
    assert page.evaluate("() => trustworkFiles.storeGetFileText('journal-base:none')") is None


def test_a_file_that_cannot_be_read_is_refused_and_left_exactly_as_it_was(
    context: BrowserContext, served: str
) -> None:
    broken = '{"format": "trustwork-organisation", "schema_version": 1, "organisation": '
    page = ready_with_file_to_pick(context, served, broken)
    page.locator('[data-action="open-file"]').first.click()
    expect(page.locator("[data-problem]")).to_contain_text("geen leesbaar JSON-bestand")
    expect(page.locator("[data-file-name]")).to_have_count(0)
    assert page.evaluate(READ_FILE, FILE) == broken


# While the app says it is busy opening a file, asks for another area (a hashchange, which
# the page's Python answers by rendering), and notes whether that render came before the
# file was shown: it can only if the open pauses between its steps.
ANSWER_WHILE_OPENING = """() => {
  const app = document.getElementById("app");
  window.answeredWhileOpening = false;
  let asked = false;
  new MutationObserver((records) => {
    if (app.getAttribute("aria-busy") !== "true") return;
    if (!asked) {
      asked = true;
      location.hash = "#people";
    } else if (records.some((record) => record.type === "childList")
               && document.querySelector("[data-file-name]") === null) {
      window.answeredWhileOpening = true;
    }
  }).observe(app, { attributes: true, attributeFilter: ["aria-busy"], childList: true,
                    subtree: true });
}"""


def test_a_file_is_read_and_shown_a_step_at_a_time_while_the_page_answers(
    context: BrowserContext, served: str
) -> None:
    page = ready_with_file_to_pick(context, served, demo_text())
    page.evaluate(ANSWER_WHILE_OPENING)
    page.locator('[data-action="open-file"]').first.click()
    expect(page.locator("[data-file-name]")).to_have_text(FILE)
    expect(page.locator("#app")).not_to_have_attribute("aria-busy", "true")
    assert page.evaluate("() => window.answeredWhileOpening") is True
    # The file is shown in the area asked for meanwhile.
    expect(page.locator("[data-organisation]")).to_have_count(1)
    assert page.evaluate("() => location.hash") == "#people"


# Once the page is ready, the file chosen at once (as the page's file input hands a file
# over), as a person does who picks a file as soon as the page shows; from then on every
# import of a module the page imports after ready (ui/app.py LATER) is noted with whether a
# file was opening then.
OPEN_AS_SOON_AS_READY = """(() => {
  const text = %s;
  new MutationObserver((changes, watching) => {
    if (document.documentElement.dataset.state !== "ready") return;
    watching.disconnect();
    trustworkBoot.interpreter.runPython(%s);
    const detail = { name: %s, data: new TextEncoder().encode(text) };
    window.dispatchEvent(new CustomEvent("trustwork:file-chosen", { detail }));
  }).observe(document, { attributes: true, attributeFilter: ["data-state"], subtree: true });
})();"""
WATCH_LATER_IMPORTS = """
import sys
from trustwork.ui.app import LATER
from trustwork.ui.datafile import file_opening
LATER_IMPORTED = []
class WatchLaterImports:
    def find_spec(self, name, path=None, target=None):
        if name in LATER:
            LATER_IMPORTED.append([name, file_opening()])
sys.meta_path.insert(0, WatchLaterImports())
"""
ALL_LATER_IMPORTED = """() => JSON.parse(trustworkBoot.interpreter.runPython(
  "import json, sys; json.dumps(all(name in sys.modules for name in LATER))"))"""


def test_a_file_picked_as_soon_as_the_page_is_ready_comes_before_the_later_imports(
    context: BrowserContext, served: str
) -> None:
    # The large demo takes the page well over the pause before those imports (0.3 s) to
    # open; they wait until it is shown, then come one a step.
    page = context.new_page()
    page.add_init_script(OPEN_AS_SOON_AS_READY % (
        json.dumps(large_demo_text()), json.dumps(WATCH_LATER_IMPORTS), json.dumps(FILE)))
    page.goto(served)
    expect(page.locator("[data-file-name]")).to_have_text(FILE, timeout=60_000)
    page.wait_for_function(ALL_LATER_IMPORTED)
    imported = json.loads(page.evaluate(
        "() => trustworkBoot.interpreter.runPython('import json; json.dumps(LATER_IMPORTED)')"))
    assert imported, "none of them was left to import once the file was chosen"
    assert [name for name, while_opening in imported if while_opening] == []


# Each change of the app's working state: whether a file is being read from its drive
# (data-reading) or opened (aria-busy), and the animations of the bar along the top then.
WATCH_WORKING = """() => {
  const app = document.getElementById("app");
  window.working = [];
  new MutationObserver(() => {
    const bar = getComputedStyle(app, "::after");
    working.push({ reading: "reading" in app.dataset,
                   busy: app.getAttribute("aria-busy") === "true",
                   bar: bar.content === "none" ? "" : bar.animationName });
  }).observe(app, { attributes: true, attributeFilter: ["aria-busy", "data-reading"] });
}"""
BAR = "working-shown, working"  # shown after a moment, then running (motion not reduced)


@pytest.mark.parametrize("chosen_with", ["the picker", "the file input"])
def test_the_page_shows_it_is_working_while_a_large_file_is_read_and_opened(
    context: BrowserContext, served: str, tmp_path: Path, chosen_with: str
) -> None:
    page = context.new_page()
    page.goto(served)
    wait_until_started(page)
    page.evaluate(WATCH_WORKING)
    if chosen_with == "the picker":
        page.evaluate(HAND_OVER, [FILE, large_demo_text()])
        page.locator('[data-action="open-file"]').first.click()
    else:  # as in Firefox (and a file:// page in Chromium)
        chosen = tmp_path / FILE
        chosen.write_text(large_demo_text(), encoding="utf-8")
        page.evaluate("() => trustworkFiles.openWithInput()")
        page.set_input_files('input[data-file-input="file"]', chosen)
    expect(page.locator("[data-file-name]")).to_have_text(FILE, timeout=60_000)
    expect(page.locator("#app")).not_to_have_attribute("aria-busy", "true")
    states = page.evaluate("() => working")
    # Read, then opened by Python, which takes over without a moment between the two.
    assert states[0] == {"reading": True, "busy": False, "bar": BAR}
    assert {"reading": False, "busy": True, "bar": BAR} in states
    assert all(state["bar"] == BAR for state in states[:-1])
    assert states[-1] == {"reading": False, "busy": False, "bar": ""}
    assert page.evaluate("() => getComputedStyle(document.getElementById('app')).cursor") == (
        "auto")


# The large demo's counts in the navigation of what is new (up to 10,550), each: whether
# it shows all of its text, inside the link it belongs to.
NEW_COUNTS_SHOWN_WHOLE = """() => [...document.querySelectorAll("nav.areas .nav-new")].map(
(count) => {
  const own = count.getBoundingClientRect(), link = count.closest("a").getBoundingClientRect();
  return { count: count.dataset.unseen, whole: count.scrollWidth <= count.clientWidth
           && own.left >= link.left && own.right <= link.right };
})"""


def test_the_large_numbers_of_a_large_file_are_written_whole_and_as_the_language_does(
    context: BrowserContext, served: str
) -> None:
    page = ready_with_file_to_pick(context, served, large_demo_text())
    page.locator('[data-action="open-file"]').first.click()
    expect(page.locator("[data-file-name]")).to_have_text(FILE, timeout=60_000)
    page.click('nav.areas a[data-area="ideas"]')
    expect(page.locator("#area")).to_contain_text("10.000 ideeën:")  # Dutch thousands
    expect(page.locator("nav.areas .nav-new").first).to_be_visible()
    counts = page.evaluate(NEW_COUNTS_SHOWN_WHOLE)
    assert any(len(entry["count"]) >= 5 for entry in counts)  # five figures: 10,550
    assert [entry for entry in counts if not entry["whole"]] == []


def test_a_file_that_cannot_be_read_from_its_drive_leaves_the_page_not_working(
    context: BrowserContext, served: str
) -> None:
    page = ready_with_file_to_pick(context, served, demo_text())
    # Gone from the drive between the pick and the read.
    page.evaluate("async (name) => (await navigator.storage.getDirectory()).removeEntry(name)",
                  FILE)
    page.evaluate(WATCH_WORKING)
    page.locator('[data-action="open-file"]').first.click()
    expect(page.locator("[data-problem]")).to_contain_text(NL["app.failure"])
    assert page.evaluate("() => working")[-1] == {"reading": False, "busy": False, "bar": ""}
    expect(page.locator("[data-file-name]")).to_have_count(0)


def test_a_file_spoilt_on_disk_after_opening_is_not_saved_over(
    context: BrowserContext, served: str
) -> None:
    ann = person(context, served, demo_text())
    edit_organisation(ann, name="Wordt niet weggeschreven")
    ann.evaluate(WRITE_FILE, [FILE, "niet eens JSON"])
    save(ann, "failed")
    expect(ann.locator("[data-not-saved]")).to_contain_text("Niet opgeslagen")
    assert ann.evaluate(READ_FILE, FILE) == "niet eens JSON"
    expect(ann.locator("[data-organisation]")).to_contain_text("Wordt niet weggeschreven")


def test_an_open_page_notices_when_someone_else_saved(
    context: BrowserContext, served: str
) -> None:
    ann = person(context, served, demo_text())
    bob = person(context, served)
    edit_organisation(ann, name="Nieuws van Ann")
    save(ann, "saved")
    notice = bob.locator("[data-others-saved]")
    expect(notice).to_be_visible(timeout=15_000)
    bob.click('[data-action="pull"]')
    expect(bob.locator("[data-organisation]")).to_contain_text("Nieuws van Ann")


def test_changes_are_saved_by_themselves_a_moment_after_editing(
    chromium: Browser, served: str
) -> None:
    context = chromium.new_context()  # with autosave on, as people have it
    ann = person(context, served, demo_text())
    edit_organisation(ann, mission="Vanzelf bewaard")
    state = ann.locator("[data-save-state]")
    expect(state).to_have_attribute("data-save-state", "unsaved")
    expect(state).to_have_attribute("data-save-state", "saved", timeout=15_000)
    assert on_disk(ann)["organisation"]["fields"]["mission"] == "Vanzelf bewaard"  # type: ignore[index]
    context.close()


def test_leaving_with_unsaved_changes_asks_first(context: BrowserContext, served: str) -> None:
    asked: list[str] = []

    def answer(dialog: Dialog) -> None:
        asked.append(dialog.type)
        dialog.accept()

    calm = person(context, served, demo_text())
    calm.on("dialog", answer)
    calm.close(run_before_unload=True)
    assert asked == [], "a page with everything saved must not ask"

    ann = person(context, served)
    ann.on("dialog", answer)
    edit_organisation(ann, name="Nog niet bewaard")
    expect(ann.locator("[data-save-state]")).to_have_attribute("data-save-state", "unsaved")
    ann.close(run_before_unload=True)
    ann.wait_for_event("close")
    assert asked == ["beforeunload"]


def test_a_new_organisation_is_created_in_a_new_file(context: BrowserContext, served: str) -> None:
    page = ready_with_file_to_pick(context, served, None, "nieuw.json")
    page.once("dialog", lambda dialog: dialog.accept("Stichting <Samen>"))
    page.locator('.empty-state [data-action="new-file"]').click()
    expect(page.locator("[data-save-state]")).to_have_attribute("data-save-state", "saved")
    expect(page.locator("[data-file-name]")).to_have_text("nieuw.json")
    expect(page.locator("[data-organisation]")).to_have_text("Stichting <Samen>")
    written = codec.load(page.evaluate(READ_FILE, "nieuw.json")).document
    assert written.organisation.fields["name"] == "Stichting <Samen>"
    assert written.records == {}


def test_the_file_opened_last_time_is_offered_again_with_one_click(
    context: BrowserContext, served: str
) -> None:
    first = person(context, served, demo_text())
    first.close()
    page = context.new_page()
    page.goto(served)
    wait_until_started(page)
    reopen = page.locator('[data-action="reopen"]')
    expect(reopen).to_have_text(NL["file.reopen"].format(name=FILE))
    reopen.click()
    expect(page.locator("[data-file-name]")).to_have_text(FILE)
    expect(page.locator("[data-organisation]")).to_contain_text("De Voorbeeldgroep")


# Chromium under file:// may refuse to ask for permission again (requestPermission throws);
# a headless page cannot show that, so the test makes the browser answer that way.
REFUSE_TO_ASK = """() => {
  FileSystemHandle.prototype.queryPermission = async () => "prompt";
  FileSystemHandle.prototype.requestPermission = async () => {
    throw new DOMException("not allowed here", "SecurityError");
  };
}"""


@pytest.mark.parametrize("same_file", [True, False])
def test_when_the_browser_will_not_ask_again_the_person_picks_and_a_different_file_is_said(
    context: BrowserContext, served: str, same_file: bool
) -> None:
    first = person(context, served, demo_text())
    first.close()
    page = context.new_page()
    page.goto(served)
    wait_until_started(page)
    page.evaluate(REFUSE_TO_ASK)
    other = FILE if same_file else "ander.json"
    page.evaluate(HAND_OVER, [other, None if same_file else demo_text()])
    page.locator('[data-action="reopen"]').click()
    expect(page.locator("[data-file-name]")).to_have_text(other)
    if same_file:
        expect(page.locator("[data-problem]")).to_have_count(0)
    else:
        expect(page.locator("[data-problem]")).to_have_text(
            NL["file.not_same"].format(name=FILE))


def test_a_file_from_a_newer_trustwork_opens_read_only_and_is_never_saved(
    context: BrowserContext, served: str
) -> None:
    raw = json.loads(demo_text())
    raw["schema_version"] = 2
    newer = json.dumps(raw)
    page = person(context, served, newer)
    expect(page.locator("[data-save-state]")).to_have_attribute("data-save-state", "read_only")
    expect(page.locator("[data-problem]")).to_contain_text("nieuwere Trustwork")
    expect(page.locator('[data-action="save"]')).to_have_count(0)
    edit_organisation(page, taken=False, name="Mag niet worden veranderd")
    expect(page.locator("[data-problem]")).to_have_text(NL["file.read_only_edit"])
    expect(page.locator("[data-organisation]")).to_contain_text("De Voorbeeldgroep")
    # The register refuses too, and stays on its form.
    page.goto(page.url.split("#")[0] + "#people/new-value")
    page.locator('form[data-form="create"] [name="name"]').fill("Mag ook niet")
    page.locator('form[data-form="create"] button[type=submit]').click()
    expect(page.locator("[data-problem]")).to_have_text(NL["file.read_only_edit"])
    expect(page.locator('form[data-form="create"]')).to_be_visible()
    assert page.evaluate(READ_FILE, FILE) == newer


def test_opening_another_file_with_unsaved_changes_asks_first(
    context: BrowserContext, served: str
) -> None:
    ann = person(context, served, demo_text())
    edit_organisation(ann, name="Nog niet opgeslagen")
    expect(ann.locator("[data-save-state]")).to_have_attribute("data-save-state", "unsaved")
    with ann.expect_event("dialog") as asked:
        ann.locator('[data-filebar] [data-action="open-file"]').click(no_wait_after=True)
    question = asked.value
    assert question.type == "confirm" and FILE in question.message
    question.dismiss()
    expect(ann.locator("[data-save-state]")).to_have_attribute("data-save-state", "unsaved")
    expect(ann.locator("[data-organisation]")).to_contain_text("Nog niet opgeslagen")


def test_a_refused_file_does_not_take_the_place_of_the_open_one(
    context: BrowserContext, served: str
) -> None:
    ann = person(context, served, demo_text())
    edit_organisation(ann, name="Hoort in het eerste bestand")
    expect(ann.locator("[data-save-state]")).to_have_attribute("data-save-state", "unsaved")
    ann.evaluate(HAND_OVER, ["leeg.json", ""])
    with ann.expect_event("dialog") as asked:
        ann.locator('[data-filebar] [data-action="open-file"]').click(no_wait_after=True)
    asked.value.accept()
    expect(ann.locator("[data-problem]")).to_contain_text("geen leesbaar JSON-bestand")
    expect(ann.locator("[data-file-name]")).to_have_text(FILE)
    save(ann, "saved")
    assert on_disk(ann)["organisation"]["fields"]["name"] == "Hoort in het eerste bestand"  # type: ignore[index]
    assert ann.evaluate(READ_FILE, "leeg.json") == ""
