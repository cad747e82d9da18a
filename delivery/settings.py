"""How to reach the user's own SMTP server; the password is never part of it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal, cast

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
    def from_dict(cls, data: dict[str, Any]) -> SmtpSettings:
        """Settings read back from `to_dict`; unknown keys are ignored."""
        security = cast(Security, str(data.get("security", "starttls")))
        return cls(
            host=str(data["host"]),
            port=int(data.get("port", default_port(security) if security in SECURITIES else 587)),
            security=security,
            username=str(data.get("username", "")),
            allow_unencrypted=bool(data.get("allow_unencrypted", False)),
            timeout=float(data.get("timeout", 30.0)),
        )
