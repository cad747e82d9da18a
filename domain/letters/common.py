"""What every kind of letter needs: its input, its errors, and figures written in the contract's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from domain import formatting
from domain.letters import days, money
from domain.letters.facts import Kind, LetterFacts
from domain.lifecycle import PaymentReceived, ProjectState
from domain.model import Contract, TaxKind
from domain.taxes import Breakdown


@dataclass(frozen=True)
class LetterInput:
    """What a letter is written from: the version in force, the records, and what the user typed."""

    kind: Kind
    contract: Contract  # the version in force
    version: int
    state: ProjectState
    date: dt.date  # the letter's date; figures such as interest are worked out to it
    #: Every version's contract by number (the schedule carries the signed one through change
    #: orders); None: only the version in force.
    contracts: Mapping[int, Contract] | None = None
    request: str = ""  # the client's request or message, in the user's words
    deliverable: str | None = None
    hours: Decimal | None = None  # hours a request would take (priced at the hourly rate)
    price: Decimal | None = None  # a price the user gives instead
    extra_days: int | None = None  # days a requested change would move the dates by
    by_client: bool = False  # termination: the client ends the contract (the kill fee applies)

    @property
    def versions(self) -> Mapping[int, Contract]:
        """Every version's contract by number, the one in force included."""
        return {**(self.contracts or {}), self.version: self.contract}

    @property
    def signed(self) -> Contract | None:
        """The signed version, when a change order has since replaced it."""
        number = self.state.signed_version
        if number is None or number == self.version:
            return None
        return self.versions.get(number)

    @property
    def payments(self) -> Sequence[PaymentReceived]:
        """The payments received, from the payment records."""
        return self.state.payments


_ERRORS = {
    "request_required": {
        "es": "una carta «{kind}» responde a una petición: escriba cuál con --request",
        "en": "an “{kind}” letter answers a request: say what it is with --request",
    },
    "nothing_overdue": {
        "es": "ningún pago está vencido e impagado a {date} según los pagos registrados ({listed})",
        "en": "no payment is overdue and unpaid on {date} according to the payments recorded ({listed})",
    },
    "no_fee": {
        "es": "el contrato no fija ningún precio: no hay pagos que reclamar",
        "en": "the contract sets no fee: there is no payment to ask for",
    },
    "no_deliverable": {
        "es": "--deliverable: {given} no es un entregable de este contrato (son: {listed})",
        "en": "--deliverable: {given} is not a deliverable of this contract (they are: {listed})",
    },
    "deliverable_required": {
        "es": "diga de qué entregable se trata con --deliverable (son: {listed})",
        "en": "say which deliverable this is about with --deliverable (they are: {listed})",
    },
    "no_rounds_clause": {
        "es": "el contrato no dice cuántas rondas de revisión incluye el precio",
        "en": "the contract does not say how many revision rounds the fee includes",
    },
    "no_late_input": {
        "es": "ningún material del Cliente tiene fecha anterior al {date}: no hay nada que llegue tarde",
        "en": "no client input is due before {date}: nothing is late",
    },
    "no_communication": {
        "es": "el contrato no fija horarios, canales ni qué se considera urgente",
        "en": "the contract sets no hours, channels or definition of urgent",
    },
    "not_signed": {
        "es": "el contrato aún no está firmado: no hay nada que resolver",
        "en": "the contract is not signed yet: there is nothing to end",
    },
    "bad_number": {
        "es": "{field}: debe ser un número mayor que cero",
        "en": "{field}: must be a number greater than zero",
    },
}


class LetterError(ValueError):
    """A letter that cannot be written from these facts; the message names what is missing."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str) -> str:
        """The refusal in `lang` (es or en)."""
        table = _ERRORS[self.code]
        return (table.get(lang) or table["en"]).format(**self.params)


class Fmt:
    """Figures written in one contract's language and currency."""

    def __init__(self, contract: Contract) -> None:
        self.lang = contract.language.value
        self.currency = contract.currency

    def money(self, amount: Decimal) -> str:
        return formatting.money(amount, self.currency, self.lang)

    def date(self, value: dt.date) -> str:
        return formatting.date(value, self.lang)

    def percent(self, value: Decimal) -> str:
        return formatting.percent(value, self.lang)

    def number(self, value: int | Decimal) -> str:
        return formatting.number(value, self.lang)

    def join(self, items: Sequence[str]) -> str:
        """`a, b y c` / `a, b and c`: as the agreement lists channels."""
        items = [i for i in items if i.strip()]
        if len(items) <= 1:
            return "".join(items)
        joiner = " y " if self.lang == "es" else " and "
        return ", ".join(items[:-1]) + joiner + items[-1]

    def breakdown(self, amount: Breakdown) -> str:
        """`2.000,00 € + IVA 21 % 420,00 € − IRPF 15 % 300,00 € = 2.120,00 €`; plain money without taxes."""
        if not amount.lines:
            return self.money(amount.to_pay)
        parts = [self.money(amount.base)]
        for line in amount.lines:
            sign = "+" if line.kind is TaxKind.ADD else "−"
            parts.append(f"{sign} {line.name} {self.percent(line.percent)} {self.money(abs(line.amount))}")
        return " ".join(parts) + f" = {self.money(amount.to_pay)}"


def moved(contract: Contract, out: LetterFacts, f: Fmt, shift: int, given: LetterInput, *, since: dt.date | None = None) -> list[str]:
    """Deliverables not yet delivered, each with its date moved by `shift` days (as the contract counts days)."""
    lines = []
    in_business = days.business(contract)
    for d in contract.deliverables:
        if d.due is None or money.delivered(given.state, d.id) is not None:
            continue
        if given.deliverable and d.id != given.deliverable:
            continue
        if since is not None and d.due < since:
            continue
        new = days.add(d.due, shift, in_business)
        out.dates[f"moved:{d.id}"] = new
        lines.append(f"{d.id} · {d.title}: {f.date(d.due)} → {f.date(new)}")
    return lines


def check_deliverable(given: LetterInput) -> None:
    """Refuse a --deliverable the contract does not have, naming those it has."""
    if given.deliverable and given.contract.deliverable(given.deliverable) is None:
        listed = ", ".join(d.id for d in given.contract.deliverables)
        raise LetterError("no_deliverable", given=given.deliverable, listed=listed)
