"""Counting days the way the contract does: calendar days, or business days (Monday to Friday)."""

from __future__ import annotations

import datetime as dt

from domain.model import Contract, DayBasis


def business(contract: Contract) -> bool:
    """True when the contract counts its days as business days."""
    return contract.day_basis is DayBasis.BUSINESS


def add(start: dt.date, days: int, in_business_days: bool) -> dt.date:
    """`start` moved forward by `days`; business days skip Saturdays and Sundays."""
    if not in_business_days:
        return start + dt.timedelta(days=days)
    day, left = start, days
    while left > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def between(start: dt.date, end: dt.date, in_business_days: bool) -> int:
    """How many days after `start` up to and including `end` (0 when `end` is not later)."""
    if end <= start:
        return 0
    if not in_business_days:
        return (end - start).days
    return sum(1 for n in range(1, (end - start).days + 1) if (start + dt.timedelta(days=n)).weekday() < 5)
