"""change, history, diff, statuses and change orders: the reference case end to end."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from delivery.receipt import SendReceipt
from domain.lifecycle import RecordKind
from storage.repository import Repository
from storage.service import record_event
from tests.clitools import Pacta, snapshot


def _import(pacta: Pacta, path: Path) -> str:
    result = pacta("import", path)
    assert result.code == 0, result.err
    return result.out.strip().splitlines()[-1]


def test_change_before_signing_is_a_plain_version(pacta: Pacta, examples_dir: Path) -> None:
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    result = pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "más cosas", "--requested-by", "client")
    assert result.code == 0
    assert result.out.strip() == "2"


def test_diff_of_the_reference_case(pacta: Pacta, examples_dir: Path) -> None:
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "Instagram", "--requested-by", "client")
    out = pacta("diff", project, "1", "2").out
    assert "Se añade el entregable D «Integración con Instagram»: 300,00 €" in out
    assert "Fecha de entrega de A, B y C: pasa del 30 de noviembre de 2026 al 29 de noviembre de 2026." in out
    assert "Impacto en el precio: +300,00 €. Nuevo total: 3.000,00 €" in out


def test_reference_case_with_a_change_order(pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    assert pacta("status", project, "signed", "--date", "2026-11-22").code == 0
    result = pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "Añadir Instagram", "--requested-by", "client")
    assert result.code == 0
    assert result.out.split() == ["versión", "2", "CO-1"]
    history = pacta("history", project).out.splitlines()
    assert "CO-1 propuesta" in history[1] and history[0].endswith("en vigor")
    assert pacta("accept", project, "CO-1").out.strip() == "2"
    history = pacta("history", project).out.splitlines()
    assert "CO-1 aceptada" in history[1] and history[1].endswith("en vigor")
    assert "a petición del cliente" in history[1]
    assert any("Estado: firmado (2026-11-22)" in line for line in history)
    assert any("CO-1 propuesta: versión 2 sobre la 1, a petición del cliente: Añadir Instagram" in line for line in history)
    assert pacta("check").code == 0


def test_rejected_change_order_leaves_version_1_in_force(pacta: Pacta, examples_dir: Path) -> None:
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    pacta("status", project, "signed")
    pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "Instagram", "--requested-by", "client")
    result = pacta("reject", project, "CO-1", "--reason", "Fuera de presupuesto")
    assert result.code == 0 and result.out.strip() == "1"
    assert pacta("accept", project, "CO-1").code == 1
    history = pacta("history", project).out.splitlines()
    assert history[0].endswith("en vigor") and "CO-1 rechazada" in history[1]


def test_signed_contract_cannot_go_back_to_draft(pacta: Pacta, examples_dir: Path) -> None:
    project = _import(pacta, examples_dir / "minimal.json")
    pacta("status", project, "signed")
    result = pacta("status", project, "sent")
    assert result.code == 1
    assert "no puede pasar" in result.err


def test_identical_change_is_refused(pacta: Pacta, examples_dir: Path) -> None:
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    result = pacta("change", project, examples_dir / "panaderia-v1.json", "--reason", "nada")
    assert result.code == 1 and "idéntico" in result.err


def test_journal_is_append_only_with_strike(pacta: Pacta, examples_dir: Path) -> None:
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    assert pacta("journal", project, "--add", "Llamada a las 23:00 pidiendo cambios urgentes", "--kind", "incident").out.strip() == "1"
    pacta("journal", project, "--add", "Aprobado el diseño", "--kind", "decision")
    assert pacta("journal", project, "--strike", "1", "--reason", "duplicada").code == 0
    lines = pacta("journal", project).out.splitlines()
    assert len(lines) == 2
    assert "\u0336" in lines[0] and "\tincidencia\t" in lines[0]
    assert "\tdecisión\t" in lines[1] and lines[1].endswith("Aprobado el diseño")
    again = pacta("journal", project, "--strike", "1", "--reason", "otra razón")
    assert again.code == 1
    assert "ya está tachada (motivo: duplicada)" in again.err
    history = pacta("history", project).out
    assert history.count("Entrada n.º 1 tachada") == 1 and "otra razón" not in history


def test_journal_kinds_in_english(pacta: Pacta, examples_dir: Path) -> None:
    project = _import(pacta, examples_dir / "brand-identity-en.json")
    pacta("journal", project, "--add", "Which shade of green?", "--kind", "question")
    pacta("journal", project, "--add", "Call at 11 pm", "--kind", "incident")
    kinds = [line.split("\t")[2] for line in pacta("journal", project).out.splitlines()]
    assert kinds == ["question", "incident"]
    pacta("journal", project, "--strike", "2")
    assert "already struck through; it stays as it is" in pacta("journal", project, "--strike", "2").err


def test_revision_rounds_are_counted(pacta: Pacta, examples_dir: Path) -> None:
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    pacta("round", project, "A", "delivery")
    assert pacta("round", project, "A", "feedback", "--note", "Cambiar colores").out.strip() == "ronda 1 de 2"
    assert pacta("round", project, "A", "feedback").out.strip() == "ronda 2 de 2"
    assert pacta("round", project, "Z", "feedback").code == 1


def test_attach_a_scan_and_detect_a_changed_file(pacta: Pacta, examples_dir: Path, data_dir: Path, tmp_path: Path) -> None:
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    scan = tmp_path / "firmado.pdf"
    scan.write_bytes(b"%PDF-1.4\n% scanned signature page\n")
    digest = pacta("attach", project, scan, "--version", "1").out.strip()
    assert len(digest) == 64
    assert pacta("attachments", project).out.strip().endswith("ok")
    stored = next((data_dir / "projects" / project / "files").iterdir())
    stored.write_bytes(b"%PDF-1.4\n% altered\n")
    result = pacta("attachments", project)
    assert result.code == 1 and result.out.strip().endswith("MISMATCH")
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert pacta("attach", project, text).code == 1


def _signed_with_change(pacta: Pacta, examples_dir: Path, example: str = "panaderia") -> str:
    if example == "panaderia":
        project = _import(pacta, examples_dir / "panaderia-v1.json")
        new = examples_dir / "panaderia-v2.json"
    else:
        project = _import(pacta, examples_dir / "brand-identity-en.json")
        contract = json.loads((examples_dir / "brand-identity-en.json").read_text(encoding="utf-8"))
        contract["out_of_scope"].append("Translations")
        new = Path(pacta.data).parent / "brand-v2.json"
        new.write_text(json.dumps(contract), encoding="utf-8")
    assert pacta("status", project, "signed", "--date", "2026-11-22").code == 0
    result = pacta("change", project, new, "--reason", "more", "--requested-by", "client")
    assert result.code == 0, result.err
    return project


def test_change_on_a_signed_contract_must_say_who_asked(pacta: Pacta, examples_dir: Path, data_dir: Path) -> None:
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    pacta("status", project, "signed")
    before = snapshot(data_dir / "projects")
    result = pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "Instagram")
    assert result.code == 2
    assert result.err.startswith("usage: pacta change")
    assert "--requested-by" in result.err and "firmado" in result.err
    assert snapshot(data_dir / "projects") == before
    # before signing it is optional
    other = _import(pacta, examples_dir / "panaderia-v1.json")
    assert pacta("change", other, examples_dir / "panaderia-v2.json", "--reason", "Instagram").code == 0


@pytest.mark.parametrize("status, word", [("completed", "completado"), ("terminated", "resuelto")])
def test_no_decision_once_the_contract_is_closed(pacta: Pacta, examples_dir: Path, status: str, word: str) -> None:
    project = _signed_with_change(pacta, examples_dir)
    assert pacta("status", project, status).code == 0
    for args in (("accept", project, "CO-1"), ("reject", project, "CO-1", "--reason", "tarde")):
        result = pacta(*args)
        assert result.code == 1
        assert f"está {word}: la orden de cambio CO-1 ya no se puede aceptar ni rechazar" in result.err
    history = pacta("history", project).out.splitlines()
    assert "CO-1 propuesta" in history[1] and history[0].endswith("en vigor")


def test_dates_cannot_go_back(pacta: Pacta, examples_dir: Path) -> None:
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    assert pacta("status", project, "sent", "--date", "2026-11-20").code == 0
    early = pacta("status", project, "signed", "--date", "2026-11-19")
    assert early.code == 1
    assert "no puede quedar firmado el 19 de noviembre de 2026, antes del 20 de noviembre de 2026" in early.err
    assert pacta("status", project, "signed", "--date", "2026-11-20").code == 0
    pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "Instagram", "--requested-by", "client")
    asked = dt.date.today()
    before = (asked - dt.timedelta(days=1)).isoformat()
    for args in (("accept", project, "CO-1", "--date", before), ("reject", project, "CO-1", "--reason", "no", "--date", before)):
        result = pacta(*args)
        assert result.code == 1
        assert "no se pidió hasta el" in result.err
    assert pacta("accept", project, "CO-1", "--date", asked.isoformat()).code == 0


def test_status_names_in_errors_follow_the_language(pacta: Pacta, examples_dir: Path) -> None:
    project = _signed_with_change(pacta, examples_dir)
    pacta("accept", project, "CO-1")
    result = pacta("reject", project, "CO-1", "--reason", "no")
    assert result.code == 1 and "la orden de cambio CO-1 ya está aceptada" in result.err
    result = pacta("status", project, "sent")
    assert "un contrato en estado «firmado» no puede pasar a «enviado»" in result.err
    pacta("status", project, "terminated")
    result = pacta("change", project, examples_dir / "panaderia-v1.json", "--reason", "x", "--requested-by", "client")
    assert "está resuelto: ya no admite cambios" in result.err
    assert not any(word in result.err for word in ("terminated", "accepted", "signed"))

    english = _signed_with_change(pacta, examples_dir, "brand")
    pacta("reject", english, "CO-1", "--reason", "no budget")
    assert "change order CO-1 is already rejected" in pacta("accept", english, "CO-1").err


def test_history_names_every_recipient_of_an_email(pacta: Pacta, examples_dir: Path, data_dir: Path) -> None:
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    receipt = SendReceipt(
        sent_at=dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC),
        sender="lucia@estudio-martin.example",
        to=("jorge@laespiga.example",),
        cc=("ana@laespiga.example", "contabilidad@laespiga.example"),
        subject="Contrato para firmar",
        message_id="<1@example>",
        attachments=(),
    )
    with Repository(data_dir, write=True) as repo:
        record_event(repo, project, RecordKind.EMAIL, receipt.to_dict())
    out = pacta("history", project).out
    assert (
        "Correo enviado a jorge@laespiga.example (con copia a ana@laespiga.example, contabilidad@laespiga.example): "
        "Contrato para firmar"
    ) in out
    assert "enviado a :" not in out


def test_render_a_change_order_defaults_to_the_newest(pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    alone = pacta("render", project, "--document", "change-order", "--format", "pdf", "-o", tmp_path)
    assert alone.code == 1 and "no hay ningún cambio que documentar" in alone.err
    pacta("status", project, "signed", "--date", "2026-11-22")
    pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "Instagram", "--requested-by", "client")
    pacta("reject", project, "CO-1", "--reason", "Fuera de presupuesto")
    third = json.loads((examples_dir / "panaderia-v2.json").read_text(encoding="utf-8"))
    third["deliverables"][3]["price"] = "250.00"
    path = tmp_path / "v3.json"
    path.write_text(json.dumps(third), encoding="utf-8")
    assert pacta("change", project, path, "--reason", "Instagram, más barato", "--requested-by", "client").out.split() == [
        "versión", "3", "CO-2"
    ]

    newest = pacta("render", project, "--document", "change-order", "--format", "pdf", "-o", tmp_path)
    assert newest.code == 0, newest.err
    assert Path(newest.out.strip()).name.endswith("-v3-orden-de-cambio-2.pdf")
    text = _pdf_text(Path(newest.out.strip()))
    assert "CO-2" in text and "250,00" in text

    first = pacta("render", project, "--document", "change-order", "--format", "pdf", "--change", "co-1", "-o", tmp_path)
    assert first.code == 0, first.err
    assert Path(first.out.strip()).name.endswith("-v2-orden-de-cambio-1.pdf")
    assert "CO-1" in _pdf_text(Path(first.out.strip()))

    by_version = pacta("render", project, "--document", "change-order", "--format", "pdf", "--version", "2", "-o", tmp_path)
    assert by_version.code == 0 and Path(by_version.out.strip()) == Path(first.out.strip())
    missing = pacta("render", project, "--document", "change-order", "--format", "pdf", "--change", "CO-9")
    assert missing.code == 1 and "no tiene la orden de cambio CO-9" in missing.err
    both = pacta("render", project, "--document", "change-order", "--format", "pdf", "--change", "CO-1", "--version", "2")
    assert both.code == 2

    history = pacta("history", project).out
    assert "Documento generado: orden de cambio CO-2 de la versión 3 en PDF" in history
    assert "Documento generado: orden de cambio CO-1 de la versión 2 en PDF" in history


def test_render_a_change_before_signing_is_named_after_its_version(pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "Instagram")
    result = pacta("render", project, "--document", "change-order", "--format", "pdf", "-o", tmp_path)
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    assert path.name.endswith("-v2-orden-de-cambio.pdf")
    assert "v2" in _pdf_text(path)


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_render_the_agreement_of_a_change_order(pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    project = _signed_with_change(pacta, examples_dir)
    in_force = pacta("render", project, "--document", "agreement", "--format", "pdf", "-o", tmp_path)
    assert Path(in_force.out.strip()).name.endswith("-v1-contrato.pdf")
    proposed = pacta("render", project, "--document", "agreement", "--format", "pdf", "--change", "CO-1", "-o", tmp_path)
    assert proposed.code == 0, proposed.err
    assert Path(proposed.out.strip()).name.endswith("-v2-contrato.pdf")
    assert "Integración con Instagram" in _pdf_text(Path(proposed.out.strip()))
    assert "Integración con Instagram" not in _pdf_text(Path(in_force.out.strip()))
