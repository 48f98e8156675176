"""Reports and exports in Firefox ESR: "Export CSV" hands the browser the list as a Dutch CSV
file a spreadsheet reads back right, and an area's report shows without its controls."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from support.browser import firefox_journey
from trustwork.i18n import CATALOGUE

pytestmark = pytest.mark.browser
NL = CATALOGUE["nl"]


def test_firefox_downloads_the_ideas_as_a_dutch_csv_and_shows_their_report(
        built_file: Path) -> None:
    report: dict[str, Any] = firefox_journey("firefox_reports.mjs", built_file)

    assert report["errors"] == []
    data = bytes(report["bytes"])
    assert report["type"] == "text/csv;charset=utf-8" and data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:2] == [NL["field.idea.title"], NL["field.idea.campaign"]]
    assert sorted(row[0] for row in rows[1:]) == sorted(report["names"])
    assert len(rows) == 61
    today = datetime.now(UTC).date().isoformat()
    assert report["notice"] == NL["export.downloaded"].format(
        name=f"ideeen-de-voorbeeldgroep-{today}.csv")
    assert report["organisation"] == "De Voorbeeldgroep"
    assert report["visibleControls"] == 0 and report["rows"] == 60
