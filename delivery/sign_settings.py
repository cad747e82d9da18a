"""What signing remembers: the certificate file chosen once, and the certificates the user trusts.

`signing.json` in the configuration folder holds the PKCS#12 file's path (never its
password) and each trusted certificate as PEM text with its holder's name, so a
certificate file the user later moves or deletes is still trusted.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from delivery.config import SettingsFileError, config_dir
from delivery.sign_words import SigningError

SIGNING_FILE = "signing.json"


@dataclass(frozen=True)
class TrustedCertificate:
    """A certificate the user said to trust: its holder, SHA-256 and PEM text."""

    name: str
    sha256: str
    pem: str


@dataclass(frozen=True)
class SigningSettings:
    """The remembered certificate path (or None) and the trusted certificates."""

    certificate: Path | None = None
    trusted: tuple[TrustedCertificate, ...] = field(default=())


def load_signing(folder: Path | None = None) -> SigningSettings:
    """The saved signing settings; empty ones when nothing was saved yet."""
    path = (folder or config_dir()) / SIGNING_FILE
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return SigningSettings()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SettingsFileError(path, str(exc)) from exc
    try:
        cert = data.get("certificate")
        trusted = tuple(TrustedCertificate(str(t["name"]), str(t["sha256"]), str(t["pem"]))
                        for t in data.get("trusted", ()))
        return SigningSettings(Path(cert) if cert else None, trusted)
    except (KeyError, TypeError) as exc:
        raise SettingsFileError(path, str(exc)) from exc


def save_signing(settings: SigningSettings, folder: Path | None = None) -> Path:
    """Write the settings atomically; returns the file."""
    folder = folder or config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SIGNING_FILE
    data = {
        "certificate": str(settings.certificate) if settings.certificate else None,
        "trusted": [{"name": t.name, "sha256": t.sha256, "pem": t.pem} for t in settings.trusted],
    }
    fd, temp = tempfile.mkstemp(prefix=".signing-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


def read_certificate(path: Path) -> TrustedCertificate:
    """A certificate file (PEM or DER) as a trusted entry; SigningError when it is not one."""
    from asn1crypto import pem as asn1_pem
    from asn1crypto import x509

    from delivery.signing import subject_name

    data = path.read_bytes()
    try:
        der = asn1_pem.unarmor(data)[2] if asn1_pem.detect(data) else data
        cert = x509.Certificate.load(der)
        name = subject_name(cert)
    except (ValueError, TypeError, KeyError):
        raise SigningError("trust_unreadable", path=path) from None
    body = base64.encodebytes(der).decode("ascii")
    text = f"-----BEGIN CERTIFICATE-----\n{body}-----END CERTIFICATE-----\n"
    return TrustedCertificate(name, hashlib.sha256(der).hexdigest(), text)


def remember_trusted(paths: list[Path], folder: Path | None = None) -> SigningSettings:
    """Add certificates to the trusted ones (each once) and save; returns the new settings."""
    settings = load_signing(folder)
    if not paths:
        return settings
    trusted = list(settings.trusted)
    for path in paths:
        entry = read_certificate(path)
        if all(t.sha256 != entry.sha256 for t in trusted):
            trusted.append(entry)
    updated = SigningSettings(settings.certificate, tuple(trusted))
    save_signing(updated, folder)
    return updated


def remember_certificate(path: Path, folder: Path | None = None) -> SigningSettings:
    """Remember which certificate file signs (its path only)."""
    settings = load_signing(folder)
    updated = SigningSettings(path.resolve(), settings.trusted)
    save_signing(updated, folder)
    return updated
