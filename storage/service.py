"""What a user does to a project after creating it: send, sign, change, attach, note.

Each operation checks the contract's life rules (domain.lifecycle) and then
appends to the project's records; nothing here edits or removes what is stored.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from domain import formatting
from domain.lifecycle import (
    TRANSITIONS,
    ChangeOrder,
    ChangeStatus,
    JournalKind,
    RecordKind,
    Status,
)
from domain.limits import FileProblem
from domain.model import Contract
from domain.payments import DEFAULT_DIFFERENCE, Difference
from domain.timeline import STATUS_NAMES, name
from domain.validation import contract_to_data
from storage.atomic import write_atomic
from storage.errors import NotFound, StorageError, unknown_change
from storage.repository import Record, Repository, VersionRecord

F = TypeVar("F", bound=Callable[..., Any])

ATTACHMENT_TYPES = {
    b"%PDF": ".pdf",
    b"\x89PNG": ".png",
    b"\xff\xd8\xff": ".jpg",
    b"II*\x00": ".tif",
    b"MM\x00*": ".tif",
}


_MESSAGES: dict[str, dict[str, str]] = {
    "closed": {
        "en": "project {id} is {status}: change order {number} can no longer be accepted or rejected",
        "es": "el proyecto {id} está {status}: la orden de cambio {number} ya no se puede aceptar ni rechazar",
    },
    "decided_before_asked": {
        "en": "{number} cannot be {decision} on {date}: it was only asked for on {asked}",
        "es": "{number} no puede quedar {decision} el {date}: no se pidió hasta el {asked}",
    },
    "status_before": {
        "en": "the contract cannot be {status} on {date}, before {since}, when it was marked {previous}",
        "es": "el contrato no puede quedar {status} el {date}, antes del {since}, fecha en que pasó a «{previous}»",
    },
    # The store's own wording for these, with the status in words rather than in quotes.
    "decided": {
        "en": "change order {number} is already {status}",
        "es": "la orden de cambio {number} ya está {status}",
    },
    "frozen": {
        "en": "project {id} is {status}: it can no longer change",
        "es": "el proyecto {id} está {status}: ya no admite cambios",
    },
    "requested_by": {
        "en": "the contract is signed, so say who asked for this change: --requested-by client or provider",
        "es": "el contrato está firmado: indique quién pidió este cambio con --requested-by client o provider",
    },
    "struck": {
        "en": "journal entry {number} of project {id} is already struck through{why}; it stays as it is",
        "es": "la entrada de diario {number} del proyecto {id} ya está tachada{why}; se deja tal cual",
    },
    "struck_why": {"en": " (reason: {reason})", "es": " (motivo: {reason})"},
    "nothing_changed": {
        "en": "project {id} has no change order and a single version: there is no change to put on paper",
        "es": "el proyecto {id} no tiene ninguna orden de cambio y solo tiene una versión: no hay ningún cambio que "
        "documentar",
    },
}

# Parameters that name a status (translated with STATUS_NAMES) in the messages raised here.
_STATUS_PARAMS = frozenset({"status", "current", "new", "previous", "decision"})


class LifeError(StorageError):
    """A refusal of the contract's life rules, with statuses and dates in the user's language."""

    def message(self, lang: str) -> str:
        """The error in words, in `lang` (es or en)."""
        params: dict[str, object] = {}
        for key, value in self.params.items():
            if key in _STATUS_PARAMS and isinstance(value, str):
                params[key] = name(STATUS_NAMES, value, lang)
            elif isinstance(value, dt.date):
                params[key] = formatting.date(value, lang)
            else:
                params[key] = value
        if self.code == "struck":
            reason = str(self.params.get("reason") or "")
            params["why"] = _words("struck_why", lang, reason=reason) if reason else ""
        if self.code not in _MESSAGES:
            return StorageError(self.code, **params).message(lang)
        return _words(self.code, lang, **params)


class RequesterRequired(LifeError):
    """A change to a signed contract must say who asked for it; on the command line, a usage error."""

    def __init__(self) -> None:
        super().__init__("requested_by")


def _locked(func: F) -> F:
    """Run `func` holding the data folder's write lock: what it checks is what it writes on."""

    @functools.wraps(func)
    def wrapper(repo: Repository, *args: Any, **kwargs: Any) -> Any:
        with repo.writing():
            return func(repo, *args, **kwargs)

    return cast(F, wrapper)


def _words(code: str, lang: str, **params: object) -> str:
    table = _MESSAGES[code]
    return (table.get(lang) or table["en"]).format(**params)


@dataclass(frozen=True)
class ChangeResult:
    """The version a change produced, and its change order when the contract was signed."""

    version: VersionRecord
    change_order: ChangeOrder | None


