"""Read back the version stamp a Pacta PDF carries, without a PDF library.

Pacta writes the stamp three times: custom Info keys (/PactaProjectId,
/PactaVersion, /PactaFingerprint), the Keywords (`pacta:ID:VERSION:FINGERPRINT`)
and the QR caption on the signature page. The Info dictionary is never inside a
compressed stream in a file reportlab wrote, but a PDF re-saved by another tool
may pack it into an object stream, so Flate streams are also searched, each
inflated to a bounded size so a hostile file cannot exhaust memory.
"""

from __future__ import annotations

import re
import zlib
from typing import TypedDict

_MARKER = re.compile(rb"pacta:([A-Za-z0-9._-]{1,64}):([0-9]{1,9}):([0-9a-f]{64})")
# reportlab writes the Info keys in its own order (alphabetical for the custom ones) and
# other tools may reorder them, so each key is looked for on its own.
_KEYS = {
    "project_id": re.compile(rb"/PactaProjectId\s*\(([A-Za-z0-9._-]{1,64})\)"),
    "version": re.compile(rb"/PactaVersion\s*\(([0-9]{1,9})\)"),
    "fingerprint": re.compile(rb"/PactaFingerprint\s*\(([0-9a-f]{64})\)"),
}
_STREAM = re.compile(rb"stream\r?\n")
MAX_INFLATE = 4 * 1024 * 1024
MAX_STREAMS = 2000


class PdfStamp(TypedDict):
    """Which stored version a PDF shows."""

    project_id: str
    version: int
    fingerprint: str


def _from_keys(data: bytes) -> PdfStamp | None:
    """The stamp from the three /Pacta* Info keys, in whatever order they were written."""
    found = {}
    for name, pattern in _KEYS.items():
        match = pattern.search(data)
        if match is None:
            return None
        found[name] = match.group(1).decode("ascii")
    return PdfStamp(project_id=found["project_id"], version=int(found["version"]), fingerprint=found["fingerprint"])


def _match(data: bytes) -> PdfStamp | None:
    stamp = _from_keys(data)
    if stamp is not None:
        return stamp
    found = _MARKER.search(data)
    if found is None:
        return None
    pid, version, fingerprint = (group.decode("ascii") for group in found.groups())
    return PdfStamp(project_id=pid, version=int(version), fingerprint=fingerprint)


def _inflated(data: bytes) -> list[bytes]:
    out = []
    for count, match in enumerate(_STREAM.finditer(data)):
        if count >= MAX_STREAMS:
            break
        decoder = zlib.decompressobj()
        try:
            chunk = decoder.decompress(data[match.end() : match.end() + MAX_INFLATE], MAX_INFLATE)
        except zlib.error:
            continue
        if chunk:
            out.append(chunk)
    return out


def read_pdf_stamp(data: bytes) -> PdfStamp | None:
    """The project id, version and full fingerprint of a PDF Pacta made, or None."""
    if not data.startswith(b"%PDF"):
        return None
    stamp = _match(data)
    if stamp is not None:
        return stamp
    for chunk in _inflated(data):
        stamp = _match(chunk)
        if stamp is not None:
            return stamp
    return None
