"""The public API: refusals, lazy imports, clause files, the template, fields and the stamp."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from documents import (
    ChangeInfo,
    DocumentMeta,
    RenderRefused,
    clauses,
    qr_payload,
    read_pdf_stamp,
    render_document,
)
from documents.make_template import BUILTIN_STYLES, PARAGRAPH_STYLES, TABLE_STYLES, TEMPLATE
from tests.documents.helpers import FINGERPRINT, load, meta, need, qpdf_json

ROOT = Path(__file__).resolve().parents[2]


def test_importing_documents_loads_neither_reportlab_nor_docx() -> None:
    code = "import sys, documents; print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab','docx','PIL')))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"fingerprint": "abc"}, "fingerprint"),
        ({"fingerprint": FINGERPRINT.upper()}, "fingerprint"),
        ({"paper": "A3"}, "paper"),
        ({"version": 0}, "version"),
        ({"project_id": "a:b"}, "project_id"),
    ],
)
def test_bad_metadata_is_refused_by_name(examples_dir: Path, changes: dict[str, object], field: str) -> None:
    values: dict[str, object] = {"project_id": "p1", "version": 1, "fingerprint": FINGERPRINT, **changes}
    with pytest.raises(RenderRefused, match=field):
        render_document("agreement", "pdf", load(examples_dir, "minimal"), DocumentMeta(**values))  # type: ignore[arg-type]


def test_change_order_needs_previous_and_a_valid_record(examples_dir: Path) -> None:
    new, old = load(examples_dir, "panaderia-v2"), load(examples_dir, "panaderia-v1")
    with pytest.raises(RenderRefused, match="previous"):
        render_document("change-order", "pdf", new, meta(2), change=ChangeInfo("CO-1", "r", "client", dt.date.today()))
    with pytest.raises(RenderRefused, match="change"):
        render_document("change-order", "pdf", new, meta(2), previous=old)
    with pytest.raises(RenderRefused, match="requested_by"):
        render_document("change-order", "pdf", new, meta(2), previous=old, change=ChangeInfo("CO-1", "r", "boss", dt.date.today()))
    with pytest.raises(RenderRefused, match=r"kind|agreement"):
        render_document("contract", "pdf", new, meta())


def test_identical_versions_make_a_change_order_that_says_so(examples_dir: Path) -> None:
    from tests.documents.helpers import pdftotext

    old = load(examples_dir, "brand-identity-en")
    change = ChangeInfo("CO-7", "Nothing", "provider", dt.date(2027, 1, 20), "accepted")
    pdf = render_document("change-order", "pdf", old, meta(2), previous=old, change=change)
    text = pdftotext(pdf.data)
    assert "Change Order CO-7" in text and "say the same thing" in text and "Accepted" in text


def test_qr_payload_names_project_version_and_full_fingerprint() -> None:
    assert qr_payload(meta(3)) == f"pacta:p1a2b3c4:3:{FINGERPRINT}"


def test_checklist_pdf_has_a_check_box_per_deliverable_and_text_fields(examples_dir: Path) -> None:
    need("qpdf")
    contract = load(examples_dir, "panaderia-v2")
    pdf = render_document("checklist", "pdf", contract, meta())
    form = qpdf_json(pdf.data)["acroform"]
    assert form["hasacroform"] is True
    fields = {f["fullname"]: f for f in form["fields"]}
    for index in range(1, len(contract.deliverables) + 1):
        assert fields[f"done_{index}"]["fieldtype"] == "/Btn"
        assert fields[f"initials_{index}"]["fieldtype"] == "/Tx"
        assert fields[f"date_{index}"]["fieldtype"] == "/Tx"
    assert f"received_{len(contract.client_inputs)}" in fields


def test_pdf_metadata_is_filled(examples_dir: Path) -> None:
    contract = load(examples_dir, "panaderia-v2")
    pdf = render_document("agreement", "pdf", contract, meta()).data
    assert b"/Author (Luc" in pdf or b"/Author <" in pdf or "Lucía".encode("utf-16-be") in pdf
    assert f"/PactaFingerprint ({FINGERPRINT})".encode() in pdf
    assert f"pacta:p1a2b3c4:1:{FINGERPRINT}".encode() in pdf
    assert read_pdf_stamp(pdf) == {"project_id": "p1a2b3c4", "version": 1, "fingerprint": FINGERPRINT}


def test_stamp_survives_object_streams_and_ignores_other_files(examples_dir: Path, tmp_path: Path) -> None:
    qpdf = need("qpdf")
    source = tmp_path / "a.pdf"
    source.write_bytes(render_document("checklist", "pdf", load(examples_dir, "minimal"), meta()).data)
    packed = tmp_path / "b.pdf"
    subprocess.run([qpdf, "--object-streams=generate", str(source), str(packed)], check=True)
    assert read_pdf_stamp(packed.read_bytes()) == {"project_id": "p1a2b3c4", "version": 1, "fingerprint": FINGERPRINT}
    assert read_pdf_stamp(b"%PDF-1.4\nnothing here") is None
    assert read_pdf_stamp(b"not a pdf pacta:x:1:" + FINGERPRINT.encode()) is None


def test_stamp_is_read_from_the_info_keys_in_any_order(examples_dir: Path) -> None:
    data = render_document("checklist", "pdf", load(examples_dir, "minimal"), meta()).data
    expected = {"project_id": "p1a2b3c4", "version": 1, "fingerprint": FINGERPRINT}
    # reportlab writes the custom keys alphabetically: Fingerprint, ProjectId, Version.
    assert data.index(b"/PactaFingerprint") < data.index(b"/PactaProjectId") < data.index(b"/PactaVersion")
    # Only the Info keys: every `pacta:` marker (Keywords, and the QR caption if stored plainly) blanked.
    keys_only = data.replace(b"pacta:p1a2b3c4:", b"xxxxx:p1a2b3c4:")
    assert b"pacta:p1a2b3c4" not in keys_only
    assert read_pdf_stamp(keys_only) == expected
    fp = FINGERPRINT.encode()
    for order in (
        b"/PactaVersion (1) /PactaProjectId (p1a2b3c4) /PactaFingerprint (" + fp + b")",
        b"/PactaProjectId (p1a2b3c4)\n/PactaFingerprint (" + fp + b") /PactaVersion (1)",
    ):
        assert read_pdf_stamp(b"%PDF-1.4\n1 0 obj << " + order + b" >> endobj") == expected
    # A key missing: no stamp from the keys, and nothing else to fall back on.
    assert read_pdf_stamp(b"%PDF-1.4\n<< /PactaVersion (1) /PactaProjectId (p1a2b3c4) >>") is None


def test_stamp_falls_back_to_the_keywords(examples_dir: Path) -> None:
    data = render_document("checklist", "pdf", load(examples_dir, "minimal"), meta(version=3)).data
    # Without the custom keys (a tool that drops them), the Keywords marker still names the version.
    no_keys = data.replace(b"/PactaProjectId", b"/XactaProjectId").replace(b"/PactaFingerprint", b"/XactaFingerprint")
    assert read_pdf_stamp(no_keys) == {"project_id": "p1a2b3c4", "version": 3, "fingerprint": FINGERPRINT}
    keywords = b"%PDF-1.4\n<< /Keywords (pacta:abc:7:" + FINGERPRINT.encode() + b") >>"
    assert read_pdf_stamp(keywords) == {"project_id": "abc", "version": 7, "fingerprint": FINGERPRINT}


def test_clause_files_have_the_same_keys_and_placeholders_in_both_languages() -> None:
    es, en = clauses.keys("es"), clauses.keys("en")
    assert es == en
    for key in es:
        assert clauses.placeholders(clauses.raw("es", key)) == clauses.placeholders(clauses.raw("en", key)), key


def test_filling_clauses_runs_nothing() -> None:
    assert clauses.fill("{a} {{b}} {a.__class__}", {"a": "x"}) == "x {b} {a.__class__}"
    with pytest.raises(clauses.ClauseError):
        clauses.fill("{missing}", {})


def test_template_defines_every_style_the_writer_uses() -> None:
    import docx

    with zipfile.ZipFile(TEMPLATE) as archive:
        footer = archive.read("word/footer1.xml").decode()
    # Real fields, not typed numbers: Word and LibreOffice compute them when the page is laid out.
    assert re.search(r"<w:instrText[^>]*> PAGE </w:instrText>", footer), footer
    assert re.search(r"<w:instrText[^>]*> NUMPAGES </w:instrText>", footer), footer
    assert 'w:fldCharType="begin"' in footer and 'w:fldCharType="end"' in footer
    styles = {style.name for style in docx.Document(str(TEMPLATE)).styles}
    for name in [*BUILTIN_STYLES, *TABLE_STYLES, *(s[0] for s in PARAGRAPH_STYLES)]:
        assert name in styles, name
    writer = (ROOT / "documents" / "docx_writer.py").read_text(encoding="utf-8")
    defined = {*BUILTIN_STYLES, *TABLE_STYLES, *(s[0] for s in PARAGRAPH_STYLES)}
    used = set(re.findall(r'"((?:Pacta|Heading|List|Title|Subtitle|Normal)[A-Za-z0-9 ]*)"', writer))
    assert used <= defined, used - defined
