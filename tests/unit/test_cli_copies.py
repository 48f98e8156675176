"""The command line merges copies without a base: `merge A B -o OUT` and `merge-copies FILE`
with the sync engines' names for conflicted copies."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

import pytest

from support.documents import id_maker
from trustwork.cli import EXIT_INVALID, EXIT_OK, EXIT_OTHER_ORGANISATION, main
from trustwork.demo import demo_document
from trustwork.i18n import CATALOGUE
from trustwork.model.document import Document, Stamp, update_record
from trustwork.store import codec
from trustwork.store.copies import conflicted_copies, set_aside_name

seconds = itertools.count()
new_id = id_maker("cli-change-")
SHARED = demo_document("small", 2, datetime(2025, 3, 1, tzinfo=UTC))
IDEAS = [idea.id for idea in SHARED.live("idea")]


def renamed(document: Document, number: int, title: str, by: str) -> Document:
    """An idea's title changed, later than anything in the demo."""
    stamp = Stamp(f"2031-01-01T00:00:{next(seconds):02d}.000000Z", by)
    return update_record(document, IDEAS[number], {"title": title}, stamp, new_id)


def write(path: Path, document: Document) -> Path:
    path.write_text(codec.dumps(document), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    with mock.patch.dict(os.environ, {"LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}):
        yield


def test_the_sync_engines_names_for_conflicted_copies_are_found() -> None:
    names = [
        "organisatie.json",
        "organisatie-LAPTOP-ANN.json",  # OneDrive, SharePoint
        "organisatie (conflicted copy 2026-12-01).json",  # Google Drive
        "organisatie (Ann's conflicted copy 2026-12-01).json",  # Dropbox
        "organisatie (conflicted copy 2026-12-01 101010).json",  # Nextcloud
        "organisatie.json (conflicted copy 2026-12-01)",
        "organisatie.sync-conflict-20261201-101010-ABC1234.json",  # Syncthing
        "organisatie-LAPTOP-ANN (samengevoegd).json",  # merged before: set aside
        "organisatie (conflicted copy 2026-12-01) (samengevoegd).json",
        "organisatie 2.json", "andere.json", "organisatie.json.tmp", "trustwork.html",
        "organisatie.sync-conflict-2026-ABC.json",
    ]
    assert conflicted_copies("organisatie.json", names) == sorted(names[1:7])


def test_a_merged_copy_is_set_aside_under_a_name_no_file_has() -> None:
    name = "organisatie-LAPTOP-ANN.json"
    assert set_aside_name(name, set()) == "organisatie-LAPTOP-ANN (samengevoegd).json"
    taken = {"organisatie-LAPTOP-ANN (samengevoegd).json"}
    assert set_aside_name(name, taken) == "organisatie-LAPTOP-ANN (samengevoegd 2).json"


def test_merge_of_two_copies_without_a_base_keeps_both_and_says_what_came_in(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ours = write(tmp_path / "ours.json", renamed(SHARED, 0, "Ann's idea", "ann"))
    theirs = write(tmp_path / "theirs.json", renamed(SHARED, 1, "Bob's idea", "bob"))
    output = tmp_path / "merged.json"
    assert main(["merge", str(ours), str(theirs), "-o", str(output)]) == EXIT_OK
    merged = codec.load(output.read_bytes()).document
    assert merged.records[IDEAS[0]].fields["title"] == "Ann's idea"
    assert merged.records[IDEAS[1]].fields["title"] == "Bob's idea"
    assert "1 change(s) by bob, 0 conflict(s)" in capsys.readouterr().out


def test_merge_refuses_a_copy_of_another_organisation_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ours = write(tmp_path / "ours.json", SHARED)
    other = write(tmp_path / "other.json",
                  demo_document("small", 3, datetime(2025, 3, 1, tzinfo=UTC)))
    output = tmp_path / "merged.json"
    assert main(["merge", str(ours), str(other), "-o", str(output)]) == EXIT_OTHER_ORGANISATION
    assert not output.exists()
    assert "another organisation" in capsys.readouterr().err


def test_merge_copies_merges_every_copy_and_sets_each_aside(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared = write(tmp_path / "organisatie.json", renamed(SHARED, 0, "Ann's idea", "ann"))
    onedrive = write(tmp_path / "organisatie-LAPTOP-BOB.json",
                     renamed(SHARED, 1, "Bob's idea", "bob"))
    syncthing = write(tmp_path / "organisatie.sync-conflict-20261201-101010-ABC1234.json",
                      renamed(SHARED, 0, "Cas's idea", "cas"))
    unrelated = write(tmp_path / "andere.json", SHARED)

    assert main(["merge-copies", str(shared), "--dry-run"]) == EXIT_OK
    assert onedrive.exists() and syncthing.exists()
    assert codec.load(shared.read_bytes()).document.records[IDEAS[1]].fields["title"] != (
        "Bob's idea")
    capsys.readouterr()

    assert main(["merge-copies", str(shared)]) == EXIT_OK
    merged = codec.load(shared.read_bytes()).document
    assert merged.records[IDEAS[1]].fields["title"] == "Bob's idea"
    assert merged.records[IDEAS[0]].fields["title"] == "Cas's idea"  # the later change
    (conflict,) = merged.conflicts.values()
    assert conflict.other == "Ann's idea"
    assert not onedrive.exists() and not syncthing.exists() and unrelated.exists()
    assert (tmp_path / "organisatie-LAPTOP-BOB (samengevoegd).json").exists()
    assert (tmp_path / "organisatie.sync-conflict-20261201-101010-ABC1234 (samengevoegd).json"
            ).exists()
    out = capsys.readouterr().out
    assert "1 change(s) by bob" in out and "1 conflict(s)" in out
    assert main(["merge-copies", str(shared)]) == EXIT_OK
    assert codec.load(shared.read_bytes()).document == merged
    assert "No conflicted copies" in capsys.readouterr().out


def test_merge_copies_leaves_a_copy_it_cannot_use_and_says_why(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared = write(tmp_path / "organisatie.json", SHARED)
    other = write(tmp_path / "organisatie (conflicted copy 2026-12-01).json",
                  demo_document("small", 3, datetime(2025, 3, 1, tzinfo=UTC)))
    broken = tmp_path / "organisatie-LAPTOP.json"
    broken.write_text('{"format": "trustwork-organisation"', encoding="utf-8")
    good = write(tmp_path / "organisatie-LAPTOP-BOB.json", renamed(SHARED, 1, "Bob's", "bob"))
    before = other.read_bytes(), broken.read_bytes()
    code = main(["merge-copies", str(shared)])
    assert code in (EXIT_OTHER_ORGANISATION, EXIT_INVALID)
    assert (other.read_bytes(), broken.read_bytes()) == before
    assert not good.exists()
    assert codec.load(shared.read_bytes()).document.records[IDEAS[1]].fields["title"] == "Bob's"
    err = capsys.readouterr().err
    assert "another organisation" in err and "organisatie-LAPTOP.json" in err


def test_the_refusal_speaks_dutch_when_the_environment_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ours = write(tmp_path / "ours.json", SHARED)
    other = write(tmp_path / "other.json",
                  demo_document("small", 3, datetime(2025, 3, 1, tzinfo=UTC)))
    with mock.patch.dict(os.environ, {"LANG": "nl_NL.UTF-8"}):
        code = main(["merge", str(ours), str(other), "-o", str(tmp_path / "out.json")])
    assert code == EXIT_OTHER_ORGANISATION
    expected = CATALOGUE["nl"]["copy.other_organisation"].split("{name}")[1].split("(")[0]
    assert expected in capsys.readouterr().err
