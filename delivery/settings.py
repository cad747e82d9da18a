"""How to reach the user's own SMTP server; the password is never part of it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from domain.limits import LINE_CHARS, text_problem

Security = Literal["starttls", "ssl", "none"]
SECURITIES: tuple[Security, ...] = ("starttls", "ssl", "none")
_DEFAULT_PORTS: dict[Security, int] = {"starttls": 587, "ssl": 465, "none": 25}


def default_port(security: Security) -> int:
    """The usual port for a kind of security: 587, 465 or 25."""
    return _DEFAULT_PORTS[security]


@dataclass(frozen=True)
class SmtpSettings:
    """One outgoing mail server: where it is, how it is secured, who signs in."""

    host: str
    port: int = 587
    security: Security = "starttls"
    username: str = ""
    allow_unencrypted: bool = False
    timeout: float = 30.0

    def __post_init__(self) -> None:
        if self.security not in SECURITIES:
            raise ValueError(f"security must be one of {', '.join(SECURITIES)}")
        if not 0 < self.port < 65536:
            raise ValueError("port must be between 1 and 65535")
        if not self.host.strip():
            raise ValueError("host must not be empty")

    @property
    def account(self) -> str:
        """The key under which the password is kept in the keyring: `user@host`."""
        return f"{self.username}@{self.host.strip().lower()}"

    def to_dict(self) -> dict[str, Any]:
        """The settings as JSON types, for the app's settings file (no password)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> SmtpSettings:
        """Settings read back from `to_dict`, strictly: SettingsInvalid names every key of the
        wrong type ("false" is not false), unknown or out of range."""
        return SmtpFile.read(data)[0]


class SmtpFile(BaseModel):
    """`smtp.json` as it must be written: JSON types exactly, no key Pacta does not know."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    host: str = Field(min_length=1, max_length=LINE_CHARS)
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Security = "starttls"
    username: str = Field(default="", max_length=LINE_CHARS)
    # A sign-in or a message in clear text only with an explicit JSON true.
    allow_unencrypted: bool = False
    timeout: float = Field(default=30.0, gt=0, le=600)
    sender: str = Field(default="", max_length=LINE_CHARS)

    @classmethod
    def read(cls, data: Any) -> tuple[SmtpSettings, str]:
        """The settings and the sender address, or SettingsInvalid naming each wrong key."""
        if not isinstance(data, dict):
            raise SettingsInvalid([("", "object", {})])
        try:
            file = cls.model_validate(data)
        except ValidationError as exc:
            raise SettingsInvalid([_problem(err) for err in exc.errors()]) from None
        problems: list[tuple[str, str, dict[str, Any]]] = [(key, "text", {}) for key in ("host", "username", "sender")
                    if text_problem(getattr(file, key), multiline=False, limit=LINE_CHARS)]
        if not file.host.strip():
            problems.append(("host", "missing", {}))
        if problems:
            raise SettingsInvalid(problems)
        settings = SmtpSettings(
            host=file.host, port=file.port if file.port is not None else default_port(file.security),
            security=file.security, username=file.username, allow_unencrypted=file.allow_unencrypted,
            timeout=file.timeout,
        )
        return settings, file.sender


_PROBLEMS = {
    "bool_type": "bool", "int_type": "int", "float_type": "number", "string_type": "text", "literal_error": "choice",
    "extra_forbidden": "unknown", "missing": "missing", "greater_than": "range", "greater_than_equal": "range",
    "less_than": "range", "less_than_equal": "range", "string_too_short": "missing", "string_too_long": "long",
    "int_from_float": "int",
}


def _problem(err: Any) -> tuple[str, str, dict[str, Any]]:
    key = ".".join(str(part) for part in err["loc"])
    code = _PROBLEMS.get(err["type"], "invalid")
    given = err.get("input")
    return key, code, {"given": json.dumps(given, ensure_ascii=False)[:40] if code != "missing" else ""}


_WORDS: dict[str, dict[str, str]] = {
    "bool": {"en": "\"{key}\" must be true or false, without quotes, not {given}",
             "es": "«{key}» debe valer true o false, sin comillas, no {given}"},
    "int": {"en": "\"{key}\" must be a whole number, without quotes, not {given}",
            "es": "«{key}» debe ser un número entero, sin comillas, no {given}"},
    "number": {"en": "\"{key}\" must be a number, without quotes, not {given}",
               "es": "«{key}» debe ser un número, sin comillas, no {given}"},
    "text": {"en": "\"{key}\" must be one line of text in quotes",
             "es": "«{key}» debe ser una línea de texto entre comillas"},
    "choice": {"en": "\"{key}\" must be starttls, ssl or none, not {given}",
               "es": "«{key}» debe valer starttls, ssl o none, no {given}"},
    "unknown": {"en": "\"{key}\" is not a mail setting (check the spelling)",
                "es": "«{key}» no es un ajuste del correo (revise cómo está escrito)"},
    "missing": {"en": "\"{key}\" is required", "es": "falta «{key}»"},
    "range": {"en": "\"{key}\" is out of range ({given})", "es": "«{key}» está fuera del intervalo admitido ({given})"},
    "long": {"en": "\"{key}\" is too long", "es": "«{key}» es demasiado largo"},
    "object": {"en": "the file must hold one JSON object", "es": "el archivo debe contener un único objeto JSON"},
    "invalid": {"en": "\"{key}\" is not valid ({given})", "es": "«{key}» no es válido ({given})"},
}


class SettingsInvalid(ValueError):
    """Settings data with keys of the wrong type, unknown or out of range: (key, code, facts)."""

    def __init__(self, problems: list[tuple[str, str, dict[str, Any]]]) -> None:
        self.problems = problems
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        """Every problem in words, in `lang`."""
        lang = lang if lang in ("es", "en") else "en"
        return "; ".join(_WORDS[code][lang].format(key=key, **params) for key, code, params in self.problems)
