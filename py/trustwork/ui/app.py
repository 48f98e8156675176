"""The running app in the page: start-up, navigation, language, the demo and the data file.

Each handler is short: read what the person did, handle a command or a file step with the
pure parts of the package, journal it, render. The browser's files and storage are reached
through ``trustworkFiles`` (web/static/files.js); the clock and new ids are read here.
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

from pyodide.ffi import jsnull
from pyscript import document, when, window

from trustwork.areas import area_for_hash
from trustwork.commands import (
    IDS_PER_COMMAND,
    Command,
    EditOrganisation,
    ResolveConflict,
    handle,
)
from trustwork.demo import demo_document
from trustwork.errors import DataFileError, TrustworkError
from trustwork.i18n import Language, describe_data_file_error, language_or_default, translate
from trustwork.model.document import Stamp, new_document
from trustwork.store import codec
from trustwork.store.journal import JournalEntry, journal_from_text, journal_text, replay
from trustwork.store.merge import MergeOutcome, merge
from trustwork.views import AppView, FileState, render_app
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
AUTOSAVE_KEY = "trustwork:autosave"


@dataclass
class Session:
    """What this page holds besides the view: the open file and what the saver knows."""

    view: AppView
    workspace: Workspace | None = None
    status: str = "saved"
    detail: str = ""
    disk_stamp: str | None = None
    edits: int = 0  # increases with every change: autosave waits for quiet


_session: Session | None = None
_save_lock = asyncio.Lock()
_background: set[asyncio.Future[None]] = set()  # running autosaves and the watcher


def _in_background(work: Any) -> None:
    future = asyncio.ensure_future(work)
    _background.add(future)
    future.add_done_callback(_finished)


def _finished(future: asyncio.Future[None]) -> None:
    """A background task ended: a failure is shown, never silently dropped."""
    _background.discard(future)
    if future.cancelled() or future.exception() is None:
        return
    error = future.exception()
    window.console.error(f"Trustwork: {type(error).__name__}: {error}")
    if _session is not None:
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
    """Who makes changes from this browser (a stable id until people pick themselves)."""
    person = _local(PERSON_KEY)
    if not person:
        person = f"browser-{secrets.token_hex(4)}"
        _remember(PERSON_KEY, person)
    return person


def _new_ids() -> tuple[str, ...]:
    return tuple(f"change-{secrets.token_hex(6)}" for _ in range(IDS_PER_COMMAND))


def _journal_key(workspace: Workspace, part: str) -> str:
    """Per organisation and file name: a copy of the file under another name has its own."""
    return f"journal:{workspace.document.organisation.id}:{workspace.file_name}:{part}"


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
    elif status in ("saved", "merged", "conflict") and workspace.unsaved:
        status = "unsaved"
    return FileState(workspace.file_name, status, workspace.unsaved,
                     bool(_files().canPickFiles()) and _files().hasFile(), session.detail)


def show(session: Session) -> None:
    """Render the session into the page."""
    view = session.view
    if session.workspace is not None:
        view = replace(view, document=session.workspace.document, is_demo=False,
                       file=_file_state(session))
    session.view = view
    document.documentElement.lang = view.language
    document.getElementById("app").innerHTML = str(render_app(view))
    _files().setUnsaved(session.workspace.unsaved if session.workspace else 0)


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
                   area_for_hash(window.location.hash),
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

async def _open_text(session: Session, name: str, text: str) -> None:
    """Open a file's text; a file that cannot be read gets a message and stays untouched."""
    try:
        workspace = opened(text, name)
    except DataFileError as error:
        _problem(session, describe_data_file_error(error, session.view.language))
        return
    session.workspace, session.status, session.detail = workspace, "saved", ""
    session.disk_stamp = await _files().currentStamp() if _files().hasFile() else None
    problem = ""
    if workspace.read_only:
        problem = translate("data.read_only", session.view.language,
                            version=workspace.schema_version)
    session.view = replace(session.view, problem=problem)
    pending = await _journal_entries(workspace)
    session.view = replace(session.view, restore_offer=len(pending), others_saved=False)
    if not pending:
        await _files().storePut(_journal_key(workspace, "base"), text)
    show(session)


