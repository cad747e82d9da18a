"""Storage work for the Journal, Rounds and Signed copies tabs, run off the GUI thread.

Each function takes the repository and plain values and returns plain data; none
touches a widget. They mirror `pacta journal`, `round`, `attach` and `attachments`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from domain.lifecycle import ChangeStatus, JournalKind, ProjectState
from domain.limits import ATTACHMENT_BYTES, read_limited
from domain.model import Contract, Deliverable
from domain.validation import contract_to_data
from storage.repository import Record, Repository
from storage.service import add_journal, attach, attachment_matches, record_round, strike_journal

#: Days given to an extra revision round, counted from today or the deliverable's due date.
EXTRA_ROUND_DAYS = 7

#: How the deliverable an extra round adds is named, in the contract's language.
EXTRA_ROUND_TITLE = {
    "es": "Ronda de revisión adicional de «{title}»",
    "en": "Extra revision round for “{title}”",
}
EXTRA_ROUND_ACCEPTANCE = {
    "es": "Se entregan los cambios pedidos en esa ronda de comentarios.",
    "en": "The changes asked for in that round of feedback are delivered.",
}
EXTRA_ROUND_DESCRIPTION = {
    "es": "Ronda de revisión n.º {n} de «{title}» ({id}), más allá de las {included} incluidas en el contrato.",
    "en": "Revision round {n} of “{title}” ({id}), beyond the {included} included in the contract.",
}


@dataclass(frozen=True)
class Attachment:
    """An attached scan and whether its stored file is still the one recorded."""

    record: Record
    exists: bool
    matches: bool

    @property
    def seq(self) -> int:
        """The record's number in the project's records (identifies it)."""
        return self.record.seq

    @property
    def target(self) -> str:
        """`v2` or `CO-1`."""
        target = self.record.data["target"]
        return str(target["change"]) if "change" in target else f"v{target['version']}"


@dataclass(frozen=True)
class DeliverableRounds:
    """One deliverable of the version in force with its deliveries and feedback rounds."""

    deliverable: Deliverable
    events: list[Any]  # domain.lifecycle.Round, oldest first
    used: int
    allowed: int | None  # included rounds plus extra rounds already agreed; None: no limit agreed
    pending: str | None  # the proposed change order that adds the next round, if any

    @property
    def used_up(self) -> bool:
        """Every agreed round of feedback has been given."""
        return self.allowed is not None and self.used >= self.allowed


@dataclass(frozen=True)
class ProjectRecords:
    """What the three tabs show about one project."""

    project_id: str
    state: ProjectState
    in_force: int
    contract: Contract
    rounds: list[DeliverableRounds] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)


def extra_round_ids(contract: Contract, deliverable_id: str) -> list[str]:
    """Ids of the deliverables that add a paid revision round to `deliverable_id` (A-R3 …)."""
    pattern = re.compile(re.escape(deliverable_id) + r"-R\d+")
    return [d.id for d in contract.deliverables if pattern.fullmatch(d.id)]


def _is_extra_round(contract: Contract, deliverable: Deliverable) -> bool:
    match = re.fullmatch(r"(.+)-R\d+", deliverable.id)
    return bool(match and contract.deliverable(match.group(1)) is not None)


def load(*, repo: Repository, project_id: str) -> ProjectRecords:
    """The state, the version in force with each deliverable's rounds, and the scans checked."""
    state = repo.state(project_id)
    contract = repo.version(project_id, state.in_force).contract
    included = contract.revisions.rounds_included if contract.revisions else None
    pending_ids: dict[str, str] = {}
    for order in state.change_orders:
        if order.status is ChangeStatus.PROPOSED:
            for d in repo.version(project_id, order.version).contract.deliverables:
                pending_ids.setdefault(d.id, order.number)
    rounds = []
    for d in contract.deliverables:
        if _is_extra_round(contract, d):
            continue
        used = state.rounds_used(d.id)
        allowed = None if included is None else included + len(extra_round_ids(contract, d.id))
        next_id = f"{d.id}-R{max(used, allowed or 0) + 1}"
        rounds.append(DeliverableRounds(
            deliverable=d,
            events=[r for r in state.rounds if r.deliverable == d.id],
            used=used,
            allowed=allowed,
            pending=pending_ids.get(next_id),
        ))
    attachments = []
    folder = repo.project_dir(project_id)
    for record in repo.records(project_id):
        if record.kind == "attachment":
            exists = (folder / record.data["file"]).is_file()
            attachments.append(Attachment(record, exists, exists and attachment_matches(repo, project_id, record)))
    return ProjectRecords(project_id, state, state.in_force, contract, rounds, attachments)


