"""What a document is about: its kind and format, the version it shows, a change record, the result.

Plain values the builders and writers share (documents.api re-exports them beside
render_document, so none of them imports the function that calls them back).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar

from domain.model import Contract


class DocumentKind(StrEnum):
    """Which document to write."""

    AGREEMENT = "agreement"
    CHECKLIST = "checklist"
    CHANGE_ORDER = "change-order"


class DocumentFormat(StrEnum):
    """Which file format to write."""

    PDF = "pdf"
    DOCX = "docx"


PAPERS = ("A4", "Letter")
_FINGERPRINT = re.compile(r"[0-9a-f]{64}")
_PROJECT_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


@dataclass(frozen=True)
class DocumentMeta:
    """Which stored version a document shows: its project, number and SHA-256 fingerprint."""

    project_id: str
    version: int
    fingerprint: str
    paper: str = "A4"
    generated_on: dt.date | None = None


@dataclass(frozen=True)
class ChangeInfo:
    """The change record a change order prints: number, reason, who asked and when."""

    number: str
    reason: str
    requested_by: str
    asked_on: dt.date
    status: str = "proposed"
    #: The version the change is made to (the one in force when it was asked for); None: the one before.
    base_version: int | None = None


@dataclass(frozen=True)
class RenderOptions:
    """What goes on a document besides the contract: both are off for the copy a client signs.

    `notice` adds the note that the document is a template and not legal advice (the app
    says it to the user instead: About, first start, the generate dialog); `prepared_with`
    puts "Prepared with Pacta on <date>" under the title instead of the bare date.
    """

    notice: bool = False
    prepared_with: bool = False

    #: The preference keys (settings file, QSettings) that hold these options.
    SETTINGS: ClassVar[dict[str, str]] = {
        "notice": "documents/legal_notice",
        "prepared_with": "documents/prepared_with_pacta",
    }

    @classmethod
    def from_settings(cls, values: Mapping[str, object]) -> RenderOptions:
        """The options from saved preferences (missing keys: off); "true"/"1" strings count as on."""

        def on(key: str) -> bool:
            value = values.get(cls.SETTINGS[key], False)
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)

        return cls(notice=on("notice"), prepared_with=on("prepared_with"))


@dataclass(frozen=True)
class SignatureBox:
    """Where one party signs on a PDF: page (from 1) and rectangle in points from the bottom left."""

    party: str  # "provider" or "client"
    page: int
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Rendered:
    """A rendered document and the warnings (in the document's language) met on the way."""

    data: bytes
    warnings: list[str] = field(default_factory=list)
    #: PDF only: each party's signature space, for signing tools (delivery/signing).
    signature_boxes: tuple[SignatureBox, ...] = ()


class RenderRefused(ValueError):
    """The document cannot be written; the message names the field and what is wrong."""


def check_meta(meta: DocumentMeta) -> None:
    """Refuse metadata that would make a document unverifiable or unprintable."""
    if not isinstance(meta.project_id, str) or not _PROJECT_ID.fullmatch(meta.project_id):
        raise RenderRefused(
            f"project_id {meta.project_id!r} must be 1 to 64 letters, digits, dots, dashes or underscores"
        )
    if isinstance(meta.version, bool) or not isinstance(meta.version, int) or meta.version < 1:
        raise RenderRefused(f"version {meta.version!r} must be a whole number from 1 up")
    if not isinstance(meta.fingerprint, str) or not _FINGERPRINT.fullmatch(meta.fingerprint):
        raise RenderRefused("fingerprint must be the full SHA-256 of the version: 64 lowercase hex digits")
    if meta.paper not in PAPERS:
        raise RenderRefused(f"paper {meta.paper!r} must be one of {', '.join(PAPERS)}")


def check_change(kind: DocumentKind, previous: Contract | None, change: ChangeInfo | None) -> None:
    """A change order needs the version before and the change record; other kinds take neither."""
    if kind is not DocumentKind.CHANGE_ORDER:
        return
    if previous is None:
        raise RenderRefused("previous: a change order needs the version it changes")
    if change is None:
        raise RenderRefused("change: a change order needs its change record (number, reason, who asked, when)")
    if not change.number.strip():
        raise RenderRefused("change.number must not be empty (for example CO-1)")
    if change.requested_by not in ("client", "provider"):
        raise RenderRefused(f"change.requested_by {change.requested_by!r} must be 'client' or 'provider'")
    if change.status not in ("proposed", "accepted", "rejected"):
        raise RenderRefused(f"change.status {change.status!r} must be proposed, accepted or rejected")
    if not isinstance(change.asked_on, dt.date):
        raise RenderRefused("change.asked_on must be a date")


def qr_payload(meta: DocumentMeta) -> str:
    """What the signature page's QR code holds: `pacta:PROJECT:VERSION:FINGERPRINT`."""
    return f"pacta:{meta.project_id}:{meta.version}:{meta.fingerprint}"
