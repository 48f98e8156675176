"""Reading a file a slice at a time gives exactly what the strict read of the whole text
gives: the same document, or the same named error in the same place. And it does read a
large file in slices, never the whole text in one step."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from support.documents import read_outcome
from support.fuzzing import BASE_TEXT, fragments, mutated_line
from trustwork.errors import DuplicateKeyError, NestingTooDeepError
from trustwork.store import codec


@contextmanager
def small_slices(characters: int = 300) -> Iterator[None]:
    """Slices of a few lines, so that even a small file is read in many of them."""
    with mock.patch.object(codec, "_SLICE_CHARACTERS", characters):
        yield


def read_both_ways(text: str) -> tuple[object, object]:
    codec.forget_written_lines()  # no line is known: the read in slices, or the strict one
    with small_slices():
        sliced = read_outcome(lambda: codec.load(text))
    with mock.patch.object(codec, "_read_in_slices", lambda text: iter(())):
        strict = read_outcome(lambda: codec.load(text))
    return sliced, strict


def parser_calls(text: str) -> list[tuple[str, bool]]:
    """Each text the parser was given while ``text`` was read, and whether it looked for
    repeated keys."""
    calls: list[tuple[str, bool]] = []
    parse = codec._parse

    def spy(text: str, repeated_keys: bool = True) -> object:
        calls.append((text, repeated_keys))
        return parse(text, repeated_keys)

    codec.forget_written_lines()
    with mock.patch.object(codec, "_parse", spy):
        read_outcome(lambda: codec.load(text))
    return calls


def parses(text: str) -> list[bool]:
    """Whether each call of the parser while ``text`` is read looked for repeated keys."""
    return [repeated_keys for _, repeated_keys in parser_calls(text)]


def steps_of(text: str) -> int:
    codec.forget_written_lines()
    steps = codec.load_in_steps(text)
    pauses = 0
    while True:
        try:
            next(steps)
        except StopIteration:
            return pauses
        pauses += 1


def test_a_file_is_read_in_slices_with_the_fast_parser_and_gives_what_the_strict_read_gives(
) -> None:
    sliced, strict = read_both_ways(BASE_TEXT)
    assert sliced == strict
    with small_slices():
        calls = parses(BASE_TEXT)
    assert len(calls) > 2 and not any(calls)  # some slices and the frame, none strictly


def test_smaller_slices_mean_more_pauses() -> None:
    with small_slices(100_000):
        few = steps_of(BASE_TEXT)
    with small_slices(300):
        many = steps_of(BASE_TEXT)
    assert few < 5 and many > 10 * few  # a slice ends at the first line break after its size


@given(st.integers(0, 10_000), st.integers(0, 10_000), fragments)
def test_a_file_with_any_value_in_one_line_reads_the_same_in_slices_as_in_full(
        line_index: int, path_choice: int, fragment: str) -> None:
    sliced, strict = read_both_ways(mutated_line(line_index, path_choice, fragment))
    assert sliced == strict


line_edits = st.lists(st.tuples(
    st.sampled_from(["delete", "duplicate", "join", "split", "unindent", "end", "stand-in"]),
    st.integers(0, 10_000)), min_size=1, max_size=3)


@given(line_edits)
def test_any_edit_of_the_lines_reads_the_same_in_slices_as_in_full(
        edits: list[tuple[str, int]]) -> None:
    lines = BASE_TEXT.split("\n")
    for action, where in edits:
        i = where % len(lines)
        if action == "delete":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "join":  # two objects on one line
            lines[i:i + 2] = [" ".join(lines[i:i + 2])]
        elif action == "split":  # one object over two lines, at a comma between its keys
            lines[i:i + 1] = lines[i].replace(',"', ',\n"', 1).split("\n")
        elif action == "unindent":
            lines[i] = lines[i].lstrip(" ")
        elif action == "end":  # the text ends after a comma and a line break
            lines = [*lines[:i], lines[i].rstrip(",") + ",", ""]
        else:  # a line that spells a stand-in of a read in slices
            lines.insert(i, '   "trustwork-sliced-00000000000000000000000000000000-0",')
        if not lines:
            lines = [""]
    sliced, strict = read_both_ways("\n".join(lines))
    assert sliced == strict


def test_a_repeated_key_in_a_slice_is_refused_as_the_strict_read_refuses_it() -> None:
    text = BASE_TEXT.replace('"fields":{', '"fields":{"x":1,"x":2,', 3)
    sliced, strict = read_both_ways(text)
    assert sliced == strict and sliced[0] == DuplicateKeyError.__name__  # type: ignore[index]


def test_a_slice_nested_too_deep_is_refused_as_the_strict_read_refuses_it() -> None:
    bomb = "[" * 40 + "]" * 40
    text = BASE_TEXT.replace('"fields":{', '"fields":{"deep":' + bomb + ",", 2)
    sliced, strict = read_both_ways(text)
    assert sliced == strict and sliced[0] == NestingTooDeepError.__name__  # type: ignore[index]


def test_a_comma_and_line_break_after_the_whole_file_is_refused_as_the_strict_read_does() -> None:
    sliced, strict = read_both_ways(BASE_TEXT.rstrip("\n") + ",\n")
    assert sliced == strict and sliced[0] == "NotJsonError"  # type: ignore[index]


def test_objects_on_lines_of_their_own_inside_a_field_are_read_where_they_are() -> None:
    # A run of one-line objects that is no list of records or changes, after every run that
    # is: read as changes (each is a copy of one), its stand-in is then not taken there, and
    # the file is read strictly.
    lines = BASE_TEXT.split("\n")
    change = next(line for line in reversed(lines) if line.startswith('  {"id":"change-'))
    change = change.strip().rstrip(",")
    at = BASE_TEXT.rfind('"values":{') + len('"values":{')
    text = (BASE_TEXT[:at] + '"list":[\n' + ",\n".join([change] * 3) + "\n],"
            + BASE_TEXT[at:])
    sliced, strict = read_both_ways(text)
    assert sliced == strict
    assert not isinstance(sliced[0], str)  # type: ignore[index]


def test_a_repeated_key_beside_a_key_the_format_does_not_know_is_still_found() -> None:
    # Keys the format does not know are kept (a newer minor version's); their count must not
    # make up for a repeated key elsewhere, in a record or at the top of the file.
    in_a_record = BASE_TEXT.replace('"fields":{', '"fields":{"x":1,"x":2,', 1).replace(
        '"fields":{', '"unknown":0,"fields":{', 1)
    at_the_top = BASE_TEXT.replace('"fields":{', '"fields":{"x":1,"x":2,', 1).replace(
        '\n "changes": [', '\n "unknown": 0,\n "changes": [', 1)
    for text in (in_a_record, at_the_top):
        sliced, strict = read_both_ways(text)
        assert sliced == strict and sliced[0] == DuplicateKeyError.__name__  # type: ignore[index]


def test_a_file_with_keys_the_format_does_not_know_is_still_read_in_slices() -> None:
    text = BASE_TEXT.replace('"fields":{', '"unknown":{"a":1},"fields":{', 1).replace(
        '\n "changes": [', '\n "unknown": {"b": [1, {"c": 2}]},\n "changes": [', 1)
    sliced, strict = read_both_ways(text)
    assert sliced == strict and not isinstance(sliced[0], str)  # type: ignore[index]
    with small_slices():
        assert not any(parses(text))


def test_a_file_with_many_conflicts_is_read_in_slices_with_them_in_its_frame() -> None:
    lines = BASE_TEXT.split("\n")
    at = lines.index(' "conflicts": [') + 1
    conflict = lines[at]
    lines[at:at + 1] = [conflict.replace('"conflict-', f'"conflict-{n}', 1) + ","
                        for n in range(4)] + [conflict]
    text = "\n".join(lines)
    sliced, strict = read_both_ways(text)
    assert sliced == strict and len(sliced[0].conflicts) == 5  # type: ignore[index]
    with small_slices():
        assert not any(parses(text))  # never the strict read


def test_no_slice_nested_too_deep_reaches_the_parser() -> None:
    bomb = "[" * 40 + "]" * 40
    text = BASE_TEXT.replace('"fields":{', '"fields":{"deep":' + bomb + ",", 2)
    with small_slices():
        parsed = [part for part, _ in parser_calls(text)]
    assert parsed and not any(codec._nests_deeper_than(part.encode("utf-8"),
                                                       codec.MAX_DOCUMENT_DEPTH - 2)
                              for part in parsed)
