"""Any text in any field renders to a valid file, or is refused with RenderRefused; nothing else."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from documents import RenderRefused, render_document
from documents.fonts import printable
from domain.model import Contract
from tests.documents.helpers import flat, meta, pdftotext, qpdf_check

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
        "provider": {"name": r(), "representative": t(), "tax_id": t(), "email": t(), "phone": t(), "address": t()},
        "client": {"name": r(), "address": t()},
        "roles": [{"party": "client", "person": t(), "role": r(), "responsibilities": [t()]}],
        "client_inputs": [{"title": r(), "due": "2026-11-25"}],
        "deliverables": [
            {"id": r(), "title": r(), "description": t(), "acceptance": t(), "due": "2026-11-29", "price": "10"},
            {"title": r(), "acceptance": draw(HUGE)},
        ],
        "out_of_scope": [t(), draw(HUGE)],
        "payment": {"deposit_percent": "50", "installments": [{"label": r(), "percent": "50", "due": "on_delivery"}]},
        "communication": {"channels": [t()], "working_hours": t(), "urgent_definition": t()},
        "changes": {"process": t()},
        "termination": {"work_ownership": t()},
    }


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
    with tempfile.TemporaryDirectory() as tmp:
        qpdf_check(pdf.data, Path(tmp))
    docx.Document(io.BytesIO(docx_file.data))
    # Samples of printable text: each run of the provider's name that the PDF's fonts can
    # print must come back from pdftotext (what lies between runs may be replaced by U+FFFD
    # or dropped, depending on the character).
    name = contract.provider.name
    if len(name) < 2000:
        text = flat(pdftotext(pdf.data))
        runs, current = [], ""
        for c in name:
            if c.isprintable() and not c.isspace() and printable(c):
                current += c
            else:
                runs.append(current)
                current = ""
        runs.append(current)
        for sample in (r[:40] for r in runs if r):
            assert sample in text, sample
