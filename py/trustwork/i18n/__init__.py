"""The message catalogue: every text a person sees, in Dutch and English.

Messages are looked up by key; ``{name}`` placeholders are filled from keyword
arguments. Dutch is the default language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, TypeGuard

from trustwork.errors import DataFileError, MissingMessageParameterError, UnknownMessageError
from trustwork.i18n import (
    en,
    en_dashboard,
    en_import,
    en_kinds,
    en_pilots,
    en_present,
    en_reports,
    en_scan,
    nl,
    nl_dashboard,
    nl_import,
    nl_kinds,
    nl_pilots,
    nl_present,
    nl_reports,
    nl_scan,
)

Language = Literal["nl", "en"]
LANGUAGES: Final[tuple[Language, ...]] = ("nl", "en")
DEFAULT_LANGUAGE: Final[Language] = "nl"

# Each language's messages: the app's own, those of the kinds of records and their areas,
# the pilots area's own pages, the reports and exports, the trust scan, the dashboard's
# outcomes, importing lists, and presentation mode.
CATALOGUE: Final[Mapping[Language, Mapping[str, str]]] = {
    "nl": {**nl.MESSAGES, **nl_kinds.MESSAGES, **nl_pilots.MESSAGES, **nl_reports.MESSAGES,
           **nl_scan.MESSAGES, **nl_dashboard.MESSAGES, **nl_import.MESSAGES,
           **nl_present.MESSAGES},
    "en": {**en.MESSAGES, **en_kinds.MESSAGES, **en_pilots.MESSAGES, **en_reports.MESSAGES,
           **en_scan.MESSAGES, **en_dashboard.MESSAGES, **en_import.MESSAGES,
           **en_present.MESSAGES},
}


def is_language(value: object) -> TypeGuard[Language]:
    """Whether ``value`` names a language the catalogue has."""
    return value in LANGUAGES


def language_or_default(value: object) -> Language:
    """The language ``value`` names, or the default for anything else (absent, unknown)."""
    return value if is_language(value) else DEFAULT_LANGUAGE


def translate(key: str, language: Language, **parameters: object) -> str:
    """The message ``key`` in ``language`` with its placeholders filled in."""
    try:
        template = CATALOGUE[language][key]
    except KeyError:
        raise UnknownMessageError(f"No message {key!r} in language {language!r}.") from None
    try:
        return template.format(**parameters)
    except KeyError as missing:
        raise MissingMessageParameterError(
            f"Message {key!r} needs the parameter {missing.args[0]!r}."
        ) from None


def format_number(value: object, language: Language) -> str:
    """A number as people in ``language`` write it: 1.250,5 in Dutch, 1,250.5 in English;
    anything else as text ("" for nothing)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"
    if language == "nl":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def messages_with_prefix(prefix: str, language: Language) -> dict[str, str]:
    """All messages whose key starts with ``prefix`` (for handing to the boot script)."""
    return {key: text for key, text in CATALOGUE[language].items() if key.startswith(prefix)}


def describe_data_file_error(error: DataFileError, language: Language) -> str:
    """What is wrong with a data file, for a person, in ``language``."""
    parameters = dict(error.parameters)
    expected = parameters.get("expected")
    if isinstance(expected, str) and f"data.type.{expected}" in CATALOGUE[language]:
        parameters["expected"] = translate(f"data.type.{expected}", language)
    try:
        return translate(error.message_key, language, where=error.where, **parameters)
    except MissingMessageParameterError:
        return translate("data.error.unreadable", language, where=error.where)
