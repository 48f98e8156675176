"""Rendering: the app view shows every area, marks the open one, and escapes text."""

from trustwork.areas import AREAS, area_for_hash
from trustwork.views import AppView, environment, render_app


def test_the_app_lists_every_area_and_marks_the_open_one() -> None:
    html = render_app(AppView("en", area_for_hash("#pilots")))
    for area in AREAS:
        assert f'href="#{area.key}"' in html
    assert '<main id="area" class="area" data-area="pilots"' in html
    assert html.count('aria-current="page"') == 1
    assert "<h1>Pilots</h1>" in html


def test_the_language_switch_marks_the_current_language() -> None:
    html = render_app(AppView("nl", area_for_hash("")))
    assert 'data-language="nl"\n' in html or 'data-language="nl"' in html
    assert 'aria-pressed="true">Nederlands' in html
    assert 'aria-pressed="false">English' in html


def test_the_view_is_in_the_requested_language() -> None:
    assert "Teams &amp; mensen" in render_app(AppView("nl", area_for_hash("#people")))
    assert "Teams &amp; people" in render_app(AppView("en", area_for_hash("#people")))


def test_every_template_escapes_what_it_is_given() -> None:
    rendered = environment().from_string("{{ text }}").render(text='<script>alert("x")</script>')
    assert rendered == "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"
