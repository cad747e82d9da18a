"""Defaults and one-line reasons for the agreement's format-2 terms, for the wizard to offer.

`defaults(language, country)` gives values in the interchange format's shape (what
`Contract.model_validate` reads under each key); `WHY[field][language]` says in one line
why the field matters. Pure data: no Qt, no documents.
"""

from __future__ import annotations

from typing import Any

FIELDS = (
    "law",
    "day_basis",
    "expenses",
    "ownership",
    "confidentiality_years",
    "non_solicitation_months",
    "data_processing",
)

WHY: dict[str, dict[str, str]] = {
    "law": {
        "es": "Si surge un conflicto, deja claro qué ley se aplica y a qué juzgados se acude, sin discutirlo entonces.",
        "en": "If a dispute comes up, it is already settled which law applies and which courts hear it.",
    },
    "day_basis": {
        "es": "«5 días» no es lo mismo en días naturales que en hábiles: el contrato lo dice una vez para todos los plazos.",
        "en": "“5 days” means different things in calendar and business days: the agreement says which, once, for every period.",
    },
    "expenses": {
        "es": "Evita pagar de su bolsillo licencias, viajes o envíos, y que el cliente se sorprenda con gastos que no aprobó.",
        "en": "You are not left paying for licenses, travel or shipping, and the client is not surprised by costs it never approved.",
    },
    "ownership": {
        "es": "En España, una cesión que no nombra modalidades, territorio y plazo se interpreta en sentido restrictivo (LPI, art. 43).",
        "en": "Says exactly which rights the client gets, where and for how long, and that they pass only once you are paid.",
    },
    "confidentiality_years": {
        "es": "Fija hasta cuándo deben ambas partes guardar secreto después de terminar el proyecto.",
        "en": "Sets how long both sides keep each other’s information secret after the project ends.",
    },
    "non_solicitation_months": {
        "es": "Opcional: impide que una parte contrate a las personas de la otra que trabajaron en el proyecto.",
        "en": "Optional: stops either side from hiring away the people who worked on the project for the other.",
    },
    "data_processing": {
        "es": "Si va a manejar datos personales de los clientes de su cliente, el RGPD (art. 28) exige un contrato de encargo del tratamiento.",
        "en": "If you will handle personal data for the client (its customers, a mailing list), the GDPR (art. 28) requires these terms.",
    },
}

# The law of the provider's country, as the agreement names it in each language.
_LAW_NAMES: dict[str, dict[str, str]] = {
    "ES": {"es": "España", "en": "Spain"},
    "MX": {"es": "los Estados Unidos Mexicanos", "en": "Mexico"},
    "AR": {"es": "la República Argentina", "en": "Argentina"},
    "CO": {"es": "la República de Colombia", "en": "Colombia"},
    "CL": {"es": "la República de Chile", "en": "Chile"},
    "PE": {"es": "la República del Perú", "en": "Peru"},
    "UY": {"es": "la República Oriental del Uruguay", "en": "Uruguay"},
    "GB": {"es": "Inglaterra y Gales", "en": "England and Wales"},
    "IE": {"es": "Irlanda", "en": "Ireland"},
    "DE": {"es": "Alemania", "en": "Germany"},
    "FR": {"es": "Francia", "en": "France"},
    "PT": {"es": "Portugal", "en": "Portugal"},
    "IT": {"es": "Italia", "en": "Italy"},
}
_WORLDWIDE = {"es": "todo el mundo", "en": "the whole world"}


def defaults(language: str, country: str | None = None, currency: str | None = None) -> dict[str, Any]:
    """Sensible values for the agreement's format-2 terms, by document language and provider country.

    The law is the provider's country's where Pacta knows its name (courts are left to the
    fallback rule, the provider's place of business, until the user names them); in a
    federal country (US, CA, AU) the state must be named by the user, so law is left out.
    """
    lang = language if language in ("es", "en") else "en"
    code = (country or "").upper()
    out: dict[str, Any] = {}
    name = _LAW_NAMES.get(code, {}).get(lang)
    if name:
        out["law"] = {"governing_law": name}
    # Spanish practice counts most contractual periods in business days; elsewhere calendar days.
    out["day_basis"] = "business" if code == "ES" else "calendar"
    threshold = "100.00" if (currency or "").upper() in ("EUR", "USD", "GBP", "CHF", "CAD", "AUD") else None
    out["expenses"] = {"reimbursable": True, **({"approval_over": threshold} if threshold else {})}
    out["ownership"] = {
        "rights": ["reproduction", "distribution", "public_communication", "transformation"],
        "territory": _WORLDWIDE[lang],
        "exclusive": True,
        "on_full_payment": True,
        "portfolio_use": True,
    }
    out["confidentiality_years"] = 3
    out["data_processing"] = False
    # non_solicitation_months: optional, off unless the user asks for it.
    return out


def why(field: str, language: str) -> str:
    """The one line that says why `field` matters, in `language` (English when unknown)."""
    texts = WHY[field]
    return texts.get(language, texts["en"])
