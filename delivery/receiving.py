"""Receiving a signed PDF back: check every signature and what was signed, then record it.

`examine` looks only (no writes): it validates each PAdES signature with pyHanko
(integrity, signing time, certificate chain up to a trusted root: the system's plus the
ones the user added), checks that nothing but signatures and form filling came after each
signature, and that the first revision, the one both parties signed, is byte for byte a
PDF Pacta wrote for this project (its SHA-256 is among those the history keeps for every
document rendered, signed or emailed). `receive` examines and, only when both parties'
signatures are valid and trusted, keeps the file with the version and records the
contract as signed (a change order as accepted) on the signing date, naming the signers.
Anything less records nothing and says why, with a status code the app can translate.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import ssl
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from delivery.sign_settings import TrustedCertificate
from delivery.sign_words import words
from delivery.signing import PROVIDER_FIELD, certificate_sha256, public_key_sha256, subject_name
from domain.lifecycle import ChangeStatus, RecordKind, Status
from domain.limits import ATTACHMENT_BYTES, read_limited
from storage.repository import Repository
from storage.service import attach, decide_change, set_status


class Outcome(StrEnum):
    """What receiving a file came to; only SIGNED and ATTACHED record anything."""

    SIGNED = "signed"
    ATTACHED = "attached"
    NOT_PDF = "not_pdf"
    UNSIGNED = "unsigned"
    CLIENT_ONLY = "client_only"
    PROVIDER_ONLY = "provider_only"
    UNTRUSTED = "untrusted"
    EXPIRED = "expired"
    SAME_SIGNER = "same_signer"
    OTHER_CERTIFICATE = "other_certificate"
    BROKEN = "broken"
    CHANGED = "changed"
    OTHER_PROJECT = "other_project"
    OTHER_VERSION = "other_version"
    NOT_PACTA = "not_pacta"
    ALREADY = "already"
    DECIDED = "decided"


@dataclass(frozen=True)
class SignatureCheck:
    """One signature as found: whose, by whom, when, and what holds of it."""

    field: str
    party: str  # "provider" or "client"
    signer: str
    signed_at: dt.datetime | None
    intact: bool
    trusted: bool
    #: 1-based: the revision this signature signs, and the first later one that is not allowed.
    revision: int
    changed_in: int | None = None
    change: str = ""  # "pages", "annotations" or "coverage"
    #: Who signed, as the certificate says: its SHA-256, its public key's, and its subject.
    certificate: str = ""
    key: str = ""
    subject: str = ""
    #: When the certificate expired, if it had at the time the signature was checked.
    expired_on: dt.date | None = None

    def line(self, lang: str) -> str:
        """`provider's signature: Ana López, 2026-12-07 13:19, valid and trusted`."""
        if not self.intact:
            state = "state.broken"
        elif self.changed_in is not None:
            state = "state.changed"
        elif self.expired_on is not None:
            state = "state.expired"
        else:
            state = "state.ok" if self.trusted else "state.untrusted"
        when = self.signed_at.astimezone().strftime("%Y-%m-%d %H:%M") if self.signed_at else "?"
        return words("recv.line", lang, party=words(f"party.{self.party}", lang), signer=self.signer,
                     time=when, state=words(state, lang))


@dataclass(frozen=True)
class ReceiveResult:
    """The outcome, the facts behind it, and whether anything was recorded."""

    outcome: Outcome
    signatures: tuple[SignatureCheck, ...] = ()
    kind: str | None = None
    version: int | None = None
    change: str | None = None
    signed_on: dt.date | None = None
    recorded: bool = False
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Both parties signed and the file was kept."""
        return self.outcome in (Outcome.SIGNED, Outcome.ATTACHED)

    def message(self, lang: str) -> str:
        """The outcome in one sentence, in `lang`."""
        params = dict(self.params)
        if self.kind is not None:
            params.setdefault("document", words(f"doc.{self.kind}", lang))
        if self.version is not None:
            params.setdefault("version", self.version)
        if "what" in params:
            params["what"] = words(f"recv.changed.{params['what']}", lang)
        if "party" in params:
            params["party"] = words(f"party.{params['party']}", lang)
        if "status" in params:
            params["status"] = words(f"status.{params['status']}", lang)
        if self.signed_on is not None:
            params["date"] = self.signed_on
        return words(f"recv.{self.outcome.value}", lang, **params)


