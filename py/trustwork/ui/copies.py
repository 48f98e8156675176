"""Other copies of the open file in the page: merge one the person picks, and, where the
person allowed the file's folder (Chrome, Edge), the conflicted copies a sync engine left
beside it, which are renamed aside once the merge is saved (never deleted). The allowed
folder is remembered for that file, so the next visit looks there again."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

from trustwork.errors import (
    DataFileError,
    FileTooLargeError,
    OtherOrganisationError,
    ReadOnlyFileError,
)
from trustwork.i18n import describe_data_file_error, translate
from trustwork.store import codec
from trustwork.store.copies import conflicted_copies, set_aside_name
from trustwork.ui.browser import content, files, present
from trustwork.ui.datafile import save
from trustwork.ui.render import problem, show
from trustwork.ui.state import WATCH_SECONDS, Session, current, save_lock
from trustwork.workspace import Workspace, copy_report, with_copy


def _take_in(session: Session, picked: Any) -> str | None:
    """Merge a read copy into the open file; returns what it brought, or None after saying
    why it could not be merged (the copy is never changed)."""
    name, language = str(picked.name), session.view.language
    if session.workspace is None:
        return None
    try:
        too_large = int(getattr(picked, "tooLarge", 0) or 0)  # a picker's read says so
        if too_large:
            raise FileTooLargeError("/", size=too_large, limit=codec.MAX_BYTES)
        session.workspace, outcome = with_copy(session.workspace, content(picked), name)
    except DataFileError as error:
        problem(session, f"{name}: {describe_data_file_error(error, language)}")
        return None
    except OtherOrganisationError as error:
        problem(session, translate("copy.other_organisation", language, name=name,
                                   organisation=error.name or error.theirs))
        return None
    except ReadOnlyFileError:
        problem(session, translate("file.read_only_edit", language))
        return None
    return copy_report(outcome, name, language)


async def merge_picked(session: Session, picked: Any) -> None:
    """A copy the person picked: merge it into the open file, say what came in, save (when
    it brought anything: in Firefox a save is a download)."""
    before = session.workspace
    report = _take_in(session, picked)
    if report is None:
        return
    session.view = replace(session.view, copy_report=report, problem="")
    show(session)
    if session.workspace is not before:
        await save(session)


async def merge_a_copy(session: Session) -> None:
    if session.workspace is None:
        return
    if not files().canPickFiles():
        files().openWithInput("copy")  # comes back as a trustwork:copy-chosen event
        return
    picked = await files().pickCopy()
    if present(picked):
        await merge_picked(session, picked)


async def allow_folder(session: Session) -> None:
    """The person allows the open file's folder: look there for conflicted copies."""
    if session.workspace is None or session.file_token is None:
        return
    folder = await files().pickFolder(session.file_token)
    if not present(folder):
        return
    if not bool(folder.holdsFile):
        files().forgetFolder(int(folder.token))
        problem(session, translate("copy.folder_lacks_file", session.view.language,
                                   name=session.workspace.file_name))
        return
    await files().rememberFolder(int(folder.token), _folder_key(session.workspace))
    session.view = replace(session.view, problem="")
    await _use_folder(session, int(folder.token))


def _folder_key(workspace: Workspace) -> str:
    """Per organisation and file name, as the journal: a copy elsewhere has its own folder."""
    return f"{workspace.document.organisation.id}:{workspace.file_name}"


async def _use_folder(session: Session, token: int) -> None:
    session.folder_token = token
    session.view = replace(session.view, folder_allowed=True, folder_again=False)
    await look_for_copies(session)
    show(session)  # the button goes, also when no copies were found


async def recall_folder(session: Session) -> None:
    """Once a file is open: the folder allowed for it on an earlier visit. Where the browser
    still allows it, look for copies at once; where it wants the person to allow it again,
    offer that (one click)."""
    if session.folder_token is not None or session.view.folder_again:
        return  # the file open before is still open (the new one was not opened)
    try:
        await _recall(session, ask=False)
    except Exception:  # remembering is a convenience: "Allow the folder…" still works
        return


async def allow_folder_again(session: Session) -> None:
    """The person allows the remembered folder again (the browser asks them now)."""
    if not await _recall(session, ask=True):
        session.view = replace(session.view, folder_again=False)
        problem(session, translate("copy.folder_not_again", session.view.language))


async def _recall(session: Session, ask: bool) -> bool:
    """Take the folder remembered for the open file as far as the browser allows it; says
    whether it is allowed now or waits for the person's click."""
    workspace, file_token = session.workspace, session.file_token
    if workspace is None or file_token is None or not session.view.can_pick_folder:
        return True
    found = await files().rememberedFolder(file_token, _folder_key(workspace), ask)
    if not present(found):
        return True
    state = str(found.state)
    if session.workspace is not workspace or session.file_token != file_token:
        if state == "allowed":
            files().forgetFolder(int(found.token))
        return True  # another file is open meanwhile
    if state == "elsewhere":
        await files().forgetRememberedFolder(_folder_key(workspace))
        session.view = replace(session.view, folder_again=False)
        show(session)
        return True
    if state == "ask" and not ask:
        session.view = replace(session.view, folder_again=True)
        show(session)
        return True
    if state == "allowed":
        await _use_folder(session, int(found.token))
        return True
    return False  # not allowed: the person can still pick the folder with "Allow the folder…"


async def look_for_copies(session: Session) -> None:
    token, workspace = session.folder_token, session.workspace
    if token is None or workspace is None:
        return
    names = [str(name) for name in await files().folderNames(token)]
    found = tuple(conflicted_copies(workspace.file_name, names))
    if session.folder_token == token and found != session.view.copies_found:
        session.view = replace(session.view, copies_found=found)
        show(session)


async def merge_found(session: Session) -> None:
    """Merge every conflicted copy found, save, and once saved rename each aside."""
    token = session.folder_token
    if token is None or session.workspace is None:
        return
    reports, merged, before = [], [], session.workspace
    for name in session.view.copies_found:
        report = _take_in(session, await files().readInFolder(token, name))
        if report is not None:
            reports.append(report)
            merged.append(name)
    if not merged:
        return
    session.view = replace(session.view, copy_report=" ".join(reports), copies_found=())
    show(session)
    if session.workspace is not before:
        await save(session)
    if session.status == "failed" or session.folder_token != token:
        return  # the copies stay as they are: merging them again changes nothing
    await _set_aside(session, token, merged)


async def _set_aside(session: Session, token: int, merged: list[str]) -> None:
    taken = {str(name) for name in await files().folderNames(token)}
    aside, language = [], session.view.language
    for name in merged:
        target = set_aside_name(name, taken)
        if not bool(await files().renameInFolder(token, name, target)):
            problem(session, translate("copy.not_set_aside", language, name=name))
            continue
        taken.add(target)
        aside.append(target)
    if aside:
        report = translate("copy.set_aside", language, names=", ".join(aside))
        session.view = replace(session.view, copy_report=f"{session.view.copy_report} {report}")
    await look_for_copies(session)
    show(session)


async def watch_folder() -> None:
    """Notice conflicted copies that a sync engine puts beside the open file meanwhile."""
    while True:
        await asyncio.sleep(WATCH_SECONDS)
        session = current()
        if session is None or session.folder_token is None or save_lock.locked():
            continue
        try:
            await look_for_copies(session)
        except Exception:  # the folder may be away for a moment (a network drive)
            continue
