"""Merging another copy of the open file in real Chromium: a copy the person picks, another
organisation's copy refused, and the conflicted copies a sync engine left in the folder.

As in test_data_file.py, the built file is served from 127.0.0.1 and each pick is handed a
real file in the origin private file system (OPFS) through the test-only entry points: a
headless browser shows no picker a test could answer, and `showDirectoryPicker` cannot be
driven at all. So an OPFS folder stands in for the synced folder the person allows, and
`trustworkFiles.useFolderForTests` hands it over where `showDirectoryPicker` would return
it: from there the page takes its production path (check that the folder holds the open
file, list it, read the copies, merge, save into the file, rename the copies aside).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from support.browser import HAND_OVER, READ_FILE, SHARED_FILE, person, wait_until_started
from support.documents import demo_text
from trustwork.demo import demo_document
from trustwork.i18n import CATALOGUE
from trustwork.model.document import Document, Stamp, update_record
from trustwork.overview import person_name
from trustwork.store import codec

pytestmark = pytest.mark.browser
NL = CATALOGUE["nl"]
SHARED = codec.load(demo_text()).document
FOLDER = "gedeeld"

# Test-only: files in an OPFS folder (the synced folder), the open file handed to the
# page's next pick and the folder to its next folder pick.
IN_FOLDER = """async ([folderName, files, open]) => {
  const root = await navigator.storage.getDirectory();
  const folder = await root.getDirectoryHandle(folderName, { create: true });
  for (const [name, text] of Object.entries(files)) {
    const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
    await writable.write(text);
    await writable.close();
  }
  trustworkFiles.useHandleForTests(await folder.getFileHandle(open));
  trustworkFiles.useFolderForTests(folder);
}"""
FOLDER_FILES = """async (folderName) => {
  const root = await navigator.storage.getDirectory();
  const folder = await root.getDirectoryHandle(folderName);
  const files = {};
  for await (const [name, entry] of folder.entries()) {
    files[name] = await (await entry.getFile()).text();
  }
  return files;
}"""



def someone() -> str:
    """A person of the demo organisation: their name shows in what a copy brought."""
    return SHARED.live("person")[1].id


def edited_copy(title: str, by: str, at: str = "2031-01-01T10:00:00.000000Z",
                number: int = 0) -> Document:
    idea = SHARED.live("idea")[number]
    ids = iter([f"change-copy-{number}-{title}"])
    return update_record(SHARED, idea.id, {"title": title}, Stamp(at, by), lambda: next(ids))


def idea_title(text: str, number: int = 0) -> object:
    document = codec.load(text).document
    return document.records[SHARED.live("idea")[number].id].fields["title"]


def merge_copy(page: Page, name: str, text: str) -> None:
    page.evaluate(HAND_OVER, [name, text])
    page.click('[data-action="merge-copy"]')


def test_a_copy_picked_by_the_person_is_merged_into_the_open_file_and_saved(
        context: BrowserContext, served: str) -> None:
    ann = person(context, served, demo_text())
    copy = codec.dumps(edited_copy("Titel uit de kopie", someone()))
    merge_copy(ann, "organisatie (kopie van Bob).json", copy)
    report = NL["copy.merged"].format(name="organisatie (kopie van Bob).json", changes=1,
                                      people=person_name(SHARED, someone()), conflicts=0)
    expect(ann.locator("[data-copy-report]")).to_have_text(report)
    expect(ann.locator("[data-save-state]")).to_have_attribute("data-save-state", "saved")
    assert idea_title(ann.evaluate(READ_FILE, SHARED_FILE)) == "Titel uit de kopie"

    merge_copy(ann, "organisatie (kopie van Bob).json", copy)  # again: nothing new
    expect(ann.locator("[data-copy-report]")).to_have_text(
        NL["copy.nothing_new"].format(name="organisatie (kopie van Bob).json"))


def test_a_copy_of_another_organisation_is_refused_and_nothing_changes(
        context: BrowserContext, served: str) -> None:
    ann = person(context, served, demo_text())
    before = ann.evaluate(READ_FILE, SHARED_FILE)
    other = demo_document("small", 9, datetime(2025, 3, 1, tzinfo=UTC))
    merge_copy(ann, "andere.json", codec.dumps(other))
    expect(ann.locator("[data-problem]")).to_have_text(NL["copy.other_organisation"].format(
        name="andere.json", organisation=other.organisation.fields["name"]))
    expect(ann.locator("[data-save-state]")).to_have_attribute("data-save-state", "saved")
    assert ann.evaluate(READ_FILE, SHARED_FILE) == before


def test_conflicted_copies_in_the_allowed_folder_are_offered_merged_and_set_aside(
        context: BrowserContext, served: str) -> None:
    page = context.new_page()
    page.goto(served)
    page.wait_for_function("() => document.documentElement.dataset.state === 'ready'")
    onedrive = "organisatie-LAPTOP-BOB.json"
    syncthing = "organisatie.sync-conflict-20261201-101010-ABC1234.json"
    files = {
        SHARED_FILE: codec.dumps(edited_copy("Titel van Ann", "ann",
                                             "2031-01-01T09:00:00.000000Z")),
        onedrive: codec.dumps(edited_copy("Titel van Bob", someone(), number=1)),
        syncthing: codec.dumps(edited_copy("Titel van Cas", "cas",
                                           "2031-01-01T11:00:00.000000Z")),
        "andere.json": demo_text(),
    }
    page.evaluate(IN_FOLDER, [FOLDER, files, SHARED_FILE])
    page.locator('[data-action="open-file"]').first.click()
    expect(page.locator("[data-file-name]")).to_have_text(SHARED_FILE)

    page.click('[data-action="allow-folder"]')
    offer = page.locator("[data-copies-found]")
    expect(offer).to_contain_text(onedrive)
    expect(offer).to_contain_text(syncthing)
    expect(offer).not_to_contain_text("andere.json")
    page.click('[data-action="merge-found"]')
    expect(page.locator("[data-copies-found]")).to_have_count(0)
    expect(page.locator("[data-copy-report]")).to_contain_text("(samengevoegd).json")
    expect(page.locator("[data-save-state]")).to_have_attribute("data-save-state", "saved")

    after = page.evaluate(FOLDER_FILES, FOLDER)
    assert sorted(after) == sorted([
        SHARED_FILE, "andere.json", "organisatie-LAPTOP-BOB (samengevoegd).json",
        "organisatie.sync-conflict-20261201-101010-ABC1234 (samengevoegd).json"])
    assert after["organisatie-LAPTOP-BOB (samengevoegd).json"] == files[onedrive]
    merged = codec.load(after[SHARED_FILE]).document
    assert idea_title(after[SHARED_FILE], 1) == "Titel van Bob"
    assert idea_title(after[SHARED_FILE]) == "Titel van Cas"  # the later of two changes
    (conflict,) = merged.conflicts.values()
    assert conflict.other == "Titel van Ann"
    expect(page.locator("[data-conflicts]")).to_be_visible()
    assert json.loads(after["andere.json"]) == json.loads(files["andere.json"])


# Test-only: OPFS folders are always allowed, so these make the browser answer for a folder
# as it does on a later visit, when the person must allow it again (and then does, or not).
ASK_FOR_FOLDERS_AGAIN = """(allow) => {
  let allowed = false;
  const query = FileSystemDirectoryHandle.prototype.queryPermission;
  FileSystemDirectoryHandle.prototype.queryPermission = async function (options) {
    return allowed ? query.call(this, options) : "prompt";
  };
  FileSystemDirectoryHandle.prototype.requestPermission = async function () {
    if (!allow) throw new DOMException("not allowed here", "SecurityError");
    allowed = true;
    return "granted";
  };
}"""
ROOT_FOLDER_NEXT = """async () => {
  trustworkFiles.useFolderForTests(await navigator.storage.getDirectory());
}"""
BOB = "organisatie-LAPTOP-BOB.json"


def page_with_file_in_folder(context: BrowserContext, served: str) -> Page:
    """A page that opened the shared file from the synced folder, beside Bob's conflicted
    copy; the folder is handed to the page's next folder pick."""
    page = context.new_page()
    page.goto(served)
    wait_until_started(page)
    files = {SHARED_FILE: demo_text(), BOB: codec.dumps(edited_copy("Titel van Bob", someone()))}
    page.evaluate(IN_FOLDER, [FOLDER, files, SHARED_FILE])
    page.locator('[data-action="open-file"]').first.click()
    expect(page.locator("[data-file-name]")).to_have_text(SHARED_FILE)
    return page


