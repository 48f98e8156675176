"""What the codec refuses beyond broken JSON, each with a named error that says where: numbers
readers of JSON do not agree on, a key given twice, text UTF-8 cannot write. A document that
is read can therefore always be written, merged and shown."""

from __future__ import annotations

import pytest

from support.documents import Clock, empty_document, id_maker
from trustwork.errors import (
    BrokenTextError,
    CannotUnlockError,
    DataFileError,
    DuplicateKeyError,
    UnusableNumberError,
)
from trustwork.i18n import LANGUAGES, describe_data_file_error, translate
from trustwork.model.document import create_record
from trustwork.store import codec

PLACEHOLDER = "7777777"


def file_with_votes(literal: str) -> str:
    """A valid file whose one idea has ``votes`` spelt exactly as ``literal``."""
    clock, new_id = Clock(), id_maker("change-")
    document = create_record(empty_document(clock, new_id), "idea",
                             {"title": "Koffie", "votes": int(PLACEHOLDER)}, "idea-1",
                             clock.stamp("ann"), new_id)
    text = codec.dumps(document)
    codec.forget_written_lines()
    return text.replace(PLACEHOLDER, literal, 1)


def refusal(text: str | bytes) -> DataFileError:
    with pytest.raises(DataFileError) as raised:
        codec.load(text)
    return raised.value


def test_a_whole_number_of_5000_digits_is_refused_where_it_stands() -> None:
    error = refusal(file_with_votes("1" * 5000))
    assert isinstance(error, UnusableNumberError)
    assert error.where == "/records/idea/0/fields/votes"
    message = describe_data_file_error(error, "en")
    assert "/records/idea/0/fields/votes" in message and "1111111111…1111111111" in message
    assert "ValueError" not in message and "4300" not in message


@pytest.mark.parametrize("literal", [str(2**53 - 1), str(-(2**53 - 1)), "0", "-0"])
def test_whole_numbers_every_json_reader_holds_exactly_are_kept(literal: str) -> None:
    loaded = codec.load(file_with_votes(literal))
    assert loaded.document.records["idea-1"].fields["votes"] == int(literal)


@pytest.mark.parametrize("literal", [str(2**53), str(-(2**53)), "1" * 17, "9" * 4301])
def test_whole_numbers_beyond_what_every_reader_holds_exactly_are_refused(literal: str) -> None:
    assert isinstance(refusal(file_with_votes(literal)), UnusableNumberError)


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999999", "-1e400",
                                     "1E+309"])
def test_numbers_that_are_not_finite_are_refused(literal: str) -> None:
    error = refusal(file_with_votes(literal))
    assert isinstance(error, UnusableNumberError)
    assert error.where == "/records/idea/0/fields/votes"


@pytest.mark.parametrize(("literal", "value"), [("1e-400", 0.0), ("1.5e3", 1500.0),
                                                ("1.7976931348623157e308", 1.7976931348623157e308)])
def test_finite_numbers_with_any_exponent_are_read(literal: str, value: float) -> None:
    assert codec.load(file_with_votes(literal)).document.records["idea-1"].fields["votes"] == value


def test_a_field_named_twice_in_one_record_is_refused_by_name() -> None:
    text = file_with_votes('1,"title":"Thee"')
    error = refusal(text)
    assert isinstance(error, DuplicateKeyError)
    assert error.where == "/records/idea/0/fields/title"


def test_a_lone_surrogate_escape_is_refused_but_an_escaped_pair_is_read() -> None:
    error = refusal(file_with_votes('"half \\ud800 a character"'))
    assert isinstance(error, BrokenTextError)
    assert error.where == "/records/idea/0/fields/votes"
    emoji = codec.load(file_with_votes('"\\ud83d\\ude00"'))
    assert emoji.document.records["idea-1"].fields["votes"] == "\U0001f600"


def test_a_lone_surrogate_in_a_key_is_refused_with_a_path_that_can_be_shown() -> None:
    error = refusal(file_with_votes('1,"\\udc00":2'))
    assert isinstance(error, BrokenTextError)
    assert error.where == "/records/idea/0/fields/\\udc00"
    for language in LANGUAGES:
        describe_data_file_error(error, language).encode("utf-8")


def test_text_handed_over_with_a_lone_surrogate_is_refused_at_its_line() -> None:
    text = file_with_votes('"\ud800"')
    error = refusal(text)
    assert isinstance(error, BrokenTextError)
    assert error.where.startswith("line ")


def test_each_new_refusal_has_its_own_message_in_both_languages() -> None:
    for error in (UnusableNumberError("/x", number="NaN"), DuplicateKeyError("/x"),
                  BrokenTextError("/x")):
        for language in LANGUAGES:
            message = describe_data_file_error(error, language)
            assert "/x" in message
            assert message != translate("data.error.unreadable", language, where="/x")


def test_confidential_content_with_an_unusable_number_reads_as_damaged() -> None:
    with pytest.raises(CannotUnlockError):
        codec.sealed_content_from_text('{"title": ' + "9" * 5000 + "}")
    with pytest.raises(CannotUnlockError):
        codec.sealed_content_from_text('{"title": NaN}')
