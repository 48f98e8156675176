"""The trust scan in this page: make a round's ballot box, seal a ballot before anything is
journalled or saved, open the box with the round's passphrase, show live results a threshold
at a time, and close a round by storing only its aggregates. Keys stay in
``trustworkCrypto``; opened ballots stay in this page's memory."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from trustwork import scan
from trustwork.commands import CreateRecord, UpdateRecord
from trustwork.confidential import ITERATIONS, SALT_BYTES, check_new_passphrase
from trustwork.errors import CannotUnlockError, FieldValueError
from trustwork.i18n import translate
from trustwork.model.document import Document, JsonValue, Record
from trustwork.routes import LINKS
from trustwork.scan import BALLOT, RESULT, ROUND, Ballot, LiveTally
from trustwork.store.ballots import ballot_from_text, ballot_to_text
from trustwork.ui.background import in_background
from trustwork.ui.browser import (
    crypto,
    mark_answered,
    new_id,
    new_seed,
    present,
    today,
)
from trustwork.ui.datafile import apply
from trustwork.ui.render import go, show
from trustwork.ui.sealing import document_of
from trustwork.ui.state import Session

Values = dict[str, list[str]]


def _first(values: Values, name: str) -> str:
    return values.get(name, [""])[0]


def _ballots_of(document: Document, round_id: str) -> list[Record]:
    return [b for b in document.live(BALLOT) if b.fields.get("round") == round_id]


def _live_tally(session: Session, document: Document, round_record: Record) -> LiveTally:
    """The round's results over the ballots its live screen counts (a threshold at a time)."""
    limit = scan.threshold(round_record)
    opened = [b.id for b in _ballots_of(document, round_record.id)
              if session.ballots.get(b.id) is not None]
    shown = scan.live_batch(session.live_shown.get(round_record.id, frozenset()), opened, limit)
    session.live_shown[round_record.id] = shown
    ballots = [ballot for key in sorted(shown) if (ballot := session.ballots.get(key))]
    results = scan.tally(ballots, scan.round_groups(round_record), limit, 0,
                         scan.statements(document)) if ballots else ()
    # Live, the open answers stay out: they are stored only when the round is closed.
    return LiveTally(len(shown), len(opened) - len(shown),
                     tuple(replace(result, open_answers=()) for result in results))


def _refresh_live(session: Session) -> None:
    """The live tallies of the rounds whose box this page opened (kept in the session)."""
    document = session.view.document
    session.live = {}
    if document is None:
        return
    for round_id in session.boxes:
        found = document.records.get(round_id)
        if found is not None and not scan.is_closed(found):
            session.live[round_id] = _live_tally(session, document, found)


def open_new_ballots(session: Session) -> None:
    """After a render: ballots of an opened box that this page has not opened yet (merged in
    from another laptop, or just handed in) are opened in the background, then shown."""
    document = session.view.document
    if document is None:
        return
    if any(b.id not in session.ballots for round_id in session.boxes
           for b in _ballots_of(document, round_id)):
        in_background(_open_ballots(session))


async def _open_ballots(session: Session) -> None:
    document = session.view.document
    if document is None:
        return
    changed = False
    for round_id, handle in list(session.boxes.items()):
        for record in _ballots_of(document, round_id):
            if record.id not in session.ballots:
                session.ballots[record.id] = await open_ballot(handle, round_id, record)
                changed = True
    if changed:
        _refresh_live(session)
        show(session)


async def open_ballot(handle: int, round_id: str, record: Record) -> Ballot | None:
    """A ballot's content, or None when it does not open (damaged, or another round's)."""
    sealed = record.fields.get("sealed")
    if not isinstance(sealed, dict) or not all(
            isinstance(sealed.get(name), str) for name in ("epk", "iv", "data")):
        return None
    text = await crypto().openBallot(handle, sealed["epk"], sealed["iv"], sealed["data"],
                                     scan.ballot_context(round_id, record.id))
    if not present(text):
        return None
    try:
        answers, groups, open_answer = ballot_from_text(str(text))
    except CannotUnlockError:
        return None
    return Ballot(answers, groups, open_answer)


# -- a new round and its ballot box --------------------------------------------------------

async def new_round(session: Session, record_id: str, fields: dict[str, JsonValue],
                    values: Values) -> dict[str, JsonValue]:
    """A new round's fields with its ballot box: the key pair is made in this page, the
    private key sealed under the round passphrase (PBKDF2, like a team's key)."""
    fields = scan.check_threshold(fields)
    passphrase = _first(values, "passphrase")
    try:
        check_new_passphrase(passphrase, _first(values, "repeat_passphrase"))
    except FieldValueError as error:
        field = "passphrase" if error.field == "new_passphrase" else error.field
        raise FieldValueError(field, error.message_key, **error.parameters) from None
    salt = str(crypto().randomBase64(SALT_BYTES))
    outer = int(await crypto().deriveKey(passphrase, salt, ITERATIONS))
    made = await crypto().newBallotBox(outer, scan.box_context(record_id))
    crypto().forget(outer)
    session.boxes[record_id] = int(made.handle)
    return {**fields, "public_key": str(made.publicKey), "box": {
        "salt": salt, "iterations": ITERATIONS, "iv": str(made.iv), "data": str(made.data)}}


