"""What changed since a person last looked: per area, the changes others made after the
moment this person last looked at that area (which their browser remembers, never the
file), and the newest of them for the dashboard. Pure: the moments are passed in.

A change belongs to the area of its record's kind; the organisation's own record (its name
and mission) to the dashboard; a kind this version does not know to the change log. The
change log's own area counts every change of others since the person last read it.
"""

from __future__ import annotations

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


def unseen(document: Document, seen: Mapping[str, str], me: str | None,
           shown: int = SHOWN, registry: Registry = REGISTRY) -> Unseen:
    """The changes others made since ``seen`` (area → the moment the person last looked at
    it, ISO 8601 UTC). An area without a moment counts nothing (it was never looked at from
    this browser: nothing there is news yet)."""
    if not seen:
        return Unseen({}, (), 0)
    oldest = min(seen.values())
    counts: dict[str, int] = {}
    newest: list[Change] = []
    total = 0
    log_seen = seen.get(CHANGE_LOG)
    for change in newest_first(document.changes):
        at = change.stamp.at
        if at <= oldest:
            break  # newest first: everything further is older than every moment
        if change.stamp.by == me:
            continue
        if log_seen is not None and at > log_seen:
            counts[CHANGE_LOG] = counts.get(CHANGE_LOG, 0) + 1
        area = area_of_change(change, registry)
        looked = seen.get(area)
        if area == CHANGE_LOG or looked is None or at <= looked:
            continue
        counts[area] = counts.get(area, 0) + 1
        total += 1
        if len(newest) < shown:
            newest.append(change)
    return Unseen(counts, tuple(recent_change(document, change) for change in newest), total)


def changed_since(at: str, since: str) -> bool:
    """Whether something stamped ``at`` is newer than the moment ``since`` ("" : never)."""
    return bool(since) and at > since
