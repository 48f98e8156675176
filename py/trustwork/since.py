"""What changed since a person last looked: per area, the changes others made after the
moment this person last looked at that area (which their browser remembers, never the
file), and the newest of them for the dashboard. Pure: the moments are passed in.

A change belongs to the area of its record's kind; the organisation's own record (its name
and mission) to the dashboard; a kind this version does not know to the change log. The
change log's own area counts every change of others since the person last read it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

from trustwork.kinds import REGISTRY
from trustwork.model.document import ORGANISATION_KIND, Change, Document
from trustwork.model.fields import Registry
from trustwork.overview import RecentChange, newest_first, recent_change

DASHBOARD = "dashboard"
CHANGE_LOG = "changes"
SHOWN = 20  # unseen changes the dashboard lists


def area_of_change(change: Change, registry: Registry = REGISTRY) -> str:
    """The area a change shows in."""
    if change.kind == ORGANISATION_KIND:
        return DASHBOARD
    area = registry.area_of(change.kind)
    return area.key if area is not None else CHANGE_LOG


@dataclass(frozen=True)
class Unseen:
    """Per area, how many changes of others came after the person last looked there; the
    newest of them (across the areas) and how many there are in all."""

    counts: Mapping[str, int]
    newest: tuple[RecentChange, ...]
    total: int


class _OthersByArea:
    """Per area, the moments of the changes others made, oldest first, for the last change
    log and person asked about: every page shown counts them again, a log holds 19,000
    changes, and a count is then a search in a sorted list. A log is an immutable tuple, so
    the same object is the same log."""

    def __init__(self) -> None:
        self._key: tuple[tuple[Change, ...], str | None, Registry] | None = None
        self._times: dict[str, list[str]] = {}

    def __call__(self, log: tuple[Change, ...], me: str | None,
                 registry: Registry) -> dict[str, list[str]]:
        key = (log, me, registry)
        # The same log object, and the same person (a text read afresh on every page).
        if self._key is None or self._key[0] is not log or self._key[1:] != key[1:]:
            times: dict[str, list[str]] = {}
            for change in log:
                if change.stamp.by != me:
                    times.setdefault(area_of_change(change, registry), []).append(
                        change.stamp.at)
            for found in times.values():
                found.sort()
            self._key, self._times = key, times
        return self._times


_others_by_area = _OthersByArea()


def unseen(document: Document, seen: Mapping[str, str], me: str | None,
           shown: int = SHOWN, registry: Registry = REGISTRY) -> Unseen:
    """The changes others made since ``seen`` (area → the moment the person last looked at
    it, ISO 8601 UTC). An area without a moment counts nothing (it was never looked at from
    this browser: nothing there is news yet)."""
    if not seen:
        return Unseen({}, (), 0)
    by_area = _others_by_area(document.changes, me, registry)
    counts: dict[str, int] = {}
    for area, times in by_area.items():
        looked = seen.get(area)
        if looked is not None and area != CHANGE_LOG:
            new = len(times) - bisect_right(times, looked)
            if new:
                counts[area] = new
    total = sum(counts.values())
    log_seen = seen.get(CHANGE_LOG)
    if log_seen is not None:
        every = sum(len(times) - bisect_right(times, log_seen) for times in by_area.values())
        if every:
            counts[CHANGE_LOG] = every
    newest: list[Change] = []
    if total:
        oldest = min(seen.values())
        for change in newest_first(document.changes):
            if len(newest) == shown or change.stamp.at <= oldest:
                break
            if change.stamp.by == me:
                continue
            area = area_of_change(change, registry)
            looked = seen.get(area)
            if area != CHANGE_LOG and looked is not None and change.stamp.at > looked:
                newest.append(change)
    return Unseen(counts, tuple(recent_change(document, change) for change in newest), total)


def changed_since(at: str, since: str) -> bool:
    """Whether something stamped ``at`` is newer than the moment ``since`` ("" : never)."""
    return bool(since) and at > since
