"""Taxes and the payment schedule in the agreement, read back from the PDF and the DOCX."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx

from documents import DocumentFormat, DocumentKind, render_document
from domain.validation import validate_contract
from tests.documents.helpers import docx_text, meta, pdftotext, qpdf_check


def _plain(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").replace("\u202f", " ").split())


def _us_contract(examples: Path) -> dict[str, object]:
    data = json.loads((examples / "brand-identity-en.json").read_text(encoding="utf-8"))
    data["taxes"] = {
        "prices_include_tax": True,
        "lines": [{"name": "Sales tax", "percent": "8.25", "kind": "add"}],
        "note": "Fees include <b>Oregon & Texas</b> sales tax where due.",
    }
    return data


def test_english_agreement_states_taxes_included_and_each_payments_base_tax_and_total(
    examples_dir: Path, tmp_path: Path
) -> None:
    contract = validate_contract(_us_contract(examples_dir))
    pdf = render_document(DocumentKind.AGREEMENT, DocumentFormat.PDF, contract, meta()).data
    qpdf_check(pdf, tmp_path)
    text = _plain(pdftotext(pdf))
    assert "The prices in this contract already include Sales tax (8.25%)." in text
    # $6,500.00 including 8.25 %, paid in three parts, each worked out on its own as its invoice will be
    assert "In all, the Client will pay $6,500.00: a base of $6,004.61, plus Sales tax at 8.25% ($495.39)." in text
    assert "Fees include <b>Oregon & Texas</b> sales tax where due." in text
    assert "$3,002.31 $247.69 $3,250.00" in text  # the deposit: base, tax, to pay
    assert "$6,004.61 $495.39 $6,500.00" in text  # the total row is the sum of the rows
    assert "$1,501.15 $123.85 $1,625.00" in text
    words = _plain(docx_text(docx.Document(io.BytesIO(
        render_document(DocumentKind.AGREEMENT, DocumentFormat.DOCX, contract, meta()).data))))
    assert "The prices in this contract already include Sales tax (8.25%)." in words
    assert "$3,250.00" in words and "$495.39" in words


def test_change_order_without_records_shows_totals_with_taxes(examples_dir: Path) -> None:
    before = validate_contract(_us_contract(examples_dir))
    data = _us_contract(examples_dir)
    data["deliverables"] = [d for d in data["deliverables"] if d["id"] != "PAL"]  # type: ignore[union-attr,index]
    after = validate_contract(data)
    from documents import ChangeInfo

    change = ChangeInfo("CO-1", "Drop the palette", "client", __import__("datetime").date(2026, 11, 26))
    pdf = render_document(DocumentKind.CHANGE_ORDER, DocumentFormat.PDF, after, meta(2), previous=before,
                          change=change).data
    text = _plain(pdftotext(pdf))
    assert "Total before the change $6,004.61 $495.39 $6,500.00" in text
    assert "Total after the change $5,265.59 $434.41 $5,700.00" in text
    assert "Difference −$739.02 −$60.98 −$800.00" in text


def test_a_contract_without_prices_still_lists_each_payment_with_its_share_and_date(examples_dir: Path) -> None:
    data = json.loads((examples_dir / "panaderia-v1.json").read_text(encoding="utf-8"))
    for item in data["deliverables"]:
        item.pop("price")
    contract = validate_contract(data)
    text = _plain(pdftotext(render_document(DocumentKind.AGREEMENT, DocumentFormat.PDF, contract, meta()).data))
    assert "El precio se abonará según este calendario: Pago Porcentaje Vencimiento Anticipo 40 % a la firma" in text
    assert "Entrega final aceptada 60 % a la aceptación de C · Formulario de encargos (el último entregable)" in text
