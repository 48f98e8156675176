"""Client-confidential records in this page: unlock a team, seal what is saved, open what
others sealed, and give a team a new passphrase. Keys stay in ``trustworkCrypto``; the
session holds their handles and what they opened, in memory only."""

from __future__ import annotations

from trustwork.commands import ReplaceTeamKey
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
from trustwork.errors import CannotUnlockError
from trustwork.model.document import Document, JsonValue, Record
from trustwork.register import SEALED_FIELDS, TEAM_RECORD, is_confidential
from trustwork.store import codec
from trustwork.ui.background import in_background
from trustwork.ui.browser import crypto, new_key_id, present
from trustwork.ui.datafile import apply
from trustwork.ui.render import show
from trustwork.ui.state import Session, marker, secrets_of, unlocked_teams


def document_of(session: Session) -> Document:
    if session.view.document is None:
        raise CannotUnlockError()
    return session.view.document


def open_what_changed(session: Session) -> None:
    """After a render: records of an unlocked team whose ciphertext is new are opened in the
    background, and shown again once open."""
    if secrets_of(session, session.view.document)[1]:
        in_background(_open_records(session))


async def _open_records(session: Session) -> None:
    """Decrypt the confidential records of unlocked teams that changed, then show them."""
    document = session.view.document
    if document is None:
        return
    for record in document.live(TEAM_RECORD):
        team_id = record.fields.get("team")
        if not is_confidential(record) or team_id not in session.keys:
            continue
        now = marker(record)
        if (session.opened.get(record.id, ("",))[0] == now
                or session.lock_problems.get(record.id, ("",))[0] == now):
            continue
        try:
            session.opened[record.id] = (now, await open_record(session, record))
            session.lock_problems.pop(record.id, None)
        except CannotUnlockError as error:
            session.lock_problems[record.id] = (now, error.message_key)
            session.opened.pop(record.id, None)
    show(session)


async def open_record(session: Session, record: Record) -> dict[str, JsonValue]:
    team_id = str(record.fields.get("team"))
    team = document_of(session).records.get(team_id)
    if team is None:
        raise CannotUnlockError()
    lock, _handle = _team_key(session, team)
    sealed = sealed_of(record, lock)
    handle = session.keys[team_id][1].get(sealed.key)
    if handle is None:
        raise CannotUnlockError("secret.other_key")
    text = await crypto().open(handle, sealed.iv, sealed.data,
                               record_context(team_id, record.id, sealed.key))
    if not present(text):
        raise CannotUnlockError()
    return codec.sealed_content_from_text(str(text))


def _team_key(session: Session, team: Record) -> tuple[TeamLock, int]:
    """The team's lock and the handle of its current key, unlocked in this page."""
    lock = lock_of(team)
    if lock is None:
        raise CannotUnlockError("secret.no_passphrase")
    held = session.keys.get(team.id)
    if held is None or held[0] != lock.key:
        raise CannotUnlockError("secret.needs_unlock")
    return lock, held[1][lock.key]


async def unlock(session: Session, team_id: str, passphrase: str) -> None:
    """Derive the team's key from the passphrase and check it against the team's lock."""
    team = document_of(session).record(team_id)
    lock = lock_of(team)
    if lock is None:
        raise CannotUnlockError("secret.no_passphrase")
    handle = int(await crypto().deriveKey(passphrase, lock.salt, lock.iterations))
    if not handle:
        raise CannotUnlockError("secret.damaged")
    check = await crypto().open(handle, lock.check.iv, lock.check.data,
                                check_context(team_id, lock.key))
    if not present(check) or str(check) != CHECK_TEXT:
        crypto().forget(handle)
        raise CannotUnlockError()
    handles = {lock.key: handle}
    for earlier in lock.previous:  # records sealed under an earlier passphrase open too
        opened = int(await crypto().unwrap(handle, earlier.iv, earlier.data,
                                           previous_context(team_id, earlier.key, lock.key)))
        if opened:
            handles[earlier.key] = opened
    _forget_key(session, team_id)
    session.keys[team_id] = (lock.key, handles)


def _forget_key(session: Session, team_id: str) -> None:
    held = session.keys.pop(team_id, None)
    for key_handle in held[1].values() if held is not None else ():
        crypto().forget(key_handle)


async def _seal(handle: int, text: str, context: str, key: str) -> Sealed:
    result = await crypto().seal(handle, text, context)
    return Sealed(key, str(result.iv), str(result.data))


async def sealed_fields(session: Session, team_id: str, record_id: str,
                        fields: dict[str, JsonValue], show_title: bool) -> dict[str, JsonValue]:
    """A confidential record's stored fields: its content encrypted with the team's key."""
    team = document_of(session).record(team_id)
    lock, handle = _team_key(session, team)
    content = content_of(fields, SEALED_FIELDS)
    sealed = await _seal(handle, codec.sealed_content_to_text(content),
                         record_context(team_id, record_id, lock.key), lock.key)
    session.opened[record_id] = ("", dict(content))
    title = fields.get("title")
    return stored_fields(team_id, title if isinstance(title, str) else "", show_title, sealed)


async def change_passphrase(session: Session, team_id: str, current: str, new: str,
                            repeated: str) -> int | None:
    """Give the team a new passphrase and encrypt its confidential records again with it.

    Earlier keys go into the new lock, sealed under the new key: a record someone else
    sealed under the old passphrase meanwhile still opens. Returns how many records were
    encrypted again, or None when the change could not be applied (a read-only file)."""
    check_new_passphrase(new, repeated)
    document = document_of(session)
    team = document.record(team_id)
    if lock_of(team) is not None and team_id not in unlocked_teams(session, document):
        await unlock(session, team_id, current)
    contents: dict[str, tuple[JsonValue, dict[str, JsonValue]]] = {}
    for record in document.live(TEAM_RECORD):
        if is_confidential(record) and record.fields.get("team") == team_id:
            try:
                contents[record.id] = (record.fields.get("sealed"),
                                       await open_record(session, record))
            except CannotUnlockError:
                continue  # sealed under a key nobody here knows: it stays as it is
    key = new_key_id()
    salt = str(crypto().randomBase64(SALT_BYTES))
    handle = int(await crypto().deriveKey(new, salt, ITERATIONS))
    check = await _seal(handle, CHECK_TEXT, check_context(team_id, key), key)
    held = session.keys.get(team_id, ("", {}))[1]
    previous = []
    for earlier, earlier_handle in sorted(held.items()):
        wrapped = await crypto().wrap(handle, earlier_handle,
                                      previous_context(team_id, earlier, key))
        previous.append(Sealed(earlier, str(wrapped.iv), str(wrapped.data)))
    now = document_of(session)  # a merge may have come in while the keys were derived
    sealed: dict[str, JsonValue] = {}
    for record_id, (was, content) in contents.items():
        if now.records[record_id].fields.get("sealed") == was:
            again = await _seal(handle, codec.sealed_content_to_text(content),
                                record_context(team_id, record_id, key), key)
            sealed[record_id] = sealed_to_value(again)
    lock = TeamLock(key, salt, ITERATIONS, check, tuple(previous))
    if not await apply(session, ReplaceTeamKey(team_id, lock_to_value(lock), sealed)):
        crypto().forget(handle)
        return None
    session.keys[team_id] = (key, {**held, key: handle})
    return len(sealed)
