"""The pilots' forms and buttons: write, merge and restore a pilot's page, react and answer,
compare two revisions, join or leave, follow, and move a pilot to its next phase. Each makes
one command (or one step in the browser's storage) and shows the result."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from trustwork.commands import CreateRecord, UpdateRecord
from trustwork.errors import FieldValueError
from trustwork.i18n import translate
from trustwork.kinds import REGISTRY
from trustwork.model.document import JsonValue
from trustwork.model.fields import changed_fields, read_form
from trustwork.pilots import PARTICIPATION, PILOT, REACTION, REVISION, current, revisions
from trustwork.routes import LINKS
from trustwork.ui.browser import follow, mark_pilots_seen, new_id
from trustwork.ui.datafile import apply
from trustwork.ui.render import go, show
from trustwork.ui.sealing import document_of
from trustwork.ui.state import Session

Values = dict[str, list[str]]


def _first(values: Values, name: str) -> str:
    return values.get(name, [""])[0]


def _done(session: Session, key: str, **parameters: object) -> None:
    session.view = replace(session.view, form_error=None,
                           notice=translate(key, session.view.language, **parameters))
    show(session)


async def _write_revision(session: Session, pilot_id: str, values: Values,
                          links: dict[str, JsonValue]) -> bool:
    """A new revision of the page, edited from (and, for a merge, joining) ``links``."""
    fields = read_form(REGISTRY.spec(REVISION), {**values, "pilot": [pilot_id]},
                       document_of(session))
    fields = {**changed_fields(None, fields), **{k: v for k, v in links.items() if v}}
    return await apply(session, CreateRecord(REVISION, new_id("pilot-revision"), fields))


async def edit_page(session: Session, form: Any, values: Values) -> None:
    pilot_id, parent = str(form.dataset.pilot), str(form.dataset.parent)
    now = current(revisions(document_of(session), pilot_id))
    if now is not None and now.id == parent and _first(values, "text") == now.text:
        _done(session, "register.nothing_changed")
        return
    if await _write_revision(session, pilot_id, values, {"parent": parent}):
        _done(session, "pilots.page_saved")


async def merge_page(session: Session, form: Any, values: Values) -> None:
    summary = translate("pilots.merge_summary", session.view.language)
    links: dict[str, JsonValue] = {"parent": str(form.dataset.parent),
                                   "merged": str(form.dataset.merged)}
    if await _write_revision(session, str(form.dataset.pilot), {**values, "summary": [summary]},
                             links):
        _done(session, "pilots.merged")


async def react(session: Session, form: Any, values: Values) -> None:
    pilot_id, answers = str(form.dataset.pilot), str(form.dataset.answers)
    try:
        fields = read_form(REGISTRY.spec(REACTION), {**values, "pilot": [pilot_id]},
                           document_of(session))
    except FieldValueError as error:  # an answer's problem shows under its reaction
        if answers:
            raise FieldValueError(answers, error.message_key, **error.parameters) from None
        raise
    if answers:
        fields["answers"] = answers
    if await apply(session, CreateRecord(REACTION, new_id("pilot-reaction"),
                                         changed_fields(None, fields))):
        _done(session, "pilots.reacted")


async def compare(session: Session, form: Any, values: Values) -> None:
    go(session, LINKS.below(str(form.dataset.pilot), PILOT, "diff", _first(values, "old"),
                            _first(values, "new")))


async def take_part(session: Session, target: Any) -> None:
    """Join or leave, for the person the button names: the domain refuses anyone else."""
    joining = str(target.dataset.joining) == "true"
    fields: dict[str, JsonValue] = {"pilot": str(target.dataset.pilot),
                                    "person": str(target.dataset.person), "joined": joining}
    if await apply(session, CreateRecord(PARTICIPATION, new_id("pilot-participation"), fields)):
        _done(session, "pilots.you_joined" if joining else "pilots.you_left")


async def to_phase(session: Session, target: Any) -> None:
    phase = str(target.dataset.phase)
    if await apply(session, UpdateRecord(str(target.dataset.pilot), {"phase": phase})):
        _done(session, "pilots.phase_changed",
              phase=translate(f"choice.pilot.phase.{phase}", session.view.language))


async def follow_pilot(session: Session, target: Any) -> None:
    on = str(target.dataset.follow) == "true"
    follow(document_of(session), str(target.dataset.pilot), on)
    _done(session, "pilots.followed" if on else "pilots.unfollowed")


async def seen(session: Session, target: Any) -> None:
    mark_pilots_seen(document_of(session))
    _done(session, "pilots.marked_seen")


async def restore_revision(session: Session, target: Any) -> None:
    """An old revision's text as the page's newest revision, edited from the current one."""
    document = document_of(session)
    old = document.record(str(target.dataset.revision))
    pilot_id = str(old.fields.get("pilot"))
    history = revisions(document, pilot_id)
    number = next((item.number for item in history if item.id == old.id), 0)
    now = current(history)
    summary = translate("pilots.restored_summary", session.view.language, number=number)
    values = {"text": [str(old.fields.get("text") or "")], "summary": [summary]}
    if await _write_revision(session, pilot_id, values, {"parent": now.id if now else None}):
        go(session, LINKS.record(pilot_id, PILOT),
           translate("pilots.restored", session.view.language, number=number))
