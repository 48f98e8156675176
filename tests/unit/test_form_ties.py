"""A refused form ties its error to the field: aria-invalid, and aria-describedby naming the
error's id; hints are tied too, and every control has a label of its own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html.parser import HTMLParser

import pytest

from trustwork.model.document import Document, Stamp, create_record, new_document
from trustwork.routes import route_for_hash
from trustwork.views import AppView, FormError, render_app

CONTROLS = ("input", "select", "textarea")


class Page(HTMLParser):
    """The elements of a rendered page with their attributes and the text inside each id."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: dict[str, str] = {}
        self.label_for: set[str] = set()
        self.open_ids: list[tuple[str, str]] = []
        self.in_label = 0
        self.labelled_inside: list[dict[str, str]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        self.elements.append((tag, found))
        if tag == "label":
            self.in_label += 1
            if "for" in found:
                self.label_for.add(found["for"])
        if tag in CONTROLS and self.in_label:
            self.labelled_inside.append(found)
        if "id" in found and tag not in ("input", "br", "img"):
            self.open_ids.append((tag, found["id"]))
            self.text.setdefault(found["id"], "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self.in_label -= 1
        if self.open_ids and self.open_ids[-1][0] == tag:
            self.open_ids.pop()

    def handle_data(self, data: str) -> None:
        for _, element_id in self.open_ids:
            self.text[element_id] += data

    def ids(self) -> set[str]:
        return {attributes["id"] for _, attributes in self.elements if "id" in attributes}


def stamp() -> Stamp:
    return Stamp("2026-03-01T09:00:00.000000Z", "p-1")


def document() -> Document:
    ids = iter(f"c{n}" for n in range(100))
    made = new_document("Org", "org-1", stamp(), lambda: next(ids))
    made = create_record(made, "person", {"name": "Ann"}, "person-1", stamp(), lambda: next(ids))
    made = create_record(made, "team", {"name": "Team", "members": ["person-1"]}, "team-1",
                         stamp(), lambda: next(ids))
    made = create_record(made, "idea", {"title": "Idee", "status": "submitted"}, "idea-1",
                         stamp(), lambda: next(ids))
    return made


def shown(location: str, page: str, error: FormError | None) -> Page:
    view = AppView("en", route_for_hash(location).area, document=document(), me="person-1",
                   today=date(2026, 3, 1))
    return Page(str(render_app(replace(view, page=page, form_error=error))))


REFUSED = [
    ("#people", "new-person", FormError("create", "name", "A name, please")),
    ("#people", "person-1", FormError("update", "name", "A name, please")),
    ("#people", "team-1", FormError("passphrase", "new_passphrase", "Too short")),
    ("#people", "team-1", FormError("passphrase", "repeat_passphrase", "Not the same")),
    ("#ideas", "idea-1", FormError("react", "text", "Say something")),
    ("#people", "me", FormError("pick-me", "person", "Choose yourself first")),
    ("#improvement", "new-improvement_project", FormError("create", "month", "Not a month")),
]


@pytest.mark.parametrize(("location", "page", "error"), REFUSED)
def test_a_refused_field_names_its_error_and_is_marked_invalid(
    location: str, page: str, error: FormError
) -> None:
    html = shown(location, page, error)
    invalid = [attributes for tag, attributes in html.elements
               if tag in (*CONTROLS, "fieldset") and attributes.get("aria-invalid") == "true"]
    assert len(invalid) == 1, invalid
    described = invalid[0]["aria-describedby"].split()
    error_id = f"error-{error.form}-{error.field}"
    assert error_id in described
    assert html.text[error_id].strip() == error.message
    assert described and all(part in html.ids() for part in described)


def test_hints_are_tied_and_every_described_id_exists() -> None:
    html = shown("#people", "new-team", None)
    tied = [a for tag, a in html.elements if tag in CONTROLS and "aria-describedby" in a]
    assert tied, "no hint is tied to its field"
    for attributes in tied:
        for part in attributes["aria-describedby"].split():
            assert html.text.get(part, "").strip(), part


@pytest.mark.parametrize(("location", "page"), [
    ("#people", "new-person"), ("#people", "new-team"), ("#people", "team-1"),
    ("#people", "me"), ("#ideas", "idea-1"), ("#ideas", "new-idea"),
    ("#improvement", "new-improvement_project"), ("#decisions", "new-proposal"),
])
def test_every_control_has_a_label_of_its_own(location: str, page: str) -> None:
    html = shown(location, page, None)
    inside = [id(found) for found in html.labelled_inside]
    for tag, attributes in html.elements:
        if tag not in CONTROLS or attributes.get("type") in ("hidden", "submit", "button"):
            continue
        named = (attributes.get("id") in html.label_for or id(attributes) in inside
                 or "aria-label" in attributes or "aria-labelledby" in attributes)
        assert named, (tag, attributes)


def test_the_tie_escapes_what_it_is_given_and_says_nothing_for_another_form() -> None:
    from trustwork.views import field_error, tie

    error = FormError("create", "name", '<b onclick="x">no</b>')
    assert str(tie(error, "update", "name")) == ""
    assert str(tie(None, "create", "name", "hint-1")) == ' aria-describedby="hint-1"'
    assert str(tie(error, "create", "name", "hint-1")) == (
        ' aria-invalid="true" aria-describedby="error-create-name hint-1"')
    shown = str(field_error(error, "create", "name", "p"))
    assert shown.startswith('<p class="field-error" id="error-create-name" data-field-error>')
    assert "&lt;b onclick=&#34;x&#34;&gt;no&lt;/b&gt;" in shown
    assert str(field_error(error, "create", "title")) == ""
