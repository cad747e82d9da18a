"""What changed between two versions of a contract, and how to say it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel

from domain import formatting as fmt
from domain.model import Contract, Deliverable, Trigger

DELIVERABLE_FIELDS = ("title", "description", "acceptance", "due", "price")

LABELS: dict[str, dict[str, str]] = {
    "title": {"es": "título", "en": "title"},
    "description": {"es": "descripción", "en": "description"},
    "acceptance": {"es": "criterio de aceptación", "en": "acceptance criteria"},
    "due": {"es": "fecha de entrega", "en": "due date"},
    "price": {"es": "precio", "en": "price"},
    "reference": {"es": "referencia", "en": "reference"},
    "start": {"es": "fecha de inicio", "en": "start date"},
    "language": {"es": "idioma", "en": "language"},
    "currency": {"es": "moneda", "en": "currency"},
    "provider": {"es": "proveedor", "en": "provider"},
    "client": {"es": "cliente", "en": "client"},
    "name": {"es": "nombre", "en": "name"},
    "representative": {"es": "representante", "en": "representative"},
    "tax_id": {"es": "NIF", "en": "tax id"},
    "email": {"es": "correo electrónico", "en": "email"},
    "phone": {"es": "teléfono", "en": "phone"},
    "address": {"es": "dirección", "en": "address"},
    "roles": {"es": "funciones", "en": "roles"},
    "party": {"es": "parte", "en": "party"},
    "person": {"es": "persona", "en": "person"},
    "role": {"es": "función", "en": "role"},
    "responsibilities": {"es": "responsabilidades", "en": "responsibilities"},
    "client_inputs": {"es": "material del cliente", "en": "client inputs"},
    "out_of_scope": {"es": "fuera del alcance", "en": "out of scope"},
    "payment": {"es": "pago", "en": "payment"},
    "total": {"es": "total", "en": "total"},
    "deposit_percent": {"es": "anticipo", "en": "deposit"},
    "work_starts_after_deposit": {"es": "el trabajo empieza tras el anticipo", "en": "work starts after the deposit"},
    "installments": {"es": "pagos parciales", "en": "installments"},
    "label": {"es": "concepto", "en": "label"},
    "percent": {"es": "porcentaje", "en": "percentage"},
    "deliverable": {"es": "entregable", "en": "deliverable"},
    "payment_terms_days": {"es": "plazo de pago (días)", "en": "payment terms (days)"},
    "late_interest_percent": {"es": "interés de demora", "en": "late interest"},
    "revisions": {"es": "revisiones", "en": "revisions"},
    "rounds_included": {"es": "rondas incluidas", "en": "rounds included"},
    "extra_round_price": {"es": "precio de una ronda adicional", "en": "price of an extra round"},
    "communication": {"es": "comunicación", "en": "communication"},
    "channels": {"es": "canales", "en": "channels"},
    "working_hours": {"es": "horario de trabajo", "en": "working hours"},
    "response_time_hours": {"es": "tiempo de respuesta (horas)", "en": "response time (hours)"},
    "urgent_definition": {"es": "qué es urgente", "en": "what counts as urgent"},
    "urgent_surcharge_percent": {"es": "recargo por urgencia", "en": "urgency surcharge"},
    "feedback_days": {"es": "plazo para comentarios (días)", "en": "feedback period (days)"},
    "changes": {"es": "cambios", "en": "changes"},
    "process": {"es": "procedimiento de cambios", "en": "change process"},
    "hourly_rate": {"es": "tarifa por hora", "en": "hourly rate"},
    "termination": {"es": "resolución", "en": "termination"},
    "notice_days": {"es": "preaviso (días)", "en": "notice (days)"},
    "kill_fee_percent": {"es": "indemnización por desistimiento", "en": "kill fee"},
    "pay_for_work_done": {"es": "pago del trabajo realizado", "en": "payment for work done"},
    "deposit_refundable": {"es": "anticipo reembolsable", "en": "deposit refundable"},
    "work_ownership": {"es": "propiedad del trabajo", "en": "ownership of the work"},
    # Format 2
    "law": {"es": "ley aplicable", "en": "governing law"},
    "governing_law": {"es": "legislación", "en": "law"},
    "courts": {"es": "tribunales", "en": "courts"},
    "taxes": {"es": "impuestos", "en": "taxes"},
    "prices_include_tax": {"es": "precios con impuestos incluidos", "en": "prices include tax"},
    "lines": {"es": "impuestos", "en": "taxes"},
    "kind": {"es": "tipo", "en": "kind"},
    "note": {"es": "nota", "en": "note"},
    "day_basis": {"es": "cómputo de los días", "en": "how days are counted"},
    "expenses": {"es": "gastos", "en": "expenses"},
    "reimbursable": {"es": "gastos reembolsables", "en": "expenses reimbursed"},
    "approval_over": {"es": "importe que requiere aprobación", "en": "approval needed above"},
    "ownership": {"es": "cesión de derechos", "en": "transfer of rights"},
    "rights": {"es": "derechos cedidos", "en": "rights transferred"},
    "territory": {"es": "ámbito territorial", "en": "territory"},
    "years": {"es": "duración (años)", "en": "term (years)"},
    "exclusive": {"es": "en exclusiva", "en": "exclusive"},
    "on_full_payment": {"es": "cesión al pago completo", "en": "on full payment"},
    "portfolio_use": {"es": "uso del trabajo como referencia del Proveedor", "en": "use in the Provider's portfolio"},
    "confidentiality_years": {"es": "confidencialidad (años)", "en": "confidentiality (years)"},
    "non_solicitation_months": {"es": "no captación de personal (meses)", "en": "non-solicitation (months)"},
    "data_processing": {"es": "tratamiento de datos personales", "en": "processing of personal data"},
    # Values of format-2 choices
    "add": {"es": "se suma al precio", "en": "added to the price"},
    "withhold": {"es": "retención", "en": "withholding"},
    "calendar": {"es": "días naturales", "en": "calendar days"},
    "business": {"es": "días hábiles", "en": "business days"},
    "reproduction": {"es": "reproducción", "en": "reproduction"},
    "distribution": {"es": "distribución", "en": "distribution"},
    "public_communication": {"es": "comunicación pública", "en": "public communication"},
    "transformation": {"es": "transformación", "en": "transformation"},
}

# One item of a list, numbered: `roles[0]` is "función 1", not "funciones 1".
ITEM_LABELS: dict[str, dict[str, str]] = {
    "roles": {"es": "función", "en": "role"},
    "client_inputs": {"es": "material del cliente", "en": "client input"},
    "installments": {"es": "pago parcial", "en": "installment"},
    "deliverables": {"es": "entregable", "en": "deliverable"},
    "lines": {"es": "impuesto", "en": "tax"},
}

TRIGGERS: dict[str, dict[str, str]] = {
    "on_signing": {"es": "a la firma", "en": "on signing"},
    "on_delivery": {"es": "a la entrega", "en": "on delivery"},
    "on_acceptance": {"es": "a la aceptación", "en": "on acceptance"},
}

_TEXT = {
    "added": {
        "es": "Se añade el entregable {id} «{title}»{price}{due}.",
        "en": "Added deliverable {id} “{title}”{price}{due}.",
    },
    "removed": {
        "es": "Se elimina el entregable {id} «{title}»{price}.",
        "en": "Removed deliverable {id} “{title}”{price}.",
    },
    "moved": {
        "es": "Fecha de entrega de {ids}: pasa del {old} al {new}.",
        "en": "Due date of {ids} moves from {old} to {new}.",
    },
    "changed": {
        "es": "Entregable {id}, {label}: {old} → {new}.",
        "en": "Deliverable {id}, {label}: {old} → {new}.",
    },
    "field": {"es": "{label}: {old} → {new}.", "en": "{label}: {old} → {new}."},
    "list_added": {"es": "{label}: se añade «{item}».", "en": "{label}: added “{item}”."},
    "list_removed": {"es": "{label}: se quita «{item}».", "en": "{label}: removed “{item}”."},
    "quoted": {"es": "«{text}»", "en": "“{text}”"},
    "price": {
        "es": "Impacto en el precio: {impact}. Nuevo total: {new} (antes {old}).",
        "en": "Price impact: {impact}. New total: {new} (was {old}).",
    },
    "price_none": {"es": "Sin impacto en el precio. Total: {new}.", "en": "No price impact. Total: {new}."},
    "deadline": {
        "es": "Impacto en el plazo: la última entrega pasa del {old} al {new} ({days}).",
        "en": "Deadline impact: the last delivery moves from {old} to {new} ({days}).",
    },
    "deadline_none": {"es": "Sin impacto en el plazo.", "en": "No deadline impact."},
    "nothing": {"es": "Las dos versiones son iguales.", "en": "The two versions are identical."},
    "price_label": {"es": ": {price}", "en": ": {price}"},
    "due_label": {"es": ", para el {date}", "en": ", due {date}"},
    "yes": {"es": "sí", "en": "yes"},
    "no": {"es": "no", "en": "no"},
    "empty": {"es": "(vacío)", "en": "(empty)"},
    "earlier": {"es": "{n} {days} antes", "en": "{n} {days} earlier"},
    "later": {"es": "{n} {days} después", "en": "{n} {days} later"},
    "day": {"es": "día", "en": "day"},
    "days": {"es": "días", "en": "days"},
    "and": {"es": " y ", "en": " and "},
}


def _t(key: str, lang: str, **params: object) -> str:
    text = _TEXT[key].get(lang, _TEXT[key]["en"]).format(**params)
    return _one_full_stop(text)


_CLOSERS = "»”’\")"


def _one_full_stop(text: str) -> str:
    """Drop a sentence's final full stop when the text before it already ends one ("only.." → "only.")."""
    if not text.endswith("."):
        return text
    body = text[:-1].rstrip(_CLOSERS)
    return text[:-1] if body.endswith((".", "!", "?", "…")) else text


