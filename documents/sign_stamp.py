"""The visible part of a signature: a small PDF page the signing tool shows in the signature box."""

from __future__ import annotations

import io

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from documents import fonts


def stamp_pdf(lines: list[str], width: float, height: float) -> bytes:
    """A one-page PDF `width` x `height` points with `lines` of text, shrunk to fit, fonts embedded."""
    fonts.register()
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=(width, height), invariant=1)
    pad = 2.0
    size = min(7.5, (height - 2 * pad) / max(len(lines), 1) / 1.2)
    widest = max((stringWidth(line, fonts.REGULAR, size) for line in lines), default=0.0)
    if widest > width - 2 * pad:
        size *= (width - 2 * pad) / widest
    y = height - pad - size
    for index, line in enumerate(lines):
        canv.setFont(fonts.BOLD if index == 1 else fonts.REGULAR, size)
        canv.drawString(pad, y, line)
        y -= size * 1.2
    canv.showPage()
    canv.save()
    return buffer.getvalue()
