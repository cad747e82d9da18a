"""Signing a document as the provider with a PAdES signature (pyHanko).

`sign` renders the document of a version (as `pacta render` and the Print dialog do), adds
an empty signature field over the client's signature space, signs the provider's space
with the user's certificate (a PKCS#12 file and its password, which is never stored),
writes the signed PDF atomically and keeps the unsigned render's SHA-256 in the project's
history: that is how `receive` later knows the signed revision is exactly what Pacta wrote.

Plain values in, plain values out, no Qt: the app calls it on a worker thread.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from delivery.outgoing import CHANGE_ORDER, DocumentFile, render
from delivery.sign_words import SigningError, words
from domain.lifecycle import RecordKind
from domain.limits import CERTIFICATE_BYTES, read_limited
from storage.atomic import write_atomic
from storage.repository import Repository
from storage.service import record_event


def quiet_dsa_warning() -> None:
    """Hide cryptography's "DSA is deprecated" warning, which pyHanko's imports trigger."""
    try:
        from cryptography.utils import CryptographyDeprecationWarning
    except ImportError:  # pragma: no cover - cryptography comes with pyHanko
        return
    warnings.filterwarnings("ignore", message="DSA is deprecated", category=CryptographyDeprecationWarning)


# pyHanko imports cryptography's DSA support, which warns on every import that DSA is
# deprecated; Pacta never signs with DSA, so that one warning says nothing to the user.
quiet_dsa_warning()

#: The signature fields Pacta puts on a document, one per party.
PROVIDER_FIELD = "PactaProvider"
CLIENT_FIELD = "PactaClient"
FIELDS = {"provider": PROVIDER_FIELD, "client": CLIENT_FIELD}


@dataclass(frozen=True)
class Certificate:
    """A signing certificate loaded from a PKCS#12 file: who it names, and the signer."""

    name: str
    signer: Any  # pyhanko.sign.signers.SimpleSigner

    @property
    def sha256(self) -> str:
        """The SHA-256 of the certificate (DER): recorded with the document it signed."""
        return certificate_sha256(self.signer.signing_cert)


@dataclass(frozen=True)
class SignOutcome:
    """What `sign` wrote: the signed file, the document it signs and who signed it."""

    path: Path
    document: DocumentFile
    signer: str
    unsigned_sha256: str
    signed_sha256: str


def subject_name(cert: Any) -> str:
    """A certificate's holder as people read it: its common name, else the whole subject."""
    subject = cert.subject.native
    return str(subject.get("common_name") or cert.subject.human_friendly)


def certificate_sha256(cert: Any) -> str:
    """The SHA-256 of an asn1crypto certificate's DER bytes."""
    return hashlib.sha256(cert.dump()).hexdigest()


def public_key_sha256(cert: Any) -> str:
    """The SHA-256 of a certificate's public key (DER): the same key under another certificate."""
    return hashlib.sha256(cert.public_key.dump()).hexdigest()


def load_certificate(path: Path, password: str) -> Certificate:
    """The key and certificate in a PKCS#12 file (.p12 or .pfx), opened with `password`.

    The file is read with a size cap and only if it is a regular file (a pipe never hangs).
    """
    from pyhanko.sign.signers import SimpleSigner

    data = read_limited(path, CERTIFICATE_BYTES)
    try:
        signer = SimpleSigner.load_pkcs12_data(data, other_certs=(), passphrase=password.encode("utf-8") or None)
    except ValueError:
        raise SigningError("certificate_password", path=path) from None
    if signer.signing_cert is None or signer.signing_key is None:
        raise SigningError("certificate_empty", path=path)
    cert = signer.signing_cert
    now = dt.datetime.now(dt.UTC)
    not_after = cert["tbs_certificate"]["validity"]["not_after"].native
    not_before = cert["tbs_certificate"]["validity"]["not_before"].native
    if now > not_after:
        raise SigningError("certificate_expired", path=path, date=not_after.date())
    if now < not_before:
        raise SigningError("certificate_not_yet", path=path, date=not_before.date())
    return Certificate(subject_name(cert), signer)


