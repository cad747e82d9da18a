"""The letters' work off the GUI thread: write a letter, keep it, send it, and what walking away costs.

Each function takes plain values and returns plain values; none touches a widget.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from delivery import letter_outbox, letters
from delivery.letter_outbox import LetterJob
from delivery.letters import ProjectLetter, Request
from domain import formatting
from storage.payments import payment_plan
from storage.repository import Repository


@dataclass(frozen=True)
class Written:
    """A letter written for the dialog, and the figures its advice screen shows."""

    letter: ProjectLetter
    outstanding: Decimal  # what is left to pay on the schedule, with taxes (the plan's balance)
    hourly_rate: Decimal | None
    draft: LetterJob | None  # the draft kept for this kind, if any


def write(*, repo: Repository, project_id: str, request: Request) -> Written:
    """The letter, the outstanding amount and the hourly rate, and the draft kept for this kind."""
    letter = letters.write_for(repo=repo, project_id=project_id, request=request)
    outstanding = payment_plan(repo, project_id).balance
    changes = letter.contract.changes
    draft = letter_outbox.load_draft(repo.folder, project_id, request.kind.value)
    return Written(letter, outstanding, changes.hourly_rate if changes else None, draft)


def money_text(amount: Decimal, letter: ProjectLetter) -> str:
    """An amount in the letter's currency and language."""
    return formatting.money(amount, letter.contract.currency, letter.contract.language.value)


def save_draft(*, data_dir: Path, job: LetterJob) -> Path:
    """Keep the letter as a draft."""
    return letter_outbox.save_draft(data_dir, job)


def export(*, repo: Repository, job: LetterJob, fmt: str, path: Path) -> Path:
    """The letter (as edited) written to a PDF or DOCX file, and kept in the journal."""
    from storage.atomic import write_atomic

    letter = letters.write_for(repo=repo, project_id=job.project_id, request=job.request_of())
    write_atomic(path, letters.letter_bytes(letter, fmt, text=job.text))
    letters.keep(repo=repo, letter=letter, text=job.text, action="saved", details={"format": fmt, "file": path.name})
    return path


def schedule(*, data_dir: Path, job: LetterJob, due: dt.datetime, now: dt.datetime) -> LetterJob:
    """Put the letter in the outbox until `due`."""
    return letter_outbox.schedule(data_dir, job, due, now)


def cancel(*, data_dir: Path, ident: str) -> None:
    """Take a letter out of the outbox; it is not sent."""
    letter_outbox.remove(data_dir, ident)


def waiting(*, data_dir: Path) -> list[LetterJob]:
    """The letters waiting in the outbox."""
    return letter_outbox.waiting(data_dir)


class NeedsPassword(Exception):
    """The mail server wants a password that the system's password store does not hold."""

    def __init__(self, account: str) -> None:
        super().__init__(account)
        self.account = account


class NotSetUp(Exception):
    """Sending mail is not set up (no server in the mail settings)."""


def send(*, repo: Repository, job: LetterJob, password: str | None = None) -> dict[str, Any]:
    """Send the letter through the user's mail server, keep it in the journal, take it out of the outbox."""
    from delivery import outgoing
    from delivery.config import load_smtp
    from delivery.passwords import PasswordStore

    loaded = load_smtp()
    if loaded is None:
        raise NotSetUp()
    settings, sender_address = loaded
    if settings.username and password is None:
        password = PasswordStore().get(settings)
        if password is None:
            raise NeedsPassword(settings.account)
    letter = letters.write_for(repo=repo, project_id=job.project_id, request=job.request_of())
    sender = sender_address or letter.contract.provider.email or ""
    message = letters.message(letter, sender=sender, to=job.to, text=job.text, attach_pdf=job.attach_pdf)
    data = outgoing.send_and_record(repo=repo, project_id=job.project_id, message=message, settings=settings,
                                    password=password, documents=[], cancel=threading.Event(),
                                    progress=lambda step: None)
    to = [str(a) for a in data.get("to", [])]
    letters.keep(repo=repo, letter=letter, text=job.text, action="sent",
                 details={"to": to, "attached_pdf": job.attach_pdf, **({"scheduled": job.due} if job.due else {})})
    if job.ident:
        letter_outbox.remove(repo.folder, job.ident)
    return data
