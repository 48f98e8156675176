"""The trust scan in Firefox ESR: a round with its ballot box made by Firefox's WebCrypto, five
ballots in seminar mode (the form empty after each), closing, and the results per theme."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from support.browser import ROOT

pytestmark = pytest.mark.browser
FIREFOX = os.environ.get("TRUSTWORK_FIREFOX", "/usr/bin/firefox-esr")
TITLE = '<img src=x onerror="window.hacked=1">Scan'


def test_firefox_seals_five_seminar_ballots_and_closes_the_round_to_its_results(
        built_file: Path) -> None:
    arguments = json.dumps({"passphrase": "five candles burning", "title": TITLE})
    finished = subprocess.run(
        ["node", str(ROOT / "tests" / "browser" / "firefox_scan.mjs"), built_file.as_uri(),
         arguments, FIREFOX],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert finished.returncode == 0, finished.stderr
    report = json.loads(finished.stdout.strip().splitlines()[-1])

    assert report["errors"] == []
    assert report["state"] == "open"
    assert report["afterEach"] == [[0, ""]] * 5  # nothing of a person's answers stays
    assert report["groups"] == ["everyone"]  # the demo's teams have no respondents here
    assert report["respondents"] == "5"
    assert report["openness"] == "1 0 0 4 0"
    assert report["weakest"] == "openness"
    assert report["hacked"] is None
    assert report["openAnswers"] == [f"FIREFOX-OPEN-{n}" for n in range(5)]
