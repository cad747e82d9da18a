"""Payments across the life of a contract: what is scheduled, what was paid, what remains.

A contract's own schedule is its deposit and installments, each a share of the
fee. Once it is signed that schedule is what the client owes, and a change
order does not start it again: a payment that was already paid (even in part)
or already due when the change was accepted stays exactly as it was (the
deposit is never asked for twice), and the difference in price is scheduled
the way the person recording the change chose (`Difference`):

- `next-installment` (the default): added to the first payment not yet due,
  which is how a freelancer usually bills it; a lower price is taken off that
  payment first, then the next ones.
- `on-signing`: a payment of its own, due when the change order is signed.
- `spread`: shared over every payment not yet due, in proportion to them.

When no payment is left to add it to, the difference is due on signing the
change order whatever the choice. When the new price is below what was already
scheduled and paid, the payments left become zero and the rest is a credit
owed to the client (a negative line). After a change, the new version's own
deposit and installment percentages no longer set amounts; its installments'
labels, dates and deliverables still apply to the payments not yet due, matched
by number. The schedule that results always adds up to the new total, and what
remains of it to the balance (total to pay minus paid so far).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext
from enum import StrEnum

from domain.deliverables import tie_of
from domain.lifecycle import ChangeOrder, ChangeStatus, PaymentReceived, ProjectState
from domain.model import Contract, Taxes, Trigger
from domain.taxes import WIDE_PRECISION, Breakdown, breakdown, split, spread, total_of


class Difference(StrEnum):
    """Where a change order's difference in price goes in the schedule."""

    NEXT_INSTALLMENT = "next-installment"
    ON_SIGNING = "on-signing"
    SPREAD = "spread"


DEFAULT_DIFFERENCE = Difference.NEXT_INSTALLMENT
DEPOSIT = "deposit"


class ItemKind(StrEnum):
    """What a scheduled payment is."""

    DEPOSIT = "deposit"
    INSTALLMENT = "installment"
    DIFFERENCE = "difference"  # a change order's difference, due on signing it
    CREDIT = "credit"  # owed back to the client when the price fell below what was scheduled


@dataclass(frozen=True)
class Scheduled:
    """One payment the client owes: its key (`deposit`, `1`, `CO-1`), amount and when it is due."""

    key: str
    kind: ItemKind
    label: str
    amount: Decimal  # in the contract's terms (see domain.taxes)
    breakdown: Breakdown
    due: dt.date | Trigger | None
    deliverable: str | None = None
    implicit_deliverable: bool = False  # tied to the last deliverable because the contract named none
    change: str | None = None  # the change order that set or last adjusted its amount
    adjustment: Decimal = Decimal(0)  # how much that change order added (negative: took off)
    percent: Decimal | None = None  # the share of the fee the contract set it as (None once a change moved it)


def contract_schedule(contract: Contract, *, without_fee: bool = False) -> list[Scheduled]:
    """A version's own schedule: deposit, then installments, shares adding up to the fee exactly.

    A contract without a fee has none, unless `without_fee`: then its payments come
    with their percentages and dates and every amount is zero.
    """
    total = contract.total()
    payment = contract.payment
    if total is None and without_fee:
        total = Decimal(0)
    if total is None:
        return []
    rows: list[tuple[str, ItemKind, str, Decimal, dt.date | Trigger | None, str | None, bool]] = []
    percents: list[Decimal] = []
    if payment is not None and payment.deposit_percent is not None and payment.deposit_percent > 0:
        rows.append((DEPOSIT, ItemKind.DEPOSIT, "", payment.deposit_percent, Trigger.ON_SIGNING, None, False))
        percents.append(payment.deposit_percent)
    for number, inst in enumerate(payment.installments if payment is not None else [], start=1):
        tie = tie_of(contract, inst)
        rows.append(
            (str(number), ItemKind.INSTALLMENT, inst.label, inst.percent, inst.due,
             tie.deliverable.id if tie else None, bool(tie and tie.implicit))
        )
        percents.append(inst.percent)
    if not rows:
        # No schedule in the contract: the whole fee is one payment, on acceptance of the work.
        return [_item(contract, "1", ItemKind.INSTALLMENT, "", total, Trigger.ON_ACCEPTANCE, None, False)]
    amounts = split(total, percents, contract.currency)
    return [
        replace(_item(contract, key, kind, label, amount, due, deliverable, implicit), percent=percent)
        for (key, kind, label, percent, due, deliverable, implicit), amount in zip(rows, amounts, strict=True)
    ]


