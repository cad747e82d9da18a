"""Both sides' dated commitments as an iCalendar file the client and provider can import."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import quote

from icalendar import Calendar, Event, vText

from domain import formatting
from domain.about import APP_NAME, VERSION
from domain.model import Contract, share

__all__ = ["CalendarItem", "build_ics", "dated_items", "ics_text"]

_WORDS = {
    "es": {
        "deliverable": "Entrega: {title} — {project}",
        "client_input": "El cliente entrega: {title} — {project}",
        "installment": "Pago: {label} — {project}",
        "price": "Precio: {amount}",
        "amount": "Importe: {amount} ({percent} del total)",
        "share": "{percent} del total",
        "acceptance": "Criterio de aceptación: {text}",
        "version": "Contrato «{project}», versión {version}.",
        "calendar": "Plazos — {project}",
        "commitment": "Compromiso de {party}.",
    },
    "en": {
        "deliverable": "Delivery: {title} — {project}",
        "client_input": "Client hands over: {title} — {project}",
        "installment": "Payment due: {label} — {project}",
        "price": "Price: {amount}",
        "amount": "Amount: {amount} ({percent} of the total)",
        "share": "{percent} of the total",
        "acceptance": "Acceptance: {text}",
        "version": "Contract \u201c{project}\u201d, version {version}.",
        "calendar": "Deadlines — {project}",
        "commitment": "Commitment of {party}.",
    },
}


@dataclass(frozen=True)
class CalendarItem:
    """One dated commitment: what kind, its stable key, the day, a title and a description."""

    kind: str
    key: str
    day: dt.date
    summary: str
    description: str


def dated_items(contract: Contract, *, version: int | None = None) -> list[CalendarItem]:
    """Every dated commitment of the contract: deliverables, client inputs, dated installments."""
    lang = contract.language.value
    words = _WORDS[lang]
    project = _one_line(contract.title)
    items: list[CalendarItem] = []
    footer = [words["version"].format(project=project, version=version)] if version else []

    for d in contract.deliverables:
        if d.due is None:
            continue
        lines = [words["commitment"].format(party=contract.provider.name)]
        if d.price is not None:
            amount = formatting.money(d.price, contract.currency, lang)
            lines.append(words["price"].format(amount=amount))
        if d.description:
            lines.append(d.description)
        if d.acceptance:
            lines.append(words["acceptance"].format(text=d.acceptance))
        items.append(CalendarItem(
            "deliverable", d.id, d.due,
            words["deliverable"].format(title=_one_line(d.title), project=project),
            "\n".join(lines + footer),
        ))

    input_keys = _text_keys([c.title for c in contract.client_inputs])
    for c, key in zip(contract.client_inputs, input_keys, strict=True):
        if c.due is None:
            continue
        lines = [words["commitment"].format(party=contract.client.name)]
        items.append(CalendarItem(
            "client-input", key, c.due,
            words["client_input"].format(title=_one_line(c.title), project=project),
            "\n".join(lines + footer),
        ))

    installments = contract.payment.installments if contract.payment is not None else []
    total = contract.total()
    inst_keys = _text_keys([i.label for i in installments])
    for inst, key in zip(installments, inst_keys, strict=True):
        if not isinstance(inst.due, dt.date):
            continue
        percent = formatting.percent(inst.percent, lang)
        if total is not None:
            amount = formatting.money(share(total, inst.percent, contract.currency), contract.currency, lang)
            line = words["amount"].format(amount=amount, percent=percent)
        else:
            line = words["share"].format(percent=percent)
        lines = [words["commitment"].format(party=contract.client.name), line]
        items.append(CalendarItem(
            "installment", key, inst.due,
            words["installment"].format(label=_one_line(inst.label), project=project),
            "\n".join(lines + footer),
        ))
    return items


def build_ics(
    contract: Contract,
    *,
    project_id: str,
    version: int | None = None,
    stamp: dt.datetime | None = None,
) -> bytes:
    """An iCalendar file with one all-day event per dated commitment of both sides."""
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    lang = contract.language.value
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{APP_NAME} {VERSION}//{lang.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", vText(ics_text(_WORDS[lang]["calendar"].format(project=_one_line(contract.title)))))
    for item in dated_items(contract, version=version):
        event = Event()
        event.add("uid", event_uid(project_id, item.kind, item.key))
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        # 9999-12-31 (in a version saved before the date limits) has no next day; an all-day
        # event without DTEND lasts its one day (RFC 5545, 3.6.1).
        if item.day < dt.date.max:
            event.add("dtend", item.day + dt.timedelta(days=1))
        event.add("summary", ics_text(item.summary))
        event.add("description", ics_text(item.description))
        # A deadline marks a day; it does not make the person busy all day.
        event.add("transp", "TRANSPARENT")
        if version is not None:
            event.add("sequence", version)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def event_uid(project_id: str, kind: str, key: str) -> str:
    """A UID that stays the same across versions, so a re-import updates the event."""
    return f"{quote(project_id, safe='')}.{kind}.{quote(key, safe='')}@pacta"


def _text_keys(texts: list[str]) -> list[str]:
    # Client inputs and installments have no ids: key them by their text, so moving a date
    # in a later version updates the same event; repeats get -2, -3 …
    seen: Counter[str] = Counter()
    keys = []
    for text in texts:
        digest = hashlib.sha256(" ".join(text.split()).casefold().encode("utf-8")).hexdigest()[:16]
        seen[digest] += 1
        keys.append(digest if seen[digest] == 1 else f"{digest}-{seen[digest]}")
    return keys


# RFC 5545 (3.3.11) allows no control character in TEXT but the tab; a line break is
# written as the escape \n by icalendar, which also escapes \ ; and , and folds lines.
_NOT_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def ics_text(text: str) -> str:
    """`text` with what an iCalendar TEXT value cannot hold replaced by U+FFFD; a CR is a line break."""
    return _NOT_TEXT.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def _one_line(text: str) -> str:
    return " ".join(text.split())
