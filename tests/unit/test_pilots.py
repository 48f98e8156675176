"""Pilots: the difference between two texts, the three-way merge of a forked page, forks found
from revisions' parents, who takes part (only ever by their own hand), phases, recent
changes, and Markdown that can do no harm."""

from __future__ import annotations

from datetime import date

import pytest

from support.documents import Clock, empty_document, id_maker
from trustwork.commands import Command, CreateRecord, DeleteRecord, UpdateRecord, handle
from trustwork.errors import NotYourselfError, PersonalRecordError
from trustwork.model.document import Document
from trustwork.pilots import (
    current,
    diff,
    fork,
    merge_text,
    participants,
    participation,
    phase_steps,
    reacted_without_taking_part,
    recent_changes,
    revisions,
)
from trustwork.routes import route_for_hash
from trustwork.store import codec
from trustwork.store.merge import merge
from trustwork.views import AppView, render_app
from trustwork.views.markdown import markdown


class World:
    """A document with two people and a pilot, changed by commands in a controlled clock."""

    def __init__(self) -> None:
        self.clock = Clock()
        self.ids = id_maker("c")
        self.document = empty_document(self.clock, self.ids)
        self.do(CreateRecord("person", "ann", {"name": "Ann"}), "ann")
        self.do(CreateRecord("person", "bob", {"name": "Bob"}), "bob")
        self.do(CreateRecord("pilot", "p", {"title": "Zelf roosteren"}), "ann")

    def do(self, command: Command, by: str, document: Document | None = None) -> Document:
        changed = handle(document or self.document, command, self.clock.stamp(by),
                         iter([self.ids(), self.ids()]))
        if document is None:
            self.document = changed
        return changed

    def revise(self, record_id: str, text: str, parent: str | None, by: str = "ann",
               document: Document | None = None) -> Document:
        fields = {"pilot": "p", "text": text, **({"parent": parent} if parent else {})}
        return self.do(CreateRecord("pilot_revision", record_id, fields), by, document)


# -- the difference between two texts ----------------------------------------------------------

def test_a_diff_marks_removed_and_added_lines_and_the_words_changed_inside_a_line() -> None:
    lines = diff("Wij roosteren per week.\nSamen.\nOud einde", "Wij roosteren per maand.\nSamen.")
    assert [line.kind for line in lines] == ["changed", "same", "removed"]
    pieces = [(piece.kind, piece.text) for piece in lines[0].pieces]
    assert pieces == [("same", "Wij roosteren per "), ("removed", "week"), ("added", "maand"),
                      ("same", ".")]
    assert lines[2].text == "Oud einde"


def test_a_diff_of_equal_texts_has_only_same_lines() -> None:
    assert {line.kind for line in diff("a\nb", "a\nb")} == {"same"}


def test_a_diff_shows_new_lines_as_added() -> None:
    assert [(line.kind, line.text) for line in diff("a", "a\nb\nc")] == [
        ("same", "a"), ("added", "b"), ("added", "c")]


# -- the three-way merge -----------------------------------------------------------------------

def test_edits_of_different_lines_merge_without_asking() -> None:
    merged = merge_text("kop\n\neen\n\ntwee\n", "KOP\n\neen\n\ntwee\n", "kop\n\neen\n\nTWEE\n")
    assert merged.clean
    assert merged.text() == "KOP\n\neen\n\nTWEE\n"


def test_the_same_edit_on_both_sides_is_taken_once() -> None:
    merged = merge_text("a\nb\n", "a\nB\n", "a\nB\n")
    assert merged.clean and merged.text() == "a\nB\n"


def test_edits_of_the_same_line_are_a_conflict_that_keeps_both_texts() -> None:
    merged = merge_text("a\nb\nc\n", "a\nvan Ann\nc\n", "a\nvan Bob\nc\n")
    assert not merged.clean and merged.conflicts == 1
    conflict = next(chunk for chunk in merged.chunks if chunk.conflict)
    assert (conflict.base, conflict.ours, conflict.theirs) == (("b\n",), ("van Ann\n",),
                                                               ("van Bob\n",))
    assert merged.text() == "a\nvan Ann\nvan Bob\nc\n"  # nobody's words lost


def test_two_additions_at_the_end_are_a_conflict_and_both_stay() -> None:
    merged = merge_text("a", "a\nAnn", "a\nBob")
    assert not merged.clean
    assert "Ann" in merged.text() and "Bob" in merged.text()


