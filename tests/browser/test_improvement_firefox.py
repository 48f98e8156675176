"""Continuous improvement's main journey in Firefox ESR, through the page: the grid starts a
team's project from an empty month, the board moves it, a step is added and ticked off, and
the project is carried into the next month (tests/browser/firefox_improvement.mjs)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from support.browser import ROOT

pytestmark = pytest.mark.browser
FIREFOX = os.environ.get("TRUSTWORK_FIREFOX", "/usr/bin/firefox-esr")


def next_month(month: str) -> str:
    year, number = int(month[:4]), int(month[5:])
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


def test_firefox_runs_the_grid_the_board_the_steps_and_carrying_a_project_on(
        built_file: Path) -> None:
    finished = subprocess.run(
        ["node", str(ROOT / "tests" / "browser" / "firefox_improvement.mjs"),
         built_file.as_uri(), "Pallets recyclen <b>nu</b>", FIREFOX],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert finished.returncode == 0, finished.stderr
    report = json.loads(finished.stdout.strip().splitlines()[-1])
    assert "failure" not in report, report
    assert report["errors"] == []
    assert report["prefilled"] == {"team": report["gapTeam"], "month": report["gapMonth"]}
    assert report["cellAfter"] == {"month": report["gapMonth"], "gap": False}
    assert report["moved"]
    assert report["stepsDone"] == "1 of 1 steps done"
    assert report["carried"].startswith("#improvement/improvement-project-")
    assert report["carriedMonth"] == next_month(report["gapMonth"])
