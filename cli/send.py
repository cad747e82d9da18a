"""Subcommands that get documents to the client: send and calendar.

`send` mails the chosen documents through the user's SMTP server (the app's mail settings,
the password from the system keyring or typed on the terminal) and records the send in the
project's history; with `--eml` it writes a ready-to-send draft instead and sends nothing.
`calendar` writes the version in force's dated commitments as an iCalendar file.
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import Any

from cli.common import fail, lang_of, open_repo, writing
from cli.letters import add_letter_options, send_letter
from delivery import outgoing
from delivery.render import FORMATS
from domain.letters import Kind

_WORDS = {
    "es": {
        "sent": "Enviado a {recipients}; queda anotado en el historial del proyecto.",
        "draft": "Borrador guardado (no se ha enviado nada): {path}",
        "kept": "El mensaje queda guardado como borrador, con sus adjuntos, en {path}",
        "not_recorded": "El mensaje se ha enviado, pero no se ha podido anotar en el historial del "
        "proyecto: {detail}",
        "not_set_up": "El envío de correo no está configurado: indique su servidor en la aplicación "
        "(Archivo › Servidor de correo…) o guarde un borrador con --eml RUTA.",
        "settings_unreadable": "No se puede leer la configuración del correo ({detail}). Corríjala en la "
        "aplicación (Archivo › Servidor de correo…) o guarde un borrador con --eml RUTA.",
        "no_sender": "Falta su dirección de remitente: añádala en la configuración del correo o a sus "
        "datos en el contrato.",
        "no_password_saved": "El almacén de contraseñas del sistema no guarda ninguna contraseña para {account}.",
        "prompt": "Contraseña de {user} en {host}: ",
        "no_password": "No se ha indicado ninguna contraseña; no se ha enviado nada.",
        "no_dates": "Este contrato aún no tiene fechas (entregas, material del cliente o pagos), así que no "
        "hay nada que pasar a un calendario.",
        "dates": "{n} fecha(s) exportada(s) a {path}",
        "cancelled": "Envío interrumpido; no se ha enviado nada.",
        "maybe_sent": "Envío interrumpido mientras el servidor recibía el mensaje: es posible que lo haya "
        "recibido. Consulte al cliente antes de volver a enviarlo.",
    },
    "en": {
        "sent": "Sent to {recipients}; kept in the project's history.",
        "draft": "Draft written (nothing was sent): {path}",
        "kept": "The message is kept as a draft, with its attachments, in {path}",
        "not_recorded": "The message was sent, but it could not be recorded in the project's history: "
        "{detail}",
        "not_set_up": "Sending mail is not set up: enter your server in the app (File › Mail server "
        "settings…) or write a draft with --eml PATH.",
        "settings_unreadable": "The mail settings cannot be read ({detail}). Correct them in the app (File › "
        "Mail server settings…) or write a draft with --eml PATH.",
        "no_sender": "Your sender address is missing: add it to the mail settings or to your details in the "
        "contract.",
        "no_password_saved": "The system's password store holds no password for {account}.",
        "prompt": "Password for {user} on {host}: ",
        "no_password": "No password was given; nothing was sent.",
        "no_dates": "This contract has no dates yet (deliveries, client inputs or payments), so there is "
        "nothing to put in a calendar.",
        "dates": "{n} date(s) exported to {path}",
        "cancelled": "Sending was interrupted; nothing was sent.",
        "maybe_sent": "Sending was interrupted while the server was receiving the message: it may have "
        "arrived. Ask the client before sending it again.",
    },
}


# The documents a message can carry (delivery.outgoing.KINDS, which is imported only to send).
KINDS = ("agreement", "checklist", "change-order")


def words(lang: str) -> dict[str, str]:
    """This module's words in a language."""
    return _WORDS.get(lang, _WORDS["en"])


def register(sub: Any) -> None:
    """Add the send and calendar subcommands."""
    p = sub.add_parser(
        "send",
        help="email documents to the client through your mail server, or write a draft with --eml",
        description="Email the chosen documents of the version in force (or a change order) through the "
        "mail server set up in the app, and record the send in the project's history. With --eml, write "
        "a ready-to-send draft (.eml) with the attachments instead and send nothing. Subject and body come "
        "from the mail templates (yours in the configuration folder's mail/, when present).",
    )
    p.add_argument("project", metavar="ID")
    p.add_argument("--to", action="append", default=[], metavar="ADDRESS",
                   help="recipient (repeat for several; a letter goes to the client's address by default)")
    p.add_argument("--cc", action="append", default=[], metavar="ADDRESS", help="copy to (repeatable)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--document", action="append", choices=outgoing.KINDS, dest="documents",
                      help="document to attach (repeat for several)")
    what.add_argument("--letter", choices=[k.value for k in Kind], metavar="KIND",
                      help="send a letter to the client instead (see pacta letter): " + ", ".join(k.value for k in Kind))
    letter = p.add_argument_group("letters (with --letter)")
    add_letter_options(letter)
    letter.add_argument("--text", type=Path, metavar="FILE", help="send this (edited) text of the letter instead")
    letter.add_argument("--attach-pdf", action="store_true", help="attach the letter as a PDF too")
    p.add_argument("--format", choices=FORMATS, default="pdf", dest="fmt", help="file format (default: pdf)")
    p.add_argument("--change", metavar="CO-N", help="which change order to attach (default: the latest)")
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    p.add_argument("--subject", metavar="TEXT", help="subject (default: from the template)")
    p.add_argument("--eml", type=Path, metavar="PATH",
                   help="write the message as a draft to this file (or folder) and send nothing")
    p.set_defaults(handler=cmd_send)

    p = sub.add_parser("calendar", help="write the dated commitments of both sides as an iCalendar file")
    p.add_argument("project", metavar="ID")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.ics", help="file or folder to write")
    p.set_defaults(handler=cmd_calendar)


