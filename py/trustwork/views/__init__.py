"""Pure rendering: view data in, HTML out (jinja2 with autoescaping on).

Nothing here touches the browser; the same functions render the app in the
page (through ``trustwork.ui``) and in tests under CPython.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from importlib import import_module
from pathlib import Path

import jinja2
from markupsafe import Markup

from trustwork import __version__
from trustwork.demos import CHOICES, PASSPHRASES, SECRET_RECORDS
from trustwork.i18n import (
    CATALOGUE,
    LANGUAGES,
    Language,
    format_date,
    format_date_time,
    format_money,
    format_month,
    format_number,
    translate,
)
from trustwork.importing import ImportDraft
from trustwork.kinds import AREAS, KINDS, REGISTRY
from trustwork.model.document import Document
from trustwork.model.fields import Area
from trustwork.overview import label, person_name
from trustwork.presentation import Presentation
from trustwork.routes import LINKS
from trustwork.scan import ScanState
from trustwork.search import INDEX, Results
from trustwork.since import Unseen, unseen
from trustwork.views.presentation import indicator
from trustwork.views.records import Secrets, named_by_day

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
    demo: str | None = None  # which demo is open (trustwork.demos.CHOICES), if one is
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
    filter: str = ""  # words every row of the area's lists must hold (sent with Enter)
    # Copies of the open file: whether the browser can reach its folder (Chrome, Edge) and
    # the person allowed it (or allowed it on an earlier visit, and the browser wants them to
    # allow it again), the conflicted copies found there, and what the last merge of a copy
    # brought.
    can_pick_folder: bool = False
    folder_allowed: bool = False
    folder_again: bool = False
    copies_found: tuple[str, ...] = ()
    copy_report: str = ""
    following: frozenset[str] = frozenset()  # the pilots this browser's person follows
    pilots_seen: str = ""  # when they last marked the pilots' recent changes as seen
    search: str = ""  # what is typed into the search in the header: its results are shown
    # When this browser's person last looked at each area (area → moment), who this
    # browser's changes are stamped by, and when they had last looked at the open area
    # before this visit ("": not known): what changed since is marked.
    seen: Mapping[str, str] = field(default_factory=dict)
    author: str = ""
    since: str = ""
    scan: ScanState = field(default_factory=ScanState)  # the trust scan's state in this page
    importing: ImportDraft | None = None  # a CSV file chosen to import, not imported yet
    last_import: str = ""  # the import just made: its undo is offered beside the notice
    presenting: Presentation | None = None  # presentation mode: its tour and step

    @property
    def demo_passphrase(self) -> str:
        """The passphrase the open demo's start screen names ("" when it names none)."""
        return PASSPHRASES.get(self.demo or "", "") if self.is_demo else ""

    @property
    def demo_secret(self) -> str:
        """The confidential record the passphrase opens ("" when the demo names none)."""
        return SECRET_RECORDS.get(self.demo or "", "") if self.is_demo else ""


@dataclass(frozen=True)
class FormError:
    """A form that could not be taken: which form, which field, and why (translated)."""

    form: str
    field: str
    message: str


def error_id(form: str, name: str) -> str:
    """The id of the error shown for field ``name`` of ``form`` ("" names the form's own):
    one error is shown at a time, so it is unique on the page."""
    return f"error-{form}-{name}"


def tie(error: FormError | None, form: str, name: str, hint: str = "") -> Markup:
    """The attributes of a form control: refused (``error`` is for this field of ``form``),
    it is aria-invalid and described by its error; a ``hint``'s id describes it too."""
    failed = error is not None and error.form == form and error.field == name
    ids = [part for part in (error_id(form, name) if failed else "", hint) if part]
    attributes = Markup(' aria-invalid="true"') if failed else Markup("")
    if ids:
        attributes += Markup(' aria-describedby="{}"').format(" ".join(ids))
    return attributes


def field_error(error: FormError | None, form: str, name: str, tag: str = "span") -> Markup:
    """A refused field's error, to show beside it, with the id its control names."""
    if error is None or error.form != form or error.field != name:
        return Markup("")
    element = "p" if tag == "p" else "span"
    return Markup('<{0} class="field-error" id="{1}" data-field-error>{2}</{0}>').format(
        Markup(element), error_id(form, name), error.message)


