"""Which version a paper, a scan or a PDF shows, and whether its text is that version's.

A file is identified by the stamp Pacta writes: the PDF's own metadata when it is still
there, else the QR code printed on the signature page, read from the file's pages (PDF
pages are rasterised with poppler's pdftoppm, photos and scans are read as they are; the
decoder is zxing-cpp). When the file is a PDF with text, that text is compared, word by
word, with a fresh render of the version it names: the differences are listed with the
words before them, so "Anticipo 40 %: 1.080,00 € in the version, 80,00 € in this file".
The comparison ignores only what is expected to differ between two copies of the same
version: page footers and headers, bullets, line breaks and the date the copy was made.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import shutil
import subprocess
import tempfile
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from domain.lifecycle import ChangeStatus
from domain.limits import IMAGE_PIXELS, PDF_BYTES, FileProblem, read_limited
from storage.repository import Repository

_PAYLOAD = re.compile(r"pacta:([A-Za-z0-9._-]{1,64}):([0-9]{1,9}):([0-9a-f]{64})")
IMAGE_TYPES = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
#: Pages searched for the QR code, from the last one back (the signature page is last).
MAX_PAGES = 30
DPI = (150, 300)
#: Below this many characters a PDF is taken for a scan: there is no text to compare.
MIN_TEXT = 200
#: A word that belongs with the amount before it: currency signs and codes, percent.
_UNIT = re.compile(r"^(?:[€$£%]|[A-Z]{3})$")
#: Words (numbers keep their inner dots and commas: 1.080,00) and single punctuation marks.
_TOKEN = re.compile(r"\w(?:[\w.,'’/-]*\w)?|[^\w\s]")
_CLOSING = set(",.;:!?)]}»”’…")
_OPENING = set("([{«“¿¡")


class Standing(StrEnum):
    """Where the identified version stands in its project's life."""

    IN_FORCE = "in_force"
    CURRENT = "current"  # the latest version of a contract not signed yet
    SUPERSEDED = "superseded"
    PROPOSED = "proposed"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Difference:
    """One place where the file's text is not the version's: the words before it and both readings."""

    label: str
    in_version: str
    in_file: str


@dataclass(frozen=True)
class Verification:
    """What `verify` found. `found` False: no Pacta code; `project_id` None: not in this data folder."""

    found: bool
    source: str = ""  # "metadata" or "qr"
    fingerprint: str = ""
    project_id: str | None = None
    title: str = ""
    version: int = 0
    standing: Standing | None = None
    in_force: int = 0
    change: str | None = None
    #: The document kind whose fresh render the text was compared with; None: not compared.
    compared_with: str | None = None
    differences: tuple[Difference, ...] = field(default=())
    #: Why the text was not compared: "scan" (no text), "office" (another program's PDF, and
    #: no LibreOffice here to export a fresh copy the same way) or "tools" (no poppler-utils).
    not_compared: str = ""

    @property
    def ok(self) -> bool:
        """Identified in this data folder, and no text differs."""
        return self.found and self.project_id is not None and not self.differences


def _run(args: list[str]) -> bytes:
    """A poppler or LibreOffice tool's output; nothing when the tool is not installed."""
    try:
        return subprocess.run(args, capture_output=True, check=False, timeout=120).stdout
    except FileNotFoundError:
        return b""


def decode_image(image: object) -> str | None:
    """The Pacta payload of the first QR code in a Pillow image, if any."""
    import zxingcpp

    for barcode in zxingcpp.read_barcodes(image):
        match = _PAYLOAD.search(barcode.text)
        if match:
            return match.group(0)
    return None


def _page_count(path: Path) -> int:
    match = re.search(rb"^Pages:\s+(\d+)", _run(["pdfinfo", str(path)]), re.M)
    return int(match.group(1)) if match else 0


def qr_in_pdf(path: Path) -> str | None:
    """The payload of the QR code on a PDF's pages, last page first, rasterised with pdftoppm."""
    from PIL import Image

    pages = _page_count(path)
    with tempfile.TemporaryDirectory(prefix="pacta-verify-") as folder:
        for dpi in DPI:
            for page in range(pages, max(pages - MAX_PAGES, 0), -1):
                stem = Path(folder) / f"p{dpi}-{page}"
                _run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(dpi), "-gray", "-png",
                      "-singlefile", str(path), str(stem)])
                picture = stem.with_suffix(".png")
                if not picture.exists():
                    continue
                with Image.open(picture) as image:
                    payload = decode_image(image)
                if payload:
                    return payload
    return None


