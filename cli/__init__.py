"""The `pacta` command line: one module per group of subcommands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from cli import common, core, desktop, letters, payments, records, render, send, signing
from domain.about import LICENSE, VERSION

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors on stderr and exit status 2 (its default)."""


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, every subcommand with its own --help."""
    from storage.paths import default_data_dir

    parser = _Parser(
        prog="pacta",
        description=(
            "Pacta writes services contracts, scope checklists and change orders, "
            "and keeps every version. Run it with no arguments to open the app."
        ),
        epilog=(
            f"Pacta {VERSION} · licence {LICENSE} · data folder {default_data_dir()} "
            "(change it with --data or the PACTA_DATA environment variable). "
            "Pacta writes documents, not legal advice."
        ),
    )
    parser.add_argument("--version", action="store_true", help="show the version, licence and data folder")
    parser.add_argument(
        "--data", metavar="DIR", default=None,
        help="the folder that holds your projects, their versions and backups "
             "(default: $PACTA_DATA, else the platform's per-user data folder)",
    )
    desktop.register_flags(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in (core, records, payments, render, send, signing, letters):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; 0 on success, 1 for refused input, 2 for a usage error."""
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.version:
        print(f"Pacta {VERSION}")
        print(f"Licence: {LICENSE}")
        print(f"Data folder: {common.data_dir(args)}")
        return 0
    status = desktop.handle_flags(args)
    if status is not None:
        return status
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    return common.run(_usage_errors(handler, parser), args)


def _usage_errors(handler: Handler, parser: argparse.ArgumentParser) -> Handler:
    """A handler whose missing-option refusals (such as --requested-by once signed) are usage errors, status 2."""
    from storage.repository import Repository
    from storage.service import RequesterRequired

    def wrapped(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except RequesterRequired as exc:
            sub = _subparser(parser, args.command)
            sub.print_usage(sys.stderr)
            lang = common.lang_of(Repository(common.data_dir(args)), getattr(args, "project", None))
            print(f"{sub.prog}: error: {exc.message(lang)}", file=sys.stderr)
            return 2

    return wrapped


def _subparser(parser: argparse.ArgumentParser, command: str) -> argparse.ArgumentParser:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            chosen: argparse.ArgumentParser = action.choices[command]
            return chosen
    return parser
