"""Taxes on what the client pays: the base, each tax line, and the sum to pay.

Every amount the client pays (deposit, installment, total, a change order's
difference) is shown as a `Breakdown`. Each tax line is rounded to the
currency's minor unit on its own, half up, as an invoice rounds its lines, and
the sum to pay is worked out from the rounded figures, so what is printed
always adds up: base + added lines − withheld lines = to pay.

An amount is read in the contract's own terms: a base before tax, or, when the
contract says `prices_include_tax`, the base plus the taxes added on top (the
withholdings are never included in a price). In that case the added lines are
worked out from the exact base and rounded, and the base is what is left, so
that base plus added taxes give back the amount exactly. Withholdings are a
share of the base shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

from babel.numbers import get_currency_precision

from domain.model import Contract, Taxes, TaxKind

_HUNDRED = Decimal(100)
#: Digits of precision for money arithmetic: wide enough for any amount a stored version may hold
#: (older versions could hold 30 integer digits), so rounding to the cent never overflows.
WIDE_PRECISION = 80


def quantum(currency: str) -> Decimal:
    """The currency's minor unit: 0.01 for EUR, 1 for JPY."""
    return Decimal(1).scaleb(-get_currency_precision(currency))


def to_minor(value: Decimal, currency: str) -> Decimal:
    """`value` rounded half up (away from zero) to the currency's minor unit."""
    with localcontext(prec=WIDE_PRECISION):
        return value.quantize(quantum(currency), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class TaxAmount:
    """One tax line of an amount: its name, rate, kind and money (signed like the base)."""

    name: str
    percent: Decimal
    kind: TaxKind
    amount: Decimal


@dataclass(frozen=True)
class Breakdown:
    """An amount the client pays, as an invoice shows it."""

    amount: Decimal  # as the contract states it (base, or base + added taxes)
    base: Decimal
    lines: tuple[TaxAmount, ...]

    @property
    def added(self) -> Decimal:
        """The taxes added on top of the base."""
        return sum((t.amount for t in self.lines if t.kind is TaxKind.ADD), Decimal(0))

    @property
    def withheld(self) -> Decimal:
        """What the client keeps back and pays to the tax office."""
        return sum((t.amount for t in self.lines if t.kind is TaxKind.WITHHOLD), Decimal(0))

    @property
    def gross(self) -> Decimal:
        """The base plus the added taxes (an invoice's total before withholdings)."""
        return self.base + self.added

    @property
    def to_pay(self) -> Decimal:
        """What the client actually pays the provider."""
        return self.base + self.added - self.withheld

    def __add__(self, other: Breakdown) -> Breakdown:
        return _combine(self, other, 1)

    def __sub__(self, other: Breakdown) -> Breakdown:
        return _combine(self, other, -1)

    def __neg__(self) -> Breakdown:
        return Breakdown(-self.amount, -self.base, tuple(_scaled(t, -1) for t in self.lines))


def _scaled(line: TaxAmount, sign: int) -> TaxAmount:
    return TaxAmount(line.name, line.percent, line.kind, line.amount * sign)


def _combine(a: Breakdown, b: Breakdown, sign: int) -> Breakdown:
    """Line by line, a tax matched by name, rate and kind (a tax only one side has is kept as is)."""
    merged: dict[tuple[str, Decimal, TaxKind], Decimal] = {}
    for line in a.lines:
        merged[(line.name, line.percent, line.kind)] = line.amount
    for line in b.lines:
        key = (line.name, line.percent, line.kind)
        merged[key] = merged.get(key, Decimal(0)) + sign * line.amount
    lines = tuple(TaxAmount(name, percent, kind, amount) for (name, percent, kind), amount in merged.items())
    return Breakdown(a.amount + sign * b.amount, a.base + sign * b.base, lines)


def breakdown(amount: Decimal, taxes: Taxes | None, currency: str) -> Breakdown:
    """`amount` (rounded to the minor unit first) as base, tax lines and sum to pay."""
    amount = to_minor(amount, currency)
    lines = list(taxes.lines) if taxes is not None else []
    adds = [i for i, t in enumerate(lines) if t.kind is TaxKind.ADD]
    if taxes is not None and taxes.prices_include_tax and adds:
        rate = sum((lines[i].percent for i in adds), Decimal(0))
        exact = amount * _HUNDRED / (_HUNDRED + rate)
        added = {i: to_minor(exact * lines[i].percent / _HUNDRED, currency) for i in adds}
        base = amount - sum(added.values(), Decimal(0))
    else:
        base = amount
        added = {i: to_minor(base * lines[i].percent / _HUNDRED, currency) for i in adds}
    out = [
        TaxAmount(t.name, t.percent, t.kind, added[i] if i in added else to_minor(base * t.percent / _HUNDRED, currency))
        for i, t in enumerate(lines)
    ]
    return Breakdown(amount, base, tuple(out))


def zero(taxes: Taxes | None, currency: str) -> Breakdown:
    """Nothing to pay, with the contract's tax lines at zero."""
    return breakdown(Decimal(0), taxes, currency)


def total_of(parts: Sequence[Breakdown], taxes: Taxes | None, currency: str) -> Breakdown:
    """The line-by-line sum of breakdowns (a schedule's totals: every column adds up)."""
    total = zero(taxes, currency)
    for part in parts:
        total = total + part
    return total


def split(total: Decimal, percents: Sequence[Decimal], currency: str) -> list[Decimal]:
    """`total` shared out by `percents`, each to the minor unit.

    Each share is rounded half up. When the percentages add up to 100 and the rounded
    shares do not add up to the total, the shares that rounding moved furthest from
    their exact value give back (or take) one minor unit each, so the shares add up to
    the total exactly, each stays within one minor unit of its exact value, and no
    share of a positive total is negative. Percentages that do not add up to 100 (a
    contract not yet checked) give each share as it is.
    """
    total = to_minor(total, currency)
    exact = [total * p / _HUNDRED for p in percents]
    if sum(percents, Decimal(0)) != _HUNDRED:
        return [to_minor(e, currency) for e in exact]
    return _apportion(total, exact, currency)


def spread(amount: Decimal, weights: Sequence[Decimal], currency: str) -> list[Decimal]:
    """`amount` shared out in proportion to `weights` (not all zero), adding up to it exactly."""
    whole = sum(weights, Decimal(0))
    if whole == 0:
        raise ValueError("nothing to spread over")
    amount = to_minor(amount, currency)
    return _apportion(amount, [amount * w / whole for w in weights], currency)


def _apportion(total: Decimal, exact: Sequence[Decimal], currency: str) -> list[Decimal]:
    """`exact` (adding up to `total`) rounded half up, then corrected unit by unit to add up exactly."""
    unit = quantum(currency)
    shares = [to_minor(e, currency) for e in exact]
    gap = total - sum(shares, Decimal(0))
    step = unit if gap > 0 else -unit
    while gap != 0:
        # The share whose rounding went furthest the other way; ties go to the last one.
        index = max(range(len(shares)), key=lambda i: ((exact[i] - shares[i]) * step, i))
        shares[index] += step
        gap -= step
    return shares


def contract_total(contract: Contract) -> Breakdown | None:
    """The contract's fee as base, tax lines and sum to pay (None when it has no fee)."""
    total = contract.total()
    if total is None:
        return None
    return breakdown(total, contract.taxes, contract.currency)
