"""The SMTP password lives in the keyring or nowhere: never in a file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from delivery.config import SMTP_FILE, save_smtp
from delivery.drafts import write_eml
from delivery.mail import compose
from delivery.passwords import SERVICE, KeyringProblem, PasswordStore
from delivery.settings import SmtpSettings
from domain.model import Contract

keyring = pytest.importorskip("keyring")
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import KeyringLocked, PasswordDeleteError  # noqa: E402

SECRET = "Zq9!unique-password-7781"
SETTINGS = SmtpSettings(host="smtp.example.com", port=587, username="lucia@estudio-martin.example")


class MemoryKeyring(KeyringBackend):
    """A working backend that keeps passwords in this process only."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class LockedKeyring(MemoryKeyring):
    """A backend whose collection stays locked (the user dismissed the unlock prompt)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    """Put back whatever keyring backend was in use before the test."""
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary HOME with XDG config, data and cache folders inside."""
    root = tmp_path / "home"
    for name, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                      ("XDG_CACHE_HOME", ".cache")):
        (root / sub).mkdir(parents=True)
        monkeypatch.setenv(name, str(root / sub))
    monkeypatch.setenv("HOME", str(root))
    return root


def files_containing(folder: Path, text: str) -> list[Path]:
    """Every file under `folder` whose bytes contain `text` (UTF-8 or UTF-16)."""
    needles = (text.encode(), text.encode("utf-16-le"))
    return [p for p in folder.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)]


def test_without_a_keyring_backend_nothing_is_stored_anywhere(
    home: Path, monkeypatch: pytest.MonkeyPatch, restore_keyring: None, panaderia: Contract
) -> None:
    # keyring's own configuration path: the environment variable, read when no backend is set.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    store = PasswordStore()
    assert store.available() is False
    assert store.problem is KeyringProblem.NO_BACKEND
    assert store.save(SETTINGS, SECRET) is False
    assert store.get(SETTINGS) is None
    reason_es, reason_en = store.reason("es"), store.reason("en")
    assert reason_es is not None and "cada vez" in reason_es and "nunca se guarda" in reason_es
    assert reason_en is not None and "each time" in reason_en

    # What the app does write: its settings and a draft. Neither holds the password.
    written = save_smtp(SETTINGS, "lucia@estudio-martin.example", folder=home / ".config" / "Pacta")
    assert written.name == SMTP_FILE == "smtp.json"
    assert json.loads(written.read_text(encoding="utf-8"))["username"] == SETTINGS.username
    message = compose(panaderia, version=1, to=["jorge@laespiga.example"], sender="lucia@estudio-martin.example")
    write_eml(message, home / ".local" / "share" / "borrador.eml")
    assert "password" not in SETTINGS.to_dict()
    assert files_containing(home, SECRET) == []
    assert files_containing(home, "lucia@estudio-martin.example") != []  # the scan does see files


def test_set_keyring_to_the_failing_backend(restore_keyring: None) -> None:
    from keyring.backends import fail, null

    for backend in (fail.Keyring(), null.Keyring()):  # type: ignore[no-untyped-call]
        keyring.set_keyring(backend)
        store = PasswordStore()
        assert not store.available()
        assert not store.save(SETTINGS, SECRET)
        assert store.reason("en")


def test_a_working_keyring_keeps_the_password_under_pacta(restore_keyring: None) -> None:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    store = PasswordStore()
    assert store.available() and store.reason("es") is None
    assert store.get(SETTINGS) is None
    assert store.save(SETTINGS, SECRET)
    assert backend.entries == {(SERVICE, "lucia@estudio-martin.example@smtp.example.com"): SECRET}
    assert store.get(SETTINGS) == SECRET
    assert store.delete(SETTINGS)
    assert store.get(SETTINGS) is None
    assert store.delete(SETTINGS)  # already gone is fine


def test_a_keyring_error_is_reported_in_plain_words(restore_keyring: None) -> None:
    keyring.set_keyring(LockedKeyring())
    store = PasswordStore()
    assert store.available()
    assert store.save(SETTINGS, SECRET) is False
    assert store.problem is KeyringProblem.FAILED
    reason = store.reason("es")
    assert reason is not None and "Failed to unlock" in reason and "cada vez" in reason


def test_settings_round_trip_without_a_password() -> None:
    data = SETTINGS.to_dict()
    assert SmtpSettings.from_dict(data) == SETTINGS
    assert set(data) == {"host", "port", "security", "username", "allow_unencrypted", "timeout"}
    with pytest.raises(ValueError):
        SmtpSettings(host="smtp.example.com", security="tls")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        SmtpSettings(host=" ")
