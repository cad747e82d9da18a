"""The documents package's public face: what to render, for which version, and the result.

Nothing here imports reportlab or python-docx; they load on the first render. The values
live in documents.meta, which the builders and writers import.
"""

from __future__ import annotations

from documents.meta import PAPERS as PAPERS
from documents.meta import (
    ChangeInfo,
    DocumentFormat,
    DocumentKind,
    DocumentMeta,
    Rendered,
    RenderOptions,
    RenderRefused,
    SignatureBox,
)
from documents.meta import check_change as check_change
from documents.meta import check_meta as check_meta
from documents.meta import qr_payload as qr_payload
from domain.model import Contract
from domain.payments import Plan

__all__ = [
    "PAPERS", "ChangeInfo", "DocumentFormat", "DocumentKind", "DocumentMeta", "RenderOptions", "RenderRefused", "Rendered", "SignatureBox",
    "check_change", "check_meta", "qr_payload", "render_document",
]


def render_document(
    kind: DocumentKind | str,
    fmt: DocumentFormat | str,
    contract: Contract,
    meta: DocumentMeta,
    *,
    previous: Contract | None = None,
    change: ChangeInfo | None = None,
    plan: Plan | None = None,
    options: RenderOptions | None = None,
) -> Rendered:
    """Write an agreement, checklist or change order as PDF or DOCX bytes, with warnings.

    `plan` is the version's payments as the project's records make them (storage.payments):
    after a change order, the schedule carried on from the signed one and what was paid.
    Without it, an agreement shows the contract's own schedule, and a change order its
    totals before and after with their taxes. `options` adds back what the client's copy
    leaves out (see RenderOptions); default: neither.
    """
    if kind not in DocumentKind._value2member_map_:
        raise RenderRefused(f"kind {kind!r} must be one of {', '.join(k.value for k in DocumentKind)}")
    if fmt not in DocumentFormat._value2member_map_:
        raise RenderRefused(f"format {fmt!r} must be one of {', '.join(f.value for f in DocumentFormat)}")
    kind, fmt = DocumentKind(kind), DocumentFormat(fmt)
    check_meta(meta)
    check_change(kind, previous, change)
    # Imported here: building pulls in Babel-formatted texts, writing pulls in reportlab/docx.
    from documents.build import build
    from documents.clauses import ClauseError

    try:
        document, warnings = build(
            kind, fmt, contract, meta, previous=previous, change=change, plan=plan,
            options=options or RenderOptions(),
        )
    except ClauseError as error:
        # Most likely an edited clause text in the user's clause folder: say which one.
        raise RenderRefused(str(error)) from error
    if fmt is DocumentFormat.PDF:
        from documents.pdf_writer import write_pdf

        boxes: list[tuple[str, int, float, float, float, float]] = []
        data = write_pdf(document, meta, boxes)
        return Rendered(data, warnings, tuple(SignatureBox(*box) for box in boxes))
    from documents.docx_writer import write_docx

    return Rendered(write_docx(document, meta), warnings)
