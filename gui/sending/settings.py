"""The outgoing-mail settings: server, port, encryption, user name, sender; the password in the keyring."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from delivery.settings import SECURITIES, Security, SmtpSettings, default_port
from gui.core.defs import MARGIN, SPACING

if TYPE_CHECKING:
    from gui.core.context import AppContext

#: The dialog's width, so the explanations wrap at a readable length.
SETTINGS_WIDTH = 520


class MailSettingsDialog(QDialog):
    """Edit the SMTP settings (delivery.config) and keep the password in the system keyring."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Mail server settings"))
        self.setMinimumWidth(SETTINGS_WIDTH)
        self.saved: SmtpSettings | None = None
        self._build()
        self._load()

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "Pacta sends documents through your own mail account. Your mail provider lists these "
            "details as the outgoing (SMTP) server."), self)
        intro.setWordWrap(True)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("for example smtp.example.com"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(default_port("starttls"))
        self.security = QComboBox(self)
        labels = {"starttls": self.tr("STARTTLS (usually port 587)"), "ssl": self.tr("SSL/TLS (usually port 465)"),
                  "none": self.tr("None (unencrypted)")}
        for value in SECURITIES:
            self.security.addItem(labels[value], value)
        self.allow = QCheckBox(self.tr("Allow unencrypted sending to this server"), self)
        self.allow.setToolTip(self.tr(
            "Only for a server you trust on your own network: the password and the documents would "
            "travel readable."))
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("usually your email address"))
        self.sender_edit = QLineEdit(self)
        self.sender_edit.setPlaceholderText(self.tr("Your Name <you@example.com>"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_note = QLabel(self)
        self.password_note.setWordWrap(True)
        self.password_note.setObjectName("hint")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setObjectName("issues")
        self.error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Encryption:"), self.security)
        form.addRow("", self.allow)
        form.addRow(self.tr("Sender address:"), self.sender_edit)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        self.port.setMaximumWidth(self.port.sizeHint().width() + 24)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.forget = QPushButton(self.tr("Stop sending mail"), self)
        self.forget.setToolTip(self.tr("Remove these settings; Pacta then prepares drafts for your mail program."))
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setToolTip(self.tr("Connect and sign in to the server without sending anything."))
        self.test_button.clicked.connect(self.test_connection)
        self.tested = False
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.forget.clicked.connect(self.forget_settings)
        self.security.currentIndexChanged.connect(self._security_changed)
        #: The server the "allow unencrypted" permission was given for; another server needs it anew.
        self.allowed_host = ""
        self.allow.toggled.connect(self._allow_toggled)
        self.host.textChanged.connect(self._host_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.password_note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.forget)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)

    def _load(self) -> None:
        from delivery.config import SettingsFileError, load_smtp
        from delivery.passwords import PasswordStore

        try:
            loaded = load_smtp()
        except SettingsFileError as exc:
            loaded = None
            self._show_error(self.tr("The saved mail settings could not be read ({detail}); saving replaces them.")
                             .format(detail=exc.detail))
        self.forget.setVisible(loaded is not None)
        if loaded is not None:
            settings, sender = loaded
            self.host.setText(settings.host)
            self.security.setCurrentIndex(max(0, self.security.findData(settings.security)))
            self.port.setValue(settings.port)
            self.username.setText(settings.username)
            self.allow.setChecked(settings.allow_unencrypted)
            self.allowed_host = _host_key(settings.host) if settings.allow_unencrypted else ""
            self.sender_edit.setText(sender)
        self.store = PasswordStore()
        self.keyring = self.store.available()
        if self.keyring:
            self.password.setPlaceholderText(self.tr("leave empty to keep the saved password"))
            self.password_note.setText(self.tr("Kept in the system's password store, never in a file."))
        else:
            self.password.setEnabled(False)
            self.password.setPlaceholderText(self.tr("asked for each time you send"))
            self.password_note.setText(self.store.reason(self.ctx.lang) or "")

    def _allow_toggled(self, on: bool) -> None:
        self.allowed_host = _host_key(self.host.text()) if on else ""

    def _host_changed(self, text: str) -> None:
        # The permission to send unencrypted is for one server: a different one is refused until
        # the user allows it again.
        if self.allow.isChecked() and _host_key(text) != self.allowed_host:
            self.allow.setChecked(False)

    def _security_changed(self) -> None:
        old = {default_port(s) for s in SECURITIES}
        if self.port.value() in old:
            self.port.setValue(default_port(self.current_security()))

    def current_security(self) -> Security:
        """The chosen encryption."""
        value: Security = self.security.currentData()
        return value

    def settings(self) -> SmtpSettings:
        """The settings as typed (ValueError when the server is empty)."""
        return SmtpSettings(host=self.host.text().strip(), port=self.port.value(), security=self.current_security(),
                            username=self.username.text().strip(), allow_unencrypted=self.allow.isChecked())

    def problem(self) -> str | None:
        """What stops the settings from being saved, in the UI language."""
        from delivery.mail import AddressError, _set_addresses

        if not self.host.text().strip() or any(c.isspace() for c in self.host.text().strip()):
            self.host.setFocus()
            return self.tr("Enter the name of your outgoing mail server.")
        if self.current_security() == "none" and not self.allow.isChecked():
            self.allow.setFocus()
            return self.tr("Without encryption the password and the documents travel readable. Choose STARTTLS "
                           "or SSL/TLS, or tick “Allow unencrypted sending to this server” if you trust it.")
        sender = self.sender_edit.text().strip()
        if not sender:
            self.sender_edit.setFocus()
            return self.tr("Enter the address your messages are sent from.")
        try:
            from email.message import EmailMessage

            _set_addresses(EmailMessage(), "From", [sender])
        except AddressError:
            self.sender_edit.setFocus()
            return self.tr("“{address}” is not a valid email address.").format(address=sender)
        return None

    def _show_error(self, text: str, *, error: bool = True) -> None:
        self.error.setObjectName("issues" if error else "hint")
        self.error.style().unpolish(self.error)
        self.error.style().polish(self.error)
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def test_connection(self) -> None:
        """Connect, secure the connection and sign in with what is typed; say how it went."""
        problem = self.problem()
        if problem:
            self._show_error(problem)
            return
        settings, typed, store = self.settings(), self.password.text(), self.store
        keyring = self.keyring
        if settings.username and not typed and not keyring:
            password, ok = QInputDialog.getText(
                self, self.tr("Mail password"),
                self.tr("Password for {user} on {host}:").format(user=settings.username, host=settings.host),
                QLineEdit.EchoMode.Password)
            if not ok or not password:
                return
            typed = password
        self.test_button.setEnabled(False)
        self._show_error(self.tr("Connecting to {host}…").format(host=settings.host), error=False)

        def work() -> None:
            from delivery.smtp import check_connection

            password = typed or (store.get(settings) if settings.username else None) or None
            check_connection(settings, password=password)

        def done(_result: Any) -> None:
            self.test_button.setEnabled(True)
            self.tested = True
            text = (self.tr("The server {host} accepted the connection and the password.") if settings.username
                    else self.tr("The server {host} accepted the connection."))
            self._show_error(text.format(host=settings.host), error=False)

        def failed(error: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.tested = False
            from delivery.errors import SendError

            if isinstance(error, SendError):
                self._show_error(error.message(self.ctx.lang))
            else:
                self._show_error(_detail(error))

        self.ctx.tasks.run(work, done, failed, owner=self)

    def save(self) -> None:
        """Check, then write the settings file and keep the password in the keyring (off the GUI thread)."""
        problem = self.problem()
        if problem:
            self._show_error(problem)
            return
        self._show_error("")
        settings, sender, password = self.settings(), self.sender_edit.text().strip(), self.password.text()
        keep = self.keyring and bool(password) and bool(settings.username)
        store = self.store
        self.buttons.setEnabled(False)

        def work() -> bool:
            from delivery.config import save_smtp

            save_smtp(settings, sender)
            return store.save(settings, password) if keep else True

        def done(kept: bool) -> None:
            self.buttons.setEnabled(True)
            self.password.clear()
            self.saved = settings
            if not kept:
                self._show_error(self.tr("The settings are saved, but the password could not be kept: {reason}")
                                 .format(reason=store.reason(self.ctx.lang) or ""))
                self.password.setEnabled(False)
                return
            self.accept()

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self._show_error(self.tr("The settings could not be saved: {detail}").format(detail=_detail(error)))

        self.ctx.tasks.run(work, done, failed, owner=self)

    def forget_settings(self) -> None:
        """Remove the settings file and the saved password."""
        store = self.store
        try:
            current: SmtpSettings | None = self.settings()
        except ValueError:
            current = None

        def work() -> None:
            from delivery.config import forget_smtp

            forget_smtp()
            if current is not None and self.keyring:
                store.delete(current)

        def done(_result: Any) -> None:
            self.saved = None
            self.accept()

        self.ctx.tasks.run(work, done, lambda e: self._show_error(_detail(e)), owner=self)


def _host_key(host: str) -> str:
    return host.strip().lower()


def _detail(error: BaseException) -> str:
    return str(error) or type(error).__name__

