"""Sending through a real SMTP server on loopback: encryption, sign-in, limits, failures, cancel."""

from __future__ import annotations

import hashlib
import ssl
import threading
import time
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

from delivery.drafts import write_eml
from delivery.errors import SendCancelled, SendError, SendErrorCode
from delivery.mail import Attachment, compose
from delivery.settings import SmtpSettings
from delivery.smtp import SendStep, message_size, send
from domain.model import Contract
from tests.delivery.conftest import PASSWORD, USER, Server, authenticate, free_port

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40
CSV = "entregable;fecha\nPágina de inicio;2026-11-30\n".encode()
TO = ["jorge@laespiga.example"]
CC = ["Ana Gómez <ana@laespiga.example>"]

Start = Callable[..., Server]


def message_for(contract: Contract, **overrides: object) -> EmailMessage:
    """The Spanish contract's message with two attachments."""
    args: dict[str, object] = {
        "version": 1,
        "to": TO,
        "cc": CC,
        "sender": "Lucía Martín <lucia@estudio-martin.example>",
        "attachments": [
            Attachment("Contrato v1.pdf", PDF, "application/pdf"),
            ("entregables.csv", CSV, "text/csv"),
        ],
    }
    args.update(overrides)
    return compose(contract, **args)  # type: ignore[arg-type]


def settings_for(server: Server, **kwargs: object) -> SmtpSettings:
    """Settings pointing at the test server (short timeout so failures stay quick)."""
    return SmtpSettings(host=server.host, port=server.port, timeout=5.0, **kwargs)  # type: ignore[arg-type]


def test_plain_sending_with_permission_delivers_everything(start_plain: Server, panaderia: Contract) -> None:
    message = message_for(panaderia)
    steps: list[SendStep] = []
    receipt = send(
        message, settings_for(start_plain, allow_unencrypted=True), progress=steps.append,
        local_hostname="pacta.test",
    )
    assert steps == [SendStep.CONNECTING, SendStep.SENDING, SendStep.DONE]
    [got] = start_plain.handler.received
    assert got.rcpt_tos == ["jorge@laespiga.example", "ana@laespiga.example"]
    assert got.mail_from == "lucia@estudio-martin.example"
    parsed = BytesParser(policy=policy.default).parsebytes(got.content)
    assert parsed["Subject"] == "Contrato de servicios: Rediseño del sitio web de Panadería La Espiga (versión 1)"
    assert parsed["To"] == "jorge@laespiga.example"
    assert "ana@laespiga.example" in parsed["Cc"]
    body = parsed.get_body(preferencelist=("plain",))
    assert body is not None
    assert "Le adjunto los documentos de la versión 1" in body.get_content()
    assert "1.080,00\xa0€" in body.get_content()
    files = {part.get_filename(): part.get_payload(decode=True) for part in parsed.iter_attachments()}
    assert files == {"Contrato v1.pdf": PDF, "entregables.csv": CSV}

    assert receipt.recipients == ("jorge@laespiga.example", "ana@laespiga.example")
    assert receipt.subject == parsed["Subject"]
    assert [(a.filename, a.sha256, a.size) for a in receipt.attachments] == [
        ("Contrato v1.pdf", hashlib.sha256(PDF).hexdigest(), len(PDF)),
        ("entregables.csv", hashlib.sha256(CSV).hexdigest(), len(CSV)),
    ]
    assert receipt.sent_at.tzinfo is not None
    assert receipt.refused == ()
    assert type(receipt).from_dict(receipt.to_dict()) == receipt


@pytest.fixture
def start_plain(smtp_server: Start) -> Server:
    """A server that offers no encryption at all."""
    return smtp_server()


@pytest.mark.parametrize("security", ["starttls", "none"])
def test_unencrypted_server_is_refused_without_permission(
    start_plain: Server, panaderia: Contract, security: str
) -> None:
    with pytest.raises(SendError) as caught:
        send(message_for(panaderia), settings_for(start_plain, security=security))
    assert caught.value.code is SendErrorCode.NO_ENCRYPTION
    assert "no estaría cifrada" in caught.value.message("es")
    assert "would not be encrypted" in caught.value.message("en")
    assert start_plain.handler.received == []


def test_starttls_with_a_trusted_certificate(
    smtp_server: Start, server_tls: ssl.SSLContext, trusting: ssl.SSLContext, panaderia: Contract
) -> None:
    server = smtp_server(tls_context=server_tls, require_starttls=True)
    steps: list[SendStep] = []
    send(message_for(panaderia), settings_for(server), context=trusting, progress=steps.append)
    assert SendStep.ENCRYPTING in steps
    [got] = server.handler.received
    assert got.tls


def test_untrusted_certificate_is_refused_with_the_default_context(
    smtp_server: Start, server_tls: ssl.SSLContext, panaderia: Contract
) -> None:
    server = smtp_server(tls_context=server_tls, require_starttls=True)
    with pytest.raises(SendError) as caught:
        send(message_for(panaderia), settings_for(server))
    assert caught.value.code is SendErrorCode.CERTIFICATE
    assert "certificado" in caught.value.message("es")
    assert server.handler.received == []


def test_implicit_tls_port(
    smtp_server: Start, server_tls: ssl.SSLContext, trusting: ssl.SSLContext, brand: Contract
) -> None:
    server = smtp_server(smtps=server_tls)
    message = message_for(brand, sender="ada@okafor-design.example", to=["sam@northwind.example"], cc=[])
    send(message, settings_for(server, security="ssl"), context=trusting)
    [got] = server.handler.received
    assert got.tls
    with pytest.raises(SendError) as caught:
        send(message, settings_for(server, security="ssl"))
    assert caught.value.code is SendErrorCode.CERTIFICATE


