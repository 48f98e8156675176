"""Areas: the location hash picks the area, anything unknown falls back to the dashboard."""

from trustwork.areas import AREAS, DEFAULT_AREA, area_for_hash, page_for_hash
from trustwork.i18n import CATALOGUE


def test_each_area_is_reached_by_its_own_hash() -> None:
    for area in AREAS:
        assert area_for_hash(f"#{area.key}") == area


def test_an_empty_or_unknown_hash_opens_the_dashboard() -> None:
    assert area_for_hash("") == DEFAULT_AREA
    assert area_for_hash("#nonsense") == DEFAULT_AREA
    assert DEFAULT_AREA.key == "dashboard"


def test_a_deeper_hash_still_selects_its_area() -> None:
    assert area_for_hash("#ideas/abc123").key == "ideas"


def test_every_area_has_a_name_and_an_introduction_in_both_languages() -> None:
    for messages in CATALOGUE.values():
        for area in AREAS:
            assert f"nav.{area.key}" in messages
            assert f"area.{area.key}.intro" in messages


def test_area_keys_are_unique() -> None:
    keys = [area.key for area in AREAS]
    assert len(keys) == len(set(keys))


def test_the_page_inside_an_area_comes_after_its_key() -> None:
    assert page_for_hash("#people/team-1a2b") == "team-1a2b"
    assert page_for_hash("#people") == ""
    assert page_for_hash("") == ""
