"""Reports and exports in real Chromium, through the page of the built file: "Print report"
shows an area (or the organisation overview) as a report and calls the browser's print; the
print stylesheet hides what edits or moves around the app; headless Chromium prints it as an
A4 PDF; "Export CSV" downloads a list a spreadsheet reads back right."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from support.browser import PageRecord, go, open_demo
from trustwork.i18n import CATALOGUE, format_date

pytestmark = pytest.mark.browser
EN, NL = CATALOGUE["en"], CATALOGUE["nl"]
# The browser's print dialog, observed: headless Chromium would otherwise stay "printing"
# and refuse page.pdf(). What the page does up to the call is the app's own.
COUNT_PRINTS = "() => { window.printCalls = 0; window.print = () => { window.printCalls += 1; }; }"
A4_POINTS = (595.28, 841.89)


def printed(page: Page, times: int) -> None:
    """Wait until the page has called the browser's print ``times`` times."""
    page.wait_for_function("(times) => window.printCalls === times", arg=times)


def pdf_pages(pdf: bytes) -> list[tuple[float, float]]:
    """The size in points of each page of a PDF Chromium wrote (one media box a page)."""
    pages = re.findall(rb"/Type\s*/Page(?!s)", pdf)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert len(boxes) == len(pages) > 0
    return [(float(width), float(height)) for width, height in boxes]


def test_print_report_shows_an_area_as_a_report_without_controls_and_prints_it_on_a4(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#ideas")
    page.evaluate(COUNT_PRINTS)
    page.fill("[data-filter]", "tape")  # what the list's filter narrows, the report does not
    page.click('[data-action="print-report"]')
    expect(page.locator('[data-report="ideas"]')).to_be_visible()
    printed(page, 1)
    assert page.url.endswith("#ideas/report")
    expect(page.locator("[data-report-organisation]")).to_have_text("De Voorbeeldgroep")
    today = datetime.now(UTC).date()
    expect(page.locator("[data-report-date]")).to_have_text(
        EN["report.printed"].format(date=format_date(today, "en")))
    rows = page.locator('[data-report] [data-list="idea"] tr[data-record]')
    expect(rows).to_have_count(60)
    assert page.locator('[data-report] [data-list="idea"] tr[data-record]:visible').count() == 60
    # The area's content without what edits it; the report's own buttons beside it.
    for control in ("form", "button", "[data-new]", "[data-action='export-csv']"):
        controls = page.locator(f"[data-report] {control}")
        assert controls.count() > 0
        for element in controls.all():
            expect(element).to_be_hidden()
    page.click('[data-report-tools] [data-action="print"]')
    printed(page, 2)

    page.emulate_media(media="print")
    for hidden in (".topbar", "nav.areas", "[data-report-tools]", ".notices",
                   "[data-region='header'] [data-action='open-file']"):
        for element in page.locator(hidden).all():
            expect(element).to_be_hidden()
    expect(rows.first).to_be_visible()
    expect(page.locator("[data-report-organisation]")).to_be_visible()
    colours = page.evaluate("""() => [getComputedStyle(document.body).backgroundColor,
        getComputedStyle(document.querySelector('[data-report] [data-record-link]')).color]""")
    assert colours == ["rgb(255, 255, 255)", "rgb(0, 0, 0)"]

    sizes = pdf_pages(page.pdf(prefer_css_page_size=True))
    assert len(sizes) > 1, "60 ideas fill more than one page"
    for width, height in sizes:
        assert abs(width - A4_POINTS[0]) < 1 and abs(height - A4_POINTS[1]) < 1
    assert record.errors == []


def test_the_organisation_overview_prints_the_dashboard_without_its_forms(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#dashboard")
    page.evaluate(COUNT_PRINTS)
    page.click('[data-action="print-report"]')
    report = page.locator('[data-report="dashboard"]')
    expect(report).to_be_visible()
    printed(page, 1)
    # What the dashboard shows, it prints: the same view and template.
    expect(report.locator("[data-openness]")).to_be_visible()
    expect(report.locator('.counts [data-kind="idea"]')).to_contain_text("60")
    expect(report.locator('form[data-form="organisation"]')).to_be_hidden()
    expect(report.locator("[data-organisation-history]")).to_be_hidden()
    page.click("[data-report-back]")
    expect(page.locator('[data-action="print-report"]')).to_be_visible()
    assert page.url.endswith("#dashboard")

    # A link that adds a record is a control, too: the grid's "+" (this month has one).
    go(page, "#improvement/report")
    starts = page.locator('[data-report="improvement"] [data-start-project]')
    expect(starts.first).to_be_attached()
    for start in starts.all():
        expect(start).to_be_hidden()
    go(page, "#dashboard")

    # Printing an ordinary page hides the app around it, too.
    page.emulate_media(media="print")
    expect(page.locator("nav.areas")).to_be_hidden()
    expect(page.locator('form[data-form="organisation"]')).to_be_hidden()
    expect(page.locator("[data-openness]")).to_be_visible()
    assert record.errors == []


def read_csv(data: bytes, delimiter: str) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""),
                           delimiter=delimiter))


