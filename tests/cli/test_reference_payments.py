"""The money reference case of issue 12 on the command line, documents read back with pdftotext.

Import panaderia-v1 with IVA and IRPF (format 2), sign it, record the deposit as paid,
change to panaderia-v2 (deliverable D, +300,00 €) and accept: the change order and the
new agreement say 1.080,00 € (plus its taxes) was paid, ask for no new deposit, and give
a schedule of what remains that adds up to the balance, with IVA and IRPF lines.
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import docx

from tests.cli.test_payments import plain, v2_with_taxes
from tests.clitools import Pacta
from tests.documents.helpers import docx_text, need, qpdf_check


def _render(pacta: Pacta, project: str, folder: Path, *args: str) -> Path:
    result = pacta("render", project, *args, "-o", folder)
    assert result.code == 0, result.err
    return Path(result.out.strip())


def _lines(path: Path) -> str:
    """pdftotext -layout: a table row stays on one line (a cell's wrapped words go below it)."""
    out = subprocess.run([need("pdftotext"), "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return "\n".join(" ".join(line.split()) for line in plain(out).splitlines())


def _text(path: Path) -> str:
    """The text with every run of whitespace made one space, for sentences that wrap."""
    return " ".join(_lines(path).split())


def test_reference_case_with_taxes(pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    project = pacta("import", examples_dir / "format2" / "panaderia-v1-full.json").out.strip().splitlines()[-1]
    assert pacta("status", project, "signed", "--date", "2026-11-20").code == 0
    assert pacta("paid", project, "deposit", "--date", "2026-11-21").code == 0
    change = pacta("change", project, v2_with_taxes(examples_dir, tmp_path), "--reason", "Añadir Instagram",
                   "--requested-by", "client")
    assert change.code == 0, change.err
    assert pacta("accept", project, "CO-1").code == 0

    order_pdf = _render(pacta, project, tmp_path, "--document", "change-order", "--format", "pdf")
    agreement_pdf = _render(pacta, project, tmp_path, "--document", "agreement", "--format", "pdf")
    for pdf in (order_pdf, agreement_pdf):
        qpdf_check(pdf.read_bytes(), tmp_path)
        text, rows = _text(pdf), _lines(pdf)
        # totals before and after, with taxes
        assert "Total antes del cambio 2.700,00 € 567,00 € −405,00 € 2.862,00 €" in rows, rows
        assert "Total después del cambio 3.000,00 € 630,00 € −450,00 € 3.180,00 €" in rows
        # paid so far: the deposit, 1.080,00 € of base with its IVA and IRPF
        assert re.search(r"Pagado hasta el .{0,30}1\.080,00 € 226,80 € −162,00 € 1\.144,80 €", rows)
        assert "el anticipo no se vuelve a pedir" in text
        assert "el Cliente ha pagado 1.144,80 €" in text
        # no new deposit
        assert "abonará un anticipo" not in text and "(1.200,00 €) a la firma" not in text
        # what remains, with IVA and IRPF, adding up to the balance
        assert "IVA (21 %)" in text and "IRPF (15 %," in text and "retención)" in text
        assert re.search(r"Entrega final a la aceptación de D · 1\.920,00 € 403,20 € −288,00 € 2\.035,20 €", rows)
        assert "Pendiente de pago 1.920,00 € 403,20 € −288,00 € 2.035,20 €" in rows
        assert "Los pagos pendientes suman 2.035,20 €, exactamente el total después del cambio (3.180,00 €) " \
               "menos lo ya pagado (1.144,80 €)." in text
        assert "La diferencia de precio (+300,00 €) se suma al siguiente pago pendiente, «Entrega final aceptada»." in text
    assert "Este contrato es la versión 2, que sustituye a la versión 1 en virtud de la orden de cambio CO-1." in _text(agreement_pdf)

    # the DOCX says the same
    agreement_docx = _render(pacta, project, tmp_path, "--document", "agreement", "--format", "docx")
    words = " ".join(plain(docx_text(docx.Document(io.BytesIO(agreement_docx.read_bytes())))).split())
    assert "el Cliente ha pagado 1.144,80 €" in words and "2.035,20 €" in words and "abonará un anticipo" not in words

    # the first agreement, as signed, is unchanged by what happened later: deposit, schedule with taxes
    signed_pdf = _render(pacta, project, tmp_path, "--document", "agreement", "--format", "pdf", "--version", "1")
    first, first_rows = _text(signed_pdf), _lines(signed_pdf)
    assert "El Cliente abonará un anticipo del 40 % del precio (1.080,00 €) a la firma de este contrato." in first
    assert "Anticipo a la firma 1.080,00 € 226,80 € −162,00 € 1.144,80 €" in first_rows
    assert "Total 2.700,00 € 567,00 € −405,00 € 2.862,00 €" in first_rows
    assert "ha pagado" not in first and "Pagado hasta" not in first

    table = [line.split("\t") for line in plain(pacta("payments", project).out).splitlines()]
    assert table[-1] == ["Pendiente de pago: 2.035,20 €; los pagos pendientes de arriba suman exactamente esa cantidad"]
    assert pacta("check").code == 0


def test_reference_case_without_taxes_difference_on_signing(pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    project = pacta("import", examples_dir / "panaderia-v1.json").out.strip().splitlines()[-1]
    assert pacta("status", project, "signed", "--date", "2026-11-20").code == 0
    assert pacta("paid", project, "deposit", "--date", "2026-11-21").code == 0
    assert pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "Añadir Instagram",
                 "--requested-by", "client", "--difference", "on-signing").code == 0
    pdf = _render(pacta, project, tmp_path, "--document", "change-order", "--format", "pdf")
    text, rows = _text(pdf), _lines(pdf)
    assert re.search(r"Pagado hasta el .{0,30}1\.080,00 €", rows)
    assert "La diferencia de precio (+300,00 €) se paga a la firma de la orden de cambio CO-1." in text
    assert "Diferencia de la CO-1 a la firma de la CO-1 300,00 €" in rows, rows
    assert "Los pagos pendientes suman 1.920,00 €, exactamente el total después del cambio (3.000,00 €) " \
           "menos lo ya pagado (1.080,00 €)." in text
