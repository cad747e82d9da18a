"""Layout rules that hold for any contract, checked on real files with poppler and python-docx.

Agreements, checklists and change orders of 1, 12, 20, 60 and 300 deliverables, in Spanish
and English, on A4 and Letter: no blank page, no page with only the signatures, the
initials boxes on every page, no word outside the page's text box (or past a table's
edge, which lies inside it), no blank "____" line, every font embedded; the DOCX marked
in the document's language, with its own properties, its fonts and no splitting rows.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import re
import subprocess
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest

from documents import ChangeInfo, render_document
from documents.fonts import FILES, FONT_DIR, REGULAR
from documents.pdf_styles import MM, geometry
from domain.model import Contract
from tests.documents.helpers import load, meta, need, pdffonts

SMALL = (1, 12, 20)
LARGE = (60, 300)
KINDS = ("agreement", "checklist", "change-order")
SIGN_WORD = {"es": "Firma:", "en": "Signature:"}
INITIALS = {"es": "Iniciales", "en": "Initials"}
# The first word of each document's signature heading.
SIGN_HEADING = {
    ("es", "agreement"): "Firmas",
    ("en", "agreement"): "Signatures",
    ("es", "checklist"): "Conformidad",
    ("en", "checklist"): "Sign-off",
    ("es", "change-order"): "Firmas",
    ("en", "change-order"): "Signatures",
}


def contract(examples: Path, lang: str, count: int, shift: int = 0) -> Contract:
    """A full format-2 contract in `lang` with `count` deliverables (dates moved by `shift` days)."""
    data = load(examples / "format2", "panaderia-v1-full").model_dump(mode="json", exclude_none=True)
    if lang == "en":
        english = load(examples, "brand-identity-en").model_dump(mode="json", exclude_none=True)
        for key in ("language", "currency", "title", "provider", "client", "roles", "client_inputs", "out_of_scope",
                    "communication", "changes", "termination"):
            if key in english:
                data[key] = english[key]
        data["law"] = {"governing_law": "the State of Oregon", "courts": "Multnomah County, Oregon"}
        data["taxes"] = {"lines": [{"name": "Sales tax", "percent": "0", "kind": "add"}]}
        data["ownership"]["territory"] = "the whole world"
    start = dt.date(2026, 11, 23)
    data["start"] = start.isoformat()
    words = ("Fotografía de producto", "Página de contacto", "Identidad visual completa para redes sociales")
    if lang == "en":
        words = ("Product photography", "Contact page", "Complete visual identity for social media")
    data["deliverables"] = [
        {
            "id": f"D{i}",
            "title": f"{words[i % 3]} {i}",
            "description": "Diseño, maquetación y entrega de esta parte del proyecto, lista para publicar.",
            "acceptance": "Aprobado por escrito por el Cliente tras una revisión.",
            "due": (start + dt.timedelta(days=7 + i % 40 + shift)).isoformat(),
            "price": "150.00",
        }
        for i in range(1, count + 1)
    ]
    data["payment"] = {
        "deposit_percent": "30",
        "work_starts_after_deposit": True,
        "installments": [
            {"label": "Entrega de la primera parte", "percent": "30", "due": "on_acceptance", "deliverable": "D1"},
            {"label": "Entrega final aceptada", "percent": "40", "due": "on_acceptance"},
        ],
        "payment_terms_days": 15,
    }
    return Contract.model_validate(data)


def render(examples: Path, kind: str, fmt: str, lang: str, count: int, paper: str) -> bytes:
    new = contract(examples, lang, count)
    if kind != "change-order":
        return render_document(kind, fmt, new, meta(paper=paper)).data
    old_data = contract(examples, lang, count, shift=2).model_dump(mode="json", exclude_none=True)
    old_data["deliverables"] = [*old_data["deliverables"][1:], {**old_data["deliverables"][0], "id": "GONE"}]
    old_data["payment"]["deposit_percent"] = "40"
    old_data["payment"]["installments"][1]["percent"] = "30"
    old = Contract.model_validate(old_data)
    change = ChangeInfo("CO-1", "Cambios pedidos por el Cliente.", "client", dt.date(2026, 11, 26))
    return render_document(kind, fmt, new, meta(2, paper=paper), previous=old, change=change).data


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def pages(data: bytes) -> list[tuple[float, float, list[tuple[float, float, float, float, str]]]]:
    """Each page's size and words with their boxes (points, origin at the top left), from pdftotext -bbox."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(data)
        out = subprocess.run([need("pdftotext"), "-bbox", str(path), "-"], capture_output=True, text=True, check=True)
    result = []
    for width, height, body in _PAGE.findall(out.stdout):
        words = [(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in _WORD.findall(body)]
        result.append((float(width), float(height), words))
    return result


def headings(data: bytes) -> list[tuple[str, int, float]]:
    """Every bookmark: its title, page (from 1) and the top of its destination (PDF points, from the bottom)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(data)
        out = subprocess.run([need("qpdf"), "--json", "--json-key=outlines", str(path)], capture_output=True,
                             text=True, check=True)
    result: list[tuple[str, int, float]] = []

    def walk(entries: list[dict[str, Any]]) -> None:
        for entry in entries:
            result.append((entry["title"], entry["destpageposfrom1"], float(entry["dest"][3])))
            walk(entry["kids"])

    walk(json.loads(out.stdout)["outlines"])
    return result


def check_pdf(data: bytes, lang: str, kind: str, paper: str) -> None:
    geo = geometry(paper, True)
    found = pages(data)
    assert found, "no pages"
    signature_pages = 0
    for number, (width, height, words) in enumerate(found, 1):
        where = f"{kind} {lang} {paper} page {number}"
        frame_top, frame_bottom = geo.top, height - geo.bottom
        inside = [w for w in words if w[1] >= frame_top - 1 and w[3] <= frame_bottom + 1]
        assert inside, f"{where}: blank page"
        for x0, y0, x1, y1, text in words:
            # Within the side margins (so within every table, which spans at most the text width)…
            assert x0 >= geo.left - 1 and x1 <= width - geo.right + 1, f"{where}: {text!r} outside the text box"
            # … and in the frame or the footer band under it, never in the top margin or off the page.
            assert y0 >= frame_top - 1 and y1 <= height - 8 * MM, f"{where}: {text!r} outside the text box"
            assert y1 <= frame_bottom + 1 or y0 >= frame_bottom, f"{where}: {text!r} across the frame's edge"
        texts = [w[4] for w in words]
        assert INITIALS[lang] in texts, f"{where}: no initials boxes"
        assert not any("___" in t for t in texts), f"{where}: a blank line to fill in"
        if SIGN_WORD[lang] in texts:
            signature_pages += 1
            line = next(w for w in inside if w[4] == SIGN_WORD[lang])
            # The heading is the last of its words above the signature lines (a title may hold it too).
            heading = max((w for w in inside if w[4] == SIGN_HEADING[(lang, kind)] and w[3] <= line[1]), key=lambda w: w[1])
            above = [w for w in inside if w[3] <= heading[1]]
            assert above, f"{where}: the page holds only the signatures"
    assert signature_pages == 1, f"{kind} {lang} {paper}: {signature_pages} pages with signature lines"
    # A heading never ends a page: under every bookmarked heading, something on its page.
    for title, page_number, top in headings(data):
        width, height, words = found[page_number - 1]
        heading_bottom = height - top + 20  # the bookmark sits 4 pt above a heading of 14 pt leading
        below = [w for w in words if w[1] >= heading_bottom and w[3] <= height - geo.bottom + 1]
        assert below, f"{kind} {lang} {paper} page {page_number}: heading {title!r} ends the page"
    for row in pdffonts(data):
        assert row[3] == "yes", f"{kind} {lang} {paper}: font {row[0]} not embedded"


def check_docx(data: bytes, lang: str, kind: str) -> None:
    tag = {"es": "es-ES", "en": "en-US"}[lang]
    document: Any = docx.Document(io.BytesIO(data))
    props = document.core_properties
    assert props.author and props.title and props.language == tag
    assert props.created is not None and abs((dt.datetime.now(dt.UTC) - props.created).total_seconds()) < 3600 * 24
    assert props.created.year > 2020 and props.last_modified_by == props.author
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        styles = archive.read("word/styles.xml").decode()
        app = archive.read("docProps/app.xml").decode()
        body = archive.read("word/document.xml").decode()
        table = archive.read("word/fontTable.xml").decode()
        settings = archive.read("word/settings.xml").decode()
    assert f'w:val="{tag}"' in styles
    if lang == "es":
        assert 'w:val="en-US"' not in styles
    assert "<Application>Pacta</Application>" in app and "Microsoft" not in app
    assert sum(1 for n in names if n.startswith("word/fonts/") and n.endswith(".odttf")) == 3
    assert "w:embedRegular" in table and "w:embedBold" in table and "w:embedTrueTypeFonts" in settings
    # Undoing the obfuscation (ECMA-376 17.8.1) with the key fontTable.xml names gives the font file back.
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        rels = archive.read("word/_rels/fontTable.xml.rels").decode()
        match = re.search(r'<w:embedRegular r:id="(rId\d+)" w:fontKey="\{([0-9A-F-]+)\}"/>', table)
        assert match is not None, table[-400:]
        target = re.search(rf'Id="{match.group(1)}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{match.group(1)}"', rels)
        assert target is not None
        font = bytearray(archive.read("word/" + (target.group(1) or target.group(2))))
    key = bytes.fromhex(match.group(2).replace("-", ""))[::-1]
    for index in range(32):
        font[index] ^= key[index % 16]
    assert bytes(font) == (FONT_DIR / FILES[REGULAR]).read_bytes()
    rows = body.count("<w:tr>") + body.count("<w:tr ")
    assert rows and body.count("<w:cantSplit/>") >= rows - 12  # the footer's and layout tables aside
    assert "___" not in body
    for match in re.finditer(r"<wp:docPr [^>]*>", body):
        assert 'descr="' in match.group(0) and 'descr=""' not in match.group(0), match.group(0)


CASES = [(kind, lang, paper) for kind in KINDS for lang in ("es", "en") for paper in ("A4", "Letter")]


@pytest.mark.parametrize("count", SMALL)
@pytest.mark.parametrize(("kind", "lang", "paper"), CASES)
def test_pdf_layout_rules(examples_dir: Path, kind: str, lang: str, paper: str, count: int) -> None:
    check_pdf(render(examples_dir, kind, "pdf", lang, count, paper), lang, kind, paper)


@pytest.mark.slow
@pytest.mark.parametrize("count", LARGE)
@pytest.mark.parametrize(("kind", "lang", "paper"), CASES)
def test_pdf_layout_rules_large(examples_dir: Path, kind: str, lang: str, paper: str, count: int) -> None:
    check_pdf(render(examples_dir, kind, "pdf", lang, count, paper), lang, kind, paper)


@pytest.mark.parametrize("count", (1, 20))
@pytest.mark.parametrize(("kind", "lang"), [(k, lang) for k in KINDS for lang in ("es", "en")])
def test_docx_language_properties_fonts_and_rows(examples_dir: Path, kind: str, lang: str, count: int) -> None:
    check_docx(render(examples_dir, kind, "docx", lang, count, "A4"), lang, kind)


def test_short_checklist_keeps_its_inputs_table_with_the_sign_off(examples_dir: Path) -> None:
    """Without an out-of-scope list, what comes before the signatures is the short inputs table."""
    data = contract(examples_dir, "es", 12).model_dump(mode="json", exclude_none=True)
    data["out_of_scope"] = []
    pdf = render_document("checklist", "pdf", Contract.model_validate(data), meta())
    check_pdf(pdf.data, "es", "checklist", "A4")
