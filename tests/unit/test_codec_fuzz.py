"""Fuzzing the data file: whatever bytes or JSON a file holds, reading it either gives a
document the whole app can use (write, merge, show on every page) or one named DataFileError.

A file is a person's own: a tool, a hand edit or a broken disk can put anything in it, and a
raw Python exception on the screen is a crash. The files come from support/fuzzing.py.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from support.fuzzing import (
    BASE,
    BASE_PATHS,
    BASE_RAW,
    BASE_TEXT,
    fragments,
    json_texts,
    keys,
    mutated,
    mutated_line,
)
from trustwork.cli import statistics
from trustwork.errors import DataFileError, DuplicateKeyError
from trustwork.i18n import LANGUAGES, describe_data_file_error
from trustwork.kinds import AREAS
from trustwork.model.document import Document
from trustwork.store import codec
from trustwork.store.merge import merge
from trustwork.views import AppView, render_app

# -- what must hold -----------------------------------------------------------------------------

def read(data: str | bytes) -> codec.LoadedFile | None:
    """The file read, or None when it was refused with a DataFileError that every
    language can put into words. Anything else raised fails the test."""
    try:
        loaded = codec.load(data)
    except DataFileError as error:
        event(type(error).__name__)  # shown with --hypothesis-show-statistics
        for language in LANGUAGES:
            assert describe_data_file_error(error, language)
        str(error)
        return None
    event("read")
    return loaded


def check_the_app_can_use(document: Document) -> None:
    """What the app and the command line do with an open document, none of which may fail."""
    text = codec.dumps(document)
    text.encode("utf-8")  # written to disk as UTF-8
    again = codec.load(text).document
    assert codec.dumps(again) == text
    merge(document, document, document)
    merge(BASE, BASE, document)
    merge(BASE, document, BASE)
    statistics(document)
    for record_id in list(document.records)[:3]:
        document.history(record_id)
    today = date(2026, 3, 1)
    people = [record.id for record in document.records.values() if record.kind == "person"]
    me = people[0] if people else None
    for area in AREAS:
        render_app(AppView("nl", area, document=document, today=today, me=me))
    pages = [record_id for record_id, record in document.records.items()
             if not record.is_deleted][:40]
    for page in (*pages, "me", "new-team"):
        render_app(AppView("en", AREAS[1], document=document, page=page, today=today, me=me))


FAST = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FAST
@given(st.binary(max_size=4000))
def test_any_bytes_either_read_or_are_refused_by_name(data: bytes) -> None:
    codec.forget_written_lines()
    read(data)


@FAST
@given(st.lists(st.tuples(st.integers(0, len(BASE_TEXT)), st.binary(min_size=1, max_size=4)),
                min_size=1, max_size=5))
def test_a_valid_file_with_bytes_overwritten_is_read_or_refused_by_name(
        damage: list[tuple[int, bytes]]) -> None:
    data = bytearray(BASE_TEXT.encode("utf-8"))
    for at, replacement in damage:
        data[at:at + len(replacement)] = replacement
    loaded = read(bytes(data))
    if loaded is not None:
        check_the_app_can_use(loaded.document)


@FAST
@given(json_texts, st.booleans())
def test_any_json_text_is_read_or_refused_by_name(text: str, as_bytes: bool) -> None:
    codec.forget_written_lines()
    read(text.encode("utf-8", "surrogatepass") if as_bytes else text)


@FAST
@given(st.sampled_from(BASE_PATHS), fragments, st.one_of(st.none(), keys), st.booleans())
def test_a_valid_file_with_any_value_anywhere_is_usable_or_refused_by_name(
        path: tuple[str | int, ...], fragment: str, key: str | None, as_bytes: bool) -> None:
    codec.forget_written_lines()
    text = mutated(path, fragment, key)
    loaded = read(text.encode("utf-8", "surrogatepass") if as_bytes else text)
    if loaded is not None:
        check_the_app_can_use(loaded.document)


@FAST
@given(st.integers(0, 10_000), st.integers(0, 10_000), fragments)
def test_a_file_this_page_wrote_then_changed_in_one_line_is_usable_or_refused_by_name(
        line_index: int, path_choice: int, fragment: str) -> None:
    codec.dumps(BASE)  # as after a save: the next read reuses the lines written
    loaded = read(mutated_line(line_index, path_choice, fragment))
    if loaded is not None:
        check_the_app_can_use(loaded.document)


# -- the nesting check before parsing ----------------------------------------------------------

def nesting_read_one_character_at_a_time(text: str) -> int | None:
    """How deep brackets outside strings nest: the plain reading the fast check must agree
    with. None when they do not pair up (or a string is left open): the parser refuses that
    text whatever the check says."""
    depth = deepest = 0
    in_string = escaped = False
    for character in text:
        if in_string:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == '"':
                in_string = False
        elif character == '"':
            in_string = True
        elif character in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif character in "]}":
            depth -= 1
            if depth < 0:
                return None
    return None if depth or in_string else deepest


@given(st.one_of(fragments.map(lambda value: json.dumps(value, ensure_ascii=False)),
                 st.text(alphabet='[]{}"\\ab:,é')))
@settings(max_examples=400)
def test_the_nesting_check_on_bytes_agrees_with_reading_character_by_character(
        text: str) -> None:
    limit = 3
    depth = nesting_read_one_character_at_a_time(text)
    event("compared" if depth is not None else "brackets do not pair up")
    if depth is not None:
        assert codec._nests_deeper_than(text.encode("utf-8"), limit) == (depth > limit)


@given(fragments)
@settings(max_examples=300)
def test_the_colons_outside_strings_are_the_keys_of_every_object(value: object) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=1)
    assert codec._structure(text.encode("utf-8"))[1] == codec._keys_in(json.loads(text))


def test_a_key_repeated_in_any_object_of_a_file_is_refused_as_repeated() -> None:
    """The fast read lets the parser keep the last of a repeated key; counting the keys
    must catch one in every object of a file, so that the strict read names it."""
    objects = [path for path in BASE_PATHS if isinstance(value_at(BASE_RAW, path), dict)
               and value_at(BASE_RAW, path)]
    assert len(objects) > 20
    for path in objects:
        first = next(iter(value_at(BASE_RAW, path)))
        codec.forget_written_lines()
        with pytest.raises(DuplicateKeyError):
            codec.load(mutated(path, "1", json.dumps(first, ensure_ascii=False)))


def value_at(value: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        value = value[part]
    return value
