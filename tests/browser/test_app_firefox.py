"""The built single file in real Firefox ESR over file:// (puppeteer-core, WebDriver BiDi)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from support.browser import LOCAL_SCHEMES, ROOT
from trustwork.i18n import CATALOGUE
from trustwork.kinds import AREAS

pytestmark = pytest.mark.browser
FIREFOX = os.environ.get("TRUSTWORK_FIREFOX", "/usr/bin/firefox-esr")


def test_firefox_starts_from_the_snapshot_visits_every_area_and_remembers_the_language(
    built_file: Path,
) -> None:
    script = ROOT / "tests" / "browser" / "firefox_walkthrough.mjs"
    finished = subprocess.run(
        ["node", str(script), built_file.as_uri(), FIREFOX],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )
    assert finished.returncode == 0, finished.stderr
    report = json.loads(finished.stdout.strip().splitlines()[-1])

    assert report["state"] == "ready", report.get("bootError")
    assert report["errors"] == []
    assert report["requests"], "no request was recorded at all: the recorder is not working"
    assert [url for url in report["requests"] if not url.startswith(LOCAL_SCHEMES)] == []
    assert [area["key"] for area in report["areas"]] == [area.key for area in AREAS]
    for area in report["areas"]:
        assert area["heading"] == CATALOGUE["nl"][f"nav.{area['key']}"]
        assert area["current"] == "page"
    assert report["navAfterSwitch"].endswith(CATALOGUE["en"]["nav.people"])
    assert report["languageAfterReload"] == "en"
    assert report["snapshot"]["status"] == "used", report["snapshot"]
    assert report["snapshotAfterReload"] == "used"
    assert report["navAfterReload"].endswith(CATALOGUE["en"]["nav.people"])
    assert report["violationsOfTheApp"] == [], "the app broke its own security policy"
    assert report["violationsOfTheInjection"] == ["script-src-attr"]
    assert report["injectedRan"] is False
    assert all("script-src-attr" in error for error in report["errorsOfTheInjection"])