def _item(
    contract: Contract,
    key: str,
    kind: ItemKind,
    label: str,
    amount: Decimal,
    due: dt.date | Trigger | None,
    deliverable: str | None,
    implicit: bool,
) -> Scheduled:
    return Scheduled(
        key, kind, label, amount, breakdown(amount, contract.taxes, contract.currency), due, deliverable, implicit
    )


@dataclass(frozen=True)
class Line:
    """A scheduled payment with what was paid against it."""

    item: Scheduled
    paid: Decimal
    due_on: dt.date | None  # the day it falls due, once known

    @property
    def outstanding(self) -> Decimal:
        """What is still owed (negative: owed back to the client)."""
        return self.item.breakdown.to_pay - self.paid

    @property
    def paid_breakdown(self) -> Breakdown:
        """What was paid, as base and tax lines (in proportion when paid in part)."""
        whole = self.item.breakdown
        if self.paid == whole.to_pay:
            return whole
        if self.paid == 0 or whole.to_pay == 0:
            return whole - whole
        scaled = _scaled_like(whole, self.paid / whole.to_pay)
        # The base takes up the rounding, so base + lines give exactly what was paid.
        return replace(scaled, base=scaled.base + self.paid - scaled.to_pay)

    @property
    def outstanding_breakdown(self) -> Breakdown:
        """What is still owed, as base and tax lines."""
        return self.item.breakdown - self.paid_breakdown

    def overdue(self, today: dt.date, terms_days: int = 0) -> bool:
        """Owed, due, and the payment terms have run out."""
        return (
            self.outstanding > 0
            and self.due_on is not None
            and self.due_on + dt.timedelta(days=terms_days) < today
        )


def _scaled_like(whole: Breakdown, ratio: Decimal) -> Breakdown:
    """`whole` times `ratio`, each figure rounded half up to the places of `whole.base`."""
    exponent = whole.base.as_tuple().exponent
    unit = Decimal(1).scaleb(exponent if isinstance(exponent, int) else -2)

    def cut(value: Decimal) -> Decimal:
        with localcontext(prec=WIDE_PRECISION):
            return (value * ratio).quantize(unit, rounding="ROUND_HALF_UP")

    lines = tuple(replace(t, amount=cut(t.amount)) for t in whole.lines)
    return Breakdown(cut(whole.amount), cut(whole.base), lines)


@dataclass(frozen=True)
class Plan:
    """The payments of one version of a contract, as owed at that version."""

    version: int
    currency: str
    taxes: Taxes | None
    items: tuple[Scheduled, ...]
    payments: tuple[PaymentReceived, ...]
    lines: tuple[Line, ...]
    terms_days: int
    change: ChangeOrder | None = None  # the change order that made this schedule, if any
    before: Breakdown | None = None  # the total of the schedule before that change

    @property
    def total(self) -> Breakdown:
        """Every scheduled payment, summed line by line."""
        return total_of([i.breakdown for i in self.items], self.taxes, self.currency)

    @property
    def paid(self) -> Decimal:
        """Everything recorded as paid so far."""
        return sum((p.amount for p in self.payments), Decimal(0))

    @property
    def balance(self) -> Decimal:
        """What is left to pay: total to pay minus paid so far."""
        return self.total.to_pay - self.paid

    @property
    def paid_breakdown(self) -> Breakdown:
        """Everything paid so far, as base and tax lines."""
        return total_of([x.paid_breakdown for x in self.lines], self.taxes, self.currency)

    @property
    def remaining(self) -> tuple[Line, ...]:
        """The payments not yet fully paid; their outstanding amounts add up to the balance."""
        return tuple(line for line in self.lines if line.outstanding != 0)

    def line(self, key: str) -> Line | None:
        """The scheduled payment with this key (`deposit`, `1`, `CO-1`)."""
        wanted = key.strip()
        return next((x for x in self.lines if x.item.key.casefold() == wanted.casefold()), None)

    def overdue(self, today: dt.date) -> tuple[Line, ...]:
        """The payments whose terms have run out unpaid."""
        return tuple(x for x in self.lines if x.overdue(today, self.terms_days))

    def deposit_outstanding(self) -> Decimal:
        """What is still owed of the deposit (0 when there is none or it is paid)."""
        line = self.line(DEPOSIT)
        return line.outstanding if line is not None else Decimal(0)


