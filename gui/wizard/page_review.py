"""Page 8: a readable summary, a live PDF preview, and buttons to save and generate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.core.defs import PDF_PREVIEW_MIN_HEIGHT, PREVIEW_DELAY_MS
from gui.core.options import LAST_FOLDER
from gui.core.resources import Icons, icon
from gui.wizard.page import ContractPage


class ReviewPage(ContractPage):
    """The whole contract at a glance, its agreement as PDF, save and generate."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Review"))
        self.setSubTitle(self.tr("Read it as your client will, then save it and generate the documents."))
        self.why.setText(self.tr(
            "Documentation settles arguments: the agreement and the scope checklist, initialled and "
            "signed, are what you point to when the project drifts. Pacta writes documents, not legal "
            "advice; every clause stays editable."))
        self.summary = QTextBrowser(self)
        self.summary.setOpenLinks(False)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setMinimumHeight(PDF_PREVIEW_MIN_HEIGHT)
        self._buffer: QBuffer | None = None
        self.preview_status = QLabel(self)
        self.preview_status.setObjectName("hint")
        self.preview_status.setWordWrap(True)
        self.preview_status.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        status = QHBoxLayout()
        status.addWidget(self.preview_status, 1)
        status.addWidget(self.progress)
        column.addLayout(status)
        column.addWidget(self.view, 1)
        split = QSplitter(self)
        split.addWidget(self.summary)
        split.addWidget(right)
        split.setSizes([420, 480])
        self.body.addWidget(split, 1)
        self.save_button = QPushButton(icon(Icons.SAVE), self.tr("Save"), self)
        self.generate_button = QPushButton(icon(Icons.DOCUMENTS), self.tr("Generate documents…"), self)
        self.save_status = QLabel(self)
        self.save_status.setObjectName("hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.save_status, 1)
        self.body.addLayout(buttons)
        self.save_button.clicked.connect(lambda: self.save())
        self.generate_button.clicked.connect(self.generate)
        #: The newest preview asked for: an older one that finishes later is not shown.
        self._preview_task = 0
        # Clicking through the page (Next, then Back at once) starts no render.
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._start_preview)
        self._preview_contract: Any = None

    def contribute(self, data: dict[str, Any]) -> None:
        """The review page adds nothing to the contract."""

    def load(self, data: dict[str, Any]) -> None:
        """Nothing to show until the page is reached."""

    def issues(self) -> list[Any]:
        """Everything still wrong with the whole contract."""
        from domain.validation import ContractError

        try:
            self.contract_wizard().contract()
        except ContractError as exc:
            return list(exc.issues)
        return []

    def initializePage(self) -> None:
        """Summarise the contract and start rendering its preview."""
        super().initializePage()
        try:
            contract = self.contract_wizard().contract()
        except ValueError:
            self.summary.setHtml("")
            return
        from gui.widgets.summary import contract_html

        self.summary.setHtml(contract_html(contract, self.ctx.lang))
        self.render_preview(contract)

    def cleanupPage(self) -> None:
        """Going back: a preview not started yet is not needed."""
        self._preview_timer.stop()
        super().cleanupPage()

    def render_preview(self, contract: Any) -> None:
        """Render the agreement as PDF off the GUI thread, PREVIEW_DELAY_MS from now, and show it here."""
        self._preview_contract = contract
        self.preview_status.setToolTip("")
        self.preview_status.setText(self.tr("Preparing the preview…"))
        self.progress.show()
        self._preview_timer.start()

    def _start_preview(self) -> None:
        from gui.core import services

        contract, paper = self._preview_contract, self.ctx.prefs.get("documents/paper")
        task = self.ctx.tasks.run(lambda: services.render_preview(contract=contract, paper=paper),
                                  lambda data: self._show_pdf(data) if task == self._preview_task else None,
                                  lambda error: self._preview_failed(error) if task == self._preview_task else None,
                                  owner=self)
        self._preview_task = task

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
        self.preview_status.setText(self.tr("Preview of the agreement: %n page(s)", "", self.pdf.pageCount()))

    def _preview_failed(self, error: BaseException) -> None:
        self.progress.hide()
        reason, detail = self._explain(error)
        if detail:
            # Not something the user can act on in their words: say so, with the detail below.
            text = self.tr("The preview could not be prepared; saving and generating the documents may "
                           "still work.") + "\n" + self.tr("Technical detail: {detail}").format(detail=detail)
        else:
            text = self.tr("The preview is not available: {reason}").format(reason=reason)
        self.preview_status.setText(text)
        self.preview_status.setToolTip(detail)

    def _explain(self, error: BaseException) -> tuple[str, str]:
        """What went wrong in the UI language, and the technical detail ("" when there is none to add)."""
        from gui.core.errors import explain

        return explain(error, self.ctx.lang)

    def save(self, then: Any = None, request: Any = None) -> None:
        """Store the contract now (a new project, or its next version).

        A signed contract is not changed in place: the service asks for a change request,
        and the user says why it changes, who asked and when (the same dialog as on Finish).
        """
        from gui.core import services

        wizard = self.contract_wizard()
        contract = wizard.contract()
        repo, project_id, draft = self.ctx.repository(), wizard.project_id, wizard.draft_name
        reason = self.tr("Written with the wizard")
        self.save_status.setText(self.tr("Saving…"))

        def done(saved: services.Saved) -> None:
            wizard.mark_saved(saved.project_id)
            if saved.change_order is not None:
                self.save_status.setText(self.tr("Recorded {number} (version {version}): proposed until the "
                                                 "client signs it.").format(number=saved.change_order,
                                                                           version=saved.version))
            else:
                self.save_status.setText(self.tr("Saved as version {number}.").format(number=saved.version))
            if then is not None:
                then(saved)

        def failed(error: BaseException) -> None:
            if isinstance(error, services.NeedsChangeRequest) and project_id is not None:
                self._ask_change_request(then)
                return
            self._failed(error)

        self.ctx.tasks.run(
            lambda: services.save_contract(repo=repo, contract=contract, project_id=project_id, reason=reason,
                                           draft=draft, request=request),
            done, failed, serial=True, owner=self)

    def _ask_change_request(self, then: Any) -> None:
        from gui.core import services
        from gui.widgets.change_request import ChangeRequestDialog

        answer = ChangeRequestDialog.ask(self.tr(
            "This contract is signed, so it is not changed in place: the change is recorded as a change "
            "order, proposed until both parties sign it. The version in force stays as it is until then."),
            self, ask_difference=True)
        if answer is None:
            self.save_status.setText(self.tr("Not saved: a signed contract changes only through a change order."))
            return
        self.save(then, request=services.ChangeRequest(answer.reason, answer.requested_by, answer.asked_on,
                                                               answer.difference))

    def generate(self) -> None:
        """Save if needed, then write agreement and checklist (PDF and DOCX) into a chosen folder."""
        start = self.ctx.prefs.state(LAST_FOLDER) or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to put the documents"), str(start))
        if not folder:
            return
        self.ctx.prefs.set_state(LAST_FOLDER, folder)
        wizard = self.contract_wizard()
        if wizard.dirty or wizard.project_id is None:
            self.save(then=lambda saved: self._generate(saved.project_id, Path(folder)))
        else:
            self._generate(wizard.project_id, Path(folder))

    def _generate(self, project_id: str, folder: Path) -> None:
        from gui.core import services

        repo, paper = self.ctx.repository(), self.ctx.prefs.get("documents/paper")
        self.save_status.setText(self.tr("Writing the documents…"))
        self.progress.show()

        def done(paths: list[Path]) -> None:
            self.progress.hide()
            self.save_status.setText(self.tr("%n document(s) written.", "", len(paths)))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

        self.ctx.tasks.run(lambda: services.generate_documents(repo=repo, project_id=project_id, folder=folder,
                                                               paper=paper), done, self._failed, serial=True, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.save_status.setText("")
        from gui.core.errors import describe

        QMessageBox.warning(self, self.tr("Not done"), describe(error, self.ctx.lang))
