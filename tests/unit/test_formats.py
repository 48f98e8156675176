"""Numbers, euros, days, months and moments as each language writes them (one place each)."""

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustwork.i18n import (
    CATALOGUE,
    LANGUAGES,
    Language,
    describe_refusal,
    format_date,
    format_date_time,
    format_money,
    format_month,
    format_number,
)


def test_euros_are_written_as_the_issue_shows_them() -> None:
    assert format_money(1234.5, "nl") == "€ 1.234,50"
    assert format_money(1234.5, "en") == "€1,234.50"


def test_whole_euros_drop_their_cents_and_cents_always_show_two_digits() -> None:
    assert format_money(1250, "nl") == "€ 1.250"
    assert format_money(1250.0, "en") == "€1,250"
    assert format_money(12.5, "nl") == "€ 12,50"
    assert format_money(0.05, "en") == "€0.05"
    assert format_money(1.005, "nl") == "€ 1,01"  # as typed, although the float is below


def test_zero_and_negative_amounts() -> None:
    assert format_money(0, "nl") == "€ 0"
    assert format_money(0, "en") == "€0"
    assert format_money(-5, "nl") == "€ -5"
    assert format_money(-1234.5, "en") == "-€1,234.50"
    assert format_money(-0.004, "nl") == "€ 0"  # rounds to nothing: no minus zero


def test_large_amounts_and_numbers_keep_every_digit() -> None:
    assert format_money(12_345_678_901, "nl") == "€ 12.345.678.901"
    assert format_money(12_345_678_901.99, "en") == "€12,345,678,901.99"
    assert format_number(1_000_000, "nl") == "1.000.000"
    assert format_number(1e20, "en") == "100,000,000,000,000,000,000"


def test_numbers_in_each_language() -> None:
    assert format_number(1250.5, "nl") == "1.250,5"
    assert format_number(1250.5, "en") == "1,250.5"
    assert format_number(-0.25, "nl") == "-0,25"
    assert format_number(2 / 3, "en") == "0.67"
    assert format_number(2 / 3, "nl", digits=1) == "0,7"
    assert format_number(-0.001, "nl") == "0"
    assert format_number(None, "nl") == ""
    assert format_number("n.v.t.", "en") == "n.v.t."  # what a newer version wrote, as it is


def test_days_months_and_moments_in_each_language() -> None:
    assert format_date(date(2026, 3, 1), "nl") == "1 maart 2026"
    assert format_date("2026-03-01", "en") == "1 March 2026"
    assert format_month("2026-12", "nl") == "december 2026"
    assert format_month("2026-12", "en") == "December 2026"
    assert format_date_time("2026-03-01T14:05:09.000000Z", "nl") == "1 mrt 2026, 14:05"
    assert format_date_time(datetime(2026, 10, 31, 9, 7), "en") == "31 Oct 2026, 09:07"


def test_text_that_is_no_date_is_shown_as_it_is() -> None:
    assert format_date("2027-02-30", "nl") == "2027-02-30"
    assert format_date("", "en") == ""
    assert format_date(None, "en") == ""
    assert format_month("2026-13", "en") == "2026-13"
    assert format_month("soon", "nl") == "soon"
    assert format_date_time("yesterday", "en") == "yesterday"


def parse_money(text: str, language: Language) -> Decimal:
    """The amount a person reads in ``text`` (the inverse of ``format_money``)."""
    thousands, decimal = (".", ",") if language == "nl" else (",", ".")
    figure = text.replace("€", "").replace(" ", "").replace(thousands, "")
    return Decimal(figure.replace(decimal, "."))


@given(st.integers(min_value=-10**14, max_value=10**14), st.sampled_from(LANGUAGES))
def test_an_amount_in_cents_reads_back_to_the_cent(cents: int, language: Language) -> None:
    amount = cents / 100
    text = format_money(amount, language)
    assert parse_money(text, language) == Decimal(cents) / 100
    assert text.count("€") == 1


@given(st.floats(min_value=-1e12, max_value=1e12), st.sampled_from(LANGUAGES))
def test_any_amount_is_rounded_half_up_to_the_cent(amount: float, language: Language) -> None:
    read = parse_money(format_money(amount, language), language)
    assert read == Decimal(repr(amount)).quantize(Decimal("0.01"), ROUND_HALF_UP)


@given(st.integers(min_value=-10**15, max_value=10**15), st.sampled_from(LANGUAGES))
def test_a_whole_number_keeps_its_digits_in_groups_of_three(
        value: int, language: Language) -> None:
    text = format_number(value, language)
    separator = "." if language == "nl" else ","
    groups = text.lstrip("-").split(separator)
    assert "".join(groups) == str(abs(value))
    assert all(len(group) == 3 for group in groups[1:]) and 1 <= len(groups[0]) <= 3


@pytest.mark.parametrize("language", LANGUAGES)
@given(day=st.dates(min_value=date(1000, 1, 1)))
def test_every_day_is_written_with_its_year_and_day(language: Language, day: date) -> None:
    text = format_date(day, language)
    assert text.startswith(f"{day.day} ") and text.endswith(str(day.year))


def test_a_refusal_names_its_day_as_the_language_writes_it() -> None:
    assert describe_refusal("ideas.error.closed", "en", {"date": "2026-03-01"}) == (
        CATALOGUE["en"]["ideas.error.closed"].format(date="1 March 2026"))
    assert "1 maart 2026" in describe_refusal("ideas.error.closed", "nl", {"date": "2026-03-01"})
