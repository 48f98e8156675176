"""What the dashboard shows: the article's three outcomes (and openness) with their indicators
and charts over a period, conflicts to settle, the mission, what needs attention (ending
terms, reviews due), the latest changes and the organisation's own name and mission. Pure."""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from markupsafe import Markup

from trustwork.decisions import current_mission, latest_vision, reviews_due
from trustwork.i18n import Language, format_money, format_number, translate
from trustwork.kinds import KINDS
from trustwork.model.document import Document
from trustwork.outcomes import PERIODS, Indicator, Outcomes, Period, Point, outcomes
from trustwork.overview import conflict_lines, counts, recent_changes
from trustwork.register import openness
from trustwork.scan import trend
from trustwork.views.charts import PALETTE, Datum, Texts, bar_chart, line_chart
from trustwork.views.records import record_history
from trustwork.views.register import reminders

if TYPE_CHECKING:
    from trustwork.views import AppView

# The indicators that get charts: what each draws (its breakdown "parts" or its "trend" per
# month) and how (bars or a line). Pilots start a few a year: a month's 0 or 1 says little.
CHARTS: dict[str, tuple[tuple[str, str], ...]] = {
    "taking_part": (("parts", "bar"), ("trend", "line")),
    # Nine foundations' long names do not fit under bars on a card: the scan's own page shows
    # them per theme; here only the trend over rounds.
    "trust_scan": (("trend", "line"),),
    "team_months": (("trend", "line"),),
    "savings": (("trend", "bar"),),
    "ideas_per_person": (("trend", "bar"),),
}

# Where a breakdown's labels are in the catalogue, when not under ``outcome.<key>.part``.
PART_LABELS = {"trust_scan": "scan.theme"}


@dataclass(frozen=True)
class Shown:
    """An indicator as the dashboard shows it: its value and what it was taken of, in
    words, how it is computed, its charts and the area that explains it."""

    key: str
    value: str
    raw: str  # the value as data, for tests and tools (data-value)
    detail: str
    how: str
    area: str
    charts: tuple[Markup, ...]
    in_period: bool
    warn: bool


def _period_key(view: AppView) -> str:
    return view.page if view.page in PERIODS else PERIODS[0]


def preparing(view: AppView, document: Document) -> Generator[None, None, None]:
    """The parts of the dashboard that take longest on a large file worked out one a step
    (see ``views.first_screen``), so that its first render finds them remembered."""
    counts(document, _KIND_NAMES)
    yield
    openness(document)
    yield
    trend(document)  # as the trust scan's indicator asks for it
    yield
    if view.today:
        made(document, _period_key(view), view.today, view.language)


_KIND_NAMES = tuple(kind.name for kind in KINDS)


def area_context(view: AppView, document: Document) -> dict[str, object]:
    organisation = document.organisation.fields
    period_key = _period_key(view)
    found = made(document, period_key, view.today, view.language) if view.today else None
    return {
        "name": organisation.get("name", ""),
        "mission": organisation.get("mission", ""),
        "conflicts": conflict_lines(document),
        "reminders": reminders(document, view.today),
        "history": record_history(document, document.organisation, view.language),
        "recent": recent_changes(document, 10),
        "counts": counts(document, _KIND_NAMES),
        # The mission as the latest quarterly recalibration wrote it, and what is due.
        "mission_now": current_mission(document),
        "vision": latest_vision(document),
        "reviews_due": reviews_due(document, view.today) if view.today else [],
        "period": period_key,
        "periods": PERIODS,
        "period_range": translate("outcome.period.range", view.language,
                                  first=month_labels(found[0].months[0], view.language)[1],
                                  last=month_labels(found[0].months[-1], view.language)[1])
        if found else "",
        "outcomes": found[1] if found else [],
    }


_made: list[tuple[tuple[object, ...], tuple[Period, list[tuple[str, list[Shown]]]]]] = []


