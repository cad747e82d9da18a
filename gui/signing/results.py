"""What receiving or verifying a file found, shown as `pacta receive` and `pacta verify` say it,
and the list of certificates the user trusts (remembered in signing.json, editable here)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gui.widgets import mnemonics

if TYPE_CHECKING:
    from delivery.sign_settings import TrustedCertificate
    from gui.core.context import AppContext


class ResultDialog(QDialog):
    """A verdict in one sentence (green when it holds, red when not) and the facts behind it."""

    def __init__(self, title: str, verdict: str, lines: list[str], *, ok: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self.ok = ok
        self.verdict = QLabel(verdict, self)
        self.verdict.setObjectName("verdictOk" if ok else "verdictBad")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.verdict.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.verdict.setFont(font)
        dark = self.palette().color(self.backgroundRole()).lightness() < 128
        colours = {(True, False): "#1e7b34", (False, False): "#b3261e", (True, True): "#7bd88f", (False, True): "#ff8a80"}
        self.verdict.setStyleSheet(f"color: {colours[(ok, dark)]};")
        mark = QLabel(self)
        which = QStyle.StandardPixmap.SP_DialogApplyButton if ok else QStyle.StandardPixmap.SP_MessageBoxWarning
        mark.setPixmap(self.style().standardIcon(which).pixmap(32, 32))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        head = QHBoxLayout()
        head.addWidget(mark)
        head.addWidget(self.verdict, 1)
        self.details = QPlainTextEdit("\n".join(lines), self)
        self.details.setReadOnly(True)
        self.details.setVisible(bool(lines))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(680, min(560, 190 + 20 * len(lines)) if lines else 160)

    def text(self) -> str:
        """Everything the dialog says, verdict first."""
        return "\n".join([self.verdict.text(), self.details.toPlainText()]).strip()


class TrustDialog(QDialog):
    """The certificates the user trusts besides the system's: add a CA's or a signer's, or remove one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Trusted certificates"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "Pacta trusts the certificate authorities your system trusts. Add here the certificate of "
            "another authority, or of one signer, to trust the signatures made with it (a .pem, .crt or "
            ".cer file). Pacta keeps a copy, so the file may be moved later."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        side = QVBoxLayout()
        side.addWidget(self.add_button)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        self.problem = QLabel(self)
        self.problem.setObjectName("issues")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        mnemonics.assign(mnemonics.controls(self))
        self.trusted: list[TrustedCertificate] = []
        self._load()

    def _load(self) -> None:
        from delivery.config import SettingsFileError
        from gui.signing import work

        try:
            self.trusted = list(work.settings().trusted)
        except SettingsFileError as exc:
            self._say(exc)
            self.add_button.setEnabled(False)
        self._show()

    def _show(self) -> None:
        self.list.clear()
        for entry in self.trusted:
            item = QListWidgetItem(entry.name, self.list)
            item.setToolTip(self.tr("SHA-256: {digest}").format(digest=entry.sha256))
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

    def _say(self, error: BaseException) -> None:
        from gui.signing.sign_dialog import problem_text

        self.problem.setText(problem_text(error, self.ctx.lang))
        self.problem.show()

    def names(self) -> list[str]:
        """The trusted certificates' holders, as listed."""
        return [entry.name for entry in self.trusted]

    def add(self) -> None:
        """Ask for a certificate file and trust it from now on."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate to trust"), str(Path.home()),
                                              self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        """Trust the certificate in `path` (saved at once)."""
        from delivery.sign_settings import remember_trusted

        try:
            self.trusted = list(remember_trusted([path]).trusted)
        except Exception as exc:  # unreadable file, not a certificate, settings file: all said in words
            self._say(exc)
            return
        self.problem.hide()
        self._show()

    def remove_selected(self) -> None:
        """Stop trusting the selected certificate (saved at once)."""
        from delivery.sign_settings import SigningSettings, load_signing, save_signing

        row = self.list.currentRow()
        if row < 0:
            return
        gone = self.trusted[row]
        try:
            saved = load_signing()
            kept = tuple(t for t in saved.trusted if t.sha256 != gone.sha256)
            save_signing(SigningSettings(saved.certificate, kept))
        except Exception as exc:
            self._say(exc)
            return
        self.trusted = list(kept)
        self._show()
