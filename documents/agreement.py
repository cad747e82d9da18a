"""The services agreement as blocks: every section the contract fills, nothing it leaves empty."""

from __future__ import annotations

from decimal import Decimal

from documents.blocks import (
    Bullets,
    Cell,
    Document,
    Heading,
    Para,
    Run,
    Table,
    TimelineBlock,
    runs,
)
from documents.common import (
    Words,
    disclaimer,
    empty_cell,
    id_width,
    parties_table,
    signatures,
    start_document,
)
from documents.meta import DocumentMeta
from documents.payments import agreement_schedule, tax_paragraphs
from documents.sections import Sections as _Sections
from documents.terms import (
    confidentiality,
    day_basis_clause,
    expenses,
    general,
    ownership,
    quoted_text,
    restates,
    sentence_part,
    warranties,
)
from documents.timeline import Event, Timeline
from domain.model import Contract, PartyKind, Trigger
from domain.payments import Plan


def build_agreement(contract: Contract, meta: DocumentMeta, w: Words, plan: Plan | None = None) -> Document:
    """The full services agreement for one version of a contract (`plan`: its payments, see documents.payments)."""
    return _build(contract, meta, w, plan)[0]


def section_numbers(contract: Contract, w: Words, plan: Plan | None = None) -> dict[str, int]:
    """Each section's number as the agreement prints it (`{"payment": 8, …}`): sections the
    contract leaves empty are omitted and the rest numbered in order, so numbers vary by contract."""
    meta = DocumentMeta(project_id="numbers", version=1, fingerprint="0" * 64)
    return _build(contract, meta, w, plan)[1]


def _build(contract: Contract, meta: DocumentMeta, w: Words, plan: Plan | None) -> tuple[Document, dict[str, int]]:
    doc = start_document("agreement", w("common.doc.agreement"), contract, meta, w)
    if w.options.notice:
        doc.add(disclaimer(w))
    s = _Sections(doc, w)

    s.heading("parties")
    s.para(w("agreement.parties.intro"))
    doc.add(parties_table(contract, w))

    s.heading("purpose")
    s.para(w("agreement.purpose.text", title=contract.title))
    if contract.start:
        after = contract.payment is not None and contract.payment.work_starts_after_deposit
        key = "start_after_deposit" if after else "start"
        s.para(w(f"agreement.purpose.{key}", date=w.date(contract.start)))
    s.term(day_basis_clause(contract, w))

    _roles(contract, s)
    _deliverables(contract, s)
    if contract.out_of_scope:
        s.heading("out_of_scope")
        s.para(w("agreement.out_of_scope.intro"))
        doc.add(Bullets(tuple(runs(item) for item in contract.out_of_scope)))
        s.para(w("agreement.out_of_scope.closing"))
    if contract.client_inputs:
        s.heading("client_inputs")
        s.para(w("agreement.client_inputs.intro"))
        rows = [
            (Cell(item.title), Cell(w.date(item.due)) if item.due else empty_cell(w)) for item in contract.client_inputs
        ]
        doc.add(Table((w("common.table.item"), w("common.table.due_by")), rows, (0.72, 0.28)))
        s.para(w("agreement.client_inputs.late"))
    timeline = agreement_timeline(contract, w)
    if timeline is not None:
        s.heading("timeline")
        doc.add(TimelineBlock(timeline, w("agreement.timeline.caption")))
    _payment(contract, s, plan)
    expenses(contract, s)
    _revisions(contract, s)
    _communication(contract, s)
    _changes(contract, s)
    _termination(contract, s)

    ownership(contract, s)
    confidentiality(contract, s)
    warranties(s)
    general(contract, s)
    s.count += 1
    heading = f"{s.count}. {w('agreement.signatures.heading')}"
    doc.add(signatures(contract, meta, w, heading, w("agreement.signatures.intro")))
    s.numbers["signatures"] = s.count
    return doc, s.numbers


def _roles(contract: Contract, s: _Sections) -> None:
    if not contract.roles:
        return
    w = s.w
    s.heading("roles")
    s.para(w("agreement.roles.intro"))
    for side, key in ((PartyKind.PROVIDER, "provider_side"), (PartyKind.CLIENT, "client_side")):
        roles = [r for r in contract.roles if r.party is side]
        if not roles:
            continue
        s.doc.add(Heading(w(f"agreement.roles.{key}"), level=2))
        for role in roles:
            who = w("agreement.roles.person", role=role.role, person=role.person) if role.person else role.role
            s.doc.add(Para((Run(who, bold=True),)))
            if role.responsibilities:
                s.doc.add(Bullets(tuple(runs(item) for item in role.responsibilities)))