def label(path: str, lang: str) -> str:
    """A readable name for a field path such as `payment.deposit_percent`."""
    names = []
    for part in path.split("."):
        key, _, index = part.partition("[")
        if index:
            text = ITEM_LABELS.get(key, LABELS.get(key, {})).get(lang, key)
            names.append(f"{text} {int(index.rstrip(']')) + 1}")
        else:
            names.append(LABELS.get(key, {}).get(lang, key))
    return " › ".join(names)


@dataclass(frozen=True)
class FieldChange:
    """One field whose value differs between two versions."""

    path: str
    old: Any
    new: Any


@dataclass(frozen=True)
class DeliverableChange:
    """A deliverable present in both versions with fields that differ."""

    id: str
    title: str
    changes: list[FieldChange]


@dataclass(frozen=True)
class ContractDiff:
    """Everything that differs between an older and a newer contract."""

    added: list[Deliverable] = field(default_factory=list)
    removed: list[Deliverable] = field(default_factory=list)
    changed: list[DeliverableChange] = field(default_factory=list)
    other: list[FieldChange] = field(default_factory=list)
    list_added: list[tuple[str, str]] = field(default_factory=list)
    list_removed: list[tuple[str, str]] = field(default_factory=list)
    old_total: Decimal | None = None
    new_total: Decimal | None = None
    old_deadline: dt.date | None = None
    new_deadline: dt.date | None = None

    @property
    def price_impact(self) -> Decimal:
        """New total minus old total (0 when either is unknown)."""
        return (self.new_total or Decimal(0)) - (self.old_total or Decimal(0))

    @property
    def deadline_impact_days(self) -> int | None:
        """Days the last delivery moved (negative is earlier), None if unknown."""
        if self.old_deadline is None or self.new_deadline is None:
            return None
        return (self.new_deadline - self.old_deadline).days

    def is_empty(self) -> bool:
        """True when the two contracts say the same thing."""
        return not (self.added or self.removed or self.changed or self.other or self.list_added or self.list_removed)

    def moved_dates(self) -> list[tuple[dt.date | None, dt.date | None, list[str]]]:
        """Deliverable due dates that moved, grouped by (old, new)."""
        groups: dict[tuple[dt.date | None, dt.date | None], list[str]] = {}
        for ch in self.changed:
            for fc in ch.changes:
                if fc.path == "due":
                    groups.setdefault((fc.old, fc.new), []).append(ch.id)
        return [(old, new, ids) for (old, new), ids in groups.items()]


