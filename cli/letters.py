"""`pacta letter`: a letter to the client written from the contract, as text, PDF, DOCX or .eml.

The text goes to standard output unless a file is asked for; every letter written to a
file is kept in the project's journal with its text and fingerprint (`pacta send --letter`
sends one and keeps it the same way).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from cli.common import fail, lang_of, open_repo, writing
from domain.letters import Kind, LetterError

_WORDS = {
    "es": {
        "saved": "Carta guardada en {path} y anotada en el diario del proyecto (huella {fp}).",
        "no_client_email": "El contrato no tiene la dirección de correo del Cliente: indíquela con --to.",
        "no_sender": "Falta su dirección de remitente: añádala a sus datos en el contrato o en la "
        "configuración del correo.",
        "unreadable": "No se puede leer el texto de la carta en {path}: {detail}",
    },
    "en": {
        "saved": "Letter written to {path} and kept in the project's journal (fingerprint {fp}).",
        "no_client_email": "The contract has no email address for the Client: give one with --to.",
        "no_sender": "Your sender address is missing: add it to your details in the contract or to the mail "
        "settings.",
        "unreadable": "The letter's text in {path} cannot be read: {detail}",
    },
}


def words(lang: str) -> dict[str, str]:
    """This module's words in a language."""
    return _WORDS.get(lang, _WORDS["en"])


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-30") from None


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number like 4 or 250.00") from None
    if not value.is_finite() or value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be a number greater than zero")
    return value


def add_letter_options(p: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """The options that say what a letter is about (shared with `pacta send --letter`)."""
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                   help="the letter's date, to which figures such as interest are worked out (default: today)")
    p.add_argument("--request", default="", metavar="TEXT",
                   help="the client's request or message in your own words; the letter opens by restating it")
    p.add_argument("--deliverable", metavar="ID", help="the deliverable concerned (extra-round, late-input)")
    p.add_argument("--hours", type=_decimal, metavar="H",
                   help="hours the request would take, priced at the contract's hourly rate")
    p.add_argument("--price", type=_decimal, metavar="AMOUNT", help="a price for the request instead of hours")
    p.add_argument("--days", type=int, metavar="N", dest="extra_days",
                   help="days the requested work would move the remaining deliveries by (out-of-scope)")
    p.add_argument("--by", choices=("provider", "client"), default="provider",
                   help="termination: who ends the contract (the kill fee applies when the client does)")


def register(sub: Any) -> None:
    """Add the letter subcommand."""
    p = sub.add_parser(
        "letter",
        help="write to the client from the contract: overdue payment, out-of-scope request, urgent request, "
             "extra round, late input, termination",
        description="Write a calm letter to the client that quotes the signed clauses by number and fills in the "
        "figures from the version in force and the project's records. Text goes to standard output; with "
        "--format pdf, docx or eml (or -o) it is written to a file and kept in the project's journal.",
    )
    p.add_argument("project", metavar="ID")
    p.add_argument("kind", choices=[k.value for k in Kind], metavar="KIND",
                   help="one of: " + ", ".join(k.value for k in Kind))
    add_letter_options(p)
    p.add_argument("--format", choices=("txt", "pdf", "docx", "eml"), default=None, dest="fmt",
                   help="txt (default), pdf, docx, or eml: a draft message to the client")
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help="file or folder to write")
    p.add_argument("--to", action="append", default=[], metavar="ADDRESS",
                   help="eml: recipient (default: the client's address in the contract)")
    p.add_argument("--cc", action="append", default=[], metavar="ADDRESS", help="eml: copy to (repeatable)")
    p.add_argument("--attach-pdf", action="store_true", help="eml: attach the letter as a PDF")
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    p.set_defaults(handler=cmd_letter)


def request_of(args: argparse.Namespace) -> Any:
    """The letter asked for on the command line."""
    from delivery.letters import Request

    return Request(kind=Kind(args.kind), date=args.date or dt.date.today(), request=args.request or "",
                   deliverable=args.deliverable, hours=args.hours, price=args.price, extra_days=args.extra_days,
                   by_client=args.by == "client")


def written(repo: Any, args: argparse.Namespace, lang: str) -> Any:
    """The letter, or None after saying why it cannot be written."""
    from delivery import letters

    try:
        return letters.write_for(repo=repo, project_id=args.project, request=request_of(args))
    except LetterError as exc:
        fail(exc.message(lang))
        return None


def sender_of(contract: Any) -> str:
    """The sender: the mail settings' address, else the provider's in the contract."""
    from delivery.config import SettingsFileError, load_smtp

    try:
        loaded = load_smtp()
    except SettingsFileError:
        loaded = None
    return (loaded[1] if loaded else "") or (contract.provider.email or "")