def test_a_deletion_and_an_edit_elsewhere_merge() -> None:
    merged = merge_text("1\n2\n3\n4\n5\n", "1\n3\n4\n5\n", "1\n2\n3\n4\nvijf\n")
    assert merged.clean and merged.text() == "1\n3\n4\nvijf\n"


def test_a_merge_without_a_common_parent_keeps_both_texts() -> None:
    merged = merge_text("", "Ann schreef dit.", "Bob schreef dat.")
    assert "Ann schreef dit." in merged.text() and "Bob schreef dat." in merged.text()


# -- revisions and forks -----------------------------------------------------------------------

def test_two_revisions_edited_from_one_are_a_fork_until_a_merge_joins_them() -> None:
    world = World()
    world.revise("r1", "eerste\n\nderde\n", None)
    base = world.document
    ann = world.revise("r2", "eerste\n\nderde, van Ann\n", "r1", "ann", base)
    bob = world.revise("r3", "EERSTE\n\nderde\n", "r1", "bob", base)
    both = merge(base, ann, bob).document
    found = fork(revisions(both, "p"))
    assert found is not None and found.base is not None and found.base.id == "r1"
    assert {found.ours.id, found.theirs.id} == {"r2", "r3"}
    merged = merge_text(found.base.text, found.ours.text, found.theirs.text)
    assert merged.clean and merged.text() == "EERSTE\n\nderde, van Ann\n"
    world.document = both
    world.do(CreateRecord("pilot_revision", "r4", {
        "pilot": "p", "text": merged.text(), "parent": found.ours.id,
        "merged": found.theirs.id}), "ann")
    history = revisions(world.document, "p")
    assert fork(history) is None
    now = current(history)
    assert now is not None and now.id == "r4"


def test_the_page_shows_the_newest_revision_and_numbers_them_in_order() -> None:
    world = World()
    world.revise("r1", "een", None)
    world.revise("r2", "twee", "r1")
    history = revisions(world.document, "p")
    assert [(revision.id, revision.number) for revision in history] == [("r1", 1), ("r2", 2)]
    assert current(history).text == "twee"  # type: ignore[union-attr]
    assert fork(history) is None


# -- taking part -------------------------------------------------------------------------------

def join(world: World, record_id: str, person: str, by: str, joined: bool = True) -> None:
    world.do(CreateRecord("pilot_participation", record_id,
                          {"pilot": "p", "person": person, "joined": joined}), by)


def test_a_person_joins_and_leaves_for_themselves_and_the_history_stays() -> None:
    world = World()
    join(world, "j1", "ann", "ann")
    join(world, "j2", "bob", "bob")
    join(world, "j3", "ann", "ann", joined=False)
    steps = participation(world.document, "p")
    assert [(step.person, step.joined) for step in steps] == [
        ("ann", True), ("bob", True), ("ann", False)]
    assert participants(steps) == ["bob"]


def test_joining_in_someone_elses_name_is_refused() -> None:
    world = World()
    with pytest.raises(NotYourselfError):
        join(world, "j1", "bob", "ann")
    assert participation(world.document, "p") == []


def test_joining_without_being_a_person_of_the_organisation_is_refused() -> None:
    world = World()
    with pytest.raises(NotYourselfError):
        join(world, "j1", "browser-1234", "browser-1234")


def test_a_join_cannot_be_changed_or_deleted_afterwards_not_even_by_its_person() -> None:
    world = World()
    join(world, "j1", "ann", "ann")
    with pytest.raises(PersonalRecordError):
        world.do(UpdateRecord("j1", {"person": "bob"}), "ann")
    with pytest.raises(PersonalRecordError):
        world.do(DeleteRecord("j1"), "ann")


def test_counts_those_who_reacted_without_taking_part() -> None:
    world = World()
    join(world, "j1", "ann", "ann")
    world.do(CreateRecord("pilot_reaction", "x1", {"pilot": "p", "text": "Goed idee"}), "ann")
    world.do(CreateRecord("pilot_reaction", "x2", {"pilot": "p", "text": "Ik kijk mee"}), "bob")
    world.do(CreateRecord("pilot_reaction", "x3", {"pilot": "p", "text": "Nog iets"}), "bob")
    taking_part = participants(participation(world.document, "p"))
    assert reacted_without_taking_part(world.document, "p", taking_part) == 1


# -- phases and recent changes -----------------------------------------------------------------

