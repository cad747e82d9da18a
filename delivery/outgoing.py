"""Getting a project's documents out: rendering, messages, drafts, sending, the calendar.

Shared by the app (gui/sending, on worker threads) and the command line (cli/send): each
function takes plain values and returns plain values (or raises). Documents come from
delivery.render (the one function that renders a project's document; its names are
re-exported here for the app), messages from delivery.mail, sending from delivery.smtp, and
every successful send is kept in the project's history.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any

from delivery.config import config_dir, load_smtp
from delivery.drafts import write_eml
from delivery.mail import Attachment, compose, default_subject_body
from delivery.passwords import PasswordStore
from delivery.render import AGREEMENT as AGREEMENT
from delivery.render import CHANGE_ORDER as CHANGE_ORDER
from delivery.render import CHECKLIST as CHECKLIST
from delivery.render import KINDS as KINDS
from delivery.render import DocumentFile as DocumentFile
from delivery.render import NoChangeOrder as NoChangeOrder
from delivery.render import render_project_document
from delivery.settings import SmtpSettings
from delivery.smtp import SendStep, send
from delivery.templates import LANGUAGES, MailTemplate, templates_folder, unknown_placeholders
from domain.files import slug
from domain.lifecycle import RecordKind
from domain.model import Contract
from storage.repository import Repository
from storage.service import record_event

if TYPE_CHECKING:
    from documents import RenderOptions

MIME = {"pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
#: Where unsent messages are kept, inside the data folder.
OUTBOX = "outbox"
#: The user's mail templates, inside the configuration folder.
MAIL_FOLDER = "mail"


@dataclass(frozen=True)
class Documents:
    """Which documents a project has: the version in force and its change orders, if any."""

    project_id: str
    title: str
    version: int
    change: str | None
    change_version: int | None
    #: Every change order's number, oldest first (CO-1, CO-2 …).
    changes: tuple[str, ...] = ()


def documents_of(*, repo: Repository, project_id: str) -> Documents:
    """The version in force and the change orders of a project (the latest one apart)."""
    state = repo.state(project_id)
    record = repo.version(project_id, state.in_force)
    order = state.change_orders[-1] if state.change_orders else None
    return Documents(project_id, record.contract.title, record.number,
                     order.number if order else None, order.version if order else None,
                     tuple(c.number for c in state.change_orders))


def render(*, repo: Repository, project_id: str, kind: str, fmt: str, paper: str,
           change: str | None = None, options: RenderOptions | None = None) -> DocumentFile:
    """The agreement or checklist of the version in force, or a change order (`change`: which; the latest).

    The app's Print, Email and History export call this; it is delivery.render's function with
    `change` meaning the change order attached beside the documents in force. `options`
    (documents.RenderOptions) adds back the template notice or "Prepared with Pacta".
    """
    return render_project_document(repo=repo, project_id=project_id, kind=kind, fmt=fmt, paper=paper,
                                   change=change if kind == CHANGE_ORDER else None, options=options)


def render_many(*, repo: Repository, project_id: str, wanted: Sequence[tuple[str, str]],
                paper: str, change: str | None = None) -> list[DocumentFile]:
    """Several documents, in the order asked (`change` chooses the change order; the others are in force)."""
    return [render(repo=repo, project_id=project_id, kind=k, fmt=f, paper=paper, change=change)
            for k, f in wanted]


def warnings_of(documents: Sequence[DocumentFile]) -> list[str]:
    """Every rendering warning of `documents`, each once, with the file it concerns."""
    seen: list[str] = []
    for document in documents:
        for warning in document.warnings:
            line = f"{document.name}: {warning}"
            if line not in seen:
                seen.append(line)
    return seen


def write_file(*, path: Path, data: bytes) -> Path:
    """Write bytes atomically; returns the path."""
    from storage.atomic import write_atomic

    write_atomic(path, data)
    return path


# Mail templates


def mail_templates_dir() -> Path:
    """The user's own mail templates: `mail/` in the configuration folder."""
    return config_dir() / MAIL_FOLDER


def user_templates() -> Path | None:
    """The user's template folder when it exists (the bundled templates fill any gap)."""
    folder = mail_templates_dir()
    return folder if folder.is_dir() else None


@dataclass(frozen=True)
class TemplateProblem:
    """A placeholder in a user's template file that Pacta does not know."""

    path: Path
    placeholder: str

    def message(self, lang: str) -> str:
        """The problem in plain words, in `lang`."""
        if lang == "es":
            return (f"{self.path.name}: Pacta no conoce el campo ${{{self.placeholder}}}; "
                    "en el mensaje aparecerá tal cual.")
        return (f"{self.path.name}: Pacta does not know the placeholder ${{{self.placeholder}}}; "
                "it appears in the message as typed.")


