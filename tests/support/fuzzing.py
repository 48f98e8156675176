"""Files for fuzzing: JSON built as text (so it can hold what Python would never write:
integers of any length, NaN, exponents beyond any float, lone surrogates, duplicate keys,
deep nesting), and a small valid Trustwork file to change in one place."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from hypothesis import strategies as st

from support.documents import demo_text
from trustwork.model.document import Document, Stamp, update_record
from trustwork.store import codec
from trustwork.store.merge import merge

# -- JSON as text -----------------------------------------------------------------------------

ODD_NUMBERS = (
    "NaN", "-NaN", "Infinity", "-Infinity", "1e999999", "-1e400", "1E+309", "1e-99999",
    "0e99999999999999999999", str(2**53), str(2**53 - 1), str(-(2**53) + 1), str(-(2**53)),
    "-0", "-0.0", "1.7976931348623157e308", "2e308", "01", "1.", ".5", "+1", "0x10",
)


def _digits(spec: tuple[str, int, str]) -> str:
    """A long number, spelt out only when drawn (so a failing example reads short)."""
    before, count, after = spec
    return before + "1" * count + after


ODD_PIECES = (
    r"\ud800", r"\udfff", r"\udc00\ud800", r"\ud83d\ude00", r"\u0000", r"\\", r"\"", r"\/",
    "é", "\u202e", "\ufeff", "\u0301", "\U0001f600", "\x7f", "\u2028", "a", " ", "\\", '"',
    "\t", "<script>", "{{ x }}", "&amp;",
)

numbers = st.one_of(
    st.integers().map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(ODD_NUMBERS),
    st.tuples(st.sampled_from(["", "-", "1."]), st.sampled_from([4300, 4301, 5000, 100_000]),
              st.sampled_from(["", "e5", ".0"])).map(_digits),
    st.integers(1, 6000).map(lambda digits: "9" * digits),
    st.tuples(st.integers(-(10**6), 10**6), st.integers(-(10**7), 10**7))
    .map(lambda pair: f"{pair[0]}e{pair[1]}"),
)
strings = st.one_of(
    st.text().map(lambda text: json.dumps(text, ensure_ascii=False)),
    st.text().map(json.dumps),
    st.lists(st.sampled_from(ODD_PIECES), max_size=8).map(lambda parts: '"' + "".join(parts)
                                                          + '"'),
    st.integers(0, 200_000).map(lambda length: '"' + "x" * length + '"'),
)
keys = st.one_of(st.sampled_from(['"a"', '"a"', '"name"', '"id"', '"fields"', '""']), strings)
# Brackets never closed, far past any limit: the parser must not exhaust the stack.
bombs = st.tuples(st.integers(33, 100_000), st.sampled_from(["[", '{"a":'])).map(
    lambda pair: pair[1] * pair[0])
scalars = st.one_of(numbers, strings, st.sampled_from(["true", "false", "null", "tru", ""]),
                    bombs)


def _array(items: list[str]) -> str:
    return "[" + ",".join(items) + "]"


def _object(pairs: list[tuple[str, str]]) -> str:
    return "{" + ",".join(f"{key}:{value}" for key, value in pairs) + "}"


def _nested(pair: tuple[int, str, bool]) -> str:
    depth, inner, as_objects = pair
    if as_objects:
        return '{"a":' * depth + inner + "}" * depth
    return "[" * depth + inner + "]" * depth


json_texts = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4).map(_array),
        st.lists(st.tuples(keys, children), max_size=4).map(_object),
        # around the limits: a field's value may nest 12 deep, a whole file 32
        st.tuples(st.integers(0, 40), children, st.booleans()).map(_nested),
    ),
    max_leaves=12,
)

# Values a file may well hold, so that many mutated files are read and then used.
legal_json_texts = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-(2**53) + 1, 2**53 - 1),
              st.floats(allow_nan=False, allow_infinity=False), st.text()),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.text(max_size=8), children, max_size=4)),
    max_leaves=8,
).map(lambda value: json.dumps(value, ensure_ascii=False))
fragments = st.one_of(json_texts, legal_json_texts)


# -- a valid file to start from -----------------------------------------------------------------

def _base_document() -> Document:
    """A small organisation with a record of every kind, changes that keep values, a deleted
    record and an open conflict: every part of the format, kept small so the fuzz is fast."""
    demo = codec.load(demo_text()).document
    kept: dict[str, Any] = {}
    for record in demo.records.values():
        if sum(other.kind == record.kind for other in kept.values()) < 2:
            kept[record.id] = record
    document = replace(demo, records=kept,
                       changes=tuple(c for c in demo.changes if c.record_id in kept))
    team = next(record for record in kept.values() if record.kind == "team")
    ids = iter(f"change-fuzz-{number}" for number in range(100))
    base = update_record(document, team.id, {"name": "Team A", "meets": 3},
                         Stamp("2026-02-01T00:00:00.000000Z", "ann"), lambda: next(ids))
    ours = update_record(base, team.id, {"name": "Team B"},
                         Stamp("2026-02-02T00:00:00.000000Z", "ann"), lambda: next(ids))
    theirs = update_record(base, team.id, {"name": "Team C", "clients": ["x"]},
                           Stamp("2026-02-03T00:00:00.000000Z", "bob"), lambda: next(ids))
    merged = merge(base, ours, theirs).document
    assert merged.conflicts
    return merged


BASE = _base_document()
BASE_TEXT = codec.dumps(BASE)
BASE_RAW = json.loads(BASE_TEXT)
MARK = "\x00fuzz-mark\x00"


def _paths(value: object, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


BASE_PATHS = list(_paths(BASE_RAW))


def _with_mark(value: Any, path: tuple[str | int, ...], add_key: bool) -> Any:
    """``value`` with the value at ``path`` replaced by MARK (or, with ``add_key``, a pair
    MARK: MARK added to the object there)."""
    if not path:
        if add_key and isinstance(value, dict):
            return {**value, MARK: MARK}
        return MARK
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _with_mark(value[head], rest, add_key)}
    copy = list(value)
    copy[head] = _with_mark(copy[head], rest, add_key)  # type: ignore[index]
    return copy


def mutated(path: tuple[str | int, ...], fragment: str, key: str | None) -> str:
    """The base file with the value at ``path`` replaced by ``fragment`` (or, given ``key``,
    the pair ``key: fragment`` added to the object at ``path``, perhaps a second one)."""
    text = json.dumps(_with_mark(BASE_RAW, path, key is not None), ensure_ascii=False)
    mark = json.dumps(MARK, ensure_ascii=False)
    if key is not None and f"{mark}: {mark}" in text:
        return text.replace(f"{mark}: {mark}", f"{key}: {fragment}", 1)
    return text.replace(mark, fragment, 1)


def mutated_line(line_index: int, path_choice: int, fragment: str) -> str:
    """The base file as Trustwork wrote it, with one record's or change's line changed: the
    read that reuses the lines it wrote itself checks the rest."""
    lines = BASE_TEXT.split("\n")
    candidates = [index for index, line in enumerate(lines) if line.startswith("   {")
                  or line.startswith("  {")]
    index = candidates[line_index % len(candidates)]
    body = lines[index].strip()
    comma = body.endswith(",")
    raw = json.loads(body.removesuffix(","))
    paths = list(_paths(raw))
    marked = json.dumps(_with_mark(raw, paths[path_choice % len(paths)], False),
                        ensure_ascii=False, separators=(",", ":"))
    changed = marked.replace(json.dumps(MARK, ensure_ascii=False), fragment, 1)
    lines[index] = lines[index][: len(lines[index]) - len(lines[index].lstrip())] + changed + (
        "," if comma else "")
    return "\n".join(lines)
