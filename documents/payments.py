"""Money in the documents: taxes of the fee, the payment schedule, and what remains after a change.

Every amount the client pays is shown as its base, one column per tax line and
the sum to pay (domain.taxes); the tables' total rows are the sums of their rows.
After a change order the schedule is the one carried through it (domain.payments):
what was paid or due stays as it was, and what remains adds up to the balance.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from decimal import Decimal

from documents.blocks import Align, Cell, Document, Heading, Para, Table, runs
from documents.common import Words
from documents.text import Cleaning, clean
from domain.lifecycle import fold
from domain.model import Contract, TaxKind
from domain.payment_text import due_words, item_label
from domain.payments import (
    Difference,
    ItemKind,
    Line,
    Plan,
    contract_schedule,
    effective_on,
    plan_for,
)
from domain.taxes import Breakdown, contract_total, total_of


def own_plan(contract: Contract, version: int = 1) -> Plan:
    """A version's own schedule, with nothing paid (a contract seen on its own)."""
    return plan_for({version: contract}, fold(version, []), version)


def clean_plan(plan: Plan) -> Plan:
    """The plan with its installment labels cleaned like every other user text in a document."""
    report = Cleaning()
    items = tuple(dataclasses.replace(i, label=clean(i.label, "label", report)) for i in plan.items)
    lines = tuple(dataclasses.replace(x, item=item) for x, item in zip(plan.lines, items, strict=True))
    return dataclasses.replace(plan, items=items, lines=lines)


def _money_header(w: Words, columns: Breakdown) -> list[str]:
    """`Base` and a header per tax line, or nothing when there are no taxes (one amount column)."""
    return [w("payments.base"), *_tax_header(w, columns)] if columns.lines else []


def _tax_header(w: Words, total: Breakdown) -> list[str]:
    return [
        w("payments.withheld" if t.kind is TaxKind.WITHHOLD else "payments.added", name=t.name,
          percent=w.percent(t.percent))
        for t in total.lines
    ]


def _money_cells(w: Words, parts: Breakdown, columns: Breakdown, *, bold: bool = False) -> list[Cell]:
    """Base, each tax line of `columns` (withholdings negative), and the sum to pay."""

    def say(amount: Decimal) -> str:
        return w.signed_money(amount) if amount < 0 else w.money(amount)

    if not columns.lines:
        return [Cell(say(parts.to_pay), bold=bold)]  # no taxes: base and sum to pay are one figure
    own = {(t.name, t.percent, t.kind): t.amount for t in parts.lines}
    cells = [Cell(say(parts.base), bold=bold)]
    for t in columns.lines:
        amount = own.get((t.name, t.percent, t.kind), Decimal(0))
        cells.append(Cell(say(-amount if t.kind is TaxKind.WITHHOLD else amount), bold=bold))
    cells.append(Cell(say(parts.to_pay), bold=bold))
    return cells


def _widths(first: Sequence[float], money_columns: int) -> tuple[tuple[float, ...], tuple[Align, ...]]:
    rest = 1 - sum(first)
    widths = (*first, *([rest / money_columns] * money_columns))
    left: list[Align] = ["left"] * len(first)
    right: list[Align] = ["right"] * money_columns
    return widths, (*left, *right)


def schedule_table(plan: Plan, contract: Contract, w: Words, lines: Sequence[Line] | None = None,
                   *, outstanding: bool = False, total_key: str = "payments.total") -> Table:
    """Payment, due, base, taxes and to pay (or what is outstanding of each), with a total row."""
    chosen = list(plan.lines if lines is None else lines)
    parts = [x.outstanding_breakdown if outstanding else x.item.breakdown for x in chosen]
    columns = total_of([*parts, plan.total], plan.taxes, plan.currency)
    total = total_of(parts, plan.taxes, plan.currency)
    last = w("payments.outstanding" if outstanding else "payments.to_pay" if columns.lines else "payments.amount")
    header = (w("payments.payment"), w("payments.due"), *_money_header(w, columns), last)
    rows: list[tuple[Cell, ...]] = [
        (Cell(item_label(x.item, w.lang), bold=True), Cell(due_words(x.item, contract, w.lang)),
         *_money_cells(w, part, columns))
        for x, part in zip(chosen, parts, strict=True)
    ]
    rows.append((Cell(w(total_key), bold=True), Cell(""), *_money_cells(w, total, columns, bold=True)))
    n = len(columns.lines) + 2 if columns.lines else 1
    widths, align = _widths((0.36, 0.40) if n == 1 else (0.22, 0.26) if n <= 4 else (0.18, 0.22), n)
    return Table(header, rows, widths, align)


