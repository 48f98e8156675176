"""What the dashboard shows: conflicts to settle, how open the organisation is, ending terms,
the organisation's own name and mission with their history, and the latest changes. Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trustwork.decisions import current_mission, latest_vision, reviews_due
from trustwork.kinds import KINDS
from trustwork.model.document import Document
from trustwork.overview import conflict_lines, counts, recent_changes
from trustwork.register import openness
from trustwork.views.records import record_history
from trustwork.views.register import reminders

if TYPE_CHECKING:
    from trustwork.views import AppView


def area_context(view: AppView, document: Document) -> dict[str, object]:
    organisation = document.organisation.fields
    return {
        "name": organisation.get("name", ""),
        "mission": organisation.get("mission", ""),
        "conflicts": conflict_lines(document),
        "openness": openness(document),
        "reminders": reminders(document, view.today),
        "history": record_history(document, document.organisation, view.language),
        "recent": recent_changes(document, 10),
        "counts": counts(document, tuple(kind.name for kind in KINDS)),
        # The mission as the latest quarterly recalibration wrote it, and what is due.
        "mission_now": current_mission(document),
        "vision": latest_vision(document),
        "reviews_due": reviews_due(document, view.today) if view.today else [],
    }