def record_change(
    repo: Repository,
    project_id: str,
    contract: Contract,
    *,
    reason: str,
    requested_by: str | None = None,
    asked_on: dt.date | None = None,
    difference: str | None = None,
) -> ChangeResult:
    """Store `contract` as the next version; after signing, as a proposed change order.

    `difference` (domain.payments.Difference) says where the change in price goes in the
    payment schedule; it is stored with the change order (the default when not given).
    """
    with repo.writing():
        return _record_change(repo, project_id, contract, reason=reason, requested_by=requested_by,
                              asked_on=asked_on, difference=difference)


def _record_change(
    repo: Repository,
    project_id: str,
    contract: Contract,
    *,
    reason: str,
    requested_by: str | None,
    asked_on: dt.date | None,
    difference: str | None,
) -> ChangeResult:
    state = repo.state(project_id)
    if state.status in (Status.COMPLETED, Status.TERMINATED):
        raise LifeError("frozen", id=project_id, status=state.status.value)
    # Compared with the newest stored version (a proposed change too), not the one in force.
    latest = repo.latest_version(project_id)
    # Deliverables that came without an id take the project's own before the comparison,
    # so a contract that differs only in made-up ids is not stored as a new version.
    contract = repo.carry_ids(project_id, contract)
    if contract_to_data(contract) == contract_to_data(latest.contract):
        raise StorageError("identical", number=latest.number)
    if not state.frozen:
        version = repo.add_version(project_id, contract, reason=reason, requested_by=requested_by)
        return ChangeResult(version, None)
    if not reason.strip():
        raise StorageError("empty_text", field="--reason")
    if requested_by is None:
        raise RequesterRequired()
    number = state.next_change_number()
    asked = asked_on or dt.date.today()
    order_data = {
        "number": number,
        "version": repo.next_version_number(project_id),
        "base_version": state.in_force,
        "reason": reason,
        "requested_by": requested_by,
        "asked_on": asked.isoformat(),
        "difference": Difference(difference or DEFAULT_DIFFERENCE).value,
    }
    # The version and its change order in one write: a crash leaves both or neither.
    version = repo.add_version(project_id, contract, reason=reason, requested_by=requested_by,
                               record=(RecordKind.CHANGE, order_data))
    order = repo.state(project_id).change_order(number)
    return ChangeResult(version, order)


@_locked
def set_status(repo: Repository, project_id: str, status: Status, on: dt.date | None = None,
               *, details: dict[str, Any] | None = None) -> Record:
    """Record that the contract was sent, signed, completed or terminated.

    The date may not be earlier than the status before it: a contract is not signed before it was sent.
    `details` (such as who signed, from a received signed PDF) are kept with the record.
    """
    state = repo.state(project_id)
    if status not in TRANSITIONS[state.status]:
        raise LifeError("transition", current=state.status.value, new=status.value)
    day = on or dt.date.today()
    since = state.status_dates.get(state.status.value)
    if since is not None and day < since:
        raise LifeError("status_before", status=status.value, date=day, previous=state.status.value, since=since)
    data: dict[str, Any] = {**(details or {}), "status": status.value, "date": day.isoformat()}
    if status is Status.SIGNED:
        data["version"] = state.in_force
    return repo.append_record(project_id, RecordKind.STATUS, data)


@_locked
def decide_change(
    repo: Repository,
    project_id: str,
    number: str,
    *,
    accepted: bool,
    on: dt.date | None = None,
    reason: str | None = None,
    details: dict[str, Any] | None = None,
) -> Record:
    """Accept (signed by both) or reject a proposed change order.

    Refused once the contract is completed or terminated, and on a date before the change was asked for.
    `details` (such as who signed, from a received signed PDF) are kept with the record.
    """
    state = repo.state(project_id)
    order = state.change_order(number)
    if order is None:
        raise unknown_change(project_id, number, [c.number for c in state.change_orders])
    if order.status is not ChangeStatus.PROPOSED:
        raise LifeError("decided", number=order.number, status=order.status.value)
    if state.status in (Status.COMPLETED, Status.TERMINATED):
        raise LifeError("closed", id=project_id, status=state.status.value, number=order.number)
    if accepted and order.base_version != state.in_force:
        raise StorageError("stale", number=order.number, base=order.base_version, current=state.in_force)
    if not accepted and not (reason or "").strip():
        raise StorageError("empty_text", field="--reason")
    decision = ChangeStatus.ACCEPTED if accepted else ChangeStatus.REJECTED
    day = on or dt.date.today()
    if day < order.asked_on:
        raise LifeError(
            "decided_before_asked", number=order.number, decision=decision.value, date=day, asked=order.asked_on
        )
    return repo.append_record(
        project_id,
        RecordKind.CHANGE_STATUS,
        {
            **(details or {}),
            "number": order.number,
            "status": decision.value,
            "date": day.isoformat(),
            "reason": reason,
        },
    )


