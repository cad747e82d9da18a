"""Page 8: a readable summary, a live PDF preview, and buttons to save and generate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from gui.core.options import LAST_FOLDER, render_options
from gui.core.resources import Icons, icon
from gui.wizard.page import ContractPage
from gui.wizard.preview import PreviewPane


class ReviewPage(ContractPage):
    """The whole contract at a glance, its agreement as PDF, save and generate."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.reveal = True  # the whole contract is checked here: every problem shows
        self.setTitle(self.tr("Review"))
        self.setSubTitle(self.tr("Read it as your client will, then save it and generate the documents."))
        self.why.setText(self.tr(
            "Documentation settles arguments: the agreement and the scope checklist, initialled and "
            "signed, are what you point to when the project drifts. Pacta writes documents, not legal "
            "advice; every clause stays editable."))
        self.summary = QTextBrowser(self)
        self.summary.setOpenLinks(False)
        self.summary.setAccessibleName(self.tr("Summary of the contract"))
        self.preview = PreviewPane(ctx, self)
        # The names the rest of the page (and its tests) use for the preview's parts.
        self.pdf, self.view = self.preview.pdf, self.preview.view
        self.preview_status, self.progress = self.preview.status, self.preview.progress
        self._preview_timer = self.preview.timer
        right = self.preview
        split = QSplitter(self)
        split.addWidget(self.summary)
        split.addWidget(right)
        split.setSizes([420, 480])
        self.body.addWidget(split, 1)
        self.save_button = QPushButton(icon(Icons.SAVE), self.tr("Save"), self)
        self.generate_button = QPushButton(icon(Icons.DOCUMENTS), self.tr("Generate documents…"), self)
        self.save_status = QLabel(self)
        self.save_status.setObjectName("hint")
        #: Characters the PDF cannot print, by field (filled off the GUI thread when the page opens).
        self.print_warning = QLabel(self)
        self.print_warning.setObjectName("issues")
        self.print_warning.setWordWrap(True)
        self.print_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.print_warning.hide()
        self.body.addWidget(self.print_warning)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.save_status, 1)
        self.body.addLayout(buttons)
        self.disclaimer = QLabel(self.tr("Pacta writes documents, not legal advice; every clause is editable. "
                                         "The copies for your client carry no such note (see Preferences)."), self)
        self.disclaimer.setObjectName("hint")
        self.disclaimer.setWordWrap(True)
        self.body.addWidget(self.disclaimer)
        self.save_button.clicked.connect(lambda: self.save())
        self.generate_button.clicked.connect(self.generate)

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

    def describe(self, issue: Any) -> str:
        """A problem of any page, naming the field as that page labels it."""
        return self.contract_wizard().describe_issue(issue)

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
        self._check_printable(contract)

    def _check_printable(self, contract: Any) -> None:
        """Name the fields whose characters the PDF cannot print, before any document is made."""
        from gui.core import services

        lang = self.ctx.lang

        def show(lines: list[str]) -> None:
            self.print_warning.setText("\n".join(lines))
            self.print_warning.setVisible(bool(lines))

        self.ctx.tasks.run(lambda: services.print_warnings(contract=contract, lang=lang), show, quiet=True,
                           owner=self)

    def cleanupPage(self) -> None:
        """Going back: a preview not started yet is not needed."""
        self.preview.cancel()
        super().cleanupPage()

    def render_preview(self, contract: Any) -> None:
        """Render the agreement as PDF off the GUI thread, PREVIEW_DELAY_MS from now, and show it here."""
        self.preview.render_contract(contract)

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
        remember = wizard.remember_provider()
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
                                           draft=draft, request=request, remember_provider=remember),
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
            self.save(then=lambda saved: self._generate(saved.project_id, Path(folder), saved))
        else:
            self._generate(wizard.project_id, Path(folder))

    def _generate(self, project_id: str, folder: Path, saved: Any = None) -> None:
        from gui.core import services

        repo, paper = self.ctx.repository(), self.ctx.prefs.get("documents/paper")
        self.save_status.setText(self.tr("Writing the documents…"))
        self.progress.show()

        def done(paths: list[Path]) -> None:
            self.progress.hide()
            written = self.tr("%n document(s) written.", "", len(paths))
            if saved is not None and saved.changed:
                written = self.tr("Saved as version {number}.").format(number=saved.version) + " " + written
            self.save_status.setText(written)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

        options = render_options(self.ctx.prefs)
        self.ctx.tasks.run(lambda: services.generate_documents(repo=repo, project_id=project_id, folder=folder,
                                                               paper=paper, options=options),
                           done, self._failed, serial=True, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.save_status.setText("")
        from gui.core.errors import describe

        QMessageBox.warning(self, self.tr("Not done"), describe(error, self.ctx.lang))
