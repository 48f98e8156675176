"""Pure rendering: view data in, HTML out (jinja2 with autoescaping on).

Nothing here touches the browser; the same functions render the app in the
page (through ``trustwork.ui``) and in tests under CPython.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from trustwork import __version__
from trustwork.areas import AREAS, KINDS, Area
from trustwork.i18n import CATALOGUE, LANGUAGES, Language, translate
from trustwork.model.document import Document
from trustwork.overview import conflict_lines, counts, label, person_name, recent_changes
from trustwork.register import FIELDS, REGISTER_KINDS, TEAM_RECORD, openness
from trustwork.views.register import (
    Secrets,
    people_choices,
    record_history,
    record_page,
    reminders,
    sections,
    team_choices,
)

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
    page: str = ""  # inside the area: a record's id, "new-<kind>", "me", or "" for the list
    me: str | None = None  # the person this browser acts as, in the open organisation
    today: date | None = None
    secrets: Secrets = field(default_factory=Secrets)
    form_error: FormError | None = None
    notice: str = ""  # a short confirmation ("Saved in the register"), cleared on the next step


@dataclass(frozen=True)
class FormError:
    """A form that could not be taken: which form, which field, and why (translated)."""

    form: str
    field: str
    message: str


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
    register = None
    document = view.document
    if document is not None:
        organisation = document.organisation.fields
        area = view.area.key
        overview = {
            "name": organisation.get("name", ""),
            "mission": organisation.get("mission", ""),
            "counts": counts(document, view.area.kinds or KINDS),
            "recent": (recent_changes(document, 10) if area == "dashboard"
                       else recent_changes(document, 200) if area == "changes" else []),
            "conflicts": conflict_lines(document),
            "openness": openness(document) if area in ("dashboard", "people") else None,
            "reminders": reminders(document, view.today) if area == "dashboard" else [],
            "history": (record_history(document, document.organisation)
                        if area == "dashboard" else ()),
            "me_name": person_name(document, view.me) if view.me else "",
            "me_known": view.me is not None and view.me in document.records,
        }
        if area == "people":
            register = _register(view, document)
    def field_label(kind: str, name: str) -> str:
        key = f"field.{kind}.{name}"
        return translate(key, view.language) if key in CATALOGUE[view.language] else name

    def named(group: str, name: str) -> str:
        """A kind or an action in the language, or as the file names it (a newer kind)."""
        key = f"{group}.{name}"
        return translate(key, view.language) if key in CATALOGUE[view.language] else name

    def team_name(team_id: object) -> str:
        if document is None or not isinstance(team_id, str) or team_id not in document.records:
            return ""
        return label(document.records[team_id])

    return render("app.html", view.language, view=view, areas=AREAS, version=__version__,
                  overview=overview, register=register, field_label=field_label, named=named,
                  team_name=team_name, register_kinds=REGISTER_KINDS)


def _register(view: AppView, document: Document) -> dict[str, object]:
    """What the people area shows: the lists, one record's page, a new record's form, or
    the question who you are."""
    context: dict[str, object] = {
        "people": people_choices(document), "teams": team_choices(document),
        "fields": FIELDS, "kinds": REGISTER_KINDS, "team_record": TEAM_RECORD,
        "who": False, "new_kind": None, "prefill": {}, "record": None, "missing": None,
        "sections": [],
    }
    page = view.page
    kind, _, team = page[4:].partition(":")
    if page.startswith("new-") and kind in REGISTER_KINDS:
        context["new_kind"] = kind
        context["prefill"] = {"team": team} if team else {}
    elif page == "me":
        context["who"] = True
    elif page and (found := record_page(document, page, view.secrets,
                                                     view.today)) is not None:
        context["record"] = found
    elif page:
        context["missing"] = page
    else:
        context["sections"] = sections(document, view.secrets)
    return context


def warm_up() -> None:
    """Compile every template the app shows, so the first render after start is quick.

    Run before the browser takes its start-up snapshot (see web/static/snapshot.js), with a
    tiny organisation holding one record of each register kind, so that every page of the
    register is rendered once (and little is left behind in the snapshot's memory).
    """
    from trustwork.model.document import JsonValue, Stamp, create_record, new_document

    stamp = Stamp("2026-01-01T00:00:00.000000Z", "warm-up")
    ids = iter(f"warm-up-{number}" for number in range(100))
    document = new_document("Warm-up", "organisation-warm-up", stamp, lambda: next(ids))
    for kind in REGISTER_KINDS:
        fields: dict[str, JsonValue] = {
            "name": kind, "title": kind, "team": "team", "holder": "person",
            "members": ["person"], "term_ends": "2026-01-02"}
        document = create_record(document, kind, fields, kind, stamp, lambda: next(ids))
    pages = ["", "me", "new-team_record", "missing", *REGISTER_KINDS]
    for language in LANGUAGES:
        for area in AREAS:
            render_app(AppView(language, area))
            render_app(AppView(language, area, document=document, today=date(2026, 1, 1)))
        for page in pages:
            render_app(AppView(language, AREAS[1], document=document, page=page,
                               today=date(2026, 1, 1)))
