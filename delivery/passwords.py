"""The SMTP password (and a signing certificate's, when the user asks), kept in the system keyring
under service "Pacta" and nowhere else."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Protocol

SERVICE = "Pacta"


class Account(Protocol):
    """What a password is filed under: the SMTP settings, or a signing certificate's entry."""

    @property
    def account(self) -> str: ...


class KeyringProblem(StrEnum):
    """Why the keyring cannot keep the password."""

    NOT_INSTALLED = "not_installed"
    NO_BACKEND = "no_backend"
    FAILED = "failed"


_REASONS = {
    KeyringProblem.NOT_INSTALLED: {
        "es": "Pacta no puede usar el almacén de contraseñas del sistema en este equipo. Le "
        "pediremos la contraseña cada vez que envíe un mensaje; nunca se guarda en un archivo.",
        "en": "Pacta cannot use the system's password store on this computer. It will ask for "
        "the password each time you send; it is never saved to a file.",
    },
    KeyringProblem.NO_BACKEND: {
        "es": "Este equipo no tiene un almacén de contraseñas seguro (llavero del sistema) al "
        "que Pacta pueda acceder. Le pediremos la contraseña cada vez que envíe un mensaje; "
        "nunca se guarda en un archivo.",
        "en": "This computer has no secure password store (system keyring) that Pacta can use. "
        "It will ask for the password each time you send; it is never saved to a file.",
    },
    KeyringProblem.FAILED: {
        "es": "El almacén de contraseñas del sistema no ha podido guardar ni leer la contraseña "
        "({detail}). Le pediremos la contraseña cada vez que envíe un mensaje; nunca se guarda "
        "en un archivo.",
        "en": "The system's password store could not save or read the password ({detail}). "
        "Pacta will ask for the password each time you send; it is never saved to a file.",
    },
}

# Backends that refuse every call, drop what they are given, or write passwords to files.
_UNSAFE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class PasswordStore:
    """The keyring for SMTP passwords, saying plainly when there is none to use."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service
        self.problem: KeyringProblem | None = None
        self.detail = ""

    def available(self) -> bool:
        """Whether a secure keyring backend is there; if not, `reason()` says why."""
        backend = self._backend()
        return backend is not None

    def reason(self, lang: str = "en") -> str | None:
        """Why passwords cannot be kept, in plain words; None when they can."""
        if self.problem is None:
            return None
        texts = _REASONS[self.problem]
        return texts.get(lang, texts["en"]).format(detail=self.detail or "?")

    def get(self, settings: Account) -> str | None:
        """The saved password for this server and user, or None (not saved, or no keyring)."""
        backend = self._backend()
        if backend is None:
            return None
        try:
            value = backend.get_password(self.service, settings.account)
        except Exception as exc:  # any backend failure means "ask the user"
            self._fail(exc)
            return None
        return value if isinstance(value, str) else None

    def save(self, settings: Account, password: str) -> bool:
        """Keep the password in the keyring; False (see `reason()`) when it could not be."""
        backend = self._backend()
        if backend is None:
            return False
        try:
            backend.set_password(self.service, settings.account, password)
        except Exception as exc:  # the password stays in memory only; the caller asks again
            self._fail(exc)
            return False
        return True

    def delete(self, settings: Account) -> bool:
        """Forget the saved password; True when the keyring no longer holds it."""
        backend = self._backend()
        if backend is None:
            return False
        try:
            backend.delete_password(self.service, settings.account)
        except Exception as exc:
            from keyring.errors import PasswordDeleteError

            if isinstance(exc, PasswordDeleteError):
                return True  # nothing was saved
            self._fail(exc)
            return False
        return True

    def _backend(self) -> Any | None:
        try:
            import keyring
            from keyring.backends.chainer import ChainerBackend
        except ImportError:
            self.problem, self.detail = KeyringProblem.NOT_INSTALLED, ""
            return None
        try:
            backend = keyring.get_keyring()
        except Exception as exc:
            self._fail(exc)
            return None
        chosen: Any = backend
        if isinstance(backend, ChainerBackend):
            chained = list(backend.backends)
            chosen = chained[0] if chained else None
        if chosen is None or type(chosen).__module__.startswith(_UNSAFE_MODULES):
            self.problem, self.detail = KeyringProblem.NO_BACKEND, ""
            return None
        self.problem, self.detail = None, ""
        return backend

    def _fail(self, exc: BaseException) -> None:
        self.problem = KeyringProblem.FAILED
        self.detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
