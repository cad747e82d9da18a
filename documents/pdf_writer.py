"""Blocks to PDF with reportlab platypus: escaped text, repeating headers, kept-together signatures."""

from __future__ import annotations

import io
from typing import Any, ClassVar

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle as RLTableStyle

from documents import fonts
from documents.blocks import (
    Block,
    Bullets,
    Document,
    Heading,
    Inline,
    Para,
    Signatures,
    Table,
    TimelineBlock,
    Title,
)
from documents.meta import DocumentMeta, qr_payload
from documents.pdf_cells import BodyText
from documents.pdf_parts import Decorator, qr_drawing, stamp_canvas, timeline_drawing
from documents.pdf_styles import geometry, styles
from documents.pdf_tables import run_frags, signature_table, table_flowable
from documents.text import markup


def inline(content: Inline) -> str:
    """Runs as Paragraph markup; every piece of text is escaped first."""
    parts = []
    for run in content:
        text = markup(run.text)
        parts.append(f"<b>{text}</b>" if run.bold else text)
    return "".join(parts)


def _grey(level: float) -> Color:
    return Color(level, level, level)


class _Bookmarked(Paragraph):  # type: ignore[misc]
    """A heading that adds itself to the PDF's outline (bookmarks) where it is drawn."""

    def __init__(self, text: str, style: Any, title: str, level: int) -> None:
        super().__init__(text, style)
        self.outline_title, self.outline_level = title, level

    def draw(self) -> None:
        """The heading, then its bookmark pointing at it."""
        super().draw()
        canv = self.canv
        key = f"h{id(self)}"
        canv.bookmarkHorizontal(key, 0, self.height + 4)
        # A level-1 entry needs a level-0 parent before it; the outline never skips a level.
        level = min(self.outline_level, getattr(canv, "_pacta_level", -1) + 1)
        canv.addOutlineEntry(self.outline_title, key, level=level, closed=False)
        canv._pacta_level = level


def heading_paragraph(text: str, style: Any, level: int = 0) -> Paragraph:
    """A heading paragraph with its bookmark."""
    return _Bookmarked(markup(text), style, text, level)


def flowables(block: Block, width: float, next_block: Block | None) -> list[Flowable]:
    """The flowables for one block."""
    st = styles()
    if isinstance(block, Title):
        out: list[Flowable] = [Paragraph(markup(block.title), st["title"]), Paragraph(markup(block.subtitle), st["subtitle"])]
        out += [Paragraph(markup(line), st["meta"]) for line in block.lines]
        out.append(HRFlowable(width="100%", thickness=0.8, color=_grey(0.2), spaceBefore=0, spaceAfter=6))
        return out
    if isinstance(block, Heading):
        style = st["h1"] if block.level == 1 else st["h2"]
        # A heading needs room for itself and a few lines of what follows, or it moves on.
        heading = heading_paragraph(block.text, style, 0 if block.level == 1 else 1)
        if isinstance(next_block, Table) and len(next_block.rows) > 3:
            # Kept with a long table, reportlab would move the whole table on and leave the
            # page blank under the title; the room asked for above is enough for the header
            # row and the first rows, and the table splits from there.
            heading.keepWithNext = 0
        return [CondPageBreak(120 if block.level == 1 else 60), heading]
    if isinstance(block, Para):
        runs = [(r.text, r.bold) for r in block.content]
        para: Flowable
        if block.style == "notice":  # boxed and shaded: a Paragraph draws the box
            para = Paragraph("", st[block.style], frags=run_frags(runs, block.style))
        else:
            para = BodyText(runs, st[block.style], fonts.BOLD)
        # An introduction stays with a short list or table; long ones may split under it.
        short = (isinstance(next_block, Table) and len(next_block.rows) <= 3) or (
            isinstance(next_block, Bullets) and len(next_block.items) <= 3
        )
        if short and block.style == "body":
            para.keepWithNext = 1
        return [para]
    if isinstance(block, Bullets):
        items = [
            Paragraph("", st["bullet"], bulletText="•", frags=run_frags([(r.text, r.bold) for r in item], "bullet"))
            for item in block.items
        ]
        if items:
            items[-1].style = st["bullet"].clone("bullet_last", spaceAfter=6)
        return items
    if isinstance(block, Table):
        return [table_flowable(block, width), Spacer(1, 6)]
    if isinstance(block, TimelineBlock):
        drawing = timeline_drawing(block.timeline, width)
        # keepWithNext, not KeepTogether: reportlab joins a heading only to plain flowables.
        drawing.keepWithNext = 1
        parts: list[Flowable] = [drawing]
        if block.caption:
            parts.append(Paragraph(markup(block.caption), st["note"]))
        return parts
    if isinstance(block, Signatures):
        return _signatures(block, width)
    raise TypeError(f"unknown block {block!r}")


