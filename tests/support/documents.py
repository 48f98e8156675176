"""Helpers for building documents in tests: a clock and ids that tests control."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from trustwork.demo import demo_document
from trustwork.errors import DataFileError
from trustwork.model.document import Document, Stamp, new_document
from trustwork.store import codec


class Clock:
    """Hands out strictly increasing timestamps, one microsecond apart."""

    def __init__(self) -> None:
        self._ticks = itertools.count(1)

    def stamp(self, by: str) -> Stamp:
        tick = next(self._ticks)
        seconds, micro = divmod(tick, 1_000_000)
        minutes, seconds = divmod(seconds, 60)
        return Stamp(f"2026-01-01T00:{minutes:02d}:{seconds:02d}.{micro:06d}Z", by)


def id_maker(prefix: str) -> Callable[[], str]:
    counter: Iterator[int] = itertools.count(1)
    return lambda: f"{prefix}{next(counter)}"


def empty_document(clock: Clock, new_id: Callable[[], str]) -> Document:
    return new_document("Testorganisatie", "org", clock.stamp("founder"), new_id)


def demo_text() -> str:
    """The small demo organisation as file text, always the same."""
    return codec.dumps(demo_document("small", 4, datetime(2025, 3, 1, tzinfo=UTC)))


@functools.cache
def large_demo_text() -> str:
    """The large demo organisation as file text (14 MB; a few seconds to make)."""
    return codec.dumps(demo_document("large", 1, datetime(2025, 1, 6, 9, tzinfo=UTC)))


def read_outcome(read: Callable[[], codec.LoadedFile]) -> object:
    """What a read gives, to compare two ways of reading: the document and its version, or
    the refusal's name and place."""
    try:
        loaded = read()
    except DataFileError as error:
        return (type(error).__name__, error.where)
    return (loaded.document, loaded.schema_version, loaded.schema_minor, loaded.read_only)
