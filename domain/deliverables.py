"""Deliverables as payments and the app need them: the next free id, and what an installment pays for.

An installment due `on_delivery` or `on_acceptance` always names the
deliverable it pays for. When the contract's installment names none, it is
tied to the project's last deliverable (the one due last; among those due the
same day, or when none has a date, the last in the list) and the documents
say so in words: "on acceptance of C · Order form (the last deliverable)".
A contract is never refused for leaving it out, so every file that imported
before still imports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from domain.model import Contract, Deliverable, Installment, Trigger

DELIVERY_TRIGGERS = frozenset({Trigger.ON_DELIVERY, Trigger.ON_ACCEPTANCE})


def next_id(used: Iterable[str]) -> str:
    """The first of D1, D2, … not in `used` (every id the project has ever given).

    The app calls it as soon as a deliverable row exists, so a payment row can
    point at the deliverable before the contract is saved.
    """
    taken = {str(u) for u in used}
    n = 1
    while f"D{n}" in taken:
        n += 1
    return f"D{n}"


def last_deliverable(contract: Contract) -> Deliverable:
    """The deliverable due last (ties and undated: the last in the list)."""
    best = contract.deliverables[-1]
    latest: dt.date | None = None
    for item in contract.deliverables:
        if item.due is not None and (latest is None or item.due >= latest):
            latest, best = item.due, item
    return best if latest is not None else contract.deliverables[-1]


@dataclass(frozen=True)
class Tie:
    """The deliverable an installment pays for, and whether the contract named it or it is the last one."""

    deliverable: Deliverable
    implicit: bool


def tie_of(contract: Contract, installment: Installment) -> Tie | None:
    """What a delivery-triggered installment pays for; None for a dated or on-signing one without a tie."""
    if installment.deliverable is not None:
        named = contract.deliverable(installment.deliverable)
        if named is not None:
            return Tie(named, implicit=False)
    if installment.due in DELIVERY_TRIGGERS:
        return Tie(last_deliverable(contract), implicit=True)
    return None