async def open_box(session: Session, round_id: str, passphrase: str) -> int:
    """Open the round's ballot box with its passphrase (in this page only); its handle."""
    if round_id in session.boxes:
        return session.boxes[round_id]
    round_record = document_of(session).record(round_id)
    box = round_record.fields.get("box")
    if not isinstance(box, dict) or not all(
            isinstance(box.get(name), str) for name in ("salt", "iv", "data")):
        raise CannotUnlockError("scan.no_box")
    iterations = box.get("iterations")
    if isinstance(iterations, bool) or not isinstance(iterations, int) or not (
            0 < iterations <= 10_000_000):
        raise CannotUnlockError("secret.damaged")
    outer = int(await crypto().deriveKey(passphrase, box["salt"], iterations))
    if not outer:
        raise CannotUnlockError("secret.damaged")
    handle = int(await crypto().openBallotBox(outer, box["iv"], box["data"],
                                              scan.box_context(round_id)))
    crypto().forget(outer)
    if not handle:
        raise CannotUnlockError("scan.wrong_passphrase")
    session.boxes[round_id] = handle
    return handle


# -- the forms --------------------------------------------------------------------------------

def _open_round(document: Document, round_id: str) -> Record:
    found = document.record(round_id)
    if found.kind != ROUND or scan.is_closed(found) or found.is_deleted:
        raise FieldValueError("", "scan.round_closed")
    if not isinstance(found.fields.get("public_key"), str):
        raise FieldValueError("", "scan.no_box")
    return found


async def hand_in(session: Session, form: Any, values: Values) -> None:
    """A ballot: read, sealed to the round's public key, and only then journalled and kept.
    In seminar mode the form is emptied for the next person and this browser remembers
    nothing; else it remembers (in its own storage) that it answered."""
    document = document_of(session)
    round_record = _open_round(document, str(form.dataset.round))
    ballot = scan.ballot_from_form(values, round_record, scan.statements(document))
    seminar = str(form.dataset.seminar) == "yes"
    form.reset()  # nothing of these answers stays in the page (see ui/render.py)
    ballot_id = new_id("scan-ballot")
    text = scan.padded(ballot_to_text(ballot.answers, ballot.groups, ballot.open_answer))
    del ballot
    sealed = await crypto().sealBallot(round_record.fields["public_key"], text,
                                       scan.ballot_context(round_record.id, ballot_id))
    del text
    fields: dict[str, JsonValue] = {"round": round_record.id, "sealed": {
        "epk": str(sealed.epk), "iv": str(sealed.iv), "data": str(sealed.data)}}
    if not await apply(session, CreateRecord(BALLOT, ballot_id, fields)):
        return
    if not seminar:
        mark_answered(document, round_record.id)
    session.view = replace(session.view, form_error=None, notice=translate(
        "scan.next_person" if seminar else "scan.handed_in", session.view.language))
    show(session)


async def open_box_form(session: Session, form: Any, values: Values) -> None:
    await open_box(session, str(form.dataset.round), _first(values, "passphrase"))
    form.reset()
    _refresh_live(session)
    session.view = replace(session.view, form_error=None, notice=translate(
        "scan.box_opened", session.view.language))
    show(session)


async def close_round(session: Session, form: Any, values: Values) -> None:
    """Open every ballot of the round in memory, tally, and store the aggregates of the
    groups that pass; then the round is closed (it takes no more answers) and its sealed
    private key leaves the file."""
    document = document_of(session)
    round_record = _open_round(document, str(form.dataset.round))
    handle = await open_box(session, round_record.id, _first(values, "passphrase"))
    ballots: list[Ballot] = []
    unreadable = 0
    for record in _ballots_of(document, round_record.id):
        opened = session.ballots.get(record.id) or await open_ballot(handle, round_record.id,
                                                                      record)
        if opened is None:
            unreadable += 1
        else:
            ballots.append(opened)
    results = scan.tally(ballots, scan.round_groups(round_record),
                         scan.threshold(round_record), new_seed(), scan.statements(document))
    for result in results:
        if not await apply(session, CreateRecord(RESULT, new_id("scan-result"),
                                                 scan.result_fields(round_record.id, result))):
            return
    # Closed, and the sealed private key taken out of the file: from now on nobody, the
    # facilitator included, can open a single ballot of this round from the file.
    if not await apply(session, UpdateRecord(round_record.id,
                                             {"closed": today().isoformat(), "box": None})):
        return
    _forget_round(session, round_record.id)
    form.reset()
    language = session.view.language
    notice = translate("scan.round_closed_done", language, groups=len(results),
                       count=len(ballots))
    if unreadable:
        notice += " " + translate("scan.unreadable_ballots", language, count=unreadable)
    go(session, LINKS.record(round_record.id, ROUND), notice)


def _forget_round(session: Session, round_id: str) -> None:
    """A closed round's key and opened ballots leave this page's memory."""
    handle = session.boxes.pop(round_id, None)
    if handle is not None:
        crypto().forget(handle)
    document = session.view.document
    for record in _ballots_of(document, round_id) if document is not None else ():
        session.ballots.pop(record.id, None)
    session.live_shown.pop(round_id, None)
    session.live.pop(round_id, None)
