"""The Sign dialog: which document, with which certificate, and where the signed PDF goes.

The certificate is chosen once and remembered (its path, in signing.json); its password is
typed each time unless the user asks to keep it in the system keyring, like the mail
password. Signing runs on the task runner; a refusal is said in the dialog, in words the
user can act on (wrong password, a file that is not a certificate, one that cannot be read).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.errors import describe
from gui.core.options import LAST_FOLDER
from gui.widgets import mnemonics

if TYPE_CHECKING:
    from delivery.signing import SignOutcome
    from gui.core.context import AppContext


def problem_text(problem: Any, lang: str) -> str:
    """A signing refusal in the UI language (work.SigningProblem by code, anything else explained)."""
    from gui.signing.work import SigningProblem

    if not isinstance(problem, SigningProblem):
        text = describe(problem, lang)
        return text[:1].upper() + text[1:]
    path = str(problem.path) if problem.path is not None else ""
    texts = {
        "unreadable": QCoreApplication.translate("SignDialog", "The certificate file {path} cannot be read ({detail}). Check that it is "
                                    "still there and that you may open it."),
        "not_pkcs12": QCoreApplication.translate("SignDialog", "{path} is not a signing certificate. Choose the .p12 or .pfx file you "
                                    "exported from your browser or received from the issuer."),
        "wrong_password": QCoreApplication.translate("SignDialog", "The password of the certificate is not correct. Type it again (it is "
                                        "the one you chose when you exported the certificate)."),
        "no_password": QCoreApplication.translate("SignDialog", "Type the certificate's password: none is kept for "
                                                                "it in the system keyring."),
        "unreadable_file": QCoreApplication.translate(
            "SignDialog", "{path} cannot be opened as a PDF, PNG or JPEG file ({detail})."),
        "no_project": QCoreApplication.translate("SignDialog", "{path} is not a document of any project in this data folder."),
    }
    return texts.get(problem.code, problem.code).format(path=path, detail=problem.detail)


class SignDialog(QDialog):
    """Choose the document, the certificate and its password, and the folder; then sign."""

    signed = Signal(object)  # the SignOutcome

    def __init__(self, ctx: AppContext, project_id: str, choices: list[tuple[str, str | None, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from delivery.passwords import PasswordStore

        self.ctx = ctx
        self.project_id = project_id
        self.outcome: SignOutcome | None = None
        self.setWindowTitle(self.tr("Sign as the provider"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "Pacta signs the document with your electronic certificate (for example from the FNMT or "
            "ACCV) and leaves a signature field for your client, who signs it with Adobe Reader, "
            "AutoFirma or any other PDF signing tool."), self)
        intro.setWordWrap(True)
        self.document = QComboBox(self)
        self.choices = [(kind, change) for kind, change, _label in choices]
        for _kind, _change, label in choices:
            self.document.addItem(label)
        self.certificate = QLineEdit(self)
        self.certificate.setPlaceholderText(self.tr("a .p12 or .pfx file"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose_certificate)
        cert_row = QHBoxLayout()
        cert_row.addWidget(self.certificate, 1)
        cert_row.addWidget(choose)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.store = PasswordStore()
        self.keyring = self.store.available()
        self.remember = QCheckBox(self.tr("Keep the password in the system keyring"), self)
        self.remember.setEnabled(self.keyring)
        self.password_note = QLabel(self)
        self.password_note.setObjectName("hint")
        self.password_note.setWordWrap(True)
        self.password_note.setText(
            self.tr("The password is never written to a file. Leave it empty to use the one kept in the "
                    "system keyring.") if self.keyring else
            self.tr("This computer has no system keyring Pacta can use, so the password is asked for each time "
                    "you sign. It is never written to a file."))
        self.folder = QLineEdit(str(ctx.prefs.state(LAST_FOLDER) or Path.home()), self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Document"), self.document)
        form.addRow(self.tr("Certificate"), cert_row)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.password_note)
        form.addRow(self.tr("Save the signed PDF in"), folder_row)
        self.status = QLabel(self)
        self.status.setObjectName("issues")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_button = self.buttons.addButton(self.tr("Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setDefault(True)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        mnemonics.buddy_up(self)
        mnemonics.assign(mnemonics.controls(self))
        self._remembered()

    def _remembered(self) -> None:
        """Show the certificate chosen last time (a signing.json that cannot be read is said, not fatal)."""
        from delivery.config import SettingsFileError
        from gui.signing import work

        try:
            saved = work.settings().certificate
        except SettingsFileError as exc:
            self.show_problem(exc)
            return
        if saved is not None:
            self.certificate.setText(str(saved))

    def choose(self, kind: str, change: str | None = None) -> None:
        """Preselect a document."""
        if (kind, change) in self.choices:
            self.document.setCurrentIndex(self.choices.index((kind, change)))

    def chosen(self) -> tuple[str, str | None]:
        """The document chosen: its kind and, for a change order, its number."""
        return self.choices[self.document.currentIndex()]

    def choose_certificate(self) -> None:
        """Pick the certificate file."""
        start = self.certificate.text().strip() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Your signing certificate"), start,
                                              self.tr("Certificates (*.p12 *.pfx);;All files (*)"))
        if path:
            self.certificate.setText(path)

    def choose_folder(self) -> None:
        """Pick the folder for the signed PDF."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to save the signed PDF"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def show_problem(self, problem: BaseException) -> None:
        """Say in the dialog why nothing was signed."""
        self.status.setText(problem_text(problem, self.ctx.lang))
        self.status.show()
        self.sign_button.setEnabled(True)
        self.password.setFocus()

    def sign(self) -> None:
        """Sign on a worker thread; the dialog stays open until it is done."""
        from gui.signing import work

        text = self.certificate.text().strip()
        if not text:
            self.status.setText(self.tr("Choose your certificate first (a .p12 or .pfx file)."))
            self.status.show()
            self.certificate.setFocus()
            return
        folder = Path(self.folder.text().strip() or Path.home())
        if not folder.is_dir():
            self.status.setText(self.tr("The folder {folder} does not exist. Choose another one.").format(folder=folder))
            self.status.show()
            return
        kind, change = self.chosen()
        repo, pid, paper = self.ctx.repository(), self.project_id, str(self.ctx.prefs.get("documents/paper"))
        certificate, password, remember = Path(text).expanduser(), self.password.text(), self.remember.isChecked()
        self.status.setText(self.tr("Signing…"))
        self.status.show()
        self.sign_button.setEnabled(False)
        self.ctx.prefs.set_state(LAST_FOLDER, str(folder))
        self.ctx.tasks.run(
            lambda: work.sign(repo=repo, project_id=pid, kind=kind, change=change, certificate=certificate,
                              password=password, remember_password=remember, folder=folder, paper=paper),
            self._done, self.show_problem, serial=True, owner=self)

    def _done(self, result: tuple[SignOutcome, bool]) -> None:
        self.outcome, kept = result
        if self.remember.isChecked() and not kept:
            QMessageBox.warning(self, self.tr("Password not kept"), self.tr(
                "The document is signed, but the system keyring could not keep the password: type it again "
                "next time."))
        self.password.clear()
        self.signed.emit(self.outcome)
        self.accept()