def work_waits_for_deposit(plan: Plan, contract: Contract) -> bool:
    """A deposit-first contract whose deposit is not recorded as paid: the app warns before work starts."""
    payment = contract.payment
    return bool(payment and payment.work_starts_after_deposit) and plan.deposit_outstanding() > 0


def plan_for(
    contracts: Mapping[int, Contract],
    state: ProjectState,
    version: int,
    *,
    as_recorded: bool = False,
) -> Plan:
    """The schedule of `version` given the project's records (statuses, change orders, payments).

    Before signing, and for a version that no change order after signing leads to,
    it is the version's own schedule. After signing it is the signed schedule
    carried through each accepted change order up to `version` (and the proposed
    or rejected one that made `version`, as it would be if accepted). What was paid
    when a change order took effect is what had been recorded when it was accepted
    (while it is proposed: everything recorded so far). With `as_recorded`, payments
    recorded after the change order that made `version` was decided are left out, so a
    document of that version reads the same whenever it is printed again.
    """
    signed = state.signed_version
    target = state.change_for_version(version)
    items = contract_schedule(contracts[version])
    made_by: ChangeOrder | None = None
    before: Breakdown | None = None
    if signed is not None and version != signed and target is not None:
        current = signed
        items = contract_schedule(contracts[signed])
        for order in state.change_orders:
            if order is target:
                break
            if order.status is ChangeStatus.ACCEPTED and order.base_version == current:
                items = carry(items, contracts[current], contracts[order.version], order, state)
                current = order.version
        if target.base_version == current:
            before = total_of([i.breakdown for i in items], contracts[current].taxes, contracts[current].currency)
            items = carry(items, contracts[current], contracts[version], target, state)
            made_by = target
        else:
            items = contract_schedule(contracts[version])
    contract = contracts[version]
    terms = contract.payment.payment_terms_days if contract.payment and contract.payment.payment_terms_days else 0
    payments = tuple(state.payments)
    if as_recorded and made_by is not None and made_by.payments_before is not None:
        payments = payments[: made_by.payments_before]
    lines = tuple(Line(item, _paid(payments, item.key), _due_on(item, state)) for item in items)
    return Plan(version, contract.currency, contract.taxes, tuple(items), payments, lines, terms, made_by, before)


def effective_on(order: ChangeOrder) -> dt.date:
    """The day a change order takes effect in the schedule: its acceptance, or when it was asked for."""
    return order.decided_on or order.asked_on


def _paid(payments: Sequence[PaymentReceived], key: str) -> Decimal:
    return sum((p.amount for p in payments if p.what.casefold() == key.casefold()), Decimal(0))


def _due_on(item: Scheduled, state: ProjectState) -> dt.date | None:
    """The day a payment falls due, when the records say it."""
    if isinstance(item.due, dt.date):
        return item.due
    if item.kind is ItemKind.DIFFERENCE or item.kind is ItemKind.CREDIT:
        order = state.change_order(item.key)
        return order.decided_on if order is not None and order.status is ChangeStatus.ACCEPTED else None
    if item.due is Trigger.ON_SIGNING:
        return state.status_dates.get("signed")
    if item.due is Trigger.ON_DELIVERY and item.deliverable is not None:
        days = [r.date for r in state.rounds if r.deliverable == item.deliverable and r.kind == "delivery"]
        return min(days) if days else None
    return None


