"""Dates typed as people of each language write them; shown the same way; clear refusals."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.dates import (
    DateInputError,
    example_date,
    expand_year,
    format_short,
    input_hint,
    parse_date,
)

TODAY = dt.date(2026, 12, 7)
JAN_15 = dt.date(2027, 1, 15)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("15/01/2027", "es"),
        ("15-1-2027", "es"),
        ("15.1.2027", "es"),
        (" 15/1/27 ", "es"),
        ("1/15/2027", "en"),
        ("01-15-2027", "en"),
        ("1/15/27", "en"),
        ("2027-01-15", "es"),
        ("2027-01-15", "en"),
        ("2027/1/15", "en"),
    ],
)
def test_the_ways_people_type_a_date_are_read(text: str, lang: str) -> None:
    assert parse_date(text, lang, today=TODAY) == JAN_15


def test_the_short_format_is_the_languages() -> None:
    assert format_short(JAN_15, "es") == "15/01/2027"
    assert format_short(JAN_15, "en") == "1/15/2027"
    assert format_short(dt.date(2027, 11, 3), "en") == "11/3/2027"
    assert input_hint("es") == "dd/mm/aaaa" and input_hint("en") == "mm/dd/yyyy"


def test_two_digit_years_are_the_nearest_to_today() -> None:
    assert expand_year(27, TODAY) == 2027
    assert expand_year(0, TODAY) == 2000
    assert expand_year(76, TODAY) == 2076
    assert expand_year(77, TODAY) == 1977
    assert expand_year(5, dt.date(2095, 6, 1)) == 2105
    assert parse_date("1/2/95", "es", today=TODAY) == dt.date(1995, 2, 1)


def test_day_and_month_the_wrong_way_round_are_refused_naming_the_date_meant() -> None:
    with pytest.raises(DateInputError) as es:
        parse_date("1/15/2027", "es", today=TODAY)
    assert es.value.message() == (
        "«1/15/2027» no es una fecha: no existe el mes 15; si se refiere al 15 de enero de 2027, "
        "escriba primero el día: 15/01/2027"
    )
    with pytest.raises(DateInputError) as en:
        parse_date("15/01/2027", "en", today=TODAY)
    assert en.value.message("Due") == (
        "Due holds “15/01/2027”, which is not a date: there is no month 15; if you mean January 15, 2027, "
        "type the month first: 1/15/2027"
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("31/02/2027", "es", "«31/02/2027» no es una fecha: febrero de 2027 no tiene día 31; escriba la fecha como "
         "día/mes/año, por ejemplo 15/01/2027"),
        ("2/29/2027", "en", "“2/29/2027” is not a date: February 2027 has no day 29; type the date as "
         "month/day/year, for example 1/15/2027"),
        ("13/13/2027", "es", "«13/13/2027» no es una fecha: no existe el mes 13; escriba la fecha como día/mes/año, "
         "por ejemplo 15/01/2027"),
        ("mañana", "es", "«mañana» no es una fecha; escriba la fecha como día/mes/año, por ejemplo 15/01/2027"),
        ("15/01", "en", "“15/01” is not a date; type the date as month/day/year, for example 1/15/2027"),
        ("15/01-2027", "es", "«15/01-2027» no es una fecha; escriba la fecha como día/mes/año, por ejemplo 15/01/2027"),
        ("0/0/2027", "en", "“0/0/2027” is not a date: there is no month 0; type the date as month/day/year, "
         "for example 1/15/2027"),
        ("", "es", "no ha escrito ninguna fecha; escriba la fecha como día/mes/año, por ejemplo 15/01/2027"),
        ("2027-1-15x", "en", "“2027-1-15x” is not a date; type the date as month/day/year, for example 1/15/2027"),
    ],
)
def test_invalid_input_is_refused_with_a_message_in_the_language(text: str, lang: str, expected: str) -> None:
    with pytest.raises(DateInputError) as caught:
        parse_date(text, lang, today=TODAY)
    assert caught.value.message() == expected
    assert str(caught.value) == expected


def test_the_message_names_the_field_in_spanish() -> None:
    with pytest.raises(DateInputError) as caught:
        parse_date("", "es", today=TODAY)
    assert caught.value.message("Fecha de inicio") == (
        "el campo «Fecha de inicio» no contiene ninguna fecha; escriba la fecha como día/mes/año, por ejemplo 15/01/2027"
    )


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_the_example_is_always_in_the_future_and_unambiguous(today: dt.date) -> None:
    for lang in ("es", "en"):
        example = parse_date(example_date(lang, today), lang, today=today)
        assert example > today and example.day > 12
    with pytest.raises(DateInputError) as caught:
        parse_date("?", "es", today=today)
    assert parse_date(caught.value.example, "es", today=today) > today


@given(
    st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.sampled_from(["es", "en"]),
)
def test_what_is_shown_reads_back_as_the_same_date(day: dt.date, lang: str) -> None:
    assert parse_date(format_short(day, lang), lang, today=TODAY) == day
    assert parse_date(day.isoformat(), lang, today=TODAY) == day


@given(st.dates(min_value=dt.date(1977, 1, 1), max_value=dt.date(2076, 12, 31)), st.sampled_from(["es", "en"]))
def test_a_two_digit_year_within_fifty_years_of_today_reads_back(day: dt.date, lang: str) -> None:
    short = format_short(day, lang)
    typed = short[:-4] + short[-2:]
    assert parse_date(typed, lang, today=TODAY) == day
