"""The three outcomes the article says trust brings (engagement and satisfaction, operational
effectiveness, continuous creativity), plus openness, each as a few indicators computed from
the document over a period, with a trend per month where the data allow.

Pure: ``today`` comes in as an argument. The figures themselves are the areas' own
(``improvement``, ``ideas``, ``decisions``, ``register``); this module picks the records of
the period, hands them over and names the result. An indicator is one small entry: its key
(the catalogue holds ``outcome.<key>`` for its name and ``outcome.<key>.how`` for how it is
computed), its value, its unit and the area that explains it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from trustwork import ideas as idea_figures
from trustwork.decisions import active_rules, reviewable, reviews_due, rules_budget
from trustwork.improvement import coverage_by_month, month_key, savings
from trustwork.model.document import Document, Record
from trustwork.register import openness
from trustwork.scan import latest_summary
from trustwork.scan import trend as scan_trend

PERIODS = ("year", "last-12-months")  # this calendar year; this month and the 11 before
# What a person does that counts as taking part, per area: (kind, the field naming the
# person; "" for the record's author).
TAKING_PART: dict[str, tuple[tuple[str, str], ...]] = {
    "ideas": (("idea", "submitted_by"), ("idea_support", "person"),
              ("idea_reaction", "person")),
    "pilots": (("pilot", ""), ("pilot_participation", "person"), ("pilot_revision", ""),
               ("pilot_reaction", "")),
    "decisions": (("proposal", "proposed_by"), ("proposal_response", "person"),
                  ("proposal_amendment", "person"), ("rule_signal", "person")),
}
# Meetings name who was there in a list, on the meeting's own date.
PRESENT: dict[str, tuple[tuple[str, str, str], ...]] = {
    "decisions": (("decision_round", "present", "date"), ("vision", "participants", "date")),
}


@dataclass(frozen=True)
class Period:
    """The months a dashboard looks at (``YYYY-MM``, oldest first, up to this month), the day
    it is, and the first and last day it takes in (ISO dates)."""

    key: str
    months: tuple[str, ...]
    today: date
    first: str
    last: str

    def holds(self, day: object) -> bool:
        """Whether a date or time (ISO text) falls in the period, up to today."""
        # Text comparison: a page of 10,000 ideas asks this of each.
        return isinstance(day, str) and self.first <= day[:10] <= self.last


def period(key: str, today: date) -> Period:
    """``year``: January to this month; ``last-12-months``: this month and the 11 before.
    Anything else is this year."""
    count = 12 if key == "last-12-months" else today.month
    last = today.year * 12 + today.month - 1  # months counted from year 0, January 0
    months = tuple(month_key(number // 12, number % 12 + 1)
                   for number in range(last - count + 1, last + 1))
    return Period(key if key in PERIODS else "year", months, today, months[0] + "-01",
                  today.isoformat())


@dataclass(frozen=True)
class Point:
    """One step of a trend or one part of a breakdown: its label (a month ``YYYY-MM`` or a
    name) and its value (None: nothing to compute it from)."""

    label: str
    value: float | None


@dataclass(frozen=True)
class Indicator:
    """One figure of an outcome. ``unit``: percent, count, euro, days, per_person or rules.
    ``part`` of ``whole`` says what a share or a count was taken of; ``trend`` runs per
    month over the period (in ``trend_unit``), ``parts`` break the value down."""

    key: str
    value: float | None
    unit: str
    area: str
    part: int | None = None
    whole: int | None = None
    trend: tuple[Point, ...] = ()
    trend_unit: str = ""
    parts: tuple[Point, ...] = ()
    in_period: bool = True  # False: a state of today, whatever the period
    within: bool | None = None  # for a limit: whether it is kept (None: no limit set)


@dataclass(frozen=True)
class Outcome:
    key: str  # engagement, effectiveness, creativity, openness
    indicators: tuple[Indicator, ...]

    def indicator(self, key: str) -> Indicator:
        return next(found for found in self.indicators if found.key == key)


@dataclass(frozen=True)
class Outcomes:
    period: Period
    people: int
    outcomes: tuple[Outcome, ...] = field(default=())

    def outcome(self, key: str) -> Outcome:
        return next(found for found in self.outcomes if found.key == key)


def outcomes(document: Document, period_key: str, today: date) -> Outcomes:
    """Every outcome with its indicators, over the period ``period_key`` names."""
    when = period(period_key, today)
    people = {person.id for person in document.live("person")}
    return Outcomes(when, len(people), (
        Outcome("engagement", engagement(document, when, people)),
        Outcome("effectiveness", effectiveness(document, when)),
        Outcome("creativity", creativity(document, when, len(people))),
        Outcome("openness", (open_share(document),)),
    ))


# -- engagement and satisfaction ---------------------------------------------------------------

def engagement(document: Document, when: Period, people: set[str]) -> tuple[Indicator, ...]:
    """The share of people taking part in ideas, pilots and decisions, and what they said in
    the latest trust scan."""
    return (taking_part(document, when, people), trust_scan(document, people))


def trust_scan(document: Document, people: set[str]) -> Indicator:
    """The latest closed trust-scan round, for everyone: the share of positive answers (4 or
    5) over every statement, its respondents of the people in the register, the share per
    theme, and the same share in each closed round before it (by the month it began, else
    closed; a round with neither as a date is left out of the trend). A
    state of the latest round, whatever the period; none while no round passed the
    threshold."""
    latest = latest_summary(document)
    if latest is None:
        return Indicator("trust_scan", None, "percent", "scan", in_period=False)
    return Indicator(
        "trust_scan", latest.positive, "percent", "scan",
        part=latest.respondents, whole=len(people),
        trend=tuple(Point(month, found.positive) for found in scan_trend(document)
                    if (month := round_month(document, found.round_id))),
        trend_unit="percent",
        parts=tuple(Point(score.theme, score.positive) for score in latest.themes),
        in_period=False)


def round_month(document: Document, round_id: str) -> str:
    """The month (``YYYY-MM``) a round began, else the one it closed in; "" when the file
    holds neither as a date (a damaged file)."""
    record = document.records.get(round_id)
    for name in ("starts", "closed"):
        value = record.fields.get(name) if record is not None else None
        if (isinstance(value, str) and len(value) >= 7 and value[:4].isdigit()
                and value[4] == "-" and value[5:7].isdigit() and 1 <= int(value[5:7]) <= 12):
            return value[:7]
    return ""


def taking_part(document: Document, when: Period, people: set[str]) -> Indicator:
    """Of the organisation's people, the share who did something in ideas, pilots or
    decisions in the period (handed in, supported or reacted to an idea; started, joined, edited
    or reacted to a pilot; proposed, answered, amended or questioned a rule, or was at a
    decision round or a recalibration); per area, and per month."""
    by_area: dict[str, set[str]] = {area: set() for area in TAKING_PART}
    by_month: dict[str, set[str]] = {month: set() for month in when.months}
    for area, sources in TAKING_PART.items():
        for kind, name in sources:
            for record in created_in(document.live(kind), when):
                at = record.created.at
                if kind == "pilot_participation" and record.fields.get("joined") is not True:
                    continue
                person = record.fields.get(name) if name else record.created.by
                if isinstance(person, str) and person in people:
                    by_area[area].add(person)
                    by_month[at[:7]].add(person)
    for area, sources_present in PRESENT.items():
        for kind, name, day_field in sources_present:
            for record in document.live(kind):
                day = record.fields.get(day_field)
                present = record.fields.get(name)
                if not when.holds(day) or not isinstance(present, list):
                    continue
                for person in present:
                    if isinstance(person, str) and person in people:
                        by_area[area].add(person)
                        by_month[str(day)[:7]].add(person)
    anyone = set().union(*by_area.values())
    share = idea_figures.percent
    return Indicator(
        "taking_part", share(len(anyone), len(people)), "percent", "people",
        part=len(anyone), whole=len(people),
        trend=tuple(Point(month, share(len(found), len(people)))
                    for month, found in by_month.items()),
        trend_unit="percent",
        parts=tuple(Point(area, share(len(found), len(people)))
                    for area, found in by_area.items()))


# -- operational effectiveness -----------------------------------------------------------------

def effectiveness(document: Document, when: Period) -> tuple[Indicator, ...]:
    projects = [project for project in document.live("improvement_project")
                if project.fields.get("month") in when.months]
    by_month: dict[str, list[Record]] = {month: [] for month in when.months}
    for project in projects:
        by_month[str(project.fields.get("month"))].append(project)
    return (team_months(document, when), measured(projects),
            realised_savings(by_month), reviewed_on_time(document, when.today),
            rules_within_budget(document))


def team_months(document: Document, when: Period) -> Indicator:
    """Of the teams' months in the period that count (see improvement.coverage_by_month),
    the share with an improvement project; per month."""
    found = coverage_by_month(document, when.months, when.today)
    covered, total = sum(row[1] for row in found), sum(row[2] for row in found)
    return Indicator("team_months", idea_figures.percent(covered, total), "percent",
                     "improvement", part=covered, whole=total,
                     trend=tuple(Point(month, idea_figures.percent(had, counted))
                                 for month, had, counted in found),
                     trend_unit="percent")


def measured(projects: Sequence[Record]) -> Indicator:
    """Of the period's projects that are done, the share that recorded a measured value."""
    done = [project for project in projects if project.fields.get("status") == "done"]
    with_result = sum(1 for project in done if _is_number(project.fields.get("measured")))
    return Indicator("measured", idea_figures.percent(with_result, len(done)), "percent",
                     "improvement", part=with_result, whole=len(done))


