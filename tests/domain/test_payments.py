"""The payment schedule across change orders: nothing paid or due is asked again, and it adds up."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.deliverables import last_deliverable, next_id, tie_of
from domain.lifecycle import fold
from domain.model import Contract
from domain.payments import ItemKind, contract_schedule, plan_for
from domain.validation import validate_contract

SIGNED = dt.date(2026, 11, 20)
CHANGED = dt.date(2026, 11, 25)


def contract(total: str, deposit: str | None, installments: list[tuple[str, str]], taxes: bool = True) -> Contract:
    data: dict[str, Any] = {
        "language": "es", "currency": "EUR", "title": "T",
        "provider": {"name": "P"}, "client": {"name": "C"},
        "deliverables": [{"id": "A", "title": "a", "due": "2026-12-01"}, {"id": "B", "title": "b", "due": "2026-12-20"}],
        "payment": {
            "total": total,
            **({"deposit_percent": deposit} if deposit is not None else {}),
            "installments": [{"label": f"L{i}", "percent": p, "due": due} for i, (p, due) in enumerate(installments)],
        },
    }
    if taxes:
        data["taxes"] = {"lines": [{"name": "IVA", "percent": "21", "kind": "add"},
                                   {"name": "IRPF", "percent": "15", "kind": "withhold"}]}
    return validate_contract(data)


def records(choice: str, paid: list[tuple[str, str]], accepted: bool = True) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [{"kind": "status", "data": {"status": "signed", "date": SIGNED.isoformat(), "version": 1}}]
    out += [{"kind": "payment", "data": {"what": w, "date": "2026-11-21", "amount": a}} for w, a in paid]
    out.append({"kind": "change", "data": {"number": "CO-1", "version": 2, "base_version": 1, "reason": "r",
                                           "requested_by": "client", "asked_on": "2026-11-24", "difference": choice}})
    if accepted:
        out.append({"kind": "change_status", "data": {"number": "CO-1", "status": "accepted", "date": CHANGED.isoformat()}})
    return out


def test_reference_case_keeps_the_paid_deposit_and_adds_the_difference_to_the_next_installment() -> None:
    v1 = contract("2700", "40", [("60", "on_acceptance")])
    v2 = contract("3000", "40", [("60", "on_acceptance")])
    plan = plan_for({1: v1, 2: v2}, fold(2, records("next-installment", [("deposit", "1144.80")])), 2)
    deposit, rest = plan.lines
    assert (deposit.item.amount, deposit.paid, deposit.outstanding) == (Decimal("1080.00"), Decimal("1144.80"), 0)
    assert rest.item.amount == Decimal("1920.00") and rest.item.adjustment == Decimal("300.00")
    assert rest.item.change == "CO-1"
    assert plan.before is not None and plan.before.to_pay == Decimal("2862.00")
    assert plan.total.to_pay == Decimal("3180.00") and plan.balance == Decimal("2035.20")
    assert [x.item.key for x in plan.remaining] == ["1"]


def test_on_signing_makes_a_payment_of_its_own_due_when_the_change_is_accepted() -> None:
    v1 = contract("2700", "40", [("60", "on_acceptance")])
    v2 = contract("3000", "40", [("60", "on_acceptance")])
    plan = plan_for({1: v1, 2: v2}, fold(2, records("on-signing", [("deposit", "1144.80")])), 2)
    assert [(x.item.key, x.item.kind, x.item.amount, x.due_on) for x in plan.lines] == [
        ("deposit", ItemKind.DEPOSIT, Decimal("1080.00"), SIGNED),
        ("1", ItemKind.INSTALLMENT, Decimal("1620.00"), None),
        ("CO-1", ItemKind.DIFFERENCE, Decimal("300.00"), CHANGED),
    ]


def test_a_lower_price_never_leaves_more_to_pay_than_the_new_total() -> None:
    v1 = contract("6500", "50", [("25", "on_acceptance"), ("25", "on_delivery")], taxes=False)
    v2 = contract("5500", "50", [("25", "on_acceptance"), ("25", "on_delivery")], taxes=False)
    for choice, expected in (("next-installment", ["3250.00", "625.00", "1625.00"]),
                             ("spread", ["3250.00", "1125.00", "1125.00"])):
        plan = plan_for({1: v1, 2: v2}, fold(2, records(choice, [("deposit", "3250")])), 2)
        assert [x.item.amount for x in plan.lines] == [Decimal(e) for e in expected]
        assert plan.paid + plan.balance == Decimal("5500.00")


def test_a_price_below_what_was_paid_leaves_a_credit() -> None:
    v1 = contract("1000", "50", [("50", "on_acceptance")], taxes=False)
    v2 = contract("400", "50", [("50", "on_acceptance")], taxes=False)
    plan = plan_for({1: v1, 2: v2}, fold(2, records("next-installment", [("deposit", "500")])), 2)
    assert [(x.item.kind, x.item.amount) for x in plan.lines] == [
        (ItemKind.DEPOSIT, Decimal("500.00")), (ItemKind.INSTALLMENT, Decimal("0")), (ItemKind.CREDIT, Decimal("-100.00")),
    ]
    assert plan.balance == Decimal("-100.00")


def test_a_dated_installment_already_due_is_kept_and_the_difference_goes_to_the_next() -> None:
    v1 = contract("1000", "20", [("40", "2026-11-22"), ("40", "2026-12-20")], taxes=False)
    v2 = contract("1200", "20", [("40", "2026-11-22"), ("40", "2026-12-20")], taxes=False)
    plan = plan_for({1: v1, 2: v2}, fold(2, records("next-installment", [])), 2)
    assert [x.item.amount for x in plan.lines] == [Decimal("200.00"), Decimal("400.00"), Decimal("600.00")]


def test_before_signing_a_version_has_its_own_schedule() -> None:
    v1 = contract("2700", "40", [("60", "on_acceptance")])
    plan = plan_for({1: v1}, fold(1, []), 1)
    assert [x.item.amount for x in plan.lines] == [Decimal("1080.00"), Decimal("1620.00")]


def test_schedule_shares_add_up_to_the_total_exactly() -> None:
    c = contract("100.01", "50", [("50", "on_acceptance")], taxes=False)
    assert sum(i.amount for i in contract_schedule(c)) == Decimal("100.01")


def test_an_installment_on_delivery_without_a_deliverable_is_tied_to_the_last_one() -> None:
    c = contract("1000", "50", [("50", "on_delivery")], taxes=False)
    tie = tie_of(c, c.payment.installments[0])  # type: ignore[union-attr]
    assert tie is not None and tie.implicit and tie.deliverable.id == "B" == last_deliverable(c).id
    item = contract_schedule(c)[1]
    assert (item.deliverable, item.implicit_deliverable) == ("B", True)


@pytest.mark.parametrize(("used", "expected"), [([], "D1"), (["D1", "D2"], "D3"), (["D2", "A"], "D1")])
def test_next_id(used: list[str], expected: str) -> None:
    assert next_id(used) == expected


money = st.integers(1, 10**6).map(lambda cents: Decimal(cents).scaleb(-2))


@settings(max_examples=150, deadline=None)
@given(
    total1=money, total2=st.integers(0, 10**6).map(lambda c: Decimal(c).scaleb(-2)),
    deposit=st.integers(0, 100), cut=st.integers(0, 100), first_due=st.booleans(),
    choice=st.sampled_from(["next-installment", "on-signing", "spread"]),
    pay_deposit=st.booleans(), taxes=st.booleans(), accepted=st.booleans(),
)
def test_remaining_schedule_adds_up_to_the_balance(
    total1: Decimal, total2: Decimal, deposit: int, cut: int, first_due: bool, choice: str,
    pay_deposit: bool, taxes: bool, accepted: bool,
) -> None:
    rest = 100 - deposit
    first = rest * cut // 100
    parts = [(str(first), "2026-11-22" if first_due else "2026-12-05"), (str(rest - first), "on_acceptance")]
    v1 = contract(str(total1), str(deposit), parts, taxes)
    v2 = contract(str(total2), str(deposit), parts, taxes)
    before = plan_for({1: v1}, fold(1, []), 1)
    paid = [("deposit", str(before.lines[0].item.breakdown.to_pay))] if pay_deposit and deposit else []
    plan = plan_for({1: v1, 2: v2}, fold(2, records(choice, paid, accepted)), 2)
    assert sum((x.item.amount for x in plan.lines), Decimal(0)) == total2
    assert sum((x.outstanding for x in plan.remaining), Decimal(0)) == plan.balance == plan.total.to_pay - plan.paid
    assert plan.total.base + plan.total.added - plan.total.withheld == plan.total.to_pay
    # the deposit and an installment already due are never changed by the change order
    old = {x.item.key: x.item for x in before.lines}
    if deposit:
        kept_deposit = plan.line("deposit")
        assert kept_deposit is not None and kept_deposit.item == old["deposit"]
    if first_due:
        kept = plan.line("1")
        assert kept is not None and kept.item.amount == old["1"].amount
    for x in plan.lines:
        assert x.item.kind is ItemKind.CREDIT or x.item.kind is ItemKind.DIFFERENCE or x.item.amount >= 0


@settings(max_examples=150, deadline=None)
@given(total=money, deposit=st.integers(1, 100), fraction=st.integers(0, 100), taxes=st.booleans())
def test_paid_and_outstanding_breakdowns_add_up(total: Decimal, deposit: int, fraction: int, taxes: bool) -> None:
    c = contract(str(total), str(deposit), [(str(100 - deposit), "on_acceptance")], taxes)
    first = plan_for({1: c}, fold(1, []), 1).lines[0]
    paid = (first.item.breakdown.to_pay * fraction / 100).quantize(Decimal("0.01"))
    state = fold(1, [{"kind": "payment", "data": {"what": "deposit", "date": "2026-11-21", "amount": str(paid)}}])
    plan = plan_for({1: c}, state, 1)
    line = plan.lines[0]
    assert line.paid_breakdown.to_pay == paid
    assert line.outstanding_breakdown.to_pay == line.outstanding
    assert line.paid_breakdown.base + line.outstanding_breakdown.base == line.item.breakdown.base
    assert plan.paid_breakdown.to_pay == plan.paid


def test_a_payment_recorded_after_a_change_was_accepted_does_not_rewrite_that_change() -> None:
    v1 = contract("1000", "20", [("40", "on_acceptance"), ("40", "on_delivery")], taxes=False)
    v2 = contract("1500", "20", [("40", "on_acceptance"), ("40", "on_delivery")], taxes=False)
    later = {"kind": "payment", "data": {"what": "1", "date": "2026-11-21", "amount": "100"}}  # dated before CO-1
    state = fold(2, [*records("next-installment", []), later])
    plan = plan_for({1: v1, 2: v2}, state, 2)
    assert [x.item.amount for x in plan.lines] == [Decimal("200.00"), Decimal("900.00"), Decimal("400.00")]
    assert plan.paid == Decimal("100")
    assert plan_for({1: v1, 2: v2}, state, 2, as_recorded=True).paid == 0


def test_work_waits_for_an_unpaid_deposit_when_the_contract_says_so() -> None:
    from domain.payments import work_waits_for_deposit

    data = contract("1000", "30", [("70", "on_acceptance")], taxes=False).model_dump(mode="json", exclude_none=True)
    data["payment"]["work_starts_after_deposit"] = True
    deposit_first = validate_contract(data)
    unpaid = plan_for({1: deposit_first}, fold(1, []), 1)
    assert work_waits_for_deposit(unpaid, deposit_first)
    paid = fold(1, [{"kind": "payment", "data": {"what": "deposit", "date": "2026-11-21", "amount": "300.00"}}])
    assert not work_waits_for_deposit(plan_for({1: deposit_first}, paid, 1), deposit_first)
    plain = contract("1000", "30", [("70", "on_acceptance")], taxes=False)
    assert not work_waits_for_deposit(plan_for({1: plain}, fold(1, []), 1), plain)


@settings(max_examples=150, deadline=None)
@given(
    totals=st.lists(st.integers(0, 10**6).map(lambda c: Decimal(c).scaleb(-2)), min_size=3, max_size=3),
    deposit=st.integers(0, 60), choices=st.lists(st.sampled_from(["next-installment", "on-signing", "spread"]),
                                                 min_size=2, max_size=2),
    paid_first=st.sampled_from(["", "deposit", "1"]), paid_between=st.sampled_from(["", "1", "2", "CO-1"]),
    taxes=st.booleans(),
)
def test_two_change_orders_in_a_row_still_add_up(
    totals: list[Decimal], deposit: int, choices: list[str], paid_first: str, paid_between: str, taxes: bool,
) -> None:
    rest = 100 - deposit
    parts = [(str(rest // 2), "on_acceptance"), (str(rest - rest // 2), "on_delivery")]
    versions = {n: contract(str(max(t, Decimal("0.01"))), str(deposit), parts, taxes) for n, t in enumerate(totals, 1)}
    recs: list[dict[str, Any]] = [{"kind": "status", "data": {"status": "signed", "date": "2026-11-20", "version": 1}}]

    def pay(what: str, version: int) -> None:
        # as pacta paid does: only against a payment the schedule in force has, and not beyond what is owed
        line = plan_for(versions, fold(version, recs), version).line(what) if what else None
        if line is not None and line.outstanding >= Decimal("0.01"):
            recs.append({"kind": "payment", "data": {"what": what, "date": "2026-11-21", "amount": "0.01"}})

    pay(paid_first, 1)
    for n, choice in ((1, choices[0]), (2, choices[1])):
        recs.append({"kind": "change", "data": {"number": f"CO-{n}", "version": n + 1, "base_version": n,
                                                "reason": "r", "requested_by": "client", "asked_on": "2026-11-24",
                                                "difference": choice}})
        recs.append({"kind": "change_status", "data": {"number": f"CO-{n}", "status": "accepted", "date": "2026-11-25"}})
        if n == 1:
            pay(paid_between, 2)
    state = fold(3, recs)
    middle = plan_for(versions, state, 2)
    plan = plan_for(versions, state, 3)
    assert sum((x.item.amount for x in plan.lines), Decimal(0)) == versions[3].total()
    assert sum((x.outstanding for x in plan.remaining), Decimal(0)) == plan.balance
    assert plan.before == middle.total
    # a payment made before CO-2 keeps its payment exactly as CO-1 left it
    if any(r["kind"] == "payment" and r["data"]["what"] == paid_between for r in recs):
        kept = plan.line(paid_between)
        assert kept is not None and kept.item == middle.line(paid_between).item  # type: ignore[union-attr]
