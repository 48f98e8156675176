"""Working ahead: the other areas' pages worked out for the document on screen, a part a
step, so that what they remember per document is ready before the person goes there. And
the first screen of a document just opened worked out the same way before its render."""

from dataclasses import replace
from datetime import UTC, date, datetime

from trustwork.demo import demo_document
from trustwork.kinds import AREAS, REGISTRY
from trustwork.store import codec
from trustwork.views import (
    AppView,
    dashboard,
    first_screen,
    ideas,
    records,
    render_app,
    working_ahead,
)


def test_each_other_area_is_worked_out_a_part_a_step_and_their_lists_are_ordered_ahead(
) -> None:
    document = demo_document("small", 3, datetime(2025, 1, 6, 9, tzinfo=UTC))
    view = AppView("nl", AREAS[0], document=document, today=date(2025, 6, 1))
    steps = working_ahead(view)
    taken = sum(1 for _ in steps)
    idea_lists = [kind for kind in next(area for area in AREAS if area.key == "ideas").kinds
                  if (spec := REGISTRY.kind(kind)) is not None and spec.listed]
    # An area a step at least; the ideas' lists, index and figures each a step of their own.
    assert taken >= len(AREAS) - 1 + len(idea_lists) + 3
    # The ideas area's figures and every listed kind's order by name are for this document.
    assert ideas._made["figures"][0] is document
    ordered = records._live_by_label._by_kind
    assert records._live_by_label._records is document.records
    listed = {kind for area in AREAS[1:] for kind in area.kinds
              if (spec := REGISTRY.kind(kind)) is not None and spec.listed}
    assert listed and listed <= set(ordered)
    assert list(ordered["idea"]) == records.live_by_name(document, "idea", view.secrets)


def test_the_area_on_screen_is_left_out_and_no_document_means_no_work() -> None:
    document = demo_document("small", 3, datetime(2025, 1, 6, 9, tzinfo=UTC))
    ideas_area = next(area for area in AREAS if area.key == "ideas")
    ideas._made.clear()
    view = AppView("nl", ideas_area, document=document, today=date(2025, 6, 1))
    assert sum(1 for _ in working_ahead(view)) >= len(AREAS) - 1
    assert "figures" not in ideas._made  # the ideas are on screen: their page did that
    assert list(working_ahead(replace(view, document=None))) == []


def test_the_first_screen_is_worked_out_in_steps_and_its_render_is_what_it_would_be() -> None:
    document = demo_document("small", 3, datetime(2025, 1, 6, 9, tzinfo=UTC))
    view = AppView("nl", AREAS[0], document=document, today=date(2025, 6, 1))
    dashboard._made.clear()
    taken = sum(1 for _ in first_screen(view))
    assert taken >= 7  # the indexes, the dashboard's parts, its page, and the render after
    assert dashboard._made[0][0][0] is document  # the outcomes, made for this document
    # The same file read afresh and rendered without working anything out first.
    fresh = codec.load(codec.dumps(document)).document
    assert render_app(view) == render_app(AppView("nl", AREAS[0], document=fresh,
                                                  today=date(2025, 6, 1)))
    assert list(first_screen(AppView("nl", AREAS[0]))) == []
