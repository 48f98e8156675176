"""What the recent-changes page shows: the latest changes across the organisation. Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trustwork.model.document import Document
from trustwork.overview import recent_changes

if TYPE_CHECKING:
    from trustwork.views import AppView

# The newest hundred, as the lists show their first hundred rows: each record's own history
# and the area's lists reach the rest.
SHOWN = 100


def area_context(view: AppView, document: Document) -> dict[str, object]:
    return {"recent": recent_changes(document, SHOWN)}
