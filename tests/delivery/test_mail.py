"""Composing the message: templates per language, safe placeholders, addresses, drafts."""

from __future__ import annotations

import os
import sys
import time
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from delivery.drafts import open_with_mail_program, write_eml
from delivery.mail import AddressError, Attachment, compose, default_subject_body
from delivery.templates import (
    PLACEHOLDERS,
    MailTemplate,
    fill,
    load_template,
    placeholder_values,
    save_template,
    unknown_placeholders,
)
from domain.model import Contract

SENDER = "Lucía Martín <lucia@estudio-martin.example>"


def test_spanish_default_text_is_filled_and_formal(panaderia: Contract) -> None:
    subject, body = default_subject_body(panaderia, 2)
    assert subject == "Contrato de servicios: Rediseño del sitio web de Panadería La Espiga (versión 2)"
    assert body.startswith("Buenos días, Jorge Ruiz Peña:\n\nLe adjunto los documentos de la versión 2")
    assert "• Página de inicio: 30 de noviembre de 2026" in body
    assert "• Acceso al panel del dominio y del alojamiento, a más tardar el 24 de noviembre de 2026" in body
    assert "El anticipo asciende a 1.080,00\xa0€ (el 40 % del importe total de 2.700,00\xa0€)." in body
    assert body.rstrip().endswith("Lucía Martín Gómez\nLucía Martín Estudio")
    assert "$" not in body
    # usted throughout: no informal second person.
    words = set(body.lower().replace(",", " ").replace(".", " ").split())
    assert not words & {"tú", "tu", "tus", "te", "ti", "puedes", "tienes", "quieres", "hola"}
    assert {"le", "usted"} & words or "Le ruego" in body


def test_english_default_text(brand: Contract) -> None:
    subject, body = default_subject_body(brand, 1)
    assert subject == "Services agreement: Brand identity for Northwind Coffee Roasters (version 1)"
    assert body.startswith("Dear Sam Whitaker,")
    assert "• Logo suite: February 5, 2027" in body
    assert "• Completed brand questionnaire, by January 13, 2027" in body
    assert "The deposit is $3,250.00 (50% of the total fee of $6,500.00)." in body


def test_paragraphs_without_values_are_left_out(examples_dir: Path) -> None:
    from domain.validation import read_contract_file

    minimal = read_contract_file(examples_dir / "minimal.json")
    _, body = default_subject_body(minimal, 1)
    assert "anticipo" not in body and "Entregables y fechas" not in body
    assert "Le ruego que revise" in body and "$" not in body


def test_every_placeholder_is_known_and_the_templates_use_only_known_ones(panaderia: Contract) -> None:
    values = placeholder_values(panaderia, 1, "es")
    assert set(values) == set(PLACEHOLDERS)
    for lang in ("es", "en"):
        template = load_template(lang)
        assert unknown_placeholders(template.subject + template.body) == []


def test_substitution_is_safe(panaderia: Contract) -> None:
    hostile = panaderia.model_copy(update={"title": "${deposit} {0.__class__} $version <b>&"})
    subject, body = default_subject_body(hostile, 3)
    # Values are inserted once, as typed: never read as placeholders or format fields.
    assert subject == "Contrato de servicios: ${deposit} {0.__class__} $version <b>& (versión 3)"
    assert "«${deposit} {0.__class__} $version <b>&»" in body
    # A template cannot reach attributes or run code; unknown names stay visible.
    text = "${project.__class__} ${__import__} $project ${nope} $$ ${project}"
    assert fill(text, {"project": "P"}) == "${project.__class__} ${__import__} P ${nope} $ P\n"
    assert unknown_placeholders(text) == ["__import__", "nope"]


def test_the_users_edited_template_wins(panaderia: Contract, tmp_path: Path) -> None:
    mine = MailTemplate("Firma, por favor: ${project}", "Estimado ${client_contact}:\n\nAdjunto v${version}.")
    save_template(mine, tmp_path, "es")
    assert load_template("es", tmp_path) == MailTemplate.parse(mine.dumps())
    subject, body = default_subject_body(panaderia, 4, folder=tmp_path)
    assert subject == "Firma, por favor: Rediseño del sitio web de Panadería La Espiga"
    assert body == "Estimado Jorge Ruiz Peña:\n\nAdjunto v4.\n"
    assert load_template("en", tmp_path) == load_template("en")  # no copy: the bundled one


