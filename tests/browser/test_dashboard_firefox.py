"""The dashboard in Firefox ESR: the demo's three outcomes and openness with their charts
drawn (each drawing laid out at a readable size, its bars and points drawn, its month
labels there), the table behind a chart opened, and the period switch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from support.browser import firefox_journey
from trustwork.i18n import CATALOGUE
from trustwork.views.dashboard import CHARTS

pytestmark = pytest.mark.browser
EN = CATALOGUE["en"]


def test_firefox_draws_the_dashboards_charts_and_their_tables(built_file: Path) -> None:
    report: dict[str, Any] = firefox_journey("firefox_dashboard.mjs", built_file)

    assert report["errors"] == []
    assert report["outcomes"] == [EN[f"outcome.{key}"] for key in
                                  ("engagement", "effectiveness", "creativity", "openness")]
    assert all(figure and figure != EN["outcome.none"] for _, figure in report["figures"]
               if _ in ("taking_part", "team_months", "savings", "ideas_per_person"))
    for charts in (report["charts"], report["lastYearCharts"]):
        assert len(charts) == sum(len(kinds) for kinds in CHARTS.values())
        for chart in charts:
            assert chart["width"] > 300 and chart["height"] > 80, chart
            assert chart["marks"] > 0 and chart["drawnMarks"] == chart["marks"], chart
            assert chart["labelsWide"] and chart["labels"], chart
            assert chart["title"] and chart["rows"] == len(chart["labels"]), chart
    savings = next(chart for chart in report["charts"] if chart["key"] == "savings-trend")
    assert savings["tallest"] > 20
    assert next(chart for chart in report["lastYearCharts"]
                if chart["key"] == "savings-trend")["rows"] == 12
    assert report["tableShown"] is True
    assert report["current"] == "last-12-months"
