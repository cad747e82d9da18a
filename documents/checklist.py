"""The scope checklist and sign-off sheet: one table to tick, initial and date, then signatures."""

from __future__ import annotations

from documents.blocks import Bullets, Cell, Document, Heading, Para, Table, runs
from documents.common import Words, empty_cell, id_width, signatures, start_document
from documents.meta import DocumentMeta
from domain.model import Contract


def build_checklist(contract: Contract, meta: DocumentMeta, w: Words) -> Document:
    """The checklist of one version: deliverables, client inputs, out of scope, sign-off."""
    doc = start_document("checklist", w("common.doc.checklist"), contract, meta, w)
    doc.add(Para(runs(w("checklist.intro", version=meta.version, title=contract.title))))

    doc.add(Heading(w("checklist.deliverables")))
    show_due = any(d.due for d in contract.deliverables)
    show_acceptance = any(d.acceptance for d in contract.deliverables)
    header = [w("checklist.done"), w("common.table.id"), w("common.table.deliverable")]
    widths = [0.05, id_width([d.id for d in contract.deliverables]), 0.255]
    if show_acceptance:
        header.append(w("common.table.acceptance"))
        widths.append(0.255)
    if show_due:
        header.append(w("common.table.due"))
        # Wide enough for "30 de noviembre de 2026" on two lines, not three.
        widths.append(0.18)
    header += [w("checklist.accepted_on"), w("checklist.initials")]
    # "Aceptado el" on one line.
    widths += [0.135, 0.10]
    rows: list[tuple[Cell, ...]] = []
    for index, d in enumerate(contract.deliverables, 1):
        row = [Cell(field="check", name=f"done_{index}"), Cell(d.id), Cell(d.title, bold=True, detail=d.description or "")]
        if show_acceptance:
            row.append(Cell(d.acceptance) if d.acceptance else empty_cell(w))
        if show_due:
            row.append(Cell(w.date(d.due)) if d.due else empty_cell(w))
        row += [Cell(field="text", name=f"date_{index}"), Cell(field="text", name=f"initials_{index}")]
        rows.append(tuple(row))
    scale = 1 / sum(widths)
    align = ("center",) + ("left",) * (len(header) - 1)
    doc.add(Table(tuple(header), rows, tuple(x * scale for x in widths), align))  # type: ignore[arg-type]

    if contract.client_inputs:
        doc.add(Heading(w("checklist.inputs")))
        doc.add(Para(runs(w("checklist.inputs_intro")), "note"))
        input_rows = [
            (
                Cell(field="check", name=f"received_{index}"),
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
