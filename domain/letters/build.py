"""Each kind of letter's facts: the figures it states and the clauses it quotes, in order."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from domain.letters import money
from domain.letters.common import Fmt, LetterError, LetterInput, check_deliverable, moved
from domain.letters.facts import Fact, Kind, LetterFacts, Quote
from domain.letters.later import extra_round, late_input, termination
from domain.taxes import breakdown, quantum

__all__ = ["LetterError", "LetterInput", "letter_facts"]


def letter_facts(given: LetterInput) -> LetterFacts:
    """The facts of one letter, computed from the version in force and the project's records."""
    contract = given.contract
    out = LetterFacts(given.kind, contract.language.value, given.date, given.version, given.request.strip())
    f = Fmt(contract)
    client = contract.client
    out.figures.update(
        client=client.name,
        addressee=client.representative or client.name,
        provider=contract.provider.representative or contract.provider.name,
        provider_company=contract.provider.name,
        title=contract.title,
        date=f.date(given.date),
        request=_restated(out.request),
        version=str(given.version),
    )
    out.dates["date"] = given.date
    for name, value in (("hours", given.hours), ("price", given.price)):
        if value is not None and value <= 0:
            raise LetterError("bad_number", field=f"--{name}")
    builders = {
        Kind.PAYMENT_REMINDER: payment_reminder,
        Kind.OUT_OF_SCOPE: out_of_scope,
        Kind.URGENT_REQUEST: urgent_request,
        Kind.EXTRA_ROUND: extra_round,
        Kind.LATE_INPUT: late_input,
        Kind.TERMINATION: termination,
    }
    builders[given.kind](given, out, f)
    return out


def _restated(request: str) -> str:
    """The concern as it reads after "If I have understood you correctly, …": no final stop, and a
    capital that only began the sentence made small ("Quiere…" → "quiere…"; "IVA…" stays)."""
    text = request.strip().rstrip(" .")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


def payment_reminder(given: LetterInput, out: LetterFacts, f: Fmt) -> None:
    """The overdue payment, its clause, late interest to the letter's date, and a deposit-first wait."""
    contract = given.contract
    items = money.schedule(given.versions, given.state, given.version)
    if not items:
        raise LetterError("no_fee")
    late = money.overdue(items, given.date)
    if not late:
        deposit_word = "anticipo" if f.lang == "es" else "deposit"
        listed = "; ".join(
            f"{deposit_word if i.key == money.DEPOSIT else i.label or i.key}: {f.money(i.outstanding)}"
            + (f" ({f.date(i.pay_by)})" if i.pay_by else "") for i in items
        )
        raise LetterError("nothing_overdue", date=f.date(given.date), listed=listed)
    item = late[0]
    assert item.pay_by is not None and item.due_on is not None
    payment = contract.payment
    days_late = (given.date - item.pay_by).days
    outstanding = item.outstanding
    out.amounts.update(amount=item.amount.to_pay, outstanding=outstanding, paid=item.paid, base=item.amount.base)
    out.dates.update(due_on=item.due_on, pay_by=item.pay_by)
    out.counts["days_late"] = days_late
    what = "deposit" if item.key == money.DEPOSIT else "change" if item.key.startswith("CO-") else "installment"
    out.figures.update(
        what=item.label or item.key,
        amount=f.breakdown(item.amount),
        outstanding=f.money(outstanding),
        paid=f.money(item.paid),
        due_on=f.date(item.due_on),
        pay_by=f.date(item.pay_by),
        days_late=f.number(days_late),
    )
    out.text(f"opening_{what}")
    basis = given.signed or contract
    if item.key == money.DEPOSIT and basis.payment and basis.payment.deposit_percent is not None:
        deposit = basis.deposit_amount()
        # After a change order the deposit clause is the signed version's (the new agreement asks none).
        quote = Quote("payment", "agreement.payment.deposit",
                      {"percent": f.percent(basis.payment.deposit_percent), "amount": f.money(deposit or Decimal(0))},
                      signed=given.signed is not None)
        out.quote(Fact("amount", f.breakdown(item.amount), "version", quote))
    else:
        out.facts.append(Fact("amount", f.breakdown(item.amount), "version"))
    if item.paid:
        out.facts.append(Fact("paid", f.money(item.paid), "payments"))
        out.text("part_paid")
    terms = payment.payment_terms_days if payment else None
    if terms is not None:
        quote = Quote("payment", "agreement.payment.terms", {"days": f.number(terms)})
        out.quote(Fact("pay_by", f.date(item.pay_by), "records", quote))
    else:
        out.facts.append(Fact("pay_by", f.date(item.pay_by), "records"))
    out.facts.append(Fact("days_late", f.number(days_late), "letter"))
    rate = payment.late_interest_percent if payment else None
    if rate:
        owed = money.interest(outstanding, rate, days_late, contract.currency)
        out.amounts.update(interest=owed, with_interest=outstanding + owed)
        out.figures.update(rate=f.percent(rate), interest=f.money(owed), with_interest=f.money(outstanding + owed))
        out.text("interest")
        quote = Quote("payment", "agreement.payment.interest", {"percent": f.percent(rate)})
        out.quote(Fact("interest", f.money(owed), "letter", quote))
        out.text("interest_formula")
    deposit_open = any(i.key == money.DEPOSIT and i.outstanding > 0 for i in items)
    if payment and payment.work_starts_after_deposit and deposit_open:
        out.text("deposit_first")
        quote = Quote("payment", "agreement.payment.starts_after_deposit")
        out.quote(Fact("deposit_first", f.money(outstanding if item.key == money.DEPOSIT else Decimal(0)), "payments",
                       quote))
    out.text("ask")


