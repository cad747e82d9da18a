"""Signing's background work: plain calls into delivery, run on the task runner's threads.

Nothing here touches Qt. Each function takes plain values and returns plain values, and a
refusal the app must word itself is a `SigningProblem` with a code (see the dialogs).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from delivery.receiving import ReceiveResult
    from delivery.sign_settings import SigningSettings
    from delivery.signing import SignOutcome
    from delivery.verifying import Verification
    from storage.repository import Repository

_PAYLOAD = re.compile(r"pacta:([A-Za-z0-9._-]{1,64}):([0-9]{1,9}):([0-9a-f]{64})")


class SigningProblem(Exception):
    """Something the user can act on, by code: the dialogs say it in the UI language.

    Codes: "unreadable" (the certificate file cannot be read; `detail` says why), "not_pkcs12"
    (the file is not a .p12/.pfx certificate), "unreadable_file" (a file to verify that is neither
    a readable PDF nor an image), "wrong_password", "no_password" (none typed
    and none kept in the keyring), "no_project" (a returned file names no project of this data folder).
    """

    def __init__(self, code: str, path: Path | None = None, detail: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class CertificateAccount:
    """What the keyring files a certificate's password under (the certificate's full path)."""

    account: str


def account_for(path: Path) -> CertificateAccount:
    """The keyring entry of the certificate at `path`."""
    return CertificateAccount("certificate:" + str(path.expanduser().resolve()))


def saved_password(path: Path) -> str | None:
    """The certificate's password kept in the system keyring, if any."""
    from delivery.passwords import PasswordStore

    return PasswordStore().get(account_for(path))


def keep_password(path: Path, password: str) -> bool:
    """Keep the certificate's password in the system keyring; False when there is none to use."""
    from delivery.passwords import PasswordStore

    return PasswordStore().save(account_for(path), password)


def forget_password(path: Path) -> bool:
    """Remove the certificate's password from the keyring."""
    from delivery.passwords import PasswordStore

    return PasswordStore().delete(account_for(path))


def settings() -> SigningSettings:
    """The remembered certificate and trusted certificates (SettingsFileError when unreadable)."""
    from delivery.sign_settings import load_signing

    return load_signing()


def certificate_bytes(path: Path) -> bytes:
    """The certificate file's bytes, or SigningProblem("unreadable"/"not_pkcs12")."""
    from asn1crypto import pkcs12

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SigningProblem("unreadable", path, exc.strerror or type(exc).__name__) from None
    try:
        pfx = pkcs12.Pfx.load(data, strict=True)
        pfx["auth_safe"]["content_type"].native  # noqa: B018 - parses the structure, or raises
    except (ValueError, TypeError, KeyError):
        raise SigningProblem("not_pkcs12", path) from None
    return data


def sign(*, repo: Repository, project_id: str, kind: str, change: str | None, certificate: Path,
         password: str, remember_password: bool, folder: Path, paper: str) -> tuple[SignOutcome, bool]:
    """Sign a document as the provider into `folder`; returns the outcome and whether the password was kept.

    An empty `password` means the one kept in the keyring. The certificate's path is
    remembered once it signed; its password only when `remember_password`.
    """
    from delivery.config import SettingsFileError
    from delivery.sign_settings import remember_certificate
    from delivery.sign_words import SigningError
    from delivery.signing import sign as sign_pdf

    certificate_bytes(certificate)
    if not password:
        password = saved_password(certificate) or ""
        if not password:
            raise SigningProblem("no_password", certificate)
    try:
        outcome = sign_pdf(repo=repo, project_id=project_id, kind=kind, certificate=certificate, password=password,
                           change=change, output=folder, paper=paper)
    except SigningError as exc:
        if exc.code == "certificate_password":
            raise SigningProblem("wrong_password", certificate) from None
        raise
    # The document is signed either way; the dialog already said when the settings file cannot be read.
    with contextlib.suppress(SettingsFileError):
        remember_certificate(certificate)
    kept = keep_password(certificate, password) if remember_password else False
    return outcome, kept


def project_of(repo: Repository, path: Path) -> str | None:
    """The project of this data folder that a file's Pacta code names, if any."""
    from delivery.verifying import find_code
    from domain.limits import PDF_BYTES, read_limited

    code = find_code(path, read_limited(path, PDF_BYTES))
    if code is None:
        return None
    match = _PAYLOAD.fullmatch(code[0])
    if match is None:
        return None
    found = repo.find_fingerprint(match.group(3))
    return found[0] if found is not None else None


@dataclass(frozen=True)
class Received:
    """What receiving a file came to, and for which project."""

    project_id: str
    result: ReceiveResult


def receive(*, repo: Repository, path: Path, project_id: str | None) -> Received:
    """Check a returned signed PDF and record it when both signatures hold.

    The project is the one the file's own code names; `project_id` (the selected one) only
    when the file names none known here.
    """
    from delivery.receiving import receive as receive_pdf

    pid = project_of(repo, path) or project_id
    if pid is None:
        raise SigningProblem("no_project", path)
    return Received(pid, receive_pdf(repo, pid, path, settings().trusted))


def verify(*, repo: Repository, path: Path, lang: str) -> tuple[Verification, list[str]]:
    """What `pacta verify` says of a file, line by line in `lang`."""
    from delivery.sign_words import words
    from delivery.verifying import describe
    from delivery.verifying import verify as verify_file

    try:
        found = verify_file(repo, path)
    except (OSError, ValueError) as exc:  # missing, unreadable, or an image format that is not one
        raise SigningProblem("unreadable_file", path, str(exc) or type(exc).__name__) from None
    if not found.found:
        return found, [words("verify.not_pacta", lang, path=path)]
    return found, describe(found, lang)
