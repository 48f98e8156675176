"""Pure rendering: view data in, HTML out (jinja2 with autoescaping on).

Nothing here touches the browser; the same functions render the app in the
page (through ``trustwork.ui``) and in tests under CPython.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from trustwork import __version__
from trustwork.areas import AREAS, KINDS, Area
from trustwork.i18n import LANGUAGES, Language, translate
from trustwork.model.document import Document
from trustwork.overview import conflict_lines, counts, recent_changes

TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class FileState:
    """The open data file as the person should see it.

    ``status``: new, saved, unsaved, saving, merged, conflict, failed or read_only.
    ``can_write``: the browser writes into the file (else saving means downloading a copy).
    """

    name: str
    status: str
    unsaved: int = 0
    can_write: bool = True
    detail: str = ""


@dataclass(frozen=True)
class AppView:
    """What the app shows: in which language, which area, which organisation's data, and
    what the person should know about the file (its state, a journal to restore, news)."""

    language: Language
    area: Area
    document: Document | None = None
    is_demo: bool = False
    file: FileState | None = None
    can_pick_files: bool = True
    remembered_file: str | None = None
    restore_offer: int = 0
    others_saved: bool = False
    problem: str = ""


@cache
def environment() -> jinja2.Environment:
    """The one jinja2 environment; autoescape is on for every template."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates never change while the app runs
    )


def render(template: str, language: Language, **context: object) -> Markup:
    """Render one template with ``t`` (translate into ``language``) available."""

    def t(key: str, **parameters: object) -> str:
        return translate(key, language, **parameters)

    html = environment().get_template(template).render(
        t=t, language=language, languages=LANGUAGES, **context
    )
    return Markup(html)


def render_app(view: AppView) -> Markup:
    """The whole app: header, navigation and the open area."""
    overview = None
    if view.document is not None:
        organisation = view.document.organisation.fields
        overview = {
            "name": organisation.get("name", ""),
            "mission": organisation.get("mission", ""),
            "counts": counts(view.document, view.area.kinds or KINDS),
            "recent": recent_changes(view.document) if view.area.key == "dashboard" else [],
            "conflicts": conflict_lines(view.document),
        }
    return render("app.html", view.language, view=view, areas=AREAS, version=__version__,
                  overview=overview)


def warm_up() -> None:
    """Compile every template the app shows, so the first render after start is quick.

    Run before the browser takes its start-up snapshot (see web/static/snapshot.js).
    """
    for language in LANGUAGES:
        for area in AREAS:
            render_app(AppView(language, area))
