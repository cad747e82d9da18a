"""`pacta verify` names the project and version of a PDF Pacta rendered; `pacta check` catches hand edits."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.clitools import Pacta


def _import(pacta: Pacta, path: Path) -> str:
    result = pacta("import", path)
    assert result.code == 0, result.err
    return result.out.strip().splitlines()[-1]


def _render(pacta: Pacta, project: str, folder: Path, *extra: str) -> Path:
    result = pacta("render", project, "--document", "agreement", "--format", "pdf", "-o", folder, *extra)
    assert result.code == 0, result.err
    return Path(result.out.strip())


def _fingerprint(pacta: Pacta, project: str, number: int) -> str:
    line = pacta("history", project).out.splitlines()[number - 1]
    return line.split("\t")[4]


def test_verify_names_project_version_and_whether_it_is_in_force(
    pacta: Pacta, examples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    pacta("status", project, "signed", "--date", "2026-11-22")
    first = _render(pacta, project, tmp_path / "v1")
    pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "Instagram", "--requested-by", "client")
    second = _render(pacta, project, tmp_path / "v2", "--version", "2")
    fp1, fp2 = _fingerprint(pacta, project, 1), _fingerprint(pacta, project, 2)

    result = pacta("verify", first)
    assert result.code == 0, result.err
    # the project's language (Spanish) is used once the project is known
    assert result.out.splitlines() == [
        f"proyecto {project} «Rediseño del sitio web de Panadería La Espiga», versión 1, huella {fp1}",
        "es la versión en vigor",
        "su texto es el del contrato de la versión 1",
    ]
    result = pacta("verify", second)
    assert result.code == 0
    assert f"versión 2, huella {fp2}" in result.out
    # A change order not accepted yet: its version has never been in force.
    assert ("es la versión que propone la orden de cambio CO-1, aún no aceptada: nunca ha estado en vigor "
            "(la versión en vigor es la 1)") in result.out

    assert pacta("accept", project, "CO-1").code == 0
    assert pacta("verify", first).out.splitlines()[1] == "ya no es la versión en vigor (ahora lo es la versión 2)"
    assert pacta("verify", second).out.splitlines()[1] == "es la versión en vigor"


def _folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_a_pdf_from_another_data_folder_is_unknown(
    pacta: Pacta, examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    elsewhere = Pacta(_folder(tmp_path / "elsewhere"), capsys)
    project = _import(elsewhere, examples_dir / "panaderia-v1.json")
    foreign = _render(elsewhere, project, _folder(tmp_path / "out"))
    assert elsewhere("verify", foreign).code == 0

    _import(pacta, examples_dir / "panaderia-v1.json")  # the same contract, but another project here
    result = pacta("verify", foreign)
    assert result.code == 1
    assert result.out.strip() == f"unknown to this data folder: {_fingerprint(elsewhere, project, 1)}"

    monkeypatch.setenv("LC_ALL", "es_ES.UTF-8")
    result = pacta("verify", foreign)
    assert result.code == 1 and result.out.startswith("desconocido para esta carpeta de datos: ")


def test_a_file_that_is_not_a_pacta_pdf(pacta: Pacta, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    plain = tmp_path / "invoice.pdf"
    plain.write_bytes(b"%PDF-1.4\n1 0 obj << /Title (Invoice) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    result = pacta("verify", plain)
    assert result.code == 1 and result.out == ""
    assert result.err.strip() == (f"pacta: {plain} carries no Pacta document fingerprint "
                                  "(neither in its data nor in a readable QR code)")
    text = tmp_path / "notes.txt"
    text.write_text("pacta:abc:1:" + "0" * 64)  # a marker, but not a PDF
    assert pacta("verify", text).code == 1
    missing = pacta("verify", tmp_path / "missing.pdf")
    assert missing.code == 1 and "missing.pdf" in missing.err


def test_verify_reads_the_info_keys_without_the_keywords(pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    """The stamp is written three times; the /Pacta* Info keys alone are enough (reportlab sorts them)."""
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    pdf = _render(pacta, project, tmp_path)
    data = pdf.read_bytes()
    assert re.search(rb"/PactaFingerprint \(.*?/PactaProjectId \(.*?/PactaVersion \(", data, re.S)
    stripped = re.sub(rb"pacta:[A-Za-z0-9._-]+:[0-9]+:[0-9a-f]{64}", lambda m: b"x" * len(m.group(0)), data)
    assert stripped != data and len(stripped) == len(data)
    copy = tmp_path / "without-keywords.pdf"
    copy.write_bytes(stripped)
    result = pacta("verify", copy)
    assert result.code == 0, result.err
    assert f"proyecto {project}" in result.out and "versión 1" in result.out


def test_check_names_the_project_and_the_journal_entry_edited_by_hand(
    pacta: Pacta, examples_dir: Path, data_dir: Path
) -> None:
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    other = _import(pacta, examples_dir / "minimal.json")
    pacta("journal", project, "--add", "El cliente pide el logo en verde", "--kind", "feedback")
    pacta("journal", project, "--add", "Se aprueba la portada", "--kind", "decision")
    assert pacta("check").code == 0
    path = data_dir / "projects" / project / "project.json"
    text = path.read_text(encoding="utf-8")
    assert text.count("logo en verde") == 1
    path.write_text(text.replace("logo en verde", "logo en rojo"), encoding="utf-8")

    result = pacta("check")
    assert result.code == 1
    problems = [line for line in result.err.splitlines() if line.startswith(f"{project}:")]
    assert len(problems) == 1, result.err
    assert other not in result.err
    # the entry is the first record of the project: the message names it by its number
    stored = json.loads(path.read_text(encoding="utf-8"))
    seq = next(k for k, r in stored["records"].items() if r["body"]["data"].get("text") == "El cliente pide el logo en rojo")
    assert "project.json" in problems[0]
    assert re.search(rf"\b{seq}\b", problems[0].split("project.json", 1)[1]), problems[0]
