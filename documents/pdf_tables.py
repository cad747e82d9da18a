"""Tables for the PDF: header rows that repeat, and cells too long for a page cut into rows.

reportlab raises LayoutError when one table row is taller than a frame, so a cell
holding, say, a 5,000-word acceptance text is cut into pieces that each fit, and
the pieces go into continuation rows of the same entry (no rule between them).
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle as RLTableStyle

from documents import fonts
from documents.blocks import Cell, Signatures, Table
from documents.pdf_cells import TextCell
from documents.pdf_parts import FormField
from documents.pdf_styles import CELL_LEADING, CELL_SIZE, RULE, SHADE, styles
from documents.text import chunks, markup

PAD = 4.0
# Lines of cell text per table row; ~40 lines at 10.2 pt is well under any frame's height.
MAX_LINES = 36
# Room above a signature line: 20 mm and a little more.
SIGN_SPACE = 58.0


def _grey(level: float) -> Color:
    return Color(level, level, level)


def split_for_rows(text: str, chars_per_line: int, max_lines: int = MAX_LINES) -> list[str]:
    """`text` cut into pieces that each wrap to at most `max_lines` lines in the column."""
    if not text:
        return [""]
    pieces: list[str] = []
    current: list[str] = []
    used = 0
    for line in text.split("\n"):
        for part in chunks(line, chars_per_line * max_lines) if line else [""]:
            cost = max(1, math.ceil(len(part) / chars_per_line))
            if current and used + cost > max_lines:
                pieces.append("\n".join(current))
                current, used = [], 0
            current.append(part)
            used += cost
    if current:
        pieces.append("\n".join(current))
    return pieces


def _chars_per_line(width: float) -> int:
    # Budget one em per character: the widest glyphs (W, M, the replacement box) are about that.
    return max(1, int((width - 2 * PAD) / CELL_SIZE))


def _cell_pieces(cell: Cell, width: float) -> list[list[tuple[str, str]]]:
    """The cell's paragraphs (style, text) spread over as many rows as they need."""
    cpl = _chars_per_line(width)
    rows: list[list[tuple[str, str]]] = [[]]
    used = 0
    for style, text in (("bold" if cell.bold else "plain", cell.text), ("detail", cell.detail)):
        if not text:
            continue
        for piece in split_for_rows(text, cpl):
            cost = sum(max(1, math.ceil(len(line) / cpl)) for line in piece.split("\n"))
            if rows[-1] and used + cost > MAX_LINES:
                rows.append([])
                used = 0
            rows[-1].append((style, piece))
            used += cost
    return rows


def _plain(pieces: list[tuple[str, str]], width: float) -> str | None:
    """The text of a cell that fits on one line as it is, else None."""
    if len(pieces) != 1 or pieces[0][0] == "detail":
        return None
    style, text = pieces[0]
    if "\n" in text or len(text) > 60:
        return None
    name = fonts.BOLD if style == "bold" else fonts.REGULAR
    return text if stringWidth(text, name, CELL_SIZE) <= width - 2 * PAD - 1 else None


class CellParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph that remembers its last wrap.

    A table wraps every cell to size its rows, again for each page it is split over,
    and again to draw it; a cell's width never changes, and a paragraph's lines depend
    only on the width, so the lines broken the first time are kept.
    """

    _last: tuple[float, tuple[float, float]] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The size at this width, broken into lines once."""
        last = self._last
        if last is not None and last[0] == available_width:
            return last[1]
        size = super().wrap(available_width, available_height)
        self._last = (available_width, size)
        return size  # type: ignore[no-any-return]


@cache
def _frags(style: str) -> tuple[Any, Any, Any]:
    """Parsed once per style: a plain fragment, a bold one and a line break, to clone for each paragraph."""
    frags = Paragraph("x<b>x</b><br/>", styles()[style]).frags
    return frags[0], frags[1], frags[2]


def run_frags(parts: list[tuple[str, bool]], style: str) -> list[Any]:
    """Paragraph fragments for plain-text runs (text, bold), built without parsing markup.

    Text here is plain (user text is never markup), so reportlab's markup parser, a
    pure-Python HTML parser that copies the style at every tag, had nothing to find;
    it was a fifth of a long agreement's time.
    """
    plain, strong, brk = _frags(style)
    out = []
    for text, bold in parts:
        model = strong if bold else plain
        for index, line in enumerate(text.split("\n")):
            if index:
                out.append(brk.clone())
            if line:
                out.append(model.clone(text=line))
    return out or [plain.clone(text="")]