@_locked
def attach(
    repo: Repository,
    project_id: str,
    data: bytes,
    name: str,
    *,
    version: int | None = None,
    change: str | None = None,
) -> Record:
    """Keep a scanned signed copy in the data folder and record its SHA-256.

    `data` is the file's content, read by the caller with domain.limits.read_limited (a
    regular file within ATTACHMENT_BYTES), and `name` its file name.
    """
    state = repo.state(project_id)
    target: dict[str, Any]
    if change is not None:
        order = state.change_order(change)
        if order is None:
            raise unknown_change(project_id, change, [c.number for c in state.change_orders])
        target = {"change": order.number}
    else:
        number = version if version is not None else state.in_force
        repo.version(project_id, number)
        target = {"version": number}
    suffix = next((ext for magic, ext in ATTACHMENT_TYPES.items() if data.startswith(magic)), None)
    if suffix is None:
        raise StorageError("attachment_type", path=name)
    digest = hashlib.sha256(data).hexdigest()
    folder = repo.project_dir(project_id) / "files"
    stored = folder / f"{digest}{suffix}"
    if not stored.exists():
        try:
            folder.mkdir(exist_ok=True)
            write_atomic(stored, data)
        except OSError as exc:
            raise FileProblem.from_os(stored, exc, writing=True) from None
    return repo.append_record(
        project_id,
        RecordKind.ATTACHMENT,
        {"target": target, "name": name, "sha256": digest, "file": f"files/{stored.name}"},
    )


def attachment_matches(repo: Repository, project_id: str, record: Record) -> bool:
    """Whether an attached file is still the one whose SHA-256 was recorded."""
    path = repo.project_dir(project_id) / record.data["file"]
    try:
        return bool(hashlib.sha256(path.read_bytes()).hexdigest() == record.data["sha256"])
    except OSError:
        return False


@_locked
def add_journal(
    repo: Repository, project_id: str, text: str, *, kind: JournalKind, on: dt.date | None = None
) -> Record:
    """A dated journal entry: a question, feedback, a decision or an incident."""
    if not text.strip():
        raise StorageError("empty_text", field="--add")
    state = repo.state(project_id)
    entry_id = len(state.journal) + 1
    return repo.append_record(
        project_id,
        RecordKind.JOURNAL,
        {"id": entry_id, "kind": kind.value, "text": text, "date": (on or dt.date.today()).isoformat()},
    )


@_locked
def strike_journal(repo: Repository, project_id: str, entry_id: int, *, reason: str = "") -> Record:
    """Mark a journal entry as struck through; it stays in the record."""
    state = repo.state(project_id)
    entry = next((e for e in state.journal if e.id == entry_id), None)
    if entry is None:
        raise StorageError("no_entry", id=project_id, number=entry_id)
    if entry.struck:
        raise LifeError("struck", id=project_id, number=entry_id, reason=entry.strike_reason or "")
    return repo.append_record(project_id, RecordKind.STRIKE, {"id": entry_id, "reason": reason})


@_locked
def record_round(
    repo: Repository,
    project_id: str,
    deliverable: str,
    *,
    kind: str,
    note: str = "",
    on: dt.date | None = None,
) -> Record:
    """A delivery of a deliverable, or a round of client feedback on it."""
    contract = repo.version(project_id, repo.state(project_id).in_force).contract
    if contract.deliverable(deliverable) is None:
        raise StorageError("no_deliverable", id=project_id, deliverable=deliverable)
    return repo.append_record(
        project_id,
        RecordKind.ROUND,
        {"deliverable": deliverable, "kind": kind, "date": (on or dt.date.today()).isoformat(), "note": note},
    )


@_locked
def record_event(repo: Repository, project_id: str, kind: RecordKind, data: dict[str, Any]) -> Record:
    """A generated document or a sent email, kept in the project's history."""
    if kind not in (RecordKind.DOCUMENT, RecordKind.EMAIL):
        raise ValueError(kind)
    return repo.append_record(project_id, kind, data)


def change_base(repo: Repository, project_id: str, version: int) -> int:
    """The version a change order for `version` is compared against."""
    order = repo.state(project_id).change_for_version(version)
    if order is not None:
        return order.base_version
    if version <= 1:
        raise NotFound("no_version", id=project_id, number=version - 1)
    return version - 1
