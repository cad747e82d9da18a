"""Typed money and percentages: read exactly in each language's conventions, or refused by name."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.amounts import format_amount, parse_amount, parse_optional_amount
from domain.validation import ContractError


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("1.234,56", "es", "1234.56"), ("1,234.56", "en", "1234.56"),
        ("1234,56", "es", "1234.56"), ("1234.56", "en", "1234.56"),
        ("2.500", "es", "2500"), ("2.500", "en", "2.500"),
        ("6,500.00", "en", "6500.00"), ("1.234.567,89", "es", "1234567.89"),
        ("1.234,56 €", "es", "1234.56"), ("€ 12", "es", "12"), (" 7 ", "en", "7"), ("0,5", "es", "0.5"),
    ],
)
def test_amounts_are_read_as_the_language_writes_them(text: str, language: str, expected: str) -> None:
    value = parse_amount(text, language, field="Price", currency="EUR")
    assert value == Decimal(expected) and str(value) == expected


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        ("1234.56", "es", "el campo «Precio» no se puede leer con seguridad (1234.56): escriba 123.456 o 1.234,56"),
        ("1234,56", "en", "Precio cannot be read for sure (1234,56): write 123,456 or 1,234.56"),
        ("2.50", "es", "el campo «Precio» no se puede leer con seguridad (2.50): escriba 250 o 2,5"),
        ("-100", "es", "el campo «Precio» no admite valores negativos"),
        ("−5", "en", "Precio must not be negative"),
        ("abc", "es", "el campo «Precio» debe contener un importe escrito como 1.234,56"),
        ("12abc", "en", "Precio must be an amount written like 1,234.56"),
        ("1e5", "en", "Precio must be an amount written like 1,234.56"),
        ("1_000", "es", "el campo «Precio» debe contener un importe escrito como 1.234,56"),
        ("", "en", "Precio must not be empty"),
        ("12,345", "es", "el campo «Precio» tiene demasiados decimales"),
        (",", "es", "el campo «Precio» debe contener un importe escrito como 1.234,56"),
    ],
)
def test_unclear_garbage_and_negative_amounts_are_refused_by_field(text: str, language: str, message: str) -> None:
    with pytest.raises(ContractError) as caught:
        parse_amount(text, language, field="Precio", currency="EUR")
    assert caught.value.messages() == [message]


def test_percentages() -> None:
    assert parse_amount("12,5 %", "es", field="Anticipo", percent=True) == Decimal("12.5")
    assert parse_amount("40%", "en", field="Deposit", percent=True) == Decimal("40")
    with pytest.raises(ContractError) as caught:
        parse_amount("120", "es", field="Anticipo", percent=True)
    assert caught.value.messages() == ["el campo «Anticipo» debe contener un valor entre 0 y 100"]


def test_blank_optional_amount_is_none_and_yen_have_no_decimals() -> None:
    assert parse_optional_amount("  ", "es") is None
    with pytest.raises(ContractError):
        parse_amount("100,5", "es", field="Precio", currency="JPY")


def test_format_back() -> None:
    assert format_amount(Decimal("1234.5"), "es", currency="EUR") == "1.234,50"
    assert format_amount(Decimal("1234.5"), "en", currency="USD") == "1,234.50"
    assert format_amount(Decimal("12.5"), "es") == "12,5"
    assert format_amount(Decimal("1234.567"), "en", places=2) == "1,234.567"  # never rounded away


amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


def spellings(value: Decimal, language: str) -> list[str]:
    """How people of each language write an amount: grouped, plain, without needless decimals."""
    mark = "," if language == "es" else "."
    plain = format(value, "f").replace(".", mark)
    out = [format_amount(value, language, places=2), plain, f"{plain} €" if language == "es" else f"€{plain}"]
    if value == value.to_integral_value():
        out += [format_amount(value, language, places=0), str(int(value))]
    return out


@settings(max_examples=300)
@given(amounts, st.sampled_from(["es", "en"]))
def test_any_amount_written_as_people_write_it_reads_back_exactly(value: Decimal, language: str) -> None:
    for text in spellings(value, language):
        assert parse_amount(text, language, field="x", currency="EUR") == value, text
    assert parse_amount(format_amount(value, language), language, field="x") == value


@settings(max_examples=200)
@given(amounts.filter(lambda v: v > 0), st.sampled_from(["es", "en"]))
def test_negatives_are_always_refused(value: Decimal, language: str) -> None:
    with pytest.raises(ContractError):
        parse_amount("-" + format_amount(value, language), language, field="x")


@settings(max_examples=200)
@given(st.text(alphabet="abcxyz€$%#eE_ -+", min_size=1, max_size=8), st.sampled_from(["es", "en"]))
def test_garbage_is_refused(text: str, language: str) -> None:
    with pytest.raises(ContractError):
        parse_amount(text, language, field="x", currency="EUR")
