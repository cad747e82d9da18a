"""Taxes: every amount as base, tax lines and sum to pay, rounded per line, adding up exactly."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.model import Taxes, TaxKind, TaxLine
from domain.taxes import breakdown, contract_total, split, spread, to_minor, total_of
from domain.validation import read_contract_file

IVA = TaxLine(name="IVA", percent=Decimal("21"), kind=TaxKind.ADD)
IRPF = TaxLine(name="IRPF", percent=Decimal("15"), kind=TaxKind.WITHHOLD)
SPAIN = Taxes(lines=[IVA, IRPF])

amounts = st.decimals(min_value=-10**7, max_value=10**7, places=2, allow_nan=False, allow_infinity=False)
percents = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)
lines = st.lists(
    st.builds(lambda i, p, k: TaxLine(name=f"T{i}", percent=p, kind=k), st.integers(0, 99), percents,
              st.sampled_from(list(TaxKind))),
    max_size=4,
    unique_by=lambda t: t.name,
)
taxes = st.builds(lambda ls, inc: Taxes(lines=ls, prices_include_tax=inc), lines, st.booleans())
currencies = st.sampled_from(["EUR", "USD", "JPY", "MXN"])


def test_spanish_deposit_of_the_reference_case() -> None:
    b = breakdown(Decimal("1080.00"), SPAIN, "EUR")
    assert b.base == Decimal("1080.00")
    assert [(t.name, t.amount) for t in b.lines] == [("IVA", Decimal("226.80")), ("IRPF", Decimal("162.00"))]
    assert b.gross == Decimal("1306.80")
    assert b.to_pay == Decimal("1144.80")


def test_each_line_rounds_half_up_like_an_invoice() -> None:
    # 0.05 × 21 % = 0.0105 → 0.01; 0.10 × 15 % = 0.015 → 0.02 (half up, not to even)
    assert breakdown(Decimal("0.05"), SPAIN, "EUR").lines[0].amount == Decimal("0.01")
    assert breakdown(Decimal("0.10"), SPAIN, "EUR").lines[1].amount == Decimal("0.02")
    # yen have no minor unit
    assert breakdown(Decimal("1050"), Taxes(lines=[IVA]), "JPY").lines[0].amount == Decimal("221")


def test_prices_that_include_tax_give_back_the_amount() -> None:
    b = breakdown(Decimal("121.00"), Taxes(lines=[IVA, IRPF], prices_include_tax=True), "EUR")
    assert (b.base, b.lines[0].amount, b.lines[1].amount) == (Decimal("100.00"), Decimal("21.00"), Decimal("15.00"))
    assert b.gross == Decimal("121.00") and b.to_pay == Decimal("106.00")


def test_a_share_of_nothing_never_goes_negative() -> None:
    # 2 % and 98 % of 631.25 round to 12.63 and 618.63, one cent too many: the later one gives it back,
    # and the 0 % share stays 0
    assert split(Decimal("631.25"), [Decimal(2), Decimal(98), Decimal(0)], "EUR") == [
        Decimal("12.63"), Decimal("618.62"), Decimal("0.00")]


def test_no_taxes_is_the_amount_itself() -> None:
    b = breakdown(Decimal("99.999"), None, "EUR")
    assert (b.base, b.lines, b.to_pay) == (Decimal("100.00"), (), Decimal("100.00"))


def test_reference_contract_total(examples_dir: Path) -> None:
    contract = read_contract_file(examples_dir / "format2" / "panaderia-v1-full.json")
    total = contract_total(contract)
    assert total is not None
    assert (total.base, total.added, total.withheld, total.to_pay) == (
        Decimal("2700.00"), Decimal("567.00"), Decimal("405.00"), Decimal("2862.00"),
    )


@settings(max_examples=300)
@given(amounts, taxes, currencies)
def test_lines_add_up_exactly(amount: Decimal, tx: Taxes, currency: str) -> None:
    b = breakdown(amount, tx, currency)
    unit = Decimal(1).scaleb(-(0 if currency == "JPY" else 2))
    for figure in (b.base, b.to_pay, *[t.amount for t in b.lines]):
        assert figure == figure.quantize(unit)
    assert b.base + b.added - b.withheld == b.to_pay
    assert sum((t.amount for t in b.lines if t.kind is TaxKind.ADD), Decimal(0)) == b.added
    if tx.prices_include_tax and any(t.kind is TaxKind.ADD for t in tx.lines):
        assert b.gross == b.amount
    else:
        assert b.base == b.amount
        for t, line in zip(b.lines, tx.lines, strict=True):
            assert t.amount == (b.base * line.percent / 100).quantize(unit, rounding=ROUND_HALF_UP)
    for t, line in zip(b.lines, tx.lines, strict=True):
        if line.kind is TaxKind.WITHHOLD:
            assert t.amount == (b.base * line.percent / 100).quantize(unit, rounding=ROUND_HALF_UP)
        else:
            # within half a minor unit of the exact tax on the exact base
            exact_base = b.amount * 100 / (100 + sum(x.percent for x in tx.lines if x.kind is TaxKind.ADD)) \
                if tx.prices_include_tax else b.amount
            assert abs(t.amount - exact_base * line.percent / 100) <= unit / 2


@settings(max_examples=200)
@given(amounts, taxes, currencies)
def test_a_negative_amount_mirrors_the_positive(amount: Decimal, tx: Taxes, currency: str) -> None:
    assert breakdown(-amount, tx, currency) == -breakdown(amount, tx, currency)


@settings(max_examples=200)
@given(amounts, st.lists(st.integers(0, 10000), max_size=5), st.lists(percents, min_size=1, max_size=6), currencies)
def test_split_and_spread_add_up_to_the_total(
    total: Decimal, cuts: list[int], weights: list[Decimal], currency: str
) -> None:
    points = [0, *sorted(cuts), 10000]
    percent_list = [Decimal(b - a).scaleb(-2) for a, b in pairwise(points)]  # sum: 100
    unit = Decimal(1) if currency == "JPY" else Decimal("0.01")
    shares = split(total, percent_list, currency)
    assert sum(shares, Decimal(0)) == to_minor(total, currency)
    for share, percent in zip(shares, percent_list, strict=True):
        assert abs(share - to_minor(total, currency) * percent / 100) <= unit
        assert total < 0 or share >= 0
    if sum(weights, Decimal(0)) > 0:
        spreads = spread(total, weights, currency)
        assert sum(spreads, Decimal(0)) == to_minor(total, currency)
        assert total < 0 or min(spreads) >= 0


@settings(max_examples=100)
@given(st.lists(amounts, max_size=5), taxes, currencies)
def test_a_schedules_totals_are_the_sum_of_its_rows(rows: list[Decimal], tx: Taxes, currency: str) -> None:
    parts = [breakdown(a, tx, currency) for a in rows]
    total = total_of(parts, tx, currency)
    assert total.base == sum((p.base for p in parts), Decimal(0))
    assert total.to_pay == sum((p.to_pay for p in parts), Decimal(0))
    assert total.base + total.added - total.withheld == total.to_pay


def test_shares_of_percentages_that_do_not_add_up_are_each_their_own_share() -> None:
    assert split(Decimal("1000"), [Decimal(50)], "EUR") == [Decimal("500.00")]