def test_compose_fills_headers_and_attaches(panaderia: Contract) -> None:
    pdf = b"%PDF-1.7 \x00\xff binary"
    message = compose(
        panaderia, version=1, to=["jorge@laespiga.example", " "], cc=["Ana <ana@laespiga.example>"],
        sender=SENDER,
        attachments=[Attachment("../Contrato «v1».pdf", pdf, "application/pdf"), ("notas.bin", b"x", "bogus")],
    )
    assert message["From"] == SENDER
    assert message["To"] == "jorge@laespiga.example"
    assert message["Cc"] == "Ana <ana@laespiga.example>"
    assert message["Message-ID"].endswith("@estudio-martin.example>")
    parsed = BytesParser(policy=policy.default).parsebytes(message.as_bytes())
    parts = list(parsed.iter_attachments())
    assert [p.get_filename() for p in parts] == ["Contrato «v1».pdf", "notas.bin"]
    assert [p.get_content_type() for p in parts] == ["application/pdf", "application/octet-stream"]
    assert parts[0].get_payload(decode=True) == pdf


def test_compose_takes_the_edited_subject_and_body_as_typed(panaderia: Contract) -> None:
    message = compose(
        panaderia, version=1, to=["jorge@laespiga.example"], sender=SENDER,
        subject="Hola\r\nBcc: victim@example.com", body="Texto ${project}\r\nlínea 2",
    )
    assert message["Subject"] == "Hola Bcc: victim@example.com"
    assert message["Bcc"] is None
    assert message.get_content() == "Texto ${project}\nlínea 2\n"


@pytest.mark.parametrize(
    ("field", "to", "cc", "sender"),
    [
        ("To", [], [], SENDER),
        ("To", ["jorge"], [], SENDER),
        ("To", ["jorge@laespiga.example\nBcc: x@y.example"], [], SENDER),
        ("Cc", ["jorge@laespiga.example"], ["ana@"], SENDER),
        ("From", ["jorge@laespiga.example"], [], "Lucía"),
    ],
)
def test_bad_addresses_are_refused(
    panaderia: Contract, field: str, to: list[str], cc: list[str], sender: str
) -> None:
    with pytest.raises(AddressError) as caught:
        compose(panaderia, version=1, to=to, cc=cc, sender=sender)
    assert caught.value.field == field
    expected = "Indique al menos un destinatario." if not to else "no es una dirección de correo válida"
    assert expected in caught.value.message("es")


def test_eml_draft_parses_is_marked_unsent_and_carries_the_attachments(
    panaderia: Contract, tmp_path: Path
) -> None:
    data = bytes(range(256)) * 100
    message = compose(
        panaderia, version=1, to=["jorge@laespiga.example"], sender=SENDER,
        attachments=[("Contrato.pdf", data, "application/pdf"), ("Lista.docx", b"PK\x03\x04", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
    )
    target = tmp_path / "borrador.eml"
    target.write_bytes(b"an older draft")
    assert write_eml(message, target) == target
    assert message["X-Unsent"] is None  # the caller's message is untouched
    raw = target.read_bytes()
    assert b"\r\n" in raw
    draft = BytesParser(policy=policy.default).parsebytes(raw)
    assert draft["X-Unsent"] == "1"
    assert draft["Subject"] == message["Subject"]
    assert draft["To"] == "jorge@laespiga.example"
    assert [(p.get_filename(), p.get_payload(decode=True)) for p in draft.iter_attachments()] == [
        ("Contrato.pdf", data), ("Lista.docx", b"PK\x03\x04"),
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["borrador.eml"]  # no temp file left


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses a stand-in xdg-open")
def test_open_with_mail_program_hands_over_the_path_without_waiting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    seen = tmp_path / "seen.txt"
    opener = bin_dir / "xdg-open"
    opener.write_text(f'#!/bin/sh\nprintf "%s" "$1" > "{seen}.part" && mv "{seen}.part" "{seen}"\nsleep 5\n')
    opener.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    draft = tmp_path / "borrador con espacios; $(rm -rf x).eml"
    draft.write_bytes(b"X-Unsent: 1\r\n\r\n")
    began = time.monotonic()
    open_with_mail_program(draft)
    assert time.monotonic() - began < 1.0
    deadline = time.monotonic() + 5
    while not seen.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert seen.read_text() == str(draft.resolve())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PATH lookup of xdg-open")
def test_no_mail_program_is_an_os_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(OSError):
        open_with_mail_program(tmp_path / "borrador.eml")
