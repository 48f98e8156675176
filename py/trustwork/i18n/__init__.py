"""The message catalogue: every text a person sees, in Dutch and English.

Messages are looked up by key; ``{name}`` placeholders are filled from keyword
arguments. Dutch is the default language.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, datetime
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


def format_number(value: object, language: Language, digits: int = 2) -> str:
    """A number as people in ``language`` write it: 1.250,5 in Dutch, 1,250.5 in English,
    with at most ``digits`` decimals (rounded half up, trailing zeros dropped); anything
    else as text ("" for nothing)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    if isinstance(value, int):
        return _separators(f"{value:,}", language)
    if not math.isfinite(value):
        return str(value)
    scaled = _scaled(value, digits)
    whole, fraction = divmod(abs(scaled), 10**digits)
    text = f"{whole:,}"
    if fraction:
        text += "." + f"{fraction:0{digits}d}".rstrip("0")
    return _separators(f"-{text}" if scaled < 0 else text, language)


def format_money(amount: float | int, language: Language) -> str:
    """An amount in euros: € 1.234,50 in Dutch, €1,234.50 in English; minus before the
    figure in Dutch (€ -5,50) and before the sign in English (-€5.50), as each writes it.

    An amount in whole euros drops its cents (€ 1.250 / €1,250): savings and budgets are
    counted in whole euros, and ",00" on every card is noise. An amount with cents always
    shows two (€ 12,50, never € 12,5). Cents are rounded half up.
    """
    if isinstance(amount, float) and not math.isfinite(amount):
        return str(amount)
    cents = amount * 100 if isinstance(amount, int) else _scaled(amount, 2)
    whole, fraction = divmod(abs(cents), 100)
    figure = f"{whole:,}" + (f".{fraction:02d}" if fraction else "")
    figure = _separators(figure, language)
    if language == "nl":
        return f"€ -{figure}" if cents < 0 else f"€ {figure}"
    return f"-€{figure}" if cents < 0 else f"€{figure}"


def _scaled(value: float, digits: int) -> int:
    """``value`` × 10 ** ``digits`` rounded half away from zero, to the whole number: from
    the shortest decimal form of the float (what was typed: 1.005 rounds to 1.01, although
    the float is a hair below it). Exact in integers, without the decimal module, which
    would grow the start-up snapshot."""
    mantissa, _, exponent = repr(value).lower().partition("e")
    whole, _, fraction = mantissa.partition(".")
    figures = int(whole + fraction)
    power = int(exponent or 0) - len(fraction) + digits
    unit = int(10 ** abs(power))
    if power >= 0:
        return figures * unit
    kept, rest = divmod(abs(figures), unit)
    kept += 2 * rest >= unit
    return -kept if figures < 0 or whole.startswith("-") else kept


def _separators(text: str, language: Language) -> str:
    """``text`` written with Python's separators (1,234.5) as ``language`` writes it."""
    if language == "nl":
        return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def _is_iso_day(text: str) -> bool:
    """Whether ``text`` is written ``YYYY-MM-DD`` (not another ISO form: 2026-W09-1)."""
    parts = text.split("-")
    return [len(part) for part in parts] == [4, 2, 2] and all(p.isdigit() for p in parts)


def _as_date(value: date | str) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10]) if _is_iso_day(value[:10]) else None
    except ValueError:
        return None


def format_date(value: date | str | None, language: Language) -> str:
    """A day as the page shows it: 1 maart 2026 in Dutch, 1 March 2026 in English; text
    that is no date (what a newer version or an import wrote) as it is, "" for nothing."""
    if value is None or value == "":
        return ""
    day = _as_date(value)
    if day is None:
        return str(value)
    return translate("format.date", language, day=day.day, year=day.year,
                     month=translate(f"month.name.{day.month}", language))


def format_month(value: str | None, language: Language) -> str:
    """A month ``YYYY-MM`` as the page shows it: maart 2026 / March 2026 (other text as
    it is)."""
    if not value:
        return ""
    try:
        year, month = (int(part) for part in value.split("-"))
    except ValueError:
        return value
    if not 1 <= month <= 12 or len(value) != 7:
        return value
    return translate("format.month", language, year=year,
                     month=translate(f"month.name.{month}", language))


def format_date_time(value: datetime | str | None, language: Language) -> str:
    """A moment (a stamp ``2026-03-01T14:05:09.000000Z``) as lists and histories show it:
    1 mrt 2026, 14:05 / 1 Mar 2026, 14:05, the month short so that a column stays narrow.
    Written here in UTC, as stamped; in the page the browser rewrites each ``<time>`` into
    the person's own time zone in the same style (``ui.render._local_times``, Intl)."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    return translate("format.date_time", language, day=moment.day, year=moment.year,
                     month=translate(f"month.short.{moment.month}", language),
                     time=f"{moment.hour:02d}:{moment.minute:02d}")


def spreadsheet_date(value: str, language: Language) -> str:
    """A day ``YYYY-MM-DD`` as a spreadsheet in that language reads it (an export's cell):
    01-12-2026 in Dutch, 2026-12-01 in English (ISO: an English spreadsheet never takes it
    for 12 January); other text as it is."""
    if language == "nl" and len(value) == 10 and _as_date(value) is not None:
        year, month, day = value.split("-")
        return f"{day}-{month}-{year}"
    return value


def spreadsheet_number(value: float | int, language: Language) -> str:
    """A number as an export's cell: no thousands separators (a spreadsheet would take them
    for decimals), at most four decimals, a decimal comma in Dutch."""
    text = str(value) if isinstance(value, int) else f"{value:.4f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "nl" else text


def describe_refusal(key: str, language: Language, parameters: Mapping[str, object]) -> str:
    """The message of a step the rules refused (``FieldValueError`` and its kin): the domain
    hands its days and months over as ``YYYY-MM-DD`` / ``YYYY-MM`` under the parameter names
    ``date`` and ``month``; here they are written as the language writes them."""
    shown = dict(parameters)
    if isinstance(shown.get("date"), str):
        shown["date"] = format_date(str(shown["date"]), language)
    if isinstance(shown.get("month"), str):
        shown["month"] = format_month(str(shown["month"]), language)
    return translate(key, language, **shown)


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
