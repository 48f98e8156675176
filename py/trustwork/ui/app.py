"""The running app in the page: start-up, navigation, language, the demo and the data file.

Each handler is short: read what the person did, handle a command or a file step with the
pure parts of the package, journal it, render. The browser's files and storage are reached
through ``trustworkFiles`` (web/static/files.js); the clock and new ids are read here.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

from pyodide.ffi import jsnull, to_js
from pyscript import document, when, window

from trustwork.areas import area_for_hash, page_for_hash
from trustwork.commands import (
    Command,
    CreateRecord,
    DeleteRecord,
    EditOrganisation,
    ReplaceTeamKey,
    ResolveConflict,
    UpdateRecord,
    handle,
    ids_needed,
)
from trustwork.confidential import (
    CHECK_TEXT,
    ITERATIONS,
    SALT_BYTES,
    Sealed,
    TeamLock,
    check_context,
    check_new_passphrase,
    content_of,
    lock_of,
    lock_to_value,
    previous_context,
    record_context,
    sealed_of,
    sealed_to_value,
    stored_fields,
)
from trustwork.demo import demo_document
from trustwork.errors import CannotUnlockError, DataFileError, FieldValueError, FileTooLargeError
from trustwork.i18n import Language, describe_data_file_error, language_or_default, translate
from trustwork.model.document import Document, JsonValue, Record, Stamp, new_document
from trustwork.overview import label
from trustwork.register import (
    SEALED_FIELDS,
    TEAM_RECORD,
    changed_fields,
    is_confidential,
    read_form,
)
from trustwork.store import codec
from trustwork.store.journal import (
    Journal,
    JournalEntry,
    journal_from_text,
    journal_to_text,
    replay,
)
from trustwork.store.merge import MergeOutcome, merge
from trustwork.views import AppView, FileState, FormError, render_app
from trustwork.views.register import Secrets
from trustwork.workspace import (
    Workspace,
    created,
    edited,
    fingerprint,
    opened,
    plan_save,
    pulled,
    saved,
)

AUTOSAVE_SECONDS = 2.0
WATCH_SECONDS = 3.0
PERSON_KEY = "trustwork:person"
ME_KEY = "trustwork:me:"  # + the organisation's id: who this browser is in that organisation
AUTOSAVE_KEY = "trustwork:autosave"



@dataclass
class Session:
    """What this page holds besides the view: the open file and what the saver knows."""

    view: AppView
    workspace: Workspace | None = None
    file_token: int | None = None  # which picked file the workspace is saved to
    status: str = "saved"
    detail: str = ""
    disk_stamp: str | None = None
    edits: int = 0  # increases with every change: autosave waits for quiet
    saves: int = 0  # increases with every save: the watcher knows its news is stale
    # Team keys unlocked in this page (team id -> (current key id, {key id: handle in
    # trustworkCrypto}), earlier keys included), and what they opened (record id -> (the
    # ciphertext it came from, its content)). Memory only.
    keys: dict[str, tuple[str, dict[str, int]]] = field(default_factory=dict)
    opened: dict[str, tuple[str, dict[str, JsonValue]]] = field(default_factory=dict)
    lock_problems: dict[str, tuple[str, str]] = field(default_factory=dict)


_session: Session | None = None
_save_lock = asyncio.Lock()
_journal_lock = asyncio.Lock()
_background: set[asyncio.Future[None]] = set()  # running autosaves and the watcher


def _in_background(work: Any) -> None:
    future = asyncio.ensure_future(work)
    _background.add(future)
    future.add_done_callback(_finished)


def _finished(future: asyncio.Future[None]) -> None:
    """A background task ended: a failure is shown, never silently dropped."""
    _background.discard(future)
    if not future.cancelled() and future.exception() is not None:
        _show_failure(future.exception())


def _show_failure(error: BaseException | None) -> None:
    window.console.error(f"Trustwork: {type(error).__name__}: {error}")
    if _session is not None:
        if _session.status == "saving":
            _session.status, _session.detail = "failed", _error_text(error)
        _problem(_session, f"{type(error).__name__}: {error}")


def _files() -> Any:
    return window.trustworkFiles


def _present(value: Any) -> bool:
    return value is not None and value is not jsnull


def _local(key: str) -> str | None:
    try:
        value = window.localStorage.getItem(key)
    except Exception:  # storage can be switched off
        return None
    return str(value) if _present(value) else None


def _remember(key: str, value: str) -> None:
    try:
        window.localStorage.setItem(key, value)
    except Exception:  # storage switched off: the choice lasts for this page
        return


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _person() -> str:
    """Who makes changes from this browser: the person picked for the open organisation,
    else a stable id of this browser."""
    me = _me(_session.view.document) if _session is not None else None
    if me:
        return me
    person = _local(PERSON_KEY)
    if not person:
        person = f"browser-{secrets.token_hex(4)}"
        _remember(PERSON_KEY, person)
    return person


def _new_ids(command: Command) -> tuple[str, ...]:
    return tuple(f"change-{secrets.token_hex(6)}" for _ in range(ids_needed(command)))


def _me(document: Document | None) -> str | None:
    return _local(ME_KEY + document.organisation.id) if document is not None else None




def _journal_prefix(workspace: Workspace) -> str:
    """Per organisation and file name: a copy of the file under another name has its own."""
    return f"journal:{workspace.document.organisation.id}:{workspace.file_name}:"


def _journal_key(workspace: Workspace) -> str:
    """And per page: two pages open at once each keep their own."""
    return _journal_prefix(workspace) + str(_files().tab)


async def _left_behind(workspace: Workspace) -> list[tuple[str, Journal]]:
    """Journals of this file kept by pages that are closed now (crashed, killed, shut)."""
    live = await _files().liveTabs()
    if not _present(live):
        return []
    alive = {str(tab) for tab in live}
    found = []
    for key in await _files().storeKeys(_journal_prefix(workspace)):
        tab = str(key).rsplit(":", 1)[-1]
        if str(key) != _journal_key(workspace) and tab not in alive:
            found.append((str(key), journal_from_text(str(await _files().storeGet(key)))))
    return found


async def _journal(workspace: Workspace) -> Journal:
    stored = await _files().storeGet(_journal_key(workspace))
    return journal_from_text(str(stored)) if _present(stored) else Journal()


async def _keep_base(text: str) -> str:
    """Store a file's text once, under its fingerprint; the journal refers to it."""
    key = fingerprint(text)
    if not _present(await _files().storeGet(f"journal-base:{key}")):
        await _files().storePut(f"journal-base:{key}", text)
    return key


