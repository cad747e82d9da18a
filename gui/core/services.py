"""What the app does to the data folder and to documents; called on worker threads.

Dialogs collect, these act. Each function takes keyword arguments and returns plain
values; none touches a widget. `documents` (reportlab, python-docx) is imported only
when a document is actually rendered.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from domain.files import document_name
from domain.lifecycle import ChangeOrder, ChangeStatus, ProjectState, RecordKind, Status
from domain.model import Contract
from domain.validation import contract_to_data, dumps_contract, read_contract_file
from domain.versions import carry_format2
from storage.atomic import write_atomic
from storage.errors import StorageError
from storage.repository import Problem, ProjectSummary, Record, Repository, VersionRecord
from storage.service import record_change, record_event

DOCUMENT_KINDS = ("agreement", "checklist")
DOCUMENT_FORMATS = ("pdf", "docx")


def open_repository(*, folder: Path) -> Repository:
    """The data folder, opened for writing: its lock is taken only while something is written,
    so the command line (or another Pacta) can work on the same folder while the app is open."""
    return Repository(folder, write=True, holder="Pacta (app)")


def load_projects(*, repo: Repository, trashed: bool) -> tuple[list[ProjectSummary], list[Problem]]:
    """The project list (or the trash) and the files that could not be read."""
    return repo.list_projects(trashed=trashed)


@dataclass(frozen=True)
class ProjectDetail:
    """Everything the detail tabs show about one project.

    `version` is the version in force (the one both parties are bound by); `latest` is the
    newest one stored, which differs while a change order is proposed or after one was rejected.
    """

    project_id: str
    version: VersionRecord
    state: ProjectState
    documents: list[Record]
    latest: VersionRecord | None = None

    @property
    def pending(self) -> list[ChangeOrder]:
        """Change orders proposed and not yet accepted or rejected."""
        return [c for c in self.state.change_orders if c.status is ChangeStatus.PROPOSED]

    @property
    def rejected(self) -> list[ChangeOrder]:
        """Change orders the client or the provider turned down."""
        return [c for c in self.state.change_orders if c.status is ChangeStatus.REJECTED]


def load_detail(*, repo: Repository, project_id: str) -> ProjectDetail:
    """The version in force, the latest one, the state and the generated documents of a project."""
    records = repo.records(project_id)
    state = repo.state(project_id)
    latest = repo.version(project_id)
    in_force = latest if state.in_force == latest.number else repo.version(project_id, state.in_force)
    return ProjectDetail(
        project_id=project_id,
        version=in_force,
        state=state,
        documents=[r for r in records if r.kind == RecordKind.DOCUMENT.value],
        latest=latest,
    )


@dataclass(frozen=True)
class ChangeRequest:
    """Who asked for a change to a signed contract, why, and when."""

    reason: str
    requested_by: str  # "client" or "provider"
    asked_on: dt.date
    #: Where the difference in price goes in the payments (domain.payments.Difference); None: the default.
    difference: str | None = None


class NeedsChangeRequest(Exception):
    """A signed contract changes only through a change request (reason, who asked, when)."""

    _TEXT: ClassVar[dict[str, str]] = {
        "en": "This contract is signed: finish the wizard to record the change as a change order "
              "(Pacta then asks who requested it, why and when).",
        "es": "Este contrato está firmado: termine el asistente para registrar el cambio como orden de "
              "cambio (Pacta le preguntará quién lo pidió, por qué y cuándo).",
    }

    def message(self, lang: str) -> str:
        """The refusal in words, in `lang`."""
        return self._TEXT.get(lang, self._TEXT["en"])


@dataclass(frozen=True)
class Saved:
    """Where a contract was saved: project and version number."""

    project_id: str
    version: int
    changed: bool
    change_order: str | None = None


def save_contract(
    *, repo: Repository, contract: Contract, project_id: str | None, reason: str, draft: str | None = None,
    request: ChangeRequest | None = None, remember_provider: bool = False,
) -> Saved:
    """Store a finished contract: a new project, the next version, or (once signed) a change order.

    A signed contract needs `request` (reason, who asked, when); without it NeedsChangeRequest
    is raised and nothing is written. A contract identical to the version in force (or the
    latest one) records nothing. The provider's details become "your own details" for new
    contracts only with `remember_provider` (the user ticked it), never as a side effect.
    """
    if project_id is None:
        record = repo.create_project(contract, reason=reason)
        saved = Saved(record.project_id, record.number, True)
    else:
        state = repo.state(project_id)
        if state.status is Status.SIGNED:
            if request is None:
                raise NeedsChangeRequest()
            in_force = repo.version(project_id, state.in_force)
            # What the wizard does not show (format-2 fields) stays as it is: not a change.
            if contract_to_data(carry_format2(contract, in_force.contract)) == contract_to_data(in_force.contract):
                saved = Saved(project_id, in_force.number, False)
                if draft is not None:
                    repo.discard_draft(draft)
                return saved
        try:
            result = record_change(
                repo, project_id, contract,
                reason=request.reason if request is not None else reason,
                requested_by=request.requested_by if request is not None else "provider",
                asked_on=request.asked_on if request is not None else None,
                difference=request.difference if request is not None else None,
            )
            saved = Saved(project_id, result.version.number, True,
                          result.change_order.number if result.change_order is not None else None)
        except StorageError as exc:
            if exc.code != "identical":
                raise
            saved = Saved(project_id, repo.version(project_id).number, False)
    if remember_provider:
        repo.save_profile(contract_to_data(contract)["provider"])
    if draft is not None:
        repo.discard_draft(draft)
    return saved


def import_contract(*, repo: Repository, path: Path, lang: str) -> VersionRecord:
    """A new project from an interchange JSON file (ContractError when it is refused)."""
    contract = read_contract_file(path, lang)
    return repo.create_project(contract, reason="import")


def export_contract(*, repo: Repository, project_id: str, path: Path) -> Path:
    """Write the project's latest version as interchange JSON."""
    write_atomic(path, dumps_contract(repo.version(project_id).contract).encode("utf-8"))
    return path


