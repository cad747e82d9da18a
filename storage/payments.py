"""Payments received: kept as records of the project (like statuses), never in a contract version.

Uses only the repository's public API (versions, state, append_record).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from domain import formatting
from domain.lifecycle import RecordKind, change_number
from domain.model import Contract
from domain.payments import DEPOSIT, Plan, plan_for
from domain.taxes import quantum
from storage.errors import StorageError
from storage.repository import Record, Repository

_MESSAGES: dict[str, dict[str, str]] = {
    "no_payment": {
        "en": "project {id} has no scheduled payment {what} (its payments: {known})",
        "es": "el proyecto {id} no tiene ningún pago previsto «{what}» (sus pagos: {known})",
    },
    "no_schedule": {
        "en": "project {id} has no fee, so no payment can be recorded",
        "es": "el proyecto {id} no tiene importe, así que no se puede registrar ningún pago",
    },
    "already_paid": {
        "en": "payment {what} of project {id} is already paid in full ({paid})",
        "es": "el pago «{what}» del proyecto {id} ya está pagado por completo ({paid})",
    },
    "amount": {
        "en": "--amount must be an amount such as 1144.80, not {given}",
        "es": "el campo «--amount» debe contener un importe como 1144.80, no {given}",
    },
    "amount_positive": {
        "en": "--amount must be more than zero",
        "es": "el campo «--amount» debe ser mayor que cero",
    },
    "amount_places": {
        "en": "--amount has more decimal places than {currency} has ({given})",
        "es": "el campo «--amount» tiene más decimales de los que admite {currency} ({given})",
    },
    "amount_over": {
        "en": "--amount {given} is more than the {outstanding} still owed for {what}",
        "es": "el importe de «--amount» ({given}) supera los {outstanding} que quedan por pagar de «{what}»",
    },
    "future": {
        "en": "--date {date} is in the future: record a payment once it has arrived",
        "es": "la fecha de «--date» ({date}) es futura: registre el pago cuando se haya recibido",
    },
}


class PaymentError(StorageError):
    """A payment that cannot be recorded, said in the project's language."""

    def message(self, lang: str) -> str:
        """The refusal in words, in `lang` (es or en)."""
        table = _MESSAGES[self.code]
        params = {k: formatting.date(v, lang) if isinstance(v, dt.date) else v for k, v in self.params.items()}
        return (table.get(lang) or table["en"]).format(**params)


def contracts_of(repo: Repository, project_id: str) -> dict[int, Contract]:
    """Every version's contract by number."""
    return {v.number: v.contract for v in repo.versions(project_id)}


def payment_plan(repo: Repository, project_id: str, version: int | None = None) -> Plan:
    """The payments of `version` (the version in force when None) with what was paid."""
    state = repo.state(project_id)
    return plan_for(contracts_of(repo, project_id), state, state.in_force if version is None else version)


def document_plan(repo: Repository, project_id: str, version: int) -> Plan:
    """The payments a document of `version` shows: paid when its change order was decided, so a reprint reads the same."""
    return plan_for(contracts_of(repo, project_id), repo.state(project_id), version, as_recorded=True)


def payment_key(text: str) -> str:
    """`deposit`, an installment's number (`2`, `#2`), or a change order's own payment (`co1` → `CO-1`)."""
    word = text.strip()
    if word.casefold() in (DEPOSIT, "anticipo"):
        return DEPOSIT
    if re.fullmatch(r"#?\s*\d+", word):
        return str(int(word.lstrip("#").strip()))
    return change_number(word)


def parse_amount_option(text: str) -> Decimal:
    """`--amount` as typed on a command line: digits with a point, `1144.80`."""
    try:
        if not re.fullmatch(r"\s*\d+(\.\d+)?\s*", text):
            raise InvalidOperation
        return Decimal(text.strip())
    except InvalidOperation:
        raise PaymentError("amount", given=text) from None


def record_payment(
    repo: Repository,
    project_id: str,
    what: str,
    *,
    on: dt.date | None = None,
    amount: Decimal | None = None,
    note: str = "",
) -> Record:
    """Record money received against one scheduled payment of the version in force.

    Without `amount`, what is still owed for it (with its taxes) is recorded.
    """
    with repo.writing():
        return _record_payment(repo, project_id, what, on=on, amount=amount, note=note)


def _record_payment(
    repo: Repository, project_id: str, what: str, *, on: dt.date | None, amount: Decimal | None, note: str
) -> Record:
    day = on or dt.date.today()
    if day > dt.date.today():
        raise PaymentError("future", date=day)
    plan = payment_plan(repo, project_id)
    if not plan.lines:
        raise PaymentError("no_schedule", id=project_id)
    key = payment_key(what)
    line = plan.line(key)
    if line is None:
        raise PaymentError("no_payment", id=project_id, what=what.strip(), known=", ".join(x.item.key for x in plan.lines))
    lang = repo.summary(project_id).language

    def money(value: Decimal) -> str:
        return formatting.money(value, plan.currency, lang)

    if line.outstanding <= 0:
        raise PaymentError("already_paid", id=project_id, what=line.item.key, paid=money(line.paid))
    if amount is None:
        amount = line.outstanding
    if amount <= 0:
        raise PaymentError("amount_positive")
    if amount != amount.quantize(quantum(plan.currency)):
        raise PaymentError("amount_places", currency=plan.currency, given=format(amount, "f"))
    if amount > line.outstanding:
        raise PaymentError(
            "amount_over", given=money(amount), outstanding=money(line.outstanding), what=line.item.key
        )
    data = {
        "what": line.item.key,
        "date": day.isoformat(),
        "amount": format(amount, "f"),
        "currency": plan.currency,
        "version": plan.version,
    }
    if note.strip():
        data["note"] = note
    return repo.append_record(project_id, RecordKind.PAYMENT, data)