async def _journal_entries(workspace: Workspace) -> list[JournalEntry]:
    stored = await _files().storeGet(_journal_key(workspace, "entries"))
    return journal_from_text(str(stored)) if _present(stored) else []


async def open_file(session: Session) -> None:
    if not _files().canPickFiles():
        _files().openWithInput()  # the file comes back as a trustwork:file-chosen event
        return
    picked = await _files().pickToOpen()
    if _present(picked):
        await _open_text(session, str(picked.name), str(picked.text))


async def reopen_file(session: Session) -> None:
    name = session.view.remembered_file
    picked = await _files().reopen()
    if not _present(picked):
        return
    await _open_text(session, str(picked.name), str(picked.text))
    if not picked.same and name:
        _problem(session, translate("file.not_same", session.view.language, name=name))


async def new_file(session: Session) -> None:
    name = window.prompt(translate("file.new_name", session.view.language))
    if not _present(name) or not str(name).strip():
        return
    stamp = Stamp(_now(), _person())
    ids = iter(_new_ids())
    organisation = new_document(str(name).strip(), f"organisation-{secrets.token_hex(6)}",
                                stamp, lambda: next(ids))
    file_name = "".join(c if c.isalnum() else "-" for c in str(name).strip().lower()) + ".json"
    if _files().canPickFiles():
        chosen = await _files().pickToCreate(file_name)
        if not _present(chosen):
            return
        file_name = str(chosen.name)
    session.workspace, session.status = created(organisation, file_name), "new"
    session.view = replace(session.view, problem="", restore_offer=0)
    await save(session)


async def apply(session: Session, command: Command) -> None:
    """Handle one command on the open organisation: journal it at once, then render."""
    if session.workspace is None:
        if session.view.document is not None:  # the demo: changes live in this window only
            ids = iter(_new_ids())
            changed = handle(session.view.document, command, Stamp(_now(), _person()), ids)
            session.view = replace(session.view, document=changed)
            show(session)
        return
    if session.workspace.read_only:
        _problem(session, translate("data.read_only", session.view.language,
                                    version=session.workspace.schema_version))
        return
    entry = JournalEntry(command, Stamp(_now(), _person()), _new_ids())
    try:
        changed = replay(session.workspace.document, [entry])
    except TrustworkError as error:
        _problem(session, str(error))
        return
    session.workspace = edited(session.workspace, changed)
    session.edits += 1
    entries = await _journal_entries(session.workspace)
    await _files().storePut(_journal_key(session.workspace, "entries"),
                            journal_text([*entries, entry]))
    show(session)
    if _files().canPickFiles() and _files().hasFile() and _autosave_delay() is not None:
        _in_background(_autosave(session.edits))


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


async def save(session: Session) -> None:
    """One save at a time: read the file, merge if someone else saved, write, read back."""
    async with _save_lock:
        workspace = session.workspace
        if workspace is None or workspace.read_only:
            return
        session.status = "saving"
        show(session)
        writes = bool(_files().canPickFiles()) and bool(_files().hasFile())
        try:
            on_disk = str((await _files().readCurrent()).text) if writes else None
            plan = plan_save(workspace, on_disk)
            if writes:
                await _files().writeCurrent(plan.text)
                if fingerprint(str((await _files().readCurrent()).text)) != fingerprint(plan.text):
                    raise OSError(translate("file.write_check_failed", session.view.language))
                session.disk_stamp = await _files().currentStamp()
            else:
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
        current = session.workspace or workspace
        session.workspace = saved(current, plan, workspace.document, workspace.unsaved)
        _report(session, plan.outcome)
        await _files().storePut(_journal_key(session.workspace, "base"), plan.text)
        await _files().storeDelete(_journal_key(session.workspace, "entries"))
        session.view = replace(session.view, others_saved=False)
        show(session)


def _error_text(error: BaseException) -> str:
    text = str(error).strip()
    return text if text.endswith(".") else text + "."


