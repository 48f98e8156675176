"""The command line's ``export`` (a list as CSV) and ``report`` (the organisation as one HTML
file), with their messages and exit codes at the edge."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import pytest

from trustwork.cli import EXIT_FILE, EXIT_INVALID, EXIT_OK, EXIT_USAGE, STYLESHEET, main
from trustwork.demo import demo_document
from trustwork.i18n import CATALOGUE
from trustwork.kinds import REGISTRY
from trustwork.store import codec
from trustwork.views.report import report_areas


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    target = tmp_path / "demo.json"
    target.write_text(codec.dumps(demo_document("small", 1, datetime(2025, 1, 6, tzinfo=UTC))),
                      encoding="utf-8")
    return target


def test_export_writes_the_ideas_as_dutch_csv_to_standard_output(
        demo: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["export", str(demo), "--what", "ideas", "--format", "csv",
                 "--language", "nl"]) == EXIT_OK
    data = capsysbinary.readouterr().out
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:2] == ["Idee", "Ronde"]
    ideas = codec.load(demo.read_bytes()).document.live("idea")
    assert len(rows) == 1 + len(ideas) == 61


def test_export_writes_english_csv_into_a_file_with_o(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "rules.csv"
    assert main(["export", str(demo), "--what", "rules", "--language", "en",
                 "-o", str(target)]) == EXIT_OK
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0][0] == "Rule (one sentence)" and len(rows) > 1
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}|", row[4]) for row in rows[1:])


def test_export_speaks_the_environments_language_without_language(
        demo: Path, capsysbinary: pytest.CaptureFixture[bytes],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert main(["export", str(demo), "--what", "teams"]) == EXIT_OK
    assert capsysbinary.readouterr().out.decode("utf-8-sig").startswith("Naam;Doel;")


def test_export_of_an_unknown_list_names_the_lists_there_are_with_the_usage_code(
        demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert main(["export", str(demo), "--what", "bananas"]) == EXIT_USAGE
    error = capsys.readouterr().err
    assert "Er is geen lijst “bananas”" in error and "ideas, projects, decisions" in error


def test_export_and_report_of_an_unreadable_or_invalid_file_say_so_with_their_codes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.json"
    assert main(["export", str(missing), "--what", "ideas"]) == EXIT_FILE
    assert main(["report", str(missing), "-o", str(tmp_path / "r.html")]) == EXIT_FILE
    assert str(missing) in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["export", str(broken), "--what", "ideas"]) == EXIT_INVALID
    assert main(["report", str(broken), "-o", str(tmp_path / "r.html")]) == EXIT_INVALID
    assert not (tmp_path / "r.html").exists()


def test_export_refuses_a_format_it_does_not_write() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "x.json", "--what", "ideas", "--format", "xlsx"])
    assert exit_info.value.code == EXIT_USAGE


def test_report_writes_one_self_contained_file_with_the_overview_and_every_area(
        demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    assert main(["report", str(demo), "-o", str(target), "--language", "en"]) == EXIT_OK
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and '<html lang="en">' in html
    # The app's stylesheet inside, print rules and all; nothing to load, no script.
    assert STYLESHEET.read_text(encoding="utf-8").strip()[:200] in html and "@media print" in html
    assert not re.search(r"<script|<link|src=\"http", html)
    assert "default-src 'none'" in html
    shown = re.findall(r'<section class="area report report-area" id="report-(\w+)"', html)
    assert shown == [area.key for area in report_areas()] and shown[0] == "dashboard"
    for area in report_areas():
        assert f"<h1>{escape(CATALOGUE['en']['nav.' + area.key])}</h1>" in html
    assert "De Voorbeeldgroep" in html and "Organisation overview" in html
    # The areas' own lists, as the app shows them: the ideas by name.
    document = codec.load(demo.read_bytes()).document
    idea = document.live("idea")[0].fields["title"]
    assert isinstance(idea, str) and idea in html
    assert f'data-list="{REGISTRY.spec("idea").name}"' in html


def test_report_escapes_what_people_typed(demo: Path, tmp_path: Path) -> None:
    text = demo.read_text(encoding="utf-8").replace(
        "De Voorbeeldgroep", "<script>alert(1)</script>")
    hostile = tmp_path / "hostile.json"
    hostile.write_text(text, encoding="utf-8")
    target = tmp_path / "report.html"
    assert main(["report", str(hostile), "-o", str(target)]) == EXIT_OK
    html = target.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
