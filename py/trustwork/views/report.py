"""The organisation's report as one static HTML file: the overview and every area, rendered
by the areas' own views and templates (as the app shows them, without the controls that
edit them), with the app's stylesheet inside. For the command line; pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from trustwork import __version__
from trustwork.i18n import Language
from trustwork.kinds import AREAS
from trustwork.model.document import Document
from trustwork.model.fields import Area
from trustwork.views import AppView, area_view, page_helpers, render, report_of

# The areas a report leaves out: the latest changes are history, not the state of things.
LEFT_OUT = frozenset({"changes"})


@dataclass(frozen=True)
class ReportPart:
    """One area of the report: the view it is shown for and what its view module made."""

    view: AppView
    context: dict[str, object]


def report_areas() -> tuple[Area, ...]:
    """The areas in the report, the overview (the dashboard) first, as the navigation has them."""
    return tuple(area for area in AREAS if area.key not in LEFT_OUT)


def render_report(document: Document, language: Language, today: date, stylesheet: str
                  ) -> Markup:
    """The whole report as an HTML document; ``stylesheet`` is the app's CSS, put inside."""
    parts = []
    for area in report_areas():
        view = report_of(AppView(language, area, document=document, today=today))
        parts.append(ReportPart(view, area_view(area)(view, document)))
    return render("report_document.html", language, parts=parts, version=__version__,
                  name=document.organisation.fields.get("name", ""), today=today,
                  stylesheet=Markup(stylesheet.replace("</", "<\\/")),
                  **page_helpers(document, language))
