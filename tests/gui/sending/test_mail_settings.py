"""The mail server settings dialog: what it saves, what it refuses, and where the password goes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from delivery.config import SMTP_FILE, load_smtp, save_smtp
from delivery.settings import SmtpSettings
from gui.sending.settings import MailSettingsDialog
from tests.gui.keys import type_text


def open_settings(qtbot, ctx) -> MailSettingsDialog:
    dialog = MailSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot, dialog: MailSettingsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_settings_are_saved_without_the_password(qtbot, ctx, _private_config: Path, tmp_path) -> None:
    dialog = open_settings(qtbot, ctx)
    assert dialog.port.value() == 587 and dialog.current_security() == "starttls"
    type_text(qtbot, dialog.host, "smtp.estudio-martin.example")
    dialog.security.setCurrentIndex(dialog.security.findData("ssl"))
    assert dialog.port.value() == 465  # the usual port follows the encryption
    type_text(qtbot, dialog.username, "lucia@estudio-martin.example")
    type_text(qtbot, dialog.sender_edit, "Lucía Martín <lucia@estudio-martin.example>")
    assert not dialog.password.isEnabled()  # the fail keyring: asked for at each send instead
    dialog.grab().save(str(tmp_path / "mail_settings_en.png"))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)

    loaded = load_smtp()
    assert loaded == (SmtpSettings(host="smtp.estudio-martin.example", port=465, security="ssl",
                                   username="lucia@estudio-martin.example"),
                      "Lucía Martín <lucia@estudio-martin.example>")
    data = json.loads((_private_config / SMTP_FILE).read_text(encoding="utf-8"))
    assert "password" not in json.dumps(data).lower()


def test_saved_settings_are_shown_again(qtbot, ctx) -> None:
    save_smtp(SmtpSettings(host="mail.example.com", port=2525, security="none", username="u",
                           allow_unencrypted=True), "u@example.com")
    dialog = open_settings(qtbot, ctx)
    assert (dialog.host.text(), dialog.port.value(), dialog.current_security()) == ("mail.example.com", 2525, "none")
    assert dialog.allow.isChecked() and dialog.username.text() == "u"
    assert dialog.sender_edit.text() == "u@example.com"
    assert dialog.forget.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.forget, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: load_smtp() is None, timeout=5000)


def test_unencrypted_needs_the_explicit_permission(qtbot, ctx_es, tmp_path) -> None:
    dialog = open_settings(qtbot, ctx_es)
    type_text(qtbot, dialog.host, "192.168.1.10")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    assert dialog.port.value() == 25
    type_text(qtbot, dialog.sender_edit, "lucia@estudio-martin.example")
    save(qtbot, dialog)
    assert dialog.error.isVisible()
    assert "sin cifrar" in dialog.error.text() or "Without encryption" in dialog.error.text()
    assert load_smtp() is None
    dialog.grab().save(str(tmp_path / "mail_settings_es.png"))
    qtbot.mouseClick(dialog.allow, Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: load_smtp() is not None, timeout=5000)
    settings, _sender = load_smtp()
    assert settings.security == "none" and settings.allow_unencrypted


@pytest.mark.parametrize(("host", "sender", "expected"), [
    ("", "a@b.example", "outgoing mail server"),
    ("smtp.example.com", "", "sent from"),
    ("smtp.example.com", "not an address", "not a valid email address"),
])
def test_incomplete_settings_are_refused(qtbot, ctx, host: str, sender: str, expected: str) -> None:
    dialog = open_settings(qtbot, ctx)
    dialog.host.setText(host)
    dialog.sender_edit.setText(sender)
    save(qtbot, dialog)
    assert expected in dialog.error.text()
    assert load_smtp() is None


def test_with_a_keyring_the_password_goes_there_and_nowhere_else(
    qtbot, ctx, monkeypatch, tmp_path, _private_config: Path
) -> None:
    import keyring

    from tests.delivery.test_passwords import MemoryKeyring

    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    try:
        dialog = open_settings(qtbot, ctx)
        assert dialog.password.isEnabled()
        type_text(qtbot, dialog.host, "smtp.example.com")
        type_text(qtbot, dialog.username, "lucia")
        type_text(qtbot, dialog.password, "s3cret-Pässword")
        type_text(qtbot, dialog.sender_edit, "lucia@example.com")
        save(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
        assert memory.entries == {("Pacta", "lucia@smtp.example.com"): "s3cret-Pässword"}
    finally:
        keyring.set_keyring(previous)
    for folder in (_private_config, tmp_path):
        for path in folder.rglob("*"):
            if path.is_file():
                assert b"s3cret" not in path.read_bytes(), path


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_test_connection_signs_in_and_says_so(qtbot, ctx, monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QInputDialog

    from tests.delivery.conftest import PASSWORD, USER, authenticate
    from tests.gui.sending.test_email_dialog import start_server

    server, stop = start_server(authenticator=authenticate, auth_required=True, auth_require_tls=False)
    try:
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (PASSWORD, True)))
        dialog = open_settings(qtbot, ctx)
        dialog.host.setText(server.host)
        dialog.security.setCurrentIndex(dialog.security.findData("none"))
        dialog.port.setValue(server.port)
        dialog.allow.setChecked(True)
        dialog.username.setText(USER)
        dialog.sender_edit.setText("lucia@estudio-martin.example")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10000)
        assert dialog.tested, dialog.error.text()
        assert "accepted the connection and the password" in dialog.error.text()
        dialog.grab().save(str(tmp_path / "mail_settings_tested_en.png"))

        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("wrong", True)))
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10000)
        assert not dialog.tested
        assert "did not accept the user name or password" in dialog.error.text()
        assert server.handler.received == []
        assert load_smtp() is None  # testing saves nothing
    finally:
        stop()


def test_the_unencrypted_permission_is_for_one_server(qtbot, ctx) -> None:
    save_smtp(SmtpSettings(host="192.168.1.10", port=25, security="none", allow_unencrypted=True), "u@example.com")
    dialog = open_settings(qtbot, ctx)
    assert dialog.allow.isChecked()
    dialog.host.selectAll()
    type_text(qtbot, dialog.host, "smtp.elsewhere.example")
    assert not dialog.allow.isChecked()  # another server must be allowed anew
    save(qtbot, dialog)
    assert dialog.error.isVisible() and load_smtp() == (
        SmtpSettings(host="192.168.1.10", port=25, security="none", allow_unencrypted=True), "u@example.com")
    qtbot.mouseClick(dialog.allow, Qt.MouseButton.LeftButton)
    assert dialog.allow.isChecked()
    type_text(qtbot, dialog.host, "  ")  # spaces around the same server keep the permission
    assert dialog.allow.isChecked()
