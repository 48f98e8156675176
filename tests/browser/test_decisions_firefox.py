"""Decisions by consent in Firefox ESR: the main journey through the page (a proposal, an
objection that needs its reason and blocks adoption, an amendment, consent to the new
version, the outcome, the filtered decision log, a signal on a rule), every text typed as
HTML."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from support.browser import ROOT
from trustwork.i18n import CATALOGUE

pytestmark = pytest.mark.browser
FIREFOX = os.environ.get("TRUSTWORK_FIREFOX", "/usr/bin/firefox-esr")
EN = CATALOGUE["en"]
PAYLOAD = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>'


def test_firefox_decides_a_proposal_by_consent_and_finds_it_in_the_log(built_file: Path) -> None:
    review = (datetime.now(UTC).date() + timedelta(days=365)).isoformat()
    finished = subprocess.run(
        ["node", str(ROOT / "tests" / "browser" / "firefox_decisions.mjs"), built_file.as_uri(),
         json.dumps({"payload": PAYLOAD, "review": review}), FIREFOX],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert finished.returncode == 0, finished.stderr
    report = json.loads(finished.stdout.strip().splitlines()[-1])

    assert report["errors"] == []
    assert (report["name"], report["text"], report["reason"], report["rationale"],
            report["signal"]) == (PAYLOAD, PAYLOAD, PAYLOAD, PAYLOAD, PAYLOAD)
    assert report["noReason"] == EN["decisions.error.objection_reason"]
    assert report["stands"] == EN["decisions.error.objection_stands"].format(count=1)
    assert report["amended"] == f"2: {PAYLOAD}" and report["earlier"]
    assert report["closed"]
    assert report["log"] == [report["proposal"]]
    assert report["hacked"] is None
