"""User text prints literally; fonts are embedded; scripts the font lacks are named in warnings."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest

from documents import RenderRefused, render_document
from domain.model import Contract
from tests.documents.helpers import flat, load, meta, pdffonts, pdftotext, qpdf_check

MARKUP = ["O<Brien & Sons", "<b>bold</b>", '<img src="/etc/passwd"/>', "<font size=80>big</font>", "&amp; &lt;x&gt;"]


def contract_with(examples: Path, **changes: Any) -> Contract:
    """The brand example with some fields replaced (deliverables given as dicts)."""
    data = load(examples, "brand-identity-en").model_dump()
    data.update(changes)
    return Contract.model_validate(data)


def test_markup_prints_literally_and_reads_no_file(examples_dir: Path, tmp_path: Path) -> None:
    deliverables = [{"id": f"M{i}", "title": text, "acceptance": text, "description": text} for i, text in enumerate(MARKUP)]
    contract = contract_with(
        examples_dir,
        title=MARKUP[0],
        deliverables=deliverables,
        provider={"name": MARKUP[1]},
        client={"name": MARKUP[2]},
        out_of_scope=[MARKUP[3]],
    )
    for kind in ("agreement", "checklist"):
        pdf = render_document(kind, "pdf", contract, meta())
        qpdf_check(pdf.data, tmp_path)
        text = flat(pdftotext(pdf.data))
        for literal in MARKUP:
            assert flat(literal) in text, (kind, literal)
        assert b"/Subtype /Image" not in pdf.data  # the <img> tag loaded nothing
        document = docx.Document(io.BytesIO(render_document(kind, "docx", contract, meta()).data))
        cells = " ".join(c.text for t in document.tables for row in t.rows for c in row.cells)
        assert MARKUP[2] in cells and MARKUP[1] in cells


def test_every_font_drawing_content_is_embedded(examples_dir: Path) -> None:
    contract = load(examples_dir, "panaderia-v2")
    previous = load(examples_dir, "panaderia-v1")
    from tests.documents.test_examples import CHANGE

    for kind in ("agreement", "change-order"):
        pdf = render_document(kind, "pdf", contract, meta(2), previous=previous, change=CHANGE)
        rows = pdffonts(pdf.data)
        assert rows and all(row[3] == "yes" for row in rows), rows
    # The checklist's form fields may use standard fonts (as the brief allows); page text may not.
    pdf = render_document("checklist", "pdf", contract, meta())
    for row in pdffonts(pdf.data):
        assert row[3] == "yes" or (row[0] == "Helvetica" and row[2] == "Custom"), row


def test_greek_cyrillic_and_central_european_letters_print(examples_dir: Path) -> None:
    words = ["Ελληνικά", "Кириллица", "Győr", "Łódź", "Čeština"]
    contract = contract_with(
        examples_dir, deliverables=[{"id": f"W{i}", "title": w} for i, w in enumerate(words)], title="Ωmega Кафе ő ł"
    )
    pdf = render_document("agreement", "pdf", contract, meta())
    assert pdf.warnings == []
    text = pdftotext(pdf.data)
    for word in [*words, "Ωmega Кафе ő ł"]:
        assert word in text


def test_cjk_title_is_replaced_visibly_and_named_in_a_warning(examples_dir: Path) -> None:
    contract = contract_with(examples_dir, title="Logo 中文 ☕ project")
    pdf = render_document("agreement", "pdf", contract, meta())
    assert len(pdf.warnings) == 1
    warning = pdf.warnings[0]
    assert "中 (U+4E2D)" in warning and "文 (U+6587)" in warning and "title" in warning
    assert "Logo �� ☕ project" in pdftotext(pdf.data)
    # The DOCX keeps the characters: Word and LibreOffice fall back to another font.
    docx_file = render_document("agreement", "docx", contract, meta())
    assert docx_file.warnings == []
    assert "中文" in docx.Document(io.BytesIO(docx_file.data)).paragraphs[1].text


def test_warnings_are_in_the_documents_language(examples_dir: Path) -> None:
    data = load(examples_dir, "panaderia-v2").model_dump()
    data["deliverables"][0]["title"] = "Página 🍞 de inicio\x00\x07"
    pdf = render_document("agreement", "pdf", Contract.model_validate(data), meta())
    assert any("entregable A › título" in w and "caracteres" in w for w in pdf.warnings), pdf.warnings
    assert any("🍞 (U+1F35E)" in w and "fuente" in w for w in pdf.warnings), pdf.warnings


def test_right_to_left_text_is_replaced_and_named(examples_dir: Path) -> None:
    contract = contract_with(examples_dir, out_of_scope=["مرحبا", "שלום"])
    pdf = render_document("agreement", "pdf", contract, meta())
    assert any("U+0645" in w for w in pdf.warnings)
    assert any("U+05E9" in w for w in pdf.warnings)


def test_control_characters_are_removed_with_a_warning(examples_dir: Path) -> None:
    contract = contract_with(examples_dir, title="Bad\x00\x01\x1b title\u202e", out_of_scope=["a\x0bb", "c\ud800d"])
    for fmt in ("pdf", "docx"):
        rendered = render_document("agreement", fmt, contract, meta())
        assert len(rendered.warnings) == 3, rendered.warnings
        assert "removed 4" in rendered.warnings[0]
    assert "Bad title" in pdftotext(render_document("agreement", "pdf", contract, meta()).data)


def test_text_that_is_only_control_characters_is_refused_by_name(examples_dir: Path) -> None:
    contract = contract_with(examples_dir, title="\x00\x01")
    with pytest.raises(RenderRefused, match="title"):
        render_document("agreement", "pdf", contract, meta())


def test_removed_characters_are_counted_in_singular_and_plural(examples_dir: Path) -> None:
    one = contract_with(examples_dir, title="One\x00 removed", out_of_scope=["two\x00\x01 removed"])
    english = render_document("agreement", "docx", one, meta()).warnings
    assert "removed 1 invisible or control character that" in english[0], english
    assert "removed 2 invisible or control characters that" in english[1], english
    assert not any("(s)" in w for w in english)
    spanish = Contract.model_validate({**one.model_dump(), "language": "es"})
    words = render_document("agreement", "pdf", spanish, meta()).warnings
    assert "se ha quitado 1 carácter invisible o de control que" in words[0], words
    assert "se han quitado 2 caracteres invisibles o de control que" in words[1], words