@cache
def _system_roots() -> tuple[bytes, ...]:
    """The system's trusted root certificates (DER), from its CA bundle."""
    from asn1crypto import pem

    paths = ssl.get_default_verify_paths()
    candidates = [paths.cafile, paths.openssl_cafile, "/etc/ssl/certs/ca-certificates.crt",
                  "/etc/pki/tls/certs/ca-bundle.crt"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            data = Path(candidate).read_bytes()
            return tuple(der for _, _, der in pem.unarmor(data, multiple=True))
    return ()


def validation_context(trusted: Sequence[TrustedCertificate]) -> Any:
    """Trust: the system's roots plus the user's certificates; no network, revocation soft-fail."""
    from asn1crypto import pem, x509
    from pyhanko_certvalidator import ValidationContext

    mine = [pem.unarmor(t.pem.encode("ascii"))[2] for t in trusted]
    roots = []
    for der in (*_system_roots(), *mine):
        try:
            roots.append(x509.Certificate.load(der))
        except ValueError:
            continue
    return ValidationContext(trust_roots=roots, allow_fetching=False)


def first_revision(data: bytes) -> list[bytes]:
    """The file's first revision (up to its first %%EOF), with and without the end of line after it."""
    end = data.find(b"%%EOF")
    if end < 0:
        return []
    end += len(b"%%EOF")
    return [data[: end + extra] for extra in (2, 1, 0) if data[end : end + extra].strip() == b""]


def known_documents(repo: Repository, project_id: str) -> dict[str, dict[str, Any]]:
    """The SHA-256 of every PDF Pacta wrote for the project, with what it was (kind, version, change)."""
    known: dict[str, dict[str, Any]] = {}
    for record in repo.records(project_id):
        if record.kind == RecordKind.DOCUMENT.value:
            documents = [record.data]
        elif record.kind == RecordKind.EMAIL.value:
            documents = [d for d in record.data.get("documents") or () if isinstance(d, dict)]
        else:
            continue
        for document in documents:
            if document.get("format", "pdf") == "pdf" and "kind" in document and "version" in document:
                known.setdefault(str(document.get("sha256")), document)
    return known


def _check(sig: Any, status: Any, revisions: int) -> SignatureCheck:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    party = "provider" if sig.field_name == PROVIDER_FIELD else "client"
    revision = sig.signed_revision + 1
    changed_in: int | None = None
    change = ""
    level = status.modification_level
    if status.coverage not in (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION):
        changed_in, change = revision + 1, "coverage"
    elif status.coverage is SignatureCoverageLevel.ENTIRE_REVISION and (
        level is None or level > ModificationLevel.FORM_FILLING or status.docmdp_ok is False
    ):
        changed_in = revision + 1
        change = "annotations" if level is ModificationLevel.ANNOTATIONS else "pages"
        # The revision to blame: the newest one, when the changes after this signature are not
        # signatures; the next one, otherwise.
        changed_in = revisions if revisions > revision else changed_in
    when = status.timestamp_validity.timestamp if status.timestamp_validity else status.signer_reported_dt
    cert = sig.signer_cert
    expired_on = None
    if not status.trusted and getattr(status.trust_problem_indic, "name", "") in _EXPIRED:
        expired_on = cert["tbs_certificate"]["validity"]["not_after"].native.date()
    return SignatureCheck(sig.field_name or "", party, subject_name(cert), when,
                          bool(status.intact and status.valid), bool(status.trusted), revision, changed_in, change,
                          certificate_sha256(cert), public_key_sha256(cert), cert.subject.human_friendly,
                          expired_on)


#: pyHanko's reasons for not trusting a certificate that mean it was out of its validity period.
_EXPIRED = frozenset({"EXPIRED", "OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED"})


def check_signatures(data: bytes, trusted: Sequence[TrustedCertificate]) -> tuple[SignatureCheck, ...]:
    """Every signature in a PDF, validated (no network access)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    context = validation_context(trusted)
    usage = KeyUsageConstraints(key_usage={"non_repudiation", "digital_signature"}, match_all_key_usages=False)
    revisions = reader.xrefs.total_revisions
    checks = []
    for sig in reader.embedded_signatures:
        status = validate_pdf_signature(sig, context, key_usage_settings=usage)
        checks.append(_check(sig, status, revisions))
    return tuple(checks)


def examine(repo: Repository, project_id: str, data: bytes, trusted: Sequence[TrustedCertificate],
            *, path: Path | None = None) -> ReceiveResult:
    """What a returned file is and whether it may be recorded; writes nothing."""
    from documents import read_pdf_stamp

    name = str(path or "")
    if not data.startswith(b"%PDF"):
        return ReceiveResult(Outcome.NOT_PDF, params={"path": name})
    from pyhanko.pdf_utils.misc import PdfReadError

    try:
        checks = check_signatures(data, trusted)
    except (PdfReadError, ValueError):
        return ReceiveResult(Outcome.NOT_PDF, params={"path": name})
    if not checks:
        return ReceiveResult(Outcome.UNSIGNED, params={"path": name})
    # A signature that does not match the bytes is said first: an altered byte of the signed
    # part also makes that part no longer any document Pacta wrote, which would hide why.
    for check in checks:
        if not check.intact:
            return ReceiveResult(Outcome.BROKEN, checks, params={"party": check.party, "signer": check.signer})
    known = known_documents(repo, project_id)
    original = next((known[h] for h in (hashlib.sha256(r).hexdigest() for r in first_revision(data))
                     if h in known), None)
    if original is None:
        stamp = read_pdf_stamp(first_revision(data)[0] if first_revision(data) else data)
        if stamp is not None and stamp["project_id"] != project_id:
            return ReceiveResult(Outcome.OTHER_PROJECT, checks, params={"other": stamp["project_id"],
                                                                         "project": project_id})
        return ReceiveResult(Outcome.NOT_PACTA, checks)
    kind, version, change = str(original["kind"]), int(original["version"]), original.get("change")
    facts: dict[str, Any] = {"kind": kind, "version": version, "change": change}
    refusal = _life_refusal(repo, project_id, kind, version, change)
    if refusal is not None:
        return ReceiveResult(refusal[0], checks, **facts, params=refusal[1])
    for check in checks:
        if check.changed_in is not None:
            return ReceiveResult(Outcome.CHANGED, checks, **facts,
                                 params={"revision": check.changed_in, "what": check.change})
    provider = [c for c in checks if c.party == "provider"]
    client = [c for c in checks if c.party == "client"]
    if not provider:
        return ReceiveResult(Outcome.CLIENT_ONLY, checks, **facts, params={"signer": client[0].signer})
    if not client:
        return ReceiveResult(Outcome.PROVIDER_ONLY, checks, **facts, params={"signer": provider[0].signer})
    refused = _same_signer(checks, provider, client, facts) or _other_certificate(repo, project_id, original,
                                                                                 provider, checks, facts)
    if refused is not None:
        return refused
    for check in checks:
        if check.expired_on is not None:
            return ReceiveResult(Outcome.EXPIRED, checks, **facts, params={
                "party": check.party, "signer": check.signer, "expired": check.expired_on})
        if not check.trusted:
            return ReceiveResult(Outcome.UNTRUSTED, checks, **facts, params={"party": check.party,
                                                                               "signer": check.signer})
    times = [c.signed_at for c in checks if c.signed_at is not None]
    day = max(times).astimezone().date() if times else dt.date.today()
    signers = ", ".join(dict.fromkeys(c.signer for c in (*provider, *client)))
    outcome = Outcome.ATTACHED if kind == "checklist" else Outcome.SIGNED
    return ReceiveResult(outcome, checks, **facts, signed_on=day, params={"signers": signers})


def _same_signer(checks: tuple[SignatureCheck, ...], provider: list[SignatureCheck],
                 client: list[SignatureCheck], facts: dict[str, Any]) -> ReceiveResult | None:
    """A refusal when one party's certificate (or key, or holder) signed both fields."""
    for mine in provider:
        for theirs in client:
            same = (mine.certificate and mine.certificate == theirs.certificate) or (
                mine.key and mine.key == theirs.key) or (mine.subject and mine.subject == theirs.subject)
            if same:
                return ReceiveResult(Outcome.SAME_SIGNER, checks, **facts, params={"signer": theirs.signer})
    return None


def _other_certificate(repo: Repository, project_id: str, original: dict[str, Any],
                       provider: list[SignatureCheck], checks: tuple[SignatureCheck, ...],
                       facts: dict[str, Any]) -> ReceiveResult | None:
    """A refusal when `pacta sign` recorded the certificate it signed this document with and the
    provider's signature was made with another."""
    used = {str(r.data["certificate_sha256"]) for r in repo.records(project_id)
            if r.kind == RecordKind.DOCUMENT.value and r.data.get("sha256") == original.get("sha256")
            and r.data.get("certificate_sha256")}
    if not used:  # signed before Pacta recorded the certificate, or outside Pacta
        return None
    for check in provider:
        if check.certificate not in used:
            return ReceiveResult(Outcome.OTHER_CERTIFICATE, checks, **facts, params={"signer": check.signer})
    return None


def _life_refusal(repo: Repository, project_id: str, kind: str, version: int,
                  change: str | None) -> tuple[Outcome, dict[str, Any]] | None:
    """Why the project's state does not let this document be signed now, if it does not."""
    state = repo.state(project_id)
    if kind == "change-order":
        order = state.change_order(change) if change else state.change_for_version(version)
        if order is not None and order.status is not ChangeStatus.PROPOSED:
            return Outcome.DECIDED, {"change": order.number, "status": order.status.value}
        if order is not None:
            return None
        return Outcome.OTHER_VERSION, {"expected": state.in_force}
    if kind == "agreement" and state.signed_version is not None:
        if version == state.signed_version:
            return Outcome.ALREADY, {}
        return Outcome.OTHER_VERSION, {"expected": state.signed_version}
    if version != state.in_force:
        return Outcome.OTHER_VERSION, {"expected": state.in_force}
    return None


def receive(repo: Repository, project_id: str, path: Path, trusted: Sequence[TrustedCertificate]) -> ReceiveResult:
    """Examine a returned file and, when both parties signed it validly, record it.

    `repo` must be open for writing. The status (signed, or the change order accepted) is
    recorded first, so a date the life rules refuse leaves nothing behind; then the file.
    """
    data = read_limited(path, ATTACHMENT_BYTES)
    result = examine(repo, project_id, data, trusted, path=path)
    if not result.ok:
        return result
    assert result.signed_on is not None and result.version is not None
    signers = [{"party": c.party, "name": c.signer,
                "at": c.signed_at.isoformat() if c.signed_at else None} for c in result.signatures]
    details = {"signatures": signers, "file": path.name}
    with repo.one_write(project_id):  # the status and the signed copy it was read from: one write
        if result.outcome is Outcome.SIGNED and result.kind == "change-order":
            assert result.change is not None
            decide_change(repo, project_id, result.change, accepted=True, on=result.signed_on, details=details)
        elif result.outcome is Outcome.SIGNED:
            set_status(repo, project_id, Status.SIGNED, result.signed_on, details=details)
        if result.kind == "change-order":
            attach(repo, project_id, data, path.name, change=result.change)
        else:
            attach(repo, project_id, data, path.name, version=result.version)
    return ReceiveResult(result.outcome, result.signatures, result.kind, result.version, result.change,
                         result.signed_on, True, result.params)