def _deliverables(contract: Contract, s: _Sections) -> None:
    w = s.w
    s.heading("deliverables")
    s.para(w("agreement.deliverables.intro"))
    items = contract.deliverables
    show_acceptance = any(d.acceptance for d in items)
    show_due = any(d.due for d in items)
    show_price = any(d.price is not None for d in items)
    header = [w("common.table.id"), w("common.table.deliverable")]
    widths = [id_width([d.id for d in items]), 0.40]
    align: list[str] = ["left", "left"]
    if show_acceptance:
        header.append(w("common.table.acceptance"))
        widths.append(0.29)
        align.append("left")
        widths[1] = 0.30
    if show_due:
        header.append(w("common.table.due"))
        # Wide enough for "30 de noviembre de 2026" on two lines at most.
        widths.append(0.17)
        align.append("left")
    if show_price:
        header.append(w("common.table.price"))
        widths.append(0.13)
        align.append("right")
    rows: list[tuple[Cell, ...]] = []
    for d in items:
        row = [Cell(d.id), Cell(d.title, bold=True, detail=d.description or "")]
        if show_acceptance:
            row.append(Cell(d.acceptance) if d.acceptance else empty_cell(w))
        if show_due:
            row.append(Cell(w.date(d.due)) if d.due else empty_cell(w))
        if show_price:
            row.append(Cell(w.money(d.price)) if d.price is not None else empty_cell(w))
        rows.append(tuple(row))
    total = contract.itemised_total()
    if show_price and total is not None:
        blank = [Cell() for _ in header[2:-1]]
        rows.append((Cell(), Cell(w("agreement.deliverables.total_row"), bold=True), *blank, Cell(w.money(total), bold=True)))
    scale = 1 / sum(widths)
    s.doc.add(Table(tuple(header), rows, tuple(x * scale for x in widths), tuple(align)))  # type: ignore[arg-type]
    days = contract.communication.feedback_days if contract.communication else None
    if days is not None:
        s.term(w("agreement.deliverables.acceptance", days=w.number(days)))
    else:
        s.term(w("agreement.deliverables.acceptance_open"))


def _payment(contract: Contract, s: _Sections, plan: Plan | None) -> None:
    w = s.w
    payment = contract.payment
    total = contract.total()
    if payment is None and total is None:
        return
    s.heading("payment")
    if total is not None:
        s.para(w("agreement.payment.total", amount=w.money(total)))
        for para in tax_paragraphs(contract, w, plan):
            s.doc.add(para)
    # After a change order the schedule carries on from the signed one: no new deposit is asked for.
    changed = plan is not None and plan.change is not None
    if payment is None:
        agreement_schedule(s.doc, contract, plan, w)
        return
    if payment.deposit_percent is not None and not changed:
        amount = contract.deposit_amount()
        if amount is not None:
            s.para(w("agreement.payment.deposit", percent=w.percent(payment.deposit_percent), amount=w.money(amount)))
        else:
            s.para(w("agreement.payment.deposit_open", percent=w.percent(payment.deposit_percent)))
    if payment.work_starts_after_deposit is True and payment.deposit_percent and not changed:
        s.para(w("agreement.payment.starts_after_deposit"))
    elif payment.work_starts_after_deposit is False and not changed:
        s.para(w("agreement.payment.starts_before_deposit"))
    agreement_schedule(s.doc, contract, plan, w)
    if payment.payment_terms_days is not None:
        s.para(w("agreement.payment.terms", days=w.number(payment.payment_terms_days)))
    if payment.late_interest_percent is not None and payment.late_interest_percent > Decimal(0):
        s.para(w("agreement.payment.interest", percent=w.percent(payment.late_interest_percent)))
    s.para(w("agreement.payment.pause"))
    s.term(w("agreement.payment.disputes"))


def _revisions(contract: Contract, s: _Sections) -> None:
    rev = contract.revisions
    if rev is None or (rev.rounds_included is None and rev.extra_round_price is None):
        return
    w = s.w
    s.heading("revisions")
    if rev.rounds_included is not None:
        n = rev.rounds_included
        key = "none" if n == 0 else "one" if n == 1 else "many"
        s.para(w(f"agreement.revisions.{key}", rounds=w.number(n)))
    if rev.extra_round_price is not None:
        s.para(w("agreement.revisions.extra", price=w.money(rev.extra_round_price)))
    s.para(w("agreement.revisions.definition"))


