"""The DOCX package around the text: proofing language, real properties, embedded fonts, alt text.

Fonts are embedded as OOXML obfuscated TrueType (ECMA-376 Part 1, 17.8.1): the first 32
bytes of each font file are XORed with a GUID key named in fontTable.xml. Word and
LibreOffice both read them, so the DOCX lays out in DejaVu Sans as the PDF does on a
machine that lacks it. The key is derived from the font file, so the same font gives the
same bytes in every document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from functools import cache
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from documents import fonts

LANG_TAGS = {"es": "es-ES", "en": "en-US"}
FONT_NAME = "DejaVu Sans"
# The faces the documents use: regular, bold, and italic for notes.
EMBEDDED = (("embedRegular", fonts.REGULAR), ("embedBold", fonts.BOLD), ("embedItalic", fonts.ITALIC))
_FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
_OBFUSCATED = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Pacta</Application><DocSecurity>0</DocSecurity><Company>{company}</Company></Properties>"
)


@cache
def obfuscated_font(name: str) -> tuple[str, bytes]:
    """The font file `name` obfuscated for embedding, and its key as `{XXXXXXXX-…}`."""
    data = bytearray(fonts.font_path(name).read_bytes())
    key = uuid.UUID(bytes=hashlib.sha256(bytes(data)).digest()[:16])
    guid = "{" + str(key).upper() + "}"
    # The key's bytes, read from the end of its hex spelling (17.8.1).
    key_bytes = bytes.fromhex(guid.strip("{}").replace("-", ""))[::-1]
    for index in range(32):
        data[index] ^= key_bytes[index % 16]
    return guid, bytes(data)


def _part(package: Any, partname: str) -> Any:
    for part in package.iter_parts():
        if part.partname == partname:
            return part
    raise LookupError(partname)


def embed_fonts(out: Any) -> None:
    """Put DejaVu Sans (regular, bold, italic) into the DOCX and tell Word to use the copies."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    document_part = out.part
    table_part = _part(document_part.package, "/word/fontTable.xml")
    embeds = []
    for index, (tag, name) in enumerate(EMBEDDED, 1):
        guid, blob = obfuscated_font(name)
        font_part = Part(PackURI(f"/word/fonts/font{index}.odttf"), _OBFUSCATED, blob, document_part.package)
        rid = table_part.relate_to(font_part, _FONT_REL)
        embeds.append(f'<w:{tag} r:id="{rid}" w:fontKey="{guid}"/>')
    entry = (
        f'<w:font {nsdecls("w", "r")} w:name="{FONT_NAME}"><w:charset w:val="00"/><w:family w:val="swiss"/>'
        f'<w:pitch w:val="variable"/>{"".join(embeds)}</w:font>'
    )
    if hasattr(table_part, "element"):
        table_part.element.append(parse_xml(entry))
    else:
        xml = table_part.blob.decode("utf-8")
        xml = xml.replace("</w:fonts>", entry.replace(f" {nsdecls('w', 'r')}", "") + "</w:fonts>")
        table_part._blob = xml.encode("utf-8")
    settings = out.settings.element
    if settings.find(qn("w:embedTrueTypeFonts")) is None:
        flag = parse_xml(f"<w:embedTrueTypeFonts {nsdecls('w')}/>")
        anchor = None
        for tag in ("w:zoom", "w:view", "w:writeProtection"):
            anchor = settings.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addnext(flag)
        else:
            settings.insert(0, flag)


def set_language(out: Any, lang: str) -> None:
    """Mark the text for proofing in the document's language (es-ES or en-US)."""
    from docx.oxml.ns import qn

    tag = LANG_TAGS.get(lang, "en-US")
    styles = out.styles.element
    for element in styles.iter(qn("w:lang")):
        element.set(qn("w:val"), tag)
        element.set(qn("w:eastAsia"), tag)
    settings = out.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), tag)


def set_properties(out: Any, *, title: str, author: str, subject: str, keywords: str, comments: str, lang: str) -> None:
    """Core properties that describe this document (not the template's), and Pacta as the application."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props = out.core_properties
    props.title = title[:250]
    props.author = author[:250]
    props.last_modified_by = author[:250]
    props.subject = subject
    props.keywords = keywords
    props.comments = comments
    props.language = LANG_TAGS.get(lang, lang)
    props.created = props.modified = now
    props.revision = 1
    props.category = ""
    app = _part(out.part.package, "/docProps/app.xml")
    app._blob = _APP_XML.format(company=xml_escape(author[:250])).encode("utf-8")


def alt_text(inline_shape: Any, text: str, title: str = "") -> None:
    """Describe a picture for screen readers (the drawing's docPr descr and title)."""
    doc_pr = inline_shape._inline.docPr
    doc_pr.set("descr", text)
    if title:
        doc_pr.set("title", title)


class _FastFontsZip:
    """python-docx's zip writer, with the embedded fonts deflated at the fastest level.

    The three faces are 2 MB; at the default level compressing them was half of a
    DOCX's time, at level 1 it is a third of that for a file 5 % larger.
    """

    def __init__(self, target: Any) -> None:
        import zipfile

        self._zipf = zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED)

    def write(self, pack_uri: Any, blob: bytes) -> None:
        """Write one part; fonts at compression level 1."""
        level = 1 if pack_uri.membername.endswith(".odttf") else None
        self._zipf.writestr(pack_uri.membername, blob, compresslevel=level)

    def close(self) -> None:
        """Finish the zip archive."""
        self._zipf.close()


def save(out: Any, target: Any) -> None:
    """Save the document as python-docx does (OpcPackage.save), with _FastFontsZip as the writer."""
    from docx.opc.pkgwriter import PackageWriter

    package = out.part.package
    for part in package.parts:
        part.before_marshal()
    writer: Any = _FastFontsZip(target)
    steps: Any = PackageWriter  # python-docx's own steps, untyped; the writer only needs write()
    steps._write_content_types_stream(writer, package.parts)
    steps._write_pkg_rels(writer, package.rels)
    steps._write_parts(writer, package.parts)
    writer.close()
