"""Work that runs while the person goes on (autosaves, the watcher, opening records):
a failure is shown in the page, never silently dropped."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from pyscript import window

from trustwork.errors import DataFileError
from trustwork.i18n import describe_data_file_error, translate
from trustwork.store.codec import Steps
from trustwork.ui.render import problem
from trustwork.ui.state import current

_running: set[asyncio.Future[object]] = set()  # kept, so a running task is not collected
T = TypeVar("T")


def in_background(work: Coroutine[Any, Any, object]) -> None:
    """Run ``work`` while the person goes on; what it gives is not kept."""
    future = asyncio.ensure_future(work)
    _running.add(future)
    future.add_done_callback(_finished)


def _finished(future: asyncio.Future[object]) -> None:
    _running.discard(future)
    if not future.cancelled() and future.exception() is not None:
        show_failure(future.exception())


async def stepwise(steps: Steps[T]) -> T:
    """Take pure work a step at a time, letting the page answer input and paint between
    steps (Pyodide resumes after a message-channel turn, not a clamped timer)."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        await asyncio.sleep(0)


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
