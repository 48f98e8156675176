"""Firefox: open the data file with <input type=file>, save it by download, said plainly."""

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
from trustwork.store import codec

pytestmark = pytest.mark.browser
FIREFOX = os.environ.get("TRUSTWORK_FIREFOX", "/usr/bin/firefox-esr")


def test_firefox_opens_by_input_and_saves_by_download(built_file: Path, tmp_path: Path) -> None:
    data_file = tmp_path / "organisatie.json"
    data_file.write_text(codec.dumps(demo_document("small", 4, datetime(2025, 3, 1, tzinfo=UTC))),
                         encoding="utf-8")
    before = data_file.read_bytes()
    finished = subprocess.run(
        ["node", str(ROOT / "tests" / "browser" / "firefox_data_file.mjs"), built_file.as_uri(),
         str(data_file), FIREFOX],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )
    assert finished.returncode == 0, finished.stderr
    report = json.loads(finished.stdout.strip().splitlines()[-1])
    assert report["errors"] == []
    assert report["explained"], "the empty state must say that saving means downloading"
    assert report["fileName"] == "organisatie.json"
    assert report["saveLabel"] == CATALOGUE["nl"]["file.download"]
    assert report["stateAfter"] == "downloaded"
    downloaded = codec.load(report["downloaded"]).document
    assert downloaded.organisation.fields["name"] == "Bewerkt in Firefox"
    assert data_file.read_bytes() == before, "opening by input must never change the file"