def _flatten(value: Any, prefix: str, out: dict[str, Any], lists: dict[str, list[str]]) -> None:
    """Every leaf of a model by path, keeping its type (dates stay dates, percentages Decimals)."""
    if isinstance(value, BaseModel):
        for key in type(value).model_fields:
            if prefix or key not in _NOT_COMPARED:
                _flatten(getattr(value, key), f"{prefix}.{key}" if prefix else key, out, lists)
    elif isinstance(value, dict):
        for key, item in value.items():
            _flatten(item, f"{prefix}.{key}" if prefix else key, out, lists)
    elif isinstance(value, (list, tuple)):
        if all(isinstance(v, str) for v in value):
            lists[prefix] = list(value)
        else:
            for i, item in enumerate(value):
                _flatten(item, f"{prefix}[{i}]", out, lists)
    elif value is not None:
        out[prefix] = value


_NOT_COMPARED = frozenset({"deliverables", "format"})


def diff_contracts(old: Contract, new: Contract) -> ContractDiff:
    """Compare two contracts: deliverables matched by id, every other field by path."""
    old_by_id = {d.id: d for d in old.deliverables}
    new_by_id = {d.id: d for d in new.deliverables}
    added = [d for d in new.deliverables if d.id not in old_by_id]
    removed = [d for d in old.deliverables if d.id not in new_by_id]
    changed = []
    for d in new.deliverables:
        before = old_by_id.get(d.id)
        if before is None:
            continue
        fields = [
            FieldChange(name, getattr(before, name), getattr(d, name))
            for name in DELIVERABLE_FIELDS
            if getattr(before, name) != getattr(d, name)
        ]
        if fields:
            changed.append(DeliverableChange(d.id, d.title, fields))

    old_flat: dict[str, Any] = {}
    new_flat: dict[str, Any] = {}
    old_lists: dict[str, list[str]] = {}
    new_lists: dict[str, list[str]] = {}
    _flatten(old, "", old_flat, old_lists)
    _flatten(new, "", new_flat, new_lists)
    other = [
        FieldChange(path, old_flat.get(path), new_flat.get(path))
        for path in sorted(set(old_flat) | set(new_flat), key=_path_order(old_flat, new_flat))
        if old_flat.get(path) != new_flat.get(path)
    ]
    list_added: list[tuple[str, str]] = []
    list_removed: list[tuple[str, str]] = []
    for path in sorted(set(old_lists) | set(new_lists)):
        before_items, after_items = old_lists.get(path, []), new_lists.get(path, [])
        list_removed += [(path, item) for item in before_items if item not in after_items]
        list_added += [(path, item) for item in after_items if item not in before_items]

    return ContractDiff(
        added=added,
        removed=removed,
        changed=changed,
        other=other,
        list_added=list_added,
        list_removed=list_removed,
        old_total=old.total(),
        new_total=new.total(),
        old_deadline=old.last_due(),
        new_deadline=new.last_due(),
    )


