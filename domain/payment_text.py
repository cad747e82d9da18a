"""Scheduled payments in words, in Spanish and English: what each one is, and when it is due."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from domain import formatting
from domain.model import Contract, TaxKind, Trigger
from domain.payments import ItemKind, Scheduled
from domain.taxes import Breakdown

_WORDS: dict[str, dict[str, str]] = {
    "deposit": {"es": "Anticipo", "en": "Deposit"},
    "installment": {"es": "Pago parcial {n}", "en": "Installment {n}"},
    "difference": {"es": "Diferencia de la {number}", "en": "Difference of {number}"},
    "credit": {"es": "Abono al Cliente por la {number}", "en": "Credit to the Client for {number}"},
    "on_signing": {"es": "a la firma", "en": "on signing"},
    "on_signing_change": {"es": "a la firma de la {number}", "en": "on signing {number}"},
    "on_delivery": {"es": "a la entrega de {what}", "en": "on delivery of {what}"},
    "on_acceptance": {"es": "a la aceptación de {what}", "en": "on acceptance of {what}"},
    "on_delivery_any": {"es": "a la entrega", "en": "on delivery"},
    "on_acceptance_any": {"es": "a la aceptación", "en": "on acceptance"},
    "last": {"es": "{what} (el último entregable)", "en": "{what} (the last deliverable)"},
    "open": {"es": "sin fecha fijada", "en": "no date set"},
    "base": {"es": "Base", "en": "Base"},
    "to_pay": {"es": "A pagar", "en": "To pay"},
    "withheld": {"es": "{name} ({percent}, retención)", "en": "{name} ({percent}, withheld)"},
    "added": {"es": "{name} ({percent})", "en": "{name} ({percent})"},
}


def word(key: str, lang: str, **params: object) -> str:
    """One of the texts above, filled."""
    table = _WORDS[key]
    return (table.get(lang) or table["en"]).format(**params)


def item_label(item: Scheduled, lang: str) -> str:
    """`Anticipo`, the installment's own label, `Diferencia de la CO-1` …"""
    if item.kind is ItemKind.DEPOSIT:
        return word("deposit", lang)
    if item.kind is ItemKind.DIFFERENCE:
        return word("difference", lang, number=item.key)
    if item.kind is ItemKind.CREDIT:
        return word("credit", lang, number=item.key)
    return item.label or word("installment", lang, n=item.key)


def deliverable_words(contract: Contract, ident: str, implicit: bool, lang: str) -> str:
    """`C · Formulario de encargos`, followed by "(the last deliverable)" when the contract named none."""
    found = contract.deliverable(ident)
    named = f"{ident} · {found.title}" if found is not None else ident
    return word("last", lang, what=named) if implicit else named


def due_words(item: Scheduled, contract: Contract, lang: str, due_on: dt.date | None = None) -> str:
    """When a payment is due: a date, on signing, on delivery or acceptance of a named deliverable."""
    if isinstance(item.due, dt.date):
        return formatting.date(item.due, lang)
    if item.kind in (ItemKind.DIFFERENCE, ItemKind.CREDIT):
        text = word("on_signing_change", lang, number=item.key)
    elif item.due is Trigger.ON_SIGNING:
        text = word("on_signing", lang)
    elif item.due in (Trigger.ON_DELIVERY, Trigger.ON_ACCEPTANCE):
        key = "on_delivery" if item.due is Trigger.ON_DELIVERY else "on_acceptance"
        if item.deliverable is None:
            text = word(f"{key}_any", lang)
        else:
            text = word(key, lang, what=deliverable_words(contract, item.deliverable, item.implicit_deliverable, lang))
    else:
        text = word("open", lang)
    return f"{text} ({formatting.date(due_on, lang)})" if due_on is not None else text


def tax_headers(parts: Breakdown, lang: str) -> list[str]:
    """A column name for each tax line: `IVA (21 %)`, `IRPF (15 %, retención)`."""
    return [
        word("withheld" if t.kind is TaxKind.WITHHOLD else "added", lang, name=t.name,
             percent=formatting.percent(t.percent, lang))
        for t in parts.lines
    ]


def tax_cells(parts: Breakdown, currency: str, lang: str, columns: Breakdown | None = None) -> list[str]:
    """Each tax line's money, withholdings with a minus sign (they are taken off what is paid).

    With `columns` (a schedule's total), one cell per tax line of the total, zero where
    `parts` lacks that tax, so every row lines up under the same headers.
    """
    own = {(t.name, t.percent, t.kind): t.amount for t in parts.lines}
    out = []
    for t in (columns or parts).lines:
        amount = own.get((t.name, t.percent, t.kind), Decimal(0))
        if t.kind is TaxKind.WITHHOLD:
            amount = -amount
        out.append(formatting.signed_money(amount, currency, lang) if amount < 0 else
                   formatting.money(amount, currency, lang))
    return out
