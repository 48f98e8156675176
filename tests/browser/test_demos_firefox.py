"""A story demo in Firefox ESR: chosen in the chooser, then following the language switch on
the same page."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from support.browser import firefox_journey
from trustwork.demos import CHOICES, story_document
from trustwork.i18n import CATALOGUE

pytestmark = pytest.mark.browser
NL = CATALOGUE["nl"]


def test_firefox_opens_a_story_and_switches_its_language(built_file: Path) -> None:
    dutch = story_document("engineering", "nl", date.today())
    english = story_document("engineering", "en", date.today())
    pilot = dutch.live("pilot")[0].id
    report: dict[str, Any] = firefox_journey("firefox_demos.mjs", built_file, pilot)

    assert report["errors"] == []
    assert report["choices"] == list(CHOICES)
    assert str(dutch.organisation.fields["name"]) in report["organisation"]
    assert NL["demo.story.engineering.notice"] in report["start"]
    assert str(dutch.records[pilot].fields["title"]) in report["dutchTitle"]
    assert str(english.records[pilot].fields["title"]) in report["englishTitle"]
    assert str(english.organisation.fields["name"]) in report["englishOrganisation"]
    assert report["hash"] == f"#pilots/{pilot}"