async def _write_journal(workspace: Workspace, journal: Journal, old: Journal) -> None:
    await _files().storePut(_journal_key(workspace), journal_to_text(journal))
    for stale in {old.base, old.pending_base} - {journal.base, journal.pending_base, ""}:
        await _files().storeDelete(f"journal-base:{stale}")


def _switch_to(session: Session, workspace: Workspace | None, token: int | None,
               status: str, stamp: str | None) -> None:
    """Show another file (or none): the page lets go of the one it had."""
    if session.file_token is not None:
        _files().forget(session.file_token)
    session.workspace, session.file_token = workspace, token
    session.status, session.detail, session.disk_stamp = status, "", stamp


def _may_leave(session: Session) -> bool:
    """Before another file replaces this one: unsaved changes stay in the journal, but ask."""
    if session.workspace is None or not session.workspace.unsaved:
        return True
    return bool(window.confirm(translate("file.leave_unsaved", session.view.language,
                                         count=session.workspace.unsaved,
                                         name=session.workspace.file_name)))


def _file_state(session: Session) -> FileState | None:
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
        view = replace(view, document=session.workspace.document, is_demo=False,
                       file=_file_state(session))
    view = replace(view, me=_me(view.document), today=datetime.now(UTC).date(),
                   secrets=_secrets(session, view.document))
    session.view = view
    document.documentElement.lang = view.language
    app = document.getElementById("app")
    typed = _typed_values(app)
    app.innerHTML = str(render_app(view))
    _restore_typed_values(app, typed)
    search = app.querySelector("[data-filter]")
    if _present(search) and str(search.value):
        _filter_rows(str(search.value))
    _local_times(app, view.language)
    _files().setUnsaved(session.workspace.unsaved if session.workspace else 0)


_FORM_CONTROLS = "form[data-form] input[name], form[data-form] textarea, form[data-form] select"


def _control_key(element: Any) -> str:
    form = element.form
    data = form.dataset
    return "|".join(str(getattr(data, name, "") or "") for name in
                    ("form", "record", "kind", "team")) + "|" + str(element.name) + "|" + str(
        element.value if element.type == "checkbox" else "")


def _typed_values(app: Any) -> dict[str, Any]:
    """What the person typed into a form and not yet sent: a re-render (a save finishing,
    others' changes coming in) must not wipe it."""
    typed: dict[str, Any] = {}
    for element in app.querySelectorAll(_FORM_CONTROLS):
        kind = str(element.type)
        if kind == "checkbox":
            if bool(element.checked) != bool(element.defaultChecked):
                typed[_control_key(element)] = bool(element.checked)
        elif kind == "select-one":
            option = element.options.item(element.selectedIndex)
            if _present(option) and not option.defaultSelected:
                typed[_control_key(element)] = str(element.value)
        elif kind != "hidden" and str(element.value) != str(element.defaultValue):
            typed[_control_key(element)] = str(element.value)
    return typed


