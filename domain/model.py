"""The contract model: one pydantic class per part of the interchange format."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, localcontext
from enum import StrEnum
from typing import Annotated, Any

from babel.numbers import get_currency_precision
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    PlainSerializer,
    PrivateAttr,
    StrictBool,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from domain.about import FORMAT_ID, FORMAT_IDS
from domain.emails import Email
from domain.fields import (
    STORED,
    Count,
    Currency,
    Date,
    Money,
    Percent,
    RequiredText,
    Text,
    to_date,
)
from domain.ids import lacks_id, number_new

__all__ = ["STORED", "Contract", "Count", "Currency", "Date", "Money", "Percent", "RequiredText", "Text", "share"]



class Language(StrEnum):
    """Languages the documents can be written in."""

    ES = "es"
    EN = "en"


class PartyKind(StrEnum):
    """Which side of the contract a person belongs to."""

    PROVIDER = "provider"
    CLIENT = "client"


class Trigger(StrEnum):
    """Events that make an installment due, when it has no fixed date."""

    ON_SIGNING = "on_signing"
    ON_DELIVERY = "on_delivery"
    ON_ACCEPTANCE = "on_acceptance"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class Party(_Model):
    """One side of the contract."""

    name: RequiredText
    representative: Text | None = None
    tax_id: Text | None = None
    email: Email | None = None
    phone: Text | None = None
    address: Text | None = None


class Role(_Model):
    """A person, the side they are on, and what they answer for."""

    party: PartyKind
    person: Text | None = None
    role: RequiredText
    responsibilities: list[Text] = Field(default_factory=list)


class ClientInput(_Model):
    """Something the client must hand over before work can go on."""

    title: RequiredText
    due: Date | None = None


class Deliverable(_Model):
    """One line of the scope checklist."""

    id: RequiredText
    title: RequiredText
    description: Text | None = None
    acceptance: Text | None = None
    due: Date | None = None
    price: Money | None = None


def _installment_due(value: Any) -> dt.date | Trigger:
    if isinstance(value, str) and value in Trigger._value2member_map_:
        return Trigger(value)
    if isinstance(value, Trigger):
        return value
    try:
        return to_date(value)
    except PydanticCustomError:
        raise PydanticCustomError(
            "pacta.installment_due",
            "must be a date like 2026-11-30 or on_signing, on_delivery, on_acceptance",
        ) from None


def _serialize_due(value: dt.date | Trigger) -> str:
    return value.value if isinstance(value, Trigger) else value.isoformat()


InstallmentDue = Annotated[
    dt.date | Trigger,
    BeforeValidator(_installment_due),
    PlainSerializer(_serialize_due, return_type=str),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date"},
                {"enum": ["on_signing", "on_delivery", "on_acceptance"]},
            ]
        }
    ),
]


class Installment(_Model):
    """A share of the fee and what makes it due."""

    label: RequiredText
    percent: Percent
    due: InstallmentDue | None = None
    deliverable: Text | None = None


class Payment(_Model):
    """The fee, the deposit, the installments and the terms."""

    total: Money | None = None
    deposit_percent: Percent | None = None
    work_starts_after_deposit: StrictBool | None = None
    installments: list[Installment] = Field(default_factory=list)
    payment_terms_days: Count | None = None
    late_interest_percent: Percent | None = None


class Revisions(_Model):
    """Revision rounds included in the price, and what another one costs."""

    rounds_included: Count | None = None
    extra_round_price: Money | None = None


class Communication(_Model):
    """When and how the parties talk, and what counts as urgent."""

    channels: list[Text] = Field(default_factory=list)
    working_hours: Text | None = None
    response_time_hours: Count | None = None
    urgent_definition: Text | None = None
    urgent_surcharge_percent: Percent | None = None
    feedback_days: Count | None = None


class Changes(_Model):
    """How a change is asked for, priced and approved."""

    process: Text | None = None
    hourly_rate: Money | None = None


class Termination(_Model):
    """How either side can end the contract, and what is owed then."""

    notice_days: Count | None = None
    kill_fee_percent: Percent | None = None
    pay_for_work_done: StrictBool | None = None
    deposit_refundable: StrictBool | None = None
    work_ownership: Text | None = None


class Law(_Model):
    """Which law governs the contract and which courts hear a dispute."""

    governing_law: Text | None = None
    courts: Text | None = None


class TaxKind(StrEnum):
    """How a tax line acts on what the client pays."""

    ADD = "add"  # added on top of the base (IVA, sales tax)
    WITHHOLD = "withhold"  # kept back by the client and paid to the tax office (IRPF)


class TaxLine(_Model):
    """One tax on every amount the client pays."""

    name: RequiredText
    percent: Percent
    kind: TaxKind


class Taxes(_Model):
    """The taxes every amount is shown with: base, each line, and the sum to pay."""

    prices_include_tax: StrictBool = False
    lines: list[TaxLine] = Field(default_factory=list)
    note: Text | None = None


class DayBasis(StrEnum):
    """What every count of days in the contract means."""

    CALENDAR = "calendar"
    BUSINESS = "business"


class Expenses(_Model):
    """Whether expenses are paid back, and above what they need approval first."""

    reimbursable: StrictBool | None = None
    approval_over: Money | None = None


class Right(StrEnum):
    """Modes of exploitation a transfer of rights can name (LPI art. 17)."""

    REPRODUCTION = "reproduction"
    DISTRIBUTION = "distribution"
    PUBLIC_COMMUNICATION = "public_communication"
    TRANSFORMATION = "transformation"


class Ownership(_Model):
    """The rights in the work the client gets, where, for how long, and when."""

    rights: list[Right] = Field(default_factory=list)
    territory: Text | None = None
    years: Count | None = None
    exclusive: StrictBool | None = None
    on_full_payment: StrictBool | None = None
    portfolio_use: StrictBool | None = None


def _format(value: Any) -> str:
    if value in FORMAT_IDS:
        # Every format Pacta reads is held as the one it writes (stored versions keep their
        # own bytes, and with them their fingerprints: this never rewrites what is stored).
        return FORMAT_ID
    raise PydanticCustomError("pacta.format", "must be one of the formats Pacta reads")


FormatId = Annotated[
    str, BeforeValidator(_format), WithJsonSchema({"enum": list(FORMAT_IDS), "description": "written: " + FORMAT_ID})
]


class Contract(_Model):
    """One contract at one version, as in the interchange format."""

    format: FormatId = FORMAT_ID
    language: Language
    currency: Currency
    title: RequiredText
    reference: Text | None = None
    start: Date | None = None
    provider: Party
    client: Party
    roles: list[Role] = Field(default_factory=list)
    client_inputs: list[ClientInput] = Field(default_factory=list)
    deliverables: list[Deliverable] = Field(min_length=1)
    out_of_scope: list[Text] = Field(default_factory=list)
    payment: Payment | None = None
    revisions: Revisions | None = None
    communication: Communication | None = None
    changes: Changes | None = None
    termination: Termination | None = None
    # Format 2 (all optional in a file).
    law: Law | None = None
    taxes: Taxes | None = None
    day_basis: DayBasis | None = None
    expenses: Expenses | None = None
    ownership: Ownership | None = None
    confidentiality_years: Count | None = None
    non_solicitation_months: Count | None = None
    data_processing: StrictBool | None = None

    # The ids the validator gave deliverables that had none (see domain.ids); a new
    # version of a project replaces them with the ids those deliverables had before.
    _assigned_ids: tuple[str, ...] = PrivateAttr(default=())

    @model_validator(mode="wrap")
    @classmethod
    def _assign_ids(cls, data: Any, handler: ModelWrapValidatorHandler[Contract]) -> Contract:
        """Give every deliverable without an id the first free one of D1, D2, …"""
        given: list[str] = []
        if isinstance(data, dict):
            items = data.get("deliverables")
            if isinstance(items, list) and any(lacks_id(item) for item in items):
                numbered, given = number_new(items)
                data = {**data, "deliverables": numbered}
        contract = handler(data)
        if given:
            contract._assigned_ids = tuple(given)
        return contract

    @property
    def assigned_ids(self) -> tuple[str, ...]:
        """Deliverable ids made up at validation because the data had none."""
        return self._assigned_ids

    def __eq__(self, other: object) -> bool:
        # The same contract whether or not its ids were made up at validation.
        return type(other) is type(self) and self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]

    # Derived figures used by documents, diffs and the app.

    def itemised_total(self) -> Decimal | None:
        """Sum of deliverable prices, or None when no deliverable has a price."""
        prices = [d.price for d in self.deliverables if d.price is not None]
        return sum(prices, Decimal(0)) if prices else None

    def total(self) -> Decimal | None:
        """The contract's fee: the fixed total if given, else the itemised sum."""
        if self.payment is not None and self.payment.total is not None:
            return self.payment.total
        return self.itemised_total()

    def deposit_amount(self) -> Decimal | None:
        """The deposit in money, rounded to the currency's minor unit."""
        total = self.total()
        if total is None or self.payment is None or self.payment.deposit_percent is None:
            return None
        return share(total, self.payment.deposit_percent, self.currency)

    def last_due(self) -> dt.date | None:
        """The latest deliverable due date, the project's deadline."""
        dates = [d.due for d in self.deliverables if d.due is not None]
        return max(dates) if dates else None

    def days(self) -> DayBasis:
        """What a count of days means in this contract (calendar days unless it says otherwise)."""
        return self.day_basis or DayBasis.CALENDAR

    def deliverable(self, ident: str) -> Deliverable | None:
        """The deliverable with this id, if any."""
        return next((d for d in self.deliverables if d.id == ident), None)


def share(total: Decimal, percent: Decimal, currency: str) -> Decimal:
    """`percent` of `total`, rounded half-up to the currency's minor unit."""
    places = get_currency_precision(currency)
    with localcontext() as context:
        context.prec = 80  # wide enough for any amount a stored version may hold
        return (total * percent / Decimal(100)).quantize(Decimal(1).scaleb(-places), rounding="ROUND_HALF_UP")