def contract_data(*, repo: Repository, project_id: str) -> dict[str, Any]:
    """The version to edit or duplicate as interchange data: the one in force once signed, else the latest."""
    state = repo.state(project_id)
    number = state.in_force if state.frozen else None
    return contract_to_data(repo.version(project_id, number).contract)


def example_data(*, path: Path) -> dict[str, Any]:
    """An example contract as interchange data."""
    return contract_to_data(read_contract_file(path))


def trash(*, repo: Repository, project_id: str, restore: bool = False) -> None:
    """Move a project to the trash, or bring it back."""
    if restore:
        repo.restore(project_id)
    else:
        repo.trash(project_id)


def save_draft(*, repo: Repository, name: str, data: dict[str, Any]) -> None:
    """Autosave what the wizard holds, valid or not."""
    repo.save_draft(name, data)


def save_profile(*, repo: Repository, provider: dict[str, Any]) -> None:
    """Keep the user's own details (from Preferences) for new contracts; an empty one forgets them."""
    if any(str(v).strip() for v in provider.values()):
        repo.save_profile({k: v for k, v in provider.items() if str(v).strip()})
    else:
        repo.save_profile({})


def render_preview(*, contract: Contract, paper: str, options: Any = None) -> bytes:
    """The agreement of an unsaved contract as PDF bytes, for the review page.

    An unsaved contract has no version yet: the preview is stamped `preview`, version 1,
    with the SHA-256 of its interchange JSON standing in for the version's fingerprint.
    """
    from documents import DocumentFormat, DocumentKind, DocumentMeta, render_document

    digest = hashlib.sha256(dumps_contract(contract).encode("utf-8")).hexdigest()
    meta = DocumentMeta(project_id="preview", version=1, fingerprint=digest, paper=paper)
    return bytes(render_document(DocumentKind("agreement"), DocumentFormat("pdf"), contract, meta,
                                 options=options).data)


def print_warnings(*, contract: Contract, lang: str) -> list[str]:
    """The fields holding characters the PDF's fonts cannot print, named in `lang`, with those characters.

    The same check the documents make (they print "�" there, the DOCX keeps them), done
    before any document is written so the app can say so on the review page.
    """
    from documents.build import clean_contract, field_name
    from documents.clauses import Texts
    from documents.text import Cleaning, describe_chars

    report = Cleaning()
    clean_contract(contract, report, True)
    words = Texts(lang if lang in ("es", "en") else "en")
    return [words("common.warn.unprintable", field=field_name(path, contract, words), chars=describe_chars(chars))
            for path, chars in report.unprintable.items()]


def file_name(title: str, number: int, kind: str, fmt: str, lang: str = "en") -> str:
    """`redisenio-del-sitio-v2-contrato.pdf` (a Spanish document), `…-v2-agreement.pdf`, as the command line names it."""
    return document_name(title, number, kind, fmt, lang=lang)


def generate_documents(*, repo: Repository, project_id: str, folder: Path, paper: str,
                       options: Any = None) -> list[Path]:
    """Agreement and checklist, PDF and DOCX, of the latest version, written into `folder`.

    `options` (documents.RenderOptions, from the preferences) adds back the notice or "Prepared with Pacta".
    """
    from documents import DocumentFormat, DocumentKind, DocumentMeta, render_document

    record = repo.version(project_id)
    meta = DocumentMeta(project_id=project_id, version=record.number, fingerprint=record.fingerprint, paper=paper)
    written: list[Path] = []
    for kind in DOCUMENT_KINDS:
        for fmt in DOCUMENT_FORMATS:
            rendered = render_document(DocumentKind(kind), DocumentFormat(fmt), record.contract, meta,
                                       options=options)
            target = folder / file_name(record.contract.title, record.number, kind, fmt,
                                        record.contract.language.value)
            write_atomic(target, rendered.data)
            written.append(target)
            record_event(repo, project_id, RecordKind.DOCUMENT, {
                "kind": kind, "format": fmt, "version": record.number, "fingerprint": record.fingerprint,
                "sha256": hashlib.sha256(rendered.data).hexdigest(), "name": target.name,
            })
    return written


def draft_summary(data: dict[str, Any]) -> str:
    """A draft's title for the resume prompt."""
    contract = data.get("contract") if isinstance(data.get("contract"), dict) else {}
    return str(contract.get("title") or "").strip() if contract else ""


def render_change_order(*, repo: Repository, project_id: str, change: str, folder: Path, paper: str,
                        options: Any = None) -> list[Path]:
    """A change order (its version against the one it changes) as PDF and DOCX, written into `folder`.

    The document carries the change order's number, reason, who asked and when, and its
    status; each file written is recorded in the project's history.
    """
    from delivery.render import CHANGE_ORDER, render_project_document, save_document

    return [
        save_document(
            repo=repo,
            document=render_project_document(
                repo=repo, project_id=project_id, kind=CHANGE_ORDER, fmt=fmt, paper=paper, change=change,
                options=options,
            ),
            target=folder,
        )
        for fmt in DOCUMENT_FORMATS
    ]
