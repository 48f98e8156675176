"""Continuous improvement: every team's project of the month, seen as a team × month grid, as a
board by state, and over time per team; a project's plan–do–check–act steps; carrying a
project into the next month; and the figures these feed (team-months covered, savings).

Pure functions over the document; "today" is passed in, never read from a clock.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from trustwork.errors import FieldValueError
from trustwork.kinds import PDCA_PHASES, PROJECT_STATES
from trustwork.model.document import Document, JsonValue, Record
from trustwork.overview import label

PROJECT = "improvement_project"
STEP = "project_step"
MONTHS = tuple(range(1, 13))


@dataclass(frozen=True, slots=True)
class ProjectCard:
    """A project as the grid, the board and a team's page show it."""

    id: str
    title: str
    team_id: str
    month: str
    status: str
    focus: str
    measured: JsonValue = None
    unit: str = ""
    result: str = ""
    saving_realised: JsonValue = None


@dataclass(frozen=True, slots=True)
class GridCell:
    """One team in one month: its projects, and whether the month counts (it has ended since
    the team began, or it is this month and has its project)."""

    month: str
    projects: tuple[ProjectCard, ...]
    counts: bool

    @property
    def is_gap(self) -> bool:
        """A month that has ended without a project: it should stand out."""
        return self.counts and not self.projects


@dataclass(frozen=True, slots=True)
class GridRow:
    team_id: str
    team: str
    cells: tuple[GridCell, ...]


@dataclass(frozen=True, slots=True)
class Savings:
    """Savings in euros: as estimated, and as realised by projects that are done."""

    estimated: float
    realised: float


@dataclass(frozen=True, slots=True)
class Grid:
    """The team × month grid of one year, how much of it is covered, and its savings."""

    year: int
    months: tuple[str, ...]
    rows: tuple[GridRow, ...]
    covered: int
    total: int
    savings: Savings

    @property
    def percent(self) -> int:
        return round(100 * self.covered / self.total) if self.total else 0


@dataclass(frozen=True, slots=True)
class Step:
    id: str
    phase: str
    text: str
    state: str


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def year_of(month: JsonValue) -> int | None:
    """The year of a ``YYYY-MM`` value, or None for anything else."""
    if isinstance(month, str) and len(month) == 7 and month[4] == "-" and month[:4].isdigit():
        return int(month[:4])
    return None


