"""The search in Firefox ESR: the main journey through the header (the "/" key, words without
accents, results of several areas with the words marked, a result opened by keyboard)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from support.browser import firefox_journey

pytestmark = pytest.mark.browser


def test_firefox_finds_records_of_several_areas_and_opens_one_by_keyboard(
        built_file: Path) -> None:
    report: dict[str, Any] = firefox_journey("firefox_search.mjs", built_file)

    assert report["errors"] == []
    assert report["focused"] == "search-field"
    assert report["marked"] == "coördinator"
    assert {"people", "improvement", "ideas"} <= set(report["areas"]), report["areas"]
    assert report["firstFocused"] and report["opened"]
    assert report["resultsLeft"] == 0
