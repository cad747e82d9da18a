"""Money a letter speaks of: what is scheduled and paid, what is overdue, late interest.

Late interest is simple interest on what is overdue, from the day after the payment
fell due up to the letter's date, at the contract's monthly rate made yearly:

    interest = amount × (monthly % ÷ 100) × 12 × days late ÷ 365

worked out exactly in Decimal and rounded half up to the currency's minor unit once,
at the end. Days late are calendar days whatever the contract's day basis (interest
runs with time); the payment terms themselves are counted as the contract counts days.

The schedule here is the contract's own (deposit, then installments, shares adding up
to the fee exactly), with the deposit of the signed version kept as it was once a change
order is in force: what it changed falls on the installments. Payments received are the
project's payment records (`pacta paid`): each names what it pays (`deposit`, `1`, …).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from domain.letters import days
from domain.lifecycle import ProjectState
from domain.model import Contract, Trigger
from domain.taxes import Breakdown, breakdown, quantum, split

DEPOSIT = "deposit"
_YEAR = Decimal(365)


@dataclass(frozen=True)
class Paid:
    """Money the client paid against one scheduled payment (`deposit`, `1`, …)."""

    what: str
    date: dt.date
    amount: Decimal


@dataclass(frozen=True)
class Due:
    """A scheduled payment: how much (with taxes), the day it fell due, the last day to pay it, what was paid."""

    key: str
    label: str
    amount: Breakdown
    due_on: dt.date | None  # the event that made it due (signing, a delivery …), when the records say it
    pay_by: dt.date | None  # due_on plus the payment terms
    paid: Decimal

    @property
    def outstanding(self) -> Decimal:
        """What is still owed of it (negative: paid too much)."""
        return self.amount.to_pay - self.paid


def interest(amount: Decimal, monthly_percent: Decimal, days_late: int, currency: str) -> Decimal:
    """Simple late interest on `amount` for `days_late` days at `monthly_percent` a month (see the module)."""
    if days_late <= 0 or amount <= 0:
        return Decimal(0).quantize(quantum(currency))
    exact = amount * monthly_percent / Decimal(100) * 12 * days_late / _YEAR
    return exact.quantize(quantum(currency), rounding=ROUND_HALF_UP)


def paid_for(payments: Sequence[Paid], key: str, until: dt.date | None = None) -> Decimal:
    """What was paid against the payment `key`, up to a day if given."""
    return sum(
        (p.amount for p in payments if p.what.casefold() == key.casefold() and (until is None or p.date <= until)),
        Decimal(0),
    )


def deemed_accepted(contract: Contract, state: ProjectState, deliverable: str) -> dt.date | None:
    """The day a delivered deliverable counts as accepted: its last delivery plus the feedback days,
    when no feedback came after it (the agreement's acceptance clause); None when the records do not say."""
    deliveries = [r.date for r in state.rounds if r.deliverable == deliverable and r.kind == "delivery"]
    feedback_days = contract.communication.feedback_days if contract.communication else None
    if not deliveries or feedback_days is None:
        return None
    last = max(deliveries)
    if any(r.deliverable == deliverable and r.kind == "feedback" and r.date >= last for r in state.rounds):
        return None
    return days.add(last, feedback_days, days.business(contract))


def delivered(state: ProjectState, deliverable: str) -> dt.date | None:
    """The day a deliverable was first delivered, per the rounds records."""
    dates = [r.date for r in state.rounds if r.deliverable == deliverable and r.kind == "delivery"]
    return min(dates) if dates else None


def _due_on(contract: Contract, state: ProjectState, due: dt.date | Trigger | None, deliverable: str | None) -> dt.date | None:
    if isinstance(due, dt.date):
        return due
    if due is Trigger.ON_SIGNING:
        return state.status_dates.get("signed")
    targets = [deliverable] if deliverable else [d.id for d in contract.deliverables]
    if due is Trigger.ON_DELIVERY:
        found = [delivered(state, t) for t in targets]
        return max(d for d in found if d) if found and all(found) else None
    if due is Trigger.ON_ACCEPTANCE:
        accepted = [deemed_accepted(contract, state, t) for t in targets]
        return max(d for d in accepted if d) if accepted and all(accepted) else None
    return None


def schedule(
    contract: Contract, signed: Contract | None, state: ProjectState, payments: Sequence[Paid]
) -> list[Due]:
    """The payments of the version in force with what was paid against each.

    `signed` is the signed version (None before signing): its deposit stays as it was,
    and the installments of the version in force share out the rest of its fee.
    """
    total = contract.total()
    payment = contract.payment
    if total is None:
        return []
    terms = payment.payment_terms_days if payment and payment.payment_terms_days else 0
    in_business = days.business(contract)
    basis = signed if signed is not None else contract
    deposit = basis.deposit_amount() if basis.payment and basis.payment.deposit_percent else None
    rows: list[tuple[str, str, Decimal, dt.date | None]] = []
    if deposit:
        rows.append((DEPOSIT, "", deposit, _due_on(contract, state, Trigger.ON_SIGNING, None)))
    installments = payment.installments if payment else []
    rest = total - (deposit or Decimal(0))
    if installments:
        percents = [i.percent for i in installments]
        whole = sum(percents, Decimal(0))
        shares = split(rest, [p * 100 / whole for p in percents], contract.currency) if whole else []
        for number, (inst, amount) in enumerate(zip(installments, shares, strict=False), start=1):
            rows.append((str(number), inst.label, amount, _due_on(contract, state, inst.due, inst.deliverable)))
    elif rest > 0:
        rows.append(("1", "", rest, _due_on(contract, state, Trigger.ON_ACCEPTANCE, None)))
    out = []
    for key, label, amount, due_on in rows:
        pay_by = days.add(due_on, terms, in_business) if due_on is not None else None
        out.append(
            Due(key, label, breakdown(amount, contract.taxes, contract.currency), due_on, pay_by,
                paid_for(payments, key))
        )
    return out


def overdue(items: Sequence[Due], on: dt.date) -> list[Due]:
    """The payments whose last day to pay has passed by `on` and that are not paid in full."""
    return [d for d in items if d.outstanding > 0 and d.pay_by is not None and d.pay_by < on]