@cache
def environment() -> jinja2.Environment:
    """The one jinja2 environment; autoescape is on for every template."""
    made = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates never change while the app runs
    )
    # Plain functions, not macros: compiled template code lands in the start-up snapshot.
    made.globals.update(tie=tie, field_error=field_error, error_id=error_id)
    return made


def render(template: str, language: Language, **context: object) -> Markup:
    """Render one template with ``t`` (translate into ``language``) available."""

    def t(key: str, **parameters: object) -> str:
        return translate(key, language, **parameters)

    html = environment().get_template(template).render(
        t=t, language=language, languages=LANGUAGES, **context
    )
    return Markup(html)


def area_view(area: Area) -> Callable[[AppView, Document], dict[str, object]]:
    """The function that works out what ``area`` shows: ``area_context`` of the view module
    the registry names for it (``trustwork.views.<area.view>``)."""
    module = import_module(f"trustwork.views.{area.view}")
    function: Callable[[AppView, Document], dict[str, object]] = module.area_context
    return function


def first_screen(view: AppView) -> Generator[None, None, None]:
    """What showing ``view`` works out from a document just opened, a step at a time before
    its first render, so that no step holds the page for long on a large file: the indexes
    every page shares (the live records of each kind, the changes of each record), the
    parts of the area's page that take longest (its view module's ``preparing``, where it
    has one), then the area's page itself. The render after it finds them remembered."""
    document = view.document
    if document is None:
        return
    document.live(document.organisation.kind)  # indexes the live records of every kind
    yield
    document.history(document.organisation.id)  # indexes the change log by record
    yield
    yield from _area_in_steps(view, document)
    yield  # the render that follows is a step of its own


def _area_in_steps(view: AppView, document: Document) -> Generator[None, None, None]:
    """An area's page worked out, the parts that take longest first, one a step: its view
    module's ``preparing``, where it has one, then ``area_context``."""
    module = import_module(f"trustwork.views.{view.area.view}")
    preparing: Callable[[AppView, Document], Generator[None, None, None]] | None = getattr(
        module, "preparing", None)
    if preparing is not None:
        yield from preparing(view, document)
        yield
    module.area_context(view, document)


def working_ahead(view: AppView) -> Generator[None, None, None]:
    """Every other area's page worked out (not rendered) for the document on screen, as it
    would be shown now, a part a step (see ``_area_in_steps``). What the pages remember
    while the document stays the same (lists in order of name, counts, an area's figures)
    is then ready before the person goes there: on a large file the first visit of the
    ideas sorted 10,000 ideas."""
    document = view.document
    if document is None:
        return
    for area in AREAS:
        if area.key != view.area.key:
            yield from _area_in_steps(
                replace(view, area=area, page="", filter="", form_error=None), document)
            yield


def search_results(view: AppView) -> Results | None:
    """What the search in the header finds (None: nothing typed, or no organisation open);
    confidential content only as opened in this page."""
    if view.document is None or not view.search.strip():
        return None
    return INDEX.search(view.document, view.search, view.secrets.content)


def render_search(view: AppView) -> Markup:
    """The search results alone (what ``render_app`` puts into the ``search`` region)."""
    return render("search.html", view.language, view=view, results=search_results(view),
                  **page_helpers(view.document, view.language))


def unseen_of(view: AppView) -> Unseen | None:
    """What others changed in each area since this person last looked there."""
    if view.document is None:
        return None
    return unseen(view.document, view.seen, view.author)


def render_app(view: AppView) -> Markup:
    """The whole app: header, navigation and the open area (or the area's report: its
    content to read and print, see ``trustwork.views.report``)."""
    overview = None
    area: dict[str, object] = {}
    document = view.document
    report = is_report(view.page)
    if document is not None:
        overview = {
            "name": document.organisation.fields.get("name", ""),
            "me_name": person_name(document, view.me) if view.me else "",
            "me_known": view.me is not None and view.me in document.records,
        }
        area = area_view(view.area)(report_of(view) if report else view, document)
    # A report is the whole area: no filter typed on its page narrows it.
    shown = replace(view, filter="") if report else view
    return render("app.html", view.language, view=shown, areas=AREAS, version=__version__,
                  overview=overview, area=area, report=report,
                  results=search_results(view), unseen=unseen_of(view),
                  presenting=indicator(view), **page_helpers(document, view.language))


