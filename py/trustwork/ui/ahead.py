"""After a render, the other areas' pages worked out ahead in the background for the
document on screen (``views.working_ahead``), so that going to one shows it at once.

One document is worked ahead at a time: a newer one (an edit, a merge, another file) takes
over, and the older work stops at its next step. It starts once the page has been left alone
for a moment, after the work that opening a file starts (the encoding for the first save).
"""

from __future__ import annotations

import asyncio

from pyscript import window

from trustwork.model.document import Document
from trustwork.ui.background import in_background
from trustwork.ui.state import Session, current
from trustwork.views import working_ahead

PAUSE_SECONDS = 0.5  # after a render, before the first step (and between steps: 0)
_ahead_of: list[Document] = []  # the document being (or last) worked ahead for


def work_ahead(session: Session) -> None:
    """After a render: work ahead for the document on screen, unless that is underway."""
    document = session.view.document
    if document is None:
        _ahead_of.clear()  # no file shown: hold on to none
        return
    if _ahead_of and _ahead_of[0] is document:
        return
    _ahead_of[:] = [document]
    in_background(_work(document))


def _still_shown(document: Document) -> bool:
    session = current()
    return (bool(_ahead_of) and _ahead_of[0] is document and session is not None
            and session.view.document is document)


async def _work(document: Document) -> None:
    await asyncio.sleep(PAUSE_SECONDS)
    session = current()
    if session is None or not _still_shown(document):
        return
    steps = working_ahead(session.view)
    while _still_shown(document):
        try:
            next(steps)
        except StopIteration:
            return
        except Exception as error:  # only a head start: the page itself shows the failure
            window.console.warn(f"Trustwork: {type(error).__name__}: {error}")
            return
        await asyncio.sleep(0)