def _signatures(block: Signatures, width: float) -> list[Flowable]:
    st = styles()
    qr_size = 60.0
    # The QR code sits at the right of the introduction and of who signs, not under the
    # lines: a short checklist or change order then fits on one page with its signatures.
    text_width = width - qr_size - 14
    who, lines = signature_table(block, text_width)
    words: list[Flowable] = [Paragraph(markup(block.intro), st["body"]), Paragraph(markup(block.qr_caption), st["qr"])]
    # Names of a normal length go beside the QR code; a very long one (a table cell cannot
    # be split over pages) gets rows of its own under it.
    beside = who.wrap(text_width, 1e6)[1] < 160
    if beside:
        words += [Spacer(1, 4), who]
    head = RLTable(
        [[words, qr_drawing(block.qr_payload, qr_size)]],
        colWidths=[text_width, qr_size + 14],
        hAlign="LEFT",
        style=RLTableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    heading = heading_paragraph(block.heading, st["h1"].clone("h1_sign", spaceBefore=8))
    parts: list[Flowable] = [heading, head, lines] if beside else [heading, head, Spacer(1, 4), who, lines]
    # Never a heading on one page and the signature lines on the next.
    return [KeepTogether(parts)]


def _with_last_clause(story: list[Flowable], signatures: KeepTogether) -> KeepTogether:
    """The signature block with what comes right before it: the last paragraph, or a short
    table with the note above it, and their heading if it comes right before. No page then
    holds only the signatures. reportlab's keepWithNext does not join a flowable to a
    KeepTogether, so they go inside it."""
    moved: list[Flowable] = []

    def take(count: int) -> None:
        for _ in range(count):
            moved.insert(0, story.pop())

    if len(story) > 1 and isinstance(story[-1], Spacer) and isinstance(story[-2], RLTable):
        if len(story[-2]._cellvalues) <= 8:
            take(2)
            while story and isinstance(story[-1], (Paragraph, BodyText)) and not isinstance(story[-1], _Bookmarked):
                take(1)
    elif story and isinstance(story[-1], (Paragraph, BodyText)) and not isinstance(story[-1], _Bookmarked):
        take(1)
    if moved and story and isinstance(story[-1], _Bookmarked):
        take(1)
        if story and isinstance(story[-1], CondPageBreak):
            story.pop()
    return KeepTogether([*moved, *signatures._content]) if moved else signatures


class _Canvas(Canvas):  # type: ignore[misc]
    """A canvas whose Info dictionary carries the Pacta stamp."""

    stamp: ClassVar[dict[str, str]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        stamp_canvas(self, self.stamp)
        #: (party, page, x0, y0, x1, y1) of each signature space drawn (pdf_tables.SignatureLines).
        self.signature_boxes: list[tuple[str, int, float, float, float, float]] = []


def write_pdf(doc: Document, meta: DocumentMeta, boxes: list[Any] | None = None) -> bytes:
    """The document as PDF bytes, fonts embedded, stamped with its version's fingerprint.

    `boxes`, when given, receives where the signature spaces were drawn (see SignatureLines).
    """
    fonts.register()
    # Binary Flate streams rather than ASCII85 on top: smaller files, and encoding the
    # embedded fonts in ASCII85 in pure Python was a tenth of the time.
    rl_config.useA85 = 0
    geo = geometry(meta.paper, bool(doc.initials))
    buffer = io.BytesIO()
    payload = qr_payload(meta)
    template = BaseDocTemplate(
        buffer,
        pagesize=(geo.width, geo.height),
        leftMargin=geo.left,
        rightMargin=geo.right,
        topMargin=geo.top,
        bottomMargin=geo.bottom,
        title=doc.title,
        author=doc.author,
        subject=doc.subject,
        keywords=f"{payload}, pacta-fingerprint:{meta.fingerprint}",
        creator="Pacta",
        lang=doc.lang,
        # Without this reportlab sets Helvetica as the initial font, which pdffonts then lists unembedded.
        initialFontName=fonts.REGULAR,
        initialFontSize=9,
    )
    decorator = Decorator(doc, geo)
    frame = Frame(geo.left, geo.bottom, geo.frame_width, geo.frame_height, 0, 0, 0, 0, id="body")
    template.addPageTemplates([PageTemplate("page", [frame], onPage=decorator)])
    story: list[Flowable] = []
    for index, block in enumerate(doc.blocks):
        following = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
        parts = flowables(block, geo.frame_width, following)
        if isinstance(block, Signatures):
            parts = [_with_last_clause(story, parts[0])]
        story.extend(parts)

    stamp = {"PactaProjectId": meta.project_id, "PactaVersion": str(meta.version), "PactaFingerprint": meta.fingerprint}
    canvas_class = type("PactaCanvas", (_Canvas,), {"stamp": stamp})
    template.build(story, canvasmaker=_finishing(canvas_class, decorator, boxes))
    # The outline opens beside the pages (set on the catalog by showOutline in _finishing).
    return buffer.getvalue()


def _finishing(base: type[Canvas], decorator: Decorator, boxes: list[Any] | None = None) -> type[Canvas]:
    """A canvas class that defines the page-total form just before the file is written."""

    class Finishing(base):  # type: ignore[misc]
        def save(self) -> None:
            decorator.finish(self)
            if boxes is not None:
                boxes[:] = self.signature_boxes
            if getattr(self, "_pacta_level", None) is not None:
                self.showOutline()
            super().save()

    return Finishing

