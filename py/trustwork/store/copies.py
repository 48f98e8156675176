"""Copies of a data file that sync engines leave beside it, found by their names.

When two people save while their sync engine is out of step, the engine keeps both versions
under two names. Each engine has its own pattern for the second name; these functions find
the copies of one file among the names in its folder, and name a merged copy set aside.
Pure: names in, names out; the folder is read and changed at the edges.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

SET_ASIDE = "samengevoegd"  # "merged": a copy set aside after its merge keeps this mark
_JSON = re.compile(r"\.json$", re.IGNORECASE)


def _patterns(stem: str) -> tuple[re.Pattern[str], ...]:
    name = re.escape(stem)
    return (
        # OneDrive, SharePoint: "organisatie-LAPTOP-ANN.json"
        re.compile(rf"{name}-[A-Za-z0-9_-]+\.json", re.IGNORECASE),
        # Dropbox, Google Drive, Nextcloud: "organisatie (conflicted copy 2026-12-01).json",
        # "organisatie (Ann's conflicted copy 2026-12-01).json", also after the extension
        re.compile(rf"{name} \([^()]*conflict[^()]*\)\.json", re.IGNORECASE),
        re.compile(rf"{name}\.json \([^()]*conflict[^()]*\)", re.IGNORECASE),
        # Syncthing: "organisatie.sync-conflict-20261201-101010-ABC1234.json"
        re.compile(rf"{name}\.sync-conflict-[0-9]{{8}}-[0-9]{{6}}-[A-Za-z0-9]+\.json"),
    )


def conflicted_copies(file_name: str, names: Iterable[str]) -> list[str]:
    """Of the ``names`` in a folder, those a sync engine gives a conflicted copy of
    ``file_name`` (sorted; never the file itself, never a copy already set aside)."""
    patterns = _patterns(_JSON.sub("", file_name))
    return sorted(name for name in set(names)
                  if name != file_name and f"({SET_ASIDE}" not in name
                  and any(pattern.fullmatch(name) for pattern in patterns))


def set_aside_name(copy_name: str, taken: Collection[str]) -> str:
    """The name a merged copy is renamed to: "… (samengevoegd).json", numbered when taken."""
    stem = _JSON.sub("", copy_name)
    for number in range(1, 1000):
        mark = SET_ASIDE if number == 1 else f"{SET_ASIDE} {number}"
        candidate = f"{stem} ({mark}).json"
        if candidate not in taken:
            return candidate
    raise ValueError(f"every set-aside name of {copy_name} is taken")
