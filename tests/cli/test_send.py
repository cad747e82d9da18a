"""pacta send (through a real SMTP server on loopback, or as an .eml draft) and pacta calendar."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

from delivery import outgoing
from delivery.config import save_smtp
from delivery.settings import SmtpSettings
from documents import read_pdf_stamp
from domain.lifecycle import RecordKind
from domain.validation import read_contract_file
from storage.repository import Repository
from tests.clitools import Pacta
from tests.delivery.conftest import PASSWORD, USER, Server, authenticate, smtp_server  # noqa: F401

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")  # aiosmtpd: AUTH without TLS, on loopback

SENDER = "Lucía Martín <lucia@estudio-martin.example>"


@pytest.fixture(autouse=True)
def _same_bytes_every_render(monkeypatch: pytest.MonkeyPatch) -> None:
    """reportlab writes the same bytes for the same document (no creation time, fixed ids)."""
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "invariant", 1)


def _import(pacta: Pacta, path: Path) -> str:
    result = pacta("import", path)
    assert result.code == 0, result.err
    return result.out.strip().splitlines()[-1]


def parse(data: bytes) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    return message


def attachments(message: EmailMessage) -> dict[str, bytes]:
    return {str(part.get_filename()): bytes(part.get_payload(decode=True)) for part in message.iter_attachments()}


def rendered(data_dir: Path, pid: str, kind: str, fmt: str, change: str | None = None) -> outgoing.DocumentFile:
    return outgoing.render(repo=Repository(data_dir), project_id=pid, kind=kind, fmt=fmt, paper="A4", change=change)


def docx_parts(data: bytes) -> dict[str, bytes]:
    """A DOCX's members, without the timestamps that differ from one render to the next
    (the zip's own, and the created and modified times in its core properties)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["docProps/core.xml"] = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*<", b"<", parts["docProps/core.xml"])
    return parts


def configure(server: Server, **kwargs: object) -> SmtpSettings:
    settings = SmtpSettings(host=server.host, port=server.port, security="none", allow_unencrypted=True,
                            timeout=5.0, **kwargs)  # type: ignore[arg-type]
    save_smtp(settings, SENDER)
    return settings


def emails(data_dir: Path, pid: str) -> list[dict[str, object]]:
    return [r.data for r in Repository(data_dir).records(pid) if r.kind == RecordKind.EMAIL.value]


def test_eml_draft_carries_the_rendered_documents_and_sends_nothing(
    pacta: Pacta, examples_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    pid = _import(pacta, examples_dir / "panaderia-v1.json")
    draft = tmp_path / "borrador.eml"
    result = pacta("send", pid, "--to", "jorge@laespiga.example", "--cc", "ana@laespiga.example",
                   "--document", "agreement", "--document", "checklist", "--eml", draft)
    assert result.code == 0, result.err
    assert str(draft) in result.out and "no se ha enviado nada" in result.out

    message = parse(draft.read_bytes())
    assert message["X-Unsent"] == "1"
    assert message["To"] == "jorge@laespiga.example" and message["Cc"] == "ana@laespiga.example"
    assert message["Subject"] == "Contrato de servicios: Rediseño del sitio web de Panadería La Espiga (versión 1)"
    body = message.get_body(("plain",))
    assert body is not None and "Le adjunto los documentos de la versión 1" in body.get_content()
    files = attachments(message)
    agreement, checklist = rendered(data_dir, pid, "agreement", "pdf"), rendered(data_dir, pid, "checklist", "pdf")
    assert files == {agreement.name: agreement.data, checklist.name: checklist.data}
    version = Repository(data_dir).version(pid)
    assert read_pdf_stamp(files[agreement.name]) == {"project_id": pid, "version": 1,
                                                     "fingerprint": version.fingerprint}
    assert emails(data_dir, pid) == []  # a draft is not a send


def test_eml_into_a_folder_in_docx(pacta: Pacta, examples_dir: Path, data_dir: Path, tmp_path: Path) -> None:
    pid = _import(pacta, examples_dir / "brand-identity-en.json")
    result = pacta("send", pid, "--to", "client@example.com", "--document", "checklist", "--format", "docx",
                   "--eml", tmp_path)
    assert result.code == 0, result.err
    [draft] = tmp_path.glob("*.eml")
    assert "nothing was sent" in result.out
    [(name, data)] = attachments(parse(draft.read_bytes())).items()
    expected = rendered(data_dir, pid, "checklist", "docx")
    assert name == expected.name and name.endswith("-checklist.docx")
    assert docx_parts(data) == docx_parts(expected.data)


def test_send_through_the_loopback_server_arrives_and_is_recorded(
    pacta: Pacta, examples_dir: Path, data_dir: Path, smtp_server  # noqa: F811
) -> None:
    server = smtp_server()
    configure(server)
    pid = _import(pacta, examples_dir / "panaderia-v1.json")
    result = pacta("send", pid, "--to", "jorge@laespiga.example", "--cc", "Ana Gómez <ana@laespiga.example>",
                   "--document", "agreement", "--document", "checklist")
    assert result.code == 0, result.err
    assert result.out.strip() == ("Enviado a jorge@laespiga.example, ana@laespiga.example; queda anotado en el "
                                  "historial del proyecto.")

    [got] = server.handler.received
    assert got.mail_from == "lucia@estudio-martin.example"
    assert got.rcpt_tos == ["jorge@laespiga.example", "ana@laespiga.example"]
    message = parse(got.content)
    assert message["Subject"] == "Contrato de servicios: Rediseño del sitio web de Panadería La Espiga (versión 1)"
    assert message["X-Unsent"] is None
    files = attachments(message)
    agreement, checklist = rendered(data_dir, pid, "agreement", "pdf"), rendered(data_dir, pid, "checklist", "pdf")
    assert files == {agreement.name: agreement.data, checklist.name: checklist.data}

    [record] = emails(data_dir, pid)
    version = Repository(data_dir).version(pid)
    assert record["to"] == ["jorge@laespiga.example"] and record["cc"] == ["ana@laespiga.example"]
    assert dt.datetime.fromisoformat(str(record["sent_at"])).date() == dt.date.today()
    assert [(d["kind"], d["format"], d["fingerprint"], d["sha256"]) for d in record["documents"]] == [  # type: ignore[attr-defined]
        ("agreement", "pdf", version.fingerprint, hashlib.sha256(agreement.data).hexdigest()),
        ("checklist", "pdf", version.fingerprint, hashlib.sha256(checklist.data).hexdigest()),
    ]
    assert not (data_dir / "outbox").exists()
    history = pacta("history", pid)
    assert history.code == 0 and "jorge@laespiga.example" in history.out


def test_a_password_is_asked_on_the_terminal_when_there_is_no_keyring(
    pacta: Pacta, examples_dir: Path, data_dir: Path, smtp_server, monkeypatch, _private_config  # noqa: F811
) -> None:
    import getpass

    server = smtp_server(authenticator=authenticate, auth_required=True, auth_require_tls=False)
    configure(server, username=USER)
    prompts: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": prompts.append(prompt) or PASSWORD)
    pid = _import(pacta, examples_dir / "brand-identity-en.json")
    result = pacta("send", pid, "--to", "client@example.com", "--document", "agreement")
    assert result.code == 0, result.err
    assert prompts == [f"Password for {USER} on 127.0.0.1: "]
    assert "no secure password store" in result.err and "never saved to a file" in result.err
    [got] = server.handler.received
    assert got.authenticated
    assert len(emails(data_dir, pid)) == 1
    for folder in (Path(_private_config), data_dir):
        for path in folder.rglob("*"):
            if path.is_file():
                assert PASSWORD.encode() not in path.read_bytes(), path


def test_a_refused_send_keeps_the_draft_and_records_nothing(
    pacta: Pacta, examples_dir: Path, data_dir: Path, smtp_server  # noqa: F811
) -> None:
    server = smtp_server(data_size_limit=20_000)
    configure(server)
    pid = _import(pacta, examples_dir / "panaderia-v1.json")
    result = pacta("send", pid, "--to", "jorge@laespiga.example", "--document", "agreement")
    assert result.code == 1
    assert "solo admite hasta" in result.err
    [draft] = (data_dir / "outbox").glob("*.eml")
    assert str(draft) in result.err and "queda guardado como borrador" in result.err
    assert parse(draft.read_bytes())["X-Unsent"] == "1"
    assert server.handler.received == [] and emails(data_dir, pid) == []


def test_refusals_say_why_in_the_contracts_language(pacta: Pacta, examples_dir: Path, data_dir: Path,
                                                  tmp_path: Path) -> None:
    pid = _import(pacta, examples_dir / "panaderia-v1.json")
    result = pacta("send", pid, "--to", "jorge@laespiga.example", "--document", "agreement")
    assert result.code == 1 and "no está configurado" in result.err and "--eml" in result.err
    result = pacta("send", pid, "--to", "jorge en laespiga", "--document", "agreement", "--eml", tmp_path / "x.eml")
    assert result.code == 1 and "no es una dirección de correo válida" in result.err
    result = pacta("send", pid, "--to", "jorge@laespiga.example", "--document", "change-order",
                   "--eml", tmp_path / "x.eml")
    assert result.code == 1 and "no tiene ninguna orden de cambio" in result.err
    assert not (tmp_path / "x.eml").exists()
    assert pacta("send", pid, "--document", "agreement").code == 2
    assert pacta("send", pid, "--to", "a@b.example", "--document", "contract").code == 2
    assert pacta("calendar").code == 2


def test_a_chosen_change_order_is_attached(pacta: Pacta, examples_dir: Path, data_dir: Path, tmp_path: Path) -> None:
    pid = _import(pacta, examples_dir / "panaderia-v1.json")
    assert pacta("status", pid, "signed", "--date", "2026-11-22").code == 0
    assert pacta("change", pid, examples_dir / "panaderia-v2.json", "--reason", "Instagram",
                 "--requested-by", "client").code == 0
    assert pacta("change", pid, examples_dir / "panaderia-v1.json", "--reason", "Sin Instagram",
                 "--requested-by", "provider").code == 0
    draft = tmp_path / "co1.eml"
    result = pacta("send", pid, "--to", "jorge@laespiga.example", "--document", "change-order", "--change", "CO-1",
                   "--eml", draft)
    assert result.code == 0, result.err
    [(name, data)] = attachments(parse(draft.read_bytes())).items()
    assert name.endswith("-v2-orden-de-cambio-1.pdf")
    assert data == rendered(data_dir, pid, "change-order", "pdf", "CO-1").data
    result = pacta("send", pid, "--to", "jorge@laespiga.example", "--document", "change-order", "--eml", draft)
    assert result.code == 0
    assert [n[-25:] for n in attachments(parse(draft.read_bytes()))] == ["-v3-orden-de-cambio-2.pdf"]  # the latest
    result = pacta("send", pid, "--to", "jorge@laespiga.example", "--document", "change-order", "--change", "CO-9",
                   "--eml", draft)
    assert result.code == 1 and "CO-1, CO-2" in result.err


def test_the_users_mail_template_is_used(pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    folder = outgoing.copy_mail_templates()
    assert folder == Path(os.environ["PACTA_CONFIG"]) / "mail"
    (folder / "contract.en.txt").write_text("For you: ${project}\n\nHello ${client_contact}, here it is.\n",
                                            encoding="utf-8")
    pid = _import(pacta, examples_dir / "brand-identity-en.json")
    draft = tmp_path / "d.eml"
    assert pacta("send", pid, "--to", "client@example.com", "--document", "agreement", "--eml", draft).code == 0
    message = parse(draft.read_bytes())
    contract = read_contract_file(examples_dir / "brand-identity-en.json")
    assert message["Subject"] == f"For you: {contract.title}"
    body = message.get_body(("plain",))
    assert body is not None and body.get_content().startswith("Hello ")


def test_calendar_has_one_event_per_dated_item(pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    pid = _import(pacta, examples_dir / "panaderia-v1.json")
    target = tmp_path / "plazos.ics"
    result = pacta("calendar", pid, "-o", target)
    assert result.code == 0, result.err
    assert result.out.strip() == str(target)
    calendar = Calendar.from_ical(target.read_bytes())
    events = calendar.walk("VEVENT")
    contract = read_contract_file(examples_dir / "panaderia-v1.json")
    payments = contract.payment.installments if contract.payment is not None else []
    expected = (
        [("Entrega: " + d.title, d.due) for d in contract.deliverables if d.due is not None]
        + [("El cliente entrega: " + c.title, c.due) for c in contract.client_inputs if c.due is not None]
        + [("Pago: " + i.label, i.due) for i in payments if isinstance(i.due, dt.date)]
    )
    assert len(expected) >= 3
    got = sorted((str(e["SUMMARY"]).split(" — ")[0], e.decoded("DTSTART")) for e in events)
    assert got == sorted(expected)
    assert all(str(e["SUMMARY"]).endswith(contract.title) for e in events)
    assert len({str(e["UID"]) for e in events}) == len(events)
    assert f"{len(events)} fecha(s)" in result.err


def test_calendar_of_a_contract_without_dates_is_refused(pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    pid = _import(pacta, examples_dir / "minimal.json")
    contract = read_contract_file(examples_dir / "minimal.json")
    if any(d.due for d in contract.deliverables) or any(c.due for c in contract.client_inputs):
        pytest.skip("the minimal example has dates")
    result = pacta("calendar", pid, "-o", tmp_path / "x.ics")
    assert result.code == 1
    assert ("nothing to put in a calendar" if contract.language.value == "en" else "nada que pasar a un calendario") in result.err
    assert not (tmp_path / "x.ics").exists()


def test_ctrl_c_while_the_message_goes_out_keeps_the_draft(
    pacta: Pacta, examples_dir: Path, data_dir: Path, smtp_server, monkeypatch  # noqa: F811
) -> None:
    from delivery import smtp

    server = smtp_server()
    configure(server)
    real_send = smtp.send

    def interrupted(message, settings, **kwargs):  # the user presses Ctrl+C once DATA is under way
        def progress(step: smtp.SendStep) -> None:
            kwargs["progress"](step)
            if step is smtp.SendStep.SENDING:
                raise KeyboardInterrupt

        return real_send(message, settings, **{**kwargs, "progress": progress})

    monkeypatch.setattr(outgoing, "send", interrupted)
    pid = _import(pacta, examples_dir / "brand-identity-en.json")
    result = pacta("send", pid, "--to", "client@example.com", "--document", "agreement")
    assert result.code == 1
    assert "it may have arrived" in result.err
    [draft] = (data_dir / "outbox").glob("*.eml")
    assert str(draft) in result.err
    assert len(attachments(parse(draft.read_bytes()))) == 1
    assert emails(data_dir, pid) == []
