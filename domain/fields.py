"""The field types of the contract model: dates, money, percentages, counts, text, currencies.

Each is an annotated type whose validator raises a `pacta.*` error that
domain.validation turns into a message naming the field.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Any

from babel.core import get_global
from babel.numbers import get_territory_currencies, list_currencies
from pydantic import BeforeValidator, PlainSerializer, ValidationInfo, WithJsonSchema
from pydantic_core import PydanticCustomError

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUMBER_RE = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
# Every code ISO 4217 has ever had (stored versions keep the currency they were saved with) …
_ALL_CURRENCIES = frozenset(c for c in list_currencies() if len(c) == 3)
# … and the ones a new contract may use: legal tender somewhere today, per CLDR. That leaves
# out withdrawn codes (ESP, DEM), test and "no currency" codes (XTS, XXX), metals and funds.
_TODAY = dt.date.today()
_CURRENCIES = frozenset(
    code
    for territory in get_global("territory_currencies")
    for code in get_territory_currencies(territory, start_date=_TODAY, end_date=_TODAY, tender=True)
)
# Validation context key: set when reading a version back from the store.
STORED = "pacta.stored"
# Beyond this many digits before or after the point a number is refused; it keeps
# "1e999999999" from turning into a billion zeros.
_MAX_DIGITS = 30


def to_date(value: Any) -> dt.date:
    """A calendar date from a date or a `2026-11-30` string, or a `pacta.date` error."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and _DATE_RE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError("pacta.date", "must be a date like 2026-11-30")


def _to_decimal(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise PydanticCustomError("pacta.number", "must be a number")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        # A float only reaches here from Python callers; repr() gives its shortest spelling.
        result = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip()
        if not _NUMBER_RE.fullmatch(text):
            raise PydanticCustomError("pacta.number", "must be a number")
        result = Decimal(text)
    else:
        raise PydanticCustomError("pacta.number", "must be a number")
    if not result.is_finite():
        raise PydanticCustomError("pacta.number", "must be a number")
    return _plain_decimal(result)


def _plain_decimal(value: Decimal) -> Decimal:
    """`value` with a non-positive exponent (1E+3 → 1000), so it is never written in scientific notation."""
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int):  # pragma: no cover - only finite values reach here
        raise PydanticCustomError("pacta.number", "must be a number")
    if value.is_zero():
        # -0, 0E+2 and 0E-3 are all zero; the last keeps its places (0.000).
        return value.copy_abs() if exponent <= 0 else Decimal(0)
    if value.adjusted() >= _MAX_DIGITS:
        raise PydanticCustomError("pacta.too_large", "is too large a number")
    if exponent < -_MAX_DIGITS:
        raise PydanticCustomError("pacta.precision", "has too many decimal places")
    return Decimal(format(value, "f")) if exponent > 0 else value


def _money(value: Any) -> Decimal:
    result = _to_decimal(value)
    if result < 0:
        raise PydanticCustomError("pacta.negative", "must not be negative")
    return result


def _percent(value: Any) -> Decimal:
    result = _to_decimal(value)
    if result < 0 or result > 100:
        raise PydanticCustomError("pacta.percent", "must be between 0 and 100")
    return result


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str | Decimal):
        raise PydanticCustomError("pacta.whole", "must be a whole number")
    try:
        number = Decimal(str(value).strip())
    except ArithmeticError:
        raise PydanticCustomError("pacta.whole", "must be a whole number") from None
    if number.is_finite() and not number.is_zero() and number.adjusted() >= _MAX_DIGITS:
        raise PydanticCustomError("pacta.too_large", "is too large a number")
    if not number.is_finite() or number != number.to_integral_value():
        raise PydanticCustomError("pacta.whole", "must be a whole number")
    if number < 0:
        raise PydanticCustomError("pacta.negative", "must not be negative")
    return int(number)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise PydanticCustomError("pacta.text", "must be text")
    return value


def _required_text(value: Any) -> str:
    text = _text(value)
    if not text.strip():
        raise PydanticCustomError("pacta.empty", "must not be empty")
    return text


def _currency(value: Any, info: ValidationInfo) -> str:
    if not isinstance(value, str) or value not in _ALL_CURRENCIES:
        raise PydanticCustomError("pacta.currency", "must be an ISO 4217 code such as EUR")
    stored = isinstance(info.context, dict) and info.context.get(STORED)
    if value not in _CURRENCIES and not stored:
        raise PydanticCustomError(
            "pacta.currency_withdrawn", "{given} is not legal tender anywhere today", {"given": value}
        )
    return value


def _decimal_str(value: Decimal) -> str:
    # Never scientific notation: str(Decimal("0.0000001")) is "1E-7", which no reader of the format expects.
    return format(value, "f")


_DECIMAL_SCHEMA = {
    "type": ["string", "number"],
    "pattern": r"^\+?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$",
    "description": "a non-negative decimal number, preferably written as a string: \"1200.00\"",
}
_PERCENT_SCHEMA = {**_DECIMAL_SCHEMA, "description": "a percentage from 0 to 100 as a decimal string: \"40\""}

Date = Annotated[
    dt.date,
    BeforeValidator(to_date),
    PlainSerializer(dt.date.isoformat, return_type=str),
    WithJsonSchema({"type": "string", "format": "date", "examples": ["2026-11-30"]}),
]
Money = Annotated[
    Decimal, BeforeValidator(_money), PlainSerializer(_decimal_str, return_type=str), WithJsonSchema(_DECIMAL_SCHEMA)
]
Percent = Annotated[
    Decimal, BeforeValidator(_percent), PlainSerializer(_decimal_str, return_type=str), WithJsonSchema(_PERCENT_SCHEMA)
]
Count = Annotated[int, BeforeValidator(_count), WithJsonSchema({"type": "integer", "minimum": 0})]
Text = Annotated[str, BeforeValidator(_text), WithJsonSchema({"type": "string"})]
RequiredText = Annotated[str, BeforeValidator(_required_text), WithJsonSchema({"type": "string", "minLength": 1})]
Currency = Annotated[
    str,
    BeforeValidator(_currency),
    WithJsonSchema({"type": "string", "pattern": "^[A-Z]{3}$", "description": "an ISO 4217 code: EUR, USD, MXN …"}),
]
