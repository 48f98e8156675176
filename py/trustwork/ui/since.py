"""What changed since the person last looked: this browser remembers when they looked at
each area (``browser.mark_seen``), after each page is shown, and "mark all as seen"."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from trustwork.i18n import translate
from trustwork.kinds import AREAS
from trustwork.ui.browser import mark_seen, now, seen_areas
from trustwork.ui.render import show
from trustwork.ui.state import Session

EVERY_AREA = tuple(area.key for area in AREAS)


def looked(session: Session) -> None:
    """After a render: the area on screen (and the one just left) counts as looked at now.
    The first time this browser's person opens the organisation, every area does: what
    happened before is not news to them."""
    document, looking_at = session.view.document, session.looking_at
    if document is None or looking_at is None or session.marked == looking_at:
        return
    areas = [looking_at[2]]
    left = session.marked
    if left is not None and left[:2] == looking_at[:2]:
        areas.append(left[2])
    if not seen_areas(document):
        areas = list(EVERY_AREA)
    mark_seen(document, areas, now())
    session.marked = looking_at


async def mark_all_seen(session: Session, target: Any) -> None:
    """Every area counts as looked at now; nothing stays marked as new."""
    document = session.view.document
    if document is None:
        return
    moment = now()
    mark_seen(document, EVERY_AREA, moment)
    session.since = moment
    session.view = replace(session.view, notice=translate("since.marked",
                                                          session.view.language))
    show(session)