def copy_mail_templates(folder: Path | None = None) -> Path:
    """Copy the bundled templates into the user's folder (files already there are kept)."""
    folder = folder or mail_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for source in sorted(templates_folder().glob("*.txt")):
        target = folder / source.name
        if not target.exists():
            shutil.copyfile(source, target)
    return folder


def template_problems(folder: Path | None = None) -> list[TemplateProblem]:
    """Unknown placeholders in the user's template files, file by file."""
    folder = folder or mail_templates_dir()
    problems: list[TemplateProblem] = []
    if not folder.is_dir():
        return problems
    for path in sorted(folder.glob("*.txt")):
        try:
            template = MailTemplate.parse(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
        names = unknown_placeholders(template.subject + "\n" + template.body)
        problems.extend(TemplateProblem(path, name) for name in names)
    return problems


def edit_mail_templates() -> tuple[Path, list[TemplateProblem]]:
    """Copy the templates for editing (once) and check the ones already edited."""
    folder = copy_mail_templates()
    return folder, template_problems(folder)


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
    #: Every change order's number, oldest first; `change` is the latest.
    changes: tuple[str, ...] = ()


def subject_body(contract: Contract, version: int) -> tuple[str, str]:
    """The subject and body of the contract's language, from the user's templates when present."""
    return default_subject_body(contract, version, folder=user_templates())


def mail_start(*, repo: Repository, project_id: str) -> MailStart:
    """Everything the email dialog pre-fills, in the contract's language."""
    from delivery.config import SettingsFileError

    state = repo.state(project_id)
    record = repo.version(project_id, state.in_force)
    contract = record.contract
    subject, body = subject_body(contract, record.number)
    problem = ""
    try:
        loaded = load_smtp()
    except SettingsFileError as exc:
        loaded, problem = None, str(exc)
    store = PasswordStore()
    available = store.available()
    reasons = {lang: store.reason(lang) or "" for lang in LANGUAGES}
    changes = tuple(c.number for c in state.change_orders)
    return MailStart(
        project_id=project_id, contract=contract, version=record.number, fingerprint=record.fingerprint,
        to=contract.client.email or "", subject=subject, body=body,
        change=changes[-1] if changes else None,
        settings=loaded[0] if loaded else None, sender=loaded[1] if loaded else "",
        settings_problem=problem, keyring=available, keyring_reason=reasons, changes=changes,
    )


def build_message(*, start: MailStart, to: Sequence[str], cc: Sequence[str], subject: str, body: str,
                  documents: Sequence[DocumentFile], sender: str) -> EmailMessage:
    """The message with the documents attached (AddressError when an address is wrong)."""
    return compose(start.contract, version=start.version, to=to, cc=cc, sender=sender, subject=subject,
                   body=body, attachments=[Attachment(d.name, d.data, MIME[d.fmt]) for d in documents])


def outbox_path(data_dir: Path) -> Path:
    """The folder of unsent messages in the data folder."""
    return data_dir / OUTBOX


def save_draft(*, message: EmailMessage, path: Path, unique: bool = False) -> Path:
    """The message as an `.eml` draft (X-Unsent: 1) at `path` (with `unique`, at the first free
    name beside it, never replacing a file); returns the file written."""
    return write_eml(message, path, unique=unique)


def keep_in_outbox(*, message: EmailMessage, data_dir: Path, title: str, version: int) -> Path:
    """The message as a draft in the data folder's outbox; returns the file."""
    outbox = outbox_path(data_dir)
    outbox.mkdir(parents=True, exist_ok=True)
    return write_eml(message, outbox / draft_name(title, version), unique=True)


def draft_name(title: str, version: int, now: dt.datetime | None = None) -> str:
    """`redisenio-del-sitio-v2-20261122-140512.eml`."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{slug(title)}-v{version}-{stamp}.eml"


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
    warn: Callable[[Any], None] | None = None,
) -> dict[str, Any]:
    """Send through the user's server, then keep the send in the project's history.

    Returns the history record's data. With `remember`, a password the user typed is kept in
    the keyring once the server accepted it. `warn` is told each time the connection goes on
    unencrypted (delivery.smtp.UnencryptedWarning).
    """
    if settings.username and password is None:
        password = PasswordStore().get(settings)
    receipt = send(message, settings, password=password, cancel=cancel, progress=progress, context=context,
                   warn=warn)
    if remember and password is not None:
        PasswordStore().save(settings, password)
    data = receipt.to_dict()
    # The history's one-line description (domain.timeline) names everyone it went to.
    data["recipients"] = list(receipt.recipients)
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
    return data, f"{slug(record.contract.title)}-v{record.number}.ics"


def dated_count(*, repo: Repository, project_id: str) -> int:
    """How many dated commitments the version in force has."""
    from delivery.calendar import dated_items

    record = repo.version(project_id, repo.state(project_id).in_force)
    return len(dated_items(record.contract, version=record.number))
