"""The built page carries its runtime as seven-bit ASCII text (build.py to_page_text):
whatever the bytes, the text must give them back exactly and hold nothing that the HTML
parser would change or that could end the <script> element."""

from __future__ import annotations

import os

from hypothesis import given
from hypothesis import strategies as st

from support.build_script import build_script

# What the HTML parser alters or acts on inside a <script> element.
UNSAFE_IN_SCRIPT = ("\x00", "\r", "<")


@given(st.binary(max_size=2000))
def test_the_text_gives_back_every_byte(data: bytes) -> None:
    text = build_script().to_page_text(data)
    assert build_script().from_page_text(text) == data


@given(st.binary(max_size=2000))
def test_the_text_is_ascii_and_holds_nothing_the_parser_would_touch(data: bytes) -> None:
    text = build_script().to_page_text(data)
    assert text.isascii()
    assert not any(unsafe in text for unsafe in UNSAFE_IN_SCRIPT)


def test_the_marks_themselves_survive() -> None:
    """Bytes whose seven-bit groups are exactly the escaped values, DEL among them."""
    for value in (0x00, 0x0D, 0x3C, 0x7F):
        data = (value << 1).to_bytes(1, "big") * 7 + bytes([0xFF]) * 7
        assert build_script().from_page_text(build_script().to_page_text(data)) == data


def test_the_text_costs_about_a_seventh_over_the_bytes() -> None:
    """Seven bits a character is 8/7 of the bytes; the four marked values add about 3%."""
    data = os.urandom(70_000)
    ratio = len(build_script().to_page_text(data)) / len(data)
    assert 8 / 7 <= ratio < 1.19