def cmd_send(args: argparse.Namespace) -> int:
    # Imported here: mail, SMTP and keyring code is not needed to start any other command.
    from delivery import outgoing
    """Render the documents, compose the message, then send it (or write the draft)."""
    from delivery.config import SettingsFileError, load_smtp
    from delivery.errors import SendError
    from delivery.mail import AddressError

    if not args.letter and not args.to:
        # Documents go to whoever is named; only a letter has a default recipient (the client).
        print("usage: pacta send ID --to ADDRESS --document KIND ...", file=sys.stderr)
        print("pacta send: error: the following arguments are required: --to", file=sys.stderr)
        return 2
    with open_repo(args, write=args.eml is None) as repo:
        lang = lang_of(repo, args.project)
        w = words(lang)
        try:
            loaded = load_smtp()
        except SettingsFileError as exc:
            if args.eml is None:
                return fail(w["settings_unreadable"].format(detail=exc.message(lang)))
            loaded = None
        if loaded is None and args.eml is None:
            return fail(w["not_set_up"])
        if args.letter:
            return send_letter(args, repo, loaded, lambda settings: _password(settings, w, lang), w)
        start = outgoing.mail_start(repo=repo, project_id=args.project)
        sender = (loaded[1] if loaded else "") or start.contract.provider.email or ""
        if not sender:
            return fail(w["no_sender"])
        wanted = [(kind, args.fmt) for kind in dict.fromkeys(args.documents)]
        # An unknown --change is a NoChangeOrder, said like every refusal of the store (cli.common.run).
        documents = outgoing.render_many(repo=repo, project_id=args.project, wanted=wanted,
                                         paper=args.paper, change=args.change)
        subject = args.subject if args.subject is not None else start.subject
        try:
            message = outgoing.build_message(start=start, to=args.to, cc=args.cc, subject=subject,
                                             body=start.body, documents=documents, sender=sender)
        except AddressError as exc:
            return fail(exc.message(lang))
        for warning in outgoing.warnings_of(documents):
            print(f"pacta: {warning}", file=sys.stderr)

        if args.eml is not None:
            target: Path = args.eml
            # A folder gets a new file each time (never replacing an earlier draft); a file
            # named by the user is replaced.
            unique = target.is_dir()
            if unique:
                target = target / outgoing.draft_name(start.contract.title, start.version)
            written = writing(target, lambda: outgoing.save_draft(message=message, path=target, unique=unique))
            print(w["draft"].format(path=written))
            return 0

        assert loaded is not None
        settings = loaded[0]
        password, remember = None, False
        if settings.username:
            password, remember = _password(settings, w, lang)
            if password is None:
                return fail(w["no_password"])
        steps: list[str] = []
        try:
            data = outgoing.send_and_record(
                repo=repo, project_id=args.project, message=message, settings=settings, password=password,
                documents=documents, cancel=threading.Event(), progress=lambda step: steps.append(step.value),
                remember=remember, warn=lambda warning: print(f"pacta: {warning.message(lang)}", file=sys.stderr))
        except outgoing.NotRecorded as exc:
            detail = exc.error.message(lang) if hasattr(exc.error, "message") else str(exc.error)
            return fail(w["not_recorded"].format(detail=detail))
        except SendError as exc:
            draft = outgoing.keep_in_outbox(message=message, data_dir=repo.folder, title=start.contract.title,
                                            version=start.version)
            print(f"pacta: {exc.message(lang, draft_note=False)}", file=sys.stderr)
            return fail(w["kept"].format(path=draft))
        except KeyboardInterrupt:
            draft = outgoing.keep_in_outbox(message=message, data_dir=repo.folder, title=start.contract.title,
                                            version=start.version)
            maybe = "sending" in steps
            print(f"pacta: {w['maybe_sent' if maybe else 'cancelled']}", file=sys.stderr)
            return fail(w["kept"].format(path=draft))
    print(w["sent"].format(recipients=", ".join([*data["to"], *data["cc"]])))
    return 0


def _password(settings: Any, w: dict[str, str], lang: str) -> tuple[str | None, bool]:
    """The saved password, or one typed on the terminal (saying why); whether to keep it."""
    import getpass

    from delivery.passwords import PasswordStore

    store = PasswordStore()
    saved = store.get(settings)
    if saved is not None:
        return saved, False
    reason = store.reason(lang)
    print(f"pacta: {reason or w['no_password_saved'].format(account=settings.account)}", file=sys.stderr)
    try:
        typed = getpass.getpass(w["prompt"].format(user=settings.username, host=settings.host))
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        return None, False
    return (typed or None), store.available()


def cmd_calendar(args: argparse.Namespace) -> int:
    from delivery import outgoing
    """Write the version in force's dated commitments as an `.ics` file."""
    with open_repo(args, write=False) as repo:
        lang = lang_of(repo, args.project)
        w = words(lang)
        count = outgoing.dated_count(repo=repo, project_id=args.project)
        if count == 0:
            return fail(w["no_dates"])
        data, name = outgoing.calendar(repo=repo, project_id=args.project)
    target: Path = args.output or Path(name)
    if target.is_dir():
        target = target / name
    writing(target, lambda: outgoing.write_file(path=target, data=data))
    print(w["dates"].format(n=count, path=target), file=sys.stderr)
    print(target)
    return 0
