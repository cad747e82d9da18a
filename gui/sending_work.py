"""What printing, mailing and the calendar export do to the data folder; run on worker threads.

No widget here: each function takes plain values and returns plain values (or raises).
Documents come from documents.render_document, messages from delivery.mail, sending from
delivery.smtp, and every successful send is kept in the project's history.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from delivery.config import load_smtp
from delivery.drafts import write_eml
from delivery.mail import Attachment, compose, default_subject_body
from delivery.passwords import PasswordStore
from delivery.settings import SmtpSettings
from delivery.smtp import SendStep, send
from domain.lifecycle import RecordKind
from domain.model import Contract
from storage.repository import Repository
from storage.service import change_base, record_event

AGREEMENT, CHECKLIST, CHANGE_ORDER = "agreement", "checklist", "change-order"
MIME = {"pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
#: Where unsent messages are kept, inside the data folder.
OUTBOX = "outbox"


@dataclass(frozen=True)
class DocumentFile:
    """One rendered document: what it is, its file name and bytes, and the version it shows."""

    kind: str
    fmt: str
    name: str
    data: bytes
    project_id: str
    version: int
    fingerprint: str
    change: str | None = None

    @property
    def payload(self) -> str:
        """The verification code printed on its signature page: `pacta:ID:VERSION:FINGERPRINT`."""
        return f"pacta:{self.project_id}:{self.version}:{self.fingerprint}"


@dataclass(frozen=True)
class Documents:
    """Which documents a project has: the version in force and its latest change order, if any."""

    project_id: str
    title: str
    version: int
    change: str | None
    change_version: int | None


def documents_of(*, repo: Repository, project_id: str) -> Documents:
    """The version in force and the latest change order of a project."""
    state = repo.state(project_id)
    record = repo.version(project_id, state.in_force)
    order = state.change_orders[-1] if state.change_orders else None
    return Documents(project_id, record.contract.title, record.number,
                     order.number if order else None, order.version if order else None)


def _slug(title: str) -> str:
    from gui.services import slug

    return slug(title)


def render(*, repo: Repository, project_id: str, kind: str, fmt: str, paper: str) -> DocumentFile:
    """The agreement or checklist of the version in force, or the latest change order."""
    from documents import ChangeInfo, DocumentFormat, DocumentKind, DocumentMeta, render_document

    state = repo.state(project_id)
    previous: Contract | None = None
    change: ChangeInfo | None = None
    number = state.in_force
    co_number: str | None = None
    if kind == CHANGE_ORDER:
        if not state.change_orders:
            raise LookupError("no change order")
        order = state.change_orders[-1]
        number, co_number = order.version, order.number
        previous = repo.version(project_id, change_base(repo, project_id, number)).contract
        change = ChangeInfo(number=order.number, reason=order.reason, requested_by=order.requested_by,
                            asked_on=order.asked_on, status=order.status.value)
    record = repo.version(project_id, number)
    meta = DocumentMeta(project_id=project_id, version=record.number, fingerprint=record.fingerprint, paper=paper)
    rendered = render_document(DocumentKind(kind), DocumentFormat(fmt), record.contract, meta,
                               previous=previous, change=change)
    suffix = co_number.lower() if co_number else kind
    name = f"{_slug(record.contract.title)}-v{record.number}-{suffix}.{fmt}"
    return DocumentFile(kind, fmt, name, bytes(rendered.data), project_id, record.number, record.fingerprint,
                        co_number)


def render_many(*, repo: Repository, project_id: str, wanted: Sequence[tuple[str, str]],
                paper: str) -> list[DocumentFile]:
    """Several documents, in the order asked."""
    return [render(repo=repo, project_id=project_id, kind=k, fmt=f, paper=paper) for k, f in wanted]


def write_file(*, path: Path, data: bytes) -> Path:
    """Write bytes atomically; returns the path."""
    from storage.atomic import write_atomic

    write_atomic(path, data)
    return path


# Mail


@dataclass(frozen=True)
class MailStart:
    """What the email dialog starts from: the contract, its template text and the mail settings."""

    project_id: str
    contract: Contract
    version: int
    fingerprint: str
    to: str
    subject: str
    body: str
    change: str | None
    settings: SmtpSettings | None
    sender: str
    settings_problem: str = ""
    keyring: bool = True
    keyring_reason: dict[str, str] = field(default_factory=dict)


def mail_start(*, repo: Repository, project_id: str) -> MailStart:
    """Everything the email dialog pre-fills, in the contract's language."""
    from delivery.config import SettingsFileError

    state = repo.state(project_id)
    record = repo.version(project_id, state.in_force)
    contract = record.contract
    subject, body = default_subject_body(contract, record.number)
    problem = ""
    try:
        loaded = load_smtp()
    except SettingsFileError as exc:
        loaded, problem = None, str(exc)
    store = PasswordStore()
    available = store.available()
    reasons = {lang: store.reason(lang) or "" for lang in ("es", "en")}
    return MailStart(
        project_id=project_id, contract=contract, version=record.number, fingerprint=record.fingerprint,
        to=contract.client.email or "", subject=subject, body=body,
        change=state.change_orders[-1].number if state.change_orders else None,
        settings=loaded[0] if loaded else None, sender=loaded[1] if loaded else "",
        settings_problem=problem, keyring=available, keyring_reason=reasons,
    )


