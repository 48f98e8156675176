"""The built page carries its runtime as raw bytes in a windows-1252 page (build.py):
whatever the bytes, the escaping must give them back exactly and leave nothing in the
text that the HTML parser would change or that could end the <script> element."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from support.build_script import build_script

# What the HTML parser alters or acts on inside a <script> element.
UNSAFE_IN_SCRIPT = (b"\x00", b"\r", b"<")


@given(st.binary(max_size=2000))
def test_escaping_gives_back_every_byte(data: bytes) -> None:
    escaped = build_script().escape_for_page(data)
    assert build_script().unescape_from_page(escaped) == data


@given(st.binary(max_size=2000))
def test_escaped_bytes_hold_nothing_the_parser_would_touch(data: bytes) -> None:
    escaped = build_script().escape_for_page(data)
    assert not any(unsafe in escaped for unsafe in UNSAFE_IN_SCRIPT)


def test_the_escaping_costs_little_over_raw_bytes() -> None:
    """Four byte values of 256 take two characters: about 1.6% for random data."""
    data = bytes(range(256)) * 64
    assert len(build_script().escape_for_page(data)) == len(data) * 260 // 256


def test_every_byte_reads_as_one_character_and_back() -> None:
    table = build_script().WINDOWS_1252
    assert len(table) == len(set(table)) == 256
    assert build_script().page_text(bytes(range(256))) == table
