"""Subcommands for the life of a contract: status, change orders, scans, journal, rounds, verify."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from cli.common import fail, lang_of, open_repo, shown
from domain import formatting
from domain.lifecycle import JournalKind, Status
from domain.limits import ATTACHMENT_BYTES, read_limited
from domain.timeline import JOURNAL_NAMES, name
from domain.validation import default_language
from storage.service import (
    add_journal,
    attach,
    attachment_matches,
    decide_change,
    record_round,
    set_status,
    strike_journal,
)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-30") from None


def register(sub: Any) -> None:
    """Add this module's subcommands."""
    p = sub.add_parser("status", help="record that the contract was sent, signed, completed or terminated")
    p.add_argument("project", metavar="ID")
    p.add_argument("status", choices=[s.value for s in Status if s is not Status.DRAFT])
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="when (default: today)")
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser("accept", help="record that both parties signed a change order")
    p.add_argument("project", metavar="ID")
    p.add_argument("number", metavar="CO-N")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD")
    p.set_defaults(handler=cmd_accept)

    p = sub.add_parser("reject", help="record that a change order was rejected")
    p.add_argument("project", metavar="ID")
    p.add_argument("number", metavar="CO-N")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD")
    p.set_defaults(handler=cmd_reject)

    p = sub.add_parser("attach", help="keep a scanned signed copy (PDF or image) with a version or change order")
    p.add_argument("project", metavar="ID")
    p.add_argument("file", type=Path, metavar="FILE")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--version", type=int, metavar="N", dest="number")
    target.add_argument("--change", metavar="CO-N")
    p.set_defaults(handler=cmd_attach)

    p = sub.add_parser("attachments", help="list attached scans and whether each file still matches")
    p.add_argument("project", metavar="ID")
    p.set_defaults(handler=cmd_attachments)

    p = sub.add_parser("journal", help="show the project journal, or add an entry to it")
    p.add_argument("project", metavar="ID")
    p.add_argument("--add", metavar="TEXT")
    # Letters reach the journal through pacta letter and pacta send --letter, with their fingerprint.
    p.add_argument("--kind", choices=[k.value for k in JournalKind if k is not JournalKind.LETTER],
                   default=JournalKind.QUESTION.value)
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--strike", type=int, metavar="N", help="strike entry N through (it is kept)")
    p.add_argument("--reason", default="", metavar="TEXT", help="why an entry is struck through")
    p.set_defaults(handler=cmd_journal)

    p = sub.add_parser("round", help="record a delivery or a round of client feedback on a deliverable")
    p.add_argument("project", metavar="ID")
    p.add_argument("deliverable", metavar="DELIVERABLE_ID")
    p.add_argument("kind", choices=("delivery", "feedback"))
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD")
    p.set_defaults(handler=cmd_round)

    p = sub.add_parser(
        "verify", help="which project and version a PDF, scan or photo shows, and whether a PDF's text is that version's",
        description="Identify a Pacta document from its PDF data or, for a scan, a photo (PNG, JPEG) or a PDF "
                    "another program wrote, from the QR code on its pages; say whether that version is in force, "
                    "superseded, proposed or rejected; and for a PDF with text, compare the text with a fresh "
                    "render of that version and list what differs (exit status 1).",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_verify)


def cmd_status(args: argparse.Namespace) -> int:
    """Record a new status."""
    with open_repo(args, write=True) as repo:
        set_status(repo, args.project, Status(args.status), args.date)
        print(repo.state(args.project).status.value)
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    """Accept a change order: its version comes into force."""
    with open_repo(args, write=True) as repo:
        decide_change(repo, args.project, args.number, accepted=True, on=args.date)
        print(repo.state(args.project).in_force)
    return 0


def cmd_reject(args: argparse.Namespace) -> int:
    """Reject a change order: the signed version stays in force."""
    with open_repo(args, write=True) as repo:
        decide_change(repo, args.project, args.number, accepted=False, on=args.date, reason=args.reason)
        print(repo.state(args.project).in_force)
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    """Copy a scan into the data folder and record its SHA-256.

    The file is checked before the lock is taken: a regular file within the size limit (a
    pipe or /dev/zero is refused at once instead of holding the folder while it is read).
    """
    data = read_limited(args.file, ATTACHMENT_BYTES)
    with open_repo(args, write=True) as repo:
        record = attach(repo, args.project, data, args.file.name, version=args.number, change=args.change)
    print(record.data["sha256"])
    return 0


