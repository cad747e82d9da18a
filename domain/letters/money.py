"""Money a letter speaks of: what is scheduled and paid, what is overdue, late interest.

The schedule is domain.payments' plan of the version in force: the signed schedule carried
through each accepted change order (the deposit never asked for twice), with what the
payment records (`pacta paid`) say was paid against each payment. A letter adds two things
the records leave open: a payment due on acceptance falls due when the deliverable counts
as accepted (its delivery plus the feedback days, with no feedback since), and the last day
to pay is that day plus the payment terms, counted as the contract counts days.

Late interest is simple interest on what is overdue, from the day after the last day to
pay up to the letter's date, at the contract's monthly rate made yearly:

    interest = amount × (monthly % ÷ 100) × 12 × days late ÷ 365

worked out exactly in Decimal and rounded half up to the currency's minor unit once,
at the end. Days late are calendar days whatever the contract's day basis (interest
runs with time).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from domain.letters import days
from domain.lifecycle import ProjectState
from domain.model import Contract, Trigger
from domain.payments import DEPOSIT, plan_for
from domain.taxes import Breakdown, quantum

_YEAR = Decimal(365)

__all__ = ["DEPOSIT", "Due", "deemed_accepted", "delivered", "interest", "overdue", "schedule"]


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
        """What is still owed of it (negative: paid too much, or owed back)."""
        return self.amount.to_pay - self.paid


def interest(amount: Decimal, monthly_percent: Decimal, days_late: int, currency: str) -> Decimal:
    """Simple late interest on `amount` for `days_late` days at `monthly_percent` a month (see the module)."""
    if days_late <= 0 or amount <= 0:
        return Decimal(0).quantize(quantum(currency))
    exact = amount * monthly_percent / Decimal(100) * 12 * days_late / _YEAR
    return exact.quantize(quantum(currency), rounding=ROUND_HALF_UP)


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
    """When the records leave a payment's day open: on acceptance, the day the work counts as accepted."""
    if due is not Trigger.ON_ACCEPTANCE:
        return None
    targets = [deliverable] if deliverable else [d.id for d in contract.deliverables]
    accepted = [deemed_accepted(contract, state, t) for t in targets]
    return max(d for d in accepted if d) if accepted and all(accepted) else None


def schedule(contracts: Mapping[int, Contract], state: ProjectState, version: int) -> list[Due]:
    """The payments of `version` (domain.payments' plan) with the day each fell due and the last day to pay."""
    contract = contracts[version]
    plan = plan_for(contracts, state, version)
    in_business = days.business(contract)
    out = []
    for line in plan.lines:
        item = line.item
        due_on = line.due_on or _due_on(contract, state, item.due, item.deliverable)
        pay_by = days.add(due_on, plan.terms_days, in_business) if due_on is not None else None
        out.append(Due(item.key, item.label, item.breakdown, due_on, pay_by, line.paid))
    return out


def overdue(items: Sequence[Due], on: dt.date) -> list[Due]:
    """The payments whose last day to pay has passed by `on` and that are not paid in full."""
    return [d for d in items if d.outstanding > 0 and d.pay_by is not None and d.pay_by < on]
