"""Validation messages in every language Pacta speaks.

Each message has a `{field}` slot: the command line fills it with the field's
path (``deliverables[2].due``), the app with the label of the widget in error.
"""

from __future__ import annotations

from typing import Final

LANGUAGES: Final = ("es", "en")

MESSAGES: Final[dict[str, dict[str, str]]] = {
    "json": {
        "en": "the file is not valid JSON ({detail}) at line {line}, column {column}",
        "es": "el archivo no es un JSON válido ({detail}) en la línea {line}, columna {column}",
    },
    "not_object": {
        "en": "the file must hold one JSON object describing a contract",
        "es": "el archivo debe contener un único objeto JSON que describa un contrato",
    },
    "unreadable": {
        "en": "the file cannot be read: {detail}",
        "es": "no se puede leer el archivo: {detail}",
    },
    "encoding": {
        "en": "the file is not UTF-8 text",
        "es": "el archivo no es texto en UTF-8",
    },
    "missing": {"en": "{field} is required", "es": "{field} es obligatorio"},
    "unknown_key": {
        "en": "{field} is not a field of this format (check the spelling)",
        "es": "{field} no es un campo de este formato (revise cómo está escrito)",
    },
    "format": {
        "en": "format must be pacta.contract/1",
        "es": "format debe ser pacta.contract/1",
    },
    "language": {
        "en": "{field} must be es or en",
        "es": "{field} debe ser es o en",
    },
    "party": {
        "en": "{field} must be provider or client",
        "es": "{field} debe ser provider o client",
    },
    "date": {
        "en": "{field} must be a date like 2026-11-30",
        "es": "{field} debe ser una fecha como 2026-11-30",
    },
    "installment_due": {
        "en": "{field} must be a date like 2026-11-30, or on_signing, on_delivery or on_acceptance",
        "es": "{field} debe ser una fecha como 2026-11-30, o bien on_signing, on_delivery u on_acceptance",
    },
    "number": {"en": "{field} must be a number", "es": "{field} debe ser un número"},
    "whole": {"en": "{field} must be a whole number", "es": "{field} debe ser un número entero"},
    "negative": {"en": "{field} must not be negative", "es": "{field} no puede ser negativo"},
    "percent": {
        "en": "{field} must be between 0 and 100",
        "es": "{field} debe estar entre 0 y 100",
    },
    "text": {"en": "{field} must be text", "es": "{field} debe ser texto"},
    "empty": {"en": "{field} must not be empty", "es": "{field} no puede estar vacío"},
    "bool": {"en": "{field} must be true or false", "es": "{field} debe ser true o false"},
    "list": {"en": "{field} must be a list", "es": "{field} debe ser una lista"},
    "object": {"en": "{field} must be an object", "es": "{field} debe ser un objeto"},
    "currency": {
        "en": "{field} must be an ISO 4217 code such as EUR",
        "es": "{field} debe ser un código ISO 4217, como EUR",
    },
    "no_deliverables": {
        "en": "at least one deliverable is required",
        "es": "hace falta al menos un entregable",
    },
    "duplicate_id": {
        "en": "deliverable id '{id}' is used twice",
        "es": "el identificador de entregable '{id}' está repetido",
    },
    "payment_sum": {
        "en": "deposit plus installments must add up to 100 percent (here {sum})",
        "es": "el anticipo más los pagos parciales debe sumar el 100 % (aquí suma {sum})",
    },
    "before_start": {
        "en": "{field} ({date}) is before start ({start})",
        "es": "{field} ({date}) es anterior al inicio ({start})",
    },
    "total_mismatch": {
        "en": "{field} ({total}) does not match the sum of the deliverable prices ({sum})",
        "es": "{field} ({total}) no coincide con la suma de los precios de los entregables ({sum})",
    },
    "unknown_deliverable": {
        "en": "{field} names deliverable '{id}', which does not exist",
        "es": "{field} menciona el entregable '{id}', que no existe",
    },
    "invalid": {"en": "{field} is not valid: {detail}", "es": "{field} no es válido: {detail}"},
}


def render(code: str, lang: str, **params: object) -> str:
    """The message `code` in `lang` (English when the language is unknown)."""
    table = MESSAGES.get(code, MESSAGES["invalid"])
    template = table.get(lang) or table["en"]
    return template.format(**{k: str(v) for k, v in params.items()})
