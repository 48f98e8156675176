"""Importing a CSV list in real Chromium, through the page of the built file: a Dutch Excel
file with awkward rows is previewed row by row (errors named per cell, the duplicate marked),
a column is mapped otherwise, the import creates exactly the rows it showed and is taken out
again in one step; ideas are imported on a campaign's page. Run on the demo organisation;
every text from the file is HTML that must show as text."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, FilePayload, Page, expect

from support.browser import READ_FILE, SHARED_FILE, PageRecord, go, open_demo, person
from support.documents import demo_text
from trustwork import importing
from trustwork.i18n import CATALOGUE
from trustwork.store import codec

pytestmark = pytest.mark.browser
EN = CATALOGUE["en"]
PAYLOAD = '<img src=x onerror="window.hacked=1">'

# "CSV UTF-8" as Dutch Excel writes it, with every awkward row at once: a byte-order mark,
# blank lines (one of separators only), quotes and a ";" inside them, a name the demo's
# register has (in capitals), a bad date, a team that does not exist, and HTML in a cell.
ROLES = ("\ufeffRol;Team;Vervuld door;Termijn loopt tot;Opmerking\r\n"
         "\r\n"
         '"Coach; nieuw";Team Inslag;Anna Smit;31-12-2027;"zegt ""ja"""\r\n'
         ";;;;\r\n"
         "Kassier;Team Nergens;;2027-02-30;\r\n"
         f"{PAYLOAD};Team Uitslag;;;\r\n"
         "\r\n").encode()
PEOPLE = ("\ufeffNaam;Functie;E-mail\r\n"
          '"de Vries, José";"planning; inkoop";jose@voorbeeld.nl\r\n'
          "\r\n"
          "ANNA SMIT;onderzoeker;\r\n"
          "Zoë Bakker;;zoe@voorbeeld.nl\r\n").encode("utf-8")


def choose(page: Page, name: str, data: bytes, kind: str = "") -> None:
    """Open the panel, pick the kind (on the register) and choose the file."""
    panel = page.locator("[data-import-panel]")
    if panel.get_attribute("open") is None:
        panel.locator("summary").click()
    if kind:
        page.locator("[data-import-kind]").select_option(kind)
    chosen: FilePayload = {"name": name, "mimeType": "text/csv", "buffer": data}
    page.set_input_files("[data-import-file]", files=[chosen])


def list_names(page: Page, kind: str) -> list[str]:
    return [str(text).strip() for text in page.locator(
        f'[data-list="{kind}"] tbody tr [data-record-link]').all_text_contents()]


