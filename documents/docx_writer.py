"""Blocks to DOCX with python-docx, from the template in resources/templates."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from docx import Document as open_docx
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from documents.blocks import (
    Bullets,
    Cell,
    Document,
    Heading,
    Inline,
    Para,
    Signatures,
    Table,
    TimelineBlock,
    Title,
)
from documents.docx_fields import add_field
from documents.docx_package import alt_text, embed_fonts, save, set_language, set_properties
from documents.make_template import TEMPLATE
from documents.meta import DocumentMeta, qr_payload

PAPER_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
MARGIN_MM = 20.0
PARA_STYLES = {"body": "Normal", "note": "Pacta Note", "notice": "Pacta Notice", "small": "Pacta Note"}
ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}
CHECK_BOX = "☐"
# Characters XML 1.0 cannot hold (the text is cleaned before, but clause files are user-editable).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _runs(paragraph: Any, content: Inline) -> None:
    for run in content:
        _text_run(paragraph, run.text, bold=run.bold)


def _text_run(paragraph: Any, text: str, bold: bool = False) -> None:
    """Add `text`, turning newlines into line breaks (python-docx would keep them as is)."""
    for index, line in enumerate(text.split("\n")):
        run = paragraph.add_run(line)
        if bold:
            run.bold = True
        if index:
            # After the run's properties, which the schema wants first.
            run._r.insert(0 if run._r.rPr is None else 1, OxmlElement("w:br"))


def _repeat_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    tr_pr.append(element)


def _no_split(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))


def _box(cell: Any) -> None:
    """Draw a thin border round a table cell (its own borders, whatever the table style says)."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), "6")
        element.set(qn("w:space"), "0")
        element.set(qn("w:color"), "333333")
        borders.append(element)
    tc_pr.append(borders)


def _tight_rows(table: Any) -> None:
    """Less air above and below each cell of a key/value table (it has no rules to separate)."""
    margins = OxmlElement("w:tblCellMar")
    for edge, width in (("top", 10), ("bottom", 10)):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(width))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    # In the schema's order: before tblLook and whatever follows it.
    table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")


class _Styles:
    """Style ids by name, looked up once per document.

    `paragraph.style = "name"` makes python-docx search every style of the template
    on each call, which cost most of a 1,000-row table's time; the pStyle element is
    set directly with the id instead.
    """

    def __init__(self, out: Any) -> None:
        self.out = out
        self.ids: dict[str, str] = {}

    def id(self, name: str) -> str:
        """The style id of the paragraph style `name` (KeyError if the template lacks it)."""
        if name not in self.ids:
            self.ids[name] = self.out.styles[name].style_id
        return self.ids[name]

    def apply(self, paragraph: Any, name: str) -> Any:
        """Give `paragraph` the style `name`; returns the paragraph."""
        paragraph._p.style = self.id(name)
        return paragraph

    def add(self, container: Any, name: str, text: str = "") -> Any:
        """A new paragraph in `container` (the body or a cell) with the style `name`."""
        paragraph = container.add_paragraph(text)
        return self.apply(paragraph, name)


def _runs_xml(text: str, bold: bool) -> str:
    """Runs for `text`: a line break before each line after the first, text escaped."""
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    out = []
    for index, line in enumerate(_XML_ILLEGAL.sub("", text).split("\n")):
        brk = "<w:br/>" if index else ""
        body = "<w:tab/>".join(f'<w:t xml:space="preserve">{xml_escape(part)}</w:t>' for part in line.split("\t"))
        out.append(f"<w:r>{props}{brk}{body}</w:r>")
    return "".join(out)


def _paragraph_xml(style_id: str, align: str, value: Cell) -> str:
    """A cell's paragraph: its style, its alignment and its text, or a check box to tick on paper."""
    jc = f'<w:jc w:val="{align}"/>' if align in ("right", "center") else ""
    props = f'<w:pPr><w:pStyle w:val="{xml_escape(style_id)}"/>{jc}</w:pPr>'
    if value.field == "check":
        return f'<w:p>{props}<w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t>{CHECK_BOX}</w:t></w:r></w:p>'
    if value.field == "text" or not value.text:
        return f"<w:p>{props}</w:p>"
    return f"<w:p>{props}{_runs_xml(value.text, value.bold)}</w:p>"


