"""Money and percentages as people type them, read exactly in the language's conventions.

`parse_amount("1.234,56", "es")` and `parse_amount("1,234.56", "en")` are both
1234.56; a plain `1234,56` (Spanish) or `1234.56` (English) is read the way a
person of that language means it, and `2.500` is two thousand five hundred in
Spanish and two and a half in English. What cannot be read for sure (`1234.56`
typed in Spanish: a point there separates thousands, so is it 1.234,56 or
123.456?), what is not a number, and negative amounts are refused with a
message that names the field, in the user's language; nothing is ever turned
into another number. Parsing is Babel's strict decimal parsing, with the
language's own symbols only (no exponents, no underscores, no other digits).
`format_amount` writes a value back the way the same language writes it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from babel.numbers import (
    NumberFormatError,
    format_decimal,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
)

from domain.formatting import locale_for
from domain.validation import ContractError, Issue

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_MINUS = ("-", "\u2212", "\u2012", "\u2013")


def _refuse(field: str, code: str, language: str, **params: object) -> ContractError:
    return ContractError([Issue(field, code, {k: str(v) for k, v in params.items()})], language)


def _strip_marks(text: str, language: str, currency: str | None, percent: bool) -> str:
    """The typed text without surrounding spaces, currency symbol or code, or percent sign."""
    out = _SPACES.sub(" ", text).strip()
    marks = ["%"] if percent else []
    if currency:
        marks += [currency, get_currency_symbol(currency, locale=locale_for(language))]
    for mark in sorted(set(marks), key=len, reverse=True):
        if out.endswith(mark):
            out = out[: -len(mark)].strip()
        elif out.startswith(mark):
            out = out[len(mark):].strip()
    return out


def parse_amount(
    text: str,
    language: str,
    *,
    field: str = "",
    currency: str | None = None,
    percent: bool = False,
    places: int | None = None,
) -> Decimal:
    """The exact decimal a person typed, or ContractError naming `field`.

    `currency` also accepts its symbol or code around the number and limits the
    decimal places to the currency's (2 for EUR, 0 for JPY) unless `places` says
    otherwise; `percent` accepts a trailing % and refuses values above 100.
    """
    loc = locale_for(language)
    decimal_mark, group_mark = get_decimal_symbol(loc), get_group_symbol(loc)
    example = format_amount(Decimal("1234.56") if not percent else Decimal("12.5"), language)
    body = _strip_marks(text, language, currency, percent)
    if not body:
        raise _refuse(field, "empty", language)
    if body.startswith(_MINUS):
        raise _refuse(field, "negative", language)
    allowed = re.escape(decimal_mark + group_mark)
    if not re.fullmatch(rf"\+?[0-9{allowed}]+", body) or not any(c.isdigit() for c in body):
        raise _refuse(field, "amount", language, example=example)
    try:
        value = parse_decimal(body.lstrip("+"), locale=loc, strict=True)
    except NumberFormatError as error:
        suggestions = [s for s in (getattr(error, "suggestions", None) or []) if s]
        if suggestions:
            raise _refuse(field, "amount_unclear", language, given=body, choices="|".join(suggestions)) from None
        raise _refuse(field, "amount", language, example=example) from None
    if percent and value > 100:
        raise _refuse(field, "percent", language)
    limit = places if places is not None else (get_currency_precision(currency) if currency else None)
    exponent = value.as_tuple().exponent
    if limit is not None and isinstance(exponent, int) and -exponent > limit and value != value.quantize(
        Decimal(1).scaleb(-limit)
    ):
        raise _refuse(field, "precision", language)
    return value


def parse_optional_amount(
    text: str,
    language: str,
    *,
    field: str = "",
    currency: str | None = None,
    percent: bool = False,
    places: int | None = None,
) -> Decimal | None:
    """Like parse_amount, but blank text is None (an optional field left empty)."""
    if not _SPACES.sub("", text):
        return None
    return parse_amount(text, language, field=field, currency=currency, percent=percent, places=places)


def format_amount(value: Decimal, language: str, *, places: int | None = None, currency: str | None = None) -> str:
    """`1.234,56` in Spanish, `1,234.56` in English: the value written back, digit for digit.

    `places` (or the currency's minor unit) fixes the decimals shown; without either,
    as many as the value has, so what is shown is exactly what is held.
    """
    if places is None and currency:
        places = get_currency_precision(currency)
    if places is None:
        exponent = value.as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale=locale_for(language), decimal_quantization=False)
