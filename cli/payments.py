"""Subcommands for money received: paid (record a payment) and payments (what is owed and paid)."""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from typing import Any

from cli.common import lang_of, open_repo
from domain import formatting
from domain.payment_text import due_words, item_label, tax_cells, tax_headers
from domain.payments import ItemKind, Scheduled
from domain.timeline import payment_name
from storage.payments import parse_amount_option, payment_plan, record_payment

_SAY = {
    "es": {
        "header": "pago\tconcepto\tvencimiento\tbase\t{taxes}a pagar\tpagado\tpendiente\tvencido",
        "overdue": "vencido",
        "total": "Total",
        "paid": "Pagado hasta ahora: {amount}",
        "balance": "Pendiente de pago: {amount}; los pagos pendientes de arriba suman exactamente esa cantidad",
        "recorded": "{what}: {amount} recibido el {date}; queda pendiente {left}",
        "none": "El contrato no tiene importe: no hay pagos previstos.",
        "adjusted": "{label} ({amount} por la {number})",
    },
    "en": {
        "header": "payment\tdescription\tdue\tbase\t{taxes}to pay\tpaid\toutstanding\toverdue",
        "overdue": "overdue",
        "total": "Total",
        "paid": "Paid so far: {amount}",
        "balance": "Balance: {amount}; the outstanding payments above add up to exactly this",
        "recorded": "{what}: {amount} received on {date}; {left} still outstanding",
        "none": "The contract has no fee: no payments are scheduled.",
        "adjusted": "{label} ({amount} by {number})",
    },
}


def _initial(text: str) -> str:
    """`anticipo` → `Anticipo`; `CO-1` stays as it is."""
    return text[:1].upper() + text[1:]


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-30") from None


def register(sub: Any) -> None:
    """Add this module's subcommands."""
    p = sub.add_parser(
        "paid",
        help="record money received against a scheduled payment (deposit, an installment's number, or CO-N)",
        description="Record money received. The amount is what the client paid: the base plus the taxes "
        "added, minus any withholding. Without --amount, what is still owed for that payment is recorded.",
    )
    p.add_argument("project", metavar="ID")
    p.add_argument("what", metavar="WHAT", help="deposit, an installment's number (1, 2 …) or a change order's payment (CO-1)")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="when it arrived (default: today)")
    p.add_argument("--amount", metavar="X", help="how much arrived, such as 1144.80 (default: all that is owed)")
    p.set_defaults(handler=cmd_paid)

    p = sub.add_parser(
        "payments",
        help="each scheduled payment: base, taxes, amount to pay, due, paid, outstanding, overdue",
    )
    p.add_argument("project", metavar="ID")
    p.add_argument("--version", type=int, metavar="N", dest="number", help="version (default: the one in force)")
    p.set_defaults(handler=cmd_payments)


def _described(item: Scheduled, lang: str, currency: str) -> str:
    """The payment's name, and how much a change order added to it or took off."""
    label = item_label(item, lang)
    if item.change and item.adjustment and item.kind is ItemKind.INSTALLMENT:
        amount = formatting.signed_money(item.adjustment, currency, lang)
        return _SAY[lang]["adjusted"].format(label=label, amount=amount, number=item.change)
    return label


def cmd_paid(args: argparse.Namespace) -> int:
    """Record a payment received."""
    amount = parse_amount_option(args.amount) if args.amount is not None else None
    with open_repo(args, write=True) as repo:
        lang = lang_of(repo, args.project)
        record = record_payment(repo, args.project, args.what, on=args.date, amount=amount)
        plan = payment_plan(repo, args.project)
    key = record.data["what"]
    line = plan.line(key)
    left = line.outstanding if line is not None else Decimal(0)

    def money(value: Decimal) -> str:
        return formatting.money(value, plan.currency, lang)

    print(
        _SAY[lang]["recorded"].format(
            what=_initial(payment_name(key, lang)),
            amount=money(Decimal(record.data["amount"])),
            date=formatting.date(dt.date.fromisoformat(record.data["date"]), lang),
            left=money(left),
        )
    )
    return 0


def cmd_payments(args: argparse.Namespace) -> int:
    """Print the payment schedule with what was paid and what is owed."""
    repo = open_repo(args, write=False)
    lang = lang_of(repo, args.project)
    contract = repo.version(args.project, args.number).contract
    plan = payment_plan(repo, args.project, args.number)
    say = _SAY[lang]
    if not plan.lines:
        print(say["none"])
        return 0

    def money(value: Any) -> str:
        return formatting.money(value, plan.currency, lang)

    total = plan.total
    headers = tax_headers(total, lang)
    print(say["header"].format(taxes="".join(h + "\t" for h in headers)))
    today = dt.date.today()
    for line in plan.lines:
        item = line.item
        print("\t".join([
            item.key,
            _described(item, lang, plan.currency),
            due_words(item, contract, lang, line.due_on if not isinstance(item.due, dt.date) else None),
            money(item.breakdown.base),
            *tax_cells(item.breakdown, plan.currency, lang, total),
            money(item.breakdown.to_pay),
            money(line.paid),
            money(line.outstanding),
            say["overdue"] if line.overdue(today, plan.terms_days) else "",
        ]))
    print("\t".join([say["total"], "", "", money(total.base), *tax_cells(total, plan.currency, lang),
                     money(total.to_pay), money(plan.paid), money(plan.balance), ""]))
    print(say["paid"].format(amount=money(plan.paid)))
    print(say["balance"].format(amount=money(plan.balance)))
    return 0
