"""Every trade template, started today, makes an agreement and a checklist that print every word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from documents import render_document
from domain.templates import LANGUAGES, TRADES, from_template, load_trade_template
from tests.documents.helpers import flat, meta, pdftotext, qpdf_check


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("trade", TRADES)
def test_a_trade_template_renders_cleanly(trade: str, lang: str, tmp_path: Path) -> None:
    contract = from_template(load_trade_template(trade, lang), dt.date(2027, 3, 1))
    agreement = render_document("agreement", "pdf", contract, meta())
    checklist = render_document("checklist", "docx", contract, meta())
    assert agreement.warnings == [] and checklist.warnings == []
    qpdf_check(agreement.data, tmp_path)
    text = flat(pdftotext(agreement.data))
    assert flat(contract.deliverables[-1].title) in text
    assert flat("1 de marzo de 2027" if lang == "es" else "March 1, 2027") in text
