"""The command line: the same package on CPython, with messages and exit codes at the edge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trustwork import __version__
from trustwork.cli import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_READ_ONLY,
    EXIT_USAGE,
    main,
)
from trustwork.store import codec


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_without_a_command_it_explains_itself(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == EXIT_OK
    assert "usage: trustwork" in capsys.readouterr().out


def test_wrong_arguments_exit_with_the_usage_code() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["merge", "only-one-file"])
    assert exit_info.value.code == EXIT_USAGE


def test_demo_writes_a_file_that_validates(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demo.json"
    assert main(["demo", "-o", str(target)]) == EXIT_OK
    assert main(["validate", str(target)]) == EXIT_OK
    assert "OK" in capsys.readouterr().out
    assert codec.load(target.read_text(encoding="utf-8")).document.live("team")


def test_the_same_seed_gives_the_same_demo_byte_for_byte(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    main(["demo", "-o", str(first), "--seed", "5"])
    main(["demo", "-o", str(second), "--seed", "5"])
    assert first.read_bytes() == second.read_bytes()


def test_stats_counts_records_by_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demo.json"
    main(["demo", "-o", str(target)])
    capsys.readouterr()
    assert main(["stats", str(target)]) == EXIT_OK
    output = capsys.readouterr().out
    assert "  idea: 60" in output and "open conflicts: 0" in output
    for kind in ("idea_campaign", "idea_support", "idea_reaction"):
        assert f"  {kind}: " in output


def test_an_invalid_file_is_reported_with_where_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "trustwork-organisation",', encoding="utf-8")
    before = broken.read_bytes()
    assert main(["validate", str(broken)]) == EXIT_INVALID
    assert "geen leesbaar JSON-bestand" in capsys.readouterr().err
    assert main(["demo", "-o", str(broken)]) == EXIT_INVALID
    assert broken.read_bytes() == before


def test_merge_keeps_both_sides_and_reports_a_conflict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "base.json"
    main(["demo", "-o", str(base)])
    raw = json.loads(base.read_text(encoding="utf-8"))
    ours, theirs = json.loads(json.dumps(raw)), json.loads(json.dumps(raw))
    idea, other_idea = ours["records"]["idea"][0], ours["records"]["idea"][1]
    later = {"at": "2030-01-01T00:00:00Z", "by": "ann"}
    idea["fields"]["title"] = "Ann's title"
    idea.setdefault("stamps", {})["title"] = later
    other_idea["fields"]["status"] = "done"
    other_idea.setdefault("stamps", {})["status"] = later
    their_idea = theirs["records"]["idea"][0]
    their_idea["fields"]["title"] = "Bob's title"
    their_idea.setdefault("stamps", {})["title"] = {"at": "2030-01-02T00:00:00Z", "by": "bob"}
    for name, content in (("ours", ours), ("theirs", theirs)):
        (tmp_path / f"{name}.json").write_text(json.dumps(content), encoding="utf-8")
    output = tmp_path / "merged.json"
    assert main(["merge", str(base), str(tmp_path / "ours.json"), str(tmp_path / "theirs.json"),
                 "-o", str(output)]) == EXIT_OK
    merged = codec.load(output.read_text(encoding="utf-8")).document
    assert merged.records[idea["id"]].fields["title"] == "Bob's title"
    assert merged.records[other_idea["id"]].fields["status"] == "done"
    (conflict,) = merged.conflicts.values()
    assert conflict.other == "Ann's title"
    assert "1 new conflicts" in capsys.readouterr().out


def test_a_file_from_a_newer_trustwork_is_never_written_over(tmp_path: Path) -> None:
    newer = tmp_path / "newer.json"
    main(["demo", "-o", str(newer)])
    raw = json.loads(newer.read_text(encoding="utf-8"))
    raw["schema_version"] = 2
    newer.write_text(json.dumps(raw), encoding="utf-8")
    before = newer.read_bytes()
    assert main(["demo", "-o", str(newer)]) == EXIT_READ_ONLY
    assert newer.read_bytes() == before


def test_history_shows_who_changed_a_record_and_when(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "demo.json"
    main(["demo", "-o", str(target)])
    ideas = codec.load(target.read_text(encoding="utf-8")).document.live("idea")
    # An anonymous idea is never in the change log: take one that gave its name.
    idea = next(idea for idea in ideas if idea.fields.get("anonymous") is not True)
    capsys.readouterr()
    assert main(["history", str(target), idea.id]) == EXIT_OK
    line = capsys.readouterr().out.strip()
    assert " create (" in line and idea.created.at in line
    assert main(["history", str(target), "no-such-record"]) == EXIT_INVALID


def test_a_name_in_the_file_cannot_send_control_sequences_to_the_terminal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demo.json"
    assert main(["demo", "-o", str(target)]) == EXIT_OK
    raw = json.loads(target.read_text(encoding="utf-8"))
    raw["organisation"]["fields"]["name"] = "Acme\x1b[2J\u202eevil"
    target.write_text(json.dumps(raw), encoding="utf-8")
    capsys.readouterr()
    assert main(["validate", str(target)]) == EXIT_OK
    assert main(["stats", str(target)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    assert "Acme\\x1b[2J\\u202eevil" in out
