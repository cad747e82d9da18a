"""What the app does to the data folder and to documents; called on worker threads.

Dialogs collect, these act. Each function takes keyword arguments and returns plain
values; none touches a widget. `documents` (reportlab, python-docx) is imported only
when a document is actually rendered.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from domain.lifecycle import ProjectState, RecordKind
from domain.model import Contract
from domain.validation import contract_to_data, dumps_contract, read_contract_file
from storage.atomic import write_atomic
from storage.errors import StorageError
from storage.repository import Problem, ProjectSummary, Record, Repository, VersionRecord
from storage.service import record_change, record_event

DOCUMENT_KINDS = ("agreement", "checklist")
DOCUMENT_FORMATS = ("pdf", "docx")


def open_repository(*, folder: Path) -> Repository:
    """The data folder, opened for writing for the app's lifetime (FolderInUse if taken)."""
    return Repository(folder, write=True)


def load_projects(*, repo: Repository, trashed: bool) -> tuple[list[ProjectSummary], list[Problem]]:
    """The project list (or the trash) and the files that could not be read."""
    return repo.list_projects(trashed=trashed)


@dataclass(frozen=True)
class ProjectDetail:
    """Everything the detail tabs show about one project."""

    project_id: str
    version: VersionRecord
    state: ProjectState
    documents: list[Record]


def load_detail(*, repo: Repository, project_id: str) -> ProjectDetail:
    """The latest version, the state and the generated documents of a project."""
    records = repo.records(project_id)
    return ProjectDetail(
        project_id=project_id,
        version=repo.version(project_id),
        state=repo.state(project_id),
        documents=[r for r in records if r.kind == RecordKind.DOCUMENT.value],
    )


@dataclass(frozen=True)
class Saved:
    """Where a contract was saved: project and version number."""

    project_id: str
    version: int
    changed: bool


def save_contract(
    *, repo: Repository, contract: Contract, project_id: str | None, reason: str, draft: str | None = None
) -> Saved:
    """Store a finished contract: a new project, or the next version of an existing one."""
    if project_id is None:
        record = repo.create_project(contract, reason=reason)
        saved = Saved(record.project_id, record.number, True)
    else:
        try:
            result = record_change(repo, project_id, contract, reason=reason, requested_by="provider")
            saved = Saved(project_id, result.version.number, True)
        except StorageError as exc:
            if exc.code != "identical":
                raise
            saved = Saved(project_id, repo.version(project_id).number, False)
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
    """The latest version of a project as interchange data (to edit or duplicate)."""
    return contract_to_data(repo.version(project_id).contract)


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


def render_preview(*, contract: Contract, paper: str) -> bytes:
    """The agreement of an unsaved contract as PDF bytes, for the review page.

    An unsaved contract has no version yet: the preview is stamped `preview`, version 1,
    with the SHA-256 of its interchange JSON standing in for the version's fingerprint.
    """
    from documents import DocumentFormat, DocumentKind, DocumentMeta, render_document

    digest = hashlib.sha256(dumps_contract(contract).encode("utf-8")).hexdigest()
    meta = DocumentMeta(project_id="preview", version=1, fingerprint=digest, paper=paper)
    return bytes(render_document(DocumentKind("agreement"), DocumentFormat("pdf"), contract, meta).data)


def slug(title: str) -> str:
    """A file-name-safe form of a title: `redisenio-del-sitio`."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:50] or "pacta"


def file_name(title: str, number: int, kind: str, fmt: str) -> str:
    """`redisenio-del-sitio-v2-agreement.pdf`, as the command line names it."""
    return f"{slug(title)}-v{number}-{kind}.{fmt}"


def generate_documents(*, repo: Repository, project_id: str, folder: Path, paper: str) -> list[Path]:
    """Agreement and checklist, PDF and DOCX, of the latest version, written into `folder`."""
    from documents import DocumentFormat, DocumentKind, DocumentMeta, render_document

    record = repo.version(project_id)
    meta = DocumentMeta(project_id=project_id, version=record.number, fingerprint=record.fingerprint, paper=paper)
    written: list[Path] = []
    for kind in DOCUMENT_KINDS:
        for fmt in DOCUMENT_FORMATS:
            rendered = render_document(DocumentKind(kind), DocumentFormat(fmt), record.contract, meta)
            target = folder / file_name(record.contract.title, record.number, kind, fmt)
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