def next_month(month: str) -> str:
    """The month after ``YYYY-MM``."""
    year, number = int(month[:4]), int(month[5:7])
    return month_key(year + number // 12, number % 12 + 1)


def card(project: Record) -> ProjectCard:
    fields = project.fields

    def text(name: str) -> str:
        value = fields.get(name)
        return value if isinstance(value, str) else ""

    return ProjectCard(project.id, label(project), text("team"), text("month"),
                       text("status") or "planned", text("focus"), fields.get("measured"),
                       text("unit"), text("result"), fields.get("saving_realised"))


def projects_in(document: Document, year: int | None = None) -> list[Record]:
    """The live projects (of one year), oldest first."""
    found = document.live(PROJECT)
    if year is None:
        return found
    prefix = f"{year:04d}-"
    return [project for project in found
            if str(project.fields.get("month") or "").startswith(prefix)]


def projects_per_team_month(projects: Iterable[Record]) -> Counter[tuple[str, str]]:
    """How many projects each team has in each month."""
    return Counter((str(project.fields.get("team") or ""), str(project.fields.get("month") or ""))
                   for project in projects)


def counted_months(year: int, today: date, since: str = "") -> tuple[str, ...]:
    """The months of ``year`` that have ended by ``today``, from the month ``since`` on
    (``YYYY-MM``: when the team began). A month that has not ended is no gap yet."""
    if year > today.year:
        return ()
    last = 12 if year < today.year else today.month - 1
    return tuple(key for month in range(1, last + 1)
                 if (key := month_key(year, month)) >= since[:7])


def _counts(cell_month: str, covered: bool, ended: set[str], this_month: str) -> bool:
    """Whether a team's month counts towards coverage: it has ended, or it is this month
    and already has its project."""
    return cell_month in ended or (covered and cell_month == this_month)


def team_months_covered(document: Document, year: int, today: date) -> tuple[int, int]:
    """Of every live team's months of ``year`` (from the month the team began, up to the
    last that has ended, and this month once it has a project): how many have a project,
    and how many there are."""
    by_month = coverage_by_month(document, tuple(month_key(year, month) for month in MONTHS),
                                 today)
    return sum(covered for _, covered, _ in by_month), sum(total for _, _, total in by_month)


def coverage_by_month(document: Document, months: Sequence[str], today: date
                      ) -> tuple[tuple[str, int, int], ...]:
    """For each of ``months`` (``YYYY-MM``, any years): how many live teams had a project,
    and how many teams the month counts for (it has ended since the team began, or it is
    this month and the team has its project). Months still to come count for no one."""
    wanted = set(months)
    had = {cell for cell in projects_per_team_month(
        project for project in document.live(PROJECT)
        if str(project.fields.get("month") or "") in wanted)}  # a damaged file: any value
    this_month = month_key(today.year, today.month)
    teams = [(team.id, team.created.at[:7]) for team in document.live("team")]
    found = []
    for month in months:
        covered = total = 0
        for team, since in teams:
            has = (team, month) in had
            if (this_month > month >= since) or (has and month == this_month):
                total += 1
                covered += has
        found.append((month, covered, total))
    return tuple(found)


def _amount(value: JsonValue) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def savings(projects: Iterable[Record]) -> Savings:
    """Estimated savings of every project; realised ones only of projects that are done."""
    estimated = realised = 0.0
    for project in projects:
        estimated += _amount(project.fields.get("saving_estimated"))
        if project.fields.get("status") == "done":
            realised += _amount(project.fields.get("saving_realised"))
    return Savings(estimated, realised)


def grid(document: Document, year: int, today: date) -> Grid:
    """Every live team (by name) against the twelve months of ``year``."""
    projects = projects_in(document, year)
    by_cell: dict[tuple[str, str], list[ProjectCard]] = defaultdict(list)
    for project in projects:
        shown = card(project)
        by_cell[(shown.team_id, shown.month)].append(shown)
    months = tuple(month_key(year, month) for month in MONTHS)
    this_month = month_key(today.year, today.month)
    teams = sorted(document.live("team"), key=lambda team: label(team).lower())
    rows = []
    for team in teams:
        ended = set(counted_months(year, today, team.created.at))
        cells = []
        for month in months:
            in_cell = tuple(by_cell.get((team.id, month), ()))
            cells.append(GridCell(month, in_cell, _counts(month, bool(in_cell), ended,
                                                          this_month)))
        rows.append(GridRow(team.id, label(team), tuple(cells)))
    covered = sum(1 for row in rows for cell in row.cells if cell.counts and cell.projects)
    total = sum(1 for row in rows for cell in row.cells if cell.counts)
    return Grid(year, months, tuple(rows), covered, total, savings(projects))


def board(document: Document, year: int) -> dict[str, list[ProjectCard]]:
    """The projects of ``year`` by state, in the board's order; each column by month, then
    title. A state this version does not know joins "planned"."""
    columns: dict[str, list[ProjectCard]] = {state: [] for state in PROJECT_STATES}
    for project in projects_in(document, year):
        shown = card(project)
        columns[shown.status if shown.status in columns else "planned"].append(shown)
    for cards in columns.values():
        cards.sort(key=lambda shown: (shown.month, shown.title.lower()))
    return columns


def neighbours(status: str) -> tuple[str | None, str | None]:
    """The states before and after ``status`` on the board ("stopped" is off the line)."""
    line = [state for state in PROJECT_STATES if state != "stopped"]
    if status not in line:
        return None, None
    index = line.index(status)
    return (line[index - 1] if index else None,
            line[index + 1] if index + 1 < len(line) else None)


def team_projects(document: Document, team_id: str) -> list[ProjectCard]:
    """A team's projects over time, the latest month first."""
    cards = [card(project) for project in document.live(PROJECT)
             if project.fields.get("team") == team_id]
    return sorted(cards, key=lambda shown: (shown.month, shown.title.lower()), reverse=True)


def continued_in(document: Document, project_id: str) -> list[ProjectCard]:
    """The projects that carry ``project_id`` on."""
    return [card(project) for project in document.live(PROJECT)
            if project.fields.get("continues") == project_id]


# What a project carried into the next month takes along: its subject and its goal. The
# baseline becomes what was measured, when something was.
CARRIED = ("title", "team", "focus", "problem", "measure", "unit", "goal", "target", "people",
           "idea")


def carried_over(project: Record) -> dict[str, JsonValue]:
    """The fields of the project that carries ``project`` into the next month."""
    fields = project.fields
    month = fields.get("month")
    if not isinstance(month, str) or year_of(month) is None:
        raise FieldValueError("month", "form.error.month")
    carried: dict[str, JsonValue] = {name: fields[name] for name in CARRIED
                                     if fields.get(name) not in (None, "", [])}
    measured = fields.get("measured")
    baseline = measured if measured is not None else fields.get("baseline")
    if baseline is not None:
        carried["baseline"] = baseline
    carried.update(month=next_month(month), status="planned", continues=project.id)
    return carried


def steps(document: Document, project_id: str) -> dict[str, list[Step]]:
    """A project's steps by phase (plan, do, check, act), each phase in the order added."""
    phases: dict[str, list[Step]] = {phase: [] for phase in PDCA_PHASES}
    for step in document.live(STEP):
        fields: Mapping[str, JsonValue] = step.fields
        if fields.get("project") != project_id:
            continue
        phase = str(fields.get("phase") or "plan")
        phases.setdefault(phase, []).append(
            Step(step.id, phase, str(fields.get("text") or ""), str(fields.get("state") or "todo")))
    return phases
