"""Client-confidential team records: what is stored in the file, and what must match to open it.

The encryption itself is the browser's WebCrypto (web/static/crypto.js): AES-GCM with a
256-bit key derived from the team's passphrase by PBKDF2-SHA-256. This module is the pure
part: the shape of a team's lock (salt, iterations, key id, a sealed check value) and of a
record's ciphertext, and the context text each ciphertext is bound to. It never sees a key.

A team's ``lock`` field: ``{"key": id, "salt": base64, "iterations": n, "check": sealed,
"previous": [sealed, ...]}``; each of ``previous`` is an earlier key of the team, sealed
under the current one, so records still sealed under it (a concurrent edit while the
passphrase changed) open with the new passphrase too.
A confidential record's ``sealed`` field: ``{"key": id, "iv": base64, "data": base64}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from trustwork.errors import CannotUnlockError, FieldValueError
from trustwork.model.document import JsonValue, Record

ITERATIONS = 600_000
MAX_ITERATIONS = 10_000_000  # more would freeze the page: a lock asking for it is damaged
SALT_BYTES = 16
KEY_ID_BYTES = 9
MIN_PASSPHRASE = 10
# The check value a lock keeps: it opens only with the right passphrase, and says nothing.
CHECK_TEXT = "trustwork team key check"


@dataclass(frozen=True)
class Sealed:
    """Ciphertext as kept in the file: which key of the team, the IV, the data (base64)."""

    key: str
    iv: str
    data: str


@dataclass(frozen=True)
class TeamLock:
    """What a team keeps so that its passphrase can be checked and its key derived again."""

    key: str
    salt: str
    iterations: int
    check: Sealed
    previous: tuple[Sealed, ...] = ()  # earlier keys (``key``: which), sealed under this one

    @property
    def keys(self) -> frozenset[str]:
        """Every key id a record of the team may be sealed with."""
        return frozenset({self.key, *(earlier.key for earlier in self.previous)})


def sealed_to_value(sealed: Sealed) -> dict[str, JsonValue]:
    return {"key": sealed.key, "iv": sealed.iv, "data": sealed.data}


def sealed_from_value(value: JsonValue) -> Sealed:
    """A ``sealed`` field as stored; anything else cannot be unlocked (never a crash)."""
    if isinstance(value, dict):
        key, iv, data = value.get("key"), value.get("iv"), value.get("data")
        if isinstance(key, str) and isinstance(iv, str) and isinstance(data, str):
            return Sealed(key, iv, data)
    raise CannotUnlockError("secret.damaged")


def lock_to_value(lock: TeamLock) -> dict[str, JsonValue]:
    value: dict[str, JsonValue] = {"key": lock.key, "salt": lock.salt,
                                   "iterations": lock.iterations,
                                   "check": sealed_to_value(lock.check)}
    if lock.previous:
        value["previous"] = [sealed_to_value(earlier) for earlier in lock.previous]
    return value


def lock_of(team: Record) -> TeamLock | None:
    """The team's lock, or None when the team has not set a passphrase."""
    value = team.fields.get("lock")
    if value is None:
        return None
    if isinstance(value, dict):
        key, salt, iterations = value.get("key"), value.get("salt"), value.get("iterations")
        if (isinstance(key, str) and isinstance(salt, str) and isinstance(iterations, int)
                and not isinstance(iterations, bool)
                and ITERATIONS <= iterations <= MAX_ITERATIONS):
            previous = value.get("previous", [])
            if isinstance(previous, list):
                return TeamLock(key, salt, iterations, sealed_from_value(value.get("check")),
                                tuple(sealed_from_value(earlier) for earlier in previous))
    raise CannotUnlockError("secret.damaged")


def check_context(team_id: str, key: str) -> str:
    """The additional data a team's check value is bound to."""
    return f"trustwork/check/{team_id}/{key}"


def previous_context(team_id: str, earlier: str, key: str) -> str:
    """The additional data an earlier key is sealed with under the team's key ``key``."""
    return f"trustwork/previous/{team_id}/{earlier}/{key}"


def record_context(team_id: str, record_id: str, key: str) -> str:
    """The additional data a record's ciphertext is bound to: moved elsewhere, it won't open."""
    return f"trustwork/record/{team_id}/{record_id}/{key}"


def sealed_of(record: Record, lock: TeamLock | None) -> Sealed:
    """A confidential record's ciphertext, if a key the team's lock knows can open it."""
    sealed = sealed_from_value(record.fields.get("sealed"))
    if lock is None:
        raise CannotUnlockError("secret.no_passphrase")
    if sealed.key not in lock.keys:
        raise CannotUnlockError("secret.other_key")
    return sealed


def check_new_passphrase(new: str, repeated: str) -> None:
    """A new passphrase must be long enough and typed the same twice."""
    if len(new) < MIN_PASSPHRASE:
        raise FieldValueError("new_passphrase", "secret.too_short", minimum=MIN_PASSPHRASE)
    if new != repeated:
        raise FieldValueError("repeat_passphrase", "secret.not_repeated")


def stored_fields(team_id: str, title: str, show_title: bool, sealed: Sealed
                  ) -> dict[str, JsonValue]:
    """The fields a confidential record keeps in the file: no content, only ciphertext."""
    return {"team": team_id, "confidential": True, "show_title": show_title,
            "title": title if show_title else None, "sealed": sealed_to_value(sealed)}


def content_of(fields: Mapping[str, JsonValue], sealed_names: tuple[str, ...]
               ) -> dict[str, JsonValue]:
    """The part of a team record's fields that goes inside the ciphertext."""
    return {name: fields.get(name) for name in sealed_names}
