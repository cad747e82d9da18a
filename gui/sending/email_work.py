"""The worker side of the email dialog: compose the message, send it, keep a draft when it fails.

These run on worker threads (gui.core.tasks); the dialog (email_dialog.py) shows their progress
and says what happened.
"""

from __future__ import annotations

import errno
import threading
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from delivery.errors import SendCancelled, SendError, SendErrorCode
from delivery.settings import SmtpSettings
from delivery.smtp import SendStep
from gui.sending import work

STEPS = ("preparing", SendStep.CONNECTING.value, SendStep.ENCRYPTING.value, SendStep.SIGNING_IN.value,
         SendStep.SENDING.value, SendStep.DONE.value)


class SendFailed(Exception):
    """A send that did not happen, with the draft kept for it (None when none was written)."""

    def __init__(self, error: SendError, draft: Path | None) -> None:
        super().__init__(str(error))
        self.error = error
        self.draft = draft


class CancelledAfterSending(Exception):
    """The send was cancelled while the message was going out; the draft is kept, as the server may have it."""

    def __init__(self, draft: Path) -> None:
        super().__init__(str(draft))
        self.draft = draft


def split_addresses(text: str) -> list[str]:
    """`a@x.com, b@y.com; c@z.com` as a list (commas inside quoted names are respected)."""
    from email.utils import getaddresses

    parts = [text.replace(";", ",")]
    return [f"{name} <{addr}>" if name else addr for name, addr in getaddresses(parts) if addr or name]


def message_job(*, repo: Any, start: work.MailStart, paper: str, wanted: list[tuple[str, str]], sender: str,
                change: str | None, to: list[str], cc: list[str], subject: str,
                body: str) -> Callable[[], tuple[EmailMessage, list[work.DocumentFile]]]:
    """A function for a worker: render the wanted documents and compose the message."""

    def job() -> tuple[EmailMessage, list[work.DocumentFile]]:
        documents = work.render_many(repo=repo, project_id=start.project_id, wanted=wanted, paper=paper,
                                     change=change)
        message = work.build_message(start=start, to=to, cc=cc, subject=subject, body=body,
                                     documents=documents, sender=sender)
        return message, documents

    return job


def send_job(*, make: Callable[[], tuple[EmailMessage, list[work.DocumentFile]]], repo: Any, project_id: str,
             settings: SmtpSettings, password: str | None, remember: bool, data_dir: Path, title: str, version: int,
             cancel: threading.Event,
             report: Callable[[str], None]) -> Callable[[], tuple[dict[str, Any], list[work.DocumentFile]]]:
    """A function for a worker: compose, send and record the message, reporting each step.

    A failed send keeps the message as a draft in the outbox (`SendFailed`); so does one cancelled
    while the message was going out (`CancelledAfterSending`), since the server may have it.
    """
    reached: list[str] = []

    def progress(step: str) -> None:
        reached.append(step)
        report(step)

    def keep(message: EmailMessage) -> Path:
        return work.keep_in_outbox(message=message, data_dir=data_dir, title=title, version=version)

    def job() -> tuple[dict[str, Any], list[work.DocumentFile]]:
        progress("preparing")
        message, documents = make()
        try:
            return work.send_and_record(repo=repo, project_id=project_id, message=message, settings=settings,
                                        password=password, documents=documents, cancel=cancel,
                                        progress=lambda step: progress(step.value), remember=remember), documents
        except SendCancelled:
            if SendStep.SENDING.value in reached:
                # The server may have taken the message before the connection closed.
                raise CancelledAfterSending(keep(message)) from None
            raise
        except SendError as exc:
            if exc.code is SendErrorCode.PASSWORD_NEEDED:
                raise SendFailed(exc, None) from exc
            raise SendFailed(exc, keep(message)) from exc

    return job


def error_detail(error: BaseException, lang: str) -> str:
    """What went wrong, in `lang` when the error can say it."""
    message = getattr(error, "message", None)
    if callable(message):
        try:
            return str(message(lang))
        except TypeError:
            pass
    if isinstance(error, OSError) and error.errno in _FILE_ERRNOS:
        from gui.core.errors import os_error_text

        # Never Python's "[Errno 2] No such file or directory: 'xdg-open'": the UI language's words.
        words = os_error_text(error, lang, writing=True)  # the mail dialog writes drafts and opens them
        named = error.filename and "/" in str(error.filename)
        return f"{words} ({error.filename})" if named else words
    return str(error) or type(error).__name__


#: Errors about files and programs that Pacta can say in the user's language.
_FILE_ERRNOS = frozenset((errno.ENOENT, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.ENOSPC,
                          errno.EROFS, errno.ENAMETOOLONG, errno.EFBIG, errno.EIO))
