"""A letter to the client from a project: its facts, its files, its message, and its journal entry.

Shared by the command line (`pacta letter`, `pacta send --letter`) and the app. The letter
is written from the version in force, the project's records (statuses, rounds, change
orders) and the payments received (the payment records); every letter saved or sent is kept in the journal with
its text and fingerprint.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from email.message import EmailMessage

from delivery.mail import Attachment, compose
from documents.letters import Letter, render_letter, text_fingerprint, write_letter
from documents.meta import DocumentMeta
from domain.files import slug
from domain.letters import Kind, LetterInput, letter_facts
from domain.model import Contract
from storage.letters import record_letter
from storage.payments import contracts_of
from storage.repository import Record, Repository, VersionRecord

FORMATS = ("txt", "pdf", "docx", "eml")
MIME = {"pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "txt": "text/plain"}


@dataclass(frozen=True)
class Request:
    """What the user asks for: the kind of letter, its date and what they typed."""

    kind: Kind
    date: dt.date
    request: str = ""
    deliverable: str | None = None
    hours: Decimal | None = None
    price: Decimal | None = None
    extra_days: int | None = None
    by_client: bool = False


@dataclass(frozen=True)
class ProjectLetter:
    """A letter written for a project, with the version it quotes."""

    project_id: str
    letter: Letter
    record: VersionRecord

    @property
    def contract(self) -> Contract:
        """The version in force the letter quotes."""
        return self.record.contract

    def file_name(self, fmt: str) -> str:
        """`rediseno-del-sitio-payment-reminder-2026-12-15.pdf`."""
        facts = self.letter.facts
        return f"{slug(self.contract.title)}-{facts.kind.value}-{facts.date.isoformat()}.{fmt}"


def write_for(*, repo: Repository, project_id: str, request: Request) -> ProjectLetter:
    """The letter for a project (raises domain.letters.LetterError when it cannot be written)."""
    state = repo.state(project_id)
    record = repo.version(project_id, state.in_force)
    given = LetterInput(
        kind=request.kind, contract=record.contract, version=record.number, state=state, date=request.date,
        contracts=contracts_of(repo, project_id), request=request.request,
        deliverable=request.deliverable, hours=request.hours, price=request.price,
        extra_days=request.extra_days, by_client=request.by_client,
    )
    return ProjectLetter(project_id, write_letter(letter_facts(given), record.contract, given.signed), record)


def letter_bytes(letter: ProjectLetter, fmt: str, *, text: str | None = None, paper: str = "A4") -> bytes:
    """The letter (or its edited `text`) as PDF, DOCX or UTF-8 text."""
    body = letter.letter.text if text is None else text
    if fmt == "txt":
        return body.encode("utf-8")
    # Stamped with the letter's own fingerprint (the SHA-256 the journal keeps), not the contract's:
    # `pacta verify` must not take a letter for a document of the version it quotes.
    meta = DocumentMeta(letter.project_id, letter.record.number, text_fingerprint(body), paper=paper,
                        generated_on=letter.letter.facts.date)
    return render_letter(body, letter.letter.subject, letter.contract, meta, fmt)


def client_address(contract: Contract) -> list[str]:
    """The client's address from the contract, as a recipient list (empty when it has none)."""
    email = (contract.client.email or "").strip()
    return [email] if email else []


def message(
    letter: ProjectLetter,
    *,
    sender: str,
    to: Sequence[str] = (),
    cc: Sequence[str] = (),
    text: str | None = None,
    attach_pdf: bool = False,
    paper: str = "A4",
) -> EmailMessage:
    """The letter as a message to the client (or `to`), its text as the body, the PDF attached if asked."""
    recipients = list(to) or client_address(letter.contract)
    body = letter.letter.text if text is None else text
    attachments = []
    if attach_pdf:
        attachments.append(Attachment(letter.file_name("pdf"), letter_bytes(letter, "pdf", text=body, paper=paper),
                                      MIME["pdf"]))
    return compose(letter.contract, version=letter.record.number, to=recipients, cc=cc, sender=sender,
                   subject=letter.letter.subject, body=body, attachments=attachments)


def keep(
    *, repo: Repository, letter: ProjectLetter, text: str | None = None, action: str, on: dt.date | None = None,
    details: dict[str, object] | None = None,
) -> Record:
    """Record the letter (its text, as saved or sent) in the project's journal."""
    body = letter.letter.text if text is None else text
    facts = letter.letter.facts
    info: dict[str, object] = {"version": letter.record.number, "letter_date": facts.date.isoformat(),
                               "subject": letter.letter.subject, **(details or {})}
    return record_letter(repo, letter.project_id, body, letter_kind=facts.kind.value, action=action, on=on,
                         details=info)