def build_message(*, start: MailStart, to: Sequence[str], cc: Sequence[str], subject: str, body: str,
                  documents: Sequence[DocumentFile], sender: str) -> EmailMessage:
    """The message with the documents attached (AddressError when an address is wrong)."""
    return compose(start.contract, version=start.version, to=to, cc=cc, sender=sender, subject=subject,
                   body=body, attachments=[Attachment(d.name, d.data, MIME[d.fmt]) for d in documents])


def outbox_path(data_dir: Path) -> Path:
    """The folder of unsent messages in the data folder."""
    return data_dir / OUTBOX


def save_draft(*, message: EmailMessage, path: Path) -> Path:
    """The message as an `.eml` draft (X-Unsent: 1) at `path`."""
    return write_eml(message, path)


def draft_name(title: str, version: int, now: dt.datetime | None = None) -> str:
    """`redisenio-del-sitio-v2-20261122-1405.eml`."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{_slug(title)}-v{version}-{stamp}.eml"


def saved_password(*, settings: SmtpSettings) -> str | None:
    """The password the keyring holds for this server (None when none is kept)."""
    return PasswordStore().get(settings)


def send_and_record(
    *,
    repo: Repository,
    project_id: str,
    message: EmailMessage,
    settings: SmtpSettings,
    password: str | None,
    documents: Sequence[DocumentFile],
    cancel: threading.Event,
    progress: Callable[[SendStep], None],
    remember: bool = False,
    context: Any = None,
) -> dict[str, Any]:
    """Send through the user's server, then keep the send in the project's history.

    Returns the history record's data. With `remember`, a password the user typed is kept in
    the keyring once the server accepted it.
    """
    if settings.username and password is None:
        password = PasswordStore().get(settings)
    receipt = send(message, settings, password=password, cancel=cancel, progress=progress, context=context)
    if remember and password is not None:
        PasswordStore().save(settings, password)
    data = receipt.to_dict()
    versions = {d.version for d in documents}
    data["version"] = max(versions) if versions else repo.state(project_id).in_force
    data["documents"] = [
        {"kind": d.kind, "format": d.fmt, "fingerprint": d.fingerprint, "version": d.version,
         "name": d.name, "sha256": hashlib.sha256(d.data).hexdigest()}
        | ({"change": d.change} if d.change else {})
        for d in documents
    ]
    try:
        record_event(repo, project_id, RecordKind.EMAIL, data)
    except Exception as exc:  # the message is out: say so, whatever the history's trouble
        raise NotRecorded(data, exc) from exc
    return data


class NotRecorded(Exception):
    """The message was sent but could not be kept in the project's history."""

    def __init__(self, data: dict[str, Any], error: BaseException) -> None:
        super().__init__(str(error))
        self.data = data
        self.error = error


# Calendar


def calendar(*, repo: Repository, project_id: str) -> tuple[bytes, str]:
    """The version in force's dated commitments as `.ics` bytes, and a file name for them."""
    from delivery.calendar import build_ics

    record = repo.version(project_id, repo.state(project_id).in_force)
    data = build_ics(record.contract, project_id=project_id, version=record.number)
    return data, f"{_slug(record.contract.title)}-v{record.number}.ics"


def dated_count(*, repo: Repository, project_id: str) -> int:
    """How many dated commitments the version in force has."""
    from delivery.calendar import dated_items

    record = repo.version(project_id, repo.state(project_id).in_force)
    return len(dated_items(record.contract, version=record.number))
