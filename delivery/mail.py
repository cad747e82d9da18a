"""A message to the client, pre-filled from the contract, with the chosen documents attached."""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Sequence
from email.headerregistry import AddressHeader
from email.message import EmailMessage
from pathlib import Path
from typing import NamedTuple

from delivery.templates import fill, load_template, one_line, placeholder_values
from domain.model import Contract

__all__ = ["AddressError", "Attachment", "compose", "default_subject_body"]

_CONTROL = {c: None for c in range(32)} | {0x7F: None}


class Attachment(NamedTuple):
    """A document to attach: file name, its bytes and its MIME type (`application/pdf`)."""

    filename: str
    data: bytes
    mime: str


class AddressError(ValueError):
    """An address that cannot be used, with the field it was typed in."""

    def __init__(self, field: str, address: str) -> None:
        self.field = field
        self.address = address
        super().__init__(f"{field}: not an email address: {address!r}")

    def message(self, lang: str) -> str:
        """The problem in plain words, in `lang`."""
        if not self.address.strip():
            return "Indique al menos un destinatario." if lang == "es" else "Enter at least one recipient."
        if lang == "es":
            return f"«{self.address}» no es una dirección de correo válida."
        return f"\u201c{self.address}\u201d is not a valid email address."


def default_subject_body(
    contract: Contract, version: int, lang: str | None = None, *, folder: Path | None = None
) -> tuple[str, str]:
    """Subject and body from the language's template (the user's copy in `folder` first)."""
    lang = lang or contract.language.value
    template = load_template(lang, folder)
    values = placeholder_values(contract, version, lang)
    subject = one_line(fill(template.subject, values, drop_empty_paragraphs=False))
    return subject, fill(template.body, values)


def compose(
    contract: Contract,
    *,
    version: int,
    to: Sequence[str],
    cc: Sequence[str] = (),
    attachments: Sequence[Attachment | tuple[str, bytes, str]] = (),
    sender: str,
    subject: str | None = None,
    body: str | None = None,
    now: dt.datetime | None = None,
) -> EmailMessage:
    """The message to send: addresses checked, template text unless given, documents attached."""
    if subject is None or body is None:
        default_subject, default_body = default_subject_body(contract, version)
        subject = default_subject if subject is None else subject
        body = default_body if body is None else body
    message = EmailMessage()
    _set_addresses(message, "From", [sender])
    if not [a for a in to if a.strip()]:
        raise AddressError("To", "")
    _set_addresses(message, "To", to)
    if [a for a in cc if a.strip()]:
        _set_addresses(message, "Cc", cc)
    message["Subject"] = one_line(subject)
    message["Date"] = email.utils.format_datetime((now or dt.datetime.now()).astimezone())
    message["Message-ID"] = email.utils.make_msgid(domain=_domain(message) or "pacta.invalid")
    message.set_content(_normalise_newlines(body))
    for item in attachments:
        attachment = Attachment(*item)
        maintype, subtype = _split_mime(attachment.mime)
        message.add_attachment(
            bytes(attachment.data), maintype=maintype, subtype=subtype,
            filename=safe_filename(attachment.filename),
        )
    return message


def safe_filename(name: str) -> str:
    """A file name without folders or control characters, never empty."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].translate(_CONTROL).strip()
    return base if base not in ("", ".", "..") else "document"


def recipients(message: EmailMessage) -> list[str]:
    """The bare addresses of every To and Cc recipient, in order, without repeats."""
    seen: list[str] = []
    for field in ("To", "Cc"):
        header = message[field]
        if header is None:
            continue
        for address in header.addresses:
            if address.addr_spec not in seen:
                seen.append(address.addr_spec)
    return seen


def _set_addresses(message: EmailMessage, field: str, values: Sequence[str]) -> None:
    cleaned = [v.strip() for v in values if v.strip()]
    for value in cleaned:
        if "\n" in value or "\r" in value:
            raise AddressError(field, value)
    try:
        message[field] = ", ".join(cleaned)
    except Exception:  # the stdlib parser raises IndexError, ValueError… on some bad input
        raise AddressError(field, ", ".join(cleaned)) from None
    header = message[field]
    if not isinstance(header, AddressHeader):
        raise AddressError(field, ", ".join(cleaned))
    addresses = header.addresses
    if getattr(header, "defects", ()) or not addresses:
        raise AddressError(field, ", ".join(cleaned))
    for address in addresses:
        if not address.username or ("." not in address.domain and address.domain != "localhost"):
            raise AddressError(field, str(address))


def _domain(message: EmailMessage) -> str:
    header = message["From"]
    return header.addresses[0].domain if isinstance(header, AddressHeader) else ""


def _split_mime(mime: str) -> tuple[str, str]:
    maintype, _, subtype = mime.strip().lower().partition("/")
    if not maintype or not subtype or "/" in subtype or maintype == "multipart":
        return "application", "octet-stream"
    return maintype, subtype


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
