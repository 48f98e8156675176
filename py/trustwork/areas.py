"""The areas of the app (the navigation) and how a location hash selects one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Area:
    """One section of the app, reachable as ``#<key>``."""

    key: str
    icon: str


AREAS: tuple[Area, ...] = (
    Area("dashboard", "◉"),
    Area("people", "◎"),
    Area("improvement", "↻"),
    Area("ideas", "✦"),
    Area("pilots", "❖"),
    Area("decisions", "⚖"),
    Area("scan", "▦"),
)

DEFAULT_AREA = AREAS[0]


def area_for_hash(location_hash: str) -> Area:
    """The area named by a location hash such as ``#ideas``; the dashboard otherwise."""
    key = location_hash.lstrip("#").strip("/").split("/", 1)[0]
    for area in AREAS:
        if area.key == key:
            return area
    return DEFAULT_AREA