def test_sign_in_over_starttls(
    smtp_server: Start, server_tls: ssl.SSLContext, trusting: ssl.SSLContext, panaderia: Contract
) -> None:
    server = smtp_server(tls_context=server_tls, require_starttls=True, authenticator=authenticate,
                         auth_required=True)
    settings = settings_for(server, username=USER)
    steps: list[SendStep] = []
    send(message_for(panaderia), settings, password=PASSWORD, context=trusting, progress=steps.append)
    assert steps == [SendStep.CONNECTING, SendStep.ENCRYPTING, SendStep.SIGNING_IN, SendStep.SENDING,
                     SendStep.DONE]
    [got] = server.handler.received
    assert got.tls and got.authenticated

    with pytest.raises(SendError) as caught:
        send(message_for(panaderia), settings, password="wrong", context=trusting)
    assert caught.value.code is SendErrorCode.AUTH
    assert "usuario o la contraseña" in caught.value.message("es")
    assert "user name or password" in caught.value.message("en")
    assert len(server.handler.received) == 1

    with pytest.raises(SendError) as needed:
        send(message_for(panaderia), settings, context=trusting)
    assert needed.value.code is SendErrorCode.PASSWORD_NEEDED


def test_sign_in_on_a_plain_server_when_allowed(smtp_server: Start, panaderia: Contract) -> None:
    server = smtp_server(authenticator=authenticate, auth_required=True, auth_require_tls=False)
    settings = settings_for(server, username=USER, security="none", allow_unencrypted=True)
    send(message_for(panaderia), settings, password=PASSWORD)
    [got] = server.handler.received
    assert got.authenticated and not got.tls


def test_message_over_the_size_limit_is_refused_and_the_draft_kept(
    smtp_server: Start, panaderia: Contract, tmp_path: Path
) -> None:
    server = smtp_server(data_size_limit=10_000)
    message = message_for(panaderia)
    assert message_size(message) > 10_000
    with pytest.raises(SendError) as caught:
        send(message, settings_for(server, allow_unencrypted=True))
    assert caught.value.code is SendErrorCode.TOO_LARGE
    assert "10 kB" in caught.value.message("en")
    assert "solo admite hasta 10 kB" in caught.value.message("es")
    assert server.handler.received == []

    draft = write_eml(message, tmp_path / "borrador.eml")
    kept = BytesParser(policy=policy.default).parsebytes(draft.read_bytes())
    assert kept["X-Unsent"] == "1"
    assert [p.get_payload(decode=True) for p in kept.iter_attachments()] == [PDF, CSV]


def test_a_552_reply_means_too_large(smtp_server: Start, panaderia: Contract) -> None:
    # No SIZE in EHLO: the limit only shows when the server answers the data with 552.
    server = smtp_server(data_size_limit=0)
    server.handler.data_reply = "552 5.3.4 Message size exceeds fixed maximum message size"
    with pytest.raises(SendError) as caught:
        send(message_for(panaderia), settings_for(server, allow_unencrypted=True))
    assert caught.value.code is SendErrorCode.TOO_LARGE


def test_unreachable_server(panaderia: Contract) -> None:
    settings = SmtpSettings(host="127.0.0.1", port=free_port(), timeout=2.0)
    with pytest.raises(SendError) as caught:
        send(message_for(panaderia), settings)
    assert caught.value.code is SendErrorCode.UNREACHABLE
    assert "No se ha podido conectar" in caught.value.message("es")


def test_refused_recipients(start_plain: Server, panaderia: Contract) -> None:
    settings = settings_for(start_plain, allow_unencrypted=True)
    start_plain.handler.refuse = {"ana@laespiga.example"}
    receipt = send(message_for(panaderia), settings)
    assert receipt.refused == ("ana@laespiga.example",)
    assert start_plain.handler.received[0].rcpt_tos == ["jorge@laespiga.example"]

    start_plain.handler.refuse = {"jorge@laespiga.example", "ana@laespiga.example"}
    with pytest.raises(SendError) as caught:
        send(message_for(panaderia), settings)
    assert caught.value.code is SendErrorCode.RECIPIENTS_REFUSED
    assert "jorge@laespiga.example" in caught.value.message("en")
    assert len(start_plain.handler.received) == 1


def test_cancel_before_and_between_steps(start_plain: Server, panaderia: Contract) -> None:
    settings = settings_for(start_plain, allow_unencrypted=True)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(SendCancelled):
        send(message_for(panaderia), settings, cancel=cancel)

    cancel = threading.Event()

    def cancel_when_connecting(step: SendStep) -> None:
        if step is SendStep.CONNECTING:
            cancel.set()

    with pytest.raises(SendCancelled) as caught:
        send(message_for(panaderia), settings, cancel=cancel, progress=cancel_when_connecting)
    assert caught.value.code is SendErrorCode.CANCELLED
    assert caught.value.message("es") == "Envío cancelado."
    assert start_plain.handler.received == []


def test_cancel_while_the_server_is_slow_returns_at_once(start_plain: Server, panaderia: Contract) -> None:
    start_plain.handler.data_delay = 10.0
    cancel = threading.Event()
    timer = threading.Timer(0.3, cancel.set)
    timer.start()
    began = time.monotonic()
    with pytest.raises(SendCancelled):
        send(message_for(panaderia), settings_for(start_plain, allow_unencrypted=True), cancel=cancel)
    assert time.monotonic() - began < 3.0
    timer.cancel()
