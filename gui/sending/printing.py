"""Printing rendered PDFs: Qt's preview and print dialogs, pages drawn with QtPdf.

`PrintPages` holds the pages to print, each a page of a loaded QPdfDocument, so the
signature sheets (the checklist and the agreement's signature page) print as one job
without merging files. Pages are drawn at the printer's resolution, capped at MAX_DPI so a
1200 dpi printer does not need half a gigabyte per page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

MAX_DPI = 300


class LoadedPdf(QObject):
    """PDF bytes opened with QtPdf (the bytes and their buffer stay alive with it)."""

    def __init__(self, data: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = QByteArray(data)
        self.buffer = QBuffer(self)
        self.buffer.setData(self.data)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            raise ValueError(f"the PDF could not be read: {self.document.error()}")

    def page_count(self) -> int:
        """How many pages the PDF has."""
        return int(self.document.pageCount())

    def page_text(self, page: int) -> str:
        """The text of one page (0-based)."""
        return str(self.document.getAllText(page).text())

    def pages_with(self, marker: str) -> list[int]:
        """The pages (0-based) whose text contains `marker`, spaces and line breaks ignored."""
        wanted = "".join(marker.split())
        return [p for p in range(self.page_count()) if wanted in "".join(self.page_text(p).split())]


@dataclass(frozen=True)
class Page:
    """One page to print: a page (0-based) of a loaded PDF."""

    pdf: LoadedPdf
    index: int


def all_pages(pdf: LoadedPdf) -> list[Page]:
    """Every page of a PDF, in order."""
    return [Page(pdf, i) for i in range(pdf.page_count())]


def signature_pages(pdf: LoadedPdf, payload: str) -> list[Page]:
    """The agreement's signature page(s): those carrying its verification code; else the last page."""
    found = pdf.pages_with(payload)
    return [Page(pdf, i) for i in found] if found else [Page(pdf, pdf.page_count() - 1)]


def page_size(paper: str) -> QPageSize:
    """A4 or US Letter."""
    return QPageSize(QPageSize.PageSizeId.Letter if paper == "Letter" else QPageSize.PageSizeId.A4)


def printers_installed() -> bool:
    """Whether the system has any printer to print on."""
    return bool(QPrinterInfo.availablePrinters())


def new_printer(paper: str, title: str) -> QPrinter:
    """A printer (the default one) set to the paper preference, full page, portrait."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(page_size(paper))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)
    return printer


def wanted_indexes(printer: QPrinter, count: int) -> list[int]:
    """The pages (0-based) the print dialog asked for: all of them or the chosen range."""
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            return [i for i in range(count) if ranges.contains(i + 1)]
        first, last = printer.fromPage(), printer.toPage()
        if first > 0:
            return [i for i in range(count) if first <= i + 1 <= (last or count)]
    return list(range(count))


def paint(printer: QPrinter, pages: list[Page]) -> int:
    """Draw `pages` on `printer` (the page range and, when the driver cannot, the copies); pages drawn."""
    chosen = [pages[i] for i in wanted_indexes(printer, len(pages))]
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    sequence = chosen * copies
    if not sequence:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        target = printer.paperRect(QPrinter.Unit.DevicePixel)
        scale = min(1.0, MAX_DPI / max(1, printer.resolution()))
        for n, page in enumerate(sequence):
            if n:
                printer.newPage()
            size = page.pdf.document.pagePointSize(page.index)
            fit = min(target.width() / max(size.width(), 1), target.height() / max(size.height(), 1))
            width, height = size.width() * fit, size.height() * fit
            rect = QRectF(target.x() + (target.width() - width) / 2, target.y() + (target.height() - height) / 2,
                          width, height)
            image = page.pdf.document.render(page.index, QSize(max(1, round(width * scale)),
                                                                 max(1, round(height * scale))))
            painter.drawImage(rect, image)
    finally:
        painter.end()
    return len(sequence)


class PrintPreview(QPrintPreviewDialog):
    """Qt's print preview of `pages`; its Print button opens Qt's print dialog (range, copies)."""

    def __init__(self, pages: list[Page], printer: QPrinter, title: str, parent: QWidget | None = None) -> None:
        super().__init__(printer, parent)
        self.pages = pages
        self.printed = 0
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        self.printed = paint(printer, self.pages)

    def preview_widget(self) -> QPrintPreviewWidget:
        """The preview inside the dialog."""
        widget = self.findChild(QPrintPreviewWidget)
        assert widget is not None
        return widget

    def page_count(self) -> int:
        """How many pages the preview shows."""
        return int(self.preview_widget().pageCount())


def write_pdf_pages(path: str, pages: list[Page], paper: str, title: str) -> int:
    """Several PDFs' pages as one PDF file (drawn at MAX_DPI); pages written."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    printer.setResolution(MAX_DPI)
    printer.setPageSize(page_size(paper))
    printer.setFullPage(True)
    printer.setDocName(title)
    return paint(printer, pages)
