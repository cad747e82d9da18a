"""Dates, money and percentages written for a document's language (Babel)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, localcontext

from babel.dates import format_date as _babel_date
from babel.numbers import format_currency, format_decimal

LOCALES = {"es": "es_ES", "en": "en_US"}
# Digits of decimal arithmetic wide enough for any amount the model ever accepted (30 + 30).
WIDE_PRECISION = 80


def locale_for(lang: str) -> str:
    """The Babel locale used for a language code."""
    return LOCALES.get(lang, "en_US")


def money(amount: Decimal, currency: str, lang: str) -> str:
    """`2.700,00 €` in Spanish, `$6,500.00` in English."""
    # Babel rounds in the thread's decimal context (28 digits); a version saved before
    # domain.limits capped amounts may hold 30 digits, and must still print.
    with localcontext() as context:
        context.prec = WIDE_PRECISION
        return format_currency(amount, currency, locale=locale_for(lang))


def signed_money(amount: Decimal, currency: str, lang: str) -> str:
    """Money with an explicit sign: `+300,00 €`, `−50.00`."""
    text = money(abs(amount), currency, lang)
    if amount > 0:
        return "+" + text
    if amount < 0:
        return "−" + text
    return text


def date(value: dt.date, lang: str) -> str:
    """`30 de noviembre de 2026`, `November 30, 2026`."""
    return _babel_date(value, format="long", locale=locale_for(lang))


def percent(value: Decimal, lang: str) -> str:
    """`40 %` in Spanish, `40%` in English, keeping up to two decimals."""
    with localcontext() as context:
        context.prec = WIDE_PRECISION
        number = format_decimal(value, format="#,##0.##", locale=locale_for(lang))
    return f"{number} %" if lang == "es" else f"{number}%"


def number(value: Decimal | int, lang: str) -> str:
    """A plain number with the language's separators."""
    with localcontext() as context:
        context.prec = WIDE_PRECISION
        return format_decimal(value, locale=locale_for(lang))
