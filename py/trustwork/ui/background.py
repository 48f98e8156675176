"""Work that runs while the person goes on (autosaves, the watcher, opening records):
a failure is shown in the page, never silently dropped."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from pyscript import window

from trustwork.errors import DataFileError
from trustwork.i18n import describe_data_file_error, translate
from trustwork.ui.render import problem
from trustwork.ui.state import current

_running: set[asyncio.Future[None]] = set()  # kept, so a running task is not collected


def in_background(work: Coroutine[Any, Any, None]) -> None:
    future = asyncio.ensure_future(work)
    _running.add(future)
    future.add_done_callback(_finished)


def _finished(future: asyncio.Future[None]) -> None:
    _running.discard(future)
    if not future.cancelled() and future.exception() is not None:
        show_failure(future.exception())


def show_failure(error: BaseException | None) -> None:
    """An unexpected error: its details in the console for whoever looks after the file, and
    a sentence in the person's language in the page (never a Python exception's name)."""
    window.console.error(f"Trustwork: {type(error).__name__}: {error}")
    session = current()
    if session is None:
        return
    language = session.view.language
    text = (describe_data_file_error(error, language) if isinstance(error, DataFileError)
            else translate("app.failure", language))
    if session.status == "saving":
        session.status, session.detail = "failed", text
    problem(session, text)


def error_text(error: BaseException | None) -> str:
    text = str(error).strip()
    return text if text.endswith(".") else text + "."