def _restore_typed_values(app: Any, typed: dict[str, Any]) -> None:
    if not typed:
        return
    for element in app.querySelectorAll(_FORM_CONTROLS):
        key = _control_key(element)
        if key in typed:
            if str(element.type) == "checkbox":
                element.checked = typed[key]
            else:
                element.value = typed[key]


_TIME_STYLE = {"dateStyle": "medium", "timeStyle": "short"}
_LOCALES = {"nl": "nl-NL", "en": "en-GB"}


def _local_times(app: Any, language: Language) -> None:
    """Moments are kept in UTC; people read them in their own time zone and language."""
    style = to_js(_TIME_STYLE, dict_converter=window.Object.fromEntries)
    for element in app.querySelectorAll("time[datetime*='T']"):
        moment = window.Date.new(element.getAttribute("datetime"))
        element.textContent = moment.toLocaleString(_LOCALES[language], style)


def _filter_rows(query: str) -> None:
    """Show only the register's rows that hold every word typed into the filter."""
    words = query.casefold().split()
    for row in document.querySelectorAll("[data-list] tr[data-record]"):
        text = str(row.textContent).casefold()
        row.hidden = not all(word in text for word in words)


def _with_demo(view: AppView) -> AppView:
    """The demo organisation, dated as if its story ended this week (the clock is read here)."""
    started = datetime.now(UTC).replace(microsecond=0) - timedelta(days=200)
    return replace(view, document=demo_document("small", 1, started), is_demo=True, file=None)


def _problem(session: Session, text: str) -> None:
    session.view = replace(session.view, problem=text)
    show(session)


async def start() -> None:
    """Show the app for the remembered language and the area in the address, then go ready.

    ``?demo`` in the address opens the demo organisation at once (build.py --open uses it).
    """
    global _session
    view = AppView(language_or_default(_local(window.trustworkBoot.languageKey)),
                   area_for_hash(window.location.hash), page=page_for_hash(window.location.hash),
                   can_pick_files=bool(_files().canPickFiles()))
    window.trustworkBoot.markStage("data")
    if "demo" in parse_qs(str(window.location.search).lstrip("?"), keep_blank_values=True):
        view = _with_demo(view)
    remembered = await _files().remembered()
    _session = Session(replace(view, remembered_file=str(remembered) if _present(remembered)
                               else None))
    show(_session)
    _bind_handlers()
    _in_background(_watch())
    window.trustworkBoot.ready()


# -- the data file ---------------------------------------------------------------------------

async def _open_text(session: Session, picked: Any, token: int | None) -> bool:
    """Open a picked file; one that cannot be read gets a message and stays untouched."""
    name, text = str(picked.name), str(picked.text)
    try:
        if token is not None and int(picked.tooLarge):
            raise FileTooLargeError("/", size=int(picked.tooLarge), limit=codec.MAX_BYTES)
        workspace = opened(text, name)
    except DataFileError as error:
        if token is not None:
            _files().forget(token)
        _problem(session, describe_data_file_error(error, session.view.language))
        return False
    async with _save_lock:  # a save of the file shown until now finishes first
        _switch_to(session, workspace, token, "saved",
                   str(picked.stamp) if token is not None else None)
    problem = ""
    if workspace.read_only:
        problem = translate("data.read_only", session.view.language,
                            version=workspace.schema_version)
    async with _journal_lock:
        old = await _journal(workspace)
        # Changes of closed pages (and this page's own, if it opened this file before) come
        # from an earlier visit: offer them, and keep them apart until the person decides.
        pending, pending_base = (*old.pending, *old.entries), old.pending_base or old.base
        for key, orphan in await _left_behind(workspace):
            pending = (*pending, *orphan.pending, *orphan.entries)
            pending_base = pending_base or orphan.pending_base or orphan.base
            await _files().storeDelete(key)
        journal = Journal(await _keep_base(text))
        if pending:
            journal = replace(journal, pending_base=pending_base, pending=pending)
        await _write_journal(workspace, journal, old)
    session.view = replace(session.view, problem=problem, restore_offer=len(pending),
                           others_saved=False)
    show(session)
    _in_background(_prepare_to_write(workspace))
    return True


async def _prepare_to_write(workspace: Workspace) -> None:
    """Once the page has shown the file, encode it once, so the first save is quick."""
    await asyncio.sleep(0.2)
    async with _save_lock:
        if _session is not None and _session.workspace is workspace:
            codec.prepare_to_write(workspace.document)


async def open_file(session: Session) -> None:
    if not _files().canPickFiles():
        _files().openWithInput()  # the file comes back as a trustwork:file-chosen event
        return
    picked = await _files().pickToOpen()
    if _present(picked):
        await _open_text(session, picked, int(picked.token))


async def reopen_file(session: Session) -> None:
    name = session.view.remembered_file
    picked = await _files().reopen()
    if not _present(picked):
        return
    if await _open_text(session, picked, int(picked.token)) and not picked.same and name:
        _problem(session, translate("file.not_same", session.view.language, name=name))


