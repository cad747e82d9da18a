"""PDF pieces beyond plain flowables: form fields, QR code, timeline, page footer, Info stamp."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFObject, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from documents import fonts
from documents.blocks import Document
from documents.pdf_styles import MUTED, RULE, Geometry
from documents.timeline import Label, Line, Mark, Picture, Timeline, fit, layout

PAGE_TOTAL_FORM = "pactaPageTotal"
# The smallest box a hand can write in: 30 × 8 mm (a little more, so rounding never goes under).
HAND_W, HAND_H = 86.0, 24.0


def gray(level: float) -> Color:
    """A grey from 0 (black) to 1 (white)."""
    return Color(level, level, level)


class FormField(Flowable):  # type: ignore[misc]
    """A fillable AcroForm check box or text line inside a table cell."""

    def __init__(self, kind: str, name: str, width: float, tooltip: str) -> None:
        super().__init__()
        self.kind, self.name, self.tooltip = kind, name, tooltip
        self.width = 11.0 if kind == "check" else max(width, HAND_W)
        self.height = 11.0 if kind == "check" else HAND_H

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Fixed size: a box of 11 pt or a line as wide as the cell."""
        if self.kind != "check":
            self.width = max(min(self.width, available_width), HAND_W)
        return self.width, self.height

    def draw(self) -> None:
        """Place the widget where the cell is; `relative` follows the table's transform."""
        form = self.canv.acroForm
        _share_appearances(form)
        _embedded_form_font(form, self.canv)
        common: dict[str, Any] = {
            "name": self.name,
            "tooltip": self.tooltip,
            "relative": True,
            "borderColor": black,
            "fillColor": white,
            "borderWidth": 0.8,
            "fieldFlags": "",
            "annotationFlags": "print",
        }
        if self.kind == "check":
            form.checkbox(x=0, y=0, size=self.width, buttonStyle="check", textColor=black, **common)
        else:
            common["borderWidth"] = 0.5
            common["borderColor"] = gray(RULE)
            # The font name is taken over by _embedded_form_font: the document's embedded font.
            form.textfield(x=0, y=0, width=self.width, height=self.height, fontName="Helvetica", fontSize=9,
                           textColor=black, maxlen=40, **common)


def _share_appearances(form: Any) -> None:
    """Build each distinct field appearance once per file.

    reportlab builds six appearance streams for every check box (and one for every
    text field) before finding that an identical one is already in the file; for a
    1,000-row checklist that was most of the time. The streams depend only on the
    arguments, so they are kept by those and handed out again.
    """
    if getattr(form, "_pacta_shared", False):
        return
    for name in ("checkboxAP", "txAP"):
        build = getattr(form, name)
        made: dict[Any, Any] = {}

        def shared(*args: Any, _build: Any = build, _made: dict[Any, Any] = made, **kwargs: Any) -> Any:
            key: Any = (args, tuple(sorted(kwargs.items())))
            try:
                hash(key)
            except TypeError:  # a list among the arguments: compare by its text instead
                key = repr(key)
            if key not in _made:
                _made[key] = _build(*args, **kwargs)
            return _made[key]

        setattr(form, name, shared)
    form._pacta_shared = True


# What a field's font must be able to draw when a reader types into it: dates, initials.
_FORM_CHARS = "".join(chr(c) for c in range(32, 127))
FORM_FONT = "PactaSans"


class _SubsetRef(PDFObject):  # type: ignore[misc]
    """A reference to the document's embedded regular font (subset 0), resolved when the file is written."""

    def __init__(self, name: str) -> None:
        self.name = name

    def format(self, document: Any) -> bytes:
        """`N 0 R` of the subset, whose objects exist by then."""
        from reportlab.pdfbase.pdfdoc import PDFObjectReference

        return bytes(PDFObjectReference(self.name).format(document))


class _FieldResources(PDFObject):  # type: ignore[misc]
    """A text field appearance's resources: the embedded font under the name its /DA uses."""

    def __init__(self, ref: _SubsetRef) -> None:
        self.ref = ref

    def format(self, document: Any) -> bytes:
        """`<< /ProcSet [/PDF /Text] /Font << /PactaSans N 0 R >> >>`."""
        return b"<< /ProcSet [/PDF /Text] /Font << /" + FORM_FONT.encode() + b" " + self.ref.format(document) + b" >> >>"


