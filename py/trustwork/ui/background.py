"""Work that runs while the person goes on (autosaves, the watcher, opening records):
a failure is shown in the page, never silently dropped."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from pyscript import window

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
    """An unexpected error: in the console for whoever looks, and in the page for the person."""
    window.console.error(f"Trustwork: {type(error).__name__}: {error}")
    session = current()
    if session is not None:
        if session.status == "saving":
            session.status, session.detail = "failed", error_text(error)
        problem(session, f"{type(error).__name__}: {error}")


def error_text(error: BaseException | None) -> str:
    text = str(error).strip()
    return text if text.endswith(".") else text + "."