class _Writer:
    def __init__(self, doc: Document, meta: DocumentMeta) -> None:
        self.doc, self.meta = doc, meta
        self.out = open_docx(str(TEMPLATE))
        self.styles = _Styles(self.out)
        width, height = PAPER_MM[meta.paper]
        section = self.out.sections[0]
        section.page_width, section.page_height = Mm(width), Mm(height)
        for side in ("left_margin", "right_margin", "top_margin"):
            setattr(section, side, Mm(MARGIN_MM))
        section.bottom_margin = Mm(MARGIN_MM)
        section.footer_distance = Mm(9)
        self.text_width = Mm(width - 2 * MARGIN_MM)

    def table(self, block: Table) -> None:
        columns = len(block.widths)
        table = self.out.add_table(rows=0, cols=columns)
        table.style = "Pacta Plain" if block.pairs else "Pacta Table"
        if block.pairs:
            _tight_rows(table)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        widths = [int(self.text_width * w) for w in block.widths]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        align = list(block.align) + ["left"] * (columns - len(block.align))
        if block.header:
            # Rows are added one at a time: table.cell(i, j) walks the whole table each call.
            row = table.add_row()
            _no_split(row)
            _repeat_header(row)
            for cell, text, where in zip(row.cells, block.header, align, strict=False):
                paragraph = self.styles.apply(cell.paragraphs[0], "Pacta Table Head")
                if where != "left":
                    paragraph.alignment = ALIGN[where]
                _text_run(paragraph, text)
        # The body rows are written as XML and parsed in one go: adding them through
        # python-docx's objects cost milliseconds per cell, seconds for a long table.
        twips = [width // 635 for width in widths]  # EMU to twentieths of a point
        rows = "".join(self.row_xml(entry, align, twips) for entry in block.rows)
        if rows:
            parsed = parse_xml(f"<w:tbl {nsdecls('w')}>{rows}</w:tbl>")
            for tr in list(parsed):
                table._tbl.append(tr)
        self.styles.add(self.out, "Pacta Note")

    def row_xml(self, entry: tuple[Cell, ...], align: Sequence[str], twips: list[int]) -> str:
        """One table row as WordprocessingML, the same as python-docx would build it."""
        cells = []
        for value, where, width in zip(entry, align, twips, strict=False):
            paragraphs = [_paragraph_xml(self.styles.id("Pacta Cell"), where, value)]
            if value.detail and value.field != "check":
                detail = Cell(value.detail)
                paragraphs.append(_paragraph_xml(self.styles.id("Pacta Cell Detail"), "left", detail))
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{"".join(paragraphs)}</w:tc>')
        # A row stays on one page, unless it is too long for any page (a very long text).
        size = sum(len(value.text) + len(value.detail) for value in entry)
        props = "<w:trPr><w:cantSplit/></w:trPr>" if size < 1500 else ""
        return f"<w:tr>{props}{''.join(cells)}</w:tr>"

    def signatures(self, block: Signatures) -> None:
        import segno

        heading = self.out.add_paragraph(block.heading, style="Heading 1")
        heading.paragraph_format.keep_with_next = True
        # The introduction and the verification code beside the QR code, as in the PDF.
        qr_width = Mm(28)
        head = self.out.add_table(rows=1, cols=2)
        head.style = "Pacta Plain"
        head.autofit = False
        for col, width in zip(head.columns, (int(self.text_width - qr_width), qr_width), strict=True):
            col.width = width
        _no_split(head.rows[0])
        words, code = head.rows[0].cells
        words.width, code.width = int(self.text_width - qr_width), qr_width
        _text_run(words.paragraphs[0], block.intro)
        _text_run(words.add_paragraph(style="Pacta Note"), block.qr_caption)
        picture = io.BytesIO()
        segno.make(block.qr_payload, error="m").save(picture, kind="png", scale=6, border=2)
        picture.seek(0)
        code.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        shape = code.paragraphs[0].add_run().add_picture(picture, width=Mm(24))
        alt_text(shape, block.qr_caption)
        for cell in (words, code):
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True

        # Both signature blocks go in a table inside the left cell, so the QR code stands
        # beside them rather than above: a short checklist or change order keeps its
        # signatures on its one page, as in the PDF.
        table = words.add_table(rows=0, cols=3)
        table.style = "Pacta Plain"
        table.autofit = False
        gap = Mm(8)
        column = int((self.text_width - qr_width - gap) / 2)
        for col, width in zip(table.columns, (column, gap, column), strict=True):
            col.width = width
        row = table.add_row()
        _no_split(row)
        for cell, signer in zip((row.cells[0], row.cells[2]), block.signers, strict=True):
            cell.paragraphs[0].style = "Pacta Sign Role"
            _text_run(cell.paragraphs[0], signer.role)
            _text_run(cell.add_paragraph(style="Pacta Sign Name"), signer.name)
            for detail in signer.details:
                _text_run(cell.add_paragraph(style="Pacta Cell"), detail)
            signature, *rest = signer.lines
            _text_run(cell.add_paragraph(style="Pacta Sign Line"), f"{signature}:")
            if rest:
                # Word and LibreOffice draw one border round neighbouring paragraphs that
                # share it; a hairline paragraph between keeps a line under each.
                spacer = cell.add_paragraph(style="Pacta Cell")
                spacer.paragraph_format.space_before = Pt(0)
                spacer.paragraph_format.space_after = Pt(0)
                spacer.paragraph_format.line_spacing = Pt(1)
                # Place and date on one line, the date from a tab stop past the middle.
                line = cell.add_paragraph(style="Pacta Sign Line")
                line.paragraph_format.space_before = Pt(12)
                line.paragraph_format.tab_stops.add_tab_stop(int(column * 0.56))
                _text_run(line, "\t".join(f"{label}:" for label in rest))
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True
        # A cell must end with a paragraph; after the inner table it only needs to be there.
        last = words.paragraphs[-1]
        last.paragraph_format.space_before = last.paragraph_format.space_after = Pt(0)
        last.paragraph_format.line_spacing = Pt(1)

    def footer(self) -> None:
        doc = self.doc
        footer = self.out.sections[0].footer
        for paragraph in footer.paragraphs[1:]:
            paragraph._p.getparent().remove(paragraph._p)
        paragraph = footer.paragraphs[0]
        for run in list(paragraph.runs):
            run._r.getparent().remove(run._r)
        paragraph.style = "Pacta Footer"
        stops = paragraph.paragraph_format.tab_stops
        stops.add_tab_stop(int(self.text_width * 0.62), WD_TAB_ALIGNMENT.RIGHT)
        stops.add_tab_stop(int(self.text_width), WD_TAB_ALIGNMENT.RIGHT)
        title = doc.footer_title if len(doc.footer_title) <= 60 else doc.footer_title[:59] + "…"
        _text_run(paragraph, title.replace("\n", " "))
        paragraph.add_run("\t" + doc.footer_version + "\t")
        before, _, after = doc.page_label.partition("{page}")
        middle, _, tail = after.partition("{total}")
        paragraph.add_run(before)
        add_field(paragraph, "PAGE")
        paragraph.add_run(middle)
        add_field(paragraph, "NUMPAGES")
        paragraph.add_run(tail)
        if doc.initials:
            self.initials_boxes(footer, paragraph)

    def initials_boxes(self, footer: Any, footer_line: Any) -> None:
        """A box per party for initials, above the footer line on every page, as in the PDF.

        A small right-aligned table: the label, then a bordered cell per party with
        the party's name under it; narrow unbordered columns keep the boxes apart.
        """
        doc = self.doc
        label_w, box_w, gap_w = Mm(24), Mm(21), Mm(3)
        columns = [label_w]
        for _ in doc.initials:
            columns += [gap_w, box_w]
        table = footer.add_table(rows=2, cols=len(columns), width=sum(columns, Mm(0)))
        table.style = "Pacta Plain"
        table.alignment = WD_TABLE_ALIGNMENT.RIGHT
        table.autofit = False
        for column, width in zip(table.columns, columns, strict=True):
            column.width = width
        boxes, names = table.rows
        boxes.height, boxes.height_rule = Mm(8.5), WD_ROW_HEIGHT_RULE.EXACTLY
        for row in (boxes, names):
            for cell, width in zip(row.cells, columns, strict=True):
                cell.width = width
                self.styles.apply(cell.paragraphs[0], "Pacta Footer")
        label = boxes.cells[0]
        label.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        label.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _text_run(label.paragraphs[0], doc.initials_label)
        for index, name in enumerate(doc.initials):
            column = 2 + 2 * index
            _box(boxes.cells[column])
            under = names.cells[column].paragraphs[0]
            under.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _text_run(under, name)
        # The boxes sit above the line with the title, version and page number.
        footer_line._p.addprevious(table._tbl)
        footer_line.paragraph_format.space_before = Pt(4)

    def write(self) -> bytes:
        doc = self.doc
        for block in doc.blocks:
            if isinstance(block, Title):
                self.styles.add(self.out, "Title", block.title)
                self.styles.add(self.out, "Subtitle", block.subtitle)
                for line in block.lines:
                    self.styles.add(self.out, "Pacta Meta", line)
            elif isinstance(block, Heading):
                self.styles.add(self.out, "Heading 1" if block.level == 1 else "Heading 2", block.text)
            elif isinstance(block, Para):
                _runs(self.styles.add(self.out, PARA_STYLES[block.style]), block.content)
            elif isinstance(block, Bullets):
                for item in block.items:
                    _runs(self.styles.add(self.out, "List Bullet"), item)
            elif isinstance(block, Table):
                self.table(block)
            elif isinstance(block, TimelineBlock):
                from documents.png_timeline import timeline_png

                png = timeline_png(block.timeline, self.text_width.pt)
                paragraph = self.out.add_paragraph()
                paragraph.paragraph_format.keep_with_next = True
                shape = paragraph.add_run().add_picture(io.BytesIO(png), width=self.text_width)
                alt_text(shape, block.caption or doc.title)
                if block.caption:
                    self.styles.add(self.out, "Pacta Note", block.caption)
            elif isinstance(block, Signatures):
                self.signatures(block)
        self.footer()
        payload = qr_payload(self.meta)
        set_properties(
            self.out,
            title=doc.title,
            author=doc.author,
            subject=doc.subject,
            keywords=f"{payload}, pacta-fingerprint:{self.meta.fingerprint}",
            comments=payload,
            lang=doc.lang,
        )
        set_language(self.out, doc.lang)
        embed_fonts(self.out)
        buffer = io.BytesIO()
        save(self.out, buffer)
        return buffer.getvalue()


def write_docx(doc: Document, meta: DocumentMeta) -> bytes:
    """The document as DOCX bytes, started from the bundled template."""
    return _Writer(doc, meta).write()
