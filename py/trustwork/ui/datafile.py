"""The data file's life in the page: open, new, apply a change, save, take in others' news,
watch the file, and the journal that keeps every change until it is saved."""

from __future__ import annotations

import asyncio
import gc
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from pyscript import window

from trustwork.commands import Command, EditOrganisation, check_personal, handle
from trustwork.errors import DataFileError, FileTooLargeError, RefusedError, TrustworkError
from trustwork.i18n import describe_data_file_error, translate
from trustwork.model.document import Stamp, new_document
from trustwork.store import codec
from trustwork.store.journal import (
    Journal,
    journal_from_text,
    journal_to_text,
    new_entry,
    replay,
)
from trustwork.ui.background import error_text, in_background, stepwise
from trustwork.ui.browser import (
    ask,
    confirm,
    content,
    files,
    local,
    new_id,
    new_ids,
    now,
    person,
    present,
    to_browser,
    today,
)
from trustwork.ui.render import busy, problem, show
from trustwork.ui.state import (
    AUTOSAVE_KEY,
    AUTOSAVE_SECONDS,
    WATCH_SECONDS,
    Session,
    current,
    journal_lock,
    save_lock,
)
from trustwork.views import first_screen
from trustwork.workspace import (
    SavePlan,
    Workspace,
    changed_on_disk,
    created,
    edited,
    opening,
    plan_save,
    pulled,
    saved,
)

if TYPE_CHECKING:
    from trustwork.store.merge import MergeOutcome

# -- the journal -------------------------------------------------------------------------------

def _journal_prefix(workspace: Workspace) -> str:
    """Per organisation and file name: a copy of the file under another name has its own."""
    return f"journal:{workspace.document.organisation.id}:{workspace.file_name}:"


def _journal_key(workspace: Workspace) -> str:
    """And per page: two pages open at once each keep their own."""
    return _journal_prefix(workspace) + str(files().tab)


async def _left_behind(workspace: Workspace) -> list[tuple[str, Journal]]:
    """Journals of this file kept by pages that are closed now (crashed, killed, shut)."""
    live = await files().liveTabs()
    if not present(live):
        return []
    alive = {str(tab) for tab in live}
    found = []
    for key in await files().storeKeys(_journal_prefix(workspace)):
        tab = str(key).rsplit(":", 1)[-1]
        if str(key) != _journal_key(workspace) and tab not in alive:
            found.append((str(key), journal_from_text(str(await files().storeGet(key)))))
    return found


async def _journal(workspace: Workspace) -> Journal:
    stored = await files().storeGet(_journal_key(workspace))
    return journal_from_text(str(stored)) if present(stored) else Journal()


# Where a file's text is kept for the journal, by its fingerprint: now (a blob), and as
# versions before it kept it (a string, which those versions alone read back).
_BASE_PREFIXES = ("journal-file:", "journal-base:")


async def _keep_base(data: bytes, key: str) -> str:
    """Store a file's text once, under its fingerprint ``key``; the journal refers to it."""
    if not present(await files().storeGet(_BASE_PREFIXES[0] + key)):
        await files().storeFileText(_BASE_PREFIXES[0] + key, to_browser(data))
    return key


async def _kept_base(key: str) -> str | None:
    """The text kept under the fingerprint ``key``, by this version or an earlier one."""
    for prefix in _BASE_PREFIXES:
        text = await files().storeGetFileText(prefix + key)
        if present(text):
            return str(text)
    return None


async def _write_journal(workspace: Workspace, journal: Journal, old: Journal) -> None:
    await files().storePut(_journal_key(workspace), journal_to_text(journal))
    for stale in {old.base, old.pending_base} - {journal.base, journal.pending_base, ""}:
        for prefix in _BASE_PREFIXES:
            await files().storeDelete(prefix + stale)


# -- opening -----------------------------------------------------------------------------------

def switch_to(session: Session, workspace: Workspace | None, token: int | None,
              status: str, stamp: str | None) -> None:
    """Show another file (or none): the page lets go of the one it had."""
    if session.file_token is not None:
        files().forget(session.file_token)
    if session.folder_token is not None:
        files().forgetFolder(session.folder_token)
    session.workspace, session.file_token, session.folder_token = workspace, token, None
    session.status, session.detail, session.disk_stamp = status, "", stamp
    session.view = replace(session.view, folder_allowed=False, folder_again=False,
                           copies_found=(), copy_report="")


