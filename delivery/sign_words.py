"""Every sentence of signing, receiving and verifying, in Spanish and English.

The command line prints them and the app shows them; each is looked up by a code with
named parameters, so a result object can carry the code and be said in either language.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from domain import formatting

_WORDS: dict[str, dict[str, str]] = {
    # Signing
    "stamp": {
        "es": "Firmado electrónicamente por\n{signer}\n{time}",
        "en": "Electronically signed by\n{signer}\n{time}",
    },
    "reason": {"es": "Firma del proveedor", "en": "Provider's signature"},
    "signed_suffix": {"es": "-firmado", "en": "-signed"},
    "signed": {
        "es": "firmado como proveedor por {signer}: {path}",
        "en": "signed as the provider by {signer}: {path}",
    },
    "certificate_password": {
        "es": "no se puede abrir el certificado {path}: la contraseña no es correcta o el archivo no es un "
              "certificado PKCS#12 (.p12 o .pfx)",
        "en": "the certificate {path} cannot be opened: the password is wrong or the file is not a PKCS#12 "
              "certificate (.p12 or .pfx)",
    },
    "certificate_empty": {
        "es": "el archivo {path} no contiene a la vez un certificado y su clave privada",
        "en": "the file {path} does not hold both a certificate and its private key",
    },
    "certificate_expired": {
        "es": "el certificado {path} caducó el {date}; firme con uno vigente",
        "en": "the certificate {path} expired on {date}; sign with one that is still valid",
    },
    "certificate_not_yet": {
        "es": "el certificado {path} no es válido hasta el {date}",
        "en": "the certificate {path} is not valid until {date}",
    },
    "no_signature_space": {
        "es": "{document} no tiene los espacios de firma de ambas partes",
        "en": "{document} lacks the signature spaces of both parties",
    },
    "no_password": {
        "es": "falta la contraseña del certificado (escríbala cuando se le pida o use PACTA_CERT_PASSWORD)",
        "en": "the certificate's password is missing (type it when asked, or set PACTA_CERT_PASSWORD)",
    },
    "no_certificate": {
        "es": "indique su certificado con --certificate ARCHIVO.p12 (se recordará para la próxima vez)",
        "en": "name your certificate with --certificate FILE.p12 (it is remembered for next time)",
    },
    "settings_unreadable": {
        "es": "no se puede leer la configuración de firma {path}: {detail}",
        "en": "the signing settings {path} cannot be read: {detail}",
    },
    "password_prompt": {"es": "Contraseña del certificado {path}: ", "en": "Password of the certificate {path}: "},
    "trust_unreadable": {
        "es": "{path} no es un certificado en formato PEM o DER",
        "en": "{path} is not a certificate in PEM or DER form",
    },
    # Receiving: outcomes
    "recv.signed": {
        "es": "Ambas partes firmaron {document} de la versión {version} el {date} ({signers}): queda "
              "registrado como firmado y el archivo se guarda con la versión.",
        "en": "Both parties signed the {document} of version {version} on {date} ({signers}): it is recorded "
              "as signed and the file is kept with the version.",
    },
    "recv.attached": {
        "es": "Ambas partes firmaron {document} de la versión {version} el {date} ({signers}): el archivo se "
              "guarda con la versión.",
        "en": "Both parties signed the {document} of version {version} on {date} ({signers}): the file is kept "
              "with the version.",
    },
    "recv.not_pdf": {"es": "{path} no es un PDF", "en": "{path} is not a PDF"},
    "recv.unsigned": {
        "es": "{path} no lleva ninguna firma electrónica; no se registra nada",
        "en": "{path} carries no electronic signature; nothing is recorded",
    },
    "recv.client_only": {
        "es": "firmado solo por el cliente ({signer}); falta la firma del proveedor, así que no se registra nada",
        "en": "signed by the client only ({signer}); the provider's signature is missing, so nothing is recorded",
    },
    "recv.provider_only": {
        "es": "firmado solo por el proveedor ({signer}); falta la firma del cliente, así que no se registra nada",
        "en": "signed by the provider only ({signer}); the client's signature is missing, so nothing is recorded",
    },
    "recv.untrusted": {
        "es": "la firma {party} ({signer}) es válida, pero su certificado no es de confianza: ni el sistema ni "
              "los certificados añadidos con --trust lo avalan; no se registra nada",
        "en": "the {party} signature ({signer}) is valid but the certificate is not trusted: neither the system "
              "nor the certificates added with --trust vouch for it; nothing is recorded",
    },
    "recv.expired": {
        "es": "la firma {party} ({signer}) se hizo con un certificado que caducó el {expired}; no se registra "
              "nada",
        "en": "the {party} signature ({signer}) was made with a certificate that expired on {expired}; nothing "
              "is recorded",
    },
    "recv.same_signer": {
        "es": "la firma del cliente se hizo con el mismo certificado (o la misma clave o el mismo titular) que la "
              "del proveedor ({signer}): una sola persona no puede firmar por ambas partes; no se registra nada",
        "en": "the client's signature was made with the same certificate (or the same key or holder) as the "
              "provider's ({signer}): one person cannot sign for both parties; nothing is recorded",
    },
    "recv.other_certificate": {
        "es": "la firma del proveedor ({signer}) no se hizo con el certificado con el que «pacta sign» firmó "
              "este documento; no se registra nada",
        "en": "the provider's signature ({signer}) was not made with the certificate `pacta sign` signed this "
              "document with; nothing is recorded",
    },
    "recv.broken": {
        "es": "la firma {party} ({signer}) no corresponde a los datos del documento: el archivo se alteró "
              "o la firma está dañada; no se registra nada",
        "en": "the {party} signature ({signer}) does not match the document's bytes: the file was altered or "
              "the signature is damaged; nothing is recorded",
    },
    "recv.changed": {
        "es": "el documento se modificó después de firmarse (la revisión {revision} {what}); no se registra nada",
        "en": "the document was changed after it was signed (revision {revision} {what}); nothing is recorded",
    },
    "recv.changed.pages": {
        "es": "cambia lo que muestran las páginas: añade o modifica texto o dibujos",
        "en": "changes what the pages show: it adds or alters text or drawings",
    },
    "recv.changed.annotations": {
        "es": "añade comentarios o anotaciones sobre las páginas",
        "en": "adds comments or annotations on the pages",
    },
    "recv.changed.coverage": {
        "es": "no está cubierta por ninguna firma",
        "en": "is not covered by any signature",
    },
    "recv.other_project": {
        "es": "este documento es del proyecto {other}, no del {project}; no se registra nada",
        "en": "this document belongs to project {other}, not to {project}; nothing is recorded",
    },
    "recv.other_version": {
        "es": "este documento es {document} de la versión {version}, pero la versión que corresponde firmar es "
              "la {expected}; no se registra nada",
        "en": "this is the {document} of version {version}, but the version to be signed is version {expected}; "
              "nothing is recorded",
    },
    "recv.not_pacta": {
        "es": "lo que se firmó no es, byte a byte, ningún documento que Pacta haya generado para este proyecto; "
              "no se registra nada",
        "en": "what was signed is not, byte for byte, any document Pacta wrote for this project; "
              "nothing is recorded",
    },
    "recv.already": {
        "es": "{document} de la versión {version} ya consta como firmado; no se registra nada",
        "en": "the {document} of version {version} is already recorded as signed; nothing is recorded",
    },
    "recv.decided": {
        "es": "la orden de cambio {change} ya está {status}; no se registra nada",
        "en": "change order {change} is already {status}; nothing is recorded",
    },
    # Receiving: one line per signature
    "recv.line": {
        "es": "firma {party}: {signer}, {time}, {state}",
        "en": "{party} signature: {signer}, {time}, {state}",
    },
    "party.provider": {"es": "del proveedor", "en": "provider's"},
    "party.client": {"es": "del cliente", "en": "client's"},
    "state.ok": {"es": "válida y de confianza", "en": "valid and trusted"},
    "state.untrusted": {"es": "válida, certificado no de confianza", "en": "valid, certificate not trusted"},
    "state.expired": {"es": "certificado caducado", "en": "certificate expired"},
    "state.broken": {"es": "no corresponde al documento", "en": "does not match the document"},
    "state.changed": {"es": "documento modificado después", "en": "document changed afterwards"},
    # Verifying
    "verify.unknown": {"es": "desconocido para esta carpeta de datos: {fp}", "en": "unknown to this data folder: {fp}"},
    "verify.not_pacta": {
        "es": "{path} no lleva la huella de un documento de Pacta (ni en sus datos ni en un código QR legible)",
        "en": "{path} carries no Pacta document fingerprint (neither in its data nor in a readable QR code)",
    },
    "verify.found": {
        "es": "proyecto {pid} «{title}», versión {n}, huella {fp}",
        "en": "project {pid} “{title}”, version {n}, fingerprint {fp}",
    },
    "verify.in_force": {"es": "es la versión en vigor", "en": "it is the version in force"},
    "verify.current": {
        "es": "es la versión actual del contrato, que aún no consta como firmado",
        "en": "it is the contract's current version, not yet recorded as signed",
    },
    "verify.superseded": {
        "es": "ya no es la versión en vigor (ahora lo es la versión {n})",
        "en": "it is no longer the version in force (version {n} is)",
    },
    "verify.proposed": {
        "es": "es la versión que propone la orden de cambio {change}, aún no aceptada: nunca ha estado en vigor "
              "(la versión en vigor es la {n})",
        "en": "it is the version proposed by change order {change}, not accepted yet: it has never been in force "
              "(version {n} is in force)",
    },
    "verify.rejected": {
        "es": "es la versión que proponía la orden de cambio {change}, que se rechazó: nunca entró en vigor "
              "(la versión en vigor es la {n})",
        "en": "it is the version proposed by change order {change}, which was rejected: it never came into force "
              "(version {n} is in force)",
    },
    "verify.by_qr": {
        "es": "identificado por el código QR impreso en sus páginas",
        "en": "identified by the QR code printed on its pages",
    },
    "verify.same": {
        "es": "su texto es el {document} de la versión {n}",
        "en": "its text is that {document} of version {n}",
    },
    "verify.differs": {
        "es": "su texto NO es el {document} de la versión {n}; difiere en:",
        "en": "its text is NOT that {document} of version {n}; it differs in:",
    },
    "verify.diff": {
        "es": "{label}{version} en la versión, {file} en este archivo",
        "en": "{label}{version} in the version, {file} in this file",
    },
    "verify.added": {"es": "{label}este archivo añade «{file}»", "en": "{label}this file adds “{file}”"},
    "verify.removed": {"es": "{label}a este archivo le falta «{version}»", "en": "{label}this file lacks “{version}”"},
    "verify.no_tools": {
        "es": "su texto no se ha comparado porque falta poppler-utils (pdftotext): instálelo para comprobar "
              "el contenido; esto identifica la versión, no comprueba su contenido",
        "en": "its text was not compared because poppler-utils (pdftotext) is missing: install it to check the "
              "content; this identifies the version, it does not check its content",
    },
    "verify.no_scan": {
        "es": "no tiene texto que comparar (es una imagen o un escaneo): esto identifica la versión, no "
              "comprueba su contenido",
        "en": "it has no text to compare (it is a picture or a scan): this identifies the version, it does not "
              "check its content",
    },
    "verify.no_office": {
        "es": "otro programa escribió este PDF y aquí no está LibreOffice para exportar del mismo modo una copia "
              "nueva, así que su texto no se ha comparado: esto identifica la versión, no comprueba su contenido",
        "en": "another program wrote this PDF and LibreOffice is not here to export a fresh copy the same way, so "
              "its text was not compared: this identifies the version, it does not check its content",
    },
    "doc.agreement": {"es": "el contrato", "en": "agreement"},
    "doc.checklist": {"es": "la lista de alcance", "en": "scope checklist"},
    "doc.change-order": {"es": "la orden de cambio", "en": "change order"},
    "of.agreement": {"es": "del contrato", "en": "of the agreement"},
    "of.checklist": {"es": "de la lista de alcance", "en": "of the scope checklist"},
    "of.change-order": {"es": "de la orden de cambio", "en": "of the change order"},
    "status.accepted": {"es": "aceptada", "en": "accepted"},
    "status.rejected": {"es": "rechazada", "en": "rejected"},
}


class SigningError(Exception):
    """A refusal while signing, receiving or verifying, said in either language."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str) -> str:
        """The refusal in words, in `lang` (es or en)."""
        return words(self.code, lang, **self.params)


def words(code: str, lang: str, **params: Any) -> str:
    """The sentence `code` in `lang` with its parameters filled (dates in the language's style)."""
    table = _WORDS[code]
    text = table.get(lang) or table["en"]
    shown = {k: formatting.date(v, lang) if isinstance(v, dt.date) and not isinstance(v, dt.datetime) else v
             for k, v in params.items()}
    return text.format(**shown) if shown else text
