"""Word fields (PAGE, NUMPAGES) as the complex-field runs Word and LibreOffice both update."""

from __future__ import annotations

from typing import Any


def add_field(paragraph: Any, instruction: str, placeholder: str = "1") -> None:
    """Append a field such as PAGE to `paragraph`, showing `placeholder` until it is updated."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str) -> Any:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    paragraph.add_run()._r.append(char("begin"))
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    paragraph.add_run()._r.append(char("separate"))
    paragraph.add_run(placeholder)
    paragraph.add_run()._r.append(char("end"))
