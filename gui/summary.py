"""A readable summary of a contract as HTML, in the UI language (user text escaped)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from domain.model import Contract


def _tr(text: str) -> str:
    return QCoreApplication.translate("Summary", text)


def contract_html(contract: Contract, lang: str) -> str:
    """Parties, roles, deliverables with dates and prices, client inputs and the payment schedule."""
    from domain.formatting import date, money, percent
    from domain.model import Trigger, share

    def day(value: object) -> str:
        return date(value, lang) if value else "—"  # type: ignore[arg-type]

    def cash(value: object) -> str:
        return money(value, contract.currency, lang) if value is not None else "—"  # type: ignore[arg-type]

    out = [f"<h2>{escape(contract.title)}</h2>"]
    facts = []
    if contract.reference:
        facts.append(_tr("Reference: {value}").format(value=escape(contract.reference)))
    if contract.start:
        facts.append(_tr("Starts on {date}").format(date=day(contract.start)))
    facts.append(_tr("Documents in {language}, amounts in {currency}").format(
        language=_tr("Spanish") if contract.language.value == "es" else _tr("English"), currency=contract.currency))
    out.append("<p>" + " · ".join(facts) + "</p>")
    out.append(f"<h3>{_tr('Parties')}</h3><table cellpadding='4'>")
    for caption, party in ((_tr("Provider"), contract.provider), (_tr("Client"), contract.client)):
        details = [party.representative, party.tax_id, party.email, party.phone, party.address]
        out.append(f"<tr><td><b>{caption}</b></td><td>{escape(party.name)}<br><span style='color:#666'>"
                   + escape(" · ".join(d for d in details if d)) + "</span></td></tr>")
    out.append("</table>")
    if contract.roles:
        out.append(f"<h3>{_tr('Roles')}</h3><ul>")
        for role in contract.roles:
            who = escape(role.person or "")
            out.append(f"<li><b>{escape(role.role)}</b> {who}" + "".join(
                f"<br>– {escape(r)}" for r in role.responsibilities) + "</li>")
        out.append("</ul>")
    out.append(f"<h3>{_tr('Deliverables')}</h3><table cellpadding='4' width='100%'>")
    out.append(f"<tr><th align='left'>{_tr('Deliverable')}</th><th align='left'>{_tr('Due')}</th>"
               f"<th align='right'>{_tr('Price')}</th></tr>")
    for item in contract.deliverables:
        out.append(f"<tr><td>{escape(item.id)} · {escape(item.title)}</td><td>{day(item.due)}</td>"
                   f"<td align='right'>{cash(item.price)}</td></tr>")
    out.append("</table>")
    if contract.out_of_scope:
        out.append(f"<p><b>{_tr('Not included:')}</b> " + escape("; ".join(contract.out_of_scope)) + "</p>")
    if contract.client_inputs:
        out.append(f"<h3>{_tr('The client hands over')}</h3><ul>")
        out.extend(f"<li>{escape(i.title)} — {day(i.due)}</li>" for i in contract.client_inputs)
        out.append("</ul>")
    total = contract.total()
    out.append(f"<h3>{_tr('Payment schedule')}</h3><table cellpadding='4' width='100%'>")
    payment = contract.payment
    triggers = {Trigger.ON_SIGNING: _tr("on signing"), Trigger.ON_DELIVERY: _tr("on delivery"),
                Trigger.ON_ACCEPTANCE: _tr("on acceptance")}
    if payment is not None and payment.deposit_percent:
        amount = share(total, payment.deposit_percent, contract.currency) if total is not None else None
        out.append(f"<tr><td>{_tr('Deposit')}</td><td>{percent(payment.deposit_percent, lang)}</td>"
                   f"<td>{_tr('before work starts')}</td><td align='right'>{cash(amount)}</td></tr>")
    for inst in payment.installments if payment else []:
        amount = share(total, inst.percent, contract.currency) if total is not None else None
        due = triggers.get(inst.due, "") if isinstance(inst.due, Trigger) else day(inst.due)
        out.append(f"<tr><td>{escape(inst.label)}</td><td>{percent(inst.percent, lang)}</td><td>{due}</td>"
                   f"<td align='right'>{cash(amount)}</td></tr>")
    out.append(f"<tr><td><b>{_tr('Total')}</b></td><td></td><td></td><td align='right'><b>{cash(total)}</b></td></tr>")
    out.append("</table>")
    return "".join(out)
