"""The render subcommand: a document of one version as PDF or DOCX."""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cli.common import open_repo
from domain.files import document_name
from domain.lifecycle import ChangeOrder, RecordKind
from storage.atomic import write_atomic
from storage.errors import unknown_change
from storage.payments import document_plan
from storage.repository import Repository, VersionRecord
from storage.service import change_to_render, record_event

KINDS = ("agreement", "checklist", "change-order")
FORMATS = ("pdf", "docx")


def register(sub: Any) -> None:
    """Add the render subcommand."""
    p = sub.add_parser("render", help="write the agreement, the scope checklist or a change order")
    p.add_argument("project", metavar="ID")
    p.add_argument("--document", required=True, choices=KINDS)
    p.add_argument("--format", required=True, choices=FORMATS, dest="fmt")
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--version",
        type=int,
        metavar="N",
        dest="number",
        help="version (default: the one in force; for a change order, the newest change order's)",
    )
    which.add_argument("--change", metavar="CO-N", help="the version a change order proposed (CO-1, CO-2 …)")
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    p.add_argument("--with-notice", action="store_true",
                   help="add the note that the document is a template, not legal advice, and 'Prepared with Pacta' "
                   "(the copy for the client leaves both out)")
    p.add_argument("-o", "--output", type=Path, metavar="PATH", help="file or folder to write")
    p.set_defaults(handler=cmd_render)


@dataclass(frozen=True)
class Rendered:
    """A rendered document, the version it shows and its change order number, if any."""

    data: bytes
    warnings: list[str]
    name: str
    version: VersionRecord
    change: str | None


def render_version(
    repo: Repository,
    project_id: str,
    *,
    kind: str,
    fmt: str,
    number: int | None,
    change_number: str | None = None,
    paper: str = "A4",
    with_notice: bool = False,
) -> Rendered:
    """Render a document of a stored version (a change order: the newest unless told which)."""
    from documents import (
        ChangeInfo,
        DocumentFormat,
        DocumentKind,
        DocumentMeta,
        RenderOptions,
        render_document,
    )

    state = repo.state(project_id)
    previous = None
    change = None
    co_number = None
    order: ChangeOrder | None = None
    if kind == "change-order":
        chosen = change_to_render(repo, project_id, version=number, change=change_number)
        record = repo.version(project_id, chosen.version)
        previous = repo.version(project_id, chosen.base).contract
        order = chosen.order
    elif change_number is not None:
        order = state.change_order(change_number)
        if order is None:
            raise unknown_change(project_id, change_number, [c.number for c in state.change_orders])
        record = repo.version(project_id, order.version)
    else:
        record = repo.version(project_id, number if number is not None else state.in_force)
    meta = DocumentMeta(project_id=project_id, version=record.number, fingerprint=record.fingerprint, paper=paper)
    if kind == "change-order":
        if order is not None:
            co_number = order.number
            change = ChangeInfo(
                number=order.number,
                reason=order.reason,
                requested_by=order.requested_by,
                asked_on=order.asked_on,
                status=order.status.value,
                base_version=chosen.base,
            )
        else:
            change = ChangeInfo(
                number=f"v{record.number}",
                reason=record.reason,
                requested_by=record.requested_by or "provider",
                asked_on=record.created.date(),
                base_version=chosen.base,
            )
    plan = document_plan(repo, project_id, record.number) if kind != "checklist" else None
    rendered = render_document(
        DocumentKind(kind), DocumentFormat(fmt), record.contract, meta, previous=previous, change=change, plan=plan,
        options=RenderOptions(notice=with_notice, prepared_with=with_notice),
    )
    name = document_name(record.contract.title, record.number, kind, fmt, co_number)
    return Rendered(rendered.data, list(rendered.warnings), name, record, co_number)


def cmd_render(args: argparse.Namespace) -> int:
    """Render, write atomically, and record the document in the project's history."""
    with open_repo(args, write=True) as repo:
        rendered = render_version(
            repo,
            args.project,
            kind=args.document,
            fmt=args.fmt,
            number=args.number,
            change_number=args.change,
            paper=args.paper,
            with_notice=args.with_notice,
        )
        target: Path = args.output or Path(rendered.name)
        if target.is_dir():
            target = target / rendered.name
        write_atomic(target, rendered.data)
        event: dict[str, Any] = {
            "kind": args.document,
            "format": args.fmt,
            "version": rendered.version.number,
            "fingerprint": rendered.version.fingerprint,
            "sha256": hashlib.sha256(rendered.data).hexdigest(),
            "name": target.name,
        }
        if rendered.change is not None and args.document == "change-order":
            event["change"] = rendered.change
        record_event(repo, args.project, RecordKind.DOCUMENT, event)
    for warning in rendered.warnings:
        print(f"pacta: {warning}", file=sys.stderr)
    print(target)
    return 0
