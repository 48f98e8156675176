"""The app's addresses: which area and page a location hash names, and the one place links
are made (``href``). Routes are generic: ``#<area>``, ``#<area>/<record id>``,
``#<area>/new-<kind>`` (with ``:<field>=<value>`` to fill a field in), ``#<area>/me``.
No template or module spells an area's path by hand; they ask ``href`` here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

from trustwork.kinds import DEFAULT_AREA, REGISTRY
from trustwork.model.fields import Area, Registry

NEW = "new-"


@dataclass(frozen=True)
class Route:
    """Where the person is: an area and, inside it, a page ("" for the area's list)."""

    area: Area
    page: str = ""

    @property
    def new_kind(self) -> str:
        """The kind a ``new-<kind>`` page adds, or ""."""
        return self.page[len(NEW):].partition(":")[0] if self.page.startswith(NEW) else ""

    @property
    def prefill(self) -> dict[str, str]:
        """Field values a ``new-<kind>:<field>=<value>`` page fills in."""
        if not self.page.startswith(NEW):
            return {}
        filled: dict[str, str] = {}
        for part in self.page.partition(":")[2].split(":"):
            name, equals, value = part.partition("=")
            if equals and name:
                filled[unquote(name)] = unquote(value)
        return filled


@dataclass(frozen=True)
class Links:
    """Makes every link of the app from the registry (``href`` in the templates)."""

    registry: Registry = field(default=REGISTRY)

    def area(self, key: str) -> str:
        return f"#{key}"

    def record(self, record_id: str, kind: str) -> str:
        """A record's page, in the area its kind belongs to (the changes page for a kind
        this version does not know)."""
        area = self.registry.area_of(kind)
        return f"#{area.key if area else 'changes'}/{quote(record_id, safe='-_.')}"

    def below(self, record_id: str, kind: str, *parts: str) -> str:
        """A page below a record's page (``#pilots/<pilot>/diff/<old>/<new>``)."""
        return self.record(record_id, kind) + "".join(f"/{quote(part, safe='-_.')}"
                                                      for part in parts)

    def page(self, key: str, *parts: str) -> str:
        """One of an area's own pages, not a record's (``#improvement/board-2026``,
        ``#pilots/recent/followed``)."""
        return self.area(key) + "".join(f"/{quote(part, safe='-_.')}" for part in parts)

    def new(self, kind: str, prefill: Mapping[str, str] | None = None) -> str:
        """The form that adds a record of ``kind``, with some fields filled in."""
        area = self.registry.area_of(kind)
        page = NEW + kind + "".join(f":{quote(name)}={quote(value, safe='-_.')}"
                                    for name, value in (prefill or {}).items())
        return f"#{area.key if area else DEFAULT_AREA.key}/{page}"

    def me(self) -> str:
        """Who am I (in the people area, where people are)."""
        return "#people/me"


LINKS = Links()


def route_for_hash(location_hash: str, registry: Registry = REGISTRY) -> Route:
    """The route a location hash names; the dashboard for anything unknown."""
    key, _, page = location_hash.lstrip("#").strip("/").partition("/")
    area = registry.area(key)
    if area is None:
        return Route(DEFAULT_AREA)
    # A record's id is escaped in its link; a new-record page unescapes its own values.
    return Route(area, page if page.startswith(NEW) else unquote(page))
