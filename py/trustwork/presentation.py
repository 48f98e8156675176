"""Presentation mode: the tour of screens that tells an organisation's story, and where a
key press moves in it. Pure: the document in, addresses (``trustwork.routes.LINKS``) out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from trustwork.decisions import active_rules, visions
from trustwork.improvement import year_of
from trustwork.model.document import Document, Record
from trustwork.pilots import REVISION
from trustwork.routes import LINKS
from trustwork.scan import is_closed

# The pages of an area the tour shows; each is named where its area's view reads it
# (``trustwork.views.improvement.page_of``, ``trustwork.views.decisions.LOG``).
_GRID = "grid-{year:04d}"
_DECISION_LOG = "log"

# The keys that step through a tour, as the browser names them (``KeyboardEvent.key``):
# the arrows, a clicker's page keys, Space (Shift+Space back), Home and End.
FORWARD = frozenset({"ArrowRight", "ArrowDown", "PageDown", " "})
BACK = frozenset({"ArrowLeft", "ArrowUp", "PageUp"})
FIRST, LAST, LEAVE = "Home", "End", "Escape"


@dataclass(frozen=True)
class Presentation:
    """A tour being shown: its addresses, the step on screen (0 first), the address to go
    back to on leaving, and whether the browser gave it the full screen."""

    tour: tuple[str, ...]
    step: int = 0
    returns_to: str = ""
    full_screen: bool = False

    @property
    def location(self) -> str:
        return self.tour[self.step]


def default_tour(document: Document) -> tuple[str, ...]:
    """The screens that tell what ``document`` holds, in the order of a story: the
    dashboard, the people, the improvement grid of the latest year with projects, the
    liveliest idea campaign, the pilot page with the longest history, the decision log,
    the rules register with the latest vision, the latest closed trust-scan round's results.
    A screen with nothing to show is left out; the dashboard is always there."""
    tour = [LINKS.area("dashboard")]
    if document.live("team") or document.live("person"):
        tour.append(LINKS.area("people"))
    years = [year for project in document.live("improvement_project")
             if (year := year_of(project.fields.get("month"))) is not None]
    if years:
        tour.append(LINKS.page("improvement", _GRID.format(year=max(years))))
    campaign = _liveliest_campaign(document)
    if campaign is not None:
        tour.append(LINKS.record(campaign.id, campaign.kind))
    pilot = _longest_history(document)
    if pilot is not None:
        tour.append(LINKS.record(pilot.id, pilot.kind))
    if document.live("proposal"):
        tour.append(LINKS.page("decisions", _DECISION_LOG))
    if active_rules(document) or visions(document):
        tour.append(LINKS.area("decisions"))
    latest = _latest_closed_round(document)
    if latest is not None:
        tour.append(LINKS.record(latest.id, latest.kind))
    return tuple(tour)


def _liveliest_campaign(document: Document) -> Record | None:
    """The campaign with the most ideas (the first made, when two have as many)."""
    ideas = Counter(str(idea.fields.get("campaign")) for idea in document.live("idea"))
    campaigns = [c for c in document.live("idea_campaign") if ideas[c.id]]
    return max(campaigns, key=lambda campaign: ideas[campaign.id], default=None)


def _longest_history(document: Document) -> Record | None:
    """The pilot whose page was edited most often."""
    edits = Counter(str(revision.fields.get("pilot")) for revision in document.live(REVISION))
    pilots = [pilot for pilot in document.live("pilot") if edits[pilot.id]]
    return max(pilots, key=lambda pilot: edits[pilot.id], default=None)


def _latest_closed_round(document: Document) -> Record | None:
    """The trust-scan round closed last: the one whose results are there to show."""
    closed = [record for record in document.live("scan_round") if is_closed(record)]
    return max(closed, key=lambda record: (str(record.fields.get("closed")),
                                            str(record.fields.get("starts") or "")),
               default=None)


def begin(tour: tuple[str, ...], returns_to: str) -> Presentation:
    """A presentation of ``tour`` from its first screen; leaving it goes to ``returns_to``."""
    if not tour:
        raise ValueError("A tour needs at least one screen.")
    return Presentation(tour, 0, returns_to)


def moved(presentation: Presentation, key: str, shift: bool = False) -> Presentation | None:
    """The presentation after ``key`` (None: the key leaves it). A key that does not step,
    or a step past either end, leaves it where it is."""
    last = len(presentation.tour) - 1
    if key == LEAVE:
        return None
    if key == " " and shift:
        step = presentation.step - 1
    elif key in FORWARD:
        step = presentation.step + 1
    elif key in BACK:
        step = presentation.step - 1
    elif key == FIRST:
        step = 0
    elif key == LAST:
        step = last
    else:
        step = presentation.step
    return replace(presentation, step=min(max(step, 0), last))


def takes(key: str) -> bool:
    """Whether presentation mode acts on ``key`` (the rest goes on to the page)."""
    return key in FORWARD or key in BACK or key in (FIRST, LAST, LEAVE)
