"""Subcommands for electronic signatures: sign (as the provider) and receive (a signed copy back)."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from pathlib import Path
from typing import Any

from cli.common import fail, lang_of, open_repo
from delivery.sign_words import SigningError, words

KINDS = ("agreement", "checklist", "change-order")
PASSWORD_VARIABLE = "PACTA_CERT_PASSWORD"


def register(sub: Any) -> None:
    """Add the sign and receive subcommands."""
    p = sub.add_parser(
        "sign", help="sign a document as the provider with your certificate (PAdES)",
        description="Sign the agreement, the scope checklist or a change order as the provider with a PAdES "
                    "signature from your certificate (a .p12 or .pfx file), visible in your signature block, "
                    "and leave an empty signature field in the client's block for the client to sign in any "
                    f"PDF signing tool. The password is asked for, or read from {PASSWORD_VARIABLE}; it is "
                    "never stored. The certificate's path is remembered for next time.",
    )
    p.add_argument("project", metavar="ID")
    p.add_argument("--document", required=True, choices=KINDS)
    p.add_argument("--change", metavar="CO-N", help="which change order (default: the newest)")
    p.add_argument("--certificate", type=Path, metavar="FILE.p12",
                   help="your certificate with its private key (default: the one used last time)")
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    p.add_argument("-o", "--output", type=Path, metavar="PATH", help="file or folder to write")
    p.set_defaults(handler=cmd_sign)

    p = sub.add_parser(
        "receive", help="check a signed PDF the client returned and record the contract as signed",
        description="Validate every signature of a returned PDF (integrity, signing time, certificate chain; "
                    "trust comes from the system plus the certificates added with --trust, which are "
                    "remembered), check that what was signed is exactly the document Pacta wrote for that "
                    "version, keep the file with the version and, when both parties signed, record the "
                    "contract as signed (a change order as accepted) on the signing date. Anything less is "
                    "reported and nothing is recorded.",
    )
    p.add_argument("project", metavar="ID")
    p.add_argument("file", type=Path, metavar="FILE.pdf")
    p.add_argument("--trust", type=Path, action="append", default=[], metavar="CERT.pem",
                   help="also trust this certificate (a CA's or a signer's), from now on")
    p.set_defaults(handler=cmd_receive)


def quiet_libraries() -> None:
    """pyHanko and fontTools log their own details on stderr; Pacta says what matters itself."""
    for name in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _password(path: Path, lang: str) -> str:
    from_env = os.environ.get(PASSWORD_VARIABLE)
    if from_env is not None:
        return from_env
    try:
        return getpass.getpass(words("password_prompt", lang, path=path))
    except (EOFError, KeyboardInterrupt):
        raise SigningError("no_password") from None


def cmd_sign(args: argparse.Namespace) -> int:
    """Sign a document as the provider and write the signed PDF."""
    from delivery.config import SettingsFileError
    from delivery.outgoing import NoChangeOrder
    from delivery.sign_settings import load_signing, remember_certificate
    from delivery.signing import sign

    quiet_libraries()
    lang = lang_of(open_repo(args, write=False), args.project)
    try:
        certificate = args.certificate or load_signing().certificate
        if certificate is None:
            return fail(words("no_certificate", lang))
        password = _password(certificate, lang)
        with open_repo(args, write=True) as repo:
            outcome = sign(repo=repo, project_id=args.project, kind=args.document, certificate=certificate,
                           password=password, change=args.change, output=args.output, paper=args.paper)
        remember_certificate(certificate)
    except SigningError as exc:
        return fail(exc.message(lang))
    except NoChangeOrder as exc:
        return fail(exc.message(lang))
    except SettingsFileError as exc:
        return fail(words("settings_unreadable", lang, path=exc.path, detail=exc.detail))
    for warning in outcome.document.warnings:
        print(f"pacta: {warning}", file=sys.stderr)
    print(words("signed", lang, signer=outcome.signer, path=outcome.path))
    return 0


def cmd_receive(args: argparse.Namespace) -> int:
    """Check a returned signed PDF; record it when both parties' signatures hold."""
    from delivery.config import SettingsFileError
    from delivery.receiving import receive
    from delivery.sign_settings import remember_trusted

    quiet_libraries()
    lang = lang_of(open_repo(args, write=False), args.project)
    try:
        trusted = remember_trusted(list(args.trust)).trusted
    except SigningError as exc:
        return fail(exc.message(lang))
    except SettingsFileError as exc:
        return fail(words("settings_unreadable", lang, path=exc.path, detail=exc.detail))
    with open_repo(args, write=True) as repo:
        result = receive(repo, args.project, args.file, trusted)
    for check in result.signatures:
        print(check.line(lang))
    if not result.ok:
        return fail(result.message(lang))
    print(result.message(lang))
    return 0