def test_the_phases_a_pilot_went_through_come_with_their_dates() -> None:
    world = World()
    world.do(UpdateRecord("p", {"phase": "running"}), "ann")
    world.do(UpdateRecord("p", {"phase": "evaluating"}), "bob")
    pilot = world.document.record("p")
    steps = phase_steps(world.document, pilot)
    assert [step.phase for step in steps] == ["proposed", "running", "evaluating"]
    assert steps[0].at == pilot.created.at
    assert steps[1].at < steps[2].at


def test_recent_changes_can_be_narrowed_to_the_pilots_followed() -> None:
    world = World()
    world.do(CreateRecord("pilot", "q", {"title": "Groen reizen"}), "bob")
    world.revise("r1", "tekst", None)
    join(world, "j1", "bob", "bob")
    world.do(UpdateRecord("p", {"phase": "running"}), "ann")
    every = recent_changes(world.document)
    assert [item.what for item in every] == ["phase", "joined", "page", "created", "created"]
    assert every[0].detail == "running"
    followed = recent_changes(world.document, following={"q"})
    assert [(item.pilot_id, item.what) for item in followed] == [("q", "created")]


# -- Markdown ----------------------------------------------------------------------------------

PAYLOADS = """# Kop <script>alert(1)</script>
<img src=x onerror="alert(2)">
<a href="javascript:alert(3)">klik</a>
[link](javascript:alert(4)) [data](data:text/html,<script>alert(5)</script>)
[spaties](  JaVaScRiPt:alert(6)) <javascript:alert(7)>
![beeld](https://example.org/x.png)
[web](https://example.org) [mail](mailto:proeftuin@voorbeeld.nl)
"""


def test_markdown_shows_html_and_script_as_text_and_links_only_to_the_web_and_mail() -> None:
    html = str(markdown(PAYLOADS))
    assert "<script" not in html and "<img" not in html and "onerror=\"" not in html
    assert 'href="javascript' not in html.lower() and 'href="data' not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("<a ") == 3  # the web, the mail, and the image's address as a link
    assert 'href="https://example.org"' in html and 'href="mailto:proeftuin@voorbeeld.nl"' in html
    assert 'rel="noopener noreferrer nofollow"' in html


def test_empty_markdown_is_nothing() -> None:
    assert str(markdown("  \n")) == ""


# -- the pages, rendered -----------------------------------------------------------------------

def test_a_pilots_page_shows_its_text_its_fork_and_who_takes_part_in_both_languages() -> None:
    world = World()
    world.revise("r1", "# Plan\n\nWe roosteren zelf.\n", None)
    base = world.document
    ann = world.revise("r2", "# Plan\n\nWe roosteren zelf, per week.\n", "r1", "ann", base)
    bob = world.revise("r3", "# Plan\n\nWe roosteren zelf, per maand.\n", "r1", "bob", base)
    world.document = merge(base, ann, bob).document
    join(world, "j1", "ann", "ann")
    world.document = codec.load(codec.dumps(world.document)).document  # as saved and read
    for language in ("nl", "en"):
        view = AppView(language, route_for_hash("#pilots").area, document=world.document,
                       page="p", me="bob", today=date(2026, 1, 2))
        html = str(render_app(view))
        assert "data-fork" in html and "data-conflict" in html
        assert "per week" in html and "per maand" in html
        assert 'data-action="take-part"' in html and 'data-person="bob"' in html
        diff_view = AppView(language, route_for_hash("#pilots").area, document=world.document,
                            page="p/diff/r1/r2")
        assert "<ins>, per week</ins>" in str(render_app(diff_view))
        recent = AppView(language, route_for_hash("#pilots").area, document=world.document,
                         page="recent")
        assert "data-pilots-recent" in str(render_app(recent))


def test_recent_changes_across_the_organisation_name_who_joined_not_their_id() -> None:
    from trustwork.overview import recent_changes as organisation_changes

    world = World()
    join(world, "j1", "bob", "bob")
    newest = organisation_changes(world.document, 1)[0]
    assert (newest.kind, newest.label, newest.who) == ("pilot_participation", "Bob", "Bob")


def test_markdown_headings_sit_below_the_pilot_pages_own_heading() -> None:
    html = str(markdown("# Plan\n\n## Steps\n\n###### Small\n\nSetext\n===\n"))
    assert "<h4>Plan</h4>" in html and "<h5>Steps</h5>" in html
    assert "<h6>Small</h6>" in html and "<h4>Setext</h4>" in html
    assert "<h1" not in html and "<h2" not in html and "<h3" not in html
