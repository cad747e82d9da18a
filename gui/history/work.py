"""Storage work for the History tab and the lifecycle actions, run off the GUI thread.

Each function takes the repository and plain values and returns plain data; none
touches a widget. They mirror `pacta history`, `diff`, `status`, `accept`, `reject`,
and `change`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from domain.diff import ContractDiff, diff_contracts
from domain.lifecycle import TRANSITIONS, ChangeOrder, ProjectState, Status
from domain.model import Contract
from domain.payments import Plan
from domain.validation import read_contract_file
from storage.payments import payment_plan
from storage.repository import Record, Repository, VersionRecord
from storage.service import decide_change, record_change, set_status


@dataclass(frozen=True)
class Event:
    """One line of a project's timeline.

    `kind` is "version" or a record kind (status, change, change_status, document,
    attachment, email, journal, strike, round, trashed, restored); `day` is the date the
    event is about (a status's date, the day a change was asked for), `at` when it was
    recorded; `data` holds what the record holds (for a version: number, reason, who asked,
    fingerprint).
    """

    kind: str
    day: dt.date
    at: dt.datetime
    order: int
    data: dict[str, Any]
    version: int | None = None
    change: str | None = None


@dataclass(frozen=True)
class VersionInfo:
    """A stored version as the History tab lists it."""

    number: int
    created: dt.datetime
    reason: str
    requested_by: str | None
    fingerprint: str
    change: str | None  # the change order that proposed it, if any


@dataclass(frozen=True)
class History:
    """What the History tab shows about one project."""

    project_id: str
    title: str
    currency: str
    state: ProjectState
    versions: list[VersionInfo]
    events: list[Event]  # oldest first

    @property
    def change_orders(self) -> list[ChangeOrder]:
        """The project's change orders, CO-1 first."""
        return list(self.state.change_orders)

    def allowed(self) -> frozenset[Status]:
        """The statuses the contract may move to next."""
        return TRANSITIONS[self.state.status]


def _day(value: Any, fallback: dt.date) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return fallback


def _event(record: Record) -> Event:
    data = dict(record.data)
    fallback = record.at.date()
    version: int | None = None
    change: str | None = None
    if record.kind in ("status", "change_status", "journal", "round"):
        day = _day(data.get("date"), fallback)
    elif record.kind == "change":
        day = _day(data.get("asked_on"), fallback)
    else:
        day = fallback
    if record.kind in ("change", "change_status"):
        change = str(data.get("number"))
    if record.kind == "change":
        version = int(data["version"])
    elif record.kind == "document":
        version = int(data["version"]) if data.get("version") is not None else None
        change = data.get("change")
    elif record.kind == "status" and data.get("version") is not None:
        version = int(data["version"])
    elif record.kind == "attachment":
        target = data.get("target", {})
        change = target.get("change")
        version = int(target["version"]) if "version" in target else None
    return Event(record.kind, day, record.at, 2 * record.seq + 1, data, version, change)


def _merge(versions: list[Event], records: list[Event]) -> list[Event]:
    """Versions and records are two chains, each in order; their times (to the second) put them in one line.

    Within the same second a record comes first, unless it names a version not yet listed
    (a change order, a signature, a document of that version) or the version is the first
    one (a project has no records before its first version): then the version goes first.
    """
    out: list[Event] = []
    i = j = 0
    while i < len(versions) or j < len(records):
        if j >= len(records):
            out.append(versions[i])
            i += 1
        elif i >= len(versions):
            out.append(records[j])
            j += 1
        else:
            v, r = versions[i], records[j]
            number = int(v.data["number"])
            needs = number == 1 or (r.version is not None and r.version >= number)
            if v.at < r.at or (v.at == r.at and needs):
                out.append(v)
                i += 1
            else:
                out.append(r)
                j += 1
    return out


def load(*, repo: Repository, project_id: str) -> History:
    """Versions, change orders, statuses, documents, scans, mail and notes of a project, in order."""
    versions = repo.versions(project_id)
    records = repo.records(project_id)
    state = repo.state(project_id)
    infos = []
    version_events: list[Event] = []
    for v in versions:
        order = state.change_for_version(v.number)
        infos.append(VersionInfo(v.number, v.created, v.reason, v.requested_by, v.fingerprint,
                                 order.number if order is not None else None))
        version_events.append(Event("version", v.created.date(), v.created, v.number, {
            "number": v.number, "reason": v.reason, "requested_by": v.requested_by,
            "fingerprint": v.fingerprint}, v.number, order.number if order is not None else None))
    events = _merge(version_events, [_event(r) for r in records])
    latest = versions[-1].contract
    return History(project_id, latest.title, latest.currency, state, infos, events)


@dataclass(frozen=True)
class Comparison:
    """Two versions of a contract and what differs between them."""

    old_number: int
    new_number: int
    old: Contract
    new: Contract
    diff: ContractDiff
    #: The payments as the change order that made the newer version leaves them (None: no such order).
    plan: Plan | None = None


def compare(*, repo: Repository, project_id: str, old: int, new: int) -> Comparison:
    """The diff between two stored versions, older first."""
    first, second = sorted((old, new))
    a: VersionRecord = repo.version(project_id, first)
    b: VersionRecord = repo.version(project_id, second)
    plan = payment_plan(repo, project_id, second)
    made = plan.change is not None and plan.change.base_version == first
    return Comparison(first, second, a.contract, b.contract, diff_contracts(a.contract, b.contract),
                      plan if made else None)


def mark(*, repo: Repository, project_id: str, status: str, on: dt.date) -> Record:
    """Record that the contract was sent, signed, completed or terminated on `on`."""
    return set_status(repo, project_id, Status(status), on)


def decide(*, repo: Repository, project_id: str, number: str, accepted: bool, on: dt.date,
           reason: str | None = None) -> Record:
    """Accept (signed by both parties) or reject a proposed change order."""
    return decide_change(repo, project_id, number, accepted=accepted, on=on, reason=reason)


@dataclass(frozen=True)
class ChangeRecorded:
    """The version a change from a file produced, and its change order number if signed."""

    version: int
    change: str | None


def read_change(*, path: Path, lang: str) -> Contract:
    """A contract from an interchange JSON file (ContractError when it is refused)."""
    return read_contract_file(path, lang)


def change_from_file(*, repo: Repository, project_id: str, path: Path, lang: str, reason: str,
                     requested_by: str, asked_on: dt.date, difference: str | None = None) -> ChangeRecorded:
    """Record the contract in `path` as the project's next version (a change order once signed).

    `difference` (domain.payments.Difference) says where a change order's difference in price goes.
    """
    contract = read_contract_file(path, lang)
    result = record_change(repo, project_id, contract, reason=reason, requested_by=requested_by, asked_on=asked_on,
                           difference=difference)
    return ChangeRecorded(result.version.number, result.change_order.number if result.change_order else None)


