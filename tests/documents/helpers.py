"""Shared helpers for the documents tests: real tools (qpdf, pdftotext, soffice), no mocks."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

from documents import DocumentMeta
from domain.model import Contract

FINGERPRINT = "3f5a9c0e1d2b4a6f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4938271"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def meta(version: int = 1, paper: str = "A4", project_id: str = "p1a2b3c4") -> DocumentMeta:
    """Metadata for a stored version with a fixed fingerprint and date."""
    return DocumentMeta(project_id, version, FINGERPRINT, paper=paper, generated_on=dt.date(2026, 11, 22))


def load(examples: Path, name: str) -> Contract:
    """One of the example contracts."""
    return Contract.model_validate(json.loads((examples / f"{name}.json").read_text(encoding="utf-8")))


def need(tool: str) -> str:
    """The path of a command-line tool, or skip (fail in CI) when it is missing."""
    path = shutil.which(tool)
    if path is None:
        if IN_CI:
            pytest.fail(f"{tool} is required in CI")
        pytest.skip(f"{tool} is not installed")
    return path


def qpdf_check(data: bytes, tmp: Path) -> None:
    """qpdf --check passes on the PDF."""
    path = tmp / "check.pdf"
    path.write_bytes(data)
    result = subprocess.run([need("qpdf"), "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def pdftotext(data: bytes, first: int | None = None, last: int | None = None) -> str:
    """The PDF's text as poppler extracts it, optionally for a page range."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(data)
        command = [need("pdftotext"), "-enc", "UTF-8"]
        if first is not None:
            command += ["-f", str(first), "-l", str(last if last is not None else first)]
        command += [str(path), "-"]
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    """Text with all whitespace (line and word breaks) removed, for robust searching."""
    return "".join(text.split())


def pdffonts(data: bytes) -> list[list[str]]:
    """pdffonts rows: name, type, encoding, emb, sub, uni, object, generation."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(data)
        out = subprocess.run([need("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # Type names may hold a space ("Type 1"): read the fixed fields from the right.
        rows.append([parts[0], " ".join(parts[1:-6]), *parts[-6:]])
    return rows


def page_count(data: bytes) -> int:
    """Number of pages, from qpdf."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(data)
        out = subprocess.run([need("qpdf"), "--show-npages", str(path)], capture_output=True, text=True, check=True)
        return int(out.stdout.strip())


def qpdf_json(data: bytes) -> Any:
    """qpdf's JSON view of the PDF (objects and AcroForm)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(data)
        out = subprocess.run([need("qpdf"), "--json", str(path)], capture_output=True, text=True, check=True)
        return json.loads(out.stdout)


def soffice_convert(files: list[Path], outdir: Path) -> None:
    """Convert DOCX files to PDF in ONE soffice run with a private profile (each start costs seconds)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if IN_CI:
            pytest.fail("soffice (LibreOffice) is required in CI to check DOCX files")
        pytest.skip("soffice (LibreOffice) is not installed; DOCX conversion not checked")
    profile = outdir / "lo-profile"
    command = [
        soffice,
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        *map(str, files),
    ]
    subprocess.run(command, capture_output=True, timeout=300, check=True)


def docx_text(document: Any) -> str:
    """Every paragraph's text in a python-docx Document's body, tables within tables included."""
    out: list[str] = [p.text for p in document.paragraphs]

    def walk(tables: Any) -> None:
        for table in tables:
            for row in table.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
                    walk(cell.tables)

    walk(document.tables)
    return "\n".join(out)
