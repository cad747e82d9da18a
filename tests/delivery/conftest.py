"""A real SMTP server on loopback (aiosmtpd), a test certificate authority, example contracts."""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from domain.model import Contract
from domain.validation import read_contract_file

USER = "lucia"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def panaderia(examples_dir: Path) -> Contract:
    """The Spanish reference contract."""
    return read_contract_file(examples_dir / "panaderia-v1.json")


@pytest.fixture
def brand(examples_dir: Path) -> Contract:
    """The English example contract."""
    return read_contract_file(examples_dir / "brand-identity-en.json")


@dataclass
class Received:
    """One message the test server accepted."""

    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    tls: bool
    authenticated: bool


@dataclass
class Handler:
    """Records accepted messages; can refuse recipients or answer DATA with a given reply."""

    received: list[Received] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    data_reply: str | None = None
    data_delay: float = 0.0

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
        if self.data_reply is not None:
            return self.data_reply
        self.received.append(
            Received(
                mail_from=envelope.mail_from,
                rcpt_tos=list(envelope.rcpt_tos),
                content=bytes(envelope.original_content or envelope.content),
                tls=session.ssl is not None
                or server.transport.get_extra_info("ssl_object") is not None,
                authenticated=bool(session.authenticated),
            )
        )
        return "250 2.0.0 Message accepted for delivery"


def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> Any:
    """Accepts USER with PASSWORD only."""
    from aiosmtpd.smtp import AuthResult, LoginPassword

    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == USER.encode()
        and auth_data.password == PASSWORD.encode()
    )
    return AuthResult(success=ok, handled=False)


@dataclass
class Server:
    """A running test server: where it listens and what it received."""

    host: str
    port: int
    handler: Handler


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def ca() -> Any:
    """A certificate authority that only the tests trust, with a cert for 127.0.0.1."""
    trustme = pytest.importorskip("trustme")
    return trustme.CA()


@pytest.fixture(scope="module")
def server_tls(ca: Any) -> ssl.SSLContext:
    """The server side: a certificate for 127.0.0.1 signed by the test CA."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


@pytest.fixture(scope="module")
def trusting(ca: Any) -> ssl.SSLContext:
    """The client side: the default checks, trusting the test CA."""
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


@pytest.fixture
def smtp_server() -> Iterator[Callable[..., Server]]:
    """Start aiosmtpd servers on loopback for one test; stopped when it ends."""
    controller_module = pytest.importorskip("aiosmtpd.controller")
    controllers: list[Any] = []

    def start(*, smtps: ssl.SSLContext | None = None, **smtp_kwargs: Any) -> Server:
        handler = Handler()
        port = free_port()
        controller = controller_module.Controller(
            handler,
            hostname="127.0.0.1",
            port=port,
            ready_timeout=5.0,
            ssl_context=smtps,
            server_hostname="mail.test",
            **smtp_kwargs,
        )
        controller.start()
        controllers.append(controller)
        return Server("127.0.0.1", port, handler)

    yield start
    for controller in controllers:
        controller.stop()