def allow_the_folder(page: Page) -> None:
    """Allow the folder and wait until the page found Bob's copy there (and so kept it)."""
    page.click('[data-action="allow-folder"]')
    expect(page.locator("[data-copies-found]")).to_contain_text(BOB)


def reopen(page: Page) -> None:
    page.locator('[data-action="reopen"]').click()
    expect(page.locator("[data-file-name]")).to_have_text(SHARED_FILE)


def test_the_allowed_folder_is_remembered_so_the_next_visit_offers_its_copies_at_once(
        context: BrowserContext, served: str) -> None:
    page = page_with_file_in_folder(context, served)
    allow_the_folder(page)

    page.reload()
    wait_until_started(page)
    reopen(page)
    expect(page.locator("[data-copies-found]")).to_contain_text(BOB)
    expect(page.locator('[data-action="allow-folder"]')).to_have_count(0)
    expect(page.locator('[data-action="allow-folder-again"]')).to_have_count(0)


def test_a_folder_the_browser_wants_allowed_again_takes_one_click(
        context: BrowserContext, served: str) -> None:
    allow_the_folder(page_with_file_in_folder(context, served))
    page = context.new_page()
    page.goto(served)
    wait_until_started(page)
    page.evaluate(ASK_FOR_FOLDERS_AGAIN, True)
    reopen(page)
    again = page.locator('[data-action="allow-folder-again"]')
    expect(again).to_have_text(NL["copy.folder_again"])
    expect(page.locator('[data-action="allow-folder"]')).to_have_count(0)
    expect(page.locator("[data-copies-found]")).to_have_count(0)
    again.click()
    expect(page.locator("[data-copies-found]")).to_contain_text(BOB)
    expect(again).to_have_count(0)


