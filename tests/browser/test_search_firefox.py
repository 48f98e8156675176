"""The search in Firefox ESR: the main journey through the header (the "/" key, words without
accents, results of several areas with the words marked, a result opened by keyboard), and
what changed since the person last looked, until they mark it all as seen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from support.browser import firefox_journey

pytestmark = pytest.mark.browser


def test_firefox_searches_everything_by_keyboard_and_shows_what_changed_since_the_last_look(
        built_file: Path) -> None:
    # The demo's story ends this month; a look half a year ago leaves months of news.
    since = (datetime.now(UTC) - timedelta(days=183)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    report: dict[str, Any] = firefox_journey("firefox_search.mjs", built_file, since)

    assert report["errors"] == []
    assert report["focused"] == "search-field"
    assert report["marked"] == "coördinator"
    assert {"people", "improvement", "ideas"} <= set(report["areas"]), report["areas"]
    assert report["firstFocused"] and report["opened"]
    assert report["resultsLeft"] == 0
    assert report["unseen"] > report["listed"] == 20
    assert report["navCounts"] and all(count > 0 for count in report["navCounts"])
    assert report["navAfter"] == 0
