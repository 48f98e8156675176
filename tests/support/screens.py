"""Every screen of the app with an organisation open: one address per shape of page.

The accessibility, keyboard and screenshot tests walk the same list. It is found from the
page itself, not written down: each area's page is shown and the links on it are followed
one level deep, keeping the first address of each shape (an area's page, a record's page of
each kind, each own page of an area, each form), so a new page is covered without a list to
keep up to date.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from playwright.sync_api import Page

from .browser import go

RECORD_ID = re.compile(r"^([a-z][a-z0-9-]*?)-[0-9a-f]{12}$")

# The rendered page is the one asked for once the main region names its area and page.
SHOWN = """([area, page]) => {
  const main = document.querySelector('main#area');
  return main !== null && main.dataset.area === area && main.dataset.page === page
    && document.documentElement.dataset.state === 'ready';
}"""


def show(page: Page, location: str) -> None:
    """Follow ``location`` (a hash) in the open page and wait until it is rendered."""
    area, _, rest = location.lstrip("#").partition("/")
    go(page, location)
    wanted = rest if rest.startswith("new-") else unquote(rest)
    page.wait_for_function(SHOWN, arg=[area, wanted])


def shape(location: str) -> str:
    """What kind of page an address shows: its record ids replaced by their kind."""
    parts = location.lstrip("#").split("/")
    shaped = []
    for part in parts:
        found = RECORD_ID.match(unquote(part))
        shaped.append(f"<{found.group(1)}>" if found else part)
    # A new-record form with fields filled in is the same form.
    return "/".join(shaped).split(":")[0]


def area_keys(page: Page) -> list[str]:
    """The areas in the navigation, in its order."""
    return [str(key) for key in page.eval_on_selector_all(
        "nav [data-area]", "links => links.map(link => link.dataset.area)")]


def links_here(page: Page, areas: list[str]) -> list[str]:
    """The app's own addresses the shown page links to."""
    links = page.eval_on_selector_all(
        "main#area a[href^='#']", "links => links.map(link => link.getAttribute('href'))")
    return [str(link) for link in links
            if str(link).lstrip("#").partition("/")[0] in areas]


def screens(page: Page) -> list[str]:
    """One address of every shape of page reachable from the areas' pages in two steps,
    and each area's report, in a stable order."""
    areas = area_keys(page)
    found: dict[str, str] = {}
    for area in areas:
        found.setdefault(shape(f"#{area}"), f"#{area}")
        found.setdefault(shape(f"#{area}/report"), f"#{area}/report")
    for _ in range(2):
        for location in list(found.values()):
            show(page, location)
            for link in links_here(page, areas):
                found.setdefault(shape(link), link)
    return list(found.values())
