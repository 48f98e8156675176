"""Presentation mode in Firefox ESR: start it, step through the tour by keys, Escape."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from support.browser import firefox_journey

pytestmark = pytest.mark.browser


def test_firefox_presents_the_demo_by_keyboard_and_escape_returns(built_file: Path) -> None:
    report: dict[str, Any] = firefox_journey("firefox_presentation.mjs", built_file)

    assert report["errors"] == []
    assert report["started"] == {"step": "1 / 8", "hash": "#dashboard", "area": "dashboard"}
    assert report["formsVisible"] == 0
    steps = [(step["key"], step["step"], step["area"]) for step in report["steps"]]
    assert steps == [("ArrowRight", "2 / 8", "people"), ("PageDown", "3 / 8", "improvement"),
                     ("ArrowLeft", "2 / 8", "people"), ("PageUp", "1 / 8", "dashboard"),
                     ("End", "8 / 8", "scan")]
    assert report["left"] == {"step": None, "hash": "#ideas", "area": "ideas"}
    assert report["formsAfter"] > 0