def _communication(contract: Contract, s: _Sections) -> None:
    c = contract.communication
    if c is None:
        return
    w = s.w
    parts: list[str] = []
    channels = [ch for ch in c.channels if ch.strip()]
    if channels:
        joiner = " y " if w.lang == "es" else " and "
        listed = channels[0] if len(channels) == 1 else ", ".join(channels[:-1]) + joiner + channels[-1]
        parts.append(w("agreement.communication.channels", channels=listed))
    if c.working_hours and c.working_hours.strip():
        parts.append(w("agreement.communication.hours", hours=sentence_part(c.working_hours, w.lang)))
        parts.append(w("agreement.communication.after_hours"))
    if c.response_time_hours is not None:
        parts.append(w("agreement.communication.response", hours=w.number(c.response_time_hours)))
    if c.urgent_definition and c.urgent_definition.strip():
        parts.append(w("agreement.communication.urgent", definition=quoted_text(c.urgent_definition)))
    if c.urgent_surcharge_percent is not None:
        parts.append(w("agreement.communication.surcharge", percent=w.percent(c.urgent_surcharge_percent)))
    if c.feedback_days is not None:
        parts.append(w("agreement.communication.feedback", days=w.number(c.feedback_days)))
    if not parts:
        return
    s.heading("communication")
    for text in parts:
        s.para(text)
    s.para(w("agreement.communication.respect"))


def _changes(contract: Contract, s: _Sections) -> None:
    w = s.w
    s.heading("changes")
    s.para(w("agreement.changes.rule"))
    ch = contract.changes
    rule = w("agreement.changes.rule")
    if ch is not None and ch.process and ch.process.strip() and not restates(ch.process, rule):
        s.para(w("agreement.changes.process", process=quoted_text(ch.process)))
    if ch is not None and ch.hourly_rate is not None:
        s.para(w("agreement.changes.rate", rate=w.money(ch.hourly_rate)))


def _termination(contract: Contract, s: _Sections) -> None:
    t = contract.termination
    if t is None:
        return
    w = s.w
    s.heading("termination")
    if t.notice_days is not None:
        s.para(w("agreement.termination.notice", days=w.number(t.notice_days)))
    else:
        s.para(w("agreement.termination.notice_open"))
    s.para(w("agreement.termination.breach"))
    if t.pay_for_work_done is not False:
        s.para(w("agreement.termination.work_done"))
    else:
        s.para(w("agreement.termination.no_work_done"))
    if t.deposit_refundable is True:
        s.para(w("agreement.termination.deposit_refunded"))
    elif t.deposit_refundable is False:
        s.para(w("agreement.termination.deposit_kept"))
    if t.kill_fee_percent is not None and t.kill_fee_percent > Decimal(0):
        s.para(w("agreement.termination.kill_fee", percent=w.percent(t.kill_fee_percent)))


def _payment_events(contract: Contract, w: Words) -> list[Event]:
    """Payments on the axis: fixed dates as they are, triggers at the date they are expected.

    On signing (the deposit too) sits at the contract's start; on delivery or on acceptance
    at the due date of the deliverable it names, or of the last deliverable when it names none.
    """
    payment = contract.payment
    if payment is None:
        return []
    dated = [d.due for d in contract.deliverables if d.due]
    last = max(dated) if dated else None
    events: list[Event] = []
    if payment.deposit_percent and contract.start:
        events.append(Event(contract.start, "payments", w("agreement.payment.deposit_row")))
    for item in payment.installments:
        due = item.due
        if due is None:
            continue
        if not isinstance(due, Trigger):
            events.append(Event(due, "payments", item.label))
            continue
        when = None
        if due is Trigger.ON_SIGNING:
            when = contract.start
        else:
            target = contract.deliverable(item.deliverable) if item.deliverable else None
            when = target.due if target is not None else last
        if when is not None:
            events.append(Event(when, "payments", item.label))
    return events


def agreement_timeline(contract: Contract, w: Words) -> Timeline | None:
    """Deliverable due dates, client input dates and payments, or None when nothing is dated."""
    events = [Event(d.due, "deliverables", d.id) for d in contract.deliverables if d.due]
    events += [Event(item.due, "inputs", item.title) for item in contract.client_inputs if item.due]
    events += _payment_events(contract, w)
    if not events:
        return None
    names = {lane: w(f"agreement.timeline.{lane}") for lane in ("deliverables", "inputs", "payments")}
    return Timeline(tuple(events), names, w.short_date, contract.start, w("agreement.timeline.start"))