def qr_in_image(path: Path) -> str | None:
    """The payload of the QR code in a photo or scan (PNG, JPEG, TIFF).

    An image of more than IMAGE_PIXELS pixels (a "decompression bomb": a small file that
    unpacks into gigabytes) is refused before it is decoded, and a damaged or cut-short
    image is said as such; both FileProblem naming the file.
    """
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
    except Image.DecompressionBombError:
        raise _too_large(path) from None
    except (OSError, SyntaxError, ValueError):
        raise FileProblem(path, "image_damaged") from None
    with image:
        width, height = image.size
        if width * height > IMAGE_PIXELS:
            raise FileProblem(path, "image_too_large", width=width, height=height, limit=IMAGE_PIXELS)
        try:
            for frame in (image, ImageOps.grayscale(image), ImageOps.exif_transpose(image)):
                payload = decode_image(frame)
                if payload:
                    return payload
        except (OSError, SyntaxError, ValueError, EOFError):
            raise FileProblem(path, "image_damaged") from None
    return None


def _too_large(path: Path) -> FileProblem:
    """The refusal of an image PIL itself will not open for its size, with the size it states."""
    width, height = _png_size(path)
    return FileProblem(path, "image_too_large", width=width or "?", height=height or "?", limit=IMAGE_PIXELS)


def _png_size(path: Path) -> tuple[int, int]:
    """A PNG's width and height from its header; (0, 0) for another kind of image."""
    with path.open("rb") as file:
        head = file.read(24)
    if head.startswith(b"\x89PNG") and len(head) == 24:
        return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    return 0, 0


def find_code(path: Path, data: bytes) -> tuple[str, str] | None:
    """(payload, source) for a file: the PDF's metadata, else the QR code on its pages."""
    from documents import read_pdf_stamp

    if data.startswith(b"%PDF"):
        stamp = read_pdf_stamp(data)
        if stamp is not None:
            return f"pacta:{stamp['project_id']}:{stamp['version']}:{stamp['fingerprint']}", "metadata"
        payload = qr_in_pdf(path)
        return (payload, "qr") if payload else None
    if data.startswith(IMAGE_TYPES):
        payload = qr_in_image(path)
        return (payload, "qr") if payload else None
    return None


def standing(repo: Repository, project_id: str, number: int) -> tuple[Standing, int, str | None]:
    """Where version `number` stands: (standing, the version in force, its change order if any)."""
    state = repo.state(project_id)
    order = state.change_for_version(number)
    if order is not None and order.status is ChangeStatus.PROPOSED:
        return Standing.PROPOSED, state.in_force, order.number
    if order is not None and order.status is ChangeStatus.REJECTED:
        return Standing.REJECTED, state.in_force, order.number
    if number == state.in_force:
        return (Standing.IN_FORCE if state.signed_version is not None else Standing.CURRENT), number, None
    return Standing.SUPERSEDED, state.in_force, order.number if order else None


def pdf_text(path: Path) -> str:
    """A PDF's text as poppler reads it, one line of the page per line."""
    return _run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"]).decode("utf-8", "replace")


def page_text(path: Path, data: bytes) -> str:
    """The text of a PDF's own pages: what its signature fields draw over them (the visible
    signature, "Firmado electrónicamente por …") left out, everything else kept, including
    text a later revision added to a page."""
    plain = _without_signature_widgets(data)
    if plain is None:
        return pdf_text(path)
    with tempfile.TemporaryDirectory(prefix="pacta-verify-") as folder:
        target = Path(folder) / "pages.pdf"
        target.write_bytes(plain)
        return pdf_text(target)


def _without_signature_widgets(data: bytes) -> bytes | None:
    """A copy of the PDF whose pages no longer show signature fields; None when it has none."""
    import io

    from delivery.signing import quiet_dsa_warning

    quiet_dsa_warning()
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError

    def signature(annot: Any) -> bool:
        widget = annot.get_object()  # a direct object resolves to itself
        if not isinstance(widget, generic.DictionaryObject) or widget.get("/Subtype") != "/Widget":
            return False
        field = widget
        for _ in range(32):  # a widget's field type may be on its parent field
            if "/FT" in field:
                return bool(field["/FT"] == "/Sig")
            parent = field.get("/Parent")
            if parent is None:
                return False
            field = parent.get_object()
        return False

    try:
        writer: Any = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        changed = False
        for index in range(int(writer.root["/Pages"]["/Count"])):
            ref, _ = writer.find_page_for_modification(index)
            page = ref.get_object()
            annots = page.get("/Annots")
            if annots is None:
                continue
            listed = annots.get_object()
            kept = [a for a in listed if not signature(a)]
            if len(kept) == len(listed):
                continue
            page["/Annots"] = generic.ArrayObject(kept)
            writer.mark_update(ref)
            changed = True
        if not changed:
            return None
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    except (PdfError, KeyError, ValueError, TypeError, AttributeError):
        return None


