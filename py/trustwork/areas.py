"""The areas of the app (the navigation) and how a location hash selects one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Area:
    """One section of the app, reachable as ``#<key>``, and the kinds of record it shows."""

    key: str
    icon: str
    kinds: tuple[str, ...] = ()


AREAS: tuple[Area, ...] = (
    Area("dashboard", "◉"),
    Area("people", "◎", ("person", "team", "role", "value", "team_record")),
    Area("improvement", "↻", ("improvement_project",)),
    Area("ideas", "✦", ("idea_campaign", "idea")),
    Area("pilots", "❖", ("pilot", "pilot_revision")),
    Area("decisions", "⚖", ("decision", "rule")),
    Area("scan", "▦", ("scan", "scan_answer")),
    Area("changes", "↺"),
)
KINDS: tuple[str, ...] = tuple(kind for area in AREAS for kind in area.kinds)

DEFAULT_AREA = AREAS[0]


def page_for_hash(location_hash: str) -> str:
    """What the hash names inside its area (``#people/team-1a2b`` → ``team-1a2b``), or ""."""
    parts = location_hash.lstrip("#").strip("/").split("/", 1)
    return parts[1] if len(parts) == 2 else ""


def area_for_hash(location_hash: str) -> Area:
    """The area named by a location hash such as ``#ideas``; the dashboard otherwise."""
    key = location_hash.lstrip("#").strip("/").split("/", 1)[0]
    for area in AREAS:
        if area.key == key:
            return area
    return DEFAULT_AREA
