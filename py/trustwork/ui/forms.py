"""The forms of the page, by their ``data-form`` name: each reads the form, makes a command,
applies it and shows the result."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date
from typing import Any

from trustwork import decisions, ideas
from trustwork.commands import Command, CreateRecord, EditOrganisation, UpdateRecord
from trustwork.confidential import content_of, lock_of
from trustwork.errors import CannotUnlockError, FieldValueError
from trustwork.i18n import describe_refusal, translate
from trustwork.kinds import REGISTRY
from trustwork.model.document import Document, JsonValue
from trustwork.model.fields import KindSpec, changed_fields, read_form
from trustwork.overview import label
from trustwork.register import is_confidential
from trustwork.routes import LINKS
from trustwork.ui import importing, pilots, scan, search
from trustwork.ui.browser import choose_me, form_values, new_id, today
from trustwork.ui.datafile import apply
from trustwork.ui.render import focus_refused, go, problem, show
from trustwork.ui.sealing import change_passphrase, document_of, sealed_fields, unlock
from trustwork.ui.state import Session
from trustwork.views import FormError
from trustwork.views.decisions import log_page

Values = dict[str, list[str]]
FormHandler = Callable[[Session, Any, Values], Awaitable[None]]
# New records of these kinds follow their area's rules beyond their fields: the fields a
# rule takes (or the named error it raises), given the document and today.
NewRecordRule = Callable[[Document, dict[str, JsonValue], date], dict[str, JsonValue]]
NEW_RECORD_RULES: dict[str, NewRecordRule] = {
    "idea": ideas.new_idea,
    "rule": decisions.new_rule,
}


def _first(values: Values, name: str) -> str:
    return values.get(name, [""])[0]


async def _edit_organisation(session: Session, form: Any, values: Values) -> None:
    current = session.view.document.organisation.fields if session.view.document else {}
    typed = {name: _first(values, name).strip() for name in ("name", "mission")}
    # Only what the person changed: an untouched empty field is not an edit.
    fields = {name: value for name, value in typed.items()
              if value != (current.get(name) or "")}
    if fields:
        await apply(session, EditOrganisation(fields))


def _kind(name: str) -> KindSpec:
    kind = REGISTRY.kind(name)
    if kind is None:
        raise FieldValueError("", "form.error.unknown_kind")
    return kind


async def _create(session: Session, form: Any, values: Values) -> None:
    kind = _kind(str(form.dataset.kind))
    fields = read_form(kind, values, document_of(session), adding=True)
    if kind.name in NEW_RECORD_RULES:
        fields = NEW_RECORD_RULES[kind.name](document_of(session), fields, today())
    record_id = new_id(kind.name.replace("_", "-"))
    name = fields.get(kind.title) or translate("secret.untitled", session.view.language)
    if kind.name == "scan_round":  # its ballot box, made in this page
        fields = await scan.new_round(session, record_id, fields, values)
    if kind.sealed and "yes" in values.get("confidential", []):
        fields = await sealed_fields(session, str(fields["team"]), record_id, fields,
                                     "yes" in values.get("show_title", []))
    command = CreateRecord(kind.name, record_id, changed_fields(None, fields))
    if kind.on_owner_page:  # a step of its owner's checklist: stay there, ready for the next
        await _on_this_page(session, form, command, "", reset=True)
    elif await apply(session, command):
        go(session, LINKS.record(record_id, kind.name),
           translate("register.created", session.view.language, name=name))


async def _update(session: Session, form: Any, values: Values) -> None:
    document = document_of(session)
    record = document.record(str(form.dataset.record))
    kind = _kind(record.kind)
    fields = read_form(kind, values, document)
    if is_confidential(record):
        opened = session.opened.get(record.id)
        current = opened[1] if opened is not None else {}
        if content_of(fields, kind.sealed) == content_of(current, kind.sealed):
            fields = {}
        else:
            show_title = record.fields.get("show_title") is True
            fields = await sealed_fields(session, str(record.fields.get("team")), record.id,
                                         fields, show_title)
            fields = {name: value for name, value in fields.items()
                      if name in ("sealed", "title") and record.fields.get(name) != value}
    else:
        fields = changed_fields(record, fields)
    if not fields:
        session.view = replace(session.view, form_error=None,
                               notice=translate("register.nothing_changed", session.view.language))
        show(session)
        return
    if await apply(session, UpdateRecord(record.id, fields)):
        session.view = replace(session.view, form_error=None,
                               notice=translate("register.applied", session.view.language))
        show(session)


async def _verdict(session: Session, form: Any, values: Values) -> None:
    command = ideas.verdict(document_of(session), str(form.dataset.record),
                            _first(values, "status"), _first(values, "reason"),
                            _first(values, "duplicate_of"), session.view.me, today())
    await _on_this_page(session, form, command, "ideas.verdict_given")


async def _support(session: Session, form: Any, values: Values) -> None:
    command = ideas.toggle_support(document_of(session), str(form.dataset.record),
                                   session.view.me, new_id("idea-support"))
    supported = isinstance(command, CreateRecord)
    await _on_this_page(session, form, command,
                        "ideas.supported" if supported else "ideas.support_withdrawn")


async def _react(session: Session, form: Any, values: Values) -> None:
    command = ideas.react(document_of(session), str(form.dataset.record), _first(values, "text"),
                          session.view.me, new_id("idea-reaction"))
    await _on_this_page(session, form, command, "ideas.reacted", reset=True)


async def _on_this_page(session: Session, form: Any, command: Command, notice: str,
                        reset: bool = False) -> None:
    """Apply an action on a record's page (an idea's verdict, a proposal's response, a
    project's step) and say it was done (``notice``, a message key; "" says nothing),
    staying on the page. A form to ``reset`` is emptied first: the render that shows the
    action keeps what a form still holds (see ui/render.py)."""
    if reset:
        form.reset()
    if await apply(session, command):
        session.view = replace(session.view, form_error=None, notice=translate(
            notice, session.view.language) if notice else "")
        show(session)


async def _respond(session: Session, form: Any, values: Values) -> None:
    command = decisions.respond(document_of(session), str(form.dataset.record),
                                _first(values, "response"), _first(values, "reason"),
                                session.view.me, new_id("proposal-response"))
    await _on_this_page(session, form, command, "decisions.responded")


async def _amend(session: Session, form: Any, values: Values) -> None:
    command = decisions.amend(document_of(session), str(form.dataset.record),
                              _first(values, "text"), _first(values, "summary"),
                              session.view.me, new_id("proposal-amendment"))
    await _on_this_page(session, form, command, "decisions.amended", reset=True)


async def _decide(session: Session, form: Any, values: Values) -> None:
    command = decisions.decide(document_of(session), str(form.dataset.record),
                               _first(values, "outcome"), _first(values, "rationale"),
                               _first(values, "review_date"), session.view.me, today())
    await _on_this_page(session, form, command, "decisions.decided_done")


async def _signal(session: Session, form: Any, values: Values) -> None:
    command = decisions.signal(document_of(session), str(form.dataset.record),
                               _first(values, "signal"), _first(values, "comment"),
                               session.view.me, new_id("rule-signal"))
    await _on_this_page(session, form, command, "decisions.signalled", reset=True)


async def _rules_budget(session: Session, form: Any, values: Values) -> None:
    await _on_this_page(session, form, decisions.set_budget(_first(values, "rules_budget")),
                   "decisions.budget_set")


async def _decision_log(session: Session, form: Any, values: Values) -> None:
    """The decision log's filters, sent as one: the log's address holds them."""
    wanted = decisions.LogFilter(**{name: _first(values, name).strip() for name in (
        "words", "team", "topic", "outcome", "since", "until")})
    go(session, LINKS.page("decisions", log_page(wanted)))


async def _pick_me(session: Session, form: Any, values: Values) -> None:
    _choose(session, _first(values, "person"))


async def _add_me(session: Session, form: Any, values: Values) -> None:
    fields = changed_fields(None, read_form(_kind("person"), values, document_of(session),
                                            adding=True))
    record_id = new_id("person")
    if await apply(session, CreateRecord("person", record_id, fields)):
        _choose(session, record_id)


def _choose(session: Session, person_id: str) -> None:
    document = document_of(session)
    person = document.records.get(person_id)
    if not person_id:
        raise FieldValueError("person", "me.choose_first")
    if person is None or person.kind != "person":
        raise FieldValueError("person", "form.error.unknown_record")
    choose_me(document, person_id)
    go(session, LINKS.me(), translate("me.chosen", session.view.language, name=label(person)))


async def _filter(session: Session, form: Any, values: Values) -> None:
    """Enter in a filter: the lists show every row that holds the words, past the first 200."""
    session.view = replace(session.view, filter=_first(values, "filter").strip())
    show(session)


async def _search(session: Session, form: Any, values: Values) -> None:
    """Enter in the search: the first result's page."""
    search.typed(session, _first(values, "search"))
    target = search.first_hit(form.ownerDocument)
    if target is not None:
        go(session, target)