async def new_file(session: Session) -> None:
    name = window.prompt(translate("file.new_name", session.view.language))
    if not _present(name) or not str(name).strip():
        return
    stamp = Stamp(_now(), _person())
    ids = iter(_new_ids(EditOrganisation({})))
    organisation = new_document(str(name).strip(), f"organisation-{secrets.token_hex(6)}",
                                stamp, lambda: next(ids))
    file_name = "".join(c if c.isalnum() else "-" for c in str(name).strip().lower()) + ".json"
    token = None
    if _files().canPickFiles():
        chosen = await _files().pickToCreate(file_name)
        if not _present(chosen):
            return
        file_name, token = str(chosen.name), int(chosen.token)
    async with _save_lock:
        _switch_to(session, created(organisation, file_name), token, "new", None)
    session.view = replace(session.view, problem="", restore_offer=0)
    await save(session)


async def apply(session: Session, command: Command) -> bool:
    """Handle one command on the open organisation: journal it at once, then render.
    Returns whether it was applied (a read-only file refuses, with a message)."""
    if session.workspace is None:
        if session.view.document is None:
            return False
        # The demo: changes live in this window only.
        changed = handle(session.view.document, command, Stamp(_now(), _person()),
                         iter(_new_ids(command)))
        session.view = replace(session.view, document=changed)
        show(session)
        return True
    if session.workspace.read_only:
        _problem(session, translate("file.read_only_edit", session.view.language))
        return False
    entry = JournalEntry(command, Stamp(_now(), _person()), _new_ids(command))
    changed, skipped = replay(session.workspace.document, [entry])
    if skipped:
        _problem(session, translate("journal.not_applicable", session.view.language))
        return False
    workspace = edited(session.workspace, changed)
    session.workspace = workspace
    session.edits += 1
    show(session)
    async with _journal_lock:
        old = await _journal(workspace)
        await _write_journal(workspace, replace(old, entries=(*old.entries, entry)), old)
    if session.file_token is not None and _autosave_delay() is not None:
        _in_background(_autosave(session.edits))
    return True


def _autosave_delay() -> float | None:
    """Seconds of quiet before saving by itself; localStorage "trustwork:autosave" may set
    another number, or "off"."""
    setting = _local(AUTOSAVE_KEY)
    if setting == "off":
        return None
    try:
        return float(setting) if setting else AUTOSAVE_SECONDS
    except ValueError:
        return AUTOSAVE_SECONDS


async def _autosave(edits_then: int) -> None:
    await asyncio.sleep(_autosave_delay() or AUTOSAVE_SECONDS)
    session = _session
    if session is not None and session.edits == edits_then and session.workspace is not None:
        await save(session)


def _report(session: Session, outcome: MergeOutcome | None) -> None:
    if outcome is None:
        session.status, session.detail = "saved", ""
        return
    session.status = "conflict" if outcome.new_conflicts else "merged"
    session.detail = translate("file.merge_report", session.view.language,
                               records=len(outcome.records_from_theirs),
                               conflicts=len(outcome.new_conflicts))


async def _write_checked(token: int, workspace: Workspace, session: Session) -> tuple[Any, str]:
    """Read the file, plan (merging if it changed) and write it; when it changed again while
    this page planned, plan once more. Returns the plan written and the file's stamp after."""
    for _ in range(3):
        current = await _files().read(token)
        if int(current.tooLarge):
            raise FileTooLargeError("/", size=int(current.tooLarge), limit=codec.MAX_BYTES)
        plan = plan_save(workspace, str(current.text))
        if str(await _files().stampOf(token)) != str(current.stamp):
            continue  # someone saved while this page merged: merge with that too
        await _files().write(token, plan.text)
        after = await _files().read(token)
        if fingerprint(str(after.text)) != fingerprint(plan.text):
            raise OSError(translate("file.write_check_failed", session.view.language))
        return plan, str(after.stamp)
    raise OSError(translate("file.busy", session.view.language))


async def save(session: Session) -> None:
    """One save at a time: read the file, merge if someone else saved, write, read back."""
    async with _save_lock:
        workspace, token = session.workspace, session.file_token
        if workspace is None or workspace.read_only:
            return
        async with _journal_lock:
            entries_at_plan = len((await _journal(workspace)).entries)
        session.status = "saving"
        show(session)
        try:
            if token is not None:
                plan, stamp = await _write_checked(token, workspace, session)
            else:
                plan, stamp = plan_save(workspace, None), None
                _files().download(workspace.file_name, plan.text)
        except DataFileError as error:
            session.status = "failed"
            session.detail = describe_data_file_error(error, session.view.language)
            show(session)
            return
        except Exception as error:  # the browser's own errors (permission, disk full, ...) too
            session.status, session.detail = "failed", _error_text(error)
            show(session)
            return
        session.saves += 1
        base = await _keep_base(plan.text)
        async with _journal_lock:
            old = await _journal(workspace)
            # Only what this save wrote leaves the journal: later changes stay in it.
            await _write_journal(workspace, replace(old, base=base,
                                                    entries=old.entries[entries_at_plan:]), old)
        if session.workspace is None or session.file_token != token:
            return  # another file was opened meanwhile; this one is safely written
        session.workspace = saved(session.workspace, plan, workspace.document,
                                  workspace.unsaved)
        session.disk_stamp = stamp
        _report(session, plan.outcome)
        if token is None:
            session.status = "downloaded"
        session.view = replace(session.view, others_saved=False)
        show(session)


