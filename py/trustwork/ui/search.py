"""The search in the header: results while the person types, the keys that move through
them, and the index brought up to the open file in the background, a slice at a time."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from trustwork.search import INDEX
from trustwork.ui.background import in_background, stepwise
from trustwork.ui.browser import present
from trustwork.ui.render import show_search
from trustwork.ui.state import Session

_building: list[object] = []  # the records mapping an index build is under way for
_TYPING = ("INPUT", "TEXTAREA", "SELECT")


def typed(session: Session, text: str) -> None:
    """The search field changed: show what it finds now."""
    session.view = replace(session.view, search=text)
    show_search(session)


def keep_index_up(session: Session) -> None:
    """After a render: bring the index up to the document on screen, in the background."""
    document = session.view.document
    if document is None or INDEX.is_for(document) or document.records in _building:
        return
    _building[:] = [document.records]
    in_background(_build(document))


async def _build(document: Any) -> None:
    try:
        await stepwise(INDEX.steps(document))
    finally:
        _building.clear()


def key_pressed(session: Session, event: Any, page: Any) -> None:
    """``/`` anywhere but in a field goes to the search; in the search and its results, the
    arrow keys move through the results and Escape closes them."""
    key = str(event.key)
    target = event.target
    field = page.getElementById("search-field")
    if not present(field):
        return
    if key == "/" and str(target.tagName) not in _TYPING and not bool(target.isContentEditable):
        event.preventDefault()
        field.focus()
        field.select()
        return
    in_results = present(target.closest) and present(target.closest("[data-search-results]"))
    if target != field and not in_results:
        return
    hits = list(page.querySelectorAll("[data-search-hit]"))
    if key == "ArrowDown" and target == field and not hits and str(field.value).strip():
        focused(session, field)  # the results of the words in the field, again
        hits = list(page.querySelectorAll("[data-search-hit]"))
    if key == "Escape":
        event.preventDefault()
        field.value = ""
        field.focus()
        typed(session, "")
    elif key in ("ArrowDown", "ArrowUp") and hits:
        event.preventDefault()
        at = next((index for index, hit in enumerate(hits) if hit == target), -1)
        step = 1 if key == "ArrowDown" else -1
        if at + step < 0:
            field.focus()
        else:
            hits[min(at + step, len(hits) - 1)].focus()


def focused(session: Session, field: Any) -> None:
    """Back in the search field with words in it: show their results again."""
    text = str(field.value)
    if text.strip() and text != session.view.search:
        typed(session, text)


def first_hit(page: Any) -> str | None:
    """Where Enter in the search field goes: the first result, if there is one."""
    hit = page.querySelector("[data-search-hit]")
    return str(hit.getAttribute("href")) if present(hit) else None
