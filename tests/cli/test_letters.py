"""`pacta letter` and `pacta send --letter` on the reference case, checked with real tools.

Clause numbers are read off the agreement PDF itself (pdftotext), so a letter that quotes
the wrong number fails whatever the code that numbers sections believes.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import cast

import pytest

from domain.lifecycle import RecordKind
from storage.repository import Repository
from tests.cli.test_send import configure
from tests.clitools import Pacta
from tests.delivery.conftest import Server, smtp_server  # noqa: F401

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")  # aiosmtpd: AUTH without TLS, on loopback


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (bash scripts/test installs it)")
    return path


def _pdf_text(path: Path) -> str:
    out = subprocess.run([_tool("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def _signed(pacta: Pacta, example: Path, on: str) -> str:
    result = pacta("import", example)
    assert result.code == 0, result.err
    pid = result.out.strip().splitlines()[-1]
    assert pacta("status", pid, "signed", "--date", on).code == 0
    return pid


def _section_number(pacta: Pacta, pid: str, heading: str, folder: Path) -> int:
    """The number the rendered agreement gives a section heading."""
    rendered = pacta("render", pid, "--document", "agreement", "--format", "pdf", "-o", folder)
    assert rendered.code == 0, rendered.err
    text = _pdf_text(Path(rendered.out.strip()))
    match = re.search(rf"(\d+)\. {re.escape(heading)}", text)
    assert match, heading
    return int(match.group(1))


def _paid(pacta: Pacta, pid: str, what: str, on: str | None = None) -> None:
    """`pacta paid`: what is owed for `what`, received on `on` (today when None)."""
    result = pacta("paid", pid, what, *(("--date", on) if on else ()))
    assert result.code == 0, result.err


def _letters(data_dir: Path, pid: str) -> list[dict[str, object]]:
    return [r.data for r in Repository(data_dir).records(pid)
            if r.kind == RecordKind.JOURNAL.value and r.data["kind"] == "letter"]


def test_payment_reminder_in_spanish_quotes_the_payment_clause_by_its_number(
    pacta: Pacta, examples_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    pid = _signed(pacta, examples_dir / "panaderia-v1.json", "2026-11-20")
    number = _section_number(pacta, pid, "Honorarios y forma de pago", tmp_path)
    result = pacta("letter", pid, "payment-reminder", "--date", "2026-12-15")
    assert result.code == 0, result.err
    text = result.out
    assert f"Cláusula {number} («Honorarios y forma de pago»): «Las cantidades no pagadas" in text
    # 1.080,00 € × 1,5 % × 12 × 10 días ÷ 365 = 5,326… → 5,33 €.
    assert "ascienden a 5,33\xa0€" in text and "1.085,33\xa0€" in text
    assert "Vencía el 5 de diciembre de 2026" in text and "han pasado 10 días" in text
    assert _letters(data_dir, pid) == []  # shown, not saved


def test_payment_reminder_in_english_and_the_refusal_once_paid(
    pacta: Pacta, examples_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    pid = _signed(pacta, examples_dir / "brand-identity-en.json", "2027-01-08")
    number = _section_number(pacta, pid, "Fees and payment", tmp_path)
    result = pacta("letter", pid, "payment-reminder", "--date", "2027-02-01")
    assert result.code == 0, result.err
    # 50 % of $6,500.00, due on signing (8 January) within 14 days: 22 January.
    assert "the deposit for “Brand identity for Northwind Coffee Roasters”, which comes to $3,250.00" in result.out
    assert "It was due on January 22, 2027" in result.out
    assert f"Clause {number} (“Fees and payment”): “Work starts only once the deposit has arrived." in result.out
    _paid(pacta, pid, "deposit")
    refused = pacta("letter", pid, "payment-reminder", "--date", "2027-02-01")
    assert refused.code == 1 and "no payment is overdue" in refused.err


def test_termination_pdf_with_kill_fee_and_balance_is_journalled(
    pacta: Pacta, examples_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    pid = _signed(pacta, examples_dir / "panaderia-v1.json", "2026-11-20")
    _paid(pacta, pid, "deposit", "2026-11-21")
    assert pacta("round", pid, "A", "delivery", "--date", "2026-11-30").code == 0
    number = _section_number(pacta, pid, "Resolución del contrato", tmp_path)
    out = tmp_path / "fin.pdf"
    result = pacta("letter", pid, "termination", "--by", "client", "--date", "2026-12-15", "--format", "pdf",
                   "-o", out, "--request", "ha decidido no seguir con el proyecto")
    assert result.code == 0, result.err
    check = subprocess.run([_tool("qpdf"), "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    text = _pdf_text(out)
    assert "Si lo he entendido bien, ha decidido no seguir con el proyecto." in text
    assert "el último día del contrato será el 30 de diciembre de 2026" in text
    # Kill fee: 25 % of (2.700,00 − 1.080,00 kept as deposit) = 405,00 €; paid 1.080,00 €: 405,00 € due.
    assert "Penalización por cancelación (25 % × 1.620,00 €): 405,00 €" in text
    assert "Saldo a favor del Proveedor: 405,00 €" in text
    assert f"Cláusula {number} («Resolución del contrato»)" in text
    [entry] = _letters(data_dir, pid)
    letter = cast(dict[str, object], entry["letter"])
    assert letter["kind"] == "termination" and letter["action"] == "saved" and letter["format"] == "pdf"
    assert letter["sha256"] == hashlib.sha256(str(entry["text"]).encode()).hexdigest()
    assert "405,00\xa0€" in str(entry["text"])
    # The PDF carries the letter's own fingerprint, the one the journal keeps: verify does not take it
    # for a document of the contract.
    assert letter["sha256"][:12] in text  # type: ignore[index]
    verify = pacta("verify", out)
    assert verify.code == 1 and str(letter["sha256"]) in verify.out and "versión 1" not in verify.out
    journal = pacta("journal", pid)
    assert journal.code == 0 and "\tcarta\t" in journal.out
    history = pacta("history", pid)
    sha = str(letter["sha256"])[:12]
    assert ("Carta al cliente n.º 1 (" in history.out
            and f"guardada: Fin del contrato — Rediseño del sitio web de Panadería La Espiga (SHA-256 {sha})"
            in history.out), history.out


def test_eml_goes_to_the_client_with_the_pdf_attached(
    pacta: Pacta, examples_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    pid = _signed(pacta, examples_dir / "panaderia-v1.json", "2026-11-20")
    draft = tmp_path / "carta.eml"
    result = pacta("letter", pid, "late-input", "--date", "2026-12-01", "--format", "eml", "--attach-pdf",
                   "-o", draft)
    assert result.code == 0, result.err
    message = BytesParser(policy=policy.default).parsebytes(draft.read_bytes())
    assert isinstance(message, EmailMessage)
    assert message["To"] == "jorge@laespiga.example" and message["Cc"] is None
    assert message["From"] == "lucia@estudio-martin.example"
    assert message["Subject"] == "Material pendiente y nuevas fechas — Rediseño del sitio web de Panadería La Espiga"
    body = message.get_body(("plain",))
    assert body is not None
    # The hosting access was due 24 November: 7 days late; A, B and C move from 30 November.
    assert "A · Página de inicio: 30 de noviembre de 2026 → 7 de diciembre de 2026" in body.get_content()
    [pdf] = list(message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf"
    data = bytes(pdf.get_payload(decode=True))
    saved = tmp_path / "adjunto.pdf"
    saved.write_bytes(data)
    assert subprocess.run([_tool("qpdf"), "--check", str(saved)], capture_output=True).returncode == 0
    assert "se aplazan 7 días" in _pdf_text(saved)
    [entry] = _letters(data_dir, pid)
    assert cast(dict[str, object], entry["letter"])["to"] == ["jorge@laespiga.example"]


def test_docx_and_text_without_attachment(pacta: Pacta, examples_dir: Path, data_dir: Path, tmp_path: Path) -> None:
    import docx

    pid = _signed(pacta, examples_dir / "brand-identity-en.json", "2027-01-08")
    out = tmp_path / "scope.docx"
    result = pacta("letter", pid, "out-of-scope", "--date", "2027-01-20", "--request",
                   "you would like a website as well", "--hours", "10", "--format", "docx", "-o", out)
    assert result.code == 0, result.err
    paragraphs = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "If I have understood you correctly, you would like a website as well." in paragraphs
    assert "Subject: Your request and the scope of the project" in paragraphs
    refused = pacta("letter", pid, "out-of-scope", "--date", "2027-01-20")
    assert refused.code == 1 and "--request" in refused.err


def test_send_letter_through_the_server_and_journal(
    pacta: Pacta, examples_dir: Path, data_dir: Path, tmp_path: Path, smtp_server  # noqa: F811
) -> None:
    server: Server = smtp_server()
    configure(server)
    pid = _signed(pacta, examples_dir / "panaderia-v1.json", "2026-11-20")
    for kind in ("feedback", "feedback"):
        assert pacta("round", pid, "B", kind).code == 0
    edited = tmp_path / "carta.txt"
    shown = pacta("letter", pid, "extra-round", "--deliverable", "B", "--date", "2026-12-03")
    assert shown.code == 0, shown.err
    edited.write_text(shown.out.replace("Buenos días", "Buenas tardes"), encoding="utf-8")
    result = pacta("send", pid, "--letter", "extra-round", "--deliverable", "B", "--date", "2026-12-03",
                   "--text", edited, "--attach-pdf")
    assert result.code == 0, result.err
    [got] = server.handler.received
    assert got.rcpt_tos == ["jorge@laespiga.example"]
    message = BytesParser(policy=policy.default).parsebytes(got.content)
    assert isinstance(message, EmailMessage)
    body = message.get_body(("plain",))
    assert body is not None and "Buenas tardes, Jorge Ruiz Peña:" in body.get_content()
    assert "se han registrado ya 2 rondas de comentarios, y el precio incluye 2" in body.get_content()
    assert [p.get_content_type() for p in message.iter_attachments()] == ["application/pdf"]
    [entry] = _letters(data_dir, pid)
    assert cast(dict[str, object], entry["letter"])["action"] == "sent"
    assert str(entry["text"]).startswith(edited.read_text(encoding="utf-8")[:40])
    assert "Buenas tardes" in str(entry["text"])
