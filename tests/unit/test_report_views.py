"""An area's report is the area's own view and template inside the report's frame: what an
area shows (the dashboard too, whatever it comes to show), its report shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from trustwork.demo import demo_document
from trustwork.i18n import LANGUAGES, Language
from trustwork.kinds import AREAS
from trustwork.model.fields import Area
from trustwork.views import REPORT, AppView, area_view, page_helpers, render, render_app

DOCUMENT = demo_document("small", 1, datetime(2025, 1, 6, 9, tzinfo=UTC))
TODAY = date(2025, 6, 2)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("area", AREAS, ids=[area.key for area in AREAS])
def test_an_areas_report_holds_the_areas_own_page_with_the_organisation_and_the_day(
        area: Area, language: Language) -> None:
    view = AppView(language, area, document=DOCUMENT, today=TODAY, page=REPORT)
    report = str(render_app(view))
    own_page = replace(view, page="")
    content = str(render(area.template, language, view=view,
                         area=area_view(area)(own_page, DOCUMENT),
                         **page_helpers(DOCUMENT, language)))
    assert content.strip() and content in report
    assert f'data-report="{area.key}"' in report and "De Voorbeeldgroep" in report
    assert ("2 juni 2025" if language == "nl" else "2 June 2025") in report
    assert 'data-action="print"' in report and 'data-action="print-report"' not in report


def test_every_areas_own_page_offers_to_print_its_report() -> None:
    for area in AREAS:
        page = str(render_app(AppView("en", area, document=DOCUMENT, today=TODAY)))
        assert f'data-action="print-report" data-area-key="{area.key}"' in page


def test_a_filter_or_a_record_page_does_not_narrow_the_report() -> None:
    ideas = next(area for area in AREAS if area.key == "ideas")
    narrowed = str(render_app(AppView("en", ideas, document=DOCUMENT, today=TODAY, page=REPORT,
                                      filter="no such words at all")))
    assert narrowed.count('<tr data-record="') == len(DOCUMENT.live("idea")) + len(
        DOCUMENT.live("idea_campaign"))
    assert "no such words" not in narrowed  # nor does the page filter its rows afterwards
