"""The trust scan in Firefox ESR: a round with its ballot box made by Firefox's WebCrypto, five
ballots in seminar mode (the form empty after each), closing, and the results per theme."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from support.browser import firefox_journey

pytestmark = pytest.mark.browser
TITLE = '<img src=x onerror="window.hacked=1">Scan'


def test_firefox_seals_five_seminar_ballots_and_closes_the_round_to_its_results(
        built_file: Path) -> None:
    arguments = json.dumps({"passphrase": "five candles burning", "title": TITLE})
    report: dict[str, Any] = firefox_journey("firefox_scan.mjs", built_file, arguments)

    assert report["errors"] == []
    assert report["state"] == "open"
    assert report["afterEach"] == [[0, ""]] * 5  # nothing of a person's answers stays
    assert report["groups"] == ["everyone"]  # the demo's teams have no respondents here
    assert report["respondents"] == "5"
    assert report["openness"] == "1 0 0 4 0"
    assert report["weakest"] == "openness"
    assert report["hacked"] is None
    assert report["openAnswers"] == [f"FIREFOX-OPEN-{n}" for n in range(5)]
