"""The overview the dashboard and areas show: counts, names, recent changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from support.documents import Clock, empty_document, id_maker
from trustwork.demo import demo_document
from trustwork.kinds import KINDS
from trustwork.model.document import create_record, delete_record
from trustwork.overview import counts, label, person_name, recent_changes
from trustwork.routes import route_for_hash
from trustwork.views import AppView, render_app


def test_counts_leave_out_deleted_records_and_follow_the_order_asked() -> None:
    clock, new_id = Clock(), id_maker("c")
    document = empty_document(clock, new_id)
    for number in range(3):
        document = create_record(document, "idea", {"title": f"i{number}"}, f"idea-{number}",
                                 clock.stamp("ann"), new_id)
    document = delete_record(document, "idea-0", clock.stamp("ann"), new_id)
    assert [(c.kind, c.count) for c in counts(document, ("team", "idea"))] == [
        ("team", 0), ("idea", 2)
    ]


def test_recent_changes_are_newest_first_with_people_named() -> None:
    document = demo_document("small", 2, datetime(2025, 1, 1, tzinfo=UTC))
    recent = recent_changes(document, limit=5)
    assert len(recent) == 5
    assert [change.at for change in recent] == sorted((c.at for c in recent), reverse=True)
    person = document.live("person")[0]
    assert person_name(document, person.id) == label(person)
    assert person_name(document, "anonymous") == "anonymous"


def test_the_demo_has_records_of_every_kind_an_area_shows() -> None:
    document = demo_document("small", 2, datetime(2025, 1, 1, tzinfo=UTC))
    assert all(item.count > 0 for item in counts(document, tuple(kind.name for kind in KINDS)))


def test_organisation_text_is_escaped_when_shown() -> None:
    clock, new_id = Clock(), id_maker("c")
    document = empty_document(clock, new_id)
    hostile = replace(document.organisation, fields={"name": '<img src=x onerror="alert(1)">'})
    dashboard = route_for_hash("").area
    html = render_app(AppView("nl", dashboard, replace(document, organisation=hostile)))
    assert "<img" not in html and "&lt;img src=x" in html
