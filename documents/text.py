"""User text made safe for documents: illegal characters removed, glyphs checked, markup escaped."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

# XML 1.0 cannot hold C0 controls (except tab and newlines), lone surrogates or U+FFFE/FFFF;
# C1 controls and DEL are legal but print as nothing or as boxes, so they go too.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Bidi overrides and isolates can make a contract display text in a different order
# from the one stored, a known spoofing trick; a contract has no use for them.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_NEWLINES = re.compile("\r\n?|[\u2028\u2029\x85]")


@dataclass
class Cleaning:
    """What cleaning changed in one render, field by field."""

    removed: dict[str, int] = field(default_factory=dict)
    unprintable: dict[str, list[str]] = field(default_factory=dict)

    def note_removed(self, path: str, count: int) -> None:
        """Remember that `count` characters were dropped from the field at `path`."""
        self.removed[path] = self.removed.get(path, 0) + count

    def note_unprintable(self, path: str, chars: list[str]) -> None:
        """Remember characters of the field at `path` the PDF font cannot print."""
        seen = self.unprintable.setdefault(path, [])
        seen.extend(c for c in chars if c not in seen)


def clean(text: str, path: str, report: Cleaning) -> str:
    """`text` without characters a DOCX or PDF cannot hold; newlines normalised to \\n."""
    text = _NEWLINES.sub("\n", text)
    cleaned, count = _ILLEGAL.subn("", text)
    cleaned, bidi = _BIDI_CONTROLS.subn("", cleaned)
    if count + bidi:
        report.note_removed(path, count + bidi)
    return cleaned.replace("\t", " ")


def replace_unprintable(
    text: str, path: str, report: Cleaning, printable: Callable[[str], bool], replacement: str
) -> str:
    """`text` with every character the font cannot print replaced by `replacement`."""
    if text.isascii():
        return text
    bad = [c for c in text if not printable(c)]
    if not bad:
        return text
    report.note_unprintable(path, bad)
    bad_set = set(bad)
    return "".join(replacement if c in bad_set else c for c in text)


def markup(text: str) -> str:
    """Plain text as reportlab Paragraph markup that prints literally (tags and entities escaped)."""
    return escape(text).replace("\n", "<br/>")


def describe_chars(chars: list[str], limit: int = 8) -> str:
    """`中 (U+4E2D), 文 (U+6587)` for a warning; long lists end with an ellipsis."""
    shown = [f"{c} (U+{ord(c):04X})" for c in chars[:limit]]
    if len(chars) > limit:
        shown.append("…")
    return ", ".join(shown)


def chunks(text: str, size: int) -> list[str]:
    """`text` cut into pieces of at most `size` characters, preferring to cut at spaces."""
    if len(text) <= size:
        return [text]
    pieces: list[str] = []
    rest = text
    while len(rest) > size:
        cut = rest.rfind(" ", size // 2, size)
        if cut <= 0:
            cut = size
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip(" ")
    if rest:
        pieces.append(rest)
    return pieces
