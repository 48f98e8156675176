"""Idea campaigns in Firefox ESR: the main journey through the page (a campaign, an anonymous
idea, its verdict with a public reason, a support and a reaction), every text typed as HTML."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from support.browser import ROOT
from trustwork.i18n import CATALOGUE, format_date

pytestmark = pytest.mark.browser
FIREFOX = os.environ.get("TRUSTWORK_FIREFOX", "/usr/bin/firefox-esr")
EN = CATALOGUE["en"]
PAYLOAD = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>'


def test_firefox_runs_a_campaign_from_an_anonymous_idea_to_its_verdict_support_and_reaction(
        built_file: Path) -> None:
    today = datetime.now(UTC).date()
    arguments = json.dumps({"payload": PAYLOAD, "opens": (today - timedelta(days=1)).isoformat(),
                            "closes": (today + timedelta(days=7)).isoformat()})
    finished = subprocess.run(
        ["node", str(ROOT / "tests" / "browser" / "firefox_ideas.mjs"), built_file.as_uri(),
         arguments, FIREFOX],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert finished.returncode == 0, finished.stderr
    report = json.loads(finished.stdout.strip().splitlines()[-1])

    assert report["errors"] == []
    me = report["meName"]
    assert me and me in report["me"]
    assert (report["campaignName"], report["ideaName"], report["reason"], report["reaction"]) == (
        PAYLOAD, PAYLOAD, PAYLOAD, PAYLOAD)
    assert report["criteria"] == [PAYLOAD]
    assert report["campaignState"] == "open" and report["prefilledCampaign"]
    assert report["anonymous"] and report["historyWho"] == 0
    assert report["noReason"] == EN["ideas.error.reason_required"]
    assert report["decided"] == EN["ideas.decided"].format(name=me, date=format_date(today, "en"))
    assert report["toProject"] and report["supports"] == "1"
    assert report["funnel"] == [["submitted", "1"], ["answered", "1"], ["usable", "1"],
                                ["in_progress", "0"], ["done", "0"]]
    assert report["hacked"] is None