def _embedded_form_font(form: Any, canv: Any) -> None:
    """Make every text field use the document's embedded DejaVu Sans instead of Helvetica.

    reportlab's forms accept only the 14 standard fonts, which are not embedded; the
    fields' /DA, their appearances' resources and the form's /DR are pointed at the
    regular face's first subset instead, and the printable ASCII characters are put
    in that subset so that what a reader types into a field (a date, initials) can be
    drawn with it.
    """
    if getattr(form, "_pacta_font", False):
        return
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(fonts.REGULAR)
    font.splitString(_FORM_CHARS, canv._doc)
    # Named now: reportlab forgets a font's per-document state once it has written its objects.
    ref = _SubsetRef(font.getSubsetInternalName(0, canv._doc)[1:])

    def make_font(_name: str | None) -> tuple[str, str]:
        form.fonts[FORM_FONT] = "0 0 R"  # replaced in the /DR by font_ref
        return "0 0 R", FORM_FONT

    def font_ref(name: str) -> str:
        return f"/Font << /{name} {ref.format(canv._doc).decode()} >>"

    build = form.txAP

    def appearance(*args: Any, **kwargs: Any) -> Any:
        stream = build(*args, **kwargs)
        stream.dictionary["Resources"] = _FieldResources(ref)
        return stream

    form.makeFont, form.fontRef, form.txAP = make_font, font_ref, appearance
    form._pacta_font = True


