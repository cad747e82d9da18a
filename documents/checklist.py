"""The scope checklist and sign-off sheet: one table to tick, initial and date, then signatures."""

from __future__ import annotations

from documents.blocks import Bullets, Cell, Document, Heading, Para, Table, runs
from documents.common import Words, empty_cell, id_width, signatures, start_document
from documents.meta import DocumentMeta
from domain.model import Contract

# A column for a 30 × 8 mm handwriting box and its cell padding; the text width of each paper
# (the same in the PDF and the DOCX: 20 mm side margins).
HAND_COLUMN_MM = 33.5
TEXT_WIDTH_MM = {"A4": 170.0, "Letter": 175.9}


def build_checklist(contract: Contract, meta: DocumentMeta, w: Words) -> Document:
    """The checklist of one version: deliverables, client inputs, out of scope, sign-off."""
    doc = start_document("checklist", w("common.doc.checklist"), contract, meta, w)
    doc.add(Para(runs(w("checklist.intro", version=meta.version, title=contract.title))))

    doc.add(Heading(w("checklist.deliverables")))
    show_due = any(d.due for d in contract.deliverables)
    show_acceptance = any(d.acceptance for d in contract.deliverables)
    header = [w("checklist.done"), w("common.table.id"), w("common.table.deliverable")]
    # The date and initials columns hold boxes of at least 30 × 8 mm to write in by hand;
    # the other columns share what is left of the text width.
    hand = HAND_COLUMN_MM / TEXT_WIDTH_MM[meta.paper]
    rest = 1 - 2 * hand
    fixed = [0.045, id_width([d.id for d in contract.deliverables])]
    flexible = [0.28]
    if show_acceptance:
        header.append(w("common.table.acceptance"))
        flexible.append(0.28)
    if show_due:
        header.append(w("common.table.due"))
        # Wide enough for "30 de noviembre" on one line.
        flexible.append(0.27)
    scale = (rest - sum(fixed)) / sum(flexible)
    widths = fixed + [x * scale for x in flexible]
    header += [w("checklist.accepted_on"), w("checklist.initials")]
    widths += [hand, hand]
    rows: list[tuple[Cell, ...]] = []
    for index, d in enumerate(contract.deliverables, 1):
        done = Cell(field="check", name=f"done_{index}", tooltip=w("checklist.tip_done", id=d.id))
        row = [done, Cell(d.id), Cell(d.title, bold=True, detail=d.description or "")]
        if show_acceptance:
            row.append(Cell(d.acceptance) if d.acceptance else empty_cell(w))
        if show_due:
            row.append(Cell(w.date(d.due)) if d.due else empty_cell(w))
        row += [
            Cell(field="text", name=f"date_{index}", tooltip=w("checklist.tip_date", id=d.id)),
            Cell(field="text", name=f"initials_{index}", tooltip=w("checklist.tip_initials", id=d.id)),
        ]
        rows.append(tuple(row))
    align = ("center",) + ("left",) * (len(header) - 1)
    doc.add(Table(tuple(header), rows, tuple(widths), align))  # type: ignore[arg-type]

    if contract.client_inputs:
        doc.add(Heading(w("checklist.inputs")))
        doc.add(Para(runs(w("checklist.inputs_intro")), "note"))
        input_rows = [
            (
                Cell(field="check", name=f"received_{index}", tooltip=w("checklist.tip_received", item=item.title)),
                Cell(item.title),
                Cell(w.date(item.due)) if item.due else empty_cell(w),
            )
            for index, item in enumerate(contract.client_inputs, 1)
        ]
        header_inputs = (w("checklist.received"), w("common.table.item"), w("common.table.due_by"))
        doc.add(Table(header_inputs, input_rows, (0.12, 0.64, 0.24), ("center", "left", "left")))
    if contract.out_of_scope:
        doc.add(Heading(w("checklist.out_of_scope")))
        doc.add(Bullets(tuple(runs(item) for item in contract.out_of_scope)))
    doc.add(signatures(contract, meta, w, w("checklist.sign"), w("checklist.sign_intro")))
    return doc