def _error_text(error: BaseException | None) -> str:
    text = str(error).strip()
    return text if text.endswith(".") else text + "."


async def restore_journal(session: Session) -> None:
    """Replay the unsaved changes of an earlier visit onto the file as it is now."""
    workspace = session.workspace
    if workspace is None:
        return
    async with _journal_lock:
        journal = await _journal(workspace)
        stored = await _files().storeGet(f"journal-base:{journal.pending_base}")
        base = codec.load(str(stored)).document if _present(stored) else workspace.base
        theirs, skipped = replay(base, journal.pending)
        restored = merge(base, theirs, workspace.document).document
        await _write_journal(workspace, Journal(journal.base, (*journal.pending,
                                                               *journal.entries)), journal)
    session.workspace = replace(workspace, document=restored,
                                unsaved=workspace.unsaved + len(journal.pending) - skipped)
    problem = translate("journal.skipped", session.view.language, count=skipped) if skipped else ""
    session.view = replace(session.view, restore_offer=0, problem=problem)
    show(session)


async def discard_journal(session: Session) -> None:
    if session.workspace is not None:
        async with _journal_lock:
            old = await _journal(session.workspace)
            await _write_journal(session.workspace, replace(old, pending_base="", pending=()),
                                 old)
    session.view = replace(session.view, restore_offer=0)
    show(session)


async def pull(session: Session) -> None:
    """Take in what others saved, keeping this person's unsaved changes."""
    token = session.file_token
    if session.workspace is None or token is None:
        return
    async with _save_lock:
        current = await _files().read(token)
        try:
            session.workspace, outcome = pulled(session.workspace, str(current.text))
        except DataFileError as error:
            _problem(session, describe_data_file_error(error, session.view.language))
            return
        session.disk_stamp = str(current.stamp)
    _report(session, outcome)
    session.view = replace(session.view, others_saved=False)
    show(session)


async def _watch() -> None:
    """Notice when someone else saved the open file (its time or size changed)."""
    while True:
        await asyncio.sleep(WATCH_SECONDS)
        session = _session
        if session is None or session.workspace is None or session.file_token is None:
            continue
        if _save_lock.locked() or session.view.others_saved:
            continue
        token, saves = session.file_token, session.saves
        try:
            if str(await _files().stampOf(token)) == session.disk_stamp:
                continue
            current = await _files().read(token)
        except Exception:  # the file may be away for a moment (a network drive)
            continue
        if session.saves != saves or session.file_token != token or _save_lock.locked():
            continue  # a save happened meanwhile: what was read is old news
        session.disk_stamp = str(current.stamp)
        if session.workspace is not None and (
                fingerprint(str(current.text)) != session.workspace.base_fingerprint):
            session.view = replace(session.view, others_saved=True)
            show(session)


# -- the register: who am I, records, confidential team records --------------------------------

def _crypto() -> Any:
    return window.trustworkCrypto


def _marker(record: Record) -> str:
    """Which ciphertext a record holds now: content opened from another one is stale."""
    value = record.fields.get("sealed")
    return repr(sorted(value.items())) if isinstance(value, dict) else ""


def _secrets(session: Session, document: Document | None) -> Secrets:
    """What this page has unlocked, as the view shows it; schedules opening what changed."""
    if document is None or not session.keys:
        return Secrets()
    unlocked, content, problems, stale = set(), {}, {}, False
    for team_id, (key, _handles) in session.keys.items():
        team = document.records.get(team_id)
        try:
            lock = lock_of(team) if team is not None else None
        except CannotUnlockError:
            lock = None
        if lock is not None and lock.key == key:
            unlocked.add(team_id)
    for record in document.live(TEAM_RECORD):
        if not is_confidential(record) or record.fields.get("team") not in unlocked:
            continue
        marker = _marker(record)
        opened = session.opened.get(record.id)
        problem = session.lock_problems.get(record.id)
        if opened is not None and opened[0] == marker:
            content[record.id] = opened[1]
        elif problem is not None and problem[0] == marker:
            problems[record.id] = problem[1]
        else:
            stale = True
    if stale:
        _in_background(_open_records(session))
    return Secrets(frozenset(unlocked), content, problems)