def out_of_scope(given: LetterInput, out: LetterFacts, f: Fmt) -> None:
    """The request is outside the scope: the list or the deliverables, the change process, a priced offer."""
    contract = given.contract
    if not out.request:
        raise LetterError("request_required", kind=given.kind.value)
    check_deliverable(given)
    if contract.out_of_scope:
        out.text("opening_list")
        out.items(list(contract.out_of_scope))
        quote = Quote("out_of_scope", "agreement.out_of_scope.closing")
        out.quote(Fact("out_of_scope", "; ".join(contract.out_of_scope), "version", quote))
    else:
        out.text("opening_deliverables")
        listed = [f"{d.id} · {d.title}" for d in contract.deliverables]
        out.items(listed)
        quote = Quote("deliverables", "agreement.deliverables.intro")
        out.quote(Fact("deliverables", "; ".join(listed), "version", quote))
    out.text("process")
    out.quote(Fact("change_rule", "", "version", Quote("changes", "agreement.changes.rule")))
    changes = contract.changes
    if changes and changes.process and changes.process.strip():
        out.quote(Fact("change_process", changes.process, "version",
                       Quote("changes", "agreement.changes.process", {"process": changes.process})))
    rate = changes.hourly_rate if changes else None
    price: Decimal | None = given.price
    if price is None and given.hours is not None and rate is not None:
        price = (given.hours * rate).quantize(quantum(contract.currency), rounding=ROUND_HALF_UP)
        out.figures.update(hours=f.number(given.hours), rate=f.money(rate))
        out.quote(Fact("rate", f.money(rate), "version", Quote("changes", "agreement.changes.rate", {"rate": f.money(rate)})))
        out.text("offer_hours")
    elif price is not None:
        out.text("offer_price")
    else:
        out.text("offer_open")
    if price is not None:
        amount = breakdown(price, contract.taxes, contract.currency)
        out.amounts.update(price=amount.base, price_to_pay=amount.to_pay)
        out.figures["price"] = f.breakdown(amount)
        out.facts.append(Fact("price", f.breakdown(amount), "letter"))
    if given.extra_days:
        out.counts["extra_days"] = given.extra_days
        out.figures["extra_days"] = f.number(given.extra_days)
        lines = moved(contract, out, f, given.extra_days, given)
        if lines:
            out.text("dates_move")
            out.items(lines)
            out.facts.append(Fact("moved", "; ".join(lines), "version"))
    else:
        out.text("dates_same")
    out.text("ask")


def urgent_request(given: LetterInput, out: LetterFacts, f: Fmt) -> None:
    """The agreed hours and channels, what counts as urgent, and the surcharge."""
    contract = given.contract
    c = contract.communication
    if c is None:
        raise LetterError("no_communication")
    out.text("opening")
    channels = [ch for ch in c.channels if ch.strip()]
    if channels:
        listed = f.join(channels)
        out.quote(Fact("channels", listed, "version",
                       Quote("communication", "agreement.communication.channels", {"channels": listed})))
    if c.working_hours and c.working_hours.strip():
        out.quote(Fact("hours", c.working_hours, "version",
                       Quote("communication", "agreement.communication.hours", {"hours": c.working_hours})))
        out.quote(Fact("after_hours", "", "version", Quote("communication", "agreement.communication.after_hours")))
    if c.response_time_hours is not None:
        hours = f.number(c.response_time_hours)
        out.quote(Fact("response", hours, "version",
                       Quote("communication", "agreement.communication.response", {"hours": hours})))
    if c.urgent_definition and c.urgent_definition.strip():
        out.text("definition")
        out.quote(Fact("urgent", c.urgent_definition, "version",
                       Quote("communication", "agreement.communication.urgent", {"definition": c.urgent_definition})))
    surcharge = c.urgent_surcharge_percent
    if surcharge is not None:
        out.figures["surcharge"] = f.percent(surcharge)
        out.text("surcharge")
        out.quote(Fact("surcharge", f.percent(surcharge), "version",
                       Quote("communication", "agreement.communication.surcharge", {"percent": f.percent(surcharge)})))
        rate = contract.changes.hourly_rate if contract.changes else None
        base = given.price
        if base is None and given.hours is not None and rate is not None:
            base = given.hours * rate
            out.figures.update(hours=f.number(given.hours), rate=f.money(rate))
        if base is not None:
            cent = quantum(contract.currency)
            base = base.quantize(cent, rounding=ROUND_HALF_UP)
            extra = (base * surcharge / 100).quantize(cent, rounding=ROUND_HALF_UP)
            amount = breakdown(base + extra, contract.taxes, contract.currency)
            out.amounts.update(urgent_base=base, urgent_surcharge=extra, urgent_price=amount.base)
            out.figures.update(urgent_base=f.money(base), urgent_surcharge=f.money(extra),
                               urgent_price=f.breakdown(amount))
            out.facts.append(Fact("urgent_price", f.breakdown(amount), "letter"))
            out.text("urgent_price")
    out.text("ask")