def realised_savings(by_month: dict[str, list[Record]]) -> Indicator:
    """The savings in euros that the period's done projects realised; per month."""
    trend = tuple(Point(month, savings(found).realised) for month, found in by_month.items())
    return Indicator("savings", sum(point.value or 0.0 for point in trend), "euro",
                     "improvement", trend=trend, trend_unit="euro")


def reviewed_on_time(document: Document, today: date) -> Indicator:
    """Of the adopted decisions and rules in force that have a review date, the share whose
    date has not passed (reviewed in time, or not due yet). A state of today."""
    total = len(reviewable(document))
    on_time = total - len(reviews_due(document, today))
    return Indicator("reviewed_on_time", idea_figures.percent(on_time, total), "percent",
                     "decisions", part=on_time, whole=total, in_period=False)


def rules_within_budget(document: Document) -> Indicator:
    """The rules in force against the organisation's budget for them. A state of today."""
    active, budget = len(active_rules(document)), rules_budget(document)
    return Indicator("rules_budget", active, "rules", "decisions", part=active, whole=budget,
                     in_period=False, within=None if budget is None else active <= budget)


# -- continuous creativity ---------------------------------------------------------------------

def creativity(document: Document, when: Period, people: int) -> tuple[Indicator, ...]:
    projects = idea_figures.projects_by_idea(document.live("improvement_project"))
    handed_in = created_in(document.live("idea"), when)
    per_month = _per_month(when, (idea.created.at for idea in handed_in))
    carried = sum(1 for idea in handed_in if idea.id in projects)
    return (
        Indicator("ideas_per_person", idea_figures.ideas_per_person(handed_in, people),
                  "per_person", "ideas", part=len(handed_in), whole=people,
                  trend=per_month, trend_unit="count"),
        Indicator("usable_rate", idea_figures.usable_rate(handed_in, projects),
                  "percent", "ideas", whole=len(handed_in)),
        Indicator("days_to_answer", idea_figures.median_days_to_answer(handed_in), "days",
                  "ideas", whole=len(handed_in)),
        pilots_started(document, when),
        Indicator("became_projects", carried, "count", "ideas", part=carried,
                  whole=len(handed_in)),
    )


