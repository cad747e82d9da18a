"""Letters later in a project: another round of revisions, late client input, the end of the contract."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from domain.letters import days, money
from domain.letters.common import Fmt, LetterError, LetterInput, check_deliverable, moved
from domain.letters.facts import Fact, LetterFacts, Quote
from domain.lifecycle import Status
from domain.taxes import breakdown, quantum


def extra_round(given: LetterInput, out: LetterFacts, f: Fmt) -> None:
    """Rounds included and used for a deliverable, the price of another, and that it goes by change order."""
    contract = given.contract
    rev = contract.revisions
    if rev is None or rev.rounds_included is None:
        raise LetterError("no_rounds_clause")
    check_deliverable(given)
    ident = given.deliverable
    if ident is None:
        with_rounds = sorted({r.deliverable for r in given.state.rounds if r.kind == "feedback"})
        if len(with_rounds) != 1:
            raise LetterError("deliverable_required", listed=", ".join(d.id for d in contract.deliverables))
        ident = with_rounds[0]
    target = contract.deliverable(ident)
    assert target is not None
    used = given.state.rounds_used(ident)
    included = rev.rounds_included
    out.counts.update(used=used, included=included)
    out.figures.update(
        deliverable=f"{target.id} · {target.title}", used=f.number(used), included=f.number(included),
    )
    out.text("opening")
    key = "none" if included == 0 else "one" if included == 1 else "many"
    out.quote(Fact("included", f.number(included), "version",
                   Quote("revisions", f"agreement.revisions.{key}", {"rounds": f.number(included)})))
    out.facts.append(Fact("used", f.number(used), "rounds"))
    out.text("used_up" if used >= included else "used_some")
    if rev.extra_round_price is not None:
        amount = breakdown(rev.extra_round_price, contract.taxes, contract.currency)
        out.amounts.update(extra_price=amount.base, extra_to_pay=amount.to_pay)
        out.figures["extra_price"] = f.breakdown(amount)
        out.text("price")
        out.quote(Fact("extra_price", f.breakdown(amount), "version",
                       Quote("revisions", "agreement.revisions.extra", {"price": f.money(rev.extra_round_price)})))
    out.quote(Fact("definition", "", "version", Quote("revisions", "agreement.revisions.definition")))
    out.text("change_order")
    out.quote(Fact("change_rule", "", "version", Quote("changes", "agreement.changes.rule")))
    out.text("ask")


def late_input(given: LetterInput, out: LetterFacts, f: Fmt) -> None:
    """Which client material is late, by how many days, and the deliverable dates that move by as many."""
    contract = given.contract
    check_deliverable(given)
    in_business = days.business(contract)
    late = [item for item in contract.client_inputs if item.due is not None and item.due < given.date]
    if not late:
        raise LetterError("no_late_input", date=f.date(given.date))
    lines = []
    delay = 0
    for item in late:
        assert item.due is not None
        n = days.between(item.due, given.date, in_business)
        delay = max(delay, n)
        lines.append(f"{item.title}: {f.date(item.due)} ({out_word(out, 'days_late').format(days=f.number(n))})")
    earliest = min(item.due for item in late if item.due is not None)
    out.counts["delay"] = delay
    out.dates["input_due"] = earliest
    out.figures.update(delay=f.number(delay), input_due=f.date(earliest))
    out.text("opening")
    out.items(lines)
    out.facts.append(Fact("late_inputs", "; ".join(lines), "version"))
    out.text("clause")
    out.quote(Fact("delay", f.number(delay), "letter", Quote("client_inputs", "agreement.client_inputs.late")))
    shifted = moved(contract, out, f, delay, given, since=earliest)
    if shifted:
        out.text("dates_move")
        out.items(shifted)
        out.facts.append(Fact("moved", "; ".join(shifted), "version"))
    out.text("ask")


def termination(given: LetterInput, out: LetterFacts, f: Fmt) -> None:
    """Notice with its last day, and a final statement: work done, kill fee, payments, balance; ownership."""
    contract = given.contract
    state = given.state
    if state.signed_version is None or state.status is not Status.SIGNED:
        raise LetterError("not_signed")
    t = contract.termination
    cur = contract.currency
    cent = quantum(cur)
    in_business = days.business(contract)
    notice = t.notice_days if t and t.notice_days is not None else 0
    last_day = days.add(given.date, notice, in_business)
    out.dates["last_day"] = last_day
    out.counts["notice"] = notice
    out.figures.update(last_day=f.date(last_day), notice=f.number(notice))
    out.text("opening_client" if given.by_client else "opening")
    if t and t.notice_days is not None:
        out.quote(Fact("last_day", f.date(last_day), "letter",
                       Quote("termination", "agreement.termination.notice", {"days": f.number(notice)})))
    else:
        out.quote(Fact("last_day", f.date(last_day), "letter", Quote("termination", "agreement.termination.notice_open")))
    # Work done: deliverables delivered by the last day, at their prices.
    done_lines = []
    work = Decimal(0)
    for d in contract.deliverables:
        day = money.delivered(state, d.id)
        if day is None or day > last_day:
            continue
        accepted = money.deemed_accepted(contract, state, d.id)
        key = "accepted" if accepted is not None and accepted <= given.date else "delivered"
        price = d.price or Decimal(0)
        work += price
        done_lines.append(f"{d.id} · {d.title} ({out_word(out, key)} {f.date(day)}): {f.money(price)}")
    fee = contract.total() or Decimal(0)
    basis = given.signed or contract
    deposit = basis.deposit_amount() or Decimal(0)
    charged = work
    if t is not None and t.deposit_refundable is False and deposit > work:
        charged = deposit
    kill = Decimal(0)
    kill_percent = t.kill_fee_percent if t else None
    if given.by_client and kill_percent:
        kill = ((fee - charged) * kill_percent / 100).quantize(cent, rounding=ROUND_HALF_UP)
    owed = breakdown(charged + kill, contract.taxes, cur)
    received = sum((p.amount for p in given.payments), Decimal(0))
    balance = owed.to_pay - received
    out.amounts.update(work=work, deposit=deposit, charged=charged, kill_fee=kill, owed=owed.to_pay,
                       owed_base=owed.base, received=received, balance=balance, fee=fee)
    out.figures.update(work=f.money(work), deposit=f.money(deposit), charged=f.money(charged), kill_fee=f.money(kill),
                       owed=f.breakdown(owed), received=f.money(received), balance=f.money(abs(balance)), fee=f.money(fee))
    out.text("statement")
    statement = [*done_lines, f"{out_word(out, 'work')}: {f.money(work)}"]
    if charged != work:
        statement.append(f"{out_word(out, 'deposit_kept')}: {f.money(charged)}")
    if kill:
        statement.append(f"{out_word(out, 'kill_fee')} ({f.percent(kill_percent or Decimal(0))} × "
                         f"{f.money(fee - charged)}): {f.money(kill)}")
    statement += [f"{out_word(out, 'owed')}: {f.breakdown(owed)}", f"{out_word(out, 'received')}: {f.money(received)}"]
    side = "balance_client" if balance > 0 else "balance_provider" if balance < 0 else "balance_none"
    statement.append(f"{out_word(out, side)}: {f.money(abs(balance))}")
    out.items(statement)
    out.facts.append(Fact("work", f.money(work), "rounds"))
    if t is not None and t.pay_for_work_done is not None:
        key = "work_done" if t.pay_for_work_done else "no_work_done"
        out.quote(Fact("charged", f.money(charged), "version", Quote("termination", f"agreement.termination.{key}")))
    if t is not None and t.deposit_refundable is not None:
        key = "deposit_refunded" if t.deposit_refundable else "deposit_kept"
        out.quote(Fact("deposit", f.money(deposit), "version", Quote("termination", f"agreement.termination.{key}")))
    if kill_percent:
        out.quote(Fact("kill_fee", f.money(kill), "letter",
                       Quote("termination", "agreement.termination.kill_fee", {"percent": f.percent(kill_percent)})))
        if not given.by_client:
            out.text("no_kill_fee")
    out.facts.append(Fact("received", f.money(received), "payments"))
    out.facts.append(Fact("balance", f.money(balance), "letter"))
    out.text(side)
    if t is not None and t.work_ownership and t.work_ownership.strip():
        out.text("ownership")
        out.quote(Fact("ownership", t.work_ownership, "version",
                       Quote("ownership", "terms.ownership.on_termination", {"text": t.work_ownership})))
    else:
        # When the rights pass: on full payment (the default) or as each deliverable is delivered.
        rights = contract.ownership
        on_payment = rights is None or rights.on_full_payment is not False
        out.text("ownership")
        out.quote(Fact("ownership", "", "version",
                       Quote("ownership", f"terms.ownership.{'on_full_payment' if on_payment else 'on_delivery'}")))
    out.text("closing")


_WORDS = {
    "es": {
        "accepted": "aceptado", "delivered": "entregado", "work": "Trabajo entregado",
        "deposit_kept": "Anticipo no reembolsable", "kill_fee": "Penalización por cancelación",
        "owed": "Total de la factura final", "received": "Pagos recibidos",
        "balance_client": "Saldo a favor del Proveedor", "balance_provider": "Saldo a favor del Cliente",
        "balance_none": "Saldo", "days_late": "{days} días de retraso",
    },
    "en": {
        "accepted": "accepted", "delivered": "delivered", "work": "Work delivered",
        "deposit_kept": "Non-refundable deposit", "kill_fee": "Kill fee",
        "owed": "Final invoice total", "received": "Payments received",
        "balance_client": "Balance due to the Provider", "balance_provider": "Balance due to the Client",
        "balance_none": "Balance", "days_late": "{days} days late",
    },
}


def out_word(out: LetterFacts, key: str) -> str:
    """A label of the final statement in the letter's language."""
    return _WORDS.get(out.lang, _WORDS["en"])[key]
