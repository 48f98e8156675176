"""Schema versions of the data file and the steps that upgrade older ones.

The major version changes when an older Trustwork could misread the file; the minor
version when fields are only added (an older Trustwork keeps what it does not know).
``MIGRATIONS[n]`` turns a parsed version-n file into version n + 1.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from trustwork.errors import OlderFormatError

SCHEMA_VERSION = 1
SCHEMA_MINOR = 1  # 1: the change log keeps the values an update set and replaced
FIRST_VERSION = 1

Migration = Callable[[dict[str, Any]], dict[str, Any]]
# Version 1 is the first format; a step is added here for each later major version.
MIGRATIONS: dict[int, Migration] = {}


def upgrade(raw: dict[str, Any], version: int) -> dict[str, Any]:
    """``raw`` (a parsed file of ``version``) upgraded to SCHEMA_VERSION, step by step."""
    if version < FIRST_VERSION:
        raise OlderFormatError("/schema_version", version=version)
    while version < SCHEMA_VERSION:
        raw = MIGRATIONS[version](raw)
        version += 1
    return raw
