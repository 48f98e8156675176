"""Reading a file again while reusing the lines this page last wrote gives exactly what a
full read gives: the same document, or the same named error in the same place."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from support.documents import Clock, empty_document, id_maker, read_outcome
from trustwork.commands import CreateRecord, UpdateRecord, handle
from trustwork.model.document import Document
from trustwork.store import codec
from trustwork.store.merge import merge


def sample() -> Document:
    clock, new_id = Clock(), id_maker("c")
    document = empty_document(clock, new_id)
    ids = iter(f"change-{n}" for n in range(1000))
    for index in range(12):
        kind = ("person", "team", "idea")[index % 3]
        document = handle(document, CreateRecord(kind, f"{kind}-{index}",
                                                 {"name": f"n{index}", "score": index}),
                          clock.stamp("ann"), ids)
    return handle(document, UpdateRecord("idea-2", {"name": "changed"}), clock.stamp("bob"), ids)


def read_both_ways(text: str, written: Document) -> tuple[object, object]:
    codec.dumps(written)  # as the page does after opening or saving
    reusing = read_outcome(lambda: codec.load(text))
    codec.forget_written_lines()
    return reusing, read_outcome(lambda: codec.load(text))


def test_a_file_someone_else_changed_reads_the_same_as_a_full_read() -> None:
    document = sample()
    clock = Clock()
    theirs = handle(document, UpdateRecord("person-0", {"name": "Anna"}), clock.stamp("eve"),
                    iter(["change-x"]))
    reusing, full = read_both_ways(codec.dumps(theirs), document)
    assert reusing == full
    assert reusing[0].record("person-0").fields["name"] == "Anna"  # type: ignore[index]


line_edits = st.lists(st.tuples(
    st.sampled_from(["delete", "duplicate", "swap", "number", "truncate", "garble", "move",
                     "hoist", "uncomma", "space"]),
    st.integers(0, 10_000), st.integers(0, 10_000)), min_size=1, max_size=3)


@given(line_edits)
def test_any_edit_of_the_lines_reads_the_same_with_or_without_reuse(
        edits: list[tuple[str, int, int]]) -> None:
    document = sample()
    lines = codec.dumps(document).split("\n")
    for action, first, second in edits:
        i, j = first % len(lines), second % len(lines)
        if action == "delete":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif action == "number":
            lines[i] = f"   {first % 40}" + ("," if lines[i].endswith(",") else "")
        elif action == "truncate":
            lines = lines[:i]
        elif action == "hoist":  # a line also under a new top-level key, before the others
            lines.insert(1, f' "zzz{first}": {lines[i].strip().rstrip(",")},')
        elif action == "uncomma":  # two values no longer apart
            lines[i] = lines[i].removesuffix(",")
        elif action == "space":  # white space JSON allows, and some it does not
            lines[i] = " \t\r\u00a0\x1c\u2028"[first % 6] + lines[i]
        elif action == "garble":
            lines[i] = lines[i].replace('"', "'", 1)
        else:
            lines.insert(j, lines.pop(i))
        if not lines:
            lines = [""]
    reusing, full = read_both_ways("\n".join(lines), document)
    assert reusing == full


def test_a_line_hoisted_away_and_a_number_left_in_its_place_is_refused_as_a_full_read_is(
) -> None:
    document = sample()
    lines = codec.dumps(document).split("\n")
    index = next(i for i, line in enumerate(lines) if '"person-0"' in line and "created" in line)
    original = lines[index].strip().rstrip(",")
    lines[index] = "   0" + ("," if lines[index].endswith(",") else "")
    lines.insert(1, f' "zzz": {original},')
    reusing, full = read_both_ways("\n".join(lines), document)
    assert reusing == full == ("WrongTypeError", "/records/person/0")


def test_a_known_line_behind_white_space_json_does_not_allow_is_refused_as_a_full_read_is(
) -> None:
    document = sample()
    lines = codec.dumps(document).split("\n")
    index = next(i for i, line in enumerate(lines) if '"person-0"' in line and "created" in line)
    lines[index] = "\u00a0" + lines[index]
    reusing, full = read_both_ways("\n".join(lines), document)
    assert reusing == full
    assert isinstance(full, tuple) and full[0] == "NotJsonError"


def test_two_known_lines_without_a_comma_between_them_are_refused_as_a_full_read_is() -> None:
    document = sample()
    lines = codec.dumps(document).split("\n")
    index = next(i for i, line in enumerate(lines) if '"person-0"' in line and "created" in line)
    lines[index] = lines[index].removesuffix(",")
    reusing, full = read_both_ways("\n".join(lines), document)
    assert reusing == full
    assert isinstance(full, tuple) and full[0] == "NotJsonError"


def test_a_file_with_other_line_ends_reads_the_same_as_a_full_read() -> None:
    document = sample()
    text = codec.dumps(document).replace("\n", "\r\n")
    reusing, full = read_both_ways(text, document)
    assert reusing == full
    assert reusing[0] == document  # type: ignore[index]


@pytest.mark.parametrize("shape", ["sample", "conflicts and more keys", "empty"])
def test_a_file_as_last_written_is_matched_line_by_line_in_its_place(shape: str) -> None:
    document = sample()
    if shape == "conflicts and more keys":
        clock = Clock()
        ours, theirs = document, document
        for record_id in ("idea-2", "person-0"):
            ours = handle(ours, UpdateRecord(record_id, {"name": "ours"}), clock.stamp("ann"),
                          iter([f"change-o-{record_id}"]))
            theirs = handle(theirs, UpdateRecord(record_id, {"name": "theirs"}),
                            clock.stamp("bob"), iter([f"change-t-{record_id}"]))
        document = replace(merge(document, ours, theirs).document, extra={"zzz": [1], "aaa": 2})
        assert len(document.conflicts) == 2
    elif shape == "empty":
        document = empty_document(Clock(), id_maker("e"))
    pieces = codec.dumps(document).split(",\n")
    written, items = codec._memo.written_pieces()
    assert len(written) == len(pieces)
    assert all(line == piece for line, piece in zip(written, pieces, strict=True) if line)
    lists = [*codec._memo.previous.values()]
    assert sum(map(bool, written)) == sum(max(len(block.lines) - 2, 0) for block in lists)
    assert all((item is None) == (not line) for line, item in zip(written, items, strict=True))
