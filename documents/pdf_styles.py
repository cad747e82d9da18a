"""Paragraph styles and page geometry for the PDF writer (black on white, prints in grey scale)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from documents import fonts

BODY_SIZE = 9.0
CELL_SIZE = 8.0
CELL_LEADING = 10.2
INK = 0.0
MUTED = 0.35
RULE = 0.55
SHADE = 0.9
MM = 72 / 25.4


@dataclass(frozen=True)
class Geometry:
    """Page size and margins in points; the frame is what lies inside the margins."""

    width: float
    height: float
    left: float = 20 * MM
    right: float = 20 * MM
    top: float = 18 * MM
    bottom: float = 22 * MM

    @property
    def frame_width(self) -> float:
        """Usable width for the story."""
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        """Usable height for the story."""
        return self.height - self.top - self.bottom


def geometry(paper: str, initials: bool) -> Geometry:
    """A4 or Letter, with room at the bottom for the initials box when the pages carry one."""
    from reportlab.lib.pagesizes import A4, LETTER

    if paper == "A4":
        width, height = A4
        return Geometry(width, height, bottom=(34 if initials else 22) * MM)
    # US Letter is 18 mm shorter than A4: narrower top and bottom margins give back about
    # half of that, so a short checklist still fits one page with its signatures.
    width, height = LETTER
    return Geometry(width, height, top=15 * MM, bottom=(32 if initials else 19) * MM)


@cache
def styles() -> dict[str, Any]:
    """The named ParagraphStyles every PDF uses, all in the bundled font."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    fonts.register()
    grey = Color(MUTED, MUTED, MUTED)
    base = ParagraphStyle(
        "body",
        fontName=fonts.REGULAR,
        fontSize=BODY_SIZE,
        leading=12.6,
        spaceAfter=5,
        textColor=Color(INK, INK, INK),
        alignment=TA_LEFT,
        # Break words longer than a line instead of letting them run off the page.
        bulletFontName=fonts.REGULAR,
        splitLongWords=1,
        wordWrap=None,
    )
    cell = ParagraphStyle("cell", parent=base, fontSize=CELL_SIZE, leading=CELL_LEADING, spaceAfter=0)
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=18, leading=22, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12.5, leading=16, spaceAfter=3),
        "meta": ParagraphStyle("meta", parent=base, fontSize=8, leading=10, textColor=grey, spaceAfter=6),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=fonts.BOLD, fontSize=11.5, leading=14, spaceBefore=10, spaceAfter=5, keepWithNext=1
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=fonts.BOLD, fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=3, keepWithNext=1
        ),
        "note": ParagraphStyle("note", parent=base, fontName=fonts.ITALIC, fontSize=7.8, leading=10, textColor=grey),
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "notice": ParagraphStyle(
            "notice",
            parent=base,
            fontSize=8,
            leading=10.5,
            borderColor=Color(RULE, RULE, RULE),
            borderWidth=0.6,
            borderPadding=(5, 6, 5, 6),
            backColor=Color(0.96, 0.96, 0.96),
            spaceBefore=4,
            spaceAfter=10,
        ),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=4, spaceAfter=2.5),
        "cell": cell,
        "cell_right": ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        "cell_center": ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        "cell_detail": ParagraphStyle("cell_detail", parent=cell, textColor=Color(0.2, 0.2, 0.2), spaceBefore=1.5),
        "head": ParagraphStyle("head", parent=cell, fontName=fonts.BOLD),
        "head_right": ParagraphStyle("head_right", parent=cell, fontName=fonts.BOLD, alignment=TA_RIGHT),
        "head_center": ParagraphStyle("head_center", parent=cell, fontName=fonts.BOLD, alignment=TA_CENTER),
        "sign_role": ParagraphStyle("sign_role", parent=cell, fontSize=7.5, textColor=grey),
        "sign_name": ParagraphStyle("sign_name", parent=base, fontName=fonts.BOLD, spaceAfter=0),
        "qr": ParagraphStyle("qr", parent=cell, fontSize=6.8, leading=8.5, textColor=grey),
    }
