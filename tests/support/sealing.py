"""An independent implementation of the confidential-record format (docs/format.md), with
the `cryptography` package: to check that what the browser's WebCrypto writes is standard
AES-GCM 256 with a PBKDF2-SHA-256 key, and to make files the browser must open."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

CHECK = "trustwork team key check"


def derive(passphrase: str, salt: str, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode(), base64.b64decode(salt),
                               iterations, 32)


def _seal(key: bytes, text: str, context: str, key_id: str) -> dict[str, str]:
    iv = os.urandom(12)
    data = AESGCM(key).encrypt(iv, text.encode(), context.encode())
    return {"key": key_id, "iv": base64.b64encode(iv).decode(),
            "data": base64.b64encode(data).decode()}


def _open(key: bytes, sealed: dict[str, str], context: str) -> str:
    return AESGCM(key).decrypt(base64.b64decode(sealed["iv"]), base64.b64decode(sealed["data"]),
                               context.encode()).decode()


def make_lock(passphrase: str, team_id: str, key_id: str = "python-key") -> dict[str, Any]:
    salt = base64.b64encode(os.urandom(16)).decode()
    key = derive(passphrase, salt, 600_000)
    check = _seal(key, CHECK, f"trustwork/check/{team_id}/{key_id}", key_id)
    return {"key": key_id, "salt": salt, "iterations": 600_000, "check": check}


def seal_record(passphrase: str, lock: dict[str, Any], team_id: str, record_id: str,
                content: dict[str, Any]) -> dict[str, str]:
    key = derive(passphrase, lock["salt"], lock["iterations"])
    text = json.dumps(content, ensure_ascii=False, sort_keys=True)
    return _seal(key, text, f"trustwork/record/{team_id}/{record_id}/{lock['key']}",
                 lock["key"])


def open_record(passphrase: str, lock: dict[str, Any], team_id: str, record_id: str,
                sealed: dict[str, str]) -> dict[str, Any]:
    key = derive(passphrase, lock["salt"], lock["iterations"])
    assert _open(key, lock["check"], f"trustwork/check/{team_id}/{lock['key']}") == CHECK
    result: dict[str, Any] = json.loads(_open(
        key, sealed, f"trustwork/record/{team_id}/{record_id}/{sealed['key']}"))
    return result


def earlier_key(passphrase: str, lock: dict[str, Any], team_id: str, earlier: str) -> bytes:
    """The raw bytes of an earlier key of the team, from the lock's ``previous``."""
    key = derive(passphrase, lock["salt"], lock["iterations"])
    entry = next(item for item in lock["previous"] if item["key"] == earlier)
    return base64.b64decode(_open(
        key, entry, f"trustwork/previous/{team_id}/{earlier}/{lock['key']}"))


def open_with_key(key: bytes, team_id: str, record_id: str,
                  sealed: dict[str, str]) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(_open(
        key, sealed, f"trustwork/record/{team_id}/{record_id}/{sealed['key']}"))
    return result
