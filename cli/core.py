"""Subcommands for contracts and versions: import, export, list, change, history, diff, check."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from cli.common import data_dir, fail, lang_of, open_repo, shown, writing
from domain.diff import describe, diff_contracts
from domain.payments import Difference
from domain.timeline import STATUS_NAMES, describe_record, name
from domain.validation import default_language, dumps_contract, read_contract_file
from storage.atomic import write_atomic
from storage.errors import StorageError, unknown_change
from storage.repository import Repository
from storage.service import record_change

_WORDS = {
    "es": {
        "version": "versión",
        "by": {"client": "a petición del cliente", "provider": "a petición del proveedor", None: ""},
        "problems": "problemas encontrados",
        "ok": "todo en orden: {n} proyectos, todas las cadenas verificadas",
        "ok_one": "todo en orden: 1 proyecto, todas sus cadenas verificadas",
        "ok_none": "todo en orden: no hay ningún proyecto",
        "warned": "ningún problema en las cadenas de {n} proyecto(s), pero lea el aviso anterior",
        "in_force": "en vigor",
        "co": "orden de cambio",
        "changes": "{a} → {b}",
        "trash": "en la papelera",
        "no_folder": "la carpeta de datos {folder} no existe: no hay nada que comprobar (¿está bien escrita la ruta?)",
        "not_folder": "{folder} no es una carpeta: indique con --data la carpeta de datos de Pacta",
    },
    "en": {
        "version": "version",
        "by": {"client": "requested by the client", "provider": "requested by the provider", None: ""},
        "problems": "problems found",
        "ok": "all good: {n} projects, every chain verified",
        "ok_one": "all good: 1 project, every chain verified",
        "ok_none": "all good: there are no projects",
        "warned": "no problem in the chains of {n} project(s), but read the warning above",
        "in_force": "in force",
        "co": "change order",
        "changes": "{a} → {b}",
        "trash": "in the trash",
        "no_folder": "the data folder {folder} does not exist: there is nothing to check (is the path right?)",
        "not_folder": "{folder} is not a folder: give --data the folder that holds Pacta's data",
    },
}


def words(lang: str) -> dict[str, Any]:
    """The command line's own words in a language."""
    return _WORDS.get(lang, _WORDS["en"])


def folder_language(repo: Repository) -> str:
    """The language for output about the whole folder: the contracts' own when they all share
    one, else the system's (as messages about one project use that project's language)."""
    languages = set(repo.languages().values())
    return languages.pop() if len(languages) == 1 else default_language()


def register(sub: Any) -> None:
    """Add this module's subcommands."""
    p = sub.add_parser("import", help="create a project from an interchange JSON file")
    p.add_argument("file", type=Path, metavar="FILE.json")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="write a version of a project as interchange JSON")
    p.add_argument("project", metavar="ID")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="file to write (default: standard output)")
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--version", type=int, metavar="N", dest="number", help="version number (default: the one in force)"
    )
    which.add_argument("--change", metavar="CO-N", help="the version a change order proposed (CO-1, CO-2 …)")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser(
        "list",
        help="one line per project: id, title, client, status, version in force, updated "
        "(and a newer version a change order proposed, if any)",
    )
    p.add_argument("--trash", action="store_true", help="list the projects in the trash instead")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("change", help="record a file as the next version of a project")
    p.add_argument("project", metavar="ID")
    p.add_argument("file", type=Path, metavar="FILE.json")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why the contract changes")
    p.add_argument("--requested-by", choices=("client", "provider"), help="who asked for the change")
    p.add_argument(
        "--difference", choices=[d.value for d in Difference], default=None,
        help="once signed, where the change in price goes in the payment schedule: with the next payment "
             "not yet due (next-installment, the default), a payment of its own due on signing the change "
             "order (on-signing), or shared over every payment not yet due (spread); what was paid or due "
             "before the change stays as it was",
    )
    p.set_defaults(handler=cmd_change)

    p = sub.add_parser("history", help="versions with date, reason, who asked and fingerprint")
    p.add_argument("project", metavar="ID")
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser("diff", help="what changed between two versions, in the contract's language")
    p.add_argument("project", metavar="ID")
    p.add_argument("a", type=int, metavar="A")
    p.add_argument("b", type=int, metavar="B")
    p.set_defaults(handler=cmd_diff)

    p = sub.add_parser("check", help="verify every data file and hash chain")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("trash", help="move a project to the trash")
    p.add_argument("project", metavar="ID")
    p.set_defaults(handler=cmd_trash)

    p = sub.add_parser("restore", help="bring a project back from the trash")
    p.add_argument("project", metavar="ID")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("backups", help="list the kept copies of a project's data file")
    p.add_argument("project", metavar="ID")
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser("restore-backup", help="put a kept copy of a project's data file back in place")
    p.add_argument("project", metavar="ID")
    p.add_argument("n", type=int, nargs="?", default=1, metavar="N", help="1 is the newest copy")
    p.set_defaults(handler=cmd_restore_backup)


