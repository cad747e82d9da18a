"""A project's history told in sentences: versions, change orders, documents, scans, mail, notes."""

from __future__ import annotations

from typing import Any

STATUS_NAMES: dict[str, dict[str, str]] = {
    "draft": {"es": "borrador", "en": "draft"},
    "sent": {"es": "enviado", "en": "sent"},
    "signed": {"es": "firmado", "en": "signed"},
    "completed": {"es": "completado", "en": "completed"},
    "terminated": {"es": "resuelto", "en": "terminated"},
    "proposed": {"es": "propuesta", "en": "proposed"},
    "accepted": {"es": "aceptada", "en": "accepted"},
    "rejected": {"es": "rechazada", "en": "rejected"},
}

DOCUMENT_NAMES: dict[str, dict[str, str]] = {
    "agreement": {"es": "contrato", "en": "agreement"},
    "checklist": {"es": "lista de alcance", "en": "scope checklist"},
    "change-order": {"es": "orden de cambio", "en": "change order"},
}

JOURNAL_NAMES: dict[str, dict[str, str]] = {
    "question": {"es": "pregunta", "en": "question"},
    "feedback": {"es": "comentarios", "en": "feedback"},
    "decision": {"es": "decisión", "en": "decision"},
    "incident": {"es": "incidencia", "en": "incident"},
    "letter": {"es": "carta", "en": "letter"},
}

_SENTENCES: dict[str, dict[str, str]] = {
    "status": {"es": "Estado: {status} ({date})", "en": "Status: {status} ({date})"},
    "change": {
        "es": "{number} propuesta: versión {version} sobre la {base}, a petición del {who}: {reason}",
        "en": "{number} proposed: version {version} over version {base}, requested by the {who}: {reason}",
    },
    "change_status": {"es": "{number} {status} ({date}){note}", "en": "{number} {status} ({date}){note}"},
    "attachment": {
        "es": "Copia firmada adjunta a {target}: {name} (SHA-256 {sha})",
        "en": "Signed copy attached to {target}: {name} (SHA-256 {sha})",
    },
    "journal": {"es": "Diario n.º {id} ({kind}, {date}): {text}", "en": "Journal #{id} ({kind}, {date}): {text}"},
    "strike": {"es": "Entrada n.º {id} tachada{note}", "en": "Entry #{id} struck through{note}"},
    "letter": {
        "es": "Carta al cliente n.º {id} ({date}), {action}: {subject} (SHA-256 {sha})",
        "en": "Letter to the client #{id} ({date}), {action}: {subject} (SHA-256 {sha})",
    },
    "letter_saved": {"es": "guardada", "en": "saved"},
    "letter_sent": {"es": "enviada", "en": "sent"},
    "document": {
        "es": "Documento generado: {doc} de la versión {version} en {fmt} ({name})",
        "en": "Document generated: {doc} of version {version} as {fmt} ({name})",
    },
    "email": {"es": "Correo enviado a {to}{cc}: {subject}", "en": "Email sent to {to}{cc}: {subject}"},
    "email_cc": {"es": " (con copia a {cc})", "en": " (cc {cc})"},
    "nobody": {"es": "(sin destinatarios)", "en": "(no recipients)"},
    "round": {
        "es": "{deliverable}: {what} ({date}){note}",
        "en": "{deliverable}: {what} ({date}){note}",
    },
    "signers": {"es": "; firmas electrónicas de {names}", "en": "; electronically signed by {names}"},
    "provider_signed": {"es": "; firmado como proveedor por {name}", "en": "; signed as the provider by {name}"},
    "trashed": {"es": "Enviado a la papelera", "en": "Moved to the trash"},
    "restored": {"es": "Recuperado de la papelera", "en": "Restored from the trash"},
    "payment": {"es": "Pago recibido ({what}): {amount} ({date})", "en": "Payment received ({what}): {amount} ({date})"},
    "deposit": {"es": "anticipo", "en": "deposit"},
    "installment": {"es": "pago parcial {n}", "en": "installment {n}"},
    "delivery": {"es": "entrega", "en": "delivery"},
    "feedback": {"es": "ronda de comentarios del cliente", "en": "round of client feedback"},
    "client": {"es": "cliente", "en": "client"},
    "provider": {"es": "proveedor", "en": "provider"},
    "version": {"es": "la versión {n}", "en": "version {n}"},
}


