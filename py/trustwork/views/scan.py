"""What the trust scan shows beyond the generic lists and pages: the latest results and the
trend over rounds above the lists; a round's state, its ballot count, its results per theme
and group; and its own pages: answer (``<round>/answer``), seminar mode
(``<round>/seminar``) and the projector screen (``<round>/screen``). Plain data; pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from trustwork import scan
from trustwork.model.document import Document, Record
from trustwork.overview import label
from trustwork.routes import LINKS
from trustwork.scan import (
    BALLOT,
    EVERYONE,
    ROUND,
    SCALE,
    GroupResult,
    LiveTally,
    ScanSummary,
    Statement,
    ThemeScore,
)
from trustwork.views import records
from trustwork.views.records import RecordPage

if TYPE_CHECKING:
    from trustwork.views import AppView

PAGES = ("answer", "seminar", "screen")
BAR_WIDTH = 240  # the width of a theme's distribution bar, in SVG units


@dataclass(frozen=True)
class Bar:
    """One answer's share of a theme's distribution bar: where it starts, how wide, which
    answer (1–5, for its colour) and how many gave it."""

    answer: int
    x: float
    width: float
    count: int


@dataclass(frozen=True)
class GroupView:
    """One group's results: its name, respondents, theme scores with their bars, the weakest
    and the strongest theme, and its open answers."""

    group: str
    name: str
    respondents: int
    themes: tuple[tuple[ThemeScore, tuple[Bar, ...]], ...]
    weakest: str
    strongest: str
    open_answers: tuple[str, ...]


@dataclass(frozen=True)
class RoundView:
    """A round as its pages show it."""

    id: str
    name: str
    closed: bool
    has_box: bool  # made in a page that could seal (a demo round may have none)
    ballots: int
    threshold: int
    groups: tuple[tuple[str, str], ...]  # (team id, name) the respondent may report under
    answered_here: bool
    opened_here: bool
    live: LiveTally | None
    results: tuple[GroupView, ...]


def bars(distribution: Sequence[int]) -> tuple[Bar, ...]:
    """A distribution as stacked bar parts, together ``BAR_WIDTH`` wide (none: no answers)."""
    total = sum(distribution)
    if not total:
        return ()
    parts, x = [], 0.0
    for answer, count in zip(SCALE, distribution, strict=True):
        width = round(BAR_WIDTH * count / total, 2)
        if count:
            parts.append(Bar(answer, round(x, 2), width, count))
        x += width
    return tuple(parts)


def group_view(document: Document, result: GroupResult, questionnaire: Sequence[Statement]
               ) -> GroupView:
    scores = scan.theme_scores(result, questionnaire)
    ends = scan.weakest_and_strongest(scores)
    team = document.records.get(result.group)
    name = label(team) if team is not None else ""
    return GroupView(result.group, name, result.respondents,
                     tuple((score, bars(score.distribution)) for score in scores),
                     ends[0] if ends else "", ends[1] if ends else "", result.open_answers)


def _in_order(results: Sequence[GroupResult]) -> list[GroupResult]:
    return sorted(results, key=lambda r: (r.group != EVERYONE, r.group))


def round_view(view: AppView, document: Document, record: Record) -> RoundView:
    questionnaire = scan.statements(document)
    ballots = sum(1 for b in document.live(BALLOT) if b.fields.get("round") == record.id)
    stored = scan.results_of(document, record.id).values()
    live = view.scan.live.get(record.id)
    shown = tuple(stored) if scan.is_closed(record) else (live.results if live else ())
    groups = tuple((team_id, record_label(document, team_id))
                   for team_id in scan.round_groups(record))
    return RoundView(record.id, label(record), scan.is_closed(record),
                     isinstance(record.fields.get("public_key"), str), ballots,
                     scan.threshold(record), groups, record.id in view.scan.answered,
                     record.id in view.scan.opened, live,
                     tuple(group_view(document, r, questionnaire) for r in _in_order(shown)))


def record_label(document: Document, record_id: str) -> str:
    found = document.records.get(record_id)
    return label(found) if found is not None else record_id


def area_context(view: AppView, document: Document) -> dict[str, object]:
    """The scan area: the generic lists and pages, with the scan's own above and on them."""
    round_id, _, page = view.page.partition("/")
    if page in PAGES:
        found = document.records.get(round_id)
        if found is None or found.kind != ROUND or found.is_deleted:
            return {"sections": [], "record": None, "new": None, "missing": view.page,
                    "choices": {}}
        return {"sections": [], "record": None, "new": None, "missing": None, "choices": {},
                "scan_page": page, "round": round_view(view, document, found),
                "questionnaire": scan.statements(document), "scale": SCALE,
                "themes": scan.THEMES,
                "round_link": LINKS.record(round_id, ROUND)}
    context = records.area_context(view, document)
    page_shown = context["record"]
    if isinstance(page_shown, RecordPage) and page_shown.kind == ROUND:
        context["record"] = replace(page_shown, extras={
            "round": round_view(view, document, page_shown.record),
            "answer": LINKS.below(page_shown.record.id, ROUND, "answer"),
            "seminar": LINKS.below(page_shown.record.id, ROUND, "seminar"),
            "screen": LINKS.below(page_shown.record.id, ROUND, "screen")})
    if not view.page:
        context["latest"] = scan.latest_summary(document)
        context["trend"] = trend_rows(scan.trend(document))
    return context


def trend_rows(summaries: Sequence[ScanSummary]) -> tuple[ScanSummary, ...]:
    """The rounds of the trend, the latest first and at most twelve."""
    return tuple(reversed(summaries))[:12]