def cmd_import(args: argparse.Namespace) -> int:
    """Validate the file, then store it as version 1 of a new project."""
    contract = read_contract_file(args.file)
    with open_repo(args, write=True) as repo:
        record = repo.create_project(contract, reason=f"import {args.file.name}")
    print(record.project_id)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write one version as interchange JSON: the one in force unless --version or --change says which."""
    repo = open_repo(args, write=False)
    number = args.number
    if args.change is not None:
        state = repo.state(args.project)
        order = state.change_order(args.change)
        if order is None:
            raise unknown_change(args.project, args.change, [c.number for c in state.change_orders])
        number = order.version
    record = repo.version(args.project, number)
    text = dumps_contract(record.contract)
    if args.output is None:
        sys.stdout.write(text)
    else:
        output: Path = args.output
        writing(output, lambda: write_atomic(output, text.encode("utf-8")))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    """Print the project list; unreadable files are reported on stderr.

    The version shown is the one in force; a newer version that a change order proposed
    (or that was rejected) follows at the end of the line, named as such.
    """
    repo = open_repo(args, write=False)
    projects, problems = repo.list_projects(trashed=args.trash)
    for p in sorted(projects, key=lambda s: s.updated, reverse=True):
        # A title or a client name is printed with its control characters escaped: a line break
        # in it must not print what looks like another project's line.
        fields = [p.id, p.title, p.client, p.status, str(p.version), p.updated.isoformat()]
        if p.latest != p.version:
            fields.append(newer_version(p.latest, p.latest_change, p.latest_status, p.language))
        print("	".join(shown(f) for f in fields))
    lang = folder_language(repo)
    for problem in problems:
        print(f"pacta: {shown(problem.project_id or '')}: {shown(problem.message(lang))}", file=sys.stderr)
    return 1 if problems else 0


def newer_version(number: int, change: str | None, status: str | None, lang: str) -> str:
    """`versión 2: CO-1 rechazada`: a version newer than the one in force, and what became of it."""
    text = f"{words(lang)['version']} {number}"
    if change is None:
        return text
    return f"{text}: {change} {name(STATUS_NAMES, status, lang)}" if status else f"{text}: {change}"


def cmd_change(args: argparse.Namespace) -> int:
    """Record a file as the project's next version (a change order once signed).

    The file is read and checked before the data folder's lock is taken, so a
    refused change writes nothing at all, not even the lock file.
    """
    reader = open_repo(args, write=False)
    lang = lang_of(reader, args.project)
    reader.version(args.project)
    contract = read_contract_file(args.file, lang)
    with open_repo(args, write=True) as repo:
        # record_change keeps the ids deliverables already had (domain.ids) and, for a format-1
        # file, the format-2 fields of the version it changes (domain.versions).
        result = record_change(
            repo, args.project, contract, reason=args.reason, requested_by=args.requested_by,
            difference=args.difference,
        )
    if result.change_order is not None:
        print(f"{words(lang)['version']} {result.version.number} {result.change_order.number}")
    else:
        print(result.version.number)
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    """Versions, change orders and statuses, oldest first."""
    repo = open_repo(args, write=False)
    lang = lang_of(repo, args.project)
    w = words(lang)
    state = repo.state(args.project)
    for v in repo.versions(args.project):
        order = state.change_for_version(v.number)
        parts = [
            f"{w['version']} {v.number}",
            v.created.isoformat(),
            v.reason or "-",
            w["by"].get(v.requested_by, v.requested_by or "") or "-",
            v.fingerprint,
        ]
        if order is not None:
            parts.append(f"{order.number} {name(STATUS_NAMES, order.status.value, lang)}")
        if v.number == state.in_force:
            parts.append(w["in_force"])
        # A reason (or any text a record quotes) cannot print a line of its own.
        print("\t".join(shown(p) for p in parts))
    for record in repo.records(args.project):
        print(f"{record.at.isoformat()}\t{shown(describe_record(record.kind, record.data, lang))}")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    """A readable account of what changed from version A to version B."""
    repo = open_repo(args, write=False)
    old = repo.version(args.project, args.a).contract
    new = repo.version(args.project, args.b).contract
    lang = new.language.value
    for line in describe(diff_contracts(old, new), new.currency, lang):
        # Babel separates amount and symbol with a no-break space; a terminal wants a plain one.
        print(shown(line.replace("\xa0", " ").replace("\u202f", " ")))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Verify everything; list each problem with its project."""
    folder = data_dir(args)
    if not folder.is_dir() and (folder.exists() or _chosen(args)):
        w = words(default_language())
        return fail(w["not_folder" if folder.exists() else "no_folder"].format(folder=shown(str(folder))))
    repo = open_repo(args, write=False)
    problems = repo.check()
    lang = folder_language(repo)
    warnings = repo.check_warnings()
    for warning in warnings:
        print(f"{shown(warning.project_id or '')}: {shown(warning.message(lang))}", file=sys.stderr)
    if not problems:
        projects, _ = repo.list_projects()
        trashed, _ = repo.list_projects(trashed=True)
        n = len(projects) + len(trashed)
        key = "ok_none" if n == 0 else "ok_one" if n == 1 else "ok"
        print(words(lang)["warned" if warnings else key].format(n=n))
        return 0
    print(f"{words(lang)['problems']}: {len(problems)}", file=sys.stderr)
    for problem in problems:
        print(f"{shown(problem.project_id or '')}: {shown(problem.message(lang))}", file=sys.stderr)
    return 1


def _chosen(args: argparse.Namespace) -> bool:
    """Whether the data folder was named (--data, PACTA_DATA) rather than the platform's default,
    which a new user has not made yet."""
    return bool(getattr(args, "data", None) or os.environ.get("PACTA_DATA"))


def cmd_trash(args: argparse.Namespace) -> int:
    """Move a project to the trash."""
    with open_repo(args, write=True) as repo:
        repo.trash(args.project)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a project from the trash."""
    with open_repo(args, write=True) as repo:
        repo.restore(args.project)
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    """List the kept copies of a project's file."""
    repo = open_repo(args, write=False)
    for n, path in enumerate(repo.backups(args.project), start=1):
        print(f"{n}\t{path}\t{path.stat().st_size}")
    return 0


def cmd_restore_backup(args: argparse.Namespace) -> int:
    """Put a kept copy back; the replaced file stays beside it."""
    reader = open_repo(args, write=False)
    if not reader.backups(args.project):
        # Said before the lock is taken: nothing to restore writes nothing.
        raise StorageError("no_backups", id=args.project)
    with open_repo(args, write=True) as repo:
        kept = repo.restore_backup(args.project, args.n)
    print(kept)
    return 0

