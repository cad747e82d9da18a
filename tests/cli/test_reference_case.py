"""The reference case of issue 5, end to end on the command line.

Import panaderia-v1.json, mark it signed, record panaderia-v2.json as a change the
client asked for (CO-1: deliverable D for 300,00 €, new total 3.000,00 €, A, B and C
due on 29 instead of 30 November), render the change order, accept it; the history
shows both versions, CO-1 accepted and version 2 in force. A rejected change order
leaves version 1 in force.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.clitools import Pacta


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (bash scripts/test installs it)")
    return path


def _signed_with_co1(pacta: Pacta, examples: Path) -> str:
    result = pacta("import", examples / "panaderia-v1.json")
    assert result.code == 0, result.err
    project = result.out.strip().splitlines()[-1]
    status = pacta("status", project, "signed", "--date", "2026-11-22")
    assert status.code == 0 and status.out.strip() == "signed"
    change = pacta(
        "change", project, examples / "panaderia-v2.json", "--reason", "Añadir Instagram", "--requested-by", "client"
    )
    assert change.code == 0, change.err
    assert change.out.split() == ["versión", "2", "CO-1"]
    return project


def test_reference_case_accepted(pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    project = _signed_with_co1(pacta, examples_dir)

    diff = pacta("diff", project, "1", "2")
    assert diff.code == 0
    assert diff.out.splitlines() == [
        "Se añade el entregable D «Integración con Instagram»: 300,00 €, para el 29 de noviembre de 2026.",
        "Fecha de entrega de A, B y C: pasa del 30 de noviembre de 2026 al 29 de noviembre de 2026.",
        "Impacto en el precio: +300,00 €. Nuevo total: 3.000,00 € (antes 2.700,00 €).",
        "Impacto en el plazo: la última entrega pasa del 30 de noviembre de 2026 al 29 de noviembre de 2026 (1 día antes).",
    ]

    before = pacta("history", project).out.splitlines()
    assert before[0].startswith("versión 1\t") and before[0].endswith("\ten vigor")
    assert before[1].startswith("versión 2\t") and "CO-1 propuesta" in before[1] and "en vigor" not in before[1]

    rendered = pacta("render", project, "--document", "change-order", "--format", "pdf", "-o", tmp_path)
    assert rendered.code == 0, rendered.err
    pdf = Path(rendered.out.strip())
    assert pdf.name == "rediseno-del-sitio-web-de-panaderia-la-espiga-v2-orden-de-cambio-1.pdf"
    qpdf = subprocess.run([_tool("qpdf"), "--check", str(pdf)], capture_output=True, text=True)
    assert qpdf.returncode == 0, qpdf.stdout + qpdf.stderr
    text = subprocess.run([_tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Orden de cambio CO-1" in flat
    assert "Integración con Instagram" in flat and "300,00 €" in flat and "3.000,00 €" in flat
    assert "Añadir Instagram" in flat

    verify = pacta("verify", pdf)
    assert verify.code == 0 and f"proyecto {project}" in verify.out and "versión 2" in verify.out
    # Proposed, never in force (not "no longer in force"), and its text is the change order's.
    assert "es la versión que propone la orden de cambio CO-1, aún no aceptada" in verify.out
    assert "su texto es el de la orden de cambio de la versión 2" in verify.out

    accepted = pacta("accept", project, "CO-1")
    assert accepted.code == 0 and accepted.out.strip() == "2"

    history = pacta("history", project).out.splitlines()
    versions = [line for line in history if line.startswith("versión ")]
    assert len(versions) == 2
    assert not versions[0].endswith("en vigor")
    assert "CO-1 aceptada" in versions[1] and "a petición del cliente" in versions[1]
    assert versions[1].endswith("\ten vigor")
    events = [line.split("\t", 1)[1] for line in history[2:]]
    assert events[0] == "Estado: firmado (2026-11-22)"
    assert events[1] == "CO-1 propuesta: versión 2 sobre la 1, a petición del cliente: Añadir Instagram"
    assert events[2].startswith("Documento generado: orden de cambio CO-1 de la versión 2 en PDF")
    assert events[3].startswith("CO-1 aceptada (")
    assert "es la versión en vigor" in pacta("verify", pdf).out
    assert pacta("list").out.split("\t")[3:5] == ["signed", "2"]
    assert pacta("check").code == 0


def test_reference_case_rejected(pacta: Pacta, examples_dir: Path) -> None:
    project = _signed_with_co1(pacta, examples_dir)
    rejected = pacta("reject", project, "CO-1", "--reason", "Fuera de presupuesto")
    assert rejected.code == 0 and rejected.out.strip() == "1"
    history = pacta("history", project).out.splitlines()
    assert history[0].startswith("versión 1\t") and history[0].endswith("\ten vigor")
    assert "CO-1 rechazada" in history[1] and not history[1].endswith("en vigor")
    events = [line.split("\t", 1)[1] for line in history[2:]]
    assert any(e.startswith("CO-1 rechazada (") and e.endswith("): Fuera de presupuesto") for e in events), events
    exported = pacta("export", project, "--version", "1").out
    assert '"due": "2026-11-30"' in exported
    assert pacta("accept", project, "CO-1").code == 1
    assert pacta("check").code == 0


def test_after_a_rejection_the_next_change_order_names_the_version_it_changes(
        pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    project = _signed_with_co1(pacta, examples_dir)
    assert pacta("reject", project, "CO-1", "--reason", "Fuera de presupuesto").code == 0
    changed = tmp_path / "v3.json"
    changed.write_text(pacta("export", project, "--version", "1").out.replace("Carta de productos", "Carta y precios"),
                       encoding="utf-8")
    change = pacta("change", project, changed, "--reason", "Otro título", "--requested-by", "provider")
    assert change.out.split() == ["versión", "3", "CO-2"], change.err
    rendered = pacta("render", project, "--document", "change-order", "--format", "pdf", "-o", tmp_path)
    assert rendered.code == 0, rendered.err
    text = subprocess.run([_tool("pdftotext"), rendered.out.strip(), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.split())
    # CO-2 changes version 1 (the one in force), not version 2, which was turned down.
    assert "la versión 3 sustituye a la versión 1" in flat
    assert "Versión 1 → versión 3" in flat
    assert "Carta y precios" in flat
