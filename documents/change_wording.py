"""What a change order calls a changed field: "Porcentaje del pago parcial 1", not "Pago › pago parcial 1 › porcentaje".

The field's own name comes first; the item or party it belongs to follows as words
("del pago parcial 1", "of the Provider"); the section it sits in (payment,
communication) goes without saying.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from domain.diff import LABELS, ContractDiff, format_value

if TYPE_CHECKING:
    from documents.common import Words

# Names of the format-2 fields, for those domain.diff does not name yet.
_MORE: dict[str, dict[str, str]] = {
    "law": {"es": "legislación y jurisdicción", "en": "law and courts"},
    "governing_law": {"es": "legislación aplicable", "en": "governing law"},
    "courts": {"es": "juzgados competentes", "en": "courts"},
    "day_basis": {"es": "cómputo de los días", "en": "how days are counted"},
    "calendar": {"es": "días naturales", "en": "calendar days"},
    "business": {"es": "días hábiles", "en": "business days"},
    "expenses": {"es": "gastos", "en": "expenses"},
    "reimbursable": {"es": "gastos reembolsables", "en": "expenses reimbursed"},
    "approval_over": {"es": "gasto que requiere aprobación a partir de", "en": "expenses needing approval over"},
    "ownership": {"es": "propiedad intelectual", "en": "intellectual property"},
    "rights": {"es": "modalidad de explotación cedida", "en": "right transferred"},
    "territory": {"es": "territorio de la cesión", "en": "territory of the transfer"},
    "years": {"es": "años de la cesión", "en": "years of the transfer"},
    "exclusive": {"es": "cesión en exclusiva", "en": "exclusive transfer"},
    "on_full_payment": {"es": "cesión al pagarse todo el precio", "en": "transfer on full payment"},
    "portfolio_use": {"es": "difusión del trabajo por el Proveedor", "en": "Provider may show the work"},
    "confidentiality_years": {"es": "años de confidencialidad", "en": "years of confidentiality"},
    "non_solicitation_months": {"es": "meses de no captación de personal", "en": "months of non-solicitation"},
    "data_processing": {"es": "tratamiento de datos personales", "en": "processing of personal data"},
    "reproduction": {"es": "reproducción", "en": "reproduction"},
    "distribution": {"es": "distribución", "en": "distribution"},
    "public_communication": {"es": "comunicación pública", "en": "public communication"},
    "transformation": {"es": "transformación", "en": "transformation"},
}


def _name(key: str, lang: str) -> str:
    names = LABELS.get(key) or _MORE.get(key) or {}
    return names.get(lang, key.replace("_", " "))


def field_phrase(path: str, w: Words) -> str:
    """A changed field's path as a phrase: its name, then whose it is."""
    parts = path.split(".")
    leaf, _, leaf_index = parts[-1].partition("[")
    head = _name(leaf, w.lang)
    if leaf_index:
        head = f"{head} {int(leaf_index.rstrip(']')) + 1}"
    owners = []
    for part in reversed(parts[:-1]):
        key, _, index = part.partition("[")
        if index:
            owners.append(w(f"change_order.of_{key}", n=int(index.rstrip("]")) + 1))
        elif key in ("provider", "client"):
            owners.append(w(f"change_order.of_{key}"))
    text = " ".join([head, *owners])
    return text[:1].upper() + text[1:]


def _value(path: str, value: object, w: Words) -> str:
    if value is None or value == "":
        return w("change_order.unknown")
    text = format_value(path, value, w.currency, w.lang)
    if text == str(getattr(value, "value", "")):  # an enum domain.diff has no name for
        return _name(text, w.lang)
    return text


def _item(item: object, w: Words) -> str:
    """A list item: the name of a choice (a right transferred), or the text as typed."""
    key = str(getattr(item, "value", item))
    return _MORE[key].get(w.lang, key) if key in _MORE else str(item)


def other_rows(diff: ContractDiff, w: Words) -> list[tuple[str, str, str]]:
    """Changes outside the deliverables as (what changes, before, after)."""
    rows = [(field_phrase(fc.path, w), _value(fc.path, fc.old, w), _value(fc.path, fc.new, w)) for fc in diff.other]
    dash = w("change_order.unknown")
    rows += [(field_phrase(path, w), dash, _item(item, w)) for path, item in diff.list_added]
    rows += [(field_phrase(path, w), _item(item, w), dash) for path, item in diff.list_removed]
    return rows