def may_leave(session: Session) -> bool:
    """Before another file replaces this one: unsaved changes stay in the journal, but ask."""
    if session.workspace is None or not session.workspace.unsaved:
        return True
    return confirm(translate("file.leave_unsaved", session.view.language,
                             count=session.workspace.unsaved,
                             name=session.workspace.file_name))


# The opens this page started (only the latest may show its file), and those still running.
_opens = {"started": 0, "running": 0}


def file_opening() -> bool:
    """Whether a picked file is being read until it is on screen."""
    return _opens["running"] > 0


def opening_started() -> int:
    """A file read to be opened is taken over from files.js: the page says it is working
    until the file is on screen (a large one takes a second). Gives the open's number."""
    _opens["started"] += 1
    _opens["running"] += 1
    busy(True)
    files().readTakenOver()
    return _opens["started"]


async def open_text(session: Session, picked: Any, token: int | None,
                    this_open: int | None = None) -> bool:
    """Open a picked file; one that cannot be read gets a message and stays untouched. A
    file picked while another still opens takes its place. ``this_open``: the number
    ``opening_started`` gave, where the caller took the file over already."""
    if this_open is None:
        this_open = opening_started()
    try:
        data = content(picked)
        workspace = await _read_and_show(session, picked, data, token, this_open)
    finally:
        _opens["running"] -= 1
        if not _opens["running"]:
            busy(False)
    if workspace is None:
        return False
    async with journal_lock:
        old = await _journal(workspace)
        # Changes of closed pages (and this page's own, if it opened this file before) come
        # from an earlier visit: offer them, and keep them apart until the person decides.
        pending, pending_base = (*old.pending, *old.entries), old.pending_base or old.base
        for key, orphan in await _left_behind(workspace):
            pending = (*pending, *orphan.pending, *orphan.entries)
            pending_base = pending_base or orphan.pending_base or orphan.base
            await files().storeDelete(key)
        journal = Journal(await _keep_base(data, workspace.base_fingerprint))
        del data  # the page keeps the document, not the file's 10 MB
        if pending:
            journal = replace(journal, pending_base=pending_base, pending=pending)
        await _write_journal(workspace, journal, old)
    if pending and session.workspace is workspace:
        session.view = replace(session.view, restore_offer=len(pending))
        show(session)
    in_background(_prepare_to_write(workspace))
    return True


async def _read_and_show(session: Session, picked: Any, data: bytes, token: int | None,
                         this_open: int) -> Workspace | None:
    """The picked file read and shown, each a step at a time (None: it was refused, or
    another file was picked meanwhile)."""
    try:
        if token is not None and int(picked.tooLarge):
            raise FileTooLargeError("/", size=int(picked.tooLarge), limit=codec.MAX_BYTES)
        workspace = await stepwise(opening(data, str(picked.name)))
    except DataFileError as error:
        if token is not None:
            files().forget(token)
        if _opens["started"] == this_open:  # else the file picked since is what matters
            problem(session, describe_data_file_error(error, session.view.language))
        return None
    # What its first screen needs is worked out a step at a time while the page still shows
    # the file before it (whatever the person does meanwhile applies to that one).
    try:
        await stepwise(first_screen(replace(session.view, document=workspace.document,
                                            today=today())))
    except Exception as error:  # only a head start: the render names what is wrong
        window.console.warn(f"Trustwork: {type(error).__name__}: {error}")
    if _opens["started"] != this_open:  # another file was picked meanwhile: it is shown
        if token is not None:
            files().forget(token)
        return None
    async with save_lock:  # a save of the file shown until now finishes first
        switch_to(session, workspace, token, "saved",
                  str(picked.stamp) if token is not None else None)
    read_only = ""
    if workspace.read_only:
        read_only = translate("data.read_only", session.view.language,
                              version=workspace.schema_version)
    session.view = replace(session.view, problem=read_only, restore_offer=0, others_saved=False)
    show(session)  # the file on screen first; keeping its text for the journal comes after
    return workspace


async def _prepare_to_write(workspace: Workspace) -> None:
    """Once the page has shown the file, encode it once, so the first save is quick."""
    await asyncio.sleep(0.2)
    async with save_lock:
        session = current()
        if session is not None and session.workspace is workspace:
            await stepwise(codec.preparing_to_write(workspace.document))
            settle()


def settle() -> None:
    """Move what the page holds now out of the cycle collector's sight (``gc.freeze``).

    An open large file is a million objects that live until another file replaces them;
    every collection would walk them all again, and in the browser that was half of a save.
    The document holds no reference cycles, so reference counting still frees it when it
    goes; cyclic garbage among the young objects is collected first, so none is frozen."""
    gc.collect(0)
    gc.freeze()