def cell_paragraph(text: str, style: str, bold: bool = False) -> CellParagraph:
    """A table cell's paragraph of plain text."""
    return CellParagraph("", styles()[style], frags=run_frags([(text, bold)], style))


@cache
def _bold(style: str) -> Any:
    return styles()[style].clone(f"{style}_bold", fontName=fonts.BOLD)


def _paragraphs(pieces: list[tuple[str, str]], align: str) -> list[Flowable]:
    """A cell's pieces as light text flowables (see pdf_cells): plain text needs no Paragraph."""
    base = {"right": "cell_right", "center": "cell_center"}.get(align, "cell")
    out: list[Flowable] = []
    for style, text in pieces:
        if style == "detail":
            out.append(TextCell(text, styles()["cell_detail"]))
        elif style == "bold":
            out.append(TextCell(text, _bold(base)))
        else:
            out.append(TextCell(text, styles()[base]))
    return out


def table_flowable(table: Table, width: float) -> RLTable:
    """A reportlab Table for a block table, long cells spread over continuation rows."""
    st = styles()
    widths = [width * w for w in table.widths]
    align = list(table.align) + ["left"] * (len(widths) - len(table.align))
    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        # Empty cells are drawn as strings in the table's font, which defaults to Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if table.pairs:
        # Key/value rows have no rules between them: less air keeps a short document on one page.
        commands += [("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    # Text that starts right after a right-aligned figure gets some air ("$1,625.00   On delivery").
    airy = [i for i in range(1, len(align)) if align[i] == "left" and align[i - 1] == "right"]
    commands += [("LEFTPADDING", (i, 0), (i, -1), PAD * 3) for i in airy]
    # What a cell's text may fill: its width less the padding it really has (a one-line cell
    # drawn as a string is measured against this, so it never runs past the table's edge).
    room = [width - (2 * PAD if i in airy else 0) for i, width in enumerate(widths)]
    header_rows = 0
    if table.header:
        header_rows = 1
        heads = []
        header = list(table.header)
        if table.pairs:
            # A key/value table's heading spans its label and value columns, and a span shows
            # only its first cell: put each side's heading there, whichever column named it.
            for col in range(0, len(header) - 1, 2):
                header[col], header[col + 1] = header[col] or header[col + 1], ""
        for text, where in zip(header, align, strict=False):
            style = {"right": "head_right", "center": "head_center"}.get(where, "head")
            heads.append(Paragraph(markup(text), st[style]))
        data.append(heads)
        if table.pairs:
            for col in range(0, len(widths) - 1, 2):
                commands.append(("SPAN", (col, 0), (col + 1, 0)))
            commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, _grey(0.2)))
        else:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), _grey(SHADE)),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, _grey(0.2)),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ]
    commands += [("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE), ("LEADING", (0, 0), (-1, -1), CELL_LEADING)]
    for column, where in enumerate(align):
        if where != "left":
            commands.append(("ALIGN", (column, 0), (column, -1), where.upper()))
    ends: list[int] = []
    continued = False
    for entry in table.rows:
        spread = [_cell_pieces(cell, room[i]) for i, cell in enumerate(entry)]
        height = max(len(s) for s in spread)
        first = len(data)
        for part in range(height):
            row: list[Any] = []
            for i, cell in enumerate(entry):
                if cell.field and part == 0:
                    row.append(FormField(cell.field, cell.name, widths[i] - 2 * PAD, cell.tooltip or cell.name))
                elif part < len(spread[i]) and spread[i][part]:
                    pieces = spread[i][part]
                    plain = _plain(pieces, room[i])
                    if plain is not None:
                        # A short one-line cell is drawn as a string: far cheaper than a Paragraph.
                        row.append(plain)
                        if pieces[0][0] == "bold":
                            commands.append(("FONTNAME", (i, len(data)), (i, len(data)), fonts.BOLD))
                    else:
                        row.append(_paragraphs(pieces, align[i]))
                else:
                    row.append("")
            data.append(row)
        last = len(data) - 1
        if last > first:
            continued = True
        if not table.pairs:
            ends.append(last)
        elif last > first or table.header:
            commands.append(("LINEBELOW", (0, last), (-1, last), 0.3, _grey(0.8)))
    if continued:
        # Continuation rows of an entry have no rule between them: one rule per entry.
        commands += [("LINEBELOW", (0, end), (-1, end), 0.4, _grey(RULE)) for end in ends]
    elif ends:
        # One row per entry (the usual case): a single command rules them all.
        commands.append(("LINEBELOW", (0, ends[0]), (-1, ends[-1]), 0.4, _grey(RULE)))
    if not table.pairs:
        commands += [
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, _grey(0.2)),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, _grey(0.2)),
        ]
    return RLTable(data, colWidths=widths, repeatRows=header_rows, style=RLTableStyle(commands), hAlign="LEFT")


