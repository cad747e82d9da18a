"""Pacta's documents: services agreement, scope checklist and change order, as PDF or DOCX.

Importing this package is cheap: reportlab and python-docx load on the first render.
"""

from documents.api import (
    ChangeInfo,
    DocumentFormat,
    DocumentKind,
    DocumentMeta,
    Rendered,
    RenderOptions,
    RenderRefused,
    SignatureBox,
    qr_payload,
    render_document,
)
from documents.stamp import PdfStamp, read_pdf_stamp

__all__ = [
    "ChangeInfo",
    "DocumentFormat",
    "DocumentKind",
    "DocumentMeta",
    "PdfStamp",
    "RenderOptions",
    "RenderRefused",
    "Rendered",
    "SignatureBox",
    "qr_payload",
    "read_pdf_stamp",
    "render_document",
]