def _path_order(a: dict[str, Any], b: dict[str, Any]) -> Any:
    order = {p: i for i, p in enumerate(list(a) + [p for p in b if p not in a])}
    return lambda p: order[p]


def format_value(path: str, value: Any, currency: str, lang: str) -> str:
    """A field's value written for people: money, dates, percentages, yes/no."""
    key = path.rsplit(".", 1)[-1]
    if value is None or value == "":
        return _t("empty", lang)
    if isinstance(value, bool):
        return _t("yes" if value else "no", lang)
    if isinstance(value, Trigger):
        return TRIGGERS.get(value.value, {}).get(lang, value.value)
    if isinstance(value, dt.date):
        return fmt.date(value, lang)
    if isinstance(value, Decimal):
        if key.endswith("percent"):
            return fmt.percent(value, lang)
        return fmt.money(value, currency, lang)
    if isinstance(value, int):
        return fmt.number(value, lang)
    if isinstance(value, Enum):
        return LABELS.get(str(value.value), {}).get(lang, str(value.value))
    return str(value)


def _sentence_value(path: str, value: Any, currency: str, lang: str) -> str:
    """A value inside a sentence: free text is quoted so where it starts and ends is plain."""
    text = format_value(path, value, currency, lang)
    if isinstance(value, str) and not isinstance(value, Enum) and value != "":
        return _t("quoted", lang, text=text)
    return text


