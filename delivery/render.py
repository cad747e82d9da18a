"""One way to render a project's document: which version it shows, its bytes and its file name.

Used by the command line (`pacta render`, `pacta send`) and by the app (Print, Email,
History export, through delivery.outgoing). The version is chosen by one rule:

- with `change` (CO-N), the version that change order proposed (a change order document
  compares it with the version the order changes);
- with `version`, that version (a change order document compares it with its change order's
  base, or with the version before it);
- with neither, the version in force; a change order document shows the newest change order,
  or, when there is none yet, the latest version against the one before it (changes made
  before signing).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from domain.files import document_name
from domain.lifecycle import ChangeOrder, RecordKind
from domain.limits import FileProblem
from storage.atomic import write_atomic
from storage.errors import NoChangeOrder, unknown_change
from storage.payments import document_plan
from storage.repository import Repository
from storage.service import LifeError, change_base, record_event

if TYPE_CHECKING:
    from documents import RenderOptions, SignatureBox

AGREEMENT, CHECKLIST, CHANGE_ORDER = "agreement", "checklist", "change-order"
KINDS = (AGREEMENT, CHECKLIST, CHANGE_ORDER)
FORMATS = ("pdf", "docx")

__all__ = [
    "AGREEMENT", "CHANGE_ORDER", "CHECKLIST", "FORMATS", "KINDS", "Choice", "DocumentFile", "NoChangeOrder",
    "choose", "render_project_document", "save_document",
]


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
    #: The change order a change order document shows (CO-2), if any.
    change: str | None = None
    #: What the renderer had to change on the way (characters the fonts cannot print…),
    #: in the document's language.
    warnings: tuple[str, ...] = ()
    #: PDF only: where each party signs (documents.SignatureBox), for delivery.signing.
    signature_boxes: tuple[SignatureBox, ...] = ()

    @property
    def payload(self) -> str:
        """The verification code printed on its signature page: `pacta:ID:VERSION:FINGERPRINT`."""
        return f"pacta:{self.project_id}:{self.version}:{self.fingerprint}"


@dataclass(frozen=True)
class Choice:
    """The version a document shows; for a change order document, its base and its order."""

    version: int
    base: int | None = None
    order: ChangeOrder | None = None


def choose(repo: Repository, project_id: str, kind: str, *, version: int | None = None,
           change: str | None = None) -> Choice:
    """The version (and change order) a document of `kind` shows, by the module's one rule.

    Raises NoChangeOrder for a change order number the project does not have (naming those it
    has), NotFound for a version it does not have.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}")
    if version is not None and change is not None:
        raise ValueError("give a version or a change order, not both")
    state = repo.state(project_id)
    order: ChangeOrder | None = None
    if change is not None:
        order = state.change_order(change)
        if order is None:
            raise unknown_change(project_id, change, [c.number for c in state.change_orders])
        version = order.version
    elif version is None:
        if kind != CHANGE_ORDER:
            version = state.in_force
        elif state.change_orders:
            order = state.change_orders[-1]
            version = order.version
        elif state.latest_version > 1:
            version = state.latest_version
        else:
            raise LifeError("nothing_changed", id=project_id)
    repo.version(project_id, version)  # NotFound when there is no such version
    if kind != CHANGE_ORDER:
        return Choice(version)
    if order is None:
        order = state.change_for_version(version)
    base = order.base_version if order is not None else change_base(repo, project_id, version)
    return Choice(version, base, order)


def render_project_document(*, repo: Repository, project_id: str, kind: str, fmt: str, paper: str = "A4",
                            version: int | None = None, change: str | None = None,
                            options: RenderOptions | None = None) -> DocumentFile:
    """A project's agreement, checklist or change order as PDF or DOCX (see `choose` for which version)."""
    from documents import ChangeInfo, DocumentFormat, DocumentKind, DocumentMeta, render_document

    chosen = choose(repo, project_id, kind, version=version, change=change)
    record = repo.version(project_id, chosen.version)
    previous = None
    info: ChangeInfo | None = None
    co_number: str | None = None
    if kind == CHANGE_ORDER:
        assert chosen.base is not None
        previous = repo.version(project_id, chosen.base).contract
        order = chosen.order
        if order is not None:
            co_number = order.number
            info = ChangeInfo(number=order.number, reason=order.reason, requested_by=order.requested_by,
                              asked_on=order.asked_on, status=order.status.value, base_version=chosen.base)
        else:  # a change made before signing: no change order, the version speaks for itself
            info = ChangeInfo(number=f"v{record.number}", reason=record.reason,
                              requested_by=record.requested_by or "provider", asked_on=record.created.date(),
                              base_version=chosen.base)
    meta = DocumentMeta(project_id=project_id, version=record.number, fingerprint=record.fingerprint, paper=paper)
    plan = document_plan(repo, project_id, record.number) if kind != CHECKLIST else None
    rendered = render_document(DocumentKind(kind), DocumentFormat(fmt), record.contract, meta,
                               previous=previous, change=info, plan=plan, options=options)
    name = document_name(record.contract.title, record.number, kind, fmt, co_number,
                         record.contract.language.value)
    return DocumentFile(kind, fmt, name, bytes(rendered.data), project_id, record.number, record.fingerprint,
                        co_number, tuple(rendered.warnings), tuple(rendered.signature_boxes))


def save_document(*, repo: Repository, document: DocumentFile, target: Path) -> Path:
    """Write a rendered document atomically (into `target` when it is a folder) and keep it in the history."""
    if target.is_dir():
        target = target / document.name
    try:
        write_atomic(target, document.data)
    except OSError as exc:
        raise FileProblem.from_os(target, exc, writing=True) from None
    event: dict[str, Any] = {
        "kind": document.kind,
        "format": document.fmt,
        "version": document.version,
        "fingerprint": document.fingerprint,
        "sha256": hashlib.sha256(document.data).hexdigest(),
        "name": target.name,
    }
    if document.change is not None:
        event["change"] = document.change
    record_event(repo, document.project_id, RecordKind.DOCUMENT, event)
    return target