def _stamp_style(name: str, lang: str, box: tuple[float, ...], folder: Path) -> Any:
    """The provider's visible signature: who signed and when, drawn by documents.sign_stamp."""
    from pyhanko.stamp import StaticStampStyle

    from documents.sign_stamp import stamp_pdf

    now = dt.datetime.now().astimezone()
    lines = words("stamp", lang, signer=name, time=now.strftime("%Y-%m-%d %H:%M %z")).split("\n")
    page = folder / "stamp.pdf"
    page.write_bytes(stamp_pdf(lines, box[2] - box[0], box[3] - box[1]))
    return StaticStampStyle.from_pdf_file(str(page), border_width=0)


def sign_document(document: DocumentFile, boxes: dict[str, tuple[int, tuple[float, ...]]],
                  certificate: Certificate, lang: str) -> bytes:
    """`document`'s PDF signed in the provider's box, with an empty field in the client's."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    def spec(party: str) -> Any:
        page, box = boxes[party]
        rounded = (int(box[0]), int(box[1]), int(box[2] + 0.5), int(box[3] + 0.5))
        return fields.SigFieldSpec(FIELDS[party], on_page=page - 1, box=rounded)

    writer = IncrementalPdfFileWriter(io.BytesIO(document.data), strict=False)
    fields.append_signature_field(writer, spec("client"))
    meta = signers.PdfSignatureMetadata(
        field_name=PROVIDER_FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=words("reason", lang),
        name=certificate.name,
    )
    out = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="pacta-stamp-") as folder:
        style = _stamp_style(certificate.name, lang, boxes["provider"][1], Path(folder))
        pdf_signer = signers.PdfSigner(meta, signer=certificate.signer, stamp_style=style,
                                       new_field_spec=spec("provider"))
        pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()


def sign(*, repo: Repository, project_id: str, kind: str, certificate: Path, password: str,
         change: str | None = None, output: Path | None = None, paper: str = "A4") -> SignOutcome:
    """Sign a project's document as the provider; returns where the signed PDF went.

    `repo` must be open for writing: the unsigned render's SHA-256 goes in the history.
    Raises SigningError (certificate, layout), NoChangeOrder and the storage errors.
    """
    lang = repo.summary(project_id).language
    cert = load_certificate(certificate, password)
    document = render(repo=repo, project_id=project_id, kind=kind, fmt="pdf", paper=paper, change=change)
    boxes: dict[str, tuple[int, tuple[float, ...]]] = {
        b.party: (b.page, (b.x0, b.y0, b.x1, b.y1)) for b in document.signature_boxes}
    if set(boxes) != set(FIELDS):
        raise SigningError("no_signature_space", document=document.name)
    signed = sign_document(document, boxes, cert, lang)
    target = output or Path(document.name.removesuffix(".pdf") + words("signed_suffix", lang) + ".pdf")
    if target.is_dir():
        target = target / (document.name.removesuffix(".pdf") + words("signed_suffix", lang) + ".pdf")
    write_atomic(target, signed)
    unsigned_sha = hashlib.sha256(document.data).hexdigest()
    signed_sha = hashlib.sha256(signed).hexdigest()
    event: dict[str, Any] = {
        "kind": kind, "format": "pdf", "version": document.version, "fingerprint": document.fingerprint,
        "sha256": unsigned_sha, "name": target.name, "signed_by": cert.name, "signed_sha256": signed_sha,
        "certificate_sha256": cert.sha256,
    }
    if kind == CHANGE_ORDER and document.change:
        event["change"] = document.change
    record_event(repo, project_id, RecordKind.DOCUMENT, event)
    return SignOutcome(target, document, cert.name, unsigned_sha, signed_sha)