async def open_file(session: Session) -> None:
    if not files().canPickFiles():
        files().openWithInput()  # the file comes back as a trustwork:file-chosen event
        return
    picked = await files().pickToOpen()
    if present(picked):
        await open_text(session, picked, int(picked.token))


async def reopen_file(session: Session) -> None:
    name = session.view.remembered_file
    picked = await files().reopen()
    if not present(picked):
        return
    if await open_text(session, picked, int(picked.token)) and not picked.same and name:
        problem(session, translate("file.not_same", session.view.language, name=name))


async def new_file(session: Session) -> None:
    name = (ask(translate("file.new_name", session.view.language)) or "").strip()
    if not name:
        return
    stamp = Stamp(now(), person(session.view.document))
    ids = iter(new_ids(EditOrganisation({})))
    organisation = new_document(name, new_id("organisation"), stamp, lambda: next(ids))
    file_name = "".join(c if c.isalnum() else "-" for c in name.lower()) + ".json"
    token = None
    if files().canPickFiles():
        chosen = await files().pickToCreate(file_name)
        if not present(chosen):
            return
        file_name, token = str(chosen.name), int(chosen.token)
    async with save_lock:
        switch_to(session, created(organisation, file_name), token, "new", None)
    session.view = replace(session.view, problem="", restore_offer=0)
    await save(session)


# -- changing and saving -----------------------------------------------------------------------

async def apply(session: Session, command: Command) -> bool:
    """Handle one command on the open organisation: journal it at once, then render.
    Returns whether it was applied (a read-only file refuses, with a message)."""
    stamp = Stamp(now(), person(session.view.document))
    if session.workspace is None:
        if session.view.document is None:
            return False
        # The demo: changes live in this window only.
        try:
            changed = handle(session.view.document, command, stamp, iter(new_ids(command)))
        except RefusedError as error:
            problem(session, translate(error.message_key, session.view.language))
            return False
        except TrustworkError:  # its record or conflict went meanwhile (a double click)
            problem(session, translate("journal.not_applicable", session.view.language))
            return False
        session.view = replace(session.view, document=changed)
        show(session)
        return True
    if session.workspace.read_only:
        problem(session, translate("file.read_only_edit", session.view.language))
        return False
    entry = new_entry(session.workspace.document, command, stamp, new_ids(command))
    try:
        check_personal(session.workspace.document, command, entry.stamp)
    except RefusedError as error:
        problem(session, translate(error.message_key, session.view.language))
        return False
    changed, skipped = replay(session.workspace.document, [entry])
    if skipped:
        problem(session, translate("journal.not_applicable", session.view.language))
        return False
    workspace = edited(session.workspace, changed)
    session.workspace = workspace
    session.edits += 1
    show(session)
    async with journal_lock:
        old = await _journal(workspace)
        await _write_journal(workspace, replace(old, entries=(*old.entries, entry)), old)
    if session.file_token is not None and autosave_delay() is not None:
        in_background(_autosave(session.edits))
    return True


def autosave_delay() -> float | None:
    """Seconds of quiet before saving by itself; localStorage "trustwork:autosave" may set
    another number, or "off"."""
    setting = local(AUTOSAVE_KEY)
    if setting == "off":
        return None
    try:
        return float(setting) if setting else AUTOSAVE_SECONDS
    except ValueError:
        return AUTOSAVE_SECONDS


async def _autosave(edits_then: int) -> None:
    await asyncio.sleep(autosave_delay() or AUTOSAVE_SECONDS)
    session = current()
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


async def _write_checked(token: int, workspace: Workspace, session: Session
                         ) -> tuple[SavePlan, bytes, str]:
    """Read the file, plan (merging if it changed) and write it; when it changed again while
    this page planned, plan once more. Returns the plan written, its bytes and the file's
    stamp after."""
    for _ in range(3):
        disk = await files().read(token)
        if int(disk.tooLarge):
            raise FileTooLargeError("/", size=int(disk.tooLarge), limit=codec.MAX_BYTES)
        plan = plan_save(workspace, content(disk))
        if str(await files().stampOf(token)) != str(disk.stamp):
            continue  # someone saved while this page merged: merge with that too
        data = plan.data
        await files().write(token, to_browser(data))
        after = await files().read(token)
        if content(after) != data:
            raise OSError(translate("file.write_check_failed", session.view.language))
        return plan, data, str(after.stamp)
    raise OSError(translate("file.busy", session.view.language))