async def _open_records(session: Session) -> None:
    """Decrypt the confidential records of unlocked teams that changed, then show them."""
    document = session.view.document
    if document is None:
        return
    for record in document.live(TEAM_RECORD):
        team_id = record.fields.get("team")
        if not is_confidential(record) or team_id not in session.keys:
            continue
        marker = _marker(record)
        if (session.opened.get(record.id, ("",))[0] == marker
                or session.lock_problems.get(record.id, ("",))[0] == marker):
            continue
        try:
            session.opened[record.id] = (marker, await _open_record(session, record))
            session.lock_problems.pop(record.id, None)
        except CannotUnlockError as error:
            session.lock_problems[record.id] = (marker, error.message_key)
            session.opened.pop(record.id, None)
    show(session)


async def _open_record(session: Session, record: Record) -> dict[str, JsonValue]:
    team_id = str(record.fields.get("team"))
    team = _document(session).records.get(team_id)
    if team is None:
        raise CannotUnlockError()
    lock, _handle = _team_key(session, team)
    sealed = sealed_of(record, lock)
    handle = session.keys[team_id][1].get(sealed.key)
    if handle is None:
        raise CannotUnlockError("secret.other_key")
    text = await _crypto().open(handle, sealed.iv, sealed.data,
                                record_context(team_id, record.id, sealed.key))
    if not _present(text):
        raise CannotUnlockError()
    return codec.sealed_content_from_text(str(text))


def _document(session: Session) -> Document:
    if session.view.document is None:
        raise CannotUnlockError()
    return session.view.document


def _team_key(session: Session, team: Record) -> tuple[TeamLock, int]:
    """The team's lock and the handle of its current key, unlocked in this page."""
    lock = lock_of(team)
    if lock is None:
        raise CannotUnlockError("secret.no_passphrase")
    held = session.keys.get(team.id)
    if held is None or held[0] != lock.key:
        raise CannotUnlockError("secret.needs_unlock")
    return lock, held[1][lock.key]


async def _unlock(session: Session, team_id: str, passphrase: str) -> None:
    """Derive the team's key from the passphrase and check it against the team's lock."""
    team = _document(session).record(team_id)
    lock = lock_of(team)
    if lock is None:
        raise CannotUnlockError("secret.no_passphrase")
    handle = int(await _crypto().deriveKey(passphrase, lock.salt, lock.iterations))
    if not handle:
        raise CannotUnlockError("secret.damaged")
    check = await _crypto().open(handle, lock.check.iv, lock.check.data,
                                 check_context(team_id, lock.key))
    if not _present(check) or str(check) != CHECK_TEXT:
        _crypto().forget(handle)
        raise CannotUnlockError()
    handles = {lock.key: handle}
    for earlier in lock.previous:  # records sealed under an earlier passphrase open too
        opened = int(await _crypto().unwrap(handle, earlier.iv, earlier.data,
                                            previous_context(team_id, earlier.key, lock.key)))
        if opened:
            handles[earlier.key] = opened
    _forget_key(session, team_id)
    session.keys[team_id] = (lock.key, handles)


def _forget_key(session: Session, team_id: str) -> None:
    held = session.keys.pop(team_id, None)
    for key_handle in held[1].values() if held is not None else ():
        _crypto().forget(key_handle)


async def _seal(handle: int, text: str, context: str, key: str) -> Sealed:
    result = await _crypto().seal(handle, text, context)
    return Sealed(key, str(result.iv), str(result.data))


async def _sealed_fields(session: Session, team_id: str, record_id: str,
                         fields: dict[str, JsonValue], show_title: bool) -> dict[str, JsonValue]:
    """A confidential record's stored fields: its content encrypted with the team's key."""
    team = _document(session).record(team_id)
    lock, handle = _team_key(session, team)
    content = content_of(fields, SEALED_FIELDS)
    sealed = await _seal(handle, codec.sealed_content_to_text(content),
                         record_context(team_id, record_id, lock.key), lock.key)
    session.opened[record_id] = ("", dict(content))
    title = fields.get("title")
    return stored_fields(team_id, title if isinstance(title, str) else "", show_title, sealed)


