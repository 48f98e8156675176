"""The areas of the app and how a location hash selects one: read from the registry
(``trustwork.kinds``) and the routes (``trustwork.routes``)."""

from __future__ import annotations

from trustwork.kinds import AREAS, DEFAULT_AREA, KINDS
from trustwork.model.fields import Area
from trustwork.routes import route_for_hash

__all__ = ["AREAS", "DEFAULT_AREA", "KINDS", "Area", "area_for_hash", "page_for_hash"]


def page_for_hash(location_hash: str) -> str:
    """What the hash names inside its area (``#people/team-1a2b`` → ``team-1a2b``), or ""."""
    return route_for_hash(location_hash).page


def area_for_hash(location_hash: str) -> Area:
    """The area named by a location hash such as ``#ideas``; the dashboard otherwise."""
    return route_for_hash(location_hash).area
