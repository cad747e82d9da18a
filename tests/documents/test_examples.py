"""Every example renders as every document in both formats, and the results hold up in real tools."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from documents import (
    ChangeInfo,
    DocumentFormat,
    DocumentKind,
    Rendered,
    read_pdf_stamp,
    render_document,
)
from domain.diff import diff_contracts
from domain.model import Contract
from tests.documents.helpers import (
    FINGERPRINT,
    docx_text,
    flat,
    load,
    meta,
    page_count,
    pdftotext,
    qpdf_check,
    soffice_convert,
)

CHANGE = ChangeInfo("CO-1", "El cliente pide añadir Instagram y adelantar un día.", "client", dt.date(2026, 11, 26))


def _cases(examples: Path) -> list[tuple[str, Contract, Rendered, Rendered, int]]:
    out = []
    names = sorted(path.stem for path in examples.glob("*.json"))
    assert {"brand-identity-en", "panaderia-v1", "panaderia-v2"} <= set(names), names
    for name in names:
        contract = load(examples, name)
        for kind in (DocumentKind.AGREEMENT, DocumentKind.CHECKLIST):
            pdf = render_document(kind, DocumentFormat.PDF, contract, meta())
            docx_file = render_document(kind, DocumentFormat.DOCX, contract, meta())
            out.append((f"{name}-{kind}", contract, pdf, docx_file, 1))
    old, new = load(examples, "panaderia-v1"), load(examples, "panaderia-v2")
    pdf = render_document(DocumentKind.CHANGE_ORDER, "pdf", new, meta(2), previous=old, change=CHANGE)
    docx_file = render_document(DocumentKind.CHANGE_ORDER, "docx", new, meta(2), previous=old, change=CHANGE)
    out.append(("panaderia-co1", new, pdf, docx_file, 2))
    return out


@pytest.fixture(scope="module")
def rendered(examples_dir: Path) -> list[tuple[str, Contract, Rendered, Rendered, int]]:
    """Each example as each of its documents, rendered once for the module."""
    return _cases(examples_dir)


def test_pdfs_are_valid_and_carry_titles_parties_version_and_fingerprint(
    rendered: list[tuple[str, Contract, Rendered, Rendered, int]], tmp_path: Path
) -> None:
    for name, contract, pdf, _docx, version in rendered:
        assert pdf.warnings == [], name
        qpdf_check(pdf.data, tmp_path)
        text = flat(pdftotext(pdf.data))
        for party in (contract.provider.name, contract.client.name):
            assert flat(party) in text, (name, party)
        if not name.endswith("co1"):
            for deliverable in contract.deliverables:
                assert flat(deliverable.title) in text, (name, deliverable.title)
        assert FINGERPRINT[:12] in text, name
        assert FINGERPRINT in text, name  # the QR caption on the signature page
        assert (f"Versión{version}" if contract.language == "es" else f"Version{version}") in text, name
        stamp = read_pdf_stamp(pdf.data)
        assert stamp == {"project_id": "p1a2b3c4", "version": version, "fingerprint": FINGERPRINT}, name


def test_change_order_lists_the_reference_case(
    rendered: list[tuple[str, Contract, Rendered, Rendered, int]], examples_dir: Path
) -> None:
    _, _, pdf, _, _ = rendered[-1]
    text = pdftotext(pdf.data)
    assert "Orden de cambio CO-1" in text
    assert "Integración con Instagram" in text  # deliverable D added
    assert "Entregables añadidos" in text
    assert "Fechas que cambian" in text
    # Every deliverable the change touches is named by id and title, not by id alone.
    old, new = load(examples_dir, "panaderia-v1"), load(examples_dir, "panaderia-v2")
    moved = diff_contracts(old, new).moved_dates()
    assert moved
    flat_text = flat(text)
    for _before, _after, ids in moved:
        for ident in ids:
            found = new.deliverable(ident)
            assert found is not None
            assert flat(f"{ident} · {found.title}") in flat_text, ident
    for d in [*diff_contracts(old, new).added]:
        assert flat(d.title) in flat_text, d.title
    assert "+300,00 €" in text  # price impact
    assert "3.000,00 €" in text  # new total
    assert "1 día antes" in text  # deadline impact
    assert "El Cliente" in text and "26 de noviembre de 2026" in text


def test_docx_files_open_and_convert_with_libreoffice(
    rendered: list[tuple[str, Contract, Rendered, Rendered, int]], tmp_path: Path
) -> None:
    files = []
    for name, contract, _pdf, docx_file, _version in rendered:
        opened = docx.Document(io.BytesIO(docx_file.data))
        text = docx_text(opened)
        assert contract.provider.name in text and contract.client.name in text, name
        assert opened.core_properties.keywords.startswith(f"pacta:p1a2b3c4:{_version}:{FINGERPRINT}")
        footer_xml = opened.sections[0].footer._element.xml
        assert " PAGE " in footer_xml and " NUMPAGES " in footer_xml
        path = tmp_path / f"{name}.docx"
        path.write_bytes(docx_file.data)
        files.append(path)
    out = tmp_path / "converted"
    out.mkdir()
    soffice_convert(files, out)
    for path in files:
        converted = out / f"{path.stem}.pdf"
        assert converted.exists() and converted.stat().st_size > 1000, path.name
    text = flat(pdftotext((out / "panaderia-v2-agreement.pdf").read_bytes()))
    assert flat("Integración con Instagram") in text
    assert "Página1de" in text  # the PAGE/NUMPAGES fields were computed
    # A short checklist and change order take at most two pages in LibreOffice too.
    for name in ("panaderia-v1-checklist", "brand-identity-en-checklist", "panaderia-co1"):
        assert page_count((out / f"{name}.pdf").read_bytes()) <= 2, name
    # The initials boxes are in the footer, so LibreOffice draws them on every page of every document.
    for name, word in (("panaderia-v1-agreement", "Iniciales"), ("brand-identity-en-agreement", "Initials"),
                       ("panaderia-v1-checklist", "Iniciales"), ("panaderia-co1", "Iniciales")):
        pages = pdftotext((out / f"{name}.pdf").read_bytes()).split("\f")[:-1]
        assert len(pages) >= 1, name
        for number, page in enumerate(pages, 1):
            assert word in page, (name, number)


def test_docx_agreement_footer_has_a_bordered_box_per_party(
    rendered: list[tuple[str, Contract, Rendered, Rendered, int]],
) -> None:
    for name, _contract, _pdf, docx_file, _version in rendered:
        footer = docx.Document(io.BytesIO(docx_file.data)).sections[0].footer
        # Every document is signed, so every one carries the boxes.
        assert len(footer.tables) == 1, name
        table = footer.tables[0]
        boxes = [c for c in table.rows[0].cells if c._tc.tcPr is not None and c._tc.tcPr.find(qn("w:tcBorders")) is not None]
        assert len(boxes) == 2, name
        names = [c.text for c in table.rows[1].cells if c.text]
        assert names in (["Proveedor", "Cliente"], ["Provider", "Client"]), names
        # The boxes come before the line with the title and page number.
        assert footer._element[0].tag == qn("w:tbl"), name


def test_every_page_has_the_footer_with_page_x_of_y(
    rendered: list[tuple[str, Contract, Rendered, Rendered, int]],
) -> None:
    for name, _contract, pdf, _docx, _version in rendered:
        text = pdftotext(pdf.data)
        pages = text.split("\f")[:-1]
        for number, page in enumerate(pages, 1):
            label = f"Página {number} de {len(pages)}" if "Página" in text else f"Page {number} of {len(pages)}"
            assert label in page, (name, number)
            assert FINGERPRINT[:12] in page, (name, number)


def test_agreement_pages_carry_initials_boxes(
    rendered: list[tuple[str, Contract, Rendered, Rendered, int]],
) -> None:
    for name, _contract, pdf, _docx, _version in rendered:
        if name.endswith("-agreement"):
            pages = pdftotext(pdf.data).split("\f")[:-1]
            word = "Iniciales" if "Página" in pages[0] else "Initials"
            assert all(word in page for page in pages), name


def test_letter_paper(examples_dir: Path) -> None:
    contract = load(examples_dir, "brand-identity-en")
    pdf = render_document("agreement", "pdf", contract, meta(paper="Letter"))
    assert b"/MediaBox [ 0 0 612 792 ]" in pdf.data