def made(document: Document, period_key: str, today: date, language: Language
         ) -> tuple[Period, list[tuple[str, list[Shown]]]]:
    """The outcomes as shown, worked out once per document, period, day and language: the
    page renders the dashboard again when a person comes back to it or edits the
    organisation's name, and a large file holds 10,000 ideas."""
    key = (period_key, today, language)
    if _made and _made[0][0][0] is document and _made[0][0][1:] == key:
        return _made[0][1]
    found = outcomes(document, period_key, today)
    value = (found.period, shown_outcomes(found, language))
    _made[:] = [((document, *key), value)]
    return value


def shown_outcomes(found: Outcomes, language: Language) -> list[tuple[str, list[Shown]]]:
    """Each outcome's key with its indicators as shown in ``language``."""
    return [(outcome.key, [shown(indicator, language) for indicator in outcome.indicators])
            for outcome in found.outcomes]


def shown(indicator: Indicator, language: Language) -> Shown:
    def t(key: str, **parameters: object) -> str:
        return translate(key, language, **parameters)

    key = indicator.key
    value = indicator.value
    detail = ""
    if key == "rules_budget" and indicator.whole is None:
        detail = t("outcome.rules_budget.none")
    elif key == "open_share":
        part, whole = indicator.part or 0, indicator.whole or 0
        detail = t("openness.detail", open=part, total=whole, confidential=whole - part)
    elif indicator.whole is not None:
        detail = t(f"outcome.{key}.detail", part=number(indicator.part, language),
                   whole=number(indicator.whole, language))
    charts = tuple(chart(indicator, source, kind, language)
                   for source, kind in CHARTS.get(key, ()))
    return Shown(key, value_text(value, indicator.unit, language),
                 "" if value is None else str(value), detail, t(f"outcome.{key}.how"),
                 indicator.area, charts, indicator.in_period, indicator.within is False)


def value_text(value: float | None, unit: str, language: Language) -> str:
    """A figure with its unit, as people in ``language`` read it ("–" for none)."""
    if value is None:
        return translate("outcome.none", language)
    if unit == "euro":
        return format_money(round(value), language)  # savings: whole euros
    if unit in ("percent", "days"):
        return translate(f"outcome.unit.{unit}", language, value=number(value, language))
    return number(value, language)


def number(value: float | None, language: Language) -> str:
    """Whole numbers without decimals, others to one decimal."""
    return format_number(value, language, digits=1)


def chart(indicator: Indicator, source: str, kind: str, language: Language) -> Markup:
    """One chart of an indicator: its breakdown (``parts``) or its trend per month."""
    def t(key: str, **parameters: object) -> str:
        return translate(key, language, **parameters)

    points = indicator.parts if source == "parts" else indicator.trend
    unit = indicator.unit if source == "parts" else indicator.trend_unit
    label: Callable[[Point], tuple[str, str]] = (
        (lambda point: (t(f"{PART_LABELS.get(indicator.key, f'outcome.{indicator.key}.part')}"
                          f".{point.label}"),) * 2)
        if source == "parts" else (lambda point: month_labels(point.label, language)))
    data = [Datum(*label(point), point.value,
                  value_text(point.value, unit, language) if point.value is not None else "")
            for point in points]
    known = [datum for datum in data if datum.value is not None]
    texts = Texts(
        title=t(f"chart.{indicator.key}.{source}"),
        description=t("chart.description", highest=max(
            known, key=lambda datum: datum.value or 0).long_label, highest_value=max(
            known, key=lambda datum: datum.value or 0).shown, latest=known[-1].long_label,
            latest_value=known[-1].shown) if known else t("chart.empty"),
        label_heading=t("chart.part" if source == "parts" else "chart.month"),
        value_heading=t(f"chart.{indicator.key}.{source}.value"),
        show_table=t("chart.table"),
        missing=t("outcome.none"))
    key = f"{indicator.key}-{source}"
    maximum = 100.0 if unit == "percent" else None
    if kind == "line":
        return line_chart(key, data, texts, maximum=maximum)
    return bar_chart(key, data, texts, maximum=maximum,
                     colours=PALETTE if source == "parts" else PALETTE[:1])


def month_labels(month: str, language: Language) -> tuple[str, str]:
    """A month ``YYYY-MM`` as a chart's axis names it ("Mar") and as its table does
    ("Mar 2026")."""
    short = translate(f"month.short.{int(month[5:7])}", language)
    return short, f"{short} {month[:4]}"
