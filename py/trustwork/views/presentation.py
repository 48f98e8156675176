"""What presentation mode shows: the tour for the open organisation, and the small
"3 / 8 — title" indicator over the screen on show. Plain data; pure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from trustwork.demos import STORIES
from trustwork.demos import tour as story_tour
from trustwork.i18n import CATALOGUE, Language, translate
from trustwork.model.document import Document
from trustwork.overview import label
from trustwork.presentation import default_tour
from trustwork.routes import route_for_hash

if TYPE_CHECKING:
    from trustwork.views import AppView


def tour_for(view: AppView) -> tuple[str, ...]:
    """The screens presentation mode steps through for what ``view`` has open: a demo
    story's own tour, which tells its case, else the tour the document's content gives."""
    if view.document is None:
        return ()
    if view.is_demo and view.demo in STORIES:
        told = story_tour(view.demo, view.document)
        if told:
            return told
    return default_tour(view.document)


@dataclass(frozen=True)
class Indicator:
    """Where a presentation is: the step shown (1 first), how many, and its title."""

    step: int
    count: int
    title: str


def indicator(view: AppView) -> Indicator | None:
    """The indicator while presenting (None when not)."""
    presentation = view.presenting
    if presentation is None:
        return None
    return Indicator(presentation.step + 1, len(presentation.tour),
                     step_title(view.document, presentation.location, view.language))


def step_title(document: Document | None, location: str, language: Language) -> str:
    """A screen's title: its area, and the record or the area's own page it shows (the
    grid of a year, the decision log)."""
    route = route_for_hash(location)
    area = translate(f"nav.{route.area.key}", language)
    head = route.page.partition("/")[0]
    record = document.records.get(head) if document else None
    if record is not None:
        name = label(record)
    else:
        page, _, detail = head.partition(":")[0].partition("-")
        key = f"present.page.{page}"
        name = translate(key, language, detail=detail) if key in CATALOGUE[language] else ""
    return f"{area}: {name}" if name else area
