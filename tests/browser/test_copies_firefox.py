"""Firefox: merge a downloaded or mailed copy into the open file, and the safe routine for
saving by download, said in the page."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from support.browser import ROOT
from trustwork.demo import demo_document
from trustwork.i18n import CATALOGUE
from trustwork.model.document import Stamp, update_record
from trustwork.overview import person_name
from trustwork.store import codec

pytestmark = pytest.mark.browser
FIREFOX = os.environ.get("TRUSTWORK_FIREFOX", "/usr/bin/firefox-esr")
NL = CATALOGUE["nl"]


def test_firefox_merges_a_copy_into_the_open_file_and_refuses_another_organisation(
        built_file: Path, tmp_path: Path) -> None:
    shared = demo_document("small", 4, datetime(2025, 3, 1, tzinfo=UTC))
    idea, author = shared.live("idea")[0], shared.live("person")[0].id
    ids = iter(["change-from-the-download"])
    copy = update_record(shared, idea.id, {"title": "Uit de download"},
                         Stamp("2031-01-01T10:00:00.000000Z", author), lambda: next(ids))
    files = {"organisatie.json": shared, "organisatie (download).json": copy,
             "andere.json": demo_document("small", 5, datetime(2025, 3, 1, tzinfo=UTC))}
    for name, document in files.items():
        (tmp_path / name).write_text(codec.dumps(document), encoding="utf-8")
    before = (tmp_path / "organisatie.json").read_bytes()
    finished = subprocess.run(
        ["node", str(ROOT / "tests" / "browser" / "firefox_copies.mjs"), built_file.as_uri(),
         *(str(tmp_path / name) for name in files), FIREFOX],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )
    assert finished.returncode == 0, finished.stderr
    report = json.loads(finished.stdout.strip().splitlines()[-1])
    assert report["errors"] == []
    assert report["routine"] == NL["file.download_routine"]
    assert report["routineBeforeOpening"] == NL["file.download_routine"]
    assert report["copyReport"] == NL["copy.merged"].format(
        name="organisatie (download).json", changes=1, people=person_name(shared, author),
        conflicts=0)
    assert report["stateAfter"] == "downloaded"
    downloaded = codec.load(report["downloaded"]).document
    assert downloaded.records[idea.id].fields["title"] == "Uit de download"
    assert report["refusal"] == NL["copy.other_organisation"].format(
        name="andere.json", organisation=files["andere.json"].organisation.fields["name"])
    assert report["downloadsAfterRefusal"] == 1
    assert (tmp_path / "organisatie.json").read_bytes() == before
