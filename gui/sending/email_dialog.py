"""The email dialog: a message to the client pre-filled from the contract, sent off the GUI thread.

Sending goes through the user's SMTP server (delivery.smtp) with a progress bar and a Cancel
that closes the connection. A failure is said in plain words and the message is kept as an
`.eml` draft in the data folder's outbox; so is a message whose send was cancelled once it was
going out, since the server may have it. The draft opened in the system's mail program is
always offered, first when sending from Pacta is not set up.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delivery.errors import SendCancelled, SendErrorCode
from delivery.mail import AddressError
from delivery.smtp import SendStep
from gui.core.defs import MARGIN, SPACING
from gui.sending import work
from gui.sending.email_work import (
    STEPS,
    CancelledAfterSending,
    SendFailed,
    error_detail,
    message_job,
    send_job,
    split_addresses,
)

if TYPE_CHECKING:
    from gui.core.context import AppContext

EMAIL_SIZE = (640, 700)


class _Progress(QObject):
    """Carries send steps from the worker thread to the dialog."""

    step = Signal(str)


class EmailDialog(QDialog):
    """Write to the client: addresses, subject, body, documents to attach; send or keep a draft."""

    #: Emitted with the history record's data once a message was sent and recorded.
    sent = Signal(object)

    def __init__(self, ctx: AppContext, start: work.MailStart, paper: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.start = start
        self.paper = paper
        self.cancel_event: threading.Event | None = None
        self.sending = False
        self.result_data: dict[str, Any] | None = None
        #: The documents rendered and attached by the last send.
        self.documents: list[work.DocumentFile] = []
        self.draft: Path | None = None
        self.typed_password: str | None = None
        self.setWindowTitle(self.tr("Email “{title}”").format(title=start.contract.title))
        self.resize(*EMAIL_SIZE)
        self._progress = _Progress(self)
        self._progress.step.connect(self._step)
        self._build()

    # Layout

    def _build(self) -> None:
        start = self.start
        self.notice = QLabel(self)
        self.notice.setObjectName("why")
        self.notice.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Mail server settings…"), self)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.to = QLineEdit(start.to, self)
        self.to.setPlaceholderText(self.tr("client@example.com"))
        self.cc = QLineEdit(self)
        self.cc.setPlaceholderText(self.tr("optional; separate addresses with commas"))
        self.subject = QLineEdit(start.subject, self)
        self.body = QPlainTextEdit(start.body, self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("To:"), self.to)
        form.addRow(self.tr("Cc:"), self.cc)
        form.addRow(self.tr("Subject:"), self.subject)

        box = QGroupBox(self.tr("Attach"), self)
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("PDF"), box), 0, 1, Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(QLabel(self.tr("Word (DOCX)"), box), 0, 2, Qt.AlignmentFlag.AlignHCenter)
        self.attach: dict[tuple[str, str], QCheckBox] = {}
        kinds = [(work.AGREEMENT, self.tr("Services agreement, version {n}").format(n=start.version)),
                 (work.CHECKLIST, self.tr("Scope checklist, version {n}").format(n=start.version))]
        #: Which change order to attach, when the project has several (None otherwise).
        self.change_choice: QComboBox | None = None
        changes = start.changes or ((start.change,) if start.change else ())
        if changes:
            kinds.append((work.CHANGE_ORDER, self.tr("Change order {number}").format(number=changes[-1])))
        for row, (kind, label) in enumerate(kinds, start=1):
            if kind == work.CHANGE_ORDER and len(changes) > 1:
                self.change_choice = QComboBox(box)
                for number in reversed(changes):
                    self.change_choice.addItem(self.tr("Change order {number}").format(number=number), number)
                self.change_choice.setAccessibleName(self.tr("Change order to attach"))
                grid.addWidget(self.change_choice, row, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                grid.addWidget(QLabel(label, box), row, 0)
            for column, fmt in ((1, "pdf"), (2, "docx")):
                check = QCheckBox(box)
                check.setChecked(fmt == "pdf")
                check.setAccessibleName(self.tr("{document} ({format})").format(document=label, format=fmt.upper()))
                check.setObjectName(f"attach-{kind}-{fmt}")
                self.attach[(kind, fmt)] = check
                grid.addWidget(check, row, column, Qt.AlignmentFlag.AlignHCenter)
        grid.setColumnStretch(0, 1)

        self.error = QLabel(self)
        self.error.setObjectName("issues")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, len(STEPS) - 1)
        self.progress.setTextVisible(False)
        self.step_label = QLabel(self)
        self.step_label.setObjectName("hint")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.step_label)
        progress_row.addWidget(self.progress, 1)
        self.progress_frame = QFrame(self)
        self.progress_frame.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        self.progress_frame.hide()

        self.draft_button = QPushButton(self.tr("Save as draft (.eml)…"), self)
        self.open_button = QPushButton(self.tr("Open in mail program"), self)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("primary")
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.send_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addLayout(notice_row)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(self.progress_frame)
        layout.addLayout(buttons)

        self.send_button.clicked.connect(self.send)
        self.draft_button.clicked.connect(self.save_draft)
        self.open_button.clicked.connect(self.open_in_mail_program)
        self.close_button.clicked.connect(self._close_or_cancel)
        self.settings_button.clicked.connect(self.edit_settings)
        self._show_setup()

    def _show_setup(self) -> None:
        """Say how the message will go: through the server, or as a draft for the mail program."""
        start = self.start
        ready = start.settings is not None
        if ready:
            assert start.settings is not None
            text = self.tr("Pacta sends this message through {host}, from {sender}.").format(
                host=start.settings.host, sender=start.sender or start.settings.username)
            if start.settings.username and not start.keyring:
                text += " " + start.keyring_reason.get(self.ctx.lang, "")
        else:
            text = self.tr("Sending from Pacta is not set up yet. Pacta can prepare the message with its "
                           "attachments as a draft and open it in your mail program, or you can set up your "
                           "mail server now.")
            if start.settings_problem:
                text += " " + self.tr("(The saved settings could not be read: {detail})").format(
                    detail=start.settings_problem)
        self.notice.setText(text)
        self.send_button.setVisible(ready)
        # The draft for the mail program stays on offer: some prefer their own mail program.
        self.open_button.setVisible(True)
        self.send_button.setDefault(ready)
        self.open_button.setDefault(not ready)
        self.open_button.setObjectName("" if ready else "primary")
        self.open_button.style().unpolish(self.open_button)
        self.open_button.style().polish(self.open_button)

    # Reading the form

    def chosen(self) -> list[tuple[str, str]]:
        """The documents ticked, as (kind, format)."""
        return [key for key, check in self.attach.items() if check.isChecked()]

    def chosen_change(self) -> str | None:
        """The change order to attach (CO-2); None for the latest."""
        if self.change_choice is None:
            return None
        value = self.change_choice.currentData()
        return str(value) if value else None

    def _sender(self) -> str:
        start = self.start
        return start.sender or start.contract.provider.email or ""

    def _check_form(self) -> bool:
        """Addresses and subject can be used; otherwise say what is wrong and return False."""
        try:
            work.build_message(start=self.start, to=split_addresses(self.to.text()),
                               cc=split_addresses(self.cc.text()), subject=self.subject.text(),
                               body=self.body.toPlainText(), documents=[], sender=self._sender() or "x@x.invalid")
        except AddressError as exc:
            field = {"To": self.to, "Cc": self.cc}.get(exc.field)
            if exc.field == "From":
                self._say(self.tr("The sender address “{address}” is not valid; correct it in the mail server "
                                  "settings.").format(address=exc.address))
            else:
                self._say(exc.message(self.ctx.lang))
            if field is not None:
                field.setFocus()
            return False
        if not self._sender():
            self._say(self.tr("Pacta needs your own address to write the message from: add it to the mail "
                              "server settings or to your details in the contract."))
            return False
        self._say("")
        return True

    def _say(self, text: str, *, error: bool = True) -> None:
        self.error.setObjectName("issues" if error else "hint")
        self.error.style().unpolish(self.error)
        self.error.style().polish(self.error)
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _message_job(self) -> Any:
        """A function for a worker: render the ticked documents and compose the message."""
        repo, start, paper = self.ctx.repository(), self.start, self.paper
        wanted, sender, change = self.chosen(), self._sender(), self.chosen_change()
        to, cc = split_addresses(self.to.text()), split_addresses(self.cc.text())
        subject, body = self.subject.text(), self.body.toPlainText()

        return message_job(repo=repo, start=start, paper=paper, wanted=wanted, sender=sender, change=change,
                           to=to, cc=cc, subject=subject, body=body)

    # Sending

    def send(self, *, password: str | None = None, remember: bool = False) -> None:
        """Render, compose and send off the GUI thread; progress and Cancel in the dialog."""
        settings = self.start.settings
        if settings is None or self.sending or not self._check_form():
            return
        if settings.username and password is None and not self.start.keyring:
            password = self._ask_password(self.start.keyring_reason.get(self.ctx.lang, ""))
            if password is None:
                return
        repo, pid = self.ctx.repository(), self.start.project_id
        make = self._message_job()
        cancel = threading.Event()
        signals = self._progress

        def report(step: str) -> None:
            # The dialog may be gone (main window closed): the send goes on, unreported.
            with contextlib.suppress(RuntimeError):
                signals.step.emit(step)

        job = send_job(make=make, repo=repo, project_id=pid, settings=settings, password=password, remember=remember,
                       data_dir=self.ctx.data_dir, title=self.start.contract.title, version=self.start.version,
                       cancel=cancel, report=report)
        self.cancel_event = cancel
        self._set_sending(True)
        self.ctx.tasks.run(job, self._sent, self._send_failed, owner=self)

    def _ask_password(self, why: str) -> str | None:
        settings = self.start.settings
        assert settings is not None
        text = self.tr("Password for {user} on {host}:").format(user=settings.username, host=settings.host)
        if why:
            text = why + "\n\n" + text
        value, ok = QInputDialog.getText(self, self.tr("Mail password"), text, QLineEdit.EchoMode.Password)
        return value if ok and value else None

    def _set_sending(self, on: bool) -> None:
        self.sending = on
        choice = [self.change_choice] if self.change_choice is not None else []
        for widget in (self.to, self.cc, self.subject, self.body, self.send_button, self.draft_button,
                       self.open_button, self.settings_button, *self.attach.values(), *choice):
            widget.setEnabled(not on)
        self.close_button.setText(self.tr("Cancel") if on else self.tr("Close"))
        self.progress_frame.setVisible(on)
        if on:
            self._say("")
            self.progress.setValue(0)

    def _step(self, step: str) -> None:
        labels = {
            "preparing": self.tr("Preparing the documents…"),
            SendStep.CONNECTING.value: self.tr("Connecting to the server…"),
            SendStep.ENCRYPTING.value: self.tr("Securing the connection…"),
            SendStep.SIGNING_IN.value: self.tr("Signing in…"),
            SendStep.SENDING.value: self.tr("Sending the message…"),
            SendStep.DONE.value: self.tr("Sent."),
        }
        self.step_label.setText(labels.get(step, step))
        if step in STEPS:
            self.progress.setValue(STEPS.index(step))

    def _sent(self, result: tuple[dict[str, Any], list[work.DocumentFile]]) -> None:
        data, self.documents = result
        self._set_sending(False)
        self.result_data = data
        self.sent.emit(data)
        self.accept()

    def _send_failed(self, error: BaseException) -> None:
        self._set_sending(False)
        if isinstance(error, SendCancelled):
            self._say(self.tr("Sending was cancelled; nothing was sent."), error=False)
            return
        if isinstance(error, CancelledAfterSending):
            self.draft = error.draft
            self._say(self.tr("Sending was cancelled while the message was going out, so the server may have "
                              "received it: ask the client before sending it again. The message is kept as a "
                              "draft, with its attachments, in {path}").format(path=error.draft))
            return
        if isinstance(error, SendFailed) and error.error.code is SendErrorCode.PASSWORD_NEEDED:
            why = self.start.keyring_reason.get(self.ctx.lang, "") if not self.start.keyring else self.tr(
                "No password is saved for this server yet; Pacta keeps it in the system's password store once "
                "the server accepts it.")
            password = self._ask_password(why)
            if password is not None:
                self.send(password=password, remember=self.start.keyring)
            return
        if isinstance(error, SendFailed):
            text = error.error.message(self.ctx.lang, draft_note=error.draft is None)
            if error.draft is not None:
                self.draft = error.draft
                text += "\n\n" + self.tr("The message was not sent; it is kept as a draft, with its attachments, "
                                         "in {path}").format(path=error.draft)
            self._say(text)
            return
        if isinstance(error, work.NotRecorded):
            self.result_data = error.data
            self._say(self.tr("The message was sent, but it could not be recorded in the project's history: "
                              "{detail}").format(detail=error_detail(error.error, self.ctx.lang)))
            return
        self._say(self.tr("The message could not be sent: {detail}").format(detail=error_detail(error, self.ctx.lang)))

    def _close_or_cancel(self) -> None:
        if self.sending:
            self.cancel()
        else:
            self.reject()

    def cancel(self) -> None:
        """Stop the send under way (the connection is closed; nothing more goes out)."""
        if self.cancel_event is not None:
            self.cancel_event.set()
            self.step_label.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        if self.sending:
            self.cancel()
            return
        super().reject()

    # Drafts

    def save_draft(self) -> None:
        """Write the message with its attachments as an `.eml` file the user chooses."""
        if not self._check_form():
            return
        suggested = str(Path.home() / work.draft_name(self.start.contract.title, self.start.version))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the message as a draft"), suggested,
                                              self.tr("Email messages (*.eml)"))
        if not name:
            return
        path = Path(name if name.lower().endswith(".eml") else name + ".eml")
        make = self._message_job()

        def job() -> tuple[Path, list[str]]:
            message, documents = make()
            return work.save_draft(message=message, path=path), work.warnings_of(documents)

        self._run_draft(job, opened=False)

    def open_in_mail_program(self) -> None:
        """Keep the message as a draft in the outbox and hand it to the system's mail program."""
        if not self._check_form():
            return
        make = self._message_job()
        data_dir = self.ctx.data_dir
        title, version = self.start.contract.title, self.start.version

        def job() -> tuple[Path, list[str]]:
            message, documents = make()
            path = work.keep_in_outbox(message=message, data_dir=data_dir, title=title, version=version)
            return path, work.warnings_of(documents)

        self._run_draft(job, opened=True)

    def _run_draft(self, job: Any, *, opened: bool) -> None:
        self._set_sending(True)
        self.close_button.setEnabled(False)
        self._step("preparing")

        def done(result: tuple[Path, list[str]]) -> None:
            path, warnings = result
            self._set_sending(False)
            self.close_button.setEnabled(True)
            self.draft = path
            note = self._warnings_note(warnings)
            if not opened:
                self._say(self.tr("Draft saved in {path}").format(path=path) + note, error=bool(note))
                return
            from delivery.drafts import open_with_mail_program

            try:
                open_with_mail_program(path)
            except OSError as exc:
                from gui.core.errors import os_error_text

                self._say(self.tr("The draft is saved in {path}, but no mail program could open it ({detail}). "
                                  "Open the file with your mail program.").format(
                                      path=path, detail=os_error_text(exc, self.ctx.lang)) + note)
                return
            self._say(self.tr("The draft is saved in {path} and opens in your mail program.").format(path=path)
                      + note, error=bool(note))

        def failed(error: BaseException) -> None:
            self._set_sending(False)
            self.close_button.setEnabled(True)
            self._say(self.tr("The draft could not be written: {detail}").format(detail=error_detail(error, self.ctx.lang)))

        self.ctx.tasks.run(job, done, failed, owner=self)

    def _warnings_note(self, warnings: list[str]) -> str:
        if not warnings:
            return ""
        return "\n\n" + self.tr("Pacta had to change some text to write the documents:") + "\n" + "\n".join(
            f"• {line}" for line in warnings)

    # Settings

    def edit_settings(self) -> None:
        """Open the mail server settings; the dialog then uses what was saved."""
        from gui.sending.settings import MailSettingsDialog

        dialog = MailSettingsDialog(self.ctx, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.reload_settings()

    def reload_settings(self) -> None:
        """Read the saved settings again (after they were edited)."""
        import dataclasses

        from delivery.config import SettingsFileError, load_smtp

        try:
            loaded = load_smtp()
            problem = ""
        except SettingsFileError as exc:
            loaded, problem = None, exc.detail
        self.start = dataclasses.replace(self.start, settings=loaded[0] if loaded else None,
                                         sender=loaded[1] if loaded else "", settings_problem=problem)
        self._show_setup()
