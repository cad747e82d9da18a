"""The render subcommand: a document of one version as PDF or DOCX."""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path
from typing import Any

from cli.common import open_repo
from domain.lifecycle import RecordKind
from storage.atomic import write_atomic
from storage.repository import Repository
from storage.service import change_base, record_event

KINDS = ("agreement", "checklist", "change-order")
FORMATS = ("pdf", "docx")


def register(sub: Any) -> None:
    """Add the render subcommand."""
    p = sub.add_parser("render", help="write the agreement, the scope checklist or a change order")
    p.add_argument("project", metavar="ID")
    p.add_argument("--document", required=True, choices=KINDS)
    p.add_argument("--format", required=True, choices=FORMATS, dest="fmt")
    p.add_argument("--version", type=int, metavar="N", dest="number", help="version (default: the one in force)")
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    p.add_argument("-o", "--output", type=Path, metavar="PATH", help="file or folder to write")
    p.set_defaults(handler=cmd_render)


def default_name(title: str, number: int, kind: str, fmt: str, change: str | None = None) -> str:
    """A file name from the project title: `redisenio-del-sitio-v2-agreement.pdf`."""
    slug = re.sub(r"[^a-z0-9]+", "-", _ascii(title).lower()).strip("-")[:50] or "pacta"
    suffix = change.lower() if change else kind
    return f"{slug}-v{number}-{suffix}.{fmt}"


def _ascii(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def render_version(
    repo: Repository, project_id: str, *, kind: str, fmt: str, number: int | None, paper: str = "A4"
) -> tuple[bytes, list[str], str]:
    """Render a document of a stored version; returns bytes, warnings and a file name."""
    from documents import ChangeInfo, DocumentFormat, DocumentKind, DocumentMeta, render_document

    state = repo.state(project_id)
    record = repo.version(project_id, number if number is not None else state.in_force)
    meta = DocumentMeta(project_id=project_id, version=record.number, fingerprint=record.fingerprint, paper=paper)
    previous = None
    change = None
    co_number = None
    if kind == "change-order":
        previous = repo.version(project_id, change_base(repo, project_id, record.number)).contract
        order = state.change_for_version(record.number)
        if order is not None:
            co_number = order.number
            change = ChangeInfo(
                number=order.number,
                reason=order.reason,
                requested_by=order.requested_by,
                asked_on=order.asked_on,
                status=order.status.value,
            )
        else:
            change = ChangeInfo(
                number=f"v{record.number}",
                reason=record.reason,
                requested_by=record.requested_by or "provider",
                asked_on=record.created.date(),
            )
    rendered = render_document(
        DocumentKind(kind), DocumentFormat(fmt), record.contract, meta, previous=previous, change=change
    )
    name = default_name(record.contract.title, record.number, kind, fmt, co_number)
    return rendered.data, list(rendered.warnings), name


def cmd_render(args: argparse.Namespace) -> int:
    """Render, write atomically, and record the document in the project's history."""
    with open_repo(args, write=True) as repo:
        data, warnings, name = render_version(
            repo, args.project, kind=args.document, fmt=args.fmt, number=args.number, paper=args.paper
        )
        target: Path = args.output or Path(name)
        if target.is_dir():
            target = target / name
        write_atomic(target, data)
        number = args.number if args.number is not None else repo.state(args.project).in_force
        record = repo.version(args.project, number)
        record_event(
            repo,
            args.project,
            RecordKind.DOCUMENT,
            {
                "kind": args.document,
                "format": args.fmt,
                "version": record.number,
                "fingerprint": record.fingerprint,
                "sha256": hashlib.sha256(data).hexdigest(),
                "name": target.name,
            },
        )
    for warning in warnings:
        print(f"pacta: {warning}", file=sys.stderr)
    print(target)
    return 0