async def save(session: Session) -> None:
    """One save at a time: read the file, merge if someone else saved, write, read back."""
    async with save_lock:
        workspace, token = session.workspace, session.file_token
        if workspace is None or workspace.read_only:
            return
        async with journal_lock:
            entries_at_plan = len((await _journal(workspace)).entries)
        session.status = "saving"
        show(session)
        try:
            if token is not None:
                plan, data, stamp = await _write_checked(token, workspace, session)
            else:
                plan, stamp = plan_save(workspace, None), None
                data = plan.data
                files().download(workspace.file_name, to_browser(data))
        except DataFileError as error:
            session.status = "failed"
            session.detail = describe_data_file_error(error, session.view.language)
            show(session)
            return
        except Exception as error:  # the browser's own errors (permission, disk full, ...) too
            session.status, session.detail = "failed", error_text(error)
            show(session)
            return
        session.saves += 1
        base = await _keep_base(data, plan.fingerprint)
        del data
        async with journal_lock:
            old = await _journal(workspace)
            # Only what this save wrote leaves the journal: later changes stay in it.
            await _write_journal(workspace, replace(old, base=base,
                                                    entries=old.entries[entries_at_plan:]), old)
        if session.workspace is None or session.file_token != token:
            return  # another file was opened meanwhile; this one is safely written
        session.workspace = saved(session.workspace, plan, workspace.document,
                                  workspace.unsaved)
        session.disk_stamp = stamp
        settle()
        _report(session, plan.outcome)
        if token is None:
            session.status = "downloaded"
        session.view = replace(session.view, others_saved=False)
        show(session)


# -- the journal of an earlier visit, and others' news ----------------------------------------

async def restore_journal(session: Session) -> None:
    """Replay the unsaved changes of an earlier visit onto the file as it is now."""
    workspace = session.workspace
    if workspace is None:
        return
    async with journal_lock:
        journal = await _journal(workspace)
        stored = await _kept_base(journal.pending_base)
        base = codec.load(stored).document if stored is not None else workspace.base
        theirs, skipped = replay(base, journal.pending)
        from trustwork.store.merge import merge  # compiled only when a merge is needed

        restored = merge(base, theirs, workspace.document).document
        await _write_journal(workspace, Journal(journal.base, (*journal.pending,
                                                               *journal.entries)), journal)
    session.workspace = replace(workspace, document=restored,
                                unsaved=workspace.unsaved + len(journal.pending) - skipped)
    text = translate("journal.skipped", session.view.language, count=skipped) if skipped else ""
    session.view = replace(session.view, restore_offer=0, problem=text)
    show(session)


async def discard_journal(session: Session) -> None:
    if session.workspace is not None:
        async with journal_lock:
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
    async with save_lock:
        disk = await files().read(token)
        try:
            session.workspace, outcome = pulled(session.workspace, content(disk))
        except DataFileError as error:
            problem(session, describe_data_file_error(error, session.view.language))
            return
        session.disk_stamp = str(disk.stamp)
    _report(session, outcome)
    session.view = replace(session.view, others_saved=False)
    show(session)


async def watch() -> None:
    """Notice when someone else saved the open file (its time or size changed)."""
    while True:
        await asyncio.sleep(WATCH_SECONDS)
        session = current()
        if session is None or session.workspace is None or session.file_token is None:
            continue
        if save_lock.locked() or session.view.others_saved:
            continue
        token, saves = session.file_token, session.saves
        try:
            if str(await files().stampOf(token)) == session.disk_stamp:
                continue
            disk = await files().read(token)
        except Exception:  # the file may be away for a moment (a network drive)
            continue
        if session.saves != saves or session.file_token != token or save_lock.locked():
            continue  # a save happened meanwhile: what was read is old news
        session.disk_stamp = str(disk.stamp)
        if session.workspace is not None and (
                changed_on_disk(session.workspace, content(disk))):
            session.view = replace(session.view, others_saved=True)
            if _takes_news_at_once(session):
                await pull(session)
            else:
                show(session)


def _takes_news_at_once(session: Session) -> bool:
    """A trust scan's projector screen (``#scan/<round>/screen``) with nothing unsaved takes
    in others' saves at once: the ballots handed in on other tabs and laptops."""
    view = session.view
    return (view.area.key == "scan" and view.page.endswith("/screen")
            and session.workspace is not None and not session.workspace.unsaved)
