"""The message catalogue: both languages complete, lookups strict."""

import string

import pytest

from trustwork.errors import MissingMessageParameterError, UnknownMessageError
from trustwork.i18n import (
    CATALOGUE,
    DEFAULT_LANGUAGE,
    LANGUAGES,
    language_or_default,
    messages_with_prefix,
    translate,
)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_dutch_and_english_have_exactly_the_same_keys() -> None:
    assert set(CATALOGUE["nl"]) == set(CATALOGUE["en"])


def test_every_message_uses_the_same_placeholders_in_both_languages() -> None:
    for key in CATALOGUE["nl"]:
        assert placeholders(CATALOGUE["nl"][key]) == placeholders(CATALOGUE["en"][key]), key


def test_no_message_is_empty() -> None:
    for language in LANGUAGES:
        for key, text in CATALOGUE[language].items():
            assert text.strip(), f"{language}:{key}"


def test_dutch_is_the_default_language() -> None:
    assert DEFAULT_LANGUAGE == "nl"
    assert language_or_default(None) == "nl"
    assert language_or_default("fr") == "nl"
    assert language_or_default("en") == "en"


def test_translate_fills_placeholders() -> None:
    assert translate("app.version", "en", version="1.2") == "version 1.2"
    assert translate("app.version", "nl", version="1.2") == "versie 1.2"


def test_an_unknown_key_is_a_named_error() -> None:
    with pytest.raises(UnknownMessageError):
        translate("no.such.message", "nl")


def test_a_missing_parameter_is_a_named_error() -> None:
    with pytest.raises(MissingMessageParameterError, match="version"):
        translate("app.version", "nl")


def test_boot_messages_are_selected_by_prefix() -> None:
    boot = messages_with_prefix("boot.", "en")
    assert boot["boot.error.title"] == "Trustwork could not start"
    assert all(key.startswith("boot.") for key in boot)