def test_export_csv_downloads_the_whole_list_in_the_pages_language(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#ideas")
    names = page.locator('[data-list="idea"] [data-record-link]').all_inner_texts()
    page.fill("[data-filter]", "tape")  # the export holds every row, not only those shown
    with page.expect_download() as info:
        page.click('[data-action="export-csv"][data-export="idea"]')
    download = info.value
    today = datetime.now(UTC).date().isoformat()
    assert download.suggested_filename == f"ideas-de-voorbeeldgroep-{today}.csv"
    rows = read_csv(Path(download.path()).read_bytes(), ",")
    assert rows[0][:3] == [EN["field.idea.title"], EN["field.idea.campaign"],
                           EN["field.idea.description"]]
    assert sorted(row[0] for row in rows[1:]) == sorted(names) and len(names) == 60
    assert {row[5] for row in rows[1:]} <= {EN[f"choice.idea.status.{state}"] for state in (
        "submitted", "usable", "not_usable", "duplicate", "in_progress", "done")}
    expect(page.locator("[data-done]")).to_have_text(
        EN["export.downloaded"].format(name=download.suggested_filename))

    page.click('[data-action="set-language"][data-language="nl"]')
    go(page, "#people")
    with page.expect_download() as info:
        page.click('[data-action="export-csv"][data-export="role"]')
    rows = read_csv(Path(info.value.path()).read_bytes(), ";")
    assert info.value.suggested_filename.startswith("rollen-")
    assert rows[0] == [NL[f"field.role.{name}"] for name in (
        "name", "team", "purpose", "accountable_for", "holder", "term_ends")]
    assert all(re.fullmatch(r"\d\d-\d\d-\d{4}|", row[5]) for row in rows[1:])
    assert any(row[5] for row in rows[1:])
    assert record.errors == []


def test_the_trust_scans_results_export_as_the_scan_page_shows_them(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#scan")
    with page.expect_download() as info:
        page.click('[data-action="export-csv"][data-export="scan-results"]')
    rows = read_csv(Path(info.value.path()).read_bytes(), ",")
    assert rows[0][:5] == [EN["scan.round"], EN["export.scan.starts"], EN["export.scan.group"],
                           EN["scan.respondents_short"], EN["export.scan.theme"]]
    latest = page.locator("[data-scan-latest]").inner_text()
    everyone = [row for row in rows[1:] if row[2] == EN["scan.group_everyone"]]
    newest = everyone[-1]  # the rounds oldest first: the last is the latest closed round
    assert newest[0] in latest and newest[3] in latest  # its title and respondents
    themes = {row[4] for row in everyone if row[0] == newest[0]}
    assert len(themes) == 9
    assert all(sum(int(n) for n in row[7:12]) > 0 for row in everyone)
    assert record.errors == []