def _item(item: str, lang: str) -> str:
    """A list item as written, or in words when it is one of the format's choices (a right)."""
    return LABELS.get(item.value, {}).get(lang, item) if isinstance(item, Enum) else item


def _capital(text: str) -> str:
    """First letter upper case, the rest as written (`NIF` stays `NIF`)."""
    return text[:1].upper() + text[1:]


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + _t("and", lang) + items[-1]


def describe(diff: ContractDiff, currency: str, lang: str) -> list[str]:
    """The diff as readable sentences in the contract's language."""
    lines: list[str] = []
    for d in diff.added:
        price = _t("price_label", lang, price=fmt.money(d.price, currency, lang)) if d.price is not None else ""
        due = _t("due_label", lang, date=fmt.date(d.due, lang)) if d.due is not None else ""
        lines.append(_t("added", lang, id=d.id, title=d.title, price=price, due=due))
    for d in diff.removed:
        price = _t("price_label", lang, price=fmt.money(d.price, currency, lang)) if d.price is not None else ""
        lines.append(_t("removed", lang, id=d.id, title=d.title, price=price))
    for old, new, ids in diff.moved_dates():
        lines.append(
            _t(
                "moved",
                lang,
                ids=_join(ids, lang),
                old=format_value("due", old, currency, lang),
                new=format_value("due", new, currency, lang),
            )
        )
    for ch in diff.changed:
        for fc in ch.changes:
            if fc.path == "due":
                continue
            lines.append(
                _t(
                    "changed",
                    lang,
                    id=ch.id,
                    label=label(fc.path, lang),
                    old=_sentence_value(fc.path, fc.old, currency, lang),
                    new=_sentence_value(fc.path, fc.new, currency, lang),
                )
            )
    for fc in diff.other:
        lines.append(
            _t(
                "field",
                lang,
                label=_capital(label(fc.path, lang)),
                old=_sentence_value(fc.path, fc.old, currency, lang),
                new=_sentence_value(fc.path, fc.new, currency, lang),
            )
        )
    for path, item in diff.list_added:
        lines.append(_t("list_added", lang, label=_capital(label(path, lang)), item=_item(item, lang)))
    for path, item in diff.list_removed:
        lines.append(_t("list_removed", lang, label=_capital(label(path, lang)), item=_item(item, lang)))
    if diff.is_empty():
        lines.append(_t("nothing", lang))
    lines.extend(impact_lines(diff, currency, lang))
    return lines


def impact_lines(diff: ContractDiff, currency: str, lang: str) -> list[str]:
    """Two sentences: the price impact with the new total, and the deadline impact."""
    lines = []
    new_total = diff.new_total if diff.new_total is not None else Decimal(0)
    if diff.price_impact:
        lines.append(
            _t(
                "price",
                lang,
                impact=fmt.signed_money(diff.price_impact, currency, lang),
                new=fmt.money(new_total, currency, lang),
                old=fmt.money(diff.old_total or Decimal(0), currency, lang),
            )
        )
    elif diff.new_total is not None:
        lines.append(_t("price_none", lang, new=fmt.money(new_total, currency, lang)))
    days = diff.deadline_impact_days
    if days and diff.old_deadline and diff.new_deadline:
        unit = _t("day" if abs(days) == 1 else "days", lang)
        span = _t("earlier" if days < 0 else "later", lang, n=abs(days), days=unit)
        lines.append(
            _t("deadline", lang, old=fmt.date(diff.old_deadline, lang), new=fmt.date(diff.new_deadline, lang), days=span)
        )
    else:
        lines.append(_t("deadline_none", lang))
    return lines
