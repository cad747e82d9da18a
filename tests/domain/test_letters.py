"""The facts of each letter, from the reference case and records, against figures worked out here.

Every expected figure below is computed in the test with fractions (or read off a calendar),
not with the code under test: interest to the day, kill fee, balance, moved dates.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from domain.letters import Kind, LetterError, LetterInput, interest, letter_facts
from domain.lifecycle import fold
from domain.model import Contract
from domain.validation import validate_contract

D = dt.date


def _contract(examples: Path, name: str) -> Contract:
    return validate_contract(json.loads((examples / name).read_text(encoding="utf-8")))


def _cents(value: Fraction) -> Decimal:
    """Half up to the cent, by hand."""
    hundredths = value * 100
    whole = int(hundredths)
    if hundredths - whole >= Fraction(1, 2):
        whole += 1
    return Decimal(whole) / 100


def _interest(amount: str, monthly: str, days: int) -> Decimal:
    return _cents(Fraction(amount) * Fraction(monthly) / 100 * 12 * days / 365)


def _signed(on: str = "2026-11-20", version: int = 1) -> list[dict[str, Any]]:
    return [{"kind": "status", "data": {"status": "signed", "date": on, "version": version}}]


def _round(deliverable: str, kind: str, on: str) -> dict[str, Any]:
    return {"kind": "round", "data": {"deliverable": deliverable, "kind": kind, "date": on}}


def _paid(what: str, on: str, amount: str) -> dict[str, Any]:
    """A payment record, as `pacta paid` writes it."""
    return {"kind": "payment", "data": {"what": what, "date": on, "amount": amount}}


def _letter(contract: Contract, kind: Kind, on: D, records: list[dict[str, Any]], **extra: Any) -> Any:
    state = fold(1, records)
    return letter_facts(LetterInput(kind=kind, contract=contract, version=1, state=state, date=on, **extra))


def test_interest_is_simple_and_rounded_once() -> None:
    assert interest(Decimal("1080.00"), Decimal("1.5"), 10, "EUR") == _interest("1080", "1.5", 10) == Decimal("5.33")
    assert interest(Decimal("1080.00"), Decimal("1.5"), 0, "EUR") == Decimal("0.00")
    assert interest(Decimal("100"), Decimal("2"), 365, "EUR") == Decimal("24.00")


def test_unpaid_deposit_is_overdue_with_interest_and_work_waits(examples_dir: Path) -> None:
    contract = _contract(examples_dir, "panaderia-v1.json")
    facts = _letter(contract, Kind.PAYMENT_REMINDER, D(2026, 12, 15), _signed())
    # Deposit 40 % of 2.700,00 €, due on signing (20 Nov) within 15 days: by 5 December.
    assert facts.amounts["outstanding"] == Decimal("1080.00")
    assert facts.dates["pay_by"] == D(2026, 12, 5)
    assert facts.counts["days_late"] == 10
    assert facts.amounts["interest"] == _interest("1080", "1.5", 10)
    assert facts.amounts["with_interest"] == Decimal("1080.00") + _interest("1080", "1.5", 10)
    assert facts.fact("deposit_first") is not None
    quoted = facts.fact("interest").quote
    assert quoted.section == "payment" and quoted.values == {"percent": "1,5 %"}


def test_paid_deposit_then_the_final_installment_after_deemed_acceptance(examples_dir: Path) -> None:
    contract = _contract(examples_dir, "panaderia-v1.json")
    records = [*_signed(), *[_round(d, "delivery", "2026-11-30") for d in "ABC"],
               _paid("deposit", "2026-11-21", "1080.00")]
    on = D(2027, 1, 4)
    facts = _letter(contract, Kind.PAYMENT_REMINDER, on, records)
    # Delivered 30 Nov, no feedback in 5 days: accepted 5 Dec; paid within 15 days: by 20 Dec.
    assert facts.dates["pay_by"] == D(2026, 12, 20)
    assert facts.counts["days_late"] == (on - D(2026, 12, 20)).days == 15
    assert facts.amounts["outstanding"] == Decimal("1620.00")
    assert facts.amounts["interest"] == _interest("1620", "1.5", 15)
    assert facts.fact("deposit_first") is None


def test_nothing_overdue_is_refused_with_the_schedule(examples_dir: Path) -> None:
    contract = _contract(examples_dir, "panaderia-v1.json")
    with pytest.raises(LetterError) as caught:
        _letter(contract, Kind.PAYMENT_REMINDER, D(2026, 12, 1), _signed())
    assert "anticipo: 1.080,00\xa0€" in caught.value.message("es")


def test_taxes_and_business_days_in_format_2(examples_dir: Path) -> None:
    contract = _contract(examples_dir, "format2/panaderia-v1-full.json")
    facts = _letter(contract, Kind.PAYMENT_REMINDER, D(2026, 12, 15), _signed())
    # 1.080,00 € + IVA 21 % (226,80 €) − IRPF 15 % (162,00 €).
    assert facts.amounts["outstanding"] == Decimal("1080.00") + Decimal("226.80") - Decimal("162.00")
    # Friday 20 November 2026 plus 15 business days (three full weeks): Friday 11 December.
    assert D(2026, 11, 20).weekday() == 4
    assert facts.dates["pay_by"] == D(2026, 12, 11)
    assert facts.counts["days_late"] == 4
    assert facts.amounts["interest"] == _interest("1144.80", "1.5", 4)
    assert "IVA 21 % 226,80\xa0€" in facts.figures["amount"]


def test_accepted_change_order_keeps_the_deposit_and_moves_the_difference(examples_dir: Path) -> None:
    v1 = _contract(examples_dir, "panaderia-v1.json")
    v2 = _contract(examples_dir, "panaderia-v2.json")
    records = _signed() + [
        {"kind": "change", "data": {"number": "CO-1", "version": 2, "base_version": 1, "reason": "Instagram",
                                    "requested_by": "client", "asked_on": "2026-11-24"}},
        {"kind": "change_status", "data": {"number": "CO-1", "status": "accepted", "date": "2026-11-25"}},
    ] + [_round(d, "delivery", "2026-11-29") for d in "ABCD"] + [_paid("deposit", "2026-11-21", "1080.00")]
    state = fold(2, records)
    facts = letter_facts(LetterInput(kind=Kind.PAYMENT_REMINDER, contract=v2, version=2, state=state,
                                     date=D(2027, 1, 4), contracts={1: v1, 2: v2}))
    # New total 3.000,00 €; the deposit paid on v1 stays 1.080,00 €, the rest falls on the installment.
    assert facts.amounts["outstanding"] == Decimal("3000.00") - Decimal("1080.00")
    # Delivered 29 Nov, accepted 4 Dec, due within 15 days: 19 Dec; 16 days late on 4 January.
    assert facts.dates["pay_by"] == D(2026, 12, 19)
    assert facts.amounts["interest"] == _interest("1920", "1.5", 16)


def test_out_of_scope_offer_priced_at_the_hourly_rate_and_dates_moved(examples_dir: Path) -> None:
    contract = _contract(examples_dir, "panaderia-v1.json")
    records = [*_signed(), _round("A", "delivery", "2026-11-28")]
    facts = _letter(contract, Kind.OUT_OF_SCOPE, D(2026, 11, 26), records, request="quiere una tienda en línea",
                    hours=Decimal("6"), extra_days=4)
    assert facts.amounts["price"] == Decimal(6) * Decimal("45.00")
    # A was delivered: only B and C move, 30 Nov + 4 days.
    assert facts.dates["moved:B"] == facts.dates["moved:C"] == D(2026, 12, 4)
    assert "moved:A" not in facts.dates
    assert facts.fact("out_of_scope").quote.section == "out_of_scope"
    assert facts.figures["request"] == "quiere una tienda en línea"
    typed = _letter(contract, Kind.OUT_OF_SCOPE, D(2026, 11, 26), records, request="  Quiere una tienda. ")
    assert typed.figures["request"] == "quiere una tienda"
    with pytest.raises(LetterError):
        _letter(contract, Kind.OUT_OF_SCOPE, D(2026, 11, 26), records)


def test_urgent_request_surcharge(examples_dir: Path) -> None:
    contract = _contract(examples_dir, "panaderia-v1.json")
    facts = _letter(contract, Kind.URGENT_REQUEST, D(2026, 11, 26), _signed(), hours=Decimal("2"))
    # 2 h × 45,00 € = 90,00 €, plus 50 %.
    assert facts.amounts["urgent_surcharge"] == Decimal("45.00")
    assert facts.amounts["urgent_price"] == Decimal("135.00")
    assert {f.name for f in facts.facts} >= {"channels", "hours", "urgent", "surcharge", "urgent_price"}


def test_extra_round_counts_the_rounds_records(examples_dir: Path) -> None:
    contract = _contract(examples_dir, "format2/panaderia-v1-full.json")
    records = [*_signed(), _round("A", "delivery", "2026-11-27"), _round("A", "feedback", "2026-11-30"), _round("A", "feedback", "2026-12-02"), _round("B", "feedback", "2026-12-02")]
    facts = _letter(contract, Kind.EXTRA_ROUND, D(2026, 12, 3), records, deliverable="A")
    assert facts.counts == {"used": 2, "included": 2}
    # 120,00 € + 21 % − 15 %.
    assert facts.amounts["extra_to_pay"] == Decimal("120.00") + Decimal("25.20") - Decimal("18.00")
    with pytest.raises(LetterError):  # two deliverables have rounds: say which
        _letter(contract, Kind.EXTRA_ROUND, D(2026, 12, 3), records)


def test_late_input_moves_pending_deliverables_by_the_delay(examples_dir: Path) -> None:
    contract = _contract(examples_dir, "panaderia-v1.json")
    records = [*_signed(), _round("A", "delivery", "2026-11-30")]
    facts = _letter(contract, Kind.LATE_INPUT, D(2026, 12, 1), records)
    # The hosting access was due 24 November: 7 days late on 1 December.
    assert facts.counts["delay"] == 7
    assert facts.dates["moved:B"] == facts.dates["moved:C"] == D(2026, 11, 30) + dt.timedelta(days=7)
    assert "moved:A" not in facts.dates
    with pytest.raises(LetterError):
        _letter(contract, Kind.LATE_INPUT, D(2026, 11, 24), records)


def test_termination_by_the_client_kill_fee_and_balance(examples_dir: Path) -> None:
    contract = _contract(examples_dir, "panaderia-v1.json")
    records = [*_signed(), _round("A", "delivery", "2026-11-30"), _paid("deposit", "2026-11-21", "1080.00")]
    facts = _letter(contract, Kind.TERMINATION, D(2026, 12, 15), records, by_client=True)
    assert facts.dates["last_day"] == D(2026, 12, 30)  # 15 days' notice
    assert facts.amounts["work"] == Decimal("900.00")  # A delivered
    # The deposit (1.080,00 €) is not refundable and exceeds the work done: it is what is charged.
    charged = Fraction(1080)
    kill = _cents((Fraction(2700) - charged) * Fraction(25, 100))
    assert facts.amounts["kill_fee"] == kill == Decimal("405.00")
    assert facts.amounts["balance"] == Decimal(1080) + kill - Decimal("1080.00")
    assert facts.fact("ownership").quote.key == "terms.ownership.on_termination"  # the agreement quotes it in its rights section


def test_termination_by_the_provider_has_no_kill_fee_and_refunds_nothing(examples_dir: Path) -> None:
    contract = _contract(examples_dir, "brand-identity-en.json")
    records = [*_signed("2027-01-08"), _round("LOGO", "delivery", "2027-02-01"), _paid("deposit", "2027-01-08", "3250.00")]
    facts = _letter(contract, Kind.TERMINATION, D(2027, 2, 10), records)
    assert facts.amounts["kill_fee"] == Decimal(0)
    # Work delivered 3.200 $, deposit 50 % of 6.500 $ = 3.250 $ kept: nothing owed either way.
    assert facts.amounts["charged"] == Decimal("3250.00")
    assert facts.amounts["balance"] == Decimal(0)
    assert facts.dates["last_day"] == D(2027, 2, 20)


def test_termination_needs_a_signed_contract(examples_dir: Path) -> None:
    contract = _contract(examples_dir, "panaderia-v1.json")
    with pytest.raises(LetterError) as caught:
        _letter(contract, Kind.TERMINATION, D(2026, 12, 15), [])
    assert "no está firmado" in caught.value.message("es")


def test_a_change_orders_own_payment_is_reminded_with_its_number(examples_dir: Path) -> None:
    """CO-1's +300,00 € scheduled on signing the change order (domain.payments): due when accepted."""
    v1 = _contract(examples_dir, "panaderia-v1.json")
    v2 = _contract(examples_dir, "panaderia-v2.json")
    records = [*_signed(), _paid("deposit", "2026-11-21", "1080.00"),
               {"kind": "change", "data": {"number": "CO-1", "version": 2, "base_version": 1, "reason": "Instagram",
                                           "requested_by": "client", "asked_on": "2026-11-24",
                                           "difference": "on-signing"}},
               {"kind": "change_status", "data": {"number": "CO-1", "status": "accepted", "date": "2026-11-25"}}]
    facts = letter_facts(LetterInput(kind=Kind.PAYMENT_REMINDER, contract=v2, version=2, state=fold(2, records),
                                     date=D(2026, 12, 15), contracts={1: v1, 2: v2}))
    # Accepted 25 November, payable within 15 days: by 10 December; 5 days late on the 15th.
    assert facts.figures["what"] == "CO-1"
    assert facts.amounts["outstanding"] == Decimal("300.00")
    assert facts.dates["pay_by"] == D(2026, 12, 10)
    assert facts.amounts["interest"] == _interest("300", "1.5", 5)
    from documents.letters import write_letter

    text = write_letter(facts, v2, v1).text
    assert "el pago de la orden de cambio CO-1" in text and "300,00\xa0€" in text