def cmd_letter(args: argparse.Namespace) -> int:
    """Write the letter to standard output, or to a file kept in the journal."""
    from delivery import letters
    from delivery.drafts import eml_bytes
    from delivery.mail import AddressError
    from delivery.outgoing import write_file

    fmt = args.fmt or (args.output.suffix.lstrip(".").lower() if args.output and args.output.suffix else "txt")
    if fmt not in letters.FORMATS:
        fmt = "txt"
    to_file = args.output is not None or fmt != "txt"
    with open_repo(args, write=to_file) as repo:
        lang = lang_of(repo, args.project)
        w = words(lang)
        letter = written(repo, args, lang)
        if letter is None:
            return 1
        if not to_file:
            sys.stdout.write(letter.letter.text)
            return 0
        details: dict[str, object] = {"format": fmt}
        if fmt == "eml":
            if not (args.to or letters.client_address(letter.contract)):
                return fail(w["no_client_email"])
            sender = sender_of(letter.contract)
            if not sender:
                return fail(w["no_sender"])
            try:
                msg = letters.message(letter, sender=sender, to=args.to, cc=args.cc, attach_pdf=args.attach_pdf,
                                      paper=args.paper)
            except AddressError as exc:
                return fail(exc.message(lang))
            data = eml_bytes(msg)
            details["to"] = [a.addr_spec for a in msg["To"].addresses]
            details["attached_pdf"] = args.attach_pdf
        else:
            data = letters.letter_bytes(letter, fmt, paper=args.paper)
        target: Path = args.output or Path(letter.file_name(fmt))
        if target.is_dir():
            target = target / letter.file_name(fmt)
        writing(target, lambda: write_file(path=target, data=data))
        details["file"] = target.name
        letters.keep(repo=repo, letter=letter, action="saved", details=details)
    print(w["saved"].format(path=target, fp=letter.letter.fingerprint[:12]))
    return 0


def send_letter(args: argparse.Namespace, repo: Any, loaded: Any, password_of: Any, ws: dict[str, str]) -> int:
    """`pacta send ID --letter KIND`: the letter (or its edited --text) mailed to the client and kept in the journal."""
    import threading

    from delivery import letters, outgoing
    from delivery.errors import SendError
    from delivery.mail import AddressError

    lang = lang_of(repo, args.project)
    w = words(lang)
    args.kind = args.letter
    letter = written(repo, args, lang)
    if letter is None:
        return 1
    text = None
    if args.text is not None:
        try:
            text = args.text.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            return fail(w["unreadable"].format(path=args.text, detail=getattr(exc, "strerror", None) or exc))
    if not (args.to or letters.client_address(letter.contract)):
        return fail(w["no_client_email"])
    sender = (loaded[1] if loaded else "") or (letter.contract.provider.email or "")
    if not sender:
        return fail(w["no_sender"])
    try:
        msg = letters.message(letter, sender=sender, to=args.to, cc=args.cc, text=text,
                              attach_pdf=args.attach_pdf, paper=args.paper)
    except AddressError as exc:
        return fail(exc.message(lang))
    details: dict[str, object] = {"to": [a.addr_spec for a in msg["To"].addresses], "attached_pdf": args.attach_pdf}
    if args.eml is not None:
        target: Path = args.eml
        if target.is_dir():
            target = target / letter.file_name("eml")
        writing(target, lambda: outgoing.save_draft(message=msg, path=target))
        letters.keep(repo=repo, letter=letter, text=text, action="saved", details={**details, "file": target.name})
        print(ws["draft"].format(path=target))
        return 0
    settings = loaded[0]
    password, remember = None, False
    if settings.username:
        password, remember = password_of(settings)
        if password is None:
            return fail(ws["no_password"])
    try:
        data = outgoing.send_and_record(
            repo=repo, project_id=args.project, message=msg, settings=settings, password=password, documents=[],
            cancel=threading.Event(), progress=lambda step: None, remember=remember)
    except outgoing.NotRecorded as exc:
        detail = exc.error.message(lang) if hasattr(exc.error, "message") else str(exc.error)
        return fail(ws["not_recorded"].format(detail=detail))
    except SendError as exc:
        draft = outgoing.keep_in_outbox(message=msg, data_dir=repo.folder, title=letter.contract.title,
                                        version=letter.record.number)
        print(f"pacta: {exc.message(lang, draft_note=False)}", file=sys.stderr)
        return fail(ws["kept"].format(path=draft))
    letters.keep(repo=repo, letter=letter, text=text, action="sent", details=details)
    print(ws["sent"].format(recipients=", ".join([*data["to"], *data["cc"]])))
    return 0