async def _change_passphrase(session: Session, team_id: str, current: str, new: str,
                             repeated: str) -> int | None:
    """Give the team a new passphrase and encrypt its confidential records again with it.

    Earlier keys go into the new lock, sealed under the new key: a record someone else
    sealed under the old passphrase meanwhile still opens. Returns how many records were
    encrypted again, or None when the change could not be applied (a read-only file)."""
    check_new_passphrase(new, repeated)
    document = _document(session)
    team = document.record(team_id)
    if lock_of(team) is not None and team_id not in _secrets(session, document).unlocked:
        await _unlock(session, team_id, current)
    contents: dict[str, tuple[JsonValue, dict[str, JsonValue]]] = {}
    for record in document.live(TEAM_RECORD):
        if is_confidential(record) and record.fields.get("team") == team_id:
            try:
                contents[record.id] = (record.fields.get("sealed"),
                                       await _open_record(session, record))
            except CannotUnlockError:
                continue  # sealed under a key nobody here knows: it stays as it is
    key = secrets.token_hex(8)
    salt = str(_crypto().randomBase64(SALT_BYTES))
    handle = int(await _crypto().deriveKey(new, salt, ITERATIONS))
    check = await _seal(handle, CHECK_TEXT, check_context(team_id, key), key)
    held = session.keys.get(team_id, ("", {}))[1]
    previous = []
    for earlier, earlier_handle in sorted(held.items()):
        wrapped = await _crypto().wrap(handle, earlier_handle,
                                       previous_context(team_id, earlier, key))
        previous.append(Sealed(earlier, str(wrapped.iv), str(wrapped.data)))
    now = _document(session)  # a merge may have come in while the keys were derived
    sealed: dict[str, JsonValue] = {}
    for record_id, (was, content) in contents.items():
        if now.records[record_id].fields.get("sealed") == was:
            again = await _seal(handle, codec.sealed_content_to_text(content),
                                record_context(team_id, record_id, key), key)
            sealed[record_id] = sealed_to_value(again)
    lock = TeamLock(key, salt, ITERATIONS, check, tuple(previous))
    if not await apply(session, ReplaceTeamKey(team_id, lock_to_value(lock), sealed)):
        _crypto().forget(handle)
        return None
    session.keys[team_id] = (key, {**held, key: handle})
    return len(sealed)


def _form_values(form: Any) -> dict[str, list[str]]:
    """Every value of a form, by field name (several for a group of checkboxes)."""
    values: dict[str, list[str]] = {}
    for pair in window.FormData.new(form).entries():
        values.setdefault(str(pair[0]), []).append(str(pair[1]))
    return values


def _go(session: Session, location: str, notice: str = "") -> None:
    """Show another page of the app, as a new entry in the browser's history."""
    window.history.pushState(jsnull, "", location)
    session.view = replace(session.view, area=area_for_hash(location),
                           page=page_for_hash(location), form_error=None, notice=notice)
    show(session)
    document.getElementById("area").focus()


def _form_failed(session: Session, form: str, error: Exception) -> None:
    language = session.view.language
    if isinstance(error, FieldValueError):
        failed = FormError(form, error.field, translate(error.message_key, language,
                                                        **error.parameters))
    elif isinstance(error, CannotUnlockError):
        failed = FormError(form, "", translate(error.message_key, language))
    else:
        raise error
    session.view = replace(session.view, form_error=failed, notice="")
    show(session)


async def submit_form(session: Session, form: Any) -> None:
    """A register form was sent: read it, make the command, apply it, show the result."""
    kind = str(form.dataset.form)
    values = _form_values(form)
    language = session.view.language
    if kind not in ("unlock", "pick-me") and session.workspace is not None and (
            session.workspace.read_only):
        _problem(session, translate("file.read_only_edit", language))
        return
    try:
        if kind == "create":
            await _create(session, str(form.dataset.kind), values)
        elif kind == "update":
            await _update(session, str(form.dataset.record), values)
        elif kind == "pick-me":
            _pick_me(session, values.get("person", [""])[0])
        elif kind == "add-me":
            fields = changed_fields(None, read_form("person", values, _document(session)))
            record_id = f"person-{secrets.token_hex(6)}"
            if await apply(session, CreateRecord("person", record_id, fields)):
                _pick_me(session, record_id)
        elif kind == "unlock":
            await _unlock(session, str(form.dataset.team), values.get("passphrase", [""])[0])
            form.reset()
            session.view = replace(session.view, form_error=None)
            show(session)
        elif kind == "passphrase":
            had_lock = lock_of(_document(session).record(str(form.dataset.team))) is not None
            count = await _change_passphrase(
                session, str(form.dataset.team), values.get("current_passphrase", [""])[0],
                values.get("new_passphrase", [""])[0], values.get("repeat_passphrase", [""])[0])
            if count is None:
                return
            form.reset()
            notice = (translate("secret.changed", language, count=count) if had_lock
                      else translate("secret.set_done", language))
            session.view = replace(session.view, form_error=None, notice=notice)
            show(session)
    except (FieldValueError, CannotUnlockError) as error:
        _form_failed(session, kind, error)


def _pick_me(session: Session, person_id: str) -> None:
    document = _document(session)
    person = document.records.get(person_id)
    if not person_id:
        raise FieldValueError("person", "me.choose_first")
    if person is None or person.kind != "person":
        raise FieldValueError("person", "form.error.unknown_record")
    _remember(ME_KEY + document.organisation.id, person_id)
    _go(session, "#people/me",
        translate("me.chosen", session.view.language, name=label(person)))