def cmd_attachments(args: argparse.Namespace) -> int:
    """Each attachment with its target and whether the stored file still matches."""
    repo = open_repo(args, write=False)
    status = 0
    for record in repo.records(args.project):
        if record.kind != "attachment":
            continue
        ok = attachment_matches(repo, args.project, record)
        status = status if ok else 1
        target = record.data["target"]
        where = f"CO {target['change']}" if "change" in target else f"v{target['version']}"
        print("\t".join(shown(f) for f in [where, record.data["name"], record.data["sha256"], "ok" if ok else "MISMATCH"]))
    return status


def cmd_journal(args: argparse.Namespace) -> int:
    """List journal entries, or append one, or strike one through."""
    if args.add is not None:
        with open_repo(args, write=True) as repo:
            record = add_journal(repo, args.project, args.add, kind=JournalKind(args.kind), on=args.date)
        print(record.data["id"])
        return 0
    if args.strike is not None:
        with open_repo(args, write=True) as repo:
            strike_journal(repo, args.project, args.strike, reason=args.reason)
        return 0
    repo = open_repo(args, write=False)
    lang = lang_of(repo, args.project)
    for entry in repo.state(args.project).journal:
        text = "".join(c + "\u0336" for c in entry.text) if entry.struck else entry.text
        fields = [str(entry.id), entry.date.isoformat(), name(JOURNAL_NAMES, entry.kind.value, lang), text]
        print("\t".join(shown(f) for f in fields))
    return 0


def cmd_round(args: argparse.Namespace) -> int:
    """Record a delivery or feedback round; say how many rounds are used."""
    with open_repo(args, write=True) as repo:
        record_round(repo, args.project, args.deliverable, kind=args.kind, note=args.note, on=args.date)
        state = repo.state(args.project)
        contract = repo.version(args.project, state.in_force).contract
    used = state.rounds_used(args.deliverable)
    revisions = contract.revisions
    included = revisions.rounds_included if revisions else None
    lang = contract.language.value
    words = _ROUNDS[lang]
    if included is None:
        print(f"{used}")
    elif args.kind == "delivery":
        print(words["delivery"].format(used=used, included=included))
    else:
        print(words["round"].format(used=used, included=included))
        if used > included:
            price = revisions.extra_round_price if revisions else None
            cost = (words["cost"].format(price=formatting.money(price, contract.currency, lang))
                    if price is not None else "")
            print(words["beyond"].format(used=used, included=included, cost=cost), file=sys.stderr)
    return 0


_ROUNDS: dict[str, dict[str, str]] = {
    "es": {
        "delivery": "entrega registrada; rondas de comentarios: {used} de {included}",
        "round": "ronda {used} de {included}",
        "beyond": "aviso: el contrato incluye {included} rondas de comentarios por entregable y esta es la {used}.ª; "
                  "una ronda adicional{cost} se acuerda con una orden de cambio (pacta change, o la pestaña Rondas "
                  "de la aplicación)",
        "cost": " cuesta {price} y",
    },
    "en": {
        "delivery": "delivery recorded; feedback rounds: {used} of {included}",
        "round": "round {used} of {included}",
        "beyond": "note: the contract includes {included} rounds of feedback per deliverable and this is round "
                  "{used}; an extra round{cost} is agreed with a change order (pacta change, or the app's Rounds tab)",
        "cost": " costs {price} and",
    },
}


def cmd_verify(args: argparse.Namespace) -> int:
    """Identify a PDF, scan or photo by its stamp or QR code; compare a PDF's text with its version."""
    from delivery.sign_words import words
    from delivery.verifying import describe, verify

    repo = open_repo(args, write=False)
    found = verify(repo, args.file)
    lang = lang_of(repo, found.project_id) if found.project_id else default_language()
    if not found.found:
        return fail(words("verify.not_pacta", lang, path=args.file))
    for line in describe(found, lang):
        print(line)
    return 0 if found.ok else 1
