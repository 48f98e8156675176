"""Presentation mode in the page: start it, step through the tour by key or button, and
leave it (Escape, the browser's own way out of full screen) back where the person was."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from trustwork.presentation import begin, moved, takes
from trustwork.routes import LINKS
from trustwork.ui.background import in_background
from trustwork.ui.browser import full_screen, in_full_screen, location_hash
from trustwork.ui.render import go
from trustwork.ui.state import Session
from trustwork.views.presentation import tour_for

# Where Space (and the arrows) belong to the control that has focus, not to the tour.
_CONTROLS = "input, textarea, select, button, a[href], summary, [contenteditable]"
_TYPING = "input, textarea, select, [contenteditable]"


async def start(session: Session, target: Any) -> None:
    """The Present button: the tour from its first screen, full screen when allowed."""
    view = session.view
    tour = tour_for(view)
    if not tour or view.presenting is not None:
        return
    here = location_hash() or LINKS.area(view.area.key)
    session.view = replace(view, presenting=begin(tour, here))
    entered = await full_screen(True)  # first: the click's permission is freshest
    presentation = session.view.presenting
    if presentation is not None:
        session.view = replace(session.view, presenting=replace(presentation,
                                                                full_screen=entered))
        go(session, presentation.location, in_place=True)


async def step(session: Session, target: Any) -> None:
    """One of the bar's buttons: the key it stands for."""
    _move(session, str(target.dataset.key), False)


def key_pressed(session: Session, event: Any) -> bool:
    """A key while presenting: the tour's keys step or leave (True: taken). Keys meant for
    a field or the control in focus, and shortcuts with Ctrl, Alt or Meta, go on."""
    key = str(event.key)
    if session.view.presenting is None or not takes(key):
        return False
    if bool(event.ctrlKey) or bool(event.altKey) or bool(event.metaKey):
        return False
    target = event.target
    matches = getattr(target, "matches", None)
    if key != "Escape" and matches is not None and bool(
            target.matches(_CONTROLS if key == " " else _TYPING)):
        return False
    event.preventDefault()
    _move(session, key, bool(event.shiftKey))
    return True


def _move(session: Session, key: str, shift: bool) -> None:
    presentation = session.view.presenting
    if presentation is None:
        return
    after = moved(presentation, key, shift)
    if after is None:
        leave(session)
    elif after.step != presentation.step:
        session.view = replace(session.view, presenting=after)
        go(session, after.location, in_place=True)


def leave(session: Session) -> None:
    """Out of presentation mode (and full screen), back to where it was started."""
    presentation = session.view.presenting
    if presentation is None:
        return
    session.view = replace(session.view, presenting=None)
    go(session, presentation.returns_to, in_place=True)
    if presentation.full_screen:
        in_background(_leave_full_screen())


async def _leave_full_screen() -> None:
    await full_screen(False)


def full_screen_changed(session: Session) -> None:
    """The browser left full screen by its own means (Escape, F11): the presentation ends."""
    presentation = session.view.presenting
    if presentation is not None and presentation.full_screen and not in_full_screen():
        leave(session)