async def _create(session: Session, kind: str, values: dict[str, list[str]]) -> None:
    fields = read_form(kind, values, _document(session))
    record_id = f"{kind.replace('_', '-')}-{secrets.token_hex(6)}"
    if kind == TEAM_RECORD and "yes" in values.get("confidential", []):
        fields = await _sealed_fields(session, str(fields["team"]), record_id, fields,
                                      "yes" in values.get("show_title", []))
    name = fields.get("name") or fields.get("title") or translate("secret.untitled",
                                                                  session.view.language)
    if await apply(session, CreateRecord(kind, record_id, changed_fields(None, fields))):
        _go(session, f"#people/{record_id}",
            translate("register.created", session.view.language, name=name))


async def _update(session: Session, record_id: str, values: dict[str, list[str]]) -> None:
    document = _document(session)
    record = document.record(record_id)
    fields = read_form(record.kind, values, document)
    if is_confidential(record):
        opened = session.opened.get(record.id)
        current = opened[1] if opened is not None else {}
        if content_of(fields, SEALED_FIELDS) == content_of(current, SEALED_FIELDS):
            fields = {}
        else:
            show_title = record.fields.get("show_title") is True
            fields = await _sealed_fields(session, str(record.fields.get("team")), record.id,
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
    session.view = replace(session.view, form_error=None,
                           notice=translate("register.applied", session.view.language))
    await apply(session, UpdateRecord(record_id, fields))


async def delete_record(session: Session, target: Any) -> None:
    record_id = str(target.dataset.recordId)
    record = _document(session).record(record_id)
    name = label(record) or translate("secret.untitled", session.view.language)
    if not window.confirm(translate("register.delete_confirm", session.view.language, name=name)):
        return
    if await apply(session, DeleteRecord(record_id)):
        _go(session, "#people", translate("register.deleted", session.view.language, name=name))


FILE_ACTIONS: dict[str, Callable[[Session], Awaitable[None]]] = {
    "open-file": open_file,
    "reopen": reopen_file,
    "new-file": new_file,
    "save": save,
    "restore-journal": restore_journal,
    "discard-journal": discard_journal,
    "pull": pull,
}


# -- events ----------------------------------------------------------------------------------

def _bind_handlers() -> None:
    @when("click", "#app")
    async def on_click(event: Any) -> None:
        target = event.target.closest("[data-action]")
        session = _session
        if not _present(target) or session is None:
            return
        try:
            await _act(session, str(target.dataset.action), target)
        except Exception as error:  # shown in the page, never only in the console
            _show_failure(error)

    async def _act(session: Session, action: str, target: Any) -> None:
        if action == "set-language":
            language: Language = language_or_default(target.dataset.language)
            _remember(window.trustworkBoot.languageKey, language)
            session.view = replace(session.view, language=language)
            show(session)
        elif action in ("open-demo", "open-file", "reopen", "new-file") and not _may_leave(
                session):
            return
        elif action == "open-demo":
            _switch_to(session, None, None, "saved", None)
            session.view = _with_demo(session.view)
            show(session)
        elif action in FILE_ACTIONS:
            await FILE_ACTIONS[action](session)
        elif action == "resolve":
            take_other = str(target.dataset.takeOther) == "true"
            await apply(session, ResolveConflict(str(target.dataset.conflictId), take_other))
        elif action == "delete-record":
            await delete_record(session, target)

    @when("submit", "#app")
    def on_submit(event: Any) -> None:
        event.preventDefault()  # at once: an async handler would be too late to stop the form
        session = _session
        form = event.target
        if session is None:
            return
        if str(form.dataset.form) != "organisation":
            _in_background(submit_form(session, form))
            return
        current = session.view.document.organisation.fields if session.view.document else {}
        typed = {name: str(form.elements.namedItem(name).value).strip()
                 for name in ("name", "mission")}
        # Only what the person changed: an untouched empty field is not an edit.
        fields = {name: value for name, value in typed.items()
                  if value != (current.get(name) or "")}
        if fields:
            _in_background(apply(session, EditOrganisation(fields)))

    @when("input", "#app")
    def on_input(event: Any) -> None:
        if bool(event.target.matches("[data-filter]")):
            _filter_rows(str(event.target.value))

    @when("trustwork:file-chosen", window)
    async def on_file_chosen(event: Any) -> None:
        if _session is not None:
            try:
                await _open_text(_session, event.detail, None)
            except Exception as error:  # shown in the page, never only in the console
                _show_failure(error)

    @when("hashchange", window)
    def on_hash_change() -> None:
        session = _session
        if session is None:
            return
        session.view = replace(session.view, area=area_for_hash(window.location.hash),
                               page=page_for_hash(window.location.hash), form_error=None,
                               notice="")
        show(session)
        document.getElementById("area").focus()