def _lines(text: str, fingerprint: str, generated: str) -> list[str]:
    lines = [" ".join(line.split()) for line in text.replace("\f", "\n").splitlines()]
    return [line for line in lines
            if line and fingerprint[:12] not in line and not (generated and line.startswith(generated))]


def _words(lines: list[str], dropped: set[str]) -> list[tuple[str, int]]:
    """(word, line index) of every word outside page furniture, bullets left out."""
    out = []
    for index, line in enumerate(lines):
        if line in dropped:
            continue
        out += [(word, index) for word in _TOKEN.findall(line) if not _bullet(word)]
    return out


def _join(words: list[str]) -> str:
    """Tokens back into text: no space before closing punctuation, none after opening."""
    text = ""
    for word in words:
        if text and not (word in _CLOSING or text[-1] in _OPENING):
            text += " "
        text += word
    return text


def _bullet(word: str) -> bool:
    """A list bullet, whichever font drew it (Word's Symbol bullet is a private-use character)."""
    return len(word) == 1 and (word in "•·▪◦–-" or unicodedata.category(word) == "Co")


def compare_text(version_text: str, file_text: str, fingerprint: str, generated: str = "") -> list[Difference]:
    """The places where `file_text` says something else than `version_text`, word by word."""
    mine, theirs = _lines(version_text, fingerprint, generated), _lines(file_text, fingerprint, generated)
    # A line seen on several pages of either copy is page furniture (footers, repeated table headers).
    counts = Counter(mine) + Counter(theirs)
    repeated = {line for line, n in counts.items() if n > 1 and (Counter(mine)[line] > 1 or Counter(theirs)[line] > 1)}
    a, b = _words(mine, repeated), _words(theirs, repeated)
    matcher = difflib.SequenceMatcher(None, [w for w, _ in a], [w for w, _ in b], autojunk=False)
    found = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        # An amount keeps its unit: "1.080,00 €" rather than "1.080,00".
        while i2 < len(a) and j2 < len(b) and a[i2][0] == b[j2][0] and _UNIT.match(a[i2][0]):
            i2, j2 = i2 + 1, j2 + 1
        anchor = i1 if i1 < len(a) else len(a) - 1
        line = a[anchor][1] if a else 0
        before = [w for w, where in a[max(0, i1 - 8):i1] if where == line] or [w for w, _ in a[max(0, i1 - 4):i1]]
        while before and (before[-1] in _OPENING or before[-1] in ":;,—–-"):
            before.pop()
        found.append(Difference(_join(before), _join([w for w, _ in a[i1:i2]]), _join([w for w, _ in b[j1:j2]])))
    return found


def _paper(path: Path) -> str:
    """The paper a PDF was laid out on: Letter when its pages are, else A4."""
    return "Letter" if re.search(rb"^Page size:.*\(letter\)", _run(["pdfinfo", str(path)]), re.M) else "A4"


def _fresh_texts(repo: Repository, project_id: str, number: int, change: str | None,
                 paper: str = "A4", options: Any = None) -> dict[str, str]:
    """The text of each document the version has (its change order's too), freshly rendered."""
    from delivery.outgoing import render

    documents = {kind: _render_version(repo, project_id, kind, number, paper=paper, options=options)
                 for kind in ("agreement", "checklist")}
    order = change or getattr(repo.state(project_id).change_for_version(number), "number", None)
    if order is not None:
        documents["change-order"] = render(repo=repo, project_id=project_id, kind="change-order", fmt="pdf",
                                           paper=paper, change=order, options=options).data
    texts = {}
    with tempfile.TemporaryDirectory(prefix="pacta-verify-") as folder:
        for kind, data in documents.items():
            target = Path(folder) / f"{kind}.pdf"
            target.write_bytes(data)
            texts[kind] = pdf_text(target)
    return texts


def _office_texts(repo: Repository, project_id: str, number: int, kind: str, change: str | None,
                  options: Any = None) -> str | None:
    """The text of the version's DOCX as LibreOffice exports it to PDF; None without LibreOffice."""
    from delivery.outgoing import render

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return None
    if kind == "change-order":
        data = render(repo=repo, project_id=project_id, kind=kind, fmt="docx", paper="A4", change=change,
                      options=options).data
    else:
        data = _render_version(repo, project_id, kind, number, "docx", options=options)
    with tempfile.TemporaryDirectory(prefix="pacta-verify-") as folder:
        source = Path(folder) / f"{kind}.docx"
        source.write_bytes(data)
        profile = Path(folder) / "profile"
        _run([office, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
              "--outdir", folder, str(source)])
        exported = source.with_suffix(".pdf")
        return pdf_text(exported) if exported.exists() else None