async def restore_journal(session: Session) -> None:
    """Replay the unsaved commands of last time onto the file as it is now."""
    workspace = session.workspace
    if workspace is None:
        return
    base_text = await _files().storeGet(_journal_key(workspace, "base"))
    entries = await _journal_entries(workspace)
    base = codec.load(str(base_text)).document if _present(base_text) else workspace.base
    restored = merge(base, replay(base, entries), workspace.document).document
    session.workspace = replace(workspace, document=restored, unsaved=len(entries))
    session.view = replace(session.view, restore_offer=0)
    await _files().storePut(_journal_key(workspace, "base"), codec.dumps(workspace.base))
    await _files().storePut(_journal_key(workspace, "entries"), journal_text(entries))
    show(session)


async def discard_journal(session: Session) -> None:
    if session.workspace is not None:
        await _files().storeDelete(_journal_key(session.workspace, "entries"))
        await _files().storePut(_journal_key(session.workspace, "base"),
                                codec.dumps(session.workspace.base))
    session.view = replace(session.view, restore_offer=0)
    show(session)


async def pull(session: Session) -> None:
    """Take in what others saved, keeping this person's unsaved changes."""
    if session.workspace is None or not _files().hasFile():
        return
    try:
        text = str((await _files().readCurrent()).text)
        session.workspace, outcome = pulled(session.workspace, text)
    except DataFileError as error:
        _problem(session, describe_data_file_error(error, session.view.language))
        return
    session.disk_stamp = await _files().currentStamp()
    _report(session, outcome)
    session.view = replace(session.view, others_saved=False)
    show(session)


async def _watch() -> None:
    """Notice when someone else saved the open file (its time or size changed)."""
    while True:
        await asyncio.sleep(WATCH_SECONDS)
        session = _session
        if session is None or session.workspace is None or not _files().hasFile():
            continue
        if _save_lock.locked() or session.view.others_saved:
            continue
        try:
            stamp = await _files().currentStamp()
            if str(stamp) == session.disk_stamp:
                continue
            text = str((await _files().readCurrent()).text)
        except Exception:  # the file may be away for a moment (a network drive)
            continue
        session.disk_stamp = str(stamp)
        if fingerprint(text) != session.workspace.base_fingerprint:
            session.view = replace(session.view, others_saved=True)
            show(session)


# -- events ----------------------------------------------------------------------------------

def _bind_handlers() -> None:
    @when("click", "#app")
    async def on_click(event: Any) -> None:
        target = event.target.closest("[data-action]")
        session = _session
        if not _present(target) or session is None:
            return
        action = str(target.dataset.action)
        if action == "set-language":
            language: Language = language_or_default(target.dataset.language)
            _remember(window.trustworkBoot.languageKey, language)
            session.view = replace(session.view, language=language)
            show(session)
        elif action in ("open-demo", "open-file", "reopen", "new-file") and not _may_leave(
                session):
            return
        elif action == "open-demo":
            session.workspace = None
            session.view = _with_demo(session.view)
            show(session)
        elif action == "open-file":
            await open_file(session)
        elif action == "reopen":
            await reopen_file(session)
        elif action == "new-file":
            await new_file(session)
        elif action == "save":
            await save(session)
        elif action == "restore-journal":
            await restore_journal(session)
        elif action == "discard-journal":
            await discard_journal(session)
        elif action == "pull":
            await pull(session)
        elif action == "resolve":
            take_other = str(target.dataset.takeOther) == "true"
            await apply(session, ResolveConflict(str(target.dataset.conflictId), take_other))

    @when("submit", "#app")
    def on_submit(event: Any) -> None:
        event.preventDefault()  # at once: an async handler would be too late to stop the form
        session = _session
        form = event.target
        if session is None or str(form.dataset.form) != "organisation":
            return
        current = session.view.document.organisation.fields if session.view.document else {}
        typed = {name: str(form.elements.namedItem(name).value).strip()
                 for name in ("name", "mission")}
        # Only what the person changed: an untouched empty field is not an edit.
        fields = {name: value for name, value in typed.items()
                  if value != (current.get(name) or "")}
        if fields:
            _in_background(apply(session, EditOrganisation(fields)))

    @when("trustwork:file-chosen", window)
    async def on_file_chosen(event: Any) -> None:
        if _session is not None:
            await _open_text(_session, str(event.detail.name), str(event.detail.text))

    @when("hashchange", window)
    def on_hash_change() -> None:
        session = _session
        if session is None:
            return
        session.view = replace(session.view, area=area_for_hash(window.location.hash))
        show(session)
        document.getElementById("area").focus()
