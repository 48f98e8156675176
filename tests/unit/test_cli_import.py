"""Importing a CSV list on the command line: the page's preview and messages, the data file
written atomically (never with --dry-run, never when nothing is taken, never over a file that
cannot be read), the exit code of each failure, and the import taken out again."""

from __future__ import annotations

import os
from pathlib import Path
from unittest import mock

import pytest

from trustwork.cli import EXIT_FILE, EXIT_IMPORT, EXIT_INVALID, EXIT_OK, EXIT_USAGE, main
from trustwork.model.document import Document
from trustwork.store import codec

# Dutch Excel, "CSV UTF-8": a byte-order mark, blank lines, quotes, a ";" inside quotes, a
# name the demo has (Anna Smit, in capitals), a name twice, and a bad date in a role file.
PEOPLE = ("\ufeffNaam;Wat doet;E-mail\r\n"
          "\r\n"
          '"de Vries, José";"planning; inkoop";jose@voorbeeld.nl\r\n'
          ";;\r\n"
          "ANNA SMIT;;anna@voorbeeld.nl\r\n"
          'Zoë Bakker;"zegt ""ja""";\r\n'
          "zoe bakker;;\r\n").encode("utf-8")


@pytest.fixture
def organisation(tmp_path: Path) -> Path:
    target = tmp_path / "org.json"
    assert main(["demo", "-o", str(target)]) == EXIT_OK
    return target


def load(path: Path) -> Document:
    return codec.load(path.read_bytes()).document


def names(document: Document) -> list[str]:
    return sorted(str(record.fields["name"]) for record in document.live("person"))


def run(*arguments: str, language: str = "en") -> int:
    with mock.patch.dict(os.environ, {"LANG": language, "LC_ALL": "", "LC_MESSAGES": ""}):
        return main(list(arguments))


def test_dry_run_prints_the_preview_and_writes_nothing(
        organisation: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "mensen.csv").write_bytes(PEOPLE)
    before = organisation.read_bytes()
    capsys.readouterr()
    assert run("import", str(organisation), "--kind", "person", str(tmp_path / "mensen.csv"),
               "--dry-run", language="nl_NL.UTF-8") == EXIT_OK
    out = capsys.readouterr().out
    assert "mensen.csv: 4 regels — 2 nieuw · 2 lijken op iets dat er al is · 0 met een fout" in out
    assert "regel 5: lijkt op Anna Smit: weggelaten" in out
    assert "regel 7: zelfde naam als een eerdere regel: weggelaten" in out
    assert "Niets geschreven (--dry-run)." in out
    assert organisation.read_bytes() == before


def test_import_writes_the_new_rows_and_undo_import_takes_them_out(
        organisation: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_file = tmp_path / "mensen.csv"
    csv_file.write_bytes(PEOPLE)
    before = names(load(organisation))
    assert run("import", str(organisation), "--kind", "person", str(csv_file),
               "--anyway", "7") == EXIT_OK
    out = capsys.readouterr().out
    assert "Imported 3 people from mensen.csv; 1 rows left out." in out
    after = load(organisation)
    assert sorted(set(names(after)) - set(before)) == ["Zoë Bakker", "de Vries, José",
                                                       "zoe bakker"]
    jose = next(r for r in after.live("person") if r.fields["name"] == "de Vries, José")
    assert jose.fields == {"name": "de Vries, José", "does": "planning; inkoop",
                           "contact": "jose@voorbeeld.nl"}
    import_id = next(line.split()[0] for line in out.splitlines() if line.startswith("import-"))
    assert after.records[import_id].fields["title"] == "mensen.csv"
    assert not list(tmp_path.glob(".org.json.*"))  # the temporary file went

    assert run("undo-import", str(organisation), import_id, "--by", "someone-else") == EXIT_OK
    assert names(load(organisation)) == before
    assert run("undo-import", str(organisation), import_id) == EXIT_INVALID


def test_a_role_file_with_a_bad_date_and_an_unknown_team_names_each_cell_and_imports_nothing(
        organisation: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    roles = tmp_path / "rollen.csv"
    roles.write_bytes("Rol;Team;Vervuld door;Termijn loopt tot\n"
                      "Kassier;Bakkers;Anna Smit;31-02-2026\n".encode("cp1252"))
    before = organisation.read_bytes()
    assert run("import", str(organisation), "--kind", "role", str(roles)) == EXIT_IMPORT
    captured = capsys.readouterr()
    assert 'Team: "Bakkers" is not in the register.' in captured.out
    assert "Term ends: Not a date." in captured.out
    assert "No row would be imported" in captured.err
    assert organisation.read_bytes() == before


def test_an_english_comma_file_of_teams(organisation: Path, tmp_path: Path) -> None:
    teams = tmp_path / "teams.csv"
    teams.write_text('Name,Purpose,Members\nNight shift,"Loading, unloading","Anna Smit"\n',
                     encoding="utf-8")
    assert run("import", str(organisation), "--kind", "team", str(teams)) == EXIT_OK
    team = next(t for t in load(organisation).live("team") if t.fields["name"] == "Night shift")
    assert team.fields["purpose"] == "Loading, unloading"
    assert len(team.fields["members"]) == 1  # type: ignore[arg-type]


def test_ideas_go_into_a_campaign_named_by_its_title(organisation: Path, tmp_path: Path) -> None:
    campaign = load(organisation).live("idea_campaign")[0]
    ideas = tmp_path / "ideeen.csv"
    ideas.write_text("Idee;Toelichting\nZonnepanelen;Op het dak\n", encoding="utf-8")
    assert run("import", str(organisation), "--kind", "idea", str(ideas)) == EXIT_USAGE
    assert run("import", str(organisation), "--kind", "idea", str(ideas), "--campaign",
               str(campaign.fields["title"]).upper()) == EXIT_OK
    idea = next(i for i in load(organisation).live("idea") if i.fields["title"] == "Zonnepanelen")
    assert (idea.fields["campaign"], idea.fields["status"]) == (campaign.id, "submitted")


def test_a_data_file_that_cannot_be_read_is_never_overwritten(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "org.json"
    broken.write_bytes(b'{"format": "trustwork", ')
    (tmp_path / "p.csv").write_bytes(PEOPLE)
    assert run("import", str(broken), "--kind", "person", str(tmp_path / "p.csv")) == EXIT_INVALID
    assert broken.read_bytes() == b'{"format": "trustwork", '


def test_a_missing_csv_or_one_that_is_no_table_gets_its_own_exit_code(
        organisation: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("import", str(organisation), "--kind", "person",
               str(tmp_path / "nowhere.csv")) == EXIT_FILE
    (tmp_path / "leeg.csv").write_bytes(b"\r\n\r\n")
    assert run("import", str(organisation), "--kind", "person", str(tmp_path / "leeg.csv"),
               language="nl_NL.UTF-8") == EXIT_IMPORT
    assert "geen kopregel" in capsys.readouterr().err