def _made_by_pacta(path: Path) -> bool:
    """Whether Pacta's PDF writer made the file (else a word processor exported it)."""
    return bool(re.search(rb"^Creator:\s+Pacta\s*$", _run(["pdfinfo", str(path)]), re.M))


def _render_version(repo: Repository, project_id: str, kind: str, number: int, fmt: str = "pdf",
                    paper: str = "A4", options: Any = None) -> bytes:
    from delivery.render import render_project_document

    return render_project_document(repo=repo, project_id=project_id, kind=kind, fmt=fmt, paper=paper,
                                   version=number, options=options).data


def _options_in(text: str, lang: str) -> Any:
    """The render options a copy was made with, read from its words: the template notice and
    "Prepared with Pacta" are the user's preference, not a change to the contract."""
    from documents import RenderOptions
    from documents.clauses import raw

    words = " ".join(text.split())
    notice = " ".join(raw(lang, "common.doc.disclaimer").split()[:8])
    return RenderOptions(notice=notice in words, prepared_with=_generated_prefix(lang) in words)


def _generated_prefix(lang: str) -> str:
    from documents.clauses import raw

    return raw(lang, "common.doc.generated").partition("{")[0].strip()


def verify(repo: Repository, path: Path) -> Verification:
    """Identify a file (PDF, scanned PDF, PNG, JPEG) and compare a PDF's text with its version."""
    data = read_limited(path, PDF_BYTES)
    code = find_code(path, data)
    if code is None:
        return Verification(False)
    payload, source = code
    match = _PAYLOAD.fullmatch(payload)
    assert match is not None
    fingerprint = match.group(3)
    found = repo.find_fingerprint(fingerprint)
    if found is None:
        return Verification(True, source, fingerprint)
    project_id, number = found
    where, in_force, change = standing(repo, project_id, number)
    summary = repo.summary(project_id)
    result = Verification(True, source, fingerprint, project_id, summary.title, number, where, in_force, change)
    scan = dataclasses.replace(result, not_compared="scan")
    if not data.startswith(b"%PDF"):
        return scan
    if shutil.which("pdftotext") is None:
        return dataclasses.replace(result, not_compared="tools")
    text = page_text(path, data)
    if len("".join(text.split())) < MIN_TEXT:
        return scan
    generated = _generated_prefix(summary.language)
    options = _options_in(text, summary.language)
    texts = _fresh_texts(repo, project_id, number, change, _paper(path), options)
    # Which document it is: the one whose words are most like the file's.
    kind = max(texts, key=lambda k: difflib.SequenceMatcher(None, texts[k].split(), text.split(),
                                                             autojunk=False).quick_ratio())
    fresh = texts[kind]
    if not _made_by_pacta(path):
        # A word processor's export of the DOCX is compared with the same export of a fresh DOCX:
        # the DOCX draws the timeline as a picture and lays out its pages its own way.
        office = _office_texts(repo, project_id, number, kind, change, options)
        if office is None:
            return dataclasses.replace(result, not_compared="office")
        fresh = office
    differences = compare_text(fresh, text, fingerprint, generated)
    return Verification(True, source, fingerprint, project_id, summary.title, number, where, in_force, change,
                        kind, tuple(differences))


def describe(found: Verification, lang: str) -> list[str]:
    """What `verify` found, line by line in `lang`, as the command line prints it and the app shows it."""
    from delivery.sign_words import words

    if not found.found:
        return []
    if found.project_id is None:
        return [words("verify.unknown", lang, fp=found.fingerprint)]
    lines = [words("verify.found", lang, pid=found.project_id, title=found.title, n=found.version,
                   fp=found.fingerprint)]
    current = found.standing in (Standing.IN_FORCE, Standing.CURRENT)
    lines.append(words(f"verify.{found.standing}", lang, n=found.version if current else found.in_force,
                       change=found.change))
    if found.source == "qr":
        lines.append(words("verify.by_qr", lang))
    if found.compared_with is None:
        lines.append(words(f"verify.no_{found.not_compared}", lang))
        return lines
    document = words(f"of.{found.compared_with}", lang)
    if not found.differences:
        lines.append(words("verify.same", lang, document=document, n=found.version))
        return lines
    lines.append(words("verify.differs", lang, document=document, n=found.version))
    for diff in found.differences:
        label = f"{diff.label}: " if diff.label else ""
        key = "verify.diff" if diff.in_version and diff.in_file else ("verify.added" if diff.in_file else "verify.removed")
        lines.append("  " + words(key, lang, label=label, version=diff.in_version, file=diff.in_file))
    return lines
