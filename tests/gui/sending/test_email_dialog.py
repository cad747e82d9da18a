"""The email dialog driven like a user, sending through a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from shiboken6 import isValid

from delivery.config import save_smtp
from delivery.settings import SmtpSettings
from documents import read_pdf_stamp
from domain.lifecycle import RecordKind
from gui.sending.email_dialog import EmailDialog
from tests.delivery.conftest import PASSWORD, USER, Handler, Server, authenticate, free_port
from tests.gui.keys import type_text
from tests.gui.sending.test_print import open_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

SENDER = "Lucía Martín <lucia@estudio-martin.example>"


def start_server(**smtp_kwargs: Any) -> tuple[Server, Callable[[], None]]:
    """An aiosmtpd server on loopback (as tests/delivery starts them) and the function that stops it."""
    from aiosmtpd.controller import Controller

    handler = Handler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, ready_timeout=5.0,
                            server_hostname="mail.test", **smtp_kwargs)
    controller.start()
    return Server("127.0.0.1", port, handler), controller.stop


@pytest.fixture
def smtp_server() -> Iterator[Callable[..., Server]]:
    """Start servers for one test; stopped when it ends."""
    stops: list[Callable[[], None]] = []

    def start(**smtp_kwargs: Any) -> Server:
        server, stop = start_server(**smtp_kwargs)
        stops.append(stop)
        return server

    yield start
    for stop in stops:
        stop()


def configure(server: Server, **kwargs: object) -> SmtpSettings:
    """Mail settings for the loopback server, saved where the app reads them."""
    settings = SmtpSettings(host=server.host, port=server.port, security="none", allow_unencrypted=True,
                            timeout=5.0, **kwargs)  # type: ignore[arg-type]
    save_smtp(settings, SENDER)
    return settings


def open_dialog(qtbot, sending) -> EmailDialog:
    sending.email_dialog = None
    sending.email()
    qtbot.waitUntil(lambda: sending.email_dialog is not None and sending.email_dialog.isVisible(), timeout=5000)
    return sending.email_dialog


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def parse(content: bytes) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(content)
    assert isinstance(message, EmailMessage)
    return message


def attachments(message: EmailMessage) -> dict[str, bytes]:
    return {str(part.get_filename()): bytes(part.get_payload(decode=True)) for part in message.iter_attachments()}


def test_send_delivers_the_message_and_keeps_it_in_the_history(qtbot, ctx, examples_dir, smtp_server, tmp_path) -> None:
    server = smtp_server()
    configure(server)
    window, sending = open_window(qtbot, ctx, examples_dir)
    pid = sending.detail.project_id
    dialog = open_dialog(qtbot, sending)
    assert dialog.to.text() == "jorge@laespiga.example"
    assert dialog.subject.text() == "Contrato de servicios: Rediseño del sitio web de Panadería La Espiga (versión 1)"
    assert "Le adjunto los documentos de la versión 1" in dialog.body.toPlainText()
    assert dialog.send_button.isVisible() and dialog.send_button.isDefault()
    assert dialog.open_button.isVisible() and not dialog.open_button.isDefault()  # the draft stays on offer
    assert "127.0.0.1" in dialog.notice.text()

    type_text(qtbot, dialog.cc, "Ana Gómez <ana@laespiga.example>")
    click(qtbot, dialog.attach[("agreement", "docx")])
    click(qtbot, dialog.attach[("checklist", "pdf")])  # untick: agreement PDF and DOCX only
    assert dialog.chosen() == [("agreement", "pdf"), ("agreement", "docx")]
    dialog.grab().save(str(tmp_path / "email_dialog_en.png"))
    click(qtbot, dialog.send_button)
    assert dialog.progress_frame.isVisible() and dialog.close_button.text() == "Cancel"
    qtbot.waitUntil(lambda: dialog.result_data is not None, timeout=30000)

    [got] = server.handler.received
    assert got.rcpt_tos == ["jorge@laespiga.example", "ana@laespiga.example"]
    assert got.mail_from == "lucia@estudio-martin.example"
    message = parse(got.content)
    assert message["Subject"] == "Contrato de servicios: Rediseño del sitio web de Panadería La Espiga (versión 1)"
    assert message["To"] == "jorge@laespiga.example"
    assert "ana@laespiga.example" in message["Cc"]
    files = attachments(message)
    assert files == {d.name: d.data for d in dialog.documents}
    assert [(d.kind, d.fmt) for d in dialog.documents] == [("agreement", "pdf"), ("agreement", "docx")]
    pdf = next(d for d in dialog.documents if d.fmt == "pdf")
    version = ctx.repository().version(pid)
    assert read_pdf_stamp(files[pdf.name]) == {"project_id": pid, "version": 1, "fingerprint": version.fingerprint}
    assert files[next(d.name for d in dialog.documents if d.fmt == "docx")].startswith(b"PK")

    [record] = [r for r in ctx.repository().records(pid) if r.kind == RecordKind.EMAIL.value]
    assert record.data["to"] == ["jorge@laespiga.example"]
    assert record.data["cc"] == ["ana@laespiga.example"]
    assert record.data["version"] == 1
    assert [(d["kind"], d["format"], d["fingerprint"]) for d in record.data["documents"]] == [
        ("agreement", "pdf", version.fingerprint), ("agreement", "docx", version.fingerprint)]
    assert [a["sha256"] for a in record.data["attachments"]] == [
        hashlib.sha256(data).hexdigest() for data in files.values()]
    assert not isValid(dialog) or not dialog.isVisible()  # closed once sent
    qtbot.waitUntil(lambda: "Sent to jorge@laespiga.example" in window.statusBar().currentMessage(), timeout=5000)


def test_a_message_over_the_size_limit_says_so_and_keeps_the_draft(qtbot, ctx_es, examples_dir, smtp_server, tmp_path) -> None:
    server = smtp_server(data_size_limit=20_000)
    configure(server)
    _window, sending = open_window(qtbot, ctx_es, examples_dir)
    pid = sending.detail.project_id
    dialog = open_dialog(qtbot, sending)
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: not dialog.sending and dialog.error.isVisible(), timeout=30000)

    text = dialog.error.text()
    assert "solo admite hasta" in text and str(server.host) in text
    assert dialog.draft is not None and dialog.draft.is_file()
    assert dialog.draft.parent == ctx_es.data_dir / "outbox"
    assert str(dialog.draft) in text and "queda guardado como borrador" in text
    assert "puede guardarlo como borrador" not in text
    draft = parse(dialog.draft.read_bytes())
    assert draft["X-Unsent"] == "1"
    assert draft["To"] == "jorge@laespiga.example"
    assert sorted(name.split("-v1-", 1)[1] for name in attachments(draft)) == ["contrato.pdf", "lista-de-alcance.pdf"]
    assert server.handler.received == []
    assert [r for r in ctx_es.repository().records(pid) if r.kind == RecordKind.EMAIL.value] == []
    assert dialog.isVisible() and dialog.send_button.isEnabled()
    dialog.grab().save(str(tmp_path / "email_dialog_error_es.png"))


def test_cancel_while_the_message_goes_out_keeps_the_draft_and_says_the_server_may_have_it(
    qtbot, ctx, examples_dir, smtp_server
) -> None:
    server = smtp_server()
    server.handler.data_delay = 5.0
    configure(server)
    _window, sending = open_window(qtbot, ctx, examples_dir)
    dialog = open_dialog(qtbot, sending)
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: dialog.progress.value() >= 4, timeout=30000)  # the message is going out
    assert not dialog.open_button.isEnabled()
    click(qtbot, dialog.close_button)  # reads "Cancel" while sending
    qtbot.waitUntil(lambda: not dialog.sending, timeout=4000)
    text = dialog.error.text()
    assert "cancelled while the message was going out" in text and "may have received it" in text
    assert dialog.draft is not None and dialog.draft.parent == ctx.data_dir / "outbox"
    assert str(dialog.draft) in text
    draft = parse(dialog.draft.read_bytes())
    assert draft["X-Unsent"] == "1" and len(attachments(draft)) == 2
    assert dialog.result_data is None and dialog.isVisible()
    assert [r for r in ctx.repository().records(sending.detail.project_id) if r.kind == RecordKind.EMAIL.value] == []


def test_cancel_before_the_server_is_reached_keeps_nothing(qtbot, ctx, examples_dir, monkeypatch) -> None:
    import socket as socket_module
    import threading

    from delivery import smtp

    # A server that accepts the connection and never greets: the send waits in CONNECTING.
    listener = socket_module.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    try:
        save_smtp(SmtpSettings(host="127.0.0.1", port=listener.getsockname()[1], security="none",
                               allow_unencrypted=True, timeout=2.0), SENDER)
        connecting = threading.Event()
        real_connect = smtp._connect

        def connect(*args: Any) -> Any:
            connecting.set()
            return real_connect(*args)

        monkeypatch.setattr(smtp, "_connect", connect)
        _window, sending = open_window(qtbot, ctx, examples_dir)
        dialog = open_dialog(qtbot, sending)
        click(qtbot, dialog.send_button)
        qtbot.waitUntil(connecting.is_set, timeout=30000)
        click(qtbot, dialog.close_button)
        qtbot.waitUntil(lambda: not dialog.sending, timeout=15000)
        assert "nothing was sent" in dialog.error.text()
        assert dialog.draft is None and not (ctx.data_dir / "outbox").exists()
    finally:
        listener.close()


def test_a_wrong_address_is_refused_before_anything_is_rendered(qtbot, ctx, examples_dir, smtp_server) -> None:
    server = smtp_server()
    configure(server)
    _window, sending = open_window(qtbot, ctx, examples_dir)
    dialog = open_dialog(qtbot, sending)
    dialog.to.clear()
    type_text(qtbot, dialog.to, "jorge at laespiga")
    click(qtbot, dialog.send_button)
    assert not dialog.sending
    assert "is not a valid email address" in dialog.error.text()
    assert server.handler.received == []


def test_without_mail_settings_the_dialog_offers_a_draft_for_the_mail_program(
    qtbot, ctx, examples_dir, monkeypatch
, tmp_path) -> None:
    import delivery.drafts

    opened: list[Path] = []
    monkeypatch.setattr(delivery.drafts, "open_with_mail_program", opened.append)
    _window, sending = open_window(qtbot, ctx, examples_dir, "brand-identity-en.json")
    dialog = open_dialog(qtbot, sending)
    assert "not set up" in dialog.notice.text()
    assert dialog.open_button.isVisible() and not dialog.send_button.isVisible()
    dialog.grab().save(str(tmp_path / "email_dialog_unset_en.png"))
    click(qtbot, dialog.open_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    [path] = opened
    assert path.parent == ctx.data_dir / "outbox"
    draft = parse(path.read_bytes())
    assert draft["X-Unsent"] == "1"
    assert len(attachments(draft)) == 2
    assert str(path) in dialog.error.text()


def test_no_password_reaches_any_file_with_the_fail_keyring(
    qtbot, ctx, examples_dir, smtp_server, monkeypatch, tmp_path, _private_config
) -> None:
    server = smtp_server(authenticator=authenticate, auth_required=True, auth_require_tls=False)
    configure(server, username=USER)
    asked: list[str] = []

    def ask(_parent, _title, label, *_args, **_kwargs):
        asked.append(label)
        return PASSWORD, True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(ask))
    _window, sending = open_window(qtbot, ctx, examples_dir)
    dialog = open_dialog(qtbot, sending)
    assert "password store" in dialog.notice.text() and "never saved to a file" in dialog.notice.text()
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: dialog.result_data is not None, timeout=30000)
    [got] = server.handler.received
    assert got.authenticated
    [label] = asked
    assert "no secure password store" in label and USER in label

    # The mail settings dialog cannot keep it either, and says why.
    from gui.sending.settings import MailSettingsDialog

    settings_dialog = MailSettingsDialog(ctx)
    qtbot.addWidget(settings_dialog)
    assert not settings_dialog.password.isEnabled()
    assert "never saved to a file" in settings_dialog.password_note.text()

    needle = PASSWORD.encode()
    checked = 0
    for folder in (Path(_private_config), ctx.data_dir, tmp_path):
        for path in folder.rglob("*"):
            if path.is_file():
                checked += 1
                assert needle not in path.read_bytes(), path
    assert checked >= 3


def test_with_a_keyring_the_password_is_asked_once_then_kept_there(
    qtbot, ctx, examples_dir, smtp_server, monkeypatch, tmp_path
) -> None:
    import keyring

    from tests.delivery.test_passwords import MemoryKeyring

    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    asked: list[str] = []

    def ask(_parent, _title, label, *_args, **_kwargs):
        asked.append(label)
        return PASSWORD, True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(ask))
    try:
        server = smtp_server(authenticator=authenticate, auth_required=True, auth_require_tls=False)
        settings = configure(server, username=USER)
        _window, sending = open_window(qtbot, ctx, examples_dir)
        dialog = open_dialog(qtbot, sending)
        click(qtbot, dialog.send_button)
        qtbot.waitUntil(lambda: dialog.result_data is not None, timeout=30000)
        [label] = asked
        assert "No password is saved for this server yet" in label
        # The keyring holds the mail password (beside the key that seals the history, storage/anchors.py).
        mail_entries = {k: v for k, v in memory.entries.items() if k != ("Pacta", "history-key")}
        assert mail_entries == {("Pacta", settings.account): PASSWORD}

        dialog = open_dialog(qtbot, sending)  # the second send takes it from the keyring
        click(qtbot, dialog.send_button)
        qtbot.waitUntil(lambda: dialog.result_data is not None, timeout=30000)
        assert len(asked) == 1 and len(server.handler.received) == 2
    finally:
        keyring.set_keyring(previous)
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_with_mail_set_up_the_draft_for_the_mail_program_carries_the_chosen_change_order(
    qtbot, ctx, examples_dir, smtp_server, monkeypatch
) -> None:
    import delivery.drafts
    from tests.gui.sending.test_print import signed_with_two_change_orders

    opened: list[Path] = []
    monkeypatch.setattr(delivery.drafts, "open_with_mail_program", opened.append)
    server = smtp_server()
    configure(server)
    signed_with_two_change_orders(ctx, examples_dir)
    _window, sending = open_window(qtbot, ctx, examples_dir, name=None)
    dialog = open_dialog(qtbot, sending)
    assert dialog.send_button.isVisible() and dialog.open_button.isVisible()
    click(qtbot, dialog.attach[("agreement", "pdf")])
    click(qtbot, dialog.attach[("checklist", "pdf")])
    assert dialog.chosen() == [("change-order", "pdf")]
    assert dialog.change_choice is not None
    dialog.change_choice.setCurrentIndex(dialog.change_choice.findData("CO-1"))
    click(qtbot, dialog.open_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    [path] = opened
    assert [name[-25:] for name in attachments(parse(path.read_bytes()))] == ["-v2-orden-de-cambio-1.pdf"]
    assert server.handler.received == []  # a draft, not a send


def test_a_draft_says_what_the_renderer_had_to_change(qtbot, ctx, examples_dir, monkeypatch) -> None:
    import delivery.drafts
    from domain.model import Contract
    from domain.validation import read_contract_file

    monkeypatch.setattr(delivery.drafts, "open_with_mail_program", lambda path: None)
    data = read_contract_file(examples_dir / "brand-identity-en.json").model_dump()
    ctx.repository().create_project(Contract.model_validate({**data, "title": "Logo 中文 project"}))
    _window, sending = open_window(qtbot, ctx, examples_dir, name=None)
    dialog = open_dialog(qtbot, sending)
    click(qtbot, dialog.open_button)
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=30000)
    text = dialog.error.text()
    assert "opens in your mail program" in text
    assert "Pacta had to change some text" in text and "中 (U+4E2D)" in text and "-checklist.pdf:" in text
