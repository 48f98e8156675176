"""Rendering: the app view shows every area, marks the open one, and escapes text."""

from trustwork.kinds import AREAS
from trustwork.routes import route_for_hash
from trustwork.views import AppView, environment, render_app


def test_the_app_lists_every_area_and_marks_the_open_one() -> None:
    html = render_app(AppView("en", route_for_hash("#pilots").area))
    for area in AREAS:
        assert f'href="#{area.key}"' in html
    assert '<main id="area" class="area" data-area="pilots"' in html
    assert html.count('aria-current="page"') == 1
    assert "<h1>Pilots</h1>" in html


def test_the_language_switch_marks_the_current_language() -> None:
    html = render_app(AppView("nl", route_for_hash("").area))
    assert 'data-language="nl"\n' in html or 'data-language="nl"' in html
    assert 'aria-pressed="true">Nederlands' in html
    assert 'aria-pressed="false">English' in html


def test_the_view_is_in_the_requested_language() -> None:
    assert "Teams &amp; mensen" in render_app(AppView("nl", route_for_hash("#people").area))
    assert "Teams &amp; people" in render_app(AppView("en", route_for_hash("#people").area))


def test_every_template_escapes_what_it_is_given() -> None:
    rendered = environment().from_string("{{ text }}").render(text='<script>alert("x")</script>')
    assert rendered == "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"


def test_every_register_page_renders_typed_html_as_text() -> None:
    from dataclasses import replace
    from datetime import date

    from trustwork.commands import CreateRecord, UpdateRecord, handle
    from trustwork.model.document import Stamp, new_document
    from trustwork.views import AppView, render_app

    payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    ids = iter(f"c{n}" for n in range(100))
    stamp = Stamp("2026-03-01T09:00:00.000000Z", "p-1")
    document = new_document(payload, "org", stamp, lambda: next(ids))
    for command in (
        CreateRecord("person", "p-1", {"name": payload, "does": payload, "contact": payload}),
        CreateRecord("team", "t-1", {"name": payload, "purpose": payload, "members": ["p-1"],
                                     "clients": [payload], "meets": payload,
                                     "training": [payload]}),
        CreateRecord("role", "r-1", {"name": payload, "team": "t-1", "holder": "p-1",
                                     "purpose": payload, "accountable_for": payload,
                                     "term_ends": "2026-03-05"}),
        CreateRecord("value", "v-1", {"name": payload, "description": payload}),
        CreateRecord("team_record", "n-1", {"team": "t-1", "title": payload, "body": payload}),
        UpdateRecord("p-1", {"does": payload + "!"}),
    ):
        document = handle(document, command, stamp, ids)
    view = AppView("nl", route_for_hash("#people").area, document=document, me="p-1",
                   today=date(2026, 3, 1))
    for area, page in [("#people", ""), ("#people", "me"), ("#people", "p-1"),
                       ("#people", "t-1"), ("#people", "r-1"), ("#people", "v-1"),
                       ("#people", "n-1"), ("#changes", ""), ("#dashboard", "")]:
        html = str(render_app(replace(view, area=route_for_hash(area).area, page=page)))
        assert "<script>alert" not in html and "<img src=x" not in html, (area, page)
        assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html, (area, page)


def test_a_kind_from_a_newer_file_and_odd_values_still_render() -> None:
    from dataclasses import replace

    from trustwork.commands import CreateRecord, handle
    from trustwork.model.document import Stamp, new_document
    from trustwork.views import AppView, render_app

    ids = iter(f"c{n}" for n in range(10))
    stamp = Stamp("2026-03-01T09:00:00.000000Z", "p-1")
    document = new_document("Org", "org", stamp, lambda: next(ids))
    document = handle(document, CreateRecord("gadget", "g-1", {"name": "Gizmo"}), stamp, ids)
    document = handle(document, CreateRecord("team", "t-1", {"name": "T", "members": 5}),
                      stamp, ids)
    view = AppView("en", route_for_hash("#dashboard").area, document=document)
    for area, page in [("#dashboard", ""), ("#changes", ""), ("#people", "t-1"),
                       ("#people", "")]:
        html = str(render_app(replace(view, area=route_for_hash(area).area, page=page)))
        assert "gadget" in html or area == "#people"


def test_the_filter_sent_with_enter_finds_rows_past_the_first_hundred() -> None:
    from trustwork.model.document import Stamp, create_record, new_document, update_record
    from trustwork.views.records import LIST_LIMIT

    stamp = Stamp("2026-01-01T00:00:00.000000Z", "ann")
    ids = iter(f"change-{n}" for n in range(1000))
    document = new_document("Org", "org-1", stamp, lambda: next(ids))
    document = create_record(document, "idea_campaign", {"title": "Ronde"}, "campaign-1",
                             stamp, lambda: next(ids))
    for number in range(250):
        document = create_record(document, "idea", {"title": f"Idee {number:03d}",
                                                    "campaign": "campaign-1"},
                                 f"idea-{number}", stamp, lambda: next(ids))
    ideas = route_for_hash("#ideas").area
    shown = str(render_app(AppView("en", ideas, document=document)))
    last = f"Idee {LIST_LIMIT - 1:03d}"
    assert last in shown and "Idee 249" not in shown and f"{250 - LIST_LIMIT} more" in shown
    found = str(render_app(AppView("en", ideas, document=document, filter="idee 249")))
    assert "Idee 249" in found and last not in found
    # The order by name is remembered for a document, and follows the next one's names.
    renamed = update_record(document, "idea-249", {"title": "Aaa idee"}, stamp,
                            lambda: next(ids))
    shown = str(render_app(AppView("en", ideas, document=renamed)))
    assert "Aaa idee" in shown and last not in shown


def test_a_form_keeps_a_choice_that_is_no_longer_in_the_list_and_says_so() -> None:
    from trustwork.model.document import Stamp, create_record, delete_record, new_document

    stamp = Stamp("2026-01-01T00:00:00.000000Z", "ann")
    ids = iter(f"change-{n}" for n in range(100))
    document = new_document("Org", "org-1", stamp, lambda: next(ids))
    for campaign in ("campaign-1", "campaign-2"):
        document = create_record(document, "idea_campaign", {"title": campaign}, campaign,
                                 stamp, lambda: next(ids))
    document = create_record(document, "idea", {"title": "Idee", "campaign": "campaign-2",
                                                "status": "archived"}, "idea-1", stamp,
                             lambda: next(ids))
    document = delete_record(document, "campaign-2", stamp, lambda: next(ids))
    html = str(render_app(AppView("en", route_for_hash("#ideas").area, document=document,
                                  page="idea-1")))
    assert '<option value="campaign-2" selected>campaign-2 (no longer in the list)' in html
    assert '<option value="archived" selected>archived (no longer in the list)' in html