def pilots_started(document: Document, when: Period) -> Indicator:
    """The pilots whose start date falls in the period (up to today); per month."""
    starts = [starts for pilot in document.live("pilot")
              if when.holds(starts := pilot.fields.get("starts"))]
    trend = _per_month(when, (str(day) for day in starts))
    return Indicator("pilots_started", len(starts), "count", "pilots", trend=trend,
                     trend_unit="count")


# -- openness ----------------------------------------------------------------------------------

def open_share(document: Document) -> Indicator:
    """The share of the live records everyone can read (see register.openness)."""
    found = openness(document)
    return Indicator("open_share", found.percent, "percent", "people", part=found.open,
                     whole=found.total, in_period=False,
                     parts=(Point("open", found.open), Point("confidential", found.confidential)))


# -- helpers -----------------------------------------------------------------------------------

def created_in(records: list[Record], when: Period) -> list[Record]:
    """The records, oldest first as ``Document.live`` gives them, created in the period: found
    by bisection, since a large file holds ten years of ideas and the period one."""
    start = bisect_left(records, when.first, key=_created_day)
    return records[start:bisect_right(records, when.last, lo=start, key=_created_day)]


def _created_day(record: Record) -> str:
    return record.created.at[:10]


def _per_month(when: Period, days: Iterable[str]) -> tuple[Point, ...]:
    counted = dict.fromkeys(when.months, 0)
    for day in days:
        counted[day[:7]] += 1
    return tuple(Point(month, count) for month, count in counted.items())


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
