"""The record of a send that the project's history keeps."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any


@dataclass(frozen=True)
class SentAttachment:
    """One attached document as sent: its name, size and SHA-256 of its bytes."""

    filename: str
    size: int
    sha256: str


@dataclass(frozen=True)
class SendReceipt:
    """What was sent, to whom, when: stored by the caller in the project's history."""

    sent_at: dt.datetime
    sender: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    message_id: str
    attachments: tuple[SentAttachment, ...]
    refused: tuple[str, ...] = field(default=())

    @property
    def recipients(self) -> tuple[str, ...]:
        """Everyone the message was addressed to: To then Cc."""
        return self.to + self.cc

    def to_dict(self) -> dict[str, Any]:
        """The receipt as JSON types, for the history."""
        return {
            "sent_at": self.sent_at.isoformat(),
            "sender": self.sender,
            "to": list(self.to),
            "cc": list(self.cc),
            "subject": self.subject,
            "message_id": self.message_id,
            "attachments": [
                {"filename": a.filename, "size": a.size, "sha256": a.sha256} for a in self.attachments
            ],
            "refused": list(self.refused),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SendReceipt:
        """A receipt read back from `to_dict`."""
        return cls(
            sent_at=dt.datetime.fromisoformat(data["sent_at"]),
            sender=str(data["sender"]),
            to=tuple(data["to"]),
            cc=tuple(data.get("cc", ())),
            subject=str(data["subject"]),
            message_id=str(data.get("message_id", "")),
            attachments=tuple(
                SentAttachment(str(a["filename"]), int(a["size"]), str(a["sha256"]))
                for a in data.get("attachments", ())
            ),
            refused=tuple(data.get("refused", ())),
        )


def attachment_records(message: EmailMessage) -> tuple[SentAttachment, ...]:
    """Name, size and SHA-256 of each attachment's decoded bytes."""
    records = []
    for part in message.iter_attachments():
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        records.append(
            SentAttachment(part.get_filename() or "", len(data), hashlib.sha256(data).hexdigest())
        )
    return tuple(records)


def receipt_for(
    message: EmailMessage, *, sent_at: dt.datetime | None = None, refused: tuple[str, ...] = ()
) -> SendReceipt:
    """The receipt of `message`, sent now (or at `sent_at`)."""
    def addresses(name: str) -> tuple[str, ...]:
        header = message[name]
        return tuple(a.addr_spec for a in header.addresses) if header is not None else ()

    sender = addresses("From")
    return SendReceipt(
        sent_at=(sent_at or dt.datetime.now(dt.UTC)).astimezone(),
        sender=sender[0] if sender else "",
        to=addresses("To"),
        cc=addresses("Cc"),
        subject=str(message["Subject"] or ""),
        message_id=str(message["Message-ID"] or ""),
        attachments=attachment_records(message),
        refused=refused,
    )
