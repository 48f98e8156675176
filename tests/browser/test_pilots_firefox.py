"""The pilots' main journey in Firefox ESR, through the page of the built file: a page full
of payloads shown as text, two versions compared, joining and leaving, a reaction."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from support.browser import ROOT
from trustwork.i18n import CATALOGUE

pytestmark = pytest.mark.browser
FIREFOX = os.environ.get("TRUSTWORK_FIREFOX", "/usr/bin/firefox-esr")
NL = CATALOGUE["nl"]
PAYLOAD = """# Plan <script>window.hacked = 1</script>

<img src=x onerror="window.hacked = 2">

[a link](javascript:window.hacked=3) and [the web](https://example.org)
"""


def test_firefox_writes_compares_joins_and_reacts_on_a_pilots_page(built_file: Path) -> None:
    finished = subprocess.run(
        ["node", str(ROOT / "tests" / "browser" / "firefox_pilots.mjs"), built_file.as_uri(),
         json.dumps({"payload": PAYLOAD}), FIREFOX],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert finished.returncode == 0, finished.stderr
    report = json.loads(finished.stdout.strip().splitlines()[-1])
    assert report["errors"] == []
    assert report["saved"] == NL["pilots.page_saved"]
    assert report["heading"] == "Plan <script>window.hacked = 1</script>"
    assert report["dangerous"] == 0
    assert report["links"] == ["https://example.org/"]
    assert report["versionsAfter"] == report["versionsBefore"] + 1
    assert report["diff"] == [str(report["versionsBefore"]), str(report["versionsAfter"])]
    assert report["added"] > 0
    assert report["joined"] == NL["pilots.you_joined"]
    assert "Fenna Firefox" in report["participants"]
    assert report["history"] == ["left", "joined"]
    assert report["reacted"] == NL["pilots.reacted"]
    assert "<script>window.hacked = 1</script>" in report["reaction"]
    assert report["hacked"] is None
