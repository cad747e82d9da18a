"""The change order: what one version adds, removes and changes against the one before."""

from __future__ import annotations

from typing import Any

from documents.blocks import Cell, Document, Heading, Para, Table, runs
from documents.change_wording import field_phrase, other_rows
from documents.common import Words, empty_cell, id_width, signatures, start_document
from documents.meta import ChangeInfo, DocumentMeta
from documents.payments import change_payments
from domain.diff import ContractDiff, diff_contracts, format_value
from domain.model import Contract, Deliverable
from domain.payments import Plan


def build_change_order(
    contract: Contract, previous: Contract, change: ChangeInfo, meta: DocumentMeta, w: Words,
    plan: Plan | None = None,
) -> Document:
    """The change order taking `previous` to `contract` (the version `meta` names); `plan`: its payments."""
    diff = diff_contracts(previous, contract)
    title = w("common.doc.change_order", number=change.number)
    doc = start_document("change-order", title, contract, meta, w)
    old = change.base_version if change.base_version is not None else meta.version - 1
    doc.add(Para(runs(w("change_order.intro", title=contract.title, old=old, new=meta.version))))

    doc.add(Heading(w("change_order.summary")))
    who = w("change_order.by_client") if change.requested_by == "client" else w("change_order.by_provider")
    pairs = [
        ("number", change.number),
        ("project", contract.title),
        ("versions", w("change_order.versions_value", old=old, new=meta.version)),
        ("status", w(f"change_order.{change.status}")),
        ("requested_by", who),
        ("asked_on", w.date(change.asked_on)),
        ("reason", change.reason or w("change_order.unknown")),
    ]
    rows: list[tuple[Cell, ...]] = [(Cell(w(f"change_order.{key}"), bold=True), Cell(value)) for key, value in pairs]
    doc.add(Table((), rows, (0.28, 0.72), pairs=True))

    if diff.is_empty():
        doc.add(Para(runs(w("change_order.nothing"))))
    _deliverable_table(doc, w, "added", diff.added)
    _deliverable_table(doc, w, "removed", diff.removed)
    _changed(doc, w, diff, contract)
    moved = diff.moved_dates()
    if moved:
        doc.add(Heading(w("change_order.moved")))
        moved_rows: list[tuple[Cell, ...]] = [
            (Cell("\n".join(_named(i, contract) for i in ids)), Cell(_value("due", before, w)), Cell(_value("due", after, w)))
            for before, after, ids in moved
        ]
        header = (w("common.table.deliverable"), w("change_order.before"), w("change_order.after"))
        doc.add(Table(header, moved_rows, (0.44, 0.28, 0.28)))
    other = other_rows(diff, w)
    if other:
        doc.add(Heading(w("change_order.other")))
        header = (w("change_order.field"), w("change_order.before"), w("change_order.after"))
        doc.add(Table(header, [tuple(Cell(text) for text in row) for row in other], (0.34, 0.33, 0.33)))

    doc.add(Heading(w("change_order.impact")))
    doc.add(Table((), _impact_rows(diff, w), (0.4, 0.6), pairs=True))
    change_payments(doc, contract, previous, plan, w)
    doc.add(Para(runs(w("change_order.rule"))))
    doc.add(signatures(contract, meta, w, w("change_order.sign"), w("change_order.sign_intro")))
    return doc


def _named(ident: str, contract: Contract) -> str:
    """`A · Página de inicio`: a deliverable's id with its title, or the id alone if it is gone."""
    found = contract.deliverable(ident)
    return f"{ident} · {found.title}" if found is not None else ident


def _value(path: str, value: Any, w: Words) -> str:
    return format_value(path, value, w.currency, w.lang)


def _deliverable_table(doc: Document, w: Words, key: str, items: list[Deliverable]) -> None:
    if not items:
        return
    doc.add(Heading(w(f"change_order.{key}")))
    header = (w("common.table.id"), w("common.table.deliverable"), w("common.table.acceptance"), w("common.table.due"), w("common.table.price"))
    rows = [
        (
            Cell(d.id),
            Cell(d.title, bold=True, detail=d.description or ""),
            Cell(d.acceptance) if d.acceptance else empty_cell(w),
            Cell(w.date(d.due)) if d.due else empty_cell(w),
            Cell(w.money(d.price)) if d.price is not None else empty_cell(w),
        )
        for d in items
    ]
    raw = (id_width([d.id for d in items]), 0.30, 0.29, 0.19, 0.15)
    doc.add(Table(header, rows, tuple(x / sum(raw) for x in raw), ("left", "left", "left", "left", "right")))


def _changed(doc: Document, w: Words, diff: ContractDiff, contract: Contract) -> None:
    rows: list[tuple[Cell, ...]] = []
    for item in diff.changed:
        for fc in item.changes:
            if fc.path == "due":
                continue  # shown under "dates moved"
            rows.append(
                (
                    Cell(_named(item.id, contract)),
                    Cell(field_phrase(fc.path, w)),
                    Cell(_value(fc.path, fc.old, w)),
                    Cell(_value(fc.path, fc.new, w)),
                )
            )
    if not rows:
        return
    doc.add(Heading(w("change_order.changed")))
    header = (w("common.table.deliverable"), w("change_order.field"), w("change_order.before"), w("change_order.after"))
    doc.add(Table(header, rows, (0.24, 0.18, 0.29, 0.29)))


def _impact_rows(diff: ContractDiff, w: Words) -> list[tuple[Cell, ...]]:
    unknown = w("change_order.unknown")
    rows = [
        (w("change_order.total_before"), w.money(diff.old_total) if diff.old_total is not None else unknown),
        (w("change_order.total_after"), w.money(diff.new_total) if diff.new_total is not None else unknown),
        (w("change_order.difference"), w.signed_money(diff.price_impact)),
        (w("change_order.deadline_before"), w.date(diff.old_deadline) if diff.old_deadline else unknown),
        (w("change_order.deadline_after"), w.date(diff.new_deadline) if diff.new_deadline else unknown),
    ]
    days = diff.deadline_impact_days
    if days is None:
        shift = unknown
    elif days == 0:
        shift = w("change_order.no_shift")
    else:
        key = ("day_" if abs(days) == 1 else "days_") + ("earlier" if days < 0 else "later")
        shift = w(f"change_order.{key}", days=w.number(abs(days)))
    rows.append((w("change_order.deadline_shift"), shift))
    return [(Cell(name, bold=True), Cell(value, bold=index in (1, 5))) for index, (name, value) in enumerate(rows)]