def name(table: dict[str, dict[str, str]], key: str, lang: str) -> str:
    """A translated name from one of the tables above (the key itself if unknown)."""
    return table.get(key, {}).get(lang, key)


def _s(key: str, lang: str, **params: object) -> str:
    return _SENTENCES[key].get(lang, _SENTENCES[key]["en"]).format(**params)


def _note(text: object) -> str:
    return f": {text}" if text else ""


def _signatures(data: dict[str, Any], lang: str) -> str:
    """`; electronically signed by A, B` for a record made from a received signed PDF."""
    names = [str(s.get("name", "")) for s in data.get("signatures") or () if isinstance(s, dict)]
    suffix = _s("signers", lang, names=", ".join(names)) if names else ""
    if data.get("signed_by"):
        suffix += _s("provider_signed", lang, name=data["signed_by"])
    return suffix


def describe_record(kind: str, data: dict[str, Any], lang: str) -> str:
    """One record of a project's history as a sentence in `lang` (with who signed, when known)."""
    return _describe(kind, data, lang) + (_signatures(data, lang) if kind in _SIGNABLE else "")


_SIGNABLE = frozenset({"status", "change_status", "document"})


def _describe(kind: str, data: dict[str, Any], lang: str) -> str:
    if kind == "status":
        return _s("status", lang, status=name(STATUS_NAMES, data["status"], lang), date=data["date"])
    if kind == "change":
        return _s(
            "change",
            lang,
            number=data["number"],
            version=data["version"],
            base=data["base_version"],
            who=_s(data["requested_by"], lang) if data["requested_by"] in ("client", "provider") else data["requested_by"],
            reason=data["reason"],
        )
    if kind == "change_status":
        return _s(
            "change_status",
            lang,
            number=data["number"],
            status=name(STATUS_NAMES, data["status"], lang),
            date=data["date"],
            note=_note(data.get("reason")),
        )
    if kind == "attachment":
        target = data["target"]
        where = target["change"] if "change" in target else _s("version", lang, n=target["version"])
        return _s("attachment", lang, target=where, name=data["name"], sha=data["sha256"][:12])
    if kind == "journal" and isinstance(data.get("letter"), dict):
        # A letter's whole text is in the record; the history names it by its subject and fingerprint.
        letter = data["letter"]
        action = _s(f"letter_{letter.get('action')}", lang) if letter.get("action") in ("saved", "sent") else ""
        return _s("letter", lang, id=data["id"], date=data["date"], action=action,
                  subject=letter.get("subject", ""), sha=str(letter.get("sha256", ""))[:12])
    if kind == "journal":
        return _s(
            "journal", lang, id=data["id"], kind=name(JOURNAL_NAMES, data["kind"], lang), date=data["date"], text=data["text"]
        )
    if kind == "strike":
        return _s("strike", lang, id=data["id"], note=_note(data.get("reason")))
    if kind == "document":
        doc = name(DOCUMENT_NAMES, data["kind"], lang)
        return _s(
            "document",
            lang,
            doc=f"{doc} {data['change']}" if data.get("change") else doc,
            version=data["version"],
            fmt=str(data["format"]).upper(),
            name=data.get("name", ""),
        )
    if kind == "email":
        to = list(data.get("to") or data.get("recipients") or [])
        cc = list(data.get("cc") or [])
        return _s(
            "email",
            lang,
            to=", ".join(to) or _s("nobody", lang),
            cc=_s("email_cc", lang, cc=", ".join(cc)) if cc else "",
            subject=data.get("subject", ""),
        )
    if kind == "round":
        return _s(
            "round", lang, deliverable=data["deliverable"], what=_s(data["kind"], lang), date=data["date"], note=_note(data.get("note"))
        )
    if kind in ("trashed", "restored"):
        return _s(kind, lang)
    if kind == "payment":
        return _s("payment", lang, what=payment_name(str(data["what"]), lang), amount=_money(data, lang), date=data["date"])
    return kind


def payment_name(key: str, lang: str) -> str:
    """`deposit` → anticipo, `2` → pago parcial 2, `CO-1` as it is."""
    if key == "deposit":
        return _s("deposit", lang)
    return _s("installment", lang, n=key) if key.isdigit() else key


def _money(data: dict[str, Any], lang: str) -> str:
    from decimal import Decimal

    from domain.formatting import money

    return money(Decimal(str(data["amount"])), str(data.get("currency", "EUR")), lang)
