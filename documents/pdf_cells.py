"""A light flowable for plain text in a table cell: words broken into lines and drawn as strings.

A reportlab Paragraph handles markup, fragments of many styles, justification and
links; a table cell holds one style of plain text, and a 100-row table held 300 such
Paragraphs, which were most of a long agreement's time. This breaks the words itself
(widths measured once per word and font, with rl-accel's C measurer) and draws each
line with one drawString. Its geometry is a Paragraph's: `leading` per line, the first
baseline `fontSize` below the top, spaceBefore honoured by the table.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

_widths: dict[tuple[str, float], dict[str, float]] = {}


def _width(word: str, font: str, size: float) -> float:
    table = _widths.setdefault((font, size), {})
    found = table.get(word)
    if found is None:
        if len(table) > 50_000:  # a document of unusual words: start afresh rather than grow
            table.clear()
        found = table[word] = float(stringWidth(word, font, size))
    return found


def _cut(word: str, width: float, font: str, size: float) -> list[str]:
    """A word wider than the line, cut into pieces that fit (as splitLongWords does)."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def break_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """`text` broken into lines at most `width` wide (newlines kept, runs of spaces as one)."""
    space = _width(" ", font, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        used = 0.0
        for word in words:
            w = _width(word, font, size)
            if w > width:
                if current:
                    lines.append(" ".join(current))
                *full, last = _cut(word, width, font, size)
                lines.extend(full)
                current, used = [last], stringWidth(last, font, size)
                continue
            extra = w if not current else space + w
            if current and used + extra > width + 1e-6:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                current.append(word)
                used += extra
        if current:
            lines.append(" ".join(current))
    return lines


class TextCell(Flowable):  # type: ignore[misc]
    """Plain text in one font, size and colour, left, right or centre aligned."""

    def __init__(self, text: str, style: Any) -> None:
        super().__init__()
        self.text = text
        self.font, self.size, self.leading = style.fontName, style.fontSize, style.leading
        self.color: Color = style.textColor
        self.alignment = style.alignment  # 0 left, 1 centre, 2 right
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self.lines: list[str] = []
        self._for: float | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Break into lines once per width; as tall as its lines."""
        if self._for != available_width:
            self.lines = break_lines(self.text, available_width, self.font, self.size)
            self._for = available_width
        self.width = available_width
        self.height = len(self.lines) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        """The lines in one text object (left aligned) or as strings; the first baseline `fontSize` below the top."""
        canv = self.canv
        if self.alignment == 0:
            text = canv.beginText(0, self.height - self.size)
            text.setFont(self.font, self.size, self.leading)
            text.setFillColor(self.color)
            for line in self.lines:
                text.textLine(line)
            canv.drawText(text)
            return
        canv.setFont(self.font, self.size)
        canv.setFillColor(self.color)
        y = self.height - self.size
        for line in self.lines:
            if line:
                if self.alignment == 2:
                    canv.drawRightString(self.width, y, line)
                elif self.alignment == 1:
                    canv.drawCentredString(self.width / 2, y, line)
                else:
                    canv.drawString(0, y, line)
            y -= self.leading


def _tokens(runs: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """Runs (font, text) as lines of words, each word with its font; newlines start a line."""
    lines: list[list[tuple[str, str]]] = [[]]
    for font, text in runs:
        for index, part in enumerate(text.split("\n")):
            if index:
                lines.append([])
            lines[-1].extend((font, word) for word in part.split())
    return lines


class BodyText(Flowable):  # type: ignore[misc]
    """A body paragraph of plain runs (regular or bold) that splits between lines across pages.

    The agreement is mostly such paragraphs ("Name. text" with the name in bold); they
    need no markup parsing, fragments or justification, so this lays them out and draws
    them for a fraction of a Paragraph's cost, with a Paragraph's geometry.
    """

    def __init__(self, runs: list[tuple[str, bool]], style: Any, bold_font: str,
                 lines: list[list[tuple[str, str]]] | None = None) -> None:
        super().__init__()
        self.style = style
        self.runs = runs
        self.font, self.bold_font, self.size, self.leading = style.fontName, bold_font, style.fontSize, style.leading
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self._given = lines
        self.lines: list[list[tuple[str, str]]] = lines or []
        self._for: float | None = None

    def _layout(self, width: float) -> list[list[tuple[str, str]]]:
        space = _width(" ", self.font, self.size)
        out: list[list[tuple[str, str]]] = []
        fonts = [(self.bold_font if bold else self.font, text) for text, bold in self.runs]
        for words in _tokens(fonts):
            current: list[tuple[str, str]] = []
            used = 0.0
            for font, word in words:
                w = _width(word, font, self.size)
                if w > width:
                    if current:
                        out.append(current)
                    *full, last = _cut(word, width, font, self.size)
                    out.extend([[(font, piece)] for piece in full])
                    current, used = [(font, last)], stringWidth(last, font, self.size)
                    continue
                extra = w if not current else space + w
                if current and used + extra > width + 1e-6:
                    out.append(current)
                    current, used = [(font, word)], w
                else:
                    current.append((font, word))
                    used += extra
            out.append(current)
        return out

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Break into lines once per width (a split part keeps the lines it was given)."""
        if self._given is None and self._for != available_width:
            self.lines = self._layout(available_width)
            self._for = available_width
        self.width = available_width
        self.height = len(self.lines) * self.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The lines that fit, then the rest; at least two lines on each side, or nothing."""
        self.wrap(available_width, available_height)
        fit = int((available_height + 1e-6) // self.leading)
        if fit < 2 or len(self.lines) - fit < 2:
            if len(self.lines) >= 4 and fit >= 2:
                fit = len(self.lines) - 2
            else:
                return []
        first = BodyText(self.runs, self.style, self.bold_font, self.lines[:fit])
        rest = BodyText(self.runs, self.style, self.bold_font, self.lines[fit:])
        first.spaceAfter = 0
        rest.spaceBefore = 0
        return [first, rest]

    def draw(self) -> None:
        """All lines in one text object, one run per change of font."""
        canv = self.canv
        text = canv.beginText(0, self.height - self.size)
        text.setFillColor(self.style.textColor)
        current = None
        for line in self.lines:
            groups: list[tuple[str, list[str]]] = []
            for font, word in line:
                if groups and groups[-1][0] == font:
                    groups[-1][1].append(word)
                else:
                    groups.append((font, [word]))
            if not groups:
                text.textLine("")
                continue
            for index, (font, words) in enumerate(groups):
                if font != current:
                    text.setFont(font, self.size, self.leading)
                    current = font
                joined = " ".join(words)
                if index < len(groups) - 1:
                    text.textOut(joined + " ")
                else:
                    text.textLine(joined)
        canv.drawText(text)
