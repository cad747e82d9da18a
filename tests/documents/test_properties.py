"""Any text in any field renders to a valid file, or is refused with RenderRefused; nothing else."""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from collections.abc import Callable
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from documents import ChangeInfo, RenderRefused, render_document
from documents.fonts import printable
from domain.model import Contract
from tests.documents.helpers import docx_text, flat, meta, pdftotext, qpdf_check

NASTY = st.sampled_from(
    [
        "<b>x</b>",
        "<img src='/etc/passwd'/>",
        "&amp;",
        "O<Brien & Sons",
        "\x00\x1f\x7f",
        "\ud800",
        "emoji 😀👍🏽",
        "مرحبا بالعالم",
        "עברית",
        "中文字",
        "\u202egnirts",
        "line\nbreak\r\n",
        "]]><![CDATA[",
        "{title} $x ${x} %(x)s",
    ]
)
# Huge text is slow to lay out (reportlab measures every prefix of a long word), so
# each contract gets one huge value, in a field of its own, rather than many.
HUGE = st.sampled_from(["x" * 10_000, "palabra " * 1_500, "ß" * 3_000 + " fin"])
TEXT = st.one_of(st.text(max_size=60), NASTY, st.lists(NASTY, min_size=2, max_size=3).map(" ".join))
# E-mail addresses are checked on input, so only addresses reach a document: accented,
# Chinese and Arabic local parts and an internationalised domain among them.
EMAIL = st.one_of(
    st.just(""),
    st.builds(
        lambda local, domain: f"{local}@{domain}",
        st.text("abcxyzñéü中م0123456789_-", min_size=1, max_size=30),
        st.sampled_from(["laespiga.example", "münchen.de", "estudio-martin.es"]),
    ),
)


@st.composite
def contracts(draw: st.DrawFn) -> dict[str, object]:
    """Contract data with arbitrary text in every text field."""
    t = lambda: draw(TEXT)  # noqa: E731
    # Required fields get a visible letter when the drawn text is blank, so most examples render.
    r = lambda: draw(TEXT.map(lambda s: s if s.strip() else s + "R"))  # noqa: E731
    return {
        "language": draw(st.sampled_from(["es", "en"])),
        "currency": "EUR",
        "title": r(),
        "reference": t(),
        "provider": {"name": r(), "representative": t(), "tax_id": t(), "email": draw(EMAIL), "phone": t(), "address": t()},
        "client": {"name": r(), "representative": t(), "tax_id": t(), "email": draw(EMAIL), "phone": t(), "address": t()},
        "roles": [{"party": "client", "person": t(), "role": r(), "responsibilities": [t()]}],
        "client_inputs": [{"title": r(), "due": "2026-11-25"}],
        "deliverables": [
            {"id": r(), "title": r(), "description": t(), "acceptance": t(), "due": "2026-11-29", "price": "10"},
            {"title": r(), "acceptance": draw(HUGE)},
        ],
        "out_of_scope": [t(), draw(HUGE)],
        "payment": {
            "deposit_percent": "40",
            "installments": [
                {"label": r(), "percent": "30", "due": "on_delivery"},
                {"label": r(), "percent": "30", "due": "on_acceptance"},
            ],
        },
        "communication": {"channels": [t()], "working_hours": t(), "urgent_definition": t()},
        "changes": {"process": t()},
        "termination": {"work_ownership": t()},
    }


def _samples(text: str, keep: Callable[[str], bool]) -> list[str]:
    """Runs of characters `keep` accepts, cut to 40: each must come back from the file.

    What lies between runs may be replaced by U+FFFD or dropped, depending on the character.
    """
    runs, current = [], ""
    for c in text:
        if c.isprintable() and not c.isspace() and keep(c):
            current += c
        else:
            runs.append(current)
            current = ""
    runs.append(current)
    return [r[:40] for r in runs if r]


def _docx_text(data: bytes) -> str:
    return flat(docx_text(docx.Document(io.BytesIO(data))))


def _check_files(pdf: bytes, docx_data: bytes, texts: list[str]) -> None:
    """Both files are valid and every printable run of `texts` is in them."""
    with tempfile.TemporaryDirectory() as tmp:
        qpdf_check(pdf, Path(tmp))
    words = _docx_text(docx_data)
    pdf_words = flat(pdftotext(pdf))
    for text in texts:
        if len(text) >= 2000:
            continue
        for sample in _samples(text, printable):
            assert sample in pdf_words, sample
        for sample in _samples(text, lambda c: True):
            assert sample in words, sample


@settings(max_examples=35, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=contracts(), kind=st.sampled_from(["agreement", "checklist"]))
def test_any_text_renders_or_is_refused(data: dict[str, object], kind: str) -> None:
    try:
        contract = Contract.model_validate(data)
    except ValidationError:
        return  # not a contract at all: the model refuses it before documents see it
    try:
        pdf = render_document(kind, "pdf", contract, meta())
        docx_file = render_document(kind, "docx", contract, meta())
    except RenderRefused as refused:
        assert str(refused)
        return
    texts = [contract.provider.name, contract.client.name]
    if kind == "agreement":
        assert contract.payment is not None
        texts += [item.label for item in contract.payment.installments]
        texts += [v for v in (contract.client.representative, contract.client.tax_id, contract.provider.email) if v]
    _check_files(pdf.data, docx_file.data, texts)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(old=contracts(), new=contracts(), reason=TEXT, number=TEXT)
def test_any_text_in_a_change_order_renders_or_is_refused(
    old: dict[str, object], new: dict[str, object], reason: str, number: str
) -> None:
    try:
        before, after = Contract.model_validate(old), Contract.model_validate({**new, "language": old["language"]})
    except ValidationError:
        return
    change = ChangeInfo(number if number.strip() else "CO-1", reason, "client", dt.date(2026, 11, 26))
    try:
        pdf = render_document("change-order", "pdf", after, meta(2), previous=before, change=change)
        docx_file = render_document("change-order", "docx", after, meta(2), previous=before, change=change)
    except RenderRefused as refused:
        assert str(refused)
        return
    _check_files(pdf.data, docx_file.data, [reason, after.title])
