"""The buttons of the page, by their ``data-action`` name: each does one step and shows it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any

from trustwork.commands import DeleteRecord, ResolveConflict, RestoreRecord
from trustwork.demo import demo_document
from trustwork.i18n import language_or_default, translate
from trustwork.kinds import REGISTRY
from trustwork.overview import label
from trustwork.routes import LINKS
from trustwork.ui import datafile, pilots
from trustwork.ui.browser import confirm, moment, remember_language
from trustwork.ui.datafile import apply, may_leave, switch_to
from trustwork.ui.render import go, show
from trustwork.ui.sealing import document_of
from trustwork.ui.state import Session
from trustwork.views import AppView

ActionHandler = Callable[[Session, Any], Awaitable[None]]


def with_demo(view: AppView) -> AppView:
    """The demo organisation, dated as if its story ended this week."""
    started = moment().replace(microsecond=0) - timedelta(days=200)
    return replace(view, document=demo_document("small", 1, started), is_demo=True, file=None)


async def _set_language(session: Session, target: Any) -> None:
    language = language_or_default(target.dataset.language)
    remember_language(language)
    session.view = replace(session.view, language=language)
    show(session)


async def _open_demo(session: Session) -> None:
    switch_to(session, None, None, "saved", None)
    session.view = with_demo(session.view)
    show(session)


async def _resolve(session: Session, target: Any) -> None:
    take_other = str(target.dataset.takeOther) == "true"
    await apply(session, ResolveConflict(str(target.dataset.conflictId), take_other))


async def _delete_record(session: Session, target: Any) -> None:
    record = document_of(session).record(str(target.dataset.recordId))
    language = session.view.language
    name = label(record) or translate("secret.untitled", language)
    if not confirm(translate("register.delete_confirm", language, name=name)):
        return
    if await apply(session, DeleteRecord(record.id)):
        area = REGISTRY.area_of(record.kind)
        go(session, LINKS.area(area.key if area else "dashboard"),
           translate("register.deleted", language, name=name))


async def _restore_record(session: Session, target: Any) -> None:
    record = document_of(session).record(str(target.dataset.recordId))
    name = label(record) or translate("secret.untitled", session.view.language)
    if await apply(session, RestoreRecord(record.id)):
        session.view = replace(session.view, form_error=None, notice=translate(
            "records.restored", session.view.language, name=name))
        show(session)


def _leaving_first(step: Callable[[Session], Awaitable[None]]) -> ActionHandler:
    """A step that shows another file (or the demo) instead: unsaved changes ask first."""
    async def leave_then(session: Session, target: Any) -> None:
        if may_leave(session):
            await step(session)
    return leave_then


def _on_file(step: Callable[[Session], Awaitable[None]]) -> ActionHandler:
    """A step on the open file, whichever button asked for it."""
    async def on_file(session: Session, target: Any) -> None:
        await step(session)
    return on_file


ACTIONS: dict[str, ActionHandler] = {
    "set-language": _set_language,
    "open-demo": _leaving_first(_open_demo),
    "open-file": _leaving_first(datafile.open_file),
    "reopen": _leaving_first(datafile.reopen_file),
    "new-file": _leaving_first(datafile.new_file),
    "save": _on_file(datafile.save),
    "restore-journal": _on_file(datafile.restore_journal),
    "discard-journal": _on_file(datafile.discard_journal),
    "pull": _on_file(datafile.pull),
    "resolve": _resolve,
    "delete-record": _delete_record,
    "restore-record": _restore_record,
    "take-part": pilots.take_part,
    "pilot-phase": pilots.to_phase,
    "follow-pilot": pilots.follow_pilot,
    "pilots-seen": pilots.seen,
    "restore-revision": pilots.restore_revision,
}


async def act(session: Session, target: Any) -> None:
    """A button with ``data-action`` was clicked: its handler does the step."""
    handler = ACTIONS.get(str(target.dataset.action))
    if handler is not None:
        await handler(session, target)
