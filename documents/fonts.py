"""The bundled DejaVu Sans family: where it lives, registering it, and what it can draw."""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FAMILY = "PactaSans"
REGULAR = "PactaSans"
BOLD = "PactaSans-Bold"
ITALIC = "PactaSans-Oblique"
BOLD_ITALIC = "PactaSans-BoldOblique"
FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
# The faces the documents draw with (bold italic is never used: parsing it cost a quarter of
# the font time at every start, so <b><i> falls back to bold).
USED = (REGULAR, BOLD, ITALIC)
# What the PDF prints instead of a character it cannot draw; DejaVu has this glyph.
REPLACEMENT = "\ufffd"

_lock = threading.Lock()
_registered = False


def font_path(name: str = REGULAR) -> Path:
    """The TTF file behind one of the registered font names."""
    return FONT_DIR / FILES[name]


def register() -> None:
    """Register the family with reportlab once per process (safe from several threads)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics

        from documents.font_cache import load_font

        for name in USED:
            pdfmetrics.registerFont(load_font(name, FONT_DIR / FILES[name]))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
        # Paragraph markup <b>/<i> resolves through these mappings.
        for bold in (0, 1):
            for italic in (0, 1):
                target = [[REGULAR, ITALIC], [BOLD, BOLD]][bold][italic]
                addMapping(FAMILY, bold, italic, target)
        _registered = True


@cache
def coverage() -> frozenset[int]:
    """Code points every face the documents use can draw (the intersection of their cmaps)."""
    from reportlab.pdfbase import pdfmetrics

    register()
    common: set[int] | None = None
    for name in USED:
        cmap = set(pdfmetrics.getFont(name).face.charToGlyph)
        common = cmap if common is None else common & cmap
    return frozenset(common or ())


def printable(char: str) -> bool:
    """True when the PDF can print `char` as it should look.

    Right-to-left letters are refused even where DejaVu has glyphs: reportlab lays
    text out left to right without shaping, so Arabic or Hebrew would print
    garbled, which is worse in a contract than a visible replacement.
    """
    code = ord(char)
    if char in "\n\t ":
        return True
    # reportlab keeps 16-bit code points for TrueType text: U+1F600 would print as U+F600's
    # neighbour in the BMP (seen: 😀 printed as ὠ), so nothing beyond the BMP is printable.
    if code > 0xFFFF:
        return False
    if unicodedata.bidirectional(char) in ("R", "AL"):
        return False
    return code in coverage()