def test_another_folder_the_person_allows_replaces_the_remembered_one(
        context: BrowserContext, served: str) -> None:
    first = page_with_file_in_folder(context, served)
    first.evaluate(ROOT_FOLDER_NEXT)  # a folder above: it holds the file, not Bob's copy
    first.click('[data-action="allow-folder"]')
    expect(first.locator('[data-action="allow-folder"]')).to_have_count(0)
    expect(first.locator("[data-copies-found]")).to_have_count(0)
    first.close()

    page = context.new_page()
    page.goto(served)
    wait_until_started(page)
    page.evaluate(ASK_FOR_FOLDERS_AGAIN, False)
    reopen(page)
    page.click('[data-action="allow-folder-again"]')
    expect(page.locator("[data-problem]")).to_have_text(NL["copy.folder_not_again"])
    page.evaluate("""async (name) => trustworkFiles.useFolderForTests(
      await (await navigator.storage.getDirectory()).getDirectoryHandle(name))""", FOLDER)
    page.click('[data-action="allow-folder"]')
    expect(page.locator("[data-copies-found]")).to_contain_text(BOB)
    page.close()

    last = context.new_page()
    last.goto(served)
    wait_until_started(last)
    reopen(last)
    expect(last.locator("[data-copies-found]")).to_contain_text(BOB)


def test_a_remembered_folder_that_no_longer_holds_the_open_file_is_forgotten(
        context: BrowserContext, served: str) -> None:
    allow_the_folder(page_with_file_in_folder(context, served))
    # The same organisation's file under the same name, but elsewhere (moved, say).
    page = context.new_page()
    page.goto(served)
    wait_until_started(page)
    page.evaluate(HAND_OVER, [SHARED_FILE, demo_text()])
    page.locator('[data-action="open-file"]').first.click()
    expect(page.locator("[data-file-name]")).to_have_text(SHARED_FILE)
    page.wait_for_function(
        "async () => (await trustworkFiles.storeKeys('folder:remembered:')).length === 0")
    expect(page.locator('[data-action="allow-folder"]')).to_be_visible()
    expect(page.locator('[data-action="allow-folder-again"]')).to_have_count(0)
