"""The render subcommand: a document of one version as PDF or DOCX."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cli.common import open_repo
from delivery.render import FORMATS, KINDS, render_project_document, save_document


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


def cmd_render(args: argparse.Namespace) -> int:
    """Render, write atomically, and record the document in the project's history."""
    from documents import RenderOptions

    with open_repo(args, write=True) as repo:
        document = render_project_document(repo=repo, project_id=args.project, kind=args.document, fmt=args.fmt,
                                           paper=args.paper, version=args.number, change=args.change,
                                           options=RenderOptions(notice=args.with_notice, prepared_with=args.with_notice))
        target = save_document(repo=repo, document=document, target=args.output or Path(document.name))
    for warning in document.warnings:
        print(f"pacta: {warning}", file=sys.stderr)
    print(target)
    return 0