def _settled(item: Scheduled, state: ProjectState, order: ChangeOrder) -> bool:
    """Paid in part or in full when the change order was decided, or due on the day it takes effect."""
    recorded = state.payments if order.payments_before is None else state.payments[: order.payments_before]
    if _paid(recorded, item.key) != 0:
        return True
    if item.kind is ItemKind.DEPOSIT or item.due is Trigger.ON_SIGNING:
        return True  # due when the contract was signed
    due = _due_on(item, state)
    return due is not None and due <= effective_on(order)


def carry(
    items: Sequence[Scheduled], before: Contract, after: Contract, order: ChangeOrder, state: ProjectState
) -> list[Scheduled]:
    """The schedule once `order` (from `before` to `after`) takes effect."""
    diff = (after.total() or Decimal(0)) - (before.total() or Decimal(0))
    choice = Difference(order.difference) if order.difference else DEFAULT_DIFFERENCE
    kept = [i for i in items if _settled(i, state, order)]
    open_items = [_renamed(i, after) for i in items if not _settled(i, state, order)]
    if diff == 0:
        return kept + [_retaxed(i, after, i.amount) for i in open_items]
    left = sum((i.amount for i in open_items), Decimal(0)) + diff
    if not open_items or (choice is Difference.ON_SIGNING and left >= 0):
        kind = ItemKind.DIFFERENCE
        extra = _item(after, order.number, kind, "", diff, None, None, False)
        return kept + [_retaxed(i, after, i.amount) for i in open_items] + [replace(extra, change=order.number)]
    if left < 0:
        zeroed = [_retaxed(i, after, Decimal(0), order.number) for i in open_items]
        credit = _item(after, order.number, ItemKind.CREDIT, "", left, None, None, False)
        return kept + zeroed + [replace(credit, change=order.number, adjustment=left)]
    if choice is Difference.SPREAD and sum((i.amount for i in open_items), Decimal(0)) > 0:
        amounts = spread(left, [i.amount for i in open_items], after.currency)
    else:
        amounts = _next_first([i.amount for i in open_items], diff)
    return kept + [
        _retaxed(i, after, amount, order.number if amount != i.amount else None)
        for i, amount in zip(open_items, amounts, strict=True)
    ]


def _next_first(amounts: list[Decimal], diff: Decimal) -> list[Decimal]:
    """`diff` added to the first amount; what would go below zero is taken from the next ones."""
    out = list(amounts)
    carry_over = diff
    for index, amount in enumerate(out):
        new = amount + carry_over
        if new >= 0 or index == len(out) - 1:
            out[index] = new
            return out
        out[index], carry_over = Decimal(0), new
    return out


def _renamed(item: Scheduled, after: Contract) -> Scheduled:
    """An installment not yet due takes its label, date and deliverable from the new version."""
    installments = after.payment.installments if after.payment is not None else []
    if item.kind is not ItemKind.INSTALLMENT or not item.key.isdigit() or int(item.key) > len(installments):
        return item
    inst = installments[int(item.key) - 1]
    tie = tie_of(after, inst)
    return replace(
        item,
        label=inst.label,
        due=inst.due,
        deliverable=tie.deliverable.id if tie else None,
        implicit_deliverable=bool(tie and tie.implicit),
    )


def _retaxed(item: Scheduled, after: Contract, amount: Decimal, change: str | None = None) -> Scheduled:
    """A payment not yet due at its new amount, with the new version's taxes."""
    adjusted = change is not None
    return replace(
        item,
        amount=amount,
        breakdown=breakdown(amount, after.taxes, after.currency),
        change=change if adjusted else item.change,
        adjustment=amount - item.amount if adjusted else item.adjustment,
        percent=None if adjusted else item.percent,
    )