async def _unlock(session: Session, form: Any, values: Values) -> None:
    await unlock(session, str(form.dataset.team), _first(values, "passphrase"))
    form.reset()
    session.view = replace(session.view, form_error=None)
    show(session)


async def _passphrase(session: Session, form: Any, values: Values) -> None:
    team_id = str(form.dataset.team)
    had_lock = lock_of(document_of(session).record(team_id)) is not None
    count = await change_passphrase(session, team_id, _first(values, "current_passphrase"),
                                    _first(values, "new_passphrase"),
                                    _first(values, "repeat_passphrase"))
    if count is None:
        return
    form.reset()
    language = session.view.language
    notice = (translate("secret.changed", language, count=count) if had_lock
              else translate("secret.set_done", language))
    session.view = replace(session.view, form_error=None, notice=notice)
    show(session)


FORMS: dict[str, FormHandler] = {
    "organisation": _edit_organisation,
    "create": _create,
    "update": _update,
    "pick-me": _pick_me,
    "add-me": _add_me,
    "unlock": _unlock,
    "passphrase": _passphrase,
    "filter": _filter,
    "search": _search,
    "edit-page": pilots.edit_page,
    "merge-page": pilots.merge_page,
    "pilot-react": pilots.react,
    "compare": pilots.compare,
    "verdict": _verdict,
    "support": _support,
    "react": _react,
    "respond": _respond,
    "amend": _amend,
    "decide": _decide,
    "signal": _signal,
    "rules-budget": _rules_budget,
    "decision-log": _decision_log,
    "ballot": scan.hand_in,
    "open-box": scan.open_box_form,
    "close-round": scan.close_round,
    "import-read": importing.read_file,
    "import": importing.apply_import,
}
# These change nothing in the file, so a read-only file lets them through.
READING_FORMS = frozenset({"pick-me", "unlock", "filter", "search", "compare", "decision-log",
                           "open-box"})


async def submit_form(session: Session, form: Any) -> None:
    """A form was sent: its handler reads it, applies the command and shows the result; what
    the person must correct is shown beside the form."""
    name = str(form.dataset.form)
    handler = FORMS.get(name)
    if handler is None:
        return
    if name not in READING_FORMS and session.workspace is not None and (
            session.workspace.read_only):
        problem(session, translate("file.read_only_edit", session.view.language))
        return
    try:
        await handler(session, form, form_values(form))
    except (FieldValueError, CannotUnlockError) as error:
        _form_failed(session, name, error)


def _form_failed(session: Session, form: str, error: FieldValueError | CannotUnlockError) -> None:
    language = session.view.language
    if isinstance(error, FieldValueError):
        failed = FormError(form, error.field, describe_refusal(error.message_key, language,
                                                               error.parameters))
    else:
        failed = FormError(form, "", translate(error.message_key, language))
    session.view = replace(session.view, form_error=failed, notice="")
    show(session)
    focus_refused()
