"""A small document model both writers (PDF and DOCX) render, so content is decided once.

Every string here is plain text that has already been cleaned; writers escape it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from documents.timeline import Timeline


@dataclass(frozen=True)
class Run:
    """A stretch of text with one weight."""

    text: str
    bold: bool = False


Inline = tuple[Run, ...]


def runs(*parts: str | Run) -> Inline:
    """Plain strings and runs as one inline sequence."""
    return tuple(p if isinstance(p, Run) else Run(p) for p in parts)


def labelled(label: str, value: str) -> Inline:
    """`Label: value` with the label in bold."""
    return (Run(f"{label}: ", bold=True), Run(value))


@dataclass(frozen=True)
class Title:
    """The document's title, the project's name and a line or two under them."""

    title: str
    subtitle: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Heading:
    """A section heading; it always stays on the page of what follows it."""

    text: str
    level: int = 1


ParaStyle = Literal["body", "note", "notice", "small"]


@dataclass(frozen=True)
class Para:
    """A paragraph: body text, a note, or the boxed notice (the not-legal-advice line)."""

    content: Inline
    style: ParaStyle = "body"


@dataclass(frozen=True)
class Bullets:
    """A bulleted list."""

    items: tuple[Inline, ...]


FieldKind = Literal["check", "text"]


@dataclass(frozen=True)
class Cell:
    """A table cell: text, or a fillable form field in the PDF (a box or a line on paper)."""

    text: str = ""
    bold: bool = False
    # A second paragraph in normal weight under `text` (a deliverable's description).
    detail: str = ""
    field: FieldKind | None = None
    name: str = ""
    # What a PDF reader shows on hovering the field, in the document's language.
    tooltip: str = ""


Align = Literal["left", "right", "center"]


@dataclass(frozen=True)
class Table:
    """A table whose header row repeats on every page it spans."""

    header: tuple[str, ...]
    rows: Sequence[tuple[Cell, ...]]
    widths: tuple[float, ...]
    align: tuple[Align, ...] = ()
    # Key/value tables (parties, summaries) have no header and a bold first column.
    pairs: bool = False


@dataclass(frozen=True)
class Signer:
    """One party's signature block."""

    role: str
    name: str
    details: tuple[str, ...]
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Signatures:
    """The signature section: heading, a sentence, both blocks and the verification QR code."""

    heading: str
    intro: str
    signers: tuple[Signer, ...]
    qr_payload: str
    qr_caption: str


@dataclass(frozen=True)
class TimelineBlock:
    """The timeline picture."""

    timeline: Timeline
    caption: str = ""


Block = Title | Heading | Para | Bullets | Table | Signatures | TimelineBlock


@dataclass
class Document:
    """Everything a writer needs: blocks, metadata and what goes on every page."""

    kind: str
    lang: str
    title: str
    subject: str
    author: str
    footer_title: str
    footer_version: str
    page_label: str
    blocks: list[Block] = field(default_factory=list)
    # Every page carries a box for each party's initials (every document is signed).
    initials: tuple[str, ...] = ()
    initials_label: str = ""

    def add(self, *blocks: Block) -> None:
        """Append blocks in order."""
        self.blocks.extend(blocks)
