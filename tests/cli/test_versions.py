"""change, history, diff, statuses and change orders: the reference case end to end."""

from __future__ import annotations

from pathlib import Path

from tests.clitools import Pacta


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
    assert "\u0336" in lines[0] and "incident" in lines[0]
    assert lines[1].endswith("Aprobado el diseño")


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
