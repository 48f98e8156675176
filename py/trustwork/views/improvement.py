"""What the improvement area shows beyond the generic lists and pages: the team × month grid
of a year with its coverage and savings, the board by state, and on a project's page its
plan–do–check–act steps, the projects that carry it on and the move to the next month.
Plain data for the templates; pure."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from trustwork.improvement import (
    PROJECT,
    Grid,
    ProjectCard,
    board,
    card,
    continued_in,
    grid,
    neighbours,
    next_month,
    steps,
    year_of,
)
from trustwork.model.document import Document
from trustwork.views import records
from trustwork.views.records import RecordPage

if TYPE_CHECKING:
    from trustwork.views import AppView

GRID, BOARD = "grid", "board"


@dataclass(frozen=True)
class YearView:
    """Which of the area's own views is open (the grid or the board), for which year, and
    the years the person can step to."""

    mode: str
    year: int
    years: tuple[int, ...]


def page_of(mode: str, year: int) -> str:
    """The area's page that shows ``mode`` for ``year`` (``#improvement/grid-2026``)."""
    return f"{mode}-{year:04d}"


def _year_view(page: str, document: Document, today: date) -> YearView | None:
    """The grid or board a page names ("" is this year's grid), or None for another page."""
    mode, _, year_text = page.partition("-")
    if page == "":
        mode, year = GRID, today.year
    elif mode in (GRID, BOARD) and year_text.isdigit() and len(year_text) == 4:
        year = int(year_text)
    else:
        return None
    known = {year_of(project.fields.get("month")) for project in document.live(PROJECT)}
    years = sorted({today.year, year, *(found for found in known if found is not None)})
    return YearView(mode, year, tuple(years))


def area_context(view: AppView, document: Document) -> dict[str, object]:
    """The improvement area: the grid (with the lists) or the board of a year, or the
    generic pages with a project's steps and continuation."""
    today = view.today or _last_change_day(document)
    shown = _year_view(view.page, document, today)
    if shown is not None:
        context = records.area_context(replace(view, page=""), document)
        context["moves_of"] = neighbours
        context["year_view"] = shown
        if shown.mode == GRID:
            context["grid"] = grid(document, shown.year, today)
        else:
            context["board"] = board(document, shown.year)
            context["sections"] = []
        return context
    context = records.area_context(view, document)
    context["moves_of"] = neighbours
    page = context["record"]
    if isinstance(page, RecordPage) and page.kind == PROJECT:
        context["record"] = replace(page, extras=_project_extras(document, page))
    return context


def _last_change_day(document: Document) -> date:
    """The day of the latest change: "today" for a view made without one (no clock here)."""
    last = document.changes[-1].stamp if document.changes else document.organisation.created
    return date.fromisoformat(last.at[:10])


def _project_extras(document: Document, page: RecordPage) -> dict[str, object]:
    month = page.values.get("month")
    return {
        "card": card(page.record),
        "steps": steps(document, page.record.id),
        "continued_in": tuple(continued_in(document, page.record.id)),
        "next_month": next_month(month) if isinstance(month, str) and year_of(month) else "",
    }


__all__ = ["BOARD", "GRID", "Grid", "ProjectCard", "YearView", "area_context", "page_of"]