@cache
def qr_modules(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """`payload`'s QR code (level M): modules per side and the dark runs (row, first column, length).

    Rows and columns count a one-module quiet zone; computed once per payload.
    """
    import segno

    code = segno.make(payload, error="m", micro=False)
    runs: list[tuple[int, int, int]] = []
    for row, line in enumerate(code.matrix):
        start = None
        for col, dark in enumerate([*line, 0]):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                runs.append((row + 1, start + 1, col - start))
                start = None
    return len(code.matrix) + 2, tuple(runs)


class QrCode(Flowable):  # type: ignore[misc]
    """A QR code `size` points square, drawn as one filled path (one rectangle per run of dark modules)."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload, self.size = payload, size
        self.width = self.height = size
        self.hAlign = "RIGHT"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Always its own size."""
        return self.size, self.size

    def draw(self) -> None:
        """The modules, top row first (PDF's y axis points up)."""
        count, runs = qr_modules(self.payload)
        step = self.size / count
        canv = self.canv
        path = canv.beginPath()
        for row, col, length in runs:
            path.rect(col * step, self.size - (row + 1) * step, length * step, step)
        canv.saveState()
        canv.setFillColor(black)
        canv.drawPath(path, stroke=0, fill=1)
        canv.restoreState()


def qr_drawing(payload: str, size: float) -> QrCode:
    """The QR code holding `payload` as a flowable (kept under its old name for callers)."""
    return QrCode(payload, size)


def _measure(text: str, size: float) -> float:
    return float(stringWidth(text, fonts.REGULAR, size))


class TimelineFlowable(Flowable):  # type: ignore[misc]
    """The timeline picture drawn straight on the canvas (reportlab's graphics layer was a
    tenth of a 100-deliverable agreement's time for the same lines, marks and labels)."""

    def __init__(self, timeline: Timeline, width: float) -> None:
        super().__init__()
        self.picture: Picture = layout(timeline, width, _measure)
        self.width, self.height = self.picture.width, self.picture.height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The size the layout chose."""
        return self.width, self.height

    def draw(self) -> None:
        """Lines, then marks and labels, in the order the layout placed them."""
        canv = self.canv
        canv.saveState()
        for item in self.picture.items:
            if isinstance(item, Line):
                canv.setStrokeColor(gray(item.gray))
                canv.setLineWidth(item.width)
                canv.line(item.x1, item.y1, item.x2, item.y2)
            elif isinstance(item, Mark):
                self._mark(item)
            elif isinstance(item, Label):
                canv.setFont(fonts.BOLD if item.bold else fonts.REGULAR, item.size)
                canv.setFillColor(gray(item.gray))
                if item.anchor == "middle":
                    canv.drawCentredString(item.x, item.y, item.text)
                elif item.anchor == "end":
                    canv.drawRightString(item.x, item.y, item.text)
                else:
                    canv.drawString(item.x, item.y, item.text)
        canv.restoreState()

    def _mark(self, item: Mark) -> None:
        canv = self.canv
        half = item.size / 2
        canv.setStrokeColor(black)
        canv.setLineWidth(0.8)
        canv.setFillColor(white if item.shape == "square" else black)
        if item.shape == "circle":
            canv.circle(item.x, item.y, half, stroke=1, fill=1)
        elif item.shape == "square":
            canv.rect(item.x - half, item.y - half, item.size, item.size, stroke=1, fill=1)
        else:
            path = canv.beginPath()
            path.moveTo(item.x, item.y - half - 1)
            path.lineTo(item.x + half + 1, item.y)
            path.lineTo(item.x, item.y + half + 1)
            path.lineTo(item.x - half - 1, item.y)
            path.close()
            canv.drawPath(path, stroke=1, fill=1)


def timeline_drawing(timeline: Timeline, width: float) -> TimelineFlowable:
    """The timeline picture as a flowable `width` points wide."""
    return TimelineFlowable(timeline, width)


class Decorator:
    """Draws what every page carries: the footer, page X of Y and, on agreements, the initials box."""

    def __init__(self, doc: Document, geo: Geometry) -> None:
        self.doc, self.geo = doc, geo
        self.pages = 0

    def __call__(self, canv: Canvas, _template: Any) -> None:
        """onPage hook for every page template."""
        geo, doc = self.geo, self.doc
        page = canv.getPageNumber()
        self.pages = max(self.pages, page)
        size = 7.2
        y = 12 * (72 / 25.4)
        canv.saveState()
        canv.setStrokeColor(gray(RULE))
        canv.setLineWidth(0.5)
        canv.line(geo.left, y + 10, geo.width - geo.right, y + 10)
        canv.setFillColor(gray(MUTED))
        canv.setFont(fonts.REGULAR, size)
        prefix = doc.page_label.partition("{total}")[0]
        label = prefix.replace("{page}", str(page))
        right = geo.width - geo.right
        # The total is a form drawn after the last page; room is kept for up to four digits.
        reserve = stringWidth("0000", fonts.REGULAR, size)
        label_x = right - reserve - stringWidth(label, fonts.REGULAR, size)
        canv.drawString(label_x, y, label)
        canv.saveState()
        canv.translate(right - reserve, y)
        canv.doForm(PAGE_TOTAL_FORM)
        canv.restoreState()
        version_w = stringWidth(doc.footer_version, fonts.REGULAR, size)
        version_x = label_x - 18 - version_w
        canv.drawString(version_x, y, doc.footer_version)
        title = fit(doc.footer_title, version_x - 18 - geo.left, size, lambda t, s: stringWidth(t, fonts.REGULAR, s))
        canv.drawString(geo.left, y, title)
        if doc.initials:
            self._initials(canv)
        canv.restoreState()

    def _initials(self, canv: Canvas) -> None:
        geo, doc = self.geo, self.doc
        # At least 30 × 8 mm: room to write initials by hand.
        box_w, box_h, gap = HAND_W, HAND_H, 8.0
        top = 12 * (72 / 25.4) + 10 + 8 + 9 + box_h
        x = geo.width - geo.right - len(doc.initials) * (box_w + gap) + gap
        canv.setFont(fonts.REGULAR, 6.5)
        canv.setFillColor(gray(MUTED))
        label_w = stringWidth(doc.initials_label, fonts.REGULAR, 6.5)
        canv.drawString(x - 6 - label_w, top - box_h / 2 - 2, doc.initials_label)
        canv.setStrokeColor(gray(0.2))
        canv.setLineWidth(0.6)
        for name in doc.initials:
            canv.rect(x, top - box_h, box_w, box_h, stroke=1, fill=0)
            shown = fit(name, box_w - 4, 6, lambda t, s: stringWidth(t, fonts.REGULAR, s))
            canv.setFont(fonts.REGULAR, 6)
            canv.drawCentredString(x + box_w / 2, top - box_h - 7.5, shown)
            x += box_w + gap

    def finish(self, canv: Canvas) -> None:
        """Define the page-total form now that the number of pages is known."""
        canv.beginForm(PAGE_TOTAL_FORM)
        canv.setFont(fonts.REGULAR, 7.2)
        canv.setFillColor(gray(MUTED))
        canv.drawString(0, 0, str(self.pages))
        canv.endForm()


class StampedInfo(PDFInfo):  # type: ignore[misc]
    """The Info dictionary with Pacta's own keys, so `read_pdf_stamp` can find the version."""

    def __init__(self, extra: dict[str, str] | None = None) -> None:
        super().__init__()
        self.extra = dict(extra or {})

    def format(self, document: Any) -> bytes:
        """The standard keys plus /PactaProjectId, /PactaVersion and /PactaFingerprint."""
        text = bytes(super().format(document))
        extra = PDFDictionary({k: PDFString(v) for k, v in self.extra.items()}).format(document)
        # Both are '<< ... >>' dictionaries: splice the extra entries in before the closing bracket.
        inner = bytes(extra).strip()[2:-2]
        head, _, _ = text.rpartition(b">>")
        return head + inner + b"\n>>"


def stamp_canvas(canv: Canvas, extra: dict[str, str]) -> None:
    """Swap the canvas's Info for one that also carries the Pacta keys."""
    info = StampedInfo(extra)
    info.__dict__.update({k: v for k, v in canv._doc.info.__dict__.items() if k != "extra"})
    canv._doc.info = info
