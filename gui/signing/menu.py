"""Signing in the main window: Project › Sign…, File › Receive a signed copy…, Verify a document…
and Trusted certificates….

`install(host)` adds them. Signing, receiving and verifying run on the task runner; what they
found is shown with the very sentences `pacta sign`, `pacta receive` and `pacta verify` print
(delivery.sign_words), in the UI language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from gui.core.options import LAST_FOLDER

if TYPE_CHECKING:
    from delivery.signing import SignOutcome
    from delivery.verifying import Verification
    from gui.core.services import ProjectDetail
    from gui.host import Host
    from gui.signing.results import ResultDialog, TrustDialog
    from gui.signing.sign_dialog import SignDialog
    from gui.signing.work import Received


def sentence(text: str) -> str:
    """A message of the command line as a sentence: capital first letter, full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", ":", "?", "!")) else text + "."


class Signing(QObject):
    """The sign, receive, verify and trusted-certificates actions."""

    def __init__(self, window: Host) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.detail: ProjectDetail | None = None
        self.sign_dialog: SignDialog | None = None
        self.result: ResultDialog | None = None
        self.trust_dialog: TrustDialog | None = None
        self.sign_action = QAction(self.tr("S&ign…"), window)
        self.sign_action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.sign_action.setStatusTip(self.tr("Sign a document with your electronic certificate, leaving a "
                                              "signature field for the client"))
        self.receive_action = QAction(self.tr("&Receive a signed copy…"), window)
        self.receive_action.setStatusTip(self.tr("Check the PDF your client signed and record the contract as "
                                                 "signed"))
        self.verify_action = QAction(self.tr("&Verify a document…"), window)
        self.verify_action.setStatusTip(self.tr("Which project and version a PDF, scan or photo shows, and "
                                                "whether a PDF's text is that version's"))
        self.trust_action = QAction(self.tr("Trusted &certificates…"), window)
        self.sign_action.triggered.connect(lambda: self.sign())
        self.receive_action.triggered.connect(lambda: self.receive())
        self.verify_action.triggered.connect(lambda: self.verify())
        self.trust_action.triggered.connect(self.trusted_certificates)
        self._place()
        window.projectShown.connect(self._shown)
        self._update()

    def _place(self) -> None:
        """Sign goes with Print and Email (before the Project menu's first separator)."""
        project = self.window.menu("project")
        separator = next((a for a in project.actions() if a.isSeparator()), None)
        if separator is not None:
            project.insertAction(separator, self.sign_action)
        else:
            project.addAction(self.sign_action)
        self.window.add_file_actions([self.receive_action, self.verify_action, self.trust_action], separator=True)

    def _shown(self, detail: ProjectDetail | None) -> None:
        self.detail = detail
        self._update()

    def _update(self) -> None:
        self.sign_action.setEnabled(self.detail is not None and self.ctx.repo is not None)

    def _folder(self) -> str:
        return str(self.ctx.prefs.state(LAST_FOLDER) or Path.home())

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    # Sign

    def choices(self) -> list[tuple[str, str | None, str]]:
        """The documents of the shown project that can be signed: (kind, change order, label)."""
        choices: list[tuple[str, str | None, str]] = [
            ("agreement", None, self.tr("Services agreement")), ("checklist", None, self.tr("Scope checklist"))]
        if self.detail is not None:
            for order in reversed(self.detail.state.change_orders):
                choices.append(("change-order", order.number,
                                self.tr("Change order {number}").format(number=order.number)))
        return choices

    def sign(self, kind: str | None = None, change: str | None = None) -> SignDialog | None:
        """The Sign dialog for the shown project."""
        from gui.signing.sign_dialog import SignDialog

        if self.detail is None:
            return None
        dialog = SignDialog(self.ctx, self.detail.project_id, self.choices(), self.window)
        if kind is not None:
            dialog.choose(kind, change)
        dialog.signed.connect(self._signed)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.sign_dialog = dialog
        dialog.open()
        return dialog

    def _signed(self, outcome: SignOutcome) -> None:
        self._status(self.tr("Signed by {signer}: {path}").format(signer=outcome.signer, path=outcome.path))
        for warning in outcome.document.warnings:
            self._status(warning)
        self.window.refresh_detail()

    # Receive

    def receive(self, path: Path | None = None) -> None:
        """Ask for the PDF the client returned, then check it and record it off the GUI thread."""
        from gui.signing import work

        if self.ctx.repo is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Receive a signed copy"), self._folder(),
                                                    self.tr("PDF documents (*.pdf)"))
            if not chosen:
                return
            path = Path(chosen)
        repo = self.ctx.repository()
        selected = self.detail.project_id if self.detail is not None else None
        self._status(self.tr("Checking the signatures of {name}…").format(name=path.name))
        self.ctx.tasks.run(lambda: work.receive(repo=repo, path=path, project_id=selected), self._received,
                           self._refused, serial=True, owner=self)

    def _received(self, received: Received) -> None:
        result = received.result
        lines = [sentence(check.line(self.ctx.lang)) for check in result.signatures]
        verdict = sentence(result.message(self.ctx.lang))
        untrusted = result.outcome.value == "untrusted"
        if untrusted:
            # The command line's sentence points to --trust; the app has its own list.
            verdict = self.tr("A signature is valid, but its certificate is not trusted, so nothing is recorded. "
                              "To trust it, add the certificate of the signer, or of the authority that issued "
                              "it, under Trusted certificates.")
        dialog = self._show_result(self.tr("Receive a signed copy"), verdict, lines, ok=result.ok)
        if untrusted:
            button = dialog.buttons.addButton(self.tr("Trusted certificates…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(self.trusted_certificates)
        if result.recorded:
            self._status(sentence(result.message(self.ctx.lang)))
            self.window.reload(select=received.project_id)

    def _refused(self, error: BaseException) -> None:
        from gui.signing.sign_dialog import problem_text

        self._show_result(self.tr("Receive a signed copy"), problem_text(error, self.ctx.lang), [], ok=False)

    # Verify

    def verify(self, path: Path | None = None) -> None:
        """Ask for a PDF, scan or photo, then say which version it shows and whether its text is that version's."""
        from gui.signing import work

        if self.ctx.repo is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Verify a document"), self._folder(),
                self.tr("PDF documents, scans and photos (*.pdf *.png *.jpg *.jpeg);;All files (*)"))
            if not chosen:
                return
            path = Path(chosen)
        repo, lang = self.ctx.repository(), self.ctx.lang
        self._status(self.tr("Reading {name}…").format(name=path.name))
        self.ctx.tasks.run(lambda: work.verify(repo=repo, path=path, lang=lang), self._verified,
                           self._unreadable, owner=self)

    def _unreadable(self, error: BaseException) -> None:
        from gui.signing.sign_dialog import problem_text

        self._show_result(self.tr("Verify a document"), problem_text(error, self.ctx.lang), [], ok=False)

    def _verified(self, result: tuple[Verification, list[str]]) -> None:
        found, lines = result
        if found.project_id is None:  # not a Pacta document, or one of another data folder
            self._show_result(self.tr("Verify a document"), sentence(lines[0]), [], ok=False)
            return
        details = [line if line.startswith(" ") else sentence(line) for line in lines]
        names = {"title": found.title, "n": found.version}
        if found.differences:
            verdict = self.tr("This file is not what version {n} of “{title}” says: its text differs.")
        elif found.compared_with is not None:
            verdict = self.tr("This file is version {n} of “{title}”, word for word.")
        else:
            verdict = self.tr("This file shows version {n} of “{title}”; its text was not compared.")
        dialog = self._show_result(self.tr("Verify a document"), verdict.format(**names), details, ok=found.ok)
        button = dialog.buttons.addButton(self.tr("Show the project"), QDialogButtonBox.ButtonRole.ActionRole)
        pid = found.project_id

        def show() -> None:
            dialog.accept()
            self.window.show_project(pid)

        button.clicked.connect(show)

    # Results and trust

    def _show_result(self, title: str, verdict: str, lines: list[str], *, ok: bool) -> ResultDialog:
        from gui.signing.results import ResultDialog

        self.window.statusBar().clearMessage()
        dialog = ResultDialog(title, verdict, lines, ok=ok, parent=self.window)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.result = dialog
        dialog.open()
        return dialog

    def trusted_certificates(self) -> TrustDialog:
        """The list of certificates trusted besides the system's, to add to or remove from."""
        from gui.signing.results import TrustDialog

        dialog = TrustDialog(self.ctx, self.window)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.trust_dialog = dialog
        dialog.open()
        return dialog


def install(window: Host) -> object:
    """Add the signing actions to `window`."""
    return Signing(window)
