"""One search over everything: what it finds, what it never finds, how it marks the words,
and that the index keeps what did not change. Pure, on small documents built here."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from support.documents import Clock, empty_document, id_maker
from trustwork.model.document import Document, create_record, delete_record, update_record
from trustwork.model.fields import Area, FieldSpec, KindSpec, Registry
from trustwork.search import SearchIndex, fold, marked, words_of

F = FieldSpec
NOTE = KindSpec("note", "notes", (F("title", "text"), F("body", "long_text"),
                                   F("tags", "lines"), F("size", "number")), title="title")
COMMENT = KindSpec("comment", "notes", (F("note", "record", refers_to="note"),
                                        F("text", "long_text")),
                   title="text", owner="note", listed=False)
BALLOT = KindSpec("ballot", "votes", (F("answer", "text"),), title="answer", anonymous=True)
REGISTRY = Registry((NOTE, COMMENT, BALLOT), (Area("notes", "·"), Area("votes", "·")))


class Build:
    def __init__(self) -> None:
        self.clock = Clock()
        self.ids = id_maker("change-")
        self.document: Document = empty_document(self.clock, self.ids)

    def add(self, kind: str, record_id: str, **fields: object) -> str:
        self.document = create_record(self.document, kind, fields, record_id,  # type: ignore[arg-type]
                                      self.clock.stamp("ann"), self.ids)
        return record_id


def search(build: Build, query: str, index: SearchIndex | None = None) -> list[str]:
    found = (index or SearchIndex(REGISTRY)).search(build.document, query)
    return [hit.record_id for hit in found.hits]


def test_accents_and_case_do_not_matter_and_every_word_must_occur() -> None:
    build = Build()
    build.add("note", "a", title="Veiligheidscoördinator gezocht", body="Voor de nachtdienst")
    build.add("note", "b", title="Coordinator", body="dagdienst")
    assert sorted(search(build, "COORDINATOR")) == ["a", "b"]
    assert search(build, "coördinator nacht") == ["a"]
    assert search(build, "coordinator avond") == []
    assert search(build, "   ") == []
    assert fold("Ærø Straße") == "ærø strasse"


def test_long_texts_and_lines_are_searched_numbers_are_not() -> None:
    build = Build()
    build.add("note", "a", title="Plan", tags=["heftruck", "magazijn"], size=4711)
    assert search(build, "heftruck") == ["a"]
    assert search(build, "4711") == []


def test_a_child_leads_to_its_owner_and_an_anonymous_kind_is_never_found() -> None:
    build = Build()
    build.add("note", "a", title="Plan")
    build.add("comment", "c", note="a", text="Mooi plan, doe het")
    build.add("ballot", "v", answer="Mooi geheim antwoord")
    index = SearchIndex(REGISTRY)
    results = index.search(build.document, "mooi")
    assert [(hit.record_id, hit.target, hit.target_kind, hit.context)
            for hit in results.hits] == [("c", "a", "note", ("Plan",))]
    assert "v" not in index.entries


def test_deleted_records_are_not_found_and_an_edit_is_found_at_once() -> None:
    build = Build()
    build.add("note", "a", title="Oud woord")
    build.add("note", "b", title="Ander")
    index = SearchIndex(REGISTRY)
    assert search(build, "oud", index) == ["a"]
    kept = index.entries["b"]
    build.document = update_record(build.document, "a", {"title": "Nieuw woord"},
                                   build.clock.stamp("bob"), build.ids)
    assert search(build, "oud", index) == []
    assert search(build, "nieuw", index) == ["a"]
    assert index.entries["b"] is kept  # what did not change is not indexed again
    build.document = delete_record(build.document, "a", build.clock.stamp("bob"), build.ids)
    assert search(build, "woord", index) == []


def test_results_are_grouped_by_area_titles_first_and_counted_past_what_is_shown() -> None:
    build = Build()
    for number in range(12):
        build.add("note", f"n{number}", title=f"Notitie {number}", body="over koffie")
    build.add("note", "t", title="Koffie", body="")
    results = SearchIndex(REGISTRY).search(build.document, "koffie")
    (notes,) = results.areas
    assert notes.area == "notes" and notes.total == 13 and len(notes.hits) == 8
    assert notes.hits[0].record_id == "t"  # the title holds the word
    assert [hit.record_id for hit in notes.hits[1:3]] == ["n11", "n10"]  # then the newest


def test_the_index_is_built_in_slices_and_the_same_document_is_not_indexed_twice() -> None:
    build = Build()
    for number in range(4500):
        build.add("note", f"n{number}", title=f"Notitie {number}")
    index = SearchIndex(REGISTRY)
    steps = index.steps(build.document)
    assert len(list(steps)) == 2  # a pause after 2,000 and after 4,000 records
    assert index.is_for(build.document) and len(index.entries) == 4500


def test_the_snippet_shows_the_text_around_the_word_and_marks_it() -> None:
    build = Build()
    body = "Een lange inleiding " * 10 + "over de Zwanenburgkade en verder " + "x " * 80
    build.add("note", "a", title="Levering", body=body)
    (hit,) = SearchIndex(REGISTRY).search(build.document, "zwanenburgkade").hits
    text = "".join(piece.text for piece in hit.snippet)
    assert text.startswith("…") and text.endswith("…") and len(text) < 200
    assert [piece.text for piece in hit.snippet if piece.marked] == ["Zwanenburgkade"]


def test_opened_confidential_content_is_searched_but_never_kept_in_the_index() -> None:
    build = Build()
    build.add("note", "a", title="Dicht", body="")
    index = SearchIndex(REGISTRY)
    found = index.search(build.document, "geheimwoord", {"a": {"body": "het geheimwoord"}})
    assert [hit.record_id for hit in found.hits] == ["a"]
    assert "geheimwoord" not in index.entries["a"].folded
    assert search(build, "geheimwoord", index) == []


def test_a_pilot_page_is_searched_as_it_reads_now() -> None:
    from trustwork.kinds import REGISTRY as APP

    build = Build()
    pilot = build.add("pilot", "p", title="Beoordelen zonder cijfers")
    first = build.add("pilot_revision", "r1", pilot=pilot, text="Eerste versie: kwartaalgesprek")
    build.add("pilot_revision", "r2", pilot=pilot, parent=first, text="Nu: maandgesprek")
    index = SearchIndex(APP)
    assert [hit.record_id for hit in index.search(build.document, "maandgesprek").hits] == ["p"]
    assert index.search(build.document, "kwartaalgesprek").total == 0


@given(st.text(max_size=40), st.lists(st.text(min_size=1, max_size=4), max_size=3))
def test_marking_keeps_the_text_and_marks_only_the_words(text: str, typed: list[str]) -> None:
    words = words_of(" ".join(typed))
    pieces = marked(text, words)
    assert "".join(piece.text for piece in pieces) == text
    for piece in pieces:
        if piece.marked:
            assert fold(piece.text) in words or any(word in fold(piece.text) for word in words)


def test_a_hit_says_its_team_and_month_so_equal_titles_are_told_apart() -> None:
    from trustwork.kinds import REGISTRY as APP

    build = Build()
    team = build.add("team", "t", name="Inslag")
    for month in ("2026-01", "2026-02"):
        build.add("improvement_project", f"p{month}", title="Beter licht", team=team,
                  month=month)
    hits = SearchIndex(APP).search(build.document, "licht").hits
    assert sorted(hit.context for hit in hits) == [("Inslag", "2026-01"), ("Inslag", "2026-02")]
