"""The agreement as it will print: rendered off the GUI thread a moment after the last change.

One `PreviewPane` sits on the review page; another can stand beside any page of the
wizard (the Preview button). Both ask for a render the same way: the contract data as
typed, checked and rendered on a worker; only the newest answer is shown, and a contract
that is not complete yet keeps the last good preview on screen and says what is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from gui.core.defs import PDF_PREVIEW_MIN_HEIGHT, PREVIEW_DELAY_MS


def check_and_render(*, data: dict[str, Any], lang: str, paper: str) -> bytes:
    """Validate contract data and render its agreement as PDF (on a worker thread)."""
    from domain.validation import validate_contract
    from gui.core import services

    return services.render_preview(contract=validate_contract(data, lang), paper=paper)


class PreviewPane(QWidget):
    """A status line and the PDF of the agreement, rendered on demand and only once typing pauses."""

    def __init__(self, ctx: Any, parent: QWidget | None = None, *, delay: int = PREVIEW_DELAY_MS,
                 quiet: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: No busy cursor while rendering (the preview beside a page renders as the user types).
        self.quiet = quiet
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setMinimumHeight(PDF_PREVIEW_MIN_HEIGHT)
        self.view.setAccessibleName(self.tr("Preview of the agreement"))
        self._buffer: QBuffer | None = None
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Preparing the preview"))
        self.progress.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(self.progress)
        column.addLayout(status)
        column.addWidget(self.view, 1)
        #: Says a contract's issue in words, naming the field as the wizard labels it.
        self.describe: Callable[[Any], str] = lambda issue: issue.message(ctx.lang)
        #: The newest preview asked for: an older one that finishes later is not shown.
        self.task = 0
        # Clicking through (Next, then Back at once) or typing starts no render until it pauses.
        self.timer = QTimer(self, singleShot=True, interval=delay)
        self.timer.timeout.connect(self._start)
        self._job: tuple[str, Any] | None = None

    def render_contract(self, contract: Any) -> None:
        """Render a finished Contract, `timer.interval()` from now."""
        self._request(("contract", contract))

    def render_data(self, data: Callable[[], dict[str, Any]]) -> None:
        """Check and render the contract data `data()` gives once the delay is over (typing has paused)."""
        self._request(("data", data))

    def _request(self, job: tuple[str, Any]) -> None:
        self._job = job
        self.status.setToolTip("")
        self.status.setText(self.tr("Preparing the preview…"))
        self.progress.show()
        self.timer.start()

    def cancel(self) -> None:
        """A render not started yet is not needed any more."""
        self.timer.stop()
        if self._job is not None and self.progress.isVisible() and self.pdf.pageCount() == 0:
            self.status.setText("")
        self.progress.hide()

    def _start(self) -> None:
        from gui.core import services

        if self._job is None:
            return
        kind, payload = self._job
        paper, lang = self.ctx.prefs.get("documents/paper"), self.ctx.lang
        if kind == "contract":
            work = lambda: services.render_preview(contract=payload, paper=paper)  # noqa: E731
        else:
            data = payload()
            work = lambda: check_and_render(data=data, lang=lang, paper=paper)  # noqa: E731
        task = 0
        task = self.ctx.tasks.run(work,
                                  lambda data: self._show_pdf(data) if task == self.task else None,
                                  lambda error: self._failed(error) if task == self.task else None,
                                  owner=self, quiet=self.quiet)
        self.task = task

    def _show_pdf(self, data: bytes) -> None:
        self.progress.hide()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.close()
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.status.setText(self.tr("Preview of the agreement: %n page(s)", "", self.pdf.pageCount()))

    def _failed(self, error: BaseException) -> None:
        from domain.validation import ContractError

        self.progress.hide()
        if isinstance(error, ContractError):
            count = len(error.issues)
            if self.pdf.pageCount():
                text = self.tr("Not updated while %n problem(s) remain; this is the last complete version.",
                               "", count)
            else:
                text = self.tr("The preview shows once the contract is complete (%n problem(s) left).", "", count)
            self.status.setText(text)
            self.status.setToolTip("\n".join(self.describe(issue) for issue in error.issues))
            return
        reason, detail = self._explain(error)
        if detail:
            # Not something the user can act on in their words: say so, with the detail below.
            text = self.tr("The preview could not be prepared; saving and generating the documents may "
                           "still work.") + "\n" + self.tr("Technical detail: {detail}").format(detail=detail)
        else:
            text = self.tr("The preview is not available: {reason}").format(reason=reason)
        self.status.setText(text)
        self.status.setToolTip(detail)

    def _explain(self, error: BaseException) -> tuple[str, str]:
        """What went wrong in the UI language, and the technical detail ("" when there is none to add)."""
        from gui.core.errors import explain

        return explain(error, self.ctx.lang)
