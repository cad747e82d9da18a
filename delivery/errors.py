"""Why a message could not be sent, in plain words in Spanish and English."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class SendErrorCode(StrEnum):
    """What went wrong while sending, one code per thing the user can act on."""

    AUTH = "auth"
    AUTH_UNSUPPORTED = "auth_unsupported"
    PASSWORD_NEEDED = "password_needed"
    CERTIFICATE = "certificate"
    TLS_FAILED = "tls_failed"
    NO_ENCRYPTION = "no_encryption"
    TOO_LARGE = "too_large"
    UNREACHABLE = "unreachable"
    TIMEOUT = "timeout"
    CONNECTION_LOST = "connection_lost"
    RECIPIENTS_REFUSED = "recipients_refused"
    SENDER_REFUSED = "sender_refused"
    INTERNATIONAL_ADDRESS = "international_address"
    SERVER_ERROR = "server_error"
    CANCELLED = "cancelled"


_KEPT = {
    "es": " El mensaje no se ha enviado; puede guardarlo como borrador y enviarlo más tarde.",
    "en": " The message was not sent; you can save it as a draft and send it later.",
}

# Texts are ours, never the user's: str.format only sees our own placeholders, and values
# (host names, server replies) are inserted as they are.
_MESSAGES: dict[SendErrorCode, dict[str, str]] = {
    SendErrorCode.AUTH: {
        "es": "El servidor {host} no ha aceptado el usuario o la contraseña. Compruebe que son "
        "correctos; algunos proveedores exigen una «contraseña de aplicación» en lugar de la "
        "habitual.",
        "en": "The server {host} did not accept the user name or password. Check that they are "
        "right; some providers require an \u201capp password\u201d instead of your usual one.",
    },
    SendErrorCode.AUTH_UNSUPPORTED: {
        "es": "El servidor {host} no permite iniciar sesión con usuario y contraseña en esta "
        "conexión. Revise el puerto y el tipo de cifrado en la configuración del correo.",
        "en": "The server {host} does not allow signing in with a user name and password on this "
        "connection. Check the port and the encryption setting in the mail settings.",
    },
    SendErrorCode.PASSWORD_NEEDED: {
        "es": "Hace falta la contraseña de {username} en {host} para enviar el mensaje.",
        "en": "The password for {username} on {host} is needed to send the message.",
    },
    SendErrorCode.CERTIFICATE: {
        "es": "No se puede confirmar que el servidor {host} sea quien dice ser: su certificado "
        "no es de confianza ({detail}). Por seguridad no se ha enviado nada. Compruebe el nombre "
        "del servidor; si es correcto, consulte a su proveedor de correo.",
        "en": "Pacta cannot confirm that the server {host} is who it claims to be: its "
        "certificate is not trusted ({detail}). Nothing was sent, for your safety. Check the "
        "server name; if it is right, ask your mail provider.",
    },
    SendErrorCode.TLS_FAILED: {
        "es": "No se ha podido establecer una conexión cifrada con {host} ({detail}). Revise el "
        "puerto y el tipo de cifrado en la configuración del correo.",
        "en": "An encrypted connection to {host} could not be set up ({detail}). Check the port "
        "and the encryption setting in the mail settings.",
    },
    SendErrorCode.NO_ENCRYPTION: {
        "es": "La conexión con {host} no estaría cifrada: su contraseña y los documentos "
        "viajarían legibles para cualquiera. No se ha enviado nada. Si confía en esta red (por "
        "ejemplo, un servidor en su propio equipo), permita el envío sin cifrar para este "
        "servidor en la configuración del correo.",
        "en": "The connection to {host} would not be encrypted: your password and the documents "
        "would travel readable by anyone on the way. Nothing was sent. If you trust this network "
        "(for example, a server on your own computer), allow unencrypted sending for this server "
        "in the mail settings.",
    },
    SendErrorCode.TOO_LARGE: {
        "es": "El mensaje ocupa {size} y el servidor {host} solo admite hasta {limit}. Adjunte "
        "menos documentos o envíelos por otro medio.",
        "en": "The message is {size} and the server {host} accepts at most {limit}. Attach fewer "
        "documents or send them another way.",
    },
    SendErrorCode.UNREACHABLE: {
        "es": "No se ha podido conectar con el servidor {host} en el puerto {port} ({detail}). "
        "Compruebe su conexión a internet y el nombre y el puerto del servidor.",
        "en": "Could not connect to the server {host} on port {port} ({detail}). Check your "
        "internet connection and the server name and port.",
    },
    SendErrorCode.TIMEOUT: {
        "es": "El servidor {host} ha dejado de responder.",
        "en": "The server {host} stopped answering.",
    },
    SendErrorCode.CONNECTION_LOST: {
        "es": "Se ha perdido la conexión con el servidor {host} antes de terminar el envío.",
        "en": "The connection to the server {host} was lost before sending finished.",
    },
    SendErrorCode.RECIPIENTS_REFUSED: {
        "es": "El servidor {host} ha rechazado a los destinatarios: {recipients}. Compruebe que "
        "las direcciones están bien escritas.",
        "en": "The server {host} refused the recipients: {recipients}. Check that the addresses "
        "are spelled correctly.",
    },
    SendErrorCode.SENDER_REFUSED: {
        "es": "El servidor {host} no permite enviar desde la dirección {sender} ({detail}). Use "
        "la dirección de la cuenta con la que inicia sesión.",
        "en": "The server {host} does not allow sending from the address {sender} ({detail}). "
        "Use the address of the account you sign in with.",
    },
    SendErrorCode.INTERNATIONAL_ADDRESS: {
        "es": "Alguna dirección lleva caracteres que el servidor {host} no admite.",
        "en": "An address contains characters that the server {host} does not support.",
    },
    SendErrorCode.SERVER_ERROR: {
        "es": "El servidor {host} ha respondido con un error: {detail}.",
        "en": "The server {host} answered with an error: {detail}.",
    },
    SendErrorCode.CANCELLED: {
        "es": "Envío cancelado.",
        "en": "Sending was cancelled.",
    },
}


class _Params(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


class SendError(Exception):
    """A send that failed, with a code and a message the user can act on."""

    def __init__(self, code: SendErrorCode, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str, *, draft_note: bool = True) -> str:
        """The failure in plain words, in `lang` (es or en); the draft note unless told not to.

        Leave the note out when the caller has already kept the draft and says where.
        """
        texts = _MESSAGES[self.code]
        lang = lang if lang in texts else "en"
        params = {"host": "?", "port": "?", "detail": "", **self.params}
        for key in ("size", "limit"):
            if isinstance(self.params.get(key), int):
                params[key] = file_size(self.params[key], lang)
        text = texts[lang].format_map(_Params(params))
        if draft_note and self.code is not SendErrorCode.CANCELLED:
            text += _KEPT[lang]
        return text


class SendCancelled(SendError):
    """The user cancelled the send before the server accepted the message."""

    def __init__(self) -> None:
        super().__init__(SendErrorCode.CANCELLED)


def file_size(size: int, lang: str) -> str:
    """A byte count for people: `2,5 MB` in Spanish, `2.5 MB` in English."""
    if size < 1000:
        return f"{size} bytes"
    value, unit = (size / 1_000_000, "MB") if size >= 1_000_000 else (size / 1000, "kB")
    number = f"{value:.1f}".rstrip("0").rstrip(".")
    if lang == "es":
        number = number.replace(".", ",")
    return f"{number} {unit}"
