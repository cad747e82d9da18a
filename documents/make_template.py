"""Build resources/templates/pacta.docx, the template every DOCX starts from.

Run once after changing a style: `python -m documents.make_template`. The writer
uses only styles defined here (python-docx silently ignores missing ones), and a
test checks that. Users may restyle the template in Word or LibreOffice.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

TEMPLATE = Path(__file__).resolve().parent.parent / "resources" / "templates" / "pacta.docx"
FONT = "DejaVu Sans"
# Paragraph styles the writer uses; (name, base, size pt, bold, italic, grey, space before, space after).
PARAGRAPH_STYLES: tuple[tuple[str, str, float, bool, bool, bool, float, float], ...] = (
    ("Pacta Meta", "Normal", 8, False, False, True, 0, 8),
    ("Pacta Notice", "Normal", 8, False, False, False, 4, 10),
    ("Pacta Note", "Normal", 7.5, False, True, True, 0, 6),
    ("Pacta Cell", "Normal", 8, False, False, False, 0, 0),
    ("Pacta Cell Detail", "Pacta Cell", 8, False, False, True, 1, 0),
    ("Pacta Table Head", "Pacta Cell", 8, True, False, False, 0, 0),
    ("Pacta Sign Role", "Pacta Cell", 7.5, False, False, True, 0, 0),
    ("Pacta Sign Name", "Normal", 9.5, True, False, False, 0, 0),
    ("Pacta Sign Line", "Pacta Cell", 8, False, False, False, 20, 2),
    ("Pacta Footer", "Normal", 7, False, False, True, 0, 0),
)
TABLE_STYLES = ("Pacta Table", "Pacta Plain")
BUILTIN_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "List Bullet")


def _border(parent: Any, tag: str, edges: dict[str, tuple[str, int, str]]) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    box = OxmlElement(tag)
    for edge, (kind, size, color) in edges.items():
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), kind)
        element.set(qn("w:sz"), str(size))
        element.set(qn("w:space"), "0")
        element.set(qn("w:color"), color)
        box.append(element)
    parent.append(box)


def build_template(path: Path = TEMPLATE) -> None:
    """Write the template with every style the writer uses."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = Document()
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(9.5)
    normal.paragraph_format.space_after = Pt(5)
    normal.paragraph_format.line_spacing = 1.15
    # East Asian and complex-script text falls back through these too.
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    black = RGBColor(0, 0, 0)
    grey = RGBColor(0x59, 0x59, 0x59)
    for name, size, space_before in (("Title", 20, 0), ("Subtitle", 13, 0), ("Heading 1", 12.5, 14), ("Heading 2", 10, 8)):
        style = styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = black
        style.font.bold = name != "Subtitle"
        style.font.italic = False
        style.paragraph_format.space_before = Pt(space_before)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
    # The default Title has a blue bottom border; a black one prints better in grey scale.
    title_ppr = styles["Title"].element.get_or_add_pPr()
    for old in title_ppr.findall(qn("w:pBdr")):
        title_ppr.remove(old)
    _border(title_ppr, "w:pBdr", {"bottom": ("single", 8, "333333")})
    styles["List Bullet"].font.name = FONT
    for name, base, size, bold, italic, muted, before, after in PARAGRAPH_STYLES:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        style.font.color.rgb = grey if muted else black
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        if name.startswith("Pacta Cell") or name.startswith("Pacta Table") or name.startswith("Pacta Sign"):
            style.paragraph_format.line_spacing = 1.0
    notice = styles["Pacta Notice"].element.get_or_add_pPr()
    _border(notice, "w:pBdr", {e: ("single", 4, "8C8C8C") for e in ("top", "left", "bottom", "right")})
    shade = OxmlElement("w:shd")
    shade.set(qn("w:val"), "clear")
    shade.set(qn("w:fill"), "F2F2F2")
    notice.append(shade)
    line = styles["Pacta Sign Line"].element.get_or_add_pPr()
    _border(line, "w:pBdr", {"bottom": ("single", 6, "000000")})

    for name in TABLE_STYLES:
        style = styles.add_style(name, WD_STYLE_TYPE.TABLE)
        style.base_style = styles["Normal Table"]
        tbl_pr = style.element.find(qn("w:tblPr"))
        if tbl_pr is None:
            tbl_pr = OxmlElement("w:tblPr")
            # Schema order: tblPr comes after pPr/rPr in a style.
            style.element.append(tbl_pr)
        if name == "Pacta Table":
            _border(
                tbl_pr,
                "w:tblBorders",
                {
                    "top": ("single", 8, "333333"),
                    "bottom": ("single", 8, "333333"),
                    "insideH": ("single", 4, "8C8C8C"),
                },
            )
        margins = OxmlElement("w:tblCellMar")
        for edge, width in (("top", 50), ("left", 80), ("bottom", 50), ("right", 80)):
            element = OxmlElement(f"w:{edge}")
            element.set(qn("w:w"), str(width))
            element.set(qn("w:type"), "dxa")
            margins.append(element)
        tbl_pr.append(margins)

    # A footer with real PAGE and NUMPAGES fields; the writer rebuilds it with the project's details.
    footer = doc.sections[0].footer.paragraphs[0]
    footer.style = styles["Pacta Footer"]
    from documents.docx_fields import add_field

    footer.add_run("Page ")
    add_field(footer, "PAGE")
    footer.add_run(" of ")
    add_field(footer, "NUMPAGES")
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    doc.core_properties.title = "Pacta"
    doc.core_properties.author = "Pacta"
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))


if __name__ == "__main__":
    build_template()
    print(TEMPLATE)
