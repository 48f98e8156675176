"""Presentation mode's tour and keys: the screens that tell an organisation's story, and
where each key moves."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest

from support.documents import Clock, empty_document, id_maker
from trustwork.demo import demo_document
from trustwork.presentation import Presentation, begin, default_tour, moved, takes
from trustwork.routes import route_for_hash
from trustwork.scan import is_closed
from trustwork.views import AppView
from trustwork.views.presentation import indicator, step_title, tour_for

DEMO = demo_document("small", 1, datetime(2025, 7, 1, tzinfo=UTC))


def record_of(location: str) -> str:
    """The record a tour's screen shows (its page inside the area)."""
    return route_for_hash(location).page


def test_the_demo_tour_tells_its_story_from_the_dashboard_to_the_trust_scan() -> None:
    tour = default_tour(DEMO)
    assert [route_for_hash(step).area.key for step in tour] == [
        "dashboard", "people", "improvement", "ideas", "pilots", "decisions", "decisions",
        "scan"]
    assert len(set(tour)) == len(tour)
    assert tour[2] == "#improvement/grid-2025"  # the year the demo's projects ran in
    assert tour[5] == "#decisions/log"


def test_the_tour_shows_the_liveliest_campaign_and_the_pilot_with_the_longest_history() -> None:
    tour = default_tour(DEMO)
    ideas = Counter(str(idea.fields["campaign"]) for idea in DEMO.live("idea"))
    edits = Counter(str(revision.fields["pilot"]) for revision in DEMO.live("pilot_revision"))
    assert record_of(tour[3]) == ideas.most_common(1)[0][0]
    assert record_of(tour[4]) == edits.most_common(1)[0][0]
    scan_round = DEMO.records[record_of(tour[7])]
    assert scan_round.kind == "scan_round" and is_closed(scan_round)


def test_an_empty_organisation_is_shown_from_its_dashboard_alone() -> None:
    document = empty_document(Clock(), id_maker("id-"))
    assert default_tour(document) == ("#dashboard",)


def test_the_arrows_page_keys_and_space_step_and_stop_at_either_end() -> None:
    shown = begin(("#a", "#b", "#c"), "#ideas")
    for key in ("ArrowRight", "PageDown", " ", "ArrowDown"):
        after = moved(shown, key)
        assert after is not None and after.step == 1, key
    assert moved(shown, "ArrowLeft") == shown  # not before the first
    at_end = Presentation(("#a", "#b", "#c"), 2, "#ideas")
    assert moved(at_end, "PageDown") == at_end  # not past the last
    for key, shift in (("ArrowLeft", False), ("PageUp", False), (" ", True), ("ArrowUp", False)):
        after = moved(at_end, key, shift)
        assert after is not None and after.step == 1, key
    assert moved(at_end, "Home") == shown
    assert moved(shown, "End") == at_end
    assert moved(shown, "Escape") is None
    assert moved(shown, "x") == shown and not takes("x") and takes("PageDown")


def test_a_tour_needs_a_screen() -> None:
    with pytest.raises(ValueError):
        begin((), "#dashboard")


def test_the_indicator_names_the_step_and_its_screen_in_the_language() -> None:
    view = AppView("en", route_for_hash("#dashboard").area, document=DEMO)
    tour = tour_for(view)
    assert tour == default_tour(DEMO)
    assert indicator(view) is None
    presenting = AppView("en", view.area, document=DEMO,
                         presenting=Presentation(tour, 5, "#dashboard"))
    shown = indicator(presenting)
    assert shown is not None
    assert (shown.step, shown.count, shown.title) == (6, 8, "Decisions & rules: decision log")
    campaign = DEMO.records[record_of(tour[3])]
    assert step_title(DEMO, tour[3], "nl") == f"Ideeën: {campaign.fields['title']}"
    assert step_title(DEMO, tour[2], "nl").endswith("teams × maanden 2025")
    assert tour_for(AppView("en", view.area)) == ()


def test_a_story_demo_presents_its_own_tour() -> None:
    from datetime import date

    from trustwork.demos import STORIES, story_document
    from trustwork.demos import tour as story_tour

    for key in STORIES:
        story = story_document(key, "en", date(2026, 12, 1))
        area = route_for_hash("#dashboard").area
        view = AppView("en", area, document=story, is_demo=True, demo=key)
        assert tour_for(view) == story_tour(key, story) != default_tour(story), key
        # The same document opened as a file (not the demo) tells the general tour.
        assert tour_for(AppView("en", area, document=story)) == default_tour(story)