def _tax_list(w: Words, items: Sequence[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    word = " y " if w.lang == "es" else " and "
    return ", ".join(items[:-1]) + word + items[-1]


def fee_total(contract: Contract, plan: Plan | None = None) -> Breakdown | None:
    """The fee with its taxes as the schedule adds it up (each payment rounded on its own), else as one amount."""
    plan = plan or own_plan(contract)
    return plan.total if plan.lines else contract_total(contract)


def tax_paragraphs(contract: Contract, w: Words, plan: Plan | None = None) -> list[Para]:
    """What taxes apply to the fee, in sentences, with the figures of the whole fee."""
    taxes = contract.taxes
    total = fee_total(contract, plan)
    out: list[Para] = []
    if taxes is None:
        return out
    article = "el " if w.lang == "es" else ""
    adds = [f"{article}{t.name} ({w.percent(t.percent)})" for t in taxes.lines if t.kind is TaxKind.ADD]
    withheld = [f"{article}{t.name} ({w.percent(t.percent)})" for t in taxes.lines if t.kind is TaxKind.WITHHOLD]
    if adds:
        key = "payments.taxes_included" if taxes.prices_include_tax else "payments.taxes_added"
        out.append(Para(runs(w(key, taxes=_tax_list(w, adds)))))
    if withheld:
        out.append(Para(runs(w("payments.taxes_withheld", taxes=_tax_list(w, withheld)))))
    if total is not None and taxes.lines:
        lines = [
            w("payments.tax_withheld_item" if t.kind is TaxKind.WITHHOLD else "payments.tax_added_item",
              name=t.name, percent=w.percent(t.percent), amount=w.money(t.amount))
            for t in total.lines
        ]
        out.append(Para(runs(w("payments.taxes_to_pay", to_pay=w.money(total.to_pay), base=w.money(total.base),
                                lines="".join(lines)))))
    if taxes.note and taxes.note.strip():
        out.append(Para(runs(taxes.note)))
    return out


def has_schedule(contract: Contract) -> bool:
    """Whether the agreement shows a schedule table (installments, or taxes to show per payment)."""
    payment = contract.payment
    return bool(contract_schedule(contract)) and (
        bool(payment and payment.installments) or bool(contract.taxes and contract.taxes.lines)
    )


def agreement_schedule(doc: Document, contract: Contract, plan: Plan | None, w: Words) -> None:
    """The agreement's schedule: every payment with its base, taxes and sum to pay; after a change, what remains."""
    plan = plan or own_plan(contract)
    if plan.change is not None:
        change_blocks(doc, plan, contract, w, heading=False)
        return
    if contract.total() is None:
        _shares_table(doc, contract, w)
        return
    if not has_schedule(contract):
        return
    taxed = bool(contract.taxes and contract.taxes.lines)
    doc.add(Para(runs(w("payments.schedule" if taxed else "payments.schedule_plain"))))
    doc.add(schedule_table(plan, contract, w))


def _shares_table(doc: Document, contract: Contract, w: Words) -> None:
    """A contract without a fee: each payment as its share of the fee and when it is due."""
    payment = contract.payment
    if payment is None or not payment.installments:
        return
    items = contract_schedule(contract, without_fee=True)
    label_clean = Cleaning()
    rows: list[tuple[Cell, ...]] = [
        (Cell(clean(item_label(i, w.lang), "label", label_clean), bold=True),
         Cell(w.percent(i.percent)) if i.percent is not None else Cell(""),
         Cell(due_words(i, contract, w.lang)))
        for i in items
    ]
    doc.add(Para(runs(w("payments.schedule_plain"))))
    header = (w("payments.payment"), w("payments.share"), w("payments.due"))
    doc.add(Table(header, rows, (0.36, 0.16, 0.48), ("left", "right", "left")))


def change_blocks(doc: Document, plan: Plan, contract: Contract, w: Words, *, heading: bool = True) -> None:
    """Totals before and after (with taxes), paid so far, the schedule of what remains, and that it adds up."""
    order = plan.change
    if order is None or plan.before is None:
        return
    if heading:
        doc.add(Heading(w("payments.heading")))
    on = effective_on(order)
    after = plan.total
    columns = total_of([plan.before, after], plan.taxes, plan.currency)
    header = (w("payments.concept"), *_money_header(w, columns),
              w("payments.to_pay" if columns.lines else "payments.amount"))
    paid = plan.paid_breakdown
    rows: list[tuple[Cell, ...]] = [
        (Cell(w("payments.total_before"), bold=True), *_money_cells(w, plan.before, columns)),
        (Cell(w("payments.total_after"), bold=True), *_money_cells(w, after, columns)),
        (Cell(w("payments.paid", date=w.date(on)), bold=True), *_money_cells(w, paid, columns)),
        (Cell(w("payments.remaining"), bold=True), *_money_cells(w, after - paid, columns, bold=True)),
    ]
    widths, align = _widths((0.3,), len(columns.lines) + 2 if columns.lines else 1)
    doc.add(Table(header, rows, widths, align))
    deposit = any(x.item.kind is ItemKind.DEPOSIT for x in plan.lines)
    key = "payments.after_change_co" if heading else "payments.after_change"
    doc.add(Para(runs(w(key, new=order.version, old=order.base_version, number=order.number,
                        deposit=w("payments.deposit_kept") if deposit else "", date=w.date(on),
                        paid=w.money(plan.paid)))))
    doc.add(Para(runs(_difference_sentence(plan, contract, w))))
    remaining = plan.remaining
    if remaining:
        doc.add(Para(runs(w("payments.remaining_intro"))))
        doc.add(schedule_table(plan, contract, w, remaining, outstanding=True, total_key="payments.remaining"))
    credit = next((x for x in plan.lines if x.item.kind is ItemKind.CREDIT and x.item.change == order.number), None)
    if credit is not None:
        doc.add(Para(runs(w("payments.credit", amount=w.money(-credit.item.breakdown.to_pay), number=order.number))))
    doc.add(Para(runs(w("payments.adds_up", balance=w.money(plan.balance), after=w.money(after.to_pay),
                        paid=w.money(plan.paid)))))


def _difference_sentence(plan: Plan, contract: Contract, w: Words) -> str:
    order = plan.change
    assert order is not None and plan.before is not None
    diff = plan.total.amount - plan.before.amount
    if diff == 0:
        return w("payments.diff_none")
    amount = w.signed_money(diff)
    own = next((x for x in plan.lines if x.item.key == order.number), None)
    if own is not None and own.item.kind is ItemKind.DIFFERENCE:
        return w("payments.diff_on_signing", amount=amount, number=order.number)
    adjusted = [x for x in plan.lines if x.item.change == order.number and x.item.kind is ItemKind.INSTALLMENT]
    if order.difference == Difference.SPREAD and len(adjusted) > 1:
        return w("payments.diff_spread", amount=amount)
    label = item_label(adjusted[0].item, w.lang) if adjusted else ""
    return w("payments.diff_next" if diff > 0 else "payments.diff_next_less", amount=amount, label=label)



def change_payments(doc: Document, contract: Contract, previous: Contract, plan: Plan | None, w: Words) -> None:
    """The change order's payments: with the project's records, the whole account; without, the totals with taxes."""
    if plan is not None and plan.change is not None:
        change_blocks(doc, plan, contract, w)
        return
    before, after = fee_total(previous), fee_total(contract)
    if before is None or after is None or not (contract.taxes and contract.taxes.lines):
        return
    doc.add(Heading(w("payments.heading")))
    columns = total_of([before, after], contract.taxes, contract.currency)
    header = (w("payments.concept"), w("payments.base"), *_tax_header(w, columns), w("payments.to_pay"))
    rows: list[tuple[Cell, ...]] = [
        (Cell(w("payments.total_before"), bold=True), *_money_cells(w, before, columns)),
        (Cell(w("payments.total_after"), bold=True), *_money_cells(w, after, columns)),
        (Cell(w("payments.difference"), bold=True), *_money_cells(w, after - before, columns, bold=True)),
    ]
    widths, align = _widths((0.3,), len(columns.lines) + 2)
    doc.add(Table(header, rows, widths, align))
