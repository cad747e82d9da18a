"""What the Payments tab reads and writes, off the GUI thread: the plan of the version in force, payments."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from domain.model import Contract
    from domain.payments import Plan
    from storage.repository import Record, Repository


@dataclass(frozen=True)
class PaymentsView:
    """A project's payments as the tab shows them."""

    project_id: str
    contract: Contract
    plan: Plan
    signed: bool
    #: A deposit-first contract whose deposit is not recorded as paid, with the work due to start.
    waits_for_deposit: bool
    #: The day the work is due to start (the contract's start, else the day it was signed).
    starts_on: dt.date | None


def work_starts_on(contract: Contract, signed_on: dt.date | None) -> dt.date | None:
    """When the work is due to start: the contract's start date, else the day it was signed."""
    return contract.start or signed_on


def load(*, repo: Repository, project_id: str, today: dt.date | None = None) -> PaymentsView:
    """The schedule of the version in force with what was paid, and whether work waits for the deposit."""
    from domain.lifecycle import Status
    from domain.payments import work_waits_for_deposit
    from storage.payments import payment_plan

    state = repo.state(project_id)
    contract = repo.version(project_id, state.in_force).contract
    plan = payment_plan(repo, project_id)
    signed = state.signed_version is not None and state.status is not Status.TERMINATED
    starts = work_starts_on(contract, state.status_dates.get("signed"))
    day = today or dt.date.today()
    waits = signed and work_waits_for_deposit(plan, contract) and starts is not None and starts <= day
    return PaymentsView(project_id, contract, plan, signed, waits, starts)


def mark_paid(*, repo: Repository, project_id: str, what: str, on: dt.date, amount: Decimal | None) -> Record:
    """Record money received against one scheduled payment (all that is owed when `amount` is None)."""
    from storage.payments import record_payment

    return record_payment(repo, project_id, what, on=on, amount=amount)