def add_entry(*, repo: Repository, project_id: str, text: str, kind: str, on: dt.date) -> int:
    """Append a journal entry; its number."""
    return int(add_journal(repo, project_id, text, kind=JournalKind(kind), on=on).data["id"])


def strike(*, repo: Repository, project_id: str, entry_id: int, reason: str) -> None:
    """Strike a journal entry through (it stays in the journal)."""
    strike_journal(repo, project_id, entry_id, reason=reason)


def add_round(*, repo: Repository, project_id: str, deliverable: str, kind: str, note: str, on: dt.date) -> None:
    """Record a delivery or a round of client feedback on a deliverable."""
    record_round(repo, project_id, deliverable, kind=kind, note=note, on=on)


def attach_scan(*, repo: Repository, project_id: str, path: Path, version: int | None, change: str | None) -> str:
    """Copy a scan into the data folder and record its SHA-256; the digest."""
    data = read_limited(path, ATTACHMENT_BYTES)
    return str(attach(repo, project_id, data, path.name, version=version, change=change).data["sha256"])


@dataclass(frozen=True)
class ScanCheck:
    """Where an attached scan is stored and whether it still matches."""

    path: Path
    exists: bool
    matches: bool


def check_scan(*, repo: Repository, project_id: str, seq: int) -> ScanCheck:
    """Hash an attached scan again before it is opened."""
    record = next(r for r in repo.records(project_id) if r.seq == seq and r.kind == "attachment")
    path = repo.project_dir(project_id) / record.data["file"]
    exists = path.is_file()
    return ScanCheck(path, exists, exists and attachment_matches(repo, project_id, record))


def extra_round_data(contract: Contract, deliverable_id: str, round_number: int,
                     today: dt.date | None = None) -> dict[str, Any]:
    """Contract data with one more deliverable: the next revision round at the agreed price.

    Its due date is a week after today or after the deliverable's own due date, whichever
    is later; a fixed total grows by the price so the total still matches.
    """
    deliverable = contract.deliverable(deliverable_id)
    if deliverable is None:
        raise KeyError(deliverable_id)
    revisions = contract.revisions
    price = revisions.extra_round_price if revisions is not None else None
    included = revisions.rounds_included if revisions is not None and revisions.rounds_included is not None else 0
    lang = contract.language.value
    day = today or dt.date.today()
    base = max(d for d in (day, deliverable.due, contract.start) if d is not None)
    data = contract_to_data(contract)
    ids = {d.id for d in contract.deliverables}
    new_id = f"{deliverable.id}-R{round_number}"
    while new_id in ids:
        round_number += 1
        new_id = f"{deliverable.id}-R{round_number}"
    extra: dict[str, Any] = {
        "id": new_id,
        "title": EXTRA_ROUND_TITLE.get(lang, EXTRA_ROUND_TITLE["en"]).format(title=deliverable.title),
        "description": EXTRA_ROUND_DESCRIPTION.get(lang, EXTRA_ROUND_DESCRIPTION["en"]).format(
            n=round_number, title=deliverable.title, id=deliverable.id, included=included),
        "acceptance": EXTRA_ROUND_ACCEPTANCE.get(lang, EXTRA_ROUND_ACCEPTANCE["en"]),
        "due": (base + dt.timedelta(days=EXTRA_ROUND_DAYS)).isoformat(),
    }
    if price is not None:
        extra["price"] = str(price)
    data["deliverables"].append(extra)
    payment = data.get("payment")
    if price is not None and isinstance(payment, dict) and payment.get("total") is not None:
        payment["total"] = str(Decimal(str(payment["total"])) + price)
    return data
