"""Put the session into the page: render the view, and change only the regions that differ.

A render touches the DOM and nothing else: it starts no save, no decryption, no timer.
Whoever must hear of a render (the confidential records wait for one) says so with
``when_shown``. A render in the background (a save finishing, others' news, a record opened)
leaves alone what the person is doing: what they typed and not yet sent, the field they are
in, its caret, selection and scroll. Python renders the HTML; ``trustworkPage``
(web/static/page.js) puts it in, region by region, in one call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from pyodide.ffi import jsnull, to_js
from pyscript import document, window

from trustwork.i18n import Language
from trustwork.routes import route_for_hash
from trustwork.scan import ScanState
from trustwork.ui.browser import (
    answered_rounds,
    files,
    following,
    me,
    page,
    person,
    pilots_seen,
    present,
    seen_areas,
    today,
)
from trustwork.ui.state import Session, secrets_of
from trustwork.views import FileState, is_report, render_app, render_search

_listeners: list[Callable[[Session], None]] = []
_LOCALES = {"nl": "nl-NL", "en": "en-GB"}


def when_shown(listener: Callable[[Session], None]) -> None:
    """Call ``listener`` after every render (the start-up module binds it)."""
    _listeners.append(listener)


def file_state(session: Session) -> FileState | None:
    workspace = session.workspace
    if workspace is None:
        return None
    status = session.status
    if workspace.read_only:
        status = "read_only"
    elif status in ("saved", "merged", "conflict", "downloaded") and workspace.unsaved:
        status = "unsaved"
    return FileState(workspace.file_name, status, workspace.unsaved,
                     session.file_token is not None, session.detail)


def show(session: Session) -> None:
    """Render the session into the page."""
    view = session.view
    if session.workspace is not None:
        view = replace(view, document=session.workspace.document, is_demo=False, demo=None,
                       file=file_state(session))
    view = replace(view, me=me(view.document), today=today(),
                   secrets=secrets_of(session, view.document)[0],
                   following=following(view.document), pilots_seen=pilots_seen(view.document),
                   scan=ScanState(answered_rounds(view.document),
                                  frozenset(session.boxes), dict(session.live)))
    if view.document is not None:
        seen, author = seen_areas(view.document), person(view.document)
        view = replace(view, seen=seen, author=author,
                       since=_since(session, (view.document.organisation.id, author,
                                              view.area.key), seen))
    session.view = view
    document.documentElement.lang = view.language
    document.documentElement.toggleAttribute("data-presenting", view.presenting is not None)
    app = document.getElementById("app")
    focused = document.activeElement
    focused = focused if present(focused) and bool(app.contains(focused)) else None
    changed = page().putApp(app, str(render_app(view)))
    if focused is not None and not bool(focused.isConnected) and not bool(
            app.contains(document.activeElement)):  # a field's new copy has it already
        _focus_again(app, focused)
    for region in changed:
        _local_times(region, view.language)
    search = app.querySelector("[data-filter]")
    if present(search) and str(search.value) and not is_report(view.page):  # a report: all rows
        filter_rows(str(search.value))
    files().setUnsaved(session.workspace.unsaved if session.workspace else 0)
    for listener in _listeners:
        listener(session)


def _focus_again(app: Any, lost: Any) -> None:
    """The control in focus was redrawn: focus its new copy (the same action on the same
    thing, the same link; in a form sent back with a problem, the field at fault), else the
    main area; never ``<body>`` (a keyboard user would start again at the top)."""
    form = lost.form if present(getattr(lost, "form", None)) else None
    scope = app.querySelector(_same(form)) if form is not None else app
    scope = scope if present(scope) else app
    again = scope.querySelector('[aria-invalid="true"]') if form is not None else None
    if not present(again) and (form is not None or "[" in _same(lost)):
        again = scope.querySelector(_same(lost))
    target: Any = again if present(again) else document.getElementById("area")
    if present(target):
        target.focus(to_js({"preventScroll": True}, dict_converter=window.Object.fromEntries))


def _same(element: Any) -> str:
    """A selector for an element's redrawn copy: its tag and what tells it apart (its
    ``data-`` attributes, link, name and type)."""
    escape = window.CSS.escape
    names = [str(name) for name in element.getAttributeNames()
             if str(name).startswith("data-") or str(name) in ("href", "name", "type")]
    return str(element.tagName).lower() + "".join(
        f'[{name}="{escape(element.getAttribute(name))}"]' for name in names)


def _since(session: Session, looking_at: tuple[str, str, str], seen: dict[str, str]) -> str:
    """When the person had last looked at the area they look at now, before this visit:
    kept for the whole visit, so what was new when they came stays marked."""
    if session.looking_at != looking_at:
        session.looking_at, session.since = looking_at, seen.get(looking_at[2], "")
    return session.since


def busy(working: bool) -> None:
    """Say that the page is working on what it will show (``aria-busy``): assistive
    technology waits for it, and the pointer and a bar along the top show progress."""
    app = document.getElementById("app")
    if working:
        app.setAttribute("aria-busy", "true")
    else:
        app.removeAttribute("aria-busy")


def problem(session: Session, text: str) -> None:
    session.view = replace(session.view, problem=text)
    show(session)


def go(session: Session, location: str, notice: str = "", *, in_place: bool = False) -> None:
    """Show another page of the app, as a new entry in the browser's history (``in_place``:
    instead of the page shown, as presentation mode steps)."""
    if in_place:
        window.history.replaceState(jsnull, "", location)
    else:
        window.history.pushState(jsnull, "", location)
    follow_address(session, location, notice)


def follow_address(session: Session, location: str, notice: str = "") -> None:
    """Show the page the address names (after a link, Back or ``go``), the main area focused."""
    route = route_for_hash(location)
    kept = session.view.filter if route.area.key == session.view.area.key else ""
    # Another page closes the search results; the words stay in the field for a next look.
    session.view = replace(session.view, area=route.area, page=route.page, form_error=None,
                           notice=notice, filter=kept, search="", importing=None,
                           last_import="")
    show(session)
    to_content()


def to_content() -> None:
    """Focus on the main area (after another page is shown, and from the skip link)."""
    area = document.getElementById("area")
    if present(area):
        area.focus()


def focus_refused() -> None:
    """After a refused form, the keyboard lands on what to correct: the first refused field,
    or the form's own message when no one field is at fault."""
    target = document.querySelector('[aria-invalid="true"], [data-form-error][tabindex]')
    if present(target) and str(target.tagName) == "FIELDSET":  # a group: its first choice
        target = target.querySelector("input") or target
    if present(target):
        target.focus()


def show_search(session: Session) -> None:
    """Render only the search results (while the person types: the rest stays as it is)."""
    page().putRegion("search", str(render_search(session.view)))


def filter_rows(query: str) -> None:
    """Show only the rows of the area's lists that hold every word typed into the filter."""
    words = query.casefold().split()
    for row in document.querySelectorAll("[data-list] tr[data-record]"):
        text = str(row.textContent).casefold()
        row.hidden = not all(word in text for word in words)


def _local_times(root: Any, language: Language) -> None:
    """Moments are kept in UTC; people read them in their own time zone and language."""
    page().showLocalTimes(root, _LOCALES[language])
