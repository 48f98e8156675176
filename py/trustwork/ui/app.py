"""The running app in the page: start-up, navigation, the language switch and the demo."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

from pyodide.ffi import jsnull
from pyscript import document, when, window

from trustwork.areas import area_for_hash
from trustwork.demo import demo_document
from trustwork.i18n import Language, language_or_default
from trustwork.views import AppView, render_app

_view: AppView | None = None


def _boot() -> Any:
    return window.trustworkBoot


def _remembered_language() -> Language:
    try:
        return language_or_default(window.localStorage.getItem(_boot().languageKey))
    except Exception:  # storage can be switched off; the default language still works
        return language_or_default(None)


def _remember_language(language: Language) -> None:
    try:
        window.localStorage.setItem(_boot().languageKey, language)
    except Exception:  # storage can be switched off; the choice then lasts for this page
        return


def show(view: AppView) -> None:
    """Render ``view`` into the page and remember it as what is shown."""
    global _view
    _view = view
    document.documentElement.lang = view.language
    document.getElementById("app").innerHTML = str(render_app(view))


def _with_demo(view: AppView) -> AppView:
    """The demo organisation, dated as if its story ended this week (the clock is read here)."""
    started = datetime.now(UTC).replace(microsecond=0) - timedelta(days=200)
    return replace(view, document=demo_document("small", 1, started), is_demo=True)


def start() -> None:
    """Show the app for the remembered language and the area in the address, then go ready.

    ``?demo`` in the address opens the demo organisation at once (build.py --open uses it).
    """
    view = AppView(_remembered_language(), area_for_hash(window.location.hash))
    _boot().markStage("data")
    if "demo" in parse_qs(str(window.location.search).lstrip("?"), keep_blank_values=True):
        view = _with_demo(view)
    show(view)
    _bind_handlers()
    _boot().ready()


def _bind_handlers() -> None:
    @when("click", "#app")
    def on_click(event: Any) -> None:
        target = event.target.closest("[data-action]")
        if target is None or target is jsnull or _view is None:
            return
        action = target.dataset.action
        if action == "set-language":
            language = language_or_default(target.dataset.language)
            _remember_language(language)
            show(replace(_view, language=language))
        elif action == "open-demo":
            show(_with_demo(_view))

    @when("hashchange", window)
    def on_hash_change() -> None:
        if _view is None:
            return
        show(replace(_view, area=area_for_hash(window.location.hash)))
        document.getElementById("area").focus()
