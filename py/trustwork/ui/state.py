"""What this page holds: the one session, its locks, and the team keys it has unlocked.

The bottom of the ui package: it imports no other ui module and never the browser, so every
other module can lean on it without closing a circle.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from trustwork.confidential import lock_of
from trustwork.errors import CannotUnlockError
from trustwork.model.document import Document, JsonValue, Record
from trustwork.register import TEAM_RECORD, is_confidential
from trustwork.scan import Ballot, LiveTally
from trustwork.views import AppView
from trustwork.views.records import Secrets
from trustwork.workspace import Workspace

AUTOSAVE_SECONDS = 2.0
WATCH_SECONDS = 3.0
PERSON_KEY = "trustwork:person"
ME_KEY = "trustwork:me:"  # + the organisation's id: who this browser is in that organisation
AUTOSAVE_KEY = "trustwork:autosave"
# + the organisation's id and the person's: the pilots they follow, and when they last
# marked the pilots' recent changes as seen (this browser only, like who-am-I).
FOLLOWING_KEY = "trustwork:following:"
PILOTS_SEEN_KEY = "trustwork:pilots-seen:"
# + the organisation's id and the person's: when they last looked at each area.
SEEN_KEY = "trustwork:seen:"
# + the organisation's id: the trust-scan rounds this browser answered (never in the file)
SCAN_ANSWERED_KEY = "trustwork:scan-answered:"


@dataclass
class Session:
    """What this page holds besides the view: the open file and what the saver knows."""

    view: AppView
    workspace: Workspace | None = None
    file_token: int | None = None  # which picked file the workspace is saved to
    folder_token: int | None = None  # the open file's folder, once the person allowed it
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
    # Where the person is looking (organisation, person, area), when they had last looked
    # there before (what is newer is marked), and the place last remembered as looked at.
    looking_at: tuple[str, str, str] | None = None
    since: str = ""
    marked: tuple[str, str, str] | None = None
    # Trust-scan ballot boxes opened in this page (round id -> private key handle), the
    # ballots they opened (ballot id -> content; None: it did not open) and, per round, the
    # ballots its live results count. Memory only.
    boxes: dict[str, int] = field(default_factory=dict)
    ballots: dict[str, Ballot | None] = field(default_factory=dict)
    live_shown: dict[str, frozenset[str]] = field(default_factory=dict)
    live: dict[str, LiveTally] = field(default_factory=dict)


_current: list[Session] = []  # the page's one session, once it has started

# One save at a time (a file opened meanwhile waits for it); one journal write at a time.
save_lock = asyncio.Lock()
journal_lock = asyncio.Lock()


def current() -> Session | None:
    """The page's session, or None before start-up made it."""
    return _current[0] if _current else None


def begin(session: Session) -> None:
    _current[:] = [session]


def marker(record: Record) -> str:
    """Which ciphertext a record holds now: content opened from another one is stale."""
    value = record.fields.get("sealed")
    return repr(sorted(value.items())) if isinstance(value, dict) else ""


def unlocked_teams(session: Session, document: Document) -> set[str]:
    """Teams whose current key this page holds (a new passphrase elsewhere locks them again)."""
    unlocked = set()
    for team_id, (key, _handles) in session.keys.items():
        team = document.records.get(team_id)
        try:
            lock = lock_of(team) if team is not None else None
        except CannotUnlockError:
            lock = None
        if lock is not None and lock.key == key:
            unlocked.add(team_id)
    return unlocked


def secrets_of(session: Session, document: Document | None) -> tuple[Secrets, bool]:
    """What this page has unlocked, as the view shows it, and whether a record of an unlocked
    team waits to be opened (its ciphertext is new). Pure: opening is someone else's step."""
    if document is None or not session.keys:
        return Secrets(), False
    unlocked = unlocked_teams(session, document)
    content, problems, waiting = {}, {}, False
    for record in document.live(TEAM_RECORD):
        if not is_confidential(record) or record.fields.get("team") not in unlocked:
            continue
        now = marker(record)
        opened = session.opened.get(record.id)
        problem = session.lock_problems.get(record.id)
        if opened is not None and opened[0] == now:
            content[record.id] = opened[1]
        elif problem is not None and problem[0] == now:
            problems[record.id] = problem[1]
        else:
            waiting = True
    return Secrets(frozenset(unlocked), content, problems), waiting
