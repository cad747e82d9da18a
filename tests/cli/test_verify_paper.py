"""`pacta verify` from paper and from any PDF: the QR code on a rasterised page, a JPEG of it, a
scanned PDF, LibreOffice's export of the DOCX, and a PDF whose deposit was edited."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from tests.clitools import Pacta


def _import(pacta: Pacta, path: Path) -> str:
    result = pacta("import", path)
    assert result.code == 0, result.err
    return result.out.strip().splitlines()[-1]


def _render(pacta: Pacta, project: str, folder: Path, fmt: str = "pdf", *extra: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    result = pacta("render", project, "--document", "agreement", "--format", fmt, "-o", folder, *extra)
    assert result.code == 0, result.err
    return Path(result.out.strip())


def _fingerprint(pacta: Pacta, project: str, number: int) -> str:
    return pacta("history", project).out.splitlines()[number - 1].split("\t")[4]


def _last_page_png(pdf: Path, target: Path, dpi: int = 150) -> Path:
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout).group(1))  # type: ignore[union-attr]
    subprocess.run(["pdftoppm", "-f", str(pages), "-l", str(pages), "-r", str(dpi), "-png", "-singlefile",
                    str(pdf), str(target.with_suffix(""))], check=True)
    return target


def edit_text(pdf: Path, target: Path, old: str, new: str) -> Path:
    """Change a printed amount inside the PDF's page content, as someone with a PDF editor would."""
    work = target.with_suffix(".qdf.pdf")
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(pdf), str(work)], check=True)
    data = work.read_bytes()
    # reportlab keeps ASCII characters as themselves: literal strings, or their hex codes.
    edited = data.replace(f"({old}".encode(), f"({new}".encode()).replace(old.encode().hex().encode(),
                                                                          new.encode().hex().encode())
    assert edited != data
    work.write_bytes(edited)
    fixed = subprocess.run(["fix-qdf", str(work)], capture_output=True, check=True).stdout
    work.write_bytes(fixed)
    subprocess.run(["qpdf", str(work), str(target)], check=True)
    return target


@pytest.fixture
def signed_project(pacta: Pacta, examples_dir: Path) -> str:
    project = _import(pacta, examples_dir / "panaderia-v1.json")
    assert pacta("status", project, "signed", "--date", "2026-11-22").code == 0
    return project


def test_a_rasterised_page_its_jpeg_and_a_scanned_pdf_are_identified_by_their_qr_code(
    pacta: Pacta, signed_project: str, tmp_path: Path
) -> None:
    pdf = _render(pacta, signed_project, tmp_path / "out")
    fp = _fingerprint(pacta, signed_project, 1)
    png = _last_page_png(pdf, tmp_path / "page.png")
    jpeg = tmp_path / "page.jpg"
    with Image.open(png) as image:
        image.convert("RGB").save(jpeg, quality=70)
        scan = tmp_path / "scan.pdf"
        image.convert("RGB").save(scan, resolution=150)
    for picture in (png, jpeg, scan):
        result = pacta("verify", picture)
        assert result.code == 0, (picture, result.out, result.err)
        assert result.out.splitlines() == [
            f"proyecto {signed_project} «Rediseño del sitio web de Panadería La Espiga», versión 1, huella {fp}",
            "es la versión en vigor",
            "identificado por el código QR impreso en sus páginas",
            "no tiene texto que comparar (es una imagen o un escaneo): esto identifica la versión, no comprueba "
            "su contenido",
        ], picture


def test_an_edited_deposit_is_named_with_both_amounts_and_exit_status_1(
    pacta: Pacta, signed_project: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = _render(pacta, signed_project, tmp_path / "out")
    edited = edit_text(pdf, tmp_path / "edited.pdf", "1.080,00", "80,00")
    result = pacta("verify", edited)
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[1] == "es la versión en vigor"
    assert lines[2] == "su texto NO es el del contrato de la versión 1; difiere en:"
    assert "  Anticipo a la firma: 1.080,00 € en la versión, 80,00 € en este archivo" in lines
    assert "  un anticipo del 40 % del precio: 1.080,00 € en la versión, 80,00 € en este archivo" in lines
    assert len(lines) == 5, lines
    # The untouched PDF says its text is the version's.
    untouched = pacta("verify", pdf)
    assert untouched.code == 0 and untouched.out.splitlines()[-1] == "su texto es el del contrato de la versión 1"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_export_of_the_docx_is_identified_and_its_text_matches(
    pacta: Pacta, signed_project: str, tmp_path: Path
) -> None:
    docx = _render(pacta, signed_project, tmp_path / "out", "docx")
    exported = tmp_path / "lo"
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(exported), str(docx)], check=True, capture_output=True)
    pdf = exported / docx.with_suffix(".pdf").name
    assert b"/PactaFingerprint" not in pdf.read_bytes()
    result = pacta("verify", pdf)
    assert result.code == 0, result.out + result.err
    assert result.out.splitlines()[1:] == [
        "es la versión en vigor",
        "identificado por el código QR impreso en sus páginas",
        "su texto es el del contrato de la versión 1",
    ]


def test_rejected_and_superseded_versions_are_told_apart(
    pacta: Pacta, signed_project: str, examples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    first = _render(pacta, signed_project, tmp_path / "v1")
    assert pacta("change", signed_project, examples_dir / "panaderia-v2.json", "--reason", "Instagram",
                 "--requested-by", "client").code == 0
    second = _render(pacta, signed_project, tmp_path / "v2", "pdf", "--version", "2")
    assert pacta("reject", signed_project, "CO-1", "--reason", "too expensive").code == 0
    result = pacta("verify", second)
    assert result.code == 0
    assert ("es la versión que proponía la orden de cambio CO-1, que se rechazó: nunca entró en vigor "
            "(la versión en vigor es la 1)") in result.out
    assert pacta("verify", first).out.splitlines()[1] == "es la versión en vigor"


def test_without_poppler_a_pacta_pdf_is_still_identified_and_says_its_text_was_not_compared(
    pacta: Pacta, signed_project: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = _render(pacta, signed_project, tmp_path / "out")
    empty = tmp_path / "no-tools"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result = pacta("verify", pdf)
    assert result.code == 0, result.err
    assert result.out.splitlines()[1:] == [
        "es la versión en vigor",
        "su texto no se ha comparado porque falta poppler-utils (pdftotext): instálelo para comprobar el "
        "contenido; esto identifica la versión, no comprueba su contenido",
    ]


def test_a_letter_sized_pdf_is_compared_with_a_letter_sized_render(
    pacta: Pacta, signed_project: str, tmp_path: Path
) -> None:
    pdf = _render(pacta, signed_project, tmp_path / "out", "pdf", "--paper", "Letter")
    result = pacta("verify", pdf)
    assert result.code == 0, result.out
    assert result.out.splitlines()[-1] == "su texto es el del contrato de la versión 1"
