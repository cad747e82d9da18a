"""Big contracts: 1,000 deliverables, a 5,000-word acceptance text, a 10,000-character word."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx

from documents import render_document
from domain.model import Contract
from tests.documents.helpers import flat, load, meta, page_count, pdftotext, qpdf_check


def big(examples: Path, count: int) -> Contract:
    """The brand example with `count` numbered deliverables."""
    data = load(examples, "brand-identity-en").model_dump()
    data["deliverables"] = [
        {
            "id": f"D{i}",
            "title": f"Deliverable number {i}",
            "description": "A description of the work that takes a line or two in the table.",
            "acceptance": "Approved in writing by the client.",
            "due": f"2027-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "price": "10.00",
        }
        for i in range(1, count + 1)
    ]
    data["payment"] = {"deposit_percent": "50"}
    return Contract.model_validate(data)


def test_thousand_deliverables_repeat_the_table_header_on_every_page(examples_dir: Path, tmp_path: Path) -> None:
    contract = big(examples_dir, 1000)
    pdf = render_document("checklist", "pdf", contract, meta())
    qpdf_check(pdf.data, tmp_path)
    pages = page_count(pdf.data)
    assert pages > 20
    first = last = None
    for number in range(1, pages + 1):
        text = flat(pdftotext(pdf.data, number))
        if "Deliverablenumber" in text:
            first = first or number
            last = number
            assert re.search(r"Acceptancecriteria", text), number  # the repeated header row
    assert first is not None and last is not None and last - first > 10
    assert "Deliverablenumber1000" in flat(pdftotext(pdf.data, last))  # the title may wrap before its number
    agreement = render_document("agreement", "pdf", contract, meta())
    text = pdftotext(agreement.data)
    assert "Deliverable number 1000" in text and "$10,000.00" in text
    document = docx.Document(io.BytesIO(render_document("agreement", "docx", contract, meta()).data))
    table = document.tables[1]
    assert len(table.rows) == 1002  # header, 1,000 deliverables, total
    assert table.rows[0]._tr.trPr is not None and "tblHeader" in table.rows[0]._tr.xml


def test_huge_cells_do_not_break_the_layout(examples_dir: Path, tmp_path: Path) -> None:
    data = load(examples_dir, "panaderia-v2").model_dump()
    data["deliverables"][0]["acceptance"] = " ".join(f"palabra{i}" for i in range(5000))
    data["deliverables"][1]["id"] = "X" * 10_000
    data["deliverables"][2]["title"] = "W" * 10_000
    data["provider"]["name"] = "N" * 10_000
    data["out_of_scope"] = ["\n".join(["línea"] * 2000)]
    contract = Contract.model_validate(data)
    for kind in ("agreement", "checklist"):
        pdf = render_document(kind, "pdf", contract, meta())
        qpdf_check(pdf.data, tmp_path)
        text = pdftotext(pdf.data)
        assert "palabra4999" in text
        render_document(kind, "docx", contract, meta())
