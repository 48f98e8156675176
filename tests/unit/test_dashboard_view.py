"""The dashboard as rendered from the small organisation of ``test_outcomes``: figures with
their unit in each language's way of writing numbers, a dash for what cannot be computed,
a rules budget that is exceeded marked, each chart labelled, and the period in the address."""

from __future__ import annotations

from support.office import TODAY, office
from trustwork.i18n import Language
from trustwork.model.document import Document, Record, Stamp
from trustwork.routes import route_for_hash
from trustwork.views import AppView, render_app
from trustwork.views.dashboard import value_text

DASHBOARD = route_for_hash("#dashboard").area


def rendered(document: Document, language: Language = "en", page: str = "") -> str:
    return str(render_app(AppView(language, DASHBOARD, document=document, today=TODAY,
                                  page=page)))


def card(html: str, key: str) -> str:
    start = html.index(f'data-indicator="{key}"')
    return html[start:html.index("</article>", start)]


def test_figures_are_written_with_their_unit_as_each_language_writes_numbers() -> None:
    assert value_text(1500.0, "euro", "nl") == "€ 1.500"
    assert value_text(1500.0, "euro", "en") == "€1,500"
    assert value_text(66.7, "percent", "nl") == "66,7%"
    assert value_text(7.0, "days", "en") == "7 days"
    assert value_text(0.8, "per_person", "nl") == "0,8"
    assert value_text(None, "percent", "en") == "–"


def test_the_dashboard_shows_each_indicator_with_its_figure_and_how_it_is_computed() -> None:
    html = rendered(office(), "nl")
    assert '<span class="big-figure" data-figure>75%</span>' in card(html, "taking_part")
    assert "3 van 4 mensen" in card(html, "taking_part")
    assert "€ 500" in card(html, "savings")
    assert "7 dagen" in card(html, "days_to_answer")
    assert "Van de ideeën die in de periode zijn ingediend" in card(html, "usable_rate")
    assert 'href="#ideas"' in card(html, "usable_rate")
    assert "jan 2026 tot en met mrt 2026" in html


def test_a_rules_budget_that_is_exceeded_is_marked_and_states_of_today_say_so() -> None:
    html = rendered(office())
    assert 'class="indicator warn"' in html and "3 rules; the budget is 2" in card(
        html, "rules_budget")
    assert "as of today" in card(html, "reviewed_on_time")
    assert "as of today" not in card(html, "savings")


def test_the_last_12_months_are_their_own_address() -> None:
    html = rendered(office(), page="last-12-months")
    assert 'data-period="last-12-months"' in html
    assert '<a href="#dashboard/last-12-months" data-period-link="last-12-months" ' \
           'aria-current="page">' in html
    assert "€1,500" in card(html, "savings")
    assert html.count("<tr><th scope=\"row\">") >= 12  # a chart's table: one row a month


def test_an_empty_organisation_shows_dashes_not_zeroes() -> None:
    stamp = Stamp("2026-01-01T00:00:00Z", "founder")
    empty = Document(Record("org", "organisation", stamp, stamp, {"name": "Leeg"}, {}), {})
    html = rendered(empty)
    assert '<span class="big-figure" data-figure>–</span>' in card(html, "taking_part")
    assert '<span class="big-figure" data-figure>–</span>' in card(html, "usable_rate")
    assert "No rules budget set" in card(html, "rules_budget")
    # A trend with nothing to compute it from says so to a screen reader.
    assert "<desc id=\"chart-taking_part-trend-description\">No figures yet.</desc>" in html
