"""A payment plan (domain.payments.Plan) in the UI language, for the Payments tab and the History view.

One row per scheduled payment (what it is, when it is due, the sum to pay with its taxes,
what was paid, what is still owed, whether it is overdue), the totals, and what a change
order did to the money: the total before and after with taxes, what was paid so far, the
schedule of what remains, and that it adds up to the balance. Plain text: callers that
show HTML escape it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from domain.model import Contract
    from domain.payments import Line, Plan
    from domain.taxes import Breakdown



@dataclass(frozen=True)
class Row:
    """One scheduled payment as the app shows it."""

    key: str
    label: str
    due: str
    to_pay: str
    paid: str
    outstanding: str
    overdue: bool
    #: The sum to pay as base, each tax line and total (for a tooltip).
    taxes: str
    owed: Decimal


def money(value: Decimal, currency: str, lang: str) -> str:
    """`1.080,00 €`, `$1,080.00`."""
    from domain import formatting

    return formatting.money(value, currency, lang)


def breakdown_text(parts: Breakdown, currency: str, lang: str) -> str:
    """`Base 1.000,00 € + IVA (21 %) 210,00 € − IRPF (15 %) 150,00 € = 1.060,00 €`; the amount alone without taxes."""
    from domain import formatting
    from domain.model import TaxKind

    if not parts.lines:
        return money(parts.to_pay, currency, lang)
    text = QCoreApplication.translate("PaymentSchedule", "Base {amount}").format(amount=money(parts.base, currency, lang))
    for line in parts.lines:
        sign = "−" if line.kind is TaxKind.WITHHOLD else "+"
        text += f" {sign} {line.name} ({formatting.percent(line.percent, lang)}) {money(line.amount, currency, lang)}"
    return text + " = " + money(parts.to_pay, currency, lang)


def rows(plan: Plan, contract: Contract, lang: str, today: dt.date | None = None) -> list[Row]:
    """Every scheduled payment of `plan`, in order."""
    from domain.payment_text import due_words

    day = today or dt.date.today()
    currency = plan.currency
    out = []
    for line in plan.lines:
        item = line.item
        label = _label(line, currency, lang)
        due = due_words(item, contract, lang, line.due_on if not isinstance(item.due, dt.date) else None)
        out.append(Row(
            key=item.key, label=label, due=due,
            to_pay=money(item.breakdown.to_pay, currency, lang),
            paid=money(line.paid, currency, lang),
            outstanding=money(line.outstanding, currency, lang),
            overdue=line.overdue(day, plan.terms_days),
            taxes=breakdown_text(item.breakdown, currency, lang),
            owed=line.outstanding,
        ))
    return out


def _label(line: Line, currency: str, lang: str) -> str:
    from domain import formatting
    from domain.payment_text import item_label
    from domain.payments import ItemKind

    item = line.item
    label = item_label(item, lang)
    if item.change and item.adjustment and item.kind is ItemKind.INSTALLMENT:
        label = QCoreApplication.translate("PaymentSchedule", "{label} ({amount} by {number})").format(
            label=label, amount=formatting.signed_money(item.adjustment, currency, lang), number=item.change)
    return label


def totals(plan: Plan, lang: str) -> list[str]:
    """The total to pay with its taxes, what was paid so far, and the balance."""
    currency = plan.currency
    return [
        QCoreApplication.translate("PaymentSchedule", "Total to pay: {amount}").format(amount=breakdown_text(plan.total, currency, lang)),
        QCoreApplication.translate("PaymentSchedule", "Paid so far: {amount}").format(amount=money(plan.paid, currency, lang)),
        QCoreApplication.translate("PaymentSchedule", "Still to pay: {amount}").format(amount=money(plan.balance, currency, lang)),
    ]


def change_lines(plan: Plan, contract: Contract, lang: str) -> list[str]:
    """What the change order that made `plan` does to the money, one statement a line."""
    from domain.payment_text import due_words

    currency = plan.currency
    order = plan.change
    number = order.number if order is not None else ""
    out = []
    if plan.before is not None:
        out.append(QCoreApplication.translate("PaymentSchedule", "Total before {number}: {amount}").format(
            number=number, amount=breakdown_text(plan.before, currency, lang)))
    out.append(QCoreApplication.translate("PaymentSchedule", "Total after {number}: {amount}").format(
        number=number, amount=breakdown_text(plan.total, currency, lang)))
    out.append(QCoreApplication.translate("PaymentSchedule", "Paid so far: {amount}").format(amount=money(plan.paid, currency, lang)))
    remaining = plan.remaining
    if remaining:
        out.append(QCoreApplication.translate("PaymentSchedule", "What remains to be paid:"))
        for line in remaining:
            item = line.item
            due = due_words(item, contract, lang, line.due_on if not isinstance(item.due, dt.date) else None)
            out.append("• " + QCoreApplication.translate("PaymentSchedule", "{label}: {amount}, {due}").format(
                label=_label(line, currency, lang), amount=money(line.outstanding, currency, lang), due=due))
    owed = sum((line.outstanding for line in remaining), Decimal(0))
    if owed == plan.balance:
        out.append(QCoreApplication.translate("PaymentSchedule", "These payments add up to the balance: {total} to pay, less {paid} paid, is {balance}.").format(
            total=money(plan.total.to_pay, currency, lang), paid=money(plan.paid, currency, lang),
            balance=money(plan.balance, currency, lang)))
    else:  # never expected: said rather than hidden
        out.append(QCoreApplication.translate("PaymentSchedule", "These payments add up to {owed}, not to the balance of {balance}.").format(
            owed=money(owed, currency, lang), balance=money(plan.balance, currency, lang)))
    if order is not None and order.difference:
        out.append(difference_words(order.difference))
    return out


def difference_words(choice: str) -> str:
    """How a change order's difference in price is scheduled, in words."""
    return {
        "next-installment": QCoreApplication.translate("PaymentSchedule", "The difference in price goes with the next payment not yet due."),
        "on-signing": QCoreApplication.translate("PaymentSchedule", "The difference in price is due on signing the change order."),
        "spread": QCoreApplication.translate("PaymentSchedule", "The difference in price is spread over every payment not yet due."),
    }.get(choice, choice)
