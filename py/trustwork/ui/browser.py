"""The page's own things: its storage, its files and crypto in JavaScript, the clock, new ids.

The only module of the package that reads the clock or draws random ids; the rest asks here.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from pyodide.ffi import jsnull, to_js
from pyscript import window

from trustwork.commands import Command, ids_needed
from trustwork.model.document import Document
from trustwork.ui.state import (
    FOLLOWING_KEY,
    ME_KEY,
    PERSON_KEY,
    PILOTS_SEEN_KEY,
    SCAN_ANSWERED_KEY,
    SEEN_KEY,
)


def files() -> Any:
    """``trustworkFiles`` (web/static/files.js): the data file, IndexedDB, downloads."""
    return window.trustworkFiles


def page() -> Any:
    """``trustworkPage`` (web/static/page.js): work on many of the page's elements at once."""
    return window.trustworkPage


def crypto() -> Any:
    """``trustworkCrypto`` (web/static/crypto.js): keys by handle, seal and open."""
    return window.trustworkCrypto


def download(name: str, data: bytes, media_type: str) -> None:
    """Hand ``data`` to the browser as a file to download (a Blob URL: works from file://)."""
    files().download(name, to_js(data), media_type)


def print_page() -> None:
    """The browser's print dialog, where a person also saves the page as PDF."""
    window.print()


def present(value: Any) -> bool:
    return value is not None and value is not jsnull


def content(read: Any) -> bytes:
    """The bytes of a file as ``trustworkFiles`` read it (one copy out of the JS heap)."""
    return bytes(read.data.to_bytes())


def to_browser(data: bytes) -> Any:
    """Bytes for ``trustworkFiles`` to write or keep (a Uint8Array)."""
    return to_js(data)


def local(key: str) -> str | None:
    try:
        value = window.localStorage.getItem(key)
    except Exception:  # storage can be switched off
        return None
    return str(value) if present(value) else None


def remember(key: str, value: str) -> None:
    try:
        window.localStorage.setItem(key, value)
    except Exception:  # storage switched off: the choice lasts for this page
        return


def remembered_language() -> str | None:
    return local(window.trustworkBoot.languageKey)


def remember_language(language: str) -> None:
    remember(window.trustworkBoot.languageKey, language)


def moment() -> datetime:
    return datetime.now(UTC)


def now() -> str:
    """This moment as the file keeps it."""
    return moment().strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def today() -> date:
    return moment().date()


def new_id(prefix: str) -> str:
    """A fresh record id such as ``person-3f2a9c0d1e4b``."""
    return f"{prefix}-{secrets.token_hex(6)}"


def new_seed() -> int:
    """A fresh seed (the order a round's open answers are stored in)."""
    return secrets.randbits(32)


def new_key_id() -> str:
    return secrets.token_hex(8)


def new_ids(command: Command) -> tuple[str, ...]:
    """The change ids a command will use."""
    return tuple(new_id("change") for _ in range(ids_needed(command)))


def me(document: Document | None) -> str | None:
    """The person this browser acts as in the organisation, if one was picked."""
    return local(ME_KEY + document.organisation.id) if document is not None else None


def choose_me(document: Document, person_id: str) -> None:
    remember(ME_KEY + document.organisation.id, person_id)


def person(document: Document | None) -> str:
    """Who makes changes from this browser: the person picked for the open organisation,
    else a stable id of this browser."""
    picked = me(document)
    if picked:
        return picked
    browser = local(PERSON_KEY)
    if not browser:
        browser = f"browser-{secrets.token_hex(4)}"
        remember(PERSON_KEY, browser)
    return browser


def _personal_key(prefix: str, document: Document) -> str:
    return f"{prefix}{document.organisation.id}:{person(document)}"


def following(document: Document | None) -> frozenset[str]:
    """The pilots this browser's person follows in the open organisation."""
    if document is None:
        return frozenset()
    return frozenset((local(_personal_key(FOLLOWING_KEY, document)) or "").split())


def follow(document: Document, pilot_id: str, on: bool) -> None:
    followed = following(document) | {pilot_id} if on else following(document) - {pilot_id}
    remember(_personal_key(FOLLOWING_KEY, document), " ".join(sorted(followed)))


def pilots_seen(document: Document | None) -> str:
    """When this browser's person last marked the pilots' recent changes as seen ("": never)."""
    if document is None:
        return ""
    return local(_personal_key(PILOTS_SEEN_KEY, document)) or ""


def seen_areas(document: Document | None) -> dict[str, str]:
    """When this browser's person last looked at each area of the open organisation."""
    if document is None:
        return {}
    kept = local(_personal_key(SEEN_KEY, document)) or ""
    pairs = (item.partition("=") for item in kept.split())
    return {area: moment for area, equals, moment in pairs if equals and area and moment}


def mark_seen(document: Document, areas: Iterable[str], at: str) -> None:
    """Remember that the person looked at ``areas`` at ``at``."""
    seen = {**seen_areas(document), **dict.fromkeys(areas, at)}
    remember(_personal_key(SEEN_KEY, document),
             " ".join(f"{area}={moment}" for area, moment in sorted(seen.items())))


def mark_pilots_seen(document: Document) -> None:
    remember(_personal_key(PILOTS_SEEN_KEY, document), now())


def form_values(form: Any) -> dict[str, list[str]]:
    """Every value of a form, by field name (several for a group of checkboxes)."""
    values: dict[str, list[str]] = {}
    for pair in window.FormData.new(form).entries():
        values.setdefault(str(pair[0]), []).append(str(pair[1]))
    return values


async def chosen_file(form: Any, name: str) -> tuple[str, bytes] | None:
    """The name and bytes of the file chosen in the form's ``<input type=file name=...>``
    (None when none is chosen); reading it asks no permission, also from ``file://``."""
    field = form.elements.namedItem(name)
    chosen = field.files if present(field) else None
    if chosen is None or not present(chosen) or int(chosen.length) == 0:
        return None
    picked = chosen.item(0)
    data = await picked.arrayBuffer()
    return str(picked.name), bytes(data.to_bytes())


async def full_screen(on: bool) -> bool:
    """Ask the browser to show the page full screen (``on``) or no longer; False when it
    refuses (without a person's click to allow it, in a frame, in a headless browser)."""
    page = window.document
    try:
        if on:
            await page.documentElement.requestFullscreen()
        elif present(page.fullscreenElement):
            await page.exitFullscreen()
    except Exception:  # refused, or no such call here: the page goes on in its window
        return False
    return True


def in_full_screen() -> bool:
    return present(getattr(window.document, "fullscreenElement", None))


def location_hash() -> str:
    """The address's hash: where in the app the person is (``#ideas/idea-…``)."""
    return str(window.location.hash)


def confirm(question: str) -> bool:
    return bool(window.confirm(question))


def ask(question: str) -> str | None:
    """What the person typed into a prompt, or None when they cancelled."""
    answer = window.prompt(question)
    return str(answer) if present(answer) else None


def answered_rounds(document: Document | None) -> frozenset[str]:
    """The trust-scan rounds this browser answered, from its own storage (never the file)."""
    if document is None:
        return frozenset()
    return frozenset((local(SCAN_ANSWERED_KEY + document.organisation.id) or "").split())


def mark_answered(document: Document, round_id: str) -> None:
    remember(SCAN_ANSWERED_KEY + document.organisation.id,
             " ".join(sorted(answered_rounds(document) | {round_id})))
