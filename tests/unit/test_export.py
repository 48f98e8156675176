"""The CSV export: every list with its columns from the registry, values as people read them
in their language, and files a spreadsheet reads back right (the "spreadsheet test")."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from itertools import count

import pytest

from trustwork.commands import CreateRecord, DeleteRecord, handle, ids_needed
from trustwork.confidential import ITERATIONS, Sealed, TeamLock, lock_to_value, stored_fields
from trustwork.demo import demo_document
from trustwork.errors import UnknownListError
from trustwork.export import LISTS, export_csv, list_names, shown_fields, table
from trustwork.i18n import CATALOGUE, Language
from trustwork.kinds import REGISTRY
from trustwork.model.document import Document, Stamp, new_document

NUMBERS = count()
TODAY = date(2026, 12, 1)
TRICKY = 'Koffie; "gratis"\nvoor iedereen, ook \'s avonds'


def at(day: int, by: str = "p-ann") -> Stamp:
    return Stamp(f"2026-03-{day:02d}T09:00:00.000000Z", by)


def run(document: Document, command: object, day: int = 2) -> Document:
    ids = iter(f"change-{next(NUMBERS)}" for _ in range(ids_needed(command)))  # type: ignore[arg-type]
    return handle(document, command, at(day), ids)  # type: ignore[arg-type]


def organisation() -> Document:
    ids = iter(["change-org"])
    document = new_document("Bakkerij & Zo", "org", at(1), lambda: next(ids))
    for command in (
        CreateRecord("person", "p-ann", {"name": "Ann Smit"}),
        CreateRecord("person", "p-bob", {"name": "Bob de Groot"}),
        CreateRecord("team", "t-1", {"name": "Team Inslag", "members": ["p-ann", "p-bob"],
                                     "lock": lock_to_value(LOCK)}),
        CreateRecord("idea_campaign", "c-1", {"title": "Besparen", "opens": "2026-03-01"}),
        CreateRecord("idea", "i-1", {"title": TRICKY, "campaign": "c-1",
                                     "submitted_by": "p-bob", "status": "usable"}),
        CreateRecord("improvement_project", "ip-1", {
            "title": "Minder zoeken", "team": "t-1", "month": "2026-03", "status": "done",
            "people": ["p-ann", "p-bob"], "baseline": 30, "goal": 12.5,
            "saving_realised": 1234.5, "measured": -3, "problem": "=HYPERLINK(\"x\")"}),
    ):
        document = run(document, command)
    return document


def read_back(data: bytes, language: Language) -> list[list[str]]:
    """What a spreadsheet makes of the file: Dutch with ';', English with ','."""
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""),
                           delimiter=";" if language == "nl" else ","))


def exported(document: Document, what: str, language: Language) -> list[list[str]]:
    return read_back(export_csv(document, what, language, TODAY)[1], language)


SEALED = Sealed("k1", "aXZpdml2aXZpdml2", "Y2lwaGVydGV4dA==")
LOCK = TeamLock("k1", "c2FsdHNhbHRzYWx0c2FsdA==", ITERATIONS, Sealed("k1", "aXY=", "Y2hlY2s="))


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("what", sorted(set(LISTS) - {"scan-results"}))
def test_every_named_list_has_a_column_per_field_titled_in_the_language_and_a_row_per_record(
        what: str, language: Language) -> None:
    document = demo_document("small", 1, datetime(2025, 1, 6, 9, tzinfo=UTC))
    rows = exported(document, what, language)
    kind = REGISTRY.spec({"ideas": "idea", "projects": "improvement_project",
                          "decisions": "proposal", "rules": "rule", "pilots": "pilot",
                          "people": "person", "teams": "team", "roles": "role"}[what])
    assert rows[0] == [CATALOGUE[language][f"field.{kind.name}.{spec.name}"]
                       for spec in shown_fields(kind)]
    assert len(rows) - 1 == len(document.live(kind.name)) > 0
    assert all(len(row) == len(rows[0]) for row in rows)


def test_the_dutch_file_has_a_bom_semicolons_and_reads_back_with_a_semicolon_a_quote_and_a_newline(
        ) -> None:
    name, data = export_csv(organisation(), "ideas", "nl", TODAY)
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    assert name == "ideeen-bakkerij-zo-2026-12-01.csv"
    rows = read_back(data, "nl")
    assert rows[0][:4] == ["Idee", "Ronde", "Toelichting", "Ingediend door"]
    assert rows[1][:2] == [TRICKY, "Besparen"]
    assert rows[1][3] == "Bob de Groot" and rows[1][5] == "bruikbaar"


def test_the_english_file_has_commas_and_reads_back_with_the_same_values() -> None:
    name, data = export_csv(organisation(), "ideas", "en", TODAY)
    assert data.startswith(b"\xef\xbb\xbf") and b";" in data  # the ; inside the title only
    rows = read_back(data, "en")
    assert name == "ideas-bakkerij-zo-2026-12-01.csv"
    assert rows[0][:4] == ["Idea", "Campaign", "Explanation", "Submitted by"]
    assert rows[1][:2] == [TRICKY, "Besparen"] and rows[1][5] == "usable"


def test_people_teams_and_records_are_named_never_by_their_ids() -> None:
    data = export_csv(organisation(), "projects", "en", TODAY)[1]
    rows = read_back(data, "en")
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Team"] == "Team Inslag" and row["Who worked on it"] == "Ann Smit, Bob de Groot"
    assert b"p-ann" not in data and b"t-1" not in data
    assert exported(organisation(), "ideas", "en")[1][1] == "Besparen"  # the campaign, by name


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", {"month": "2026-03", "baseline": "30", "goal": "12,5", "realised": "1234,5",
            "measured": "-3"}),
    ("en", {"month": "2026-03", "baseline": "30", "goal": "12.5", "realised": "1234.5",
            "measured": "-3"}),
])
def test_numbers_have_the_languages_decimal_mark_and_no_thousands_separator(
        language: Language, expected: dict[str, str]) -> None:
    rows = exported(organisation(), "projects", language)
    fields = [spec.name for spec in shown_fields(REGISTRY.spec("improvement_project"))]
    row = dict(zip(fields, rows[1], strict=True))
    assert {"month": row["month"], "baseline": row["baseline"], "goal": row["goal"],
            "realised": row["saving_realised"], "measured": row["measured"]} == expected


def test_dates_read_as_dates_in_each_language() -> None:
    assert exported(organisation(), "idea_campaign", "nl")[1][3] == "01-03-2026"
    assert exported(organisation(), "idea_campaign", "en")[1][3] == "2026-03-01"


def test_a_text_a_spreadsheet_would_run_as_a_formula_is_shown_as_text() -> None:
    rows = exported(organisation(), "projects", "en")
    fields = [spec.name for spec in shown_fields(REGISTRY.spec("improvement_project"))]
    row = dict(zip(fields, rows[1], strict=True))
    assert row["problem"] == "'=HYPERLINK(\"x\")" and row["measured"] == "-3"


def test_a_confidential_record_exports_no_sealed_content_and_its_title_only_when_shown() -> None:
    document = run(organisation(), CreateRecord("team_record", "n-1", stored_fields(
        "t-1", "Acme contract", False, SEALED)))
    document = run(document, CreateRecord("team_record", "n-2", stored_fields(
        "t-1", "Shown title", True, SEALED)))
    document = run(document, CreateRecord("team_record", "n-3", {
        "title": "Open note", "team": "t-1", "client": "Acme", "body": "open to all"}))
    data = export_csv(document, "team_record", "en", TODAY)[1]
    rows = read_back(data, "en")
    assert rows[0] == ["Title", "Team", "Client", "Notes, contract terms, figures",
                       "Confidential"]
    assert sorted(rows[1:]) == sorted([["", "Team Inslag", "", "", "yes"],
                                       ["Shown title", "Team Inslag", "", "", "yes"],
                                       ["Open note", "Team Inslag", "Acme", "open to all", ""]])
    assert b"Acme contract" not in data and SEALED.data.encode() not in data


def test_an_anonymous_idea_names_no_person_even_where_a_hand_edited_file_put_one() -> None:
    document = run(organisation(), CreateRecord("idea", "i-2", {
        "title": "Anoniem idee", "campaign": "c-1", "anonymous": True,
        "submitted_by": "p-ann", "decided_by": "p-bob", "status": "usable"}))
    rows = exported(document, "ideas", "en")
    row = next(dict(zip(rows[0], row, strict=True)) for row in rows[1:]
               if row[0] == "Anoniem idee")
    assert row["Submitted by"] == "" and row["Decided by"] == ""
    assert row["Hand it in anonymously"] == "yes"


def test_deleted_records_are_not_exported() -> None:
    document = run(organisation(), DeleteRecord("i-1"), day=3)
    assert exported(document, "ideas", "en") == [exported(document, "ideas", "en")[0]]


def test_every_listed_kind_is_a_list_and_anything_else_a_named_error() -> None:
    document = organisation()
    names = list_names()
    assert {"ideas", "projects", "decisions", "rules", "pilots", "people", "teams", "roles",
            "value", "scan_round", "vision"} <= set(names)
    assert table(document, "value", "nl").title == CATALOGUE["nl"]["kind.list.value"]
    for unknown in ("idea_support", "nothing", ""):
        with pytest.raises(UnknownListError) as raised:
            table(document, unknown, "en")
        assert raised.value.names == names


def test_the_trust_scans_stored_results_export_per_round_group_and_foundation() -> None:
    """Only what closing a round stored: the groups that passed, per foundation of trust,
    with the respondents, the average, the share positive and the count of each answer."""
    document = organisation()
    for command in (
        CreateRecord("team", "t-bak", {"name": "Bakkers"}),
        CreateRecord("scan_round", "r1", {"title": "Voorjaar", "starts": "2026-03-01",
                                          "closed": "2026-03-20"}),
        CreateRecord("scan_result", "r1-all", {
            "round": "r1", "group": "everyone", "respondents": 6,
            "counts": {"goals.1": [0, 1, 1, 2, 2], "goals.2": [0, 0, 2, 2, 2]}}),
        CreateRecord("scan_result", "r1-bak", {
            "round": "r1", "group": "t-bak", "respondents": 5,
            "counts": {"goals.1": [0, 1, 1, 2, 1]}}),
    ):
        document = run(document, command)
    _name, data = export_csv(document, "scan-results", "nl", TODAY)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    nl = CATALOGUE["nl"]
    assert rows[0][:7] == [nl["scan.round"], nl["export.scan.starts"], nl["export.scan.group"],
                           nl["scan.respondents_short"], nl["export.scan.theme"],
                           nl["scan.average"], nl["scan.positive"]]
    goals = [row for row in rows[1:] if row[4] == nl["scan.theme.goals"]]
    # Everyone: 12 answers to the two statements, 8 of them 4 or 5 (66,7 %); the average
    # is (1·2 + 3·3 + 4·4 + 4·5) / 12 = 47 / 12 = 3,92.
    assert goals[0] == ["Voorjaar", "01-03-2026", nl["scan.group_everyone"], "6",
                        nl["scan.theme.goals"], "3,92", "66,7", "0", "1", "3", "4", "4"]
    assert goals[1][2:4] == ["Bakkers", "5"]
    assert all(row[0] == "Voorjaar" for row in rows[1:])
    assert "scan-results" in list_names()
