"""Importing a CSV list in Firefox ESR: the main journey through the page (a Dutch Excel file
of roles in Windows-1252, chosen with the file input; its preview with the errors named per
cell; the import; taking it out again), a cell of HTML shown as text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from support.browser import firefox_journey
from trustwork.i18n import CATALOGUE

pytestmark = pytest.mark.browser
EN = CATALOGUE["en"]
PAYLOAD = '<img src=x onerror="window.hacked=1">'
# Excel's plain "CSV" on a Dutch Windows: Windows-1252, ";", blank lines, quotes.
ROLES = ("Rol;Team;Vervuld door;Termijn loopt tot\r\n"
         "\r\n"
         '"Coördinator; nacht";Team Inslag;Anna Smit;31-12-2027\r\n'
         ";;;\r\n"
         "Kassier;Team Nergens;;2027-02-30\r\n"
         f"{PAYLOAD};;;\r\n").encode("cp1252")


def test_firefox_previews_imports_and_takes_out_a_dutch_excel_list(
        built_file: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "rollen.csv"
    csv_file.write_bytes(ROLES)
    report: dict[str, Any] = firefox_journey("firefox_importing.mjs", built_file, str(csv_file))

    assert report["errors"] == []
    assert report["title"] == "rollen.csv: 3 rows"
    assert report["counts"] == EN["import.counts"].format(new=2, duplicate=0, error=1)
    assert report["mapping"] == ["name", "team", "holder", "term_ends"]
    assert report["cellErrors"] == [
        ["team", EN["import.error.no_such"].format(name="Team Nergens")],
        ["term_ends", EN["form.error.date"]]]
    assert report["apply"] == EN["import.apply"].format(count=2)
    assert report["done"] == EN["import.done"].format(count=2, kind="roles", file="rollen.csv",
                                                      left=1)
    assert sorted(set(report["after"]) - set(report["before"])) == sorted(
        ["Coördinator; nacht", PAYLOAD])
    assert report["undone"] == EN["import.undone"].format(count=2, file="rollen.csv")
    assert report["end"] == report["before"]
    assert report["hacked"] is None
