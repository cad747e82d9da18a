"""A readable summary of a contract as HTML, in the UI language (user text escaped)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from domain.model import Contract



def contract_html(contract: Contract, lang: str) -> str:
    """Parties, roles, deliverables with dates and prices, client inputs and the payment schedule."""
    from domain.formatting import date, money, percent
    from domain.model import Trigger, share

    def day(value: object) -> str:
        return date(value, lang) if value else "—"  # type: ignore[arg-type]

    def cash(value: object) -> str:
        return money(value, contract.currency, lang) if value is not None else "—"  # type: ignore[arg-type]

    t = {
        "parties": QCoreApplication.translate("Summary", "Parties"),
        "roles": QCoreApplication.translate("Summary", "Roles"),
        "deliverables": QCoreApplication.translate("Summary", "Deliverables"),
        "deliverable": QCoreApplication.translate("Summary", "Deliverable"),
        "due": QCoreApplication.translate("Summary", "Due"),
        "price": QCoreApplication.translate("Summary", "Price"),
        "not_included": QCoreApplication.translate("Summary", "Not included:"),
        "the_client_hands_over": QCoreApplication.translate("Summary", "The client hands over"),
        "payment_schedule": QCoreApplication.translate("Summary", "Payment schedule"),
        "deposit": QCoreApplication.translate("Summary", "Deposit"),
        "before_work_starts": QCoreApplication.translate("Summary", "before work starts"),
        "total": QCoreApplication.translate("Summary", "Total"),
    }
    out = [f"<h2>{escape(contract.title)}</h2>"]
    facts = []
    if contract.reference:
        facts.append(QCoreApplication.translate("Summary", "Reference: {value}").format(value=escape(contract.reference)))
    if contract.start:
        facts.append(QCoreApplication.translate("Summary", "Starts on {date}").format(date=day(contract.start)))
    if contract.language.value == "es":
        facts.append(QCoreApplication.translate("Summary", "Documents in Spanish, amounts in {currency}").format(
            currency=contract.currency))
    else:
        facts.append(QCoreApplication.translate("Summary", "Documents in English, amounts in {currency}").format(
            currency=contract.currency))
    out.append("<p>" + " · ".join(facts) + "</p>")
    out.append(f"<h3>{t['parties']}</h3><table cellpadding='4'>")
    for caption, party in ((QCoreApplication.translate("Summary", "Provider"), contract.provider), (QCoreApplication.translate("Summary", "Client"), contract.client)):
        details = [party.representative, party.tax_id, party.email, party.phone, party.address]
        out.append(f"<tr><td><b>{caption}</b></td><td>{escape(party.name)}<br><span style='color:#666'>"
                   + escape(" · ".join(d for d in details if d)) + "</span></td></tr>")
    out.append("</table>")
    if contract.roles:
        out.append(f"<h3>{t['roles']}</h3><ul>")
        for role in contract.roles:
            who = escape(role.person or "")
            out.append(f"<li><b>{escape(role.role)}</b> {who}" + "".join(
                f"<br>– {escape(r)}" for r in role.responsibilities) + "</li>")
        out.append("</ul>")
    out.append(f"<h3>{t['deliverables']}</h3><table cellpadding='4' width='100%'>")
    out.append(f"<tr><th align='left'>{t['deliverable']}</th><th align='left'>{t['due']}</th>"
               f"<th align='right'>{t['price']}</th></tr>")
    for item in contract.deliverables:
        out.append(f"<tr><td>{escape(item.id)} · {escape(item.title)}</td><td>{day(item.due)}</td>"
                   f"<td align='right'>{cash(item.price)}</td></tr>")
    out.append("</table>")
    if contract.out_of_scope:
        out.append(f"<p><b>{t['not_included']}</b> " + escape("; ".join(contract.out_of_scope)) + "</p>")
    if contract.client_inputs:
        out.append(f"<h3>{t['the_client_hands_over']}</h3><ul>")
        out.extend(f"<li>{escape(i.title)} — {day(i.due)}</li>" for i in contract.client_inputs)
        out.append("</ul>")
    total = contract.total()
    out.append(f"<h3>{t['payment_schedule']}</h3><table cellpadding='4' width='100%'>")
    payment = contract.payment
    triggers = {Trigger.ON_SIGNING: QCoreApplication.translate("Summary", "on signing"), Trigger.ON_DELIVERY: QCoreApplication.translate("Summary", "on delivery"),
                Trigger.ON_ACCEPTANCE: QCoreApplication.translate("Summary", "on acceptance")}
    if payment is not None and payment.deposit_percent:
        amount = share(total, payment.deposit_percent, contract.currency) if total is not None else None
        out.append(f"<tr><td>{t['deposit']}</td><td>{percent(payment.deposit_percent, lang)}</td>"
                   f"<td>{t['before_work_starts']}</td><td align='right'>{cash(amount)}</td></tr>")
    for inst in payment.installments if payment else []:
        amount = share(total, inst.percent, contract.currency) if total is not None else None
        due = triggers.get(inst.due, "") if isinstance(inst.due, Trigger) else day(inst.due)
        out.append(f"<tr><td>{escape(inst.label)}</td><td>{percent(inst.percent, lang)}</td><td>{due}</td>"
                   f"<td align='right'>{cash(amount)}</td></tr>")
    out.append(f"<tr><td><b>{t['total']}</b></td><td></td><td></td><td align='right'><b>{cash(total)}</b></td></tr>")
    out.append("</table>")
    return "".join(out)
