"""The search in Firefox ESR: the main journey through the header (the "/" key, words without
accents, results of several areas with the words marked, a result opened by keyboard)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from support.browser import ROOT

pytestmark = pytest.mark.browser
FIREFOX = os.environ.get("TRUSTWORK_FIREFOX", "/usr/bin/firefox-esr")


def test_firefox_finds_records_of_several_areas_and_opens_one_by_keyboard(
        built_file: Path) -> None:
    finished = subprocess.run(
        ["node", str(ROOT / "tests" / "browser" / "firefox_search.mjs"), built_file.as_uri(),
         FIREFOX],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert finished.returncode == 0, finished.stderr
    report = json.loads(finished.stdout.strip().splitlines()[-1])

    assert report["errors"] == []
    assert report["focused"] == "search-field"
    assert report["marked"] == "coördinator"
    assert {"people", "improvement", "ideas"} <= set(report["areas"]), report["areas"]
    assert report["firstFocused"] and report["opened"]
    assert report["resultsLeft"] == 0