def page_helpers(document: Document | None, language: Language) -> dict[str, object]:
    """What every area's template uses besides its own context: names of kinds, fields and
    records in the language, numbers as the language writes them, links and the registry."""

    def named(group: str, name: str) -> str:
        """A kind, action, choice or field in the language, or as the file names it (what
        a newer version wrote)."""
        key = f"{group}.{name}"
        return translate(key, language) if key in CATALOGUE[language] else name

    def field_label(kind: str, name: str) -> str:
        return named(f"field.{kind}", name)

    def record_label(record_id: object) -> str:
        if document is None or not isinstance(record_id, str):
            return ""
        record = document.records.get(record_id)
        if record is None:
            return ""
        return format_date(label(record), language) if named_by_day(record.kind) \
            else label(record)

    def number(value: object, digits: int = 2) -> str:
        return format_number(value, language, digits)

    def money(value: float | int) -> str:
        return format_money(value, language)

    def day_text(value: date | str | None) -> str:
        return format_date(value, language)

    def month_text(value: str | None) -> str:
        return format_month(value, language)

    def moment_text(value: str | None) -> str:
        return format_date_time(value, language)

    def title_text(kind: str, title: str) -> str:
        """A record's name as the domain gives it (a change's label), a day as the
        language writes it for a kind named by its day."""
        return format_date(title, language) if named_by_day(kind) else title

    # Every number, amount, day, month and moment a template shows goes through these
    # (trustwork.i18n writes each as the language does).
    return {"field_label": field_label, "named": named, "record_label": record_label,
            "href": LINKS, "registry": REGISTRY, "number": number, "money": money,
            "day_text": day_text, "month_text": month_text, "moment_text": moment_text,
            "title_text": title_text, "demo_choices": CHOICES}


REPORT = "report"  # the page of an area that shows it as a report (``#ideas/report``)


def is_report(page: str) -> bool:
    return page == REPORT


def report_of(view: AppView) -> AppView:
    """The view an area's report shows: the area's own page, unfiltered."""
    return replace(view, page="", filter="", form_error=None)


def warm_up() -> None:
    """Compile every template the app shows, so the first render after start is quick.

    Run before the browser takes its start-up snapshot (see web/static/snapshot.js), with a
    tiny organisation holding one record of each kind the registry knows, so that every
    area, list, page and form is rendered once (and little is left in the snapshot's memory).
    """
    from trustwork.model.document import JsonValue, Stamp, create_record, new_document

    # Every area's view module is imported before any rendering: a module imported in
    # between lands above the garbage of the renders, and the snapshot can outgrow the 30 MB
    # of memory the runtime starts with (it then fails to load).
    for area in AREAS:
        area_view(area)
    stamp = Stamp("2026-01-01T00:00:00.000000Z", "warm-up")
    ids = iter(f"warm-up-{number}" for number in range(1000))
    document = new_document("Warm-up", "organisation-warm-up", stamp, lambda: next(ids))
    for kind in KINDS:
        fields: dict[str, JsonValue] = {}
        for spec in kind.form_fields:
            examples: dict[str, JsonValue] = {
                "people": ["person"], "teams": ["team"], "lines": ["line"],
                "date": "2026-01-02", "month": "2026-01", "number": 1,
                "choice": spec.choices[0] if spec.choices else None,
                "person": "person", "team": "team", "record": spec.refers_to, "flag": True,
                # Empty: a pilot's page would bring markdown-it-py into the snapshot.
                "long_text": ""}
            fields[spec.name] = examples.get(spec.widget, kind.name)
        document = create_record(document, kind.name, fields, kind.name, stamp,
                                 lambda: next(ids))
    for language in LANGUAGES:
        for area in AREAS:
            render_app(AppView(language, area))
            pages = ["", "missing", REPORT, *(f"new-{kind}" for kind in area.kinds),
                     *area.kinds]
            if area.key == "people":
                pages.append("me")
            for page in pages:
                render_app(AppView(language, area, document=document, page=page,
                                   today=date(2026, 1, 1)))
        render_app(AppView(language, AREAS[0], document=document, search="warm up",
                           today=date(2026, 1, 1)))
    INDEX.entries.clear()  # the warm-up's records stay out of the snapshot
    INDEX.records = None