def signature_table(block: Signatures, width: float) -> tuple[RLTable, RLTable]:
    """Both signature blocks side by side, as two tables of the same columns.

    The first says who signs (role, name, representative), the second holds the lines
    to write on: the signature, then place and date sharing one line. Seven columns:
    for each signer place, a narrow gap and date (the gap keeps their rules apart),
    with a wide gap between the signers; everything but place and date spans a
    signer's three columns.
    """
    st = styles()
    gap, small = 28.0, 8.0
    column = (width - gap) / 2
    place_w = (column - small) * 0.56
    date_w = column - small - place_w
    widths = [place_w, small, date_w, gap, place_w, small, date_w]
    cpl = _chars_per_line(column)
    base: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    left, right = block.signers[0], block.signers[1]

    def para(text: str, style: str = "cell") -> list[Flowable]:
        return [Paragraph(markup(text), st[style])]

    def spanned(data: list[list[Any]], commands: list[tuple[Any, ...]], a: Any, b: Any) -> int:
        row = len(data)
        data.append([a, "", "", "", b, "", ""])
        commands.extend([("SPAN", (0, row), (2, row)), ("SPAN", (4, row), (6, row))])
        return row

    who: list[list[Any]] = []
    who_style = list(base)
    spanned(who, who_style, para(left.role, "sign_role"), para(right.role, "sign_role"))
    texts = [[left.name, *left.details], [right.name, *right.details]]
    pieces = [[p for t in side for p in split_for_rows(t, cpl, 12)] for side in texts]
    for index in range(max(len(p) for p in pieces)):
        cells = [para(side[index], "sign_name" if index == 0 else "cell") if index < len(side) else "" for side in pieces]
        spanned(who, who_style, cells[0], cells[1])

    lines: list[list[Any]] = []
    line_style = list(base)
    signature, *rest = left.lines
    row = spanned(lines, line_style, para(f"{signature}:"), para(f"{signature}:"))
    line_style += [
        ("LINEBELOW", (0, row), (2, row), 0.6, _grey(0.1)),
        ("LINEBELOW", (4, row), (6, row), 0.6, _grey(0.1)),
        # At least 20 mm above the signature line to sign in.
        ("TOPPADDING", (0, row), (-1, row), SIGN_SPACE),
    ]
    if rest:
        # Place and date share one line, each with its own rule.
        row = len(lines)
        place = f"{rest[0]}:"
        date = f"{rest[1]}:" if len(rest) > 1 else ""
        lines.append([para(place), "", para(date), "", para(place), "", para(date)])
        line_style.append(("TOPPADDING", (0, row), (-1, row), 11))
        for col in (0, 2, 4, 6) if date else (0, 4):
            line_style.append(("LINEBELOW", (col, row), (col, row), 0.6, _grey(0.1)))
    return (
        RLTable(who, colWidths=widths, style=RLTableStyle(who_style), hAlign="LEFT"),
        SignatureLines(lines, colWidths=widths, style=RLTableStyle(line_style), hAlign="LEFT"),
    )


class SignatureLines(RLTable):  # type: ignore[misc]
    """The signature lines' table; drawing it notes where each party's signature space is.

    The space is the first row's cells of each signer (columns 0-2 the provider, 4-6 the
    client) in page coordinates, appended to the canvas's `signature_boxes` list when it has
    one, so a signing tool can put its fields exactly there whatever the layout.
    """

    def draw(self) -> None:
        """Draw as usual, then note the two signature cells."""
        super().draw()
        boxes = getattr(self.canv, "signature_boxes", None)
        if boxes is None:
            return
        top, bottom = self._rowpositions[0], self._rowpositions[1]
        page = self.canv.getPageNumber()
        for party, (first, last) in (("provider", (0, 3)), ("client", (4, 7))):
            x0, y0 = self.canv.absolutePosition(self._colpositions[first], bottom)
            x1, y1 = self.canv.absolutePosition(self._colpositions[last], top)
            boxes.append((party, page, float(x0), float(y0), float(x1), float(y1)))
