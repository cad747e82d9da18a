"""What the pages look like: headings that show, payments on the timeline, sign-off on the same page."""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
from pathlib import Path

import pytest

from documents import ChangeInfo, render_document
from documents.agreement import agreement_timeline
from documents.common import Words
from documents.timeline import Mark, layout
from domain.model import Contract
from tests.documents.helpers import flat, load, meta, need, page_count, pdftotext

CHANGE = ChangeInfo("CO-1", "El cliente pide añadir Instagram y adelantar un día.", "client", dt.date(2026, 11, 26))


def _layout_text(data: bytes) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(data)
        command = [need("pdftotext"), "-layout", "-enc", "UTF-8", str(path), "-"]
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize(("name", "intro_end", "sides"), [
    ("panaderia-v1", "«elCliente».", ("Proveedor", "Cliente")),
    ("brand-identity-en", "“theClient”below.", ("Provider", "Client")),
])
def test_parties_table_shows_provider_and_client_headings(
    examples_dir: Path, name: str, intro_end: str, sides: tuple[str, str]
) -> None:
    pdf = render_document("agreement", "pdf", load(examples_dir, name), meta())
    text = flat(pdftotext(pdf.data, 1))
    assert intro_end in text, text[:600]
    # Between the introduction and the first detail row comes the table's heading row.
    heading = text[text.index(intro_end) + len(intro_end) : text.index("Nombre" if name.startswith("pan") else "Name")]
    assert heading == "".join(sides), heading


def test_timeline_places_payment_triggers(examples_dir: Path) -> None:
    contract = load(examples_dir, "panaderia-v1")
    assert contract.start is not None and contract.payment is not None
    timeline = agreement_timeline(contract, Words(contract))
    assert timeline is not None
    payments = {(e.on, e.label) for e in timeline.events if e.lane == "payments"}
    last = max(d.due for d in contract.deliverables if d.due)
    # The deposit is paid on signing (at the start); "on acceptance" without a deliverable at the last due date.
    assert payments == {(contract.start, "Anticipo"), (last, "Entrega final aceptada")}, payments
    picture = layout(timeline, 480, lambda text, size: len(text) * size * 0.55)
    assert sum(1 for item in picture.items if isinstance(item, Mark) and item.shape == "diamond") == 2


def test_timeline_puts_a_payment_at_its_deliverables_due_date(examples_dir: Path) -> None:
    contract = load(examples_dir, "brand-identity-en")
    data = contract.model_dump()
    data["start"] = "2027-01-04"
    data["payment"]["installments"].append({"label": "Kick-off", "percent": "0", "due": "on_signing"})
    contract = Contract.model_validate(data)
    timeline = agreement_timeline(contract, Words(contract))
    assert timeline is not None
    payments = {e.label: e.on for e in timeline.events if e.lane == "payments"}
    logo = contract.deliverable("LOGO")
    assert logo is not None and logo.due is not None
    assert payments["Logo approved"] == logo.due  # on acceptance of LOGO
    assert payments["Final files"] == max(d.due for d in contract.deliverables if d.due)
    assert payments["Kick-off"] == payments["Deposit"] == dt.date(2027, 1, 4)


def test_short_checklists_and_change_orders_keep_a_clause_with_their_sign_off(examples_dir: Path) -> None:
    for paper in ("A4", "Letter"):
        pdf = render_document("checklist", "pdf", load(examples_dir, "brand-identity-en"), meta(paper=paper))
        assert page_count(pdf.data) <= 2, paper
        old, new = load(examples_dir, "panaderia-v1"), load(examples_dir, "panaderia-v2")
        co = render_document("change-order", "pdf", new, meta(2, paper=paper), previous=old, change=CHANGE)
        checklist = render_document("checklist", "pdf", new, meta(2, paper=paper))
        for data, before in ((co.data, "Eltrabajodeestaordendecambio"), (checklist.data, "Mantenimiento")):
            assert page_count(data) <= 2, paper
            pages = pdftotext(data).split("\f")[:-1]
            signing = [i for i, page in enumerate(pages) if "Firma:" in page]
            # One sign-off, whole, on a page that also holds the text before it.
            assert len(signing) == 1 and "Lugar:" in pages[signing[0]], paper
            assert before in flat(pages[signing[0]]), (paper, pages[signing[0]][:300])
            lines = _layout_text(data).splitlines()
            # Place and date share a line, once for each party.
            assert sum(1 for line in lines if line.count("Lugar:") == 2 and line.count("Fecha:") == 2) == 1


def test_checklist_dates_wrap_onto_two_lines_at_most(examples_dir: Path) -> None:
    pdf = render_document("checklist", "pdf", load(examples_dir, "panaderia-v1"), meta())
    text = pdftotext(pdf.data)
    assert "30 de noviembre\nde 2026" in text or "30 de noviembre de\n2026" in text, text
    assert "30 de\nnoviembre de\n2026" not in text


def test_qr_runs_rebuild_the_encoders_matrix() -> None:
    import segno

    from documents.pdf_parts import qr_modules

    payload = "pacta:p1a2b3c4:12:" + "ab" * 32
    count, runs = qr_modules(payload)
    matrix = segno.make(payload, error="m", micro=False).matrix
    assert count == len(matrix) + 2
    dark = {(row, col) for row, first, length in runs for col in range(first, first + length)}
    expected = {(r + 1, c + 1) for r, line in enumerate(matrix) for c, value in enumerate(line) if value}
    assert dark == expected


def test_checklist_check_boxes_share_their_appearance_streams(examples_dir: Path) -> None:
    from tests.documents.helpers import qpdf_json

    contract = load(examples_dir, "brand-identity-en")
    data = contract.model_dump()
    data["deliverables"] = [{"id": f"D{i}", "title": f"Part {i}"} for i in range(40)]
    pdf = render_document("checklist", "pdf", Contract.model_validate(data), meta())
    objects = qpdf_json(pdf.data)["qpdf"][1]
    values = [o.get("value") for o in objects.values() if isinstance(o, dict)]
    boxes = [v for v in values if isinstance(v, dict) and v.get("/FT") == "/Btn"]
    assert len(boxes) == 40 + len(contract.client_inputs)
    appearances = {str(box["/AP"]) for box in boxes}
    assert len(appearances) == 1  # every box points at the same six streams


def test_change_order_names_changed_deliverables_by_id_and_title(examples_dir: Path) -> None:
    old = load(examples_dir, "panaderia-v1")
    data = old.model_dump()
    data["deliverables"][1]["price"] = "1500.00"
    new = Contract.model_validate(data)
    changed = new.deliverables[1]
    pdf = render_document("change-order", "pdf", new, meta(2), previous=old, change=CHANGE)
    text = flat(pdftotext(pdf.data))
    section = text[text.index("Entregablesmodificados") :]
    assert flat(f"{changed.id} · {changed.title}") in section
    assert "1.200,00€" in section and "1.500,00€" in section
