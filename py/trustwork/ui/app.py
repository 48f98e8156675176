"""Start the app in the page and bind its events; nothing imports this module.

Every event goes to a table (``forms.FORMS``, ``actions.ACTIONS``) or one small step; a
failure the steps did not expect is shown in the page, never only in the console.

The modules that only answer what a person does (a click, a form, a key, a file to merge)
are imported by their first use, or else one a step once the page is ready and no file is
being opened (``LATER``): they were 70 KB of the 212 KB of source compiled before the page
was ready. The snapshot holds no ui module; build.py embeds the bytecode of every other ui
module, not of these (it reads ``LATER`` from this file), so they are compiled when
imported.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from importlib import import_module
from typing import Any
from urllib.parse import parse_qs

from pyscript import document, when, window

from trustwork.demos import STORIES
from trustwork.i18n import language_or_default
from trustwork.routes import route_for_hash
from trustwork.ui import ahead, search, since
from trustwork.ui.background import in_background, show_failure
from trustwork.ui.browser import files, form_values, present, remembered_language
from trustwork.ui.datafile import file_opening, open_text, opening_started, watch
from trustwork.ui.render import filter_rows, follow_address, show, to_content, when_shown
from trustwork.ui.state import Session, begin, current
from trustwork.views import AppView

# Imported once the page is ready, one a step, unless a first use came first (each module
# brings in those it needs: the click and form handlers bring in the rest).
LATER = ("trustwork.ui.sealing", "trustwork.ui.presenting", "trustwork.ui.pilots",
         "trustwork.ui.importing", "trustwork.ui.copies", "trustwork.ui.scan",
         "trustwork.ui.reports", "trustwork.ui.actions", "trustwork.ui.forms")
LATER_PAUSE_SECONDS = 0.3  # after ready, before the first: the page's first paint goes first
OPENING_CHECK_SECONDS = 0.1  # how often they look again whether a file is still opening


async def start() -> None:
    """Show the app for the remembered language and the area in the address, then go ready.

    ``?demo=<key>`` in the address opens that demo at once (``trustwork.demos.CHOICES``),
    a bare ``?demo`` the first story (build.py --open uses it).
    """
    route = route_for_hash(str(window.location.hash))
    view = AppView(language_or_default(remembered_language()), route.area, page=route.page,
                   can_pick_files=bool(files().canPickFiles()),
                   can_pick_folder=bool(files().canPickFolder()))
    window.trustworkBoot.markStage("data")
    asked = parse_qs(str(window.location.search).lstrip("?"), keep_blank_values=True)
    if "demo" in asked:
        from trustwork.ui.actions import with_demo

        view = with_demo(view, asked["demo"][0] or STORIES[0])
    remembered = await files().remembered()
    session = Session(replace(view, remembered_file=str(remembered) if present(remembered)
                              else None))
    begin(session)
    when_shown(_open_what_changed)
    when_shown(search.keep_index_up)
    when_shown(since.looked)
    when_shown(_open_new_ballots)
    when_shown(ahead.work_ahead)
    show(session)
    _bind_events()
    in_background(watch())
    in_background(_watch_folder())
    in_background(_import_later())
    window.trustworkBoot.ready()


def _open_what_changed(session: Session) -> None:
    if session.keys:  # a team is unlocked only by the forms, which import the sealing
        from trustwork.ui.sealing import open_what_changed

        open_what_changed(session)


def _open_new_ballots(session: Session) -> None:
    if session.boxes:  # a ballot box is opened only by the scan's own actions
        from trustwork.ui.scan import open_new_ballots

        open_new_ballots(session)


async def _watch_folder() -> None:
    """Look for a sync engine's copies beside the open file (``ui.copies``, a ``LATER``
    module: imported after the pause, like the others)."""
    await asyncio.sleep(LATER_PAUSE_SECONDS)
    await _no_file_opening()
    from trustwork.ui.copies import watch_folder

    await watch_folder()


async def _import_later() -> None:
    """The modules in ``LATER`` imported one a step once the page is ready, so that a first
    click or form finds them compiled. A file picked meanwhile is read and shown first:
    traced, they were 42-45 ms of the large demo's open."""
    await asyncio.sleep(LATER_PAUSE_SECONDS)
    for name in LATER:
        await _no_file_opening()
        import_module(name)
        await asyncio.sleep(0)


async def _no_file_opening() -> None:
    """Until no file is being opened: one picked meanwhile is read and shown first."""
    while file_opening():
        await asyncio.sleep(OPENING_CHECK_SECONDS)


def _bind_events() -> None:
    @when("click", "#app")
    async def on_click(event: Any) -> None:
        target = event.target.closest("[data-action]")
        session = current()
        if session is not None and bool(event.target.matches("[data-search]")):
            search.focused(session, event.target)  # back in the search: its results again
        if not present(target) or session is None:
            return
        try:
            from trustwork.ui.actions import act

            await act(session, target)
        except Exception as error:  # shown in the page, never only in the console
            show_failure(error)

    @when("click", "#app")
    def on_skip_link(event: Any) -> None:
        """The skip link moves the focus to the content; its address is no page of the app."""
        if present(event.target.closest("[data-skip-link]")):
            event.preventDefault()  # at once, like a form's submit
            to_content()

    @when("submit", "#app")
    def on_submit(event: Any) -> None:
        event.preventDefault()  # at once: an async handler would be too late to stop the form
        session = current()
        if session is not None:
            from trustwork.ui.forms import submit_form

            in_background(submit_form(session, event.target))

    @when("input", "#app")
    def on_input(event: Any) -> None:
        if bool(event.target.matches("[data-filter]")):
            filter_rows(str(event.target.value))
        elif bool(event.target.matches("[data-search]")) and (session := current()):
            search.typed(session, str(event.target.value))

    @when("keydown", document)
    def on_key(event: Any) -> None:
        from trustwork.ui import presenting

        session = current()
        if session is not None and not presenting.key_pressed(session, event):
            search.key_pressed(session, event, document)

    @when("fullscreenchange", document)
    def on_full_screen_change() -> None:
        from trustwork.ui import presenting

        session = current()
        if session is not None:
            presenting.full_screen_changed(session)

    @when("change", "#app")
    def on_change(event: Any) -> None:
        """A CSV file chosen to import is read at once; another kind, a column mapped
        otherwise or a duplicate ticked shows the preview again."""
        target, session = event.target, current()
        if session is None:
            return
        try:
            from trustwork.ui.importing import rechoose, rekind

            if bool(target.matches("[data-import-file]")):
                target.form.requestSubmit()
            elif bool(target.matches("[data-import-kind]")):
                rekind(session, str(target.value))
            elif bool(target.matches("[data-import-map], [data-import-anyway]")):
                rechoose(session, form_values(target.form))
        except Exception as error:  # shown in the page, never only in the console
            show_failure(error)

    @when("trustwork:file-chosen", window)
    def on_file_chosen(event: Any) -> None:
        # Taken over at once, while files.js still shows the file being read: an async
        # handler would start a task later, and the bar along the top would blink.
        session = current()
        if session is None:
            files().readTakenOver()
            return
        in_background(open_text(session, event.detail, None, opening_started()))

    @when("trustwork:copy-chosen", window)
    async def on_copy_chosen(event: Any) -> None:
        session = current()
        if session is not None:
            try:
                from trustwork.ui.copies import merge_picked

                await merge_picked(session, event.detail)
            except Exception as error:  # shown in the page, never only in the console
                show_failure(error)

    @when("hashchange", window)
    def on_hash_change() -> None:
        session = current()
        if session is not None:
            follow_address(session, str(window.location.hash))
