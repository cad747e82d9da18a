"""The life of a contract: statuses, change orders and the version in force.

The store keeps an append-only list of records per project; this module folds
them into the project's present state. It knows nothing about files.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any


def change_number(text: str) -> str:
    """A change order's number as Pacta writes it: `co1`, `CO1` and ` co-1 ` are all `CO-1`."""
    match = re.fullmatch(r"\s*co\s*-?\s*(\d+)\s*", text, flags=re.IGNORECASE)
    return f"CO-{int(match.group(1))}" if match else text.strip().upper()

class Status(StrEnum):
    """Where a contract is in its life."""

    DRAFT = "draft"
    SENT = "sent"
    SIGNED = "signed"
    COMPLETED = "completed"
    TERMINATED = "terminated"


class ChangeStatus(StrEnum):
    """Where a change order is in its life."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class RecordKind(StrEnum):
    """Kinds of entries in a project's append-only record."""

    STATUS = "status"
    CHANGE = "change"
    CHANGE_STATUS = "change_status"
    ATTACHMENT = "attachment"
    JOURNAL = "journal"
    STRIKE = "strike"
    DOCUMENT = "document"
    EMAIL = "email"
    ROUND = "round"
    TRASHED = "trashed"
    RESTORED = "restored"
    PAYMENT = "payment"


class JournalKind(StrEnum):
    """What a journal entry is about."""

    QUESTION = "question"
    FEEDBACK = "feedback"
    DECISION = "decision"
    INCIDENT = "incident"
    LETTER = "letter"  # a letter to the client, saved or sent (its text and fingerprint)


# Which statuses may follow which.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.SENT, Status.SIGNED, Status.TERMINATED}),
    Status.SENT: frozenset({Status.SIGNED, Status.DRAFT, Status.TERMINATED}),
    Status.SIGNED: frozenset({Status.COMPLETED, Status.TERMINATED}),
    Status.COMPLETED: frozenset(),
    Status.TERMINATED: frozenset(),
}

FROZEN = frozenset({Status.SIGNED, Status.COMPLETED, Status.TERMINATED})


@dataclass
class ChangeOrder:
    """A change requested after signing, and what became of it."""

    number: str
    version: int
    base_version: int
    reason: str
    requested_by: str
    asked_on: dt.date
    status: ChangeStatus = ChangeStatus.PROPOSED
    decided_on: dt.date | None = None
    decision_note: str | None = None
    # How the price difference is scheduled (domain.payments.Difference); None before it was asked.
    difference: str | None = None
    # How many payments had been recorded when it was accepted or rejected (None while proposed).
    payments_before: int | None = None


@dataclass(frozen=True)
class PaymentReceived:
    """Money the client paid against one scheduled payment (`deposit`, `1`, `CO-1` …)."""

    what: str
    date: dt.date
    amount: Decimal
    note: str = ""


@dataclass
class JournalEntry:
    """A dated note in the project journal; struck entries are kept, marked."""

    id: int
    kind: JournalKind
    text: str
    date: dt.date
    struck: bool = False
    strike_reason: str | None = None


@dataclass
class Round:
    """A delivery or a round of client feedback on one deliverable."""

    deliverable: str
    kind: str  # "delivery" or "feedback"
    date: dt.date
    note: str


@dataclass
class ProjectState:
    """A project's present, folded from its records and version numbers."""

    latest_version: int
    status: Status = Status.DRAFT
    status_dates: dict[str, dt.date] = field(default_factory=dict)
    signed_version: int | None = None
    change_orders: list[ChangeOrder] = field(default_factory=list)
    journal: list[JournalEntry] = field(default_factory=list)
    rounds: list[Round] = field(default_factory=list)
    payments: list[PaymentReceived] = field(default_factory=list)
    trashed: bool = False
    _last_accepted: int | None = None

    @property
    def in_force(self) -> int:
        """The version both parties are bound by (the latest one before signing)."""
        if self.signed_version is None:
            return self.latest_version
        return self._last_accepted if self._last_accepted is not None else self.signed_version

    @property
    def frozen(self) -> bool:
        """Signed contracts change only through change orders."""
        return self.status in FROZEN

    def change_order(self, number: str) -> ChangeOrder | None:
        """The change order with this number (CO-1 …; co1, CO1 and co-1 say the same), if any."""
        key = change_number(number)
        return next((c for c in self.change_orders if c.number == key), None)

    def change_for_version(self, version: int) -> ChangeOrder | None:
        """The change order that proposed this version, if any."""
        return next((c for c in self.change_orders if c.version == version), None)

    def next_change_number(self) -> str:
        """CO-1, CO-2 … numbered per project."""
        return f"CO-{len(self.change_orders) + 1}"

    def rounds_used(self, deliverable: str) -> int:
        """Rounds of client feedback recorded for a deliverable."""
        return sum(1 for r in self.rounds if r.deliverable == deliverable and r.kind == "feedback")


def _date(value: Any) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


def fold(latest_version: int, records: list[dict[str, Any]]) -> ProjectState:
    """Replay a project's records (each `{"kind", "at", "data"}`) into its state."""
    state = ProjectState(latest_version=latest_version)
    for record in records:
        kind = record["kind"]
        data = record.get("data", {})
        if kind == RecordKind.STATUS:
            status = Status(data["status"])
            state.status = status
            state.status_dates[status.value] = _date(data["date"])
            if status is Status.SIGNED:
                state.signed_version = int(data.get("version", latest_version))
        elif kind == RecordKind.CHANGE:
            state.change_orders.append(
                ChangeOrder(
                    number=data["number"],
                    version=int(data["version"]),
                    base_version=int(data["base_version"]),
                    reason=data["reason"],
                    requested_by=data["requested_by"],
                    asked_on=_date(data["asked_on"]),
                    difference=data.get("difference"),
                )
            )
        elif kind == RecordKind.CHANGE_STATUS:
            order = state.change_order(data["number"])
            if order is not None:
                order.status = ChangeStatus(data["status"])
                order.payments_before = len(state.payments)
                if order.status is ChangeStatus.ACCEPTED:
                    state._last_accepted = order.version
                order.decided_on = _date(data["date"])
                order.decision_note = data.get("reason")
        elif kind == RecordKind.JOURNAL:
            state.journal.append(
                JournalEntry(int(data["id"]), JournalKind(data["kind"]), data["text"], _date(data["date"]))
            )
        elif kind == RecordKind.STRIKE:
            for entry in state.journal:
                if entry.id == int(data["id"]):
                    entry.struck = True
                    entry.strike_reason = data.get("reason")
        elif kind == RecordKind.ROUND:
            state.rounds.append(Round(data["deliverable"], data["kind"], _date(data["date"]), data.get("note", "")))
        elif kind == RecordKind.PAYMENT:
            state.payments.append(
                PaymentReceived(str(data["what"]), _date(data["date"]), Decimal(str(data["amount"])), data.get("note", ""))
            )
        elif kind == RecordKind.TRASHED:
            state.trashed = True
        elif kind == RecordKind.RESTORED:
            state.trashed = False
    return state