def test_a_dutch_excel_list_is_previewed_imported_and_taken_out_again(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#people")
    roles_before = list_names(page, "role")
    choose(page, "rollen.csv", ROLES, kind="role")
    preview = page.locator("[data-import-preview]")
    expect(preview.locator("h3")).to_have_text("rollen.csv: 3 rows")
    expect(preview.locator("[data-import-counts]")).to_have_text(
        EN["import.counts"].format(new=2, duplicate=0, error=1))
    # The columns are mapped from the Dutch header; the remark has no field.
    expect(preview.locator('[data-import-map="0"]')).to_have_value("name")
    expect(preview.locator('[data-import-map="3"]')).to_have_value("term_ends")
    expect(preview.locator('[data-import-map="4"]')).to_have_value("")
    first = preview.locator('[data-import-row="3"]')
    expect(first).to_have_attribute("data-status", "new")
    expect(first.locator("td").nth(2)).to_have_text("Coach; nieuw")
    # The bad row says which cells are wrong, and why.
    wrong = preview.locator('[data-import-row="5"]')
    expect(wrong).to_have_attribute("data-status", "error")
    expect(wrong.locator('[data-cell-error="team"]')).to_contain_text(
        EN["import.error.no_such"].format(name="Team Nergens"))
    expect(wrong.locator('[data-cell-error="term_ends"]')).to_contain_text(EN["form.error.date"])
    html_row = preview.locator('[data-import-row="6"]')
    expect(html_row.locator("td").nth(2)).to_have_text(PAYLOAD)  # shown as text
    expect(preview.locator("[data-import-apply]")).to_have_text(
        EN["import.apply"].format(count=2))

    preview.locator("[data-import-apply]").click()
    expect(page.locator("[data-done]")).to_have_text(EN["import.done"].format(
        count=2, kind="roles", file="rollen.csv", left=1))
    expect(page.locator("[data-import-preview]")).to_have_count(0)
    after = list_names(page, "role")
    assert sorted(set(after) - set(roles_before)) == sorted(["Coach; nieuw", PAYLOAD])
    assert page.evaluate("window.hacked") is None
    coach = page.locator('[data-list="role"] tr', has_text="Coach; nieuw")
    expect(coach).to_contain_text("Anna Smit")
    expect(coach).to_contain_text("31 December 2027")  # the Dutch date, read as a date

    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("[data-import-done] [data-action=undo-import]").click()
    expect(page.locator("[data-done]")).to_have_text(EN["import.undone"].format(
        count=2, file="rollen.csv"))
    assert list_names(page, "role") == roles_before
    assert record.errors == []


def test_a_duplicate_is_left_out_unless_chosen_and_a_column_can_be_mapped_otherwise(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#people")
    choose(page, "mensen.csv", PEOPLE, kind="team")  # the wrong kind first
    preview = page.locator("[data-import-preview]")
    expect(preview).to_have_attribute("data-kind", "team")
    page.locator("[data-import-kind]").select_option("person")  # the same file, as people
    expect(preview).to_have_attribute("data-kind", "person")
    duplicate = preview.locator('[data-import-row="4"]')
    expect(duplicate).to_have_attribute("data-status", "duplicate")
    expect(duplicate).to_contain_text(EN["import.status.duplicate"].format(name="Anna Smit"))
    expect(preview.locator("[data-import-apply]")).to_have_text(
        EN["import.apply"].format(count=2))
    # "Functie" is guessed as what they do; the person says it is left out instead.
    expect(preview.locator('[data-import-map="1"]')).to_have_value("does")
    preview.locator('[data-import-map="1"]').select_option("")
    expect(preview.locator('[data-import-map="1"]')).to_have_value("")
    duplicate.locator("[data-import-anyway]").check()
    expect(preview.locator("[data-import-apply]")).to_have_text(
        EN["import.apply"].format(count=3))
    preview.locator("[data-import-apply]").click()
    expect(page.locator("[data-done]")).to_contain_text("Imported 3 people from mensen.csv")
    jose = page.locator('[data-list="person"] tr', has_text="de Vries, José")
    expect(jose).to_have_count(1)
    expect(jose).not_to_contain_text("planning")  # its column was left out
    assert "ANNA SMIT" in list_names(page, "person")  # the duplicate, created anyway
    # Anyone can take an import out later, from the list of imports still in the file.
    go(page, "#ideas")
    go(page, "#people")
    page.locator("[data-import-panel] summary").click()
    listed = page.locator("[data-imports] li", has_text="mensen.csv")
    expect(listed).to_contain_text("3 people, 3 of them still there")
    page.once("dialog", lambda dialog: dialog.accept())
    listed.locator("[data-action=undo-import]").click()
    expect(page.locator('[data-list="person"] tr', has_text="de Vries, José")).to_have_count(0)
    expect(page.locator("[data-imports] li", has_text="mensen.csv")).to_have_count(0)
    assert record.errors == []


def test_a_file_that_is_no_table_is_said_beside_the_form(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#people")
    choose(page, "leeg.csv", b"\r\n;;\r\n", kind="person")
    expect(page.locator('form[data-form="import-read"] [data-form-error]')).to_have_text(
        EN["import.error.empty"])
    assert record.errors == []


def test_ideas_are_imported_on_a_campaigns_page(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#ideas")
    link = page.locator('[data-list="idea_campaign"] [data-record-link]').first
    title = str(link.text_content()).strip()
    link.click()
    expect(page.locator('[data-record-page][data-kind="idea_campaign"]')).to_be_visible()
    choose(page, "ideeen.csv", "Idee;Toelichting;Ingediend door\r\n"
                               "Zonnepanelen op het dak;Scheelt stroom;Anna Smit\r\n"
                               "Minder printen;;Niemand Bekend\r\n".encode("cp1252"))
    preview = page.locator("[data-import-preview]")
    unknown = preview.locator('[data-import-row="3"] [data-cell-error="submitted_by"]')
    expect(unknown).to_contain_text(EN["import.error.no_such"].format(name="Niemand Bekend"))
    preview.locator("[data-import-apply]").click()
    expect(page.locator("[data-done]")).to_contain_text("Imported 1 ideas from ideeen.csv")
    go(page, "#ideas")
    idea = page.locator('[data-list="idea"] tr', has_text="Zonnepanelen op het dak")
    expect(idea).to_have_count(1)
    expect(idea).to_contain_text(title)  # in the campaign whose page imported it
    assert record.errors == []



def test_an_import_saved_to_the_shared_file_is_taken_out_by_someone_else(
        context: BrowserContext, served: str) -> None:
    text = demo_text()
    document = codec.load(text).document
    before = sorted(str(p.fields["name"]) for p in document.live("person"))
    wanted = importing.preview(document, "person", importing.read_table(PEOPLE)).taken()
    assert {"Zoë Bakker", "de Vries, José"} <= {str(row.fields["name"]) for row in wanted}
    ann = person(context, served, text)
    go(ann, "#people")
    choose(ann, "mensen.csv", PEOPLE, kind="person")
    ann.locator("[data-import-apply]").click()
    expect(ann.locator("[data-import-done]")).to_be_visible()
    ann.click('[data-action="save"]')
    expect(ann.locator("[data-save-state]")).to_have_attribute("data-save-state", "saved")
    saved = codec.load(ann.evaluate(READ_FILE, SHARED_FILE)).document
    imported = next(r for r in saved.live("import") if r.fields["title"] == "mensen.csv")
    made = imported.fields["records"]
    assert isinstance(made, list)
    assert sorted(str(saved.records[str(i)].fields["name"]) for i in made) == sorted(
        str(row.fields["name"]) for row in wanted)

    bob = person(context, served)  # another person, another page, the same file
    go(bob, "#people")
    bob.locator("[data-import-panel] summary").click()
    listed = bob.locator(f'[data-imports] li[data-import-id="{imported.id}"]')
    bob.once("dialog", lambda dialog: dialog.accept())
    listed.locator("[data-action=undo-import]").click()
    expect(listed).to_have_count(0)
    bob.click('[data-action="save"]')
    expect(bob.locator("[data-save-state]")).to_have_attribute("data-save-state", "saved")
    on_disk = codec.load(bob.evaluate(READ_FILE, SHARED_FILE)).document
    assert sorted(str(p.fields["name"]) for p in on_disk.live("person")) == before
    assert on_disk.records[imported.id].is_deleted
