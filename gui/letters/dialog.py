"""“Write to the client…”: the letter beside the facts it quotes, editable, kept as a draft.

The letter is written off the GUI thread from the version in force and the project's
records; the facts panel says, for each figure, which clause it quotes (number, heading
and words), from which version and which records. The text stays editable; “Save draft”
keeps it, “Send…” shows the advice screen first (advice.py).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from delivery.letter_outbox import LetterJob
from delivery.letters import Request
from domain.letters import Kind, LetterError
from domain.limits import REASON_CHARS, text_problem
from domain.messages import render
from gui.letters import work
from gui.widgets.amounts import AmountField, ui_lang
from gui.widgets.fields import DateField, NumberField, TextField, mark
from gui.widgets.records import parse_date, show_date

if TYPE_CHECKING:
    from gui.letters.base import LettersFeature


def kind_names() -> dict[str, str]:
    """Each kind of letter in the UI language."""
    return {
        Kind.PAYMENT_REMINDER.value: QCoreApplication.translate("LetterDialog", "An overdue payment"),
        Kind.OUT_OF_SCOPE.value: QCoreApplication.translate("LetterDialog", "A request outside the scope"),
        Kind.URGENT_REQUEST.value: QCoreApplication.translate("LetterDialog", "An urgent request"),
        Kind.EXTRA_ROUND.value: QCoreApplication.translate("LetterDialog", "Another round of revisions"),
        Kind.LATE_INPUT.value: QCoreApplication.translate("LetterDialog", "Material the client has not sent"),
        Kind.TERMINATION.value: QCoreApplication.translate("LetterDialog", "Ending the contract"),
    }


class LetterDialog(QDialog):
    """The letter, the facts it quotes, and what to do with it."""

    def __init__(self, feature: LettersFeature, project_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feature = feature
        self.ctx = feature.ctx
        self.project_id = project_id
        self.written: work.Written | None = None
        self.setWindowTitle(self.tr("Write to the client"))
        self.resize(1100, 720)
        self._build()
        self.write()

    # Building

    def _build(self) -> None:
        self.kind = QComboBox(self)
        for value, name in kind_names().items():
            self.kind.addItem(name, value)
        self.date = DateField(self)
        self.date.setValue(self.feature.clock().date().isoformat())
        self.deliverable = QComboBox(self)
        self.deliverable.addItem(self.tr("(none)"), "")
        detail = self.feature.detail
        if detail is not None:
            for d in detail.version.contract.deliverables:
                self.deliverable.addItem(self.tr("{id} · {title}").format(id=d.id, title=d.title), d.id)
        self.hours = AmountField(parent=self)
        self.hours.setToolTip(self.tr("Hours the request would take, priced at the contract's hourly rate"))
        self.price = AmountField(parent=self)
        self.price.setToolTip(self.tr("A price for the request instead of hours"))
        self.days = NumberField(whole=True, parent=self)
        self.days.setToolTip(self.tr("Days the requested work would move the remaining deliveries by"))
        self.by_client = QCheckBox(self.tr("The client is ending the contract (the kill fee applies)"), self)
        self.message = TextField(3, self)
        self.message.setPlaceholderText(self.tr("Paste the client's message here, to keep it beside your answer"))
        self.request = QLineEdit(self)
        self.request.setPlaceholderText(self.tr(
            "What the client is asking or worried about, in your own words: the letter opens by restating it"))
        self.write_button = QPushButton(self.tr("Write the letter"), self)
        self.write_button.clicked.connect(self.write)

        form = QFormLayout()
        top = QHBoxLayout()
        top.addWidget(self.kind, 1)
        top.addWidget(QLabel(self.tr("Date of the letter:"), self))
        top.addWidget(self.date)
        form.addRow(self.tr("About:"), top)
        figures = QHBoxLayout()
        for label, widget in ((self.tr("Deliverable:"), self.deliverable), (self.tr("Hours:"), self.hours),
                              (self.tr("or price:"), self.price), (self.tr("Days:"), self.days)):
            figures.addWidget(QLabel(label, self))
            figures.addWidget(widget)
        figures.addStretch(1)
        form.addRow(self.tr("Figures:"), figures)
        form.addRow("", self.by_client)
        form.addRow(self.tr("Client's message:"), self.message)
        concern = QHBoxLayout()
        concern.addWidget(self.request, 1)
        concern.addWidget(self.write_button)
        form.addRow(self.tr("Their concern:"), concern)

        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("letter")
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.facts = QTextBrowser(self)
        self.facts.setOpenLinks(False)
        self.source = QLabel(self)
        self.source.setObjectName("hint")
        self.source.setWordWrap(True)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("What the letter quotes"), side))
        side_layout.addWidget(self.facts, 1)
        side_layout.addWidget(self.source)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.editor)
        split.addWidget(side)
        split.setSizes([620, 460])

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.draft_button = QPushButton(self.tr("Save draft"), self)
        self.draft_button.clicked.connect(self.save_draft)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.send_button = QPushButton(self.tr("Send…"), self)
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self.ask_send)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.draft_button, self.pdf_button, self.send_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.kind.currentIndexChanged.connect(self.write)
        self._set_ready(False)

    # Writing

    def request_of(self) -> Request | None:
        """What the form asks for, or None after marking the field that is wrong."""
        day = parse_date(self.date.value()) if self.date.value().strip() else self.feature.clock().date()
        mark(self.date, None if day is not None else (self.date.problem() or self.tr(
            "Type the date, or pick it from the calendar.")))
        values: dict[str, Any] = {}
        for name, field in (("hours", self.hours), ("price", self.price)):
            # Typed the UI language's way (1.234,56 / 1,234.56), read exactly or refused on the field.
            problem = field.problem()
            values[name] = None if problem else field.amount()
            if problem is None and values[name] is not None and values[name] <= 0:
                problem = self.tr("Type a number greater than zero")
            mark(field, problem)
            if problem:
                return None
        request = self.request.text().strip()
        bad = text_problem(request, multiline=False, limit=REASON_CHARS)
        if bad is not None:
            code, params = bad
            mark(self.request, render(code, ui_lang(), field=self.tr("Client's concern"), **params))
            return None
        mark(self.request, None)
        if day is None:
            return None
        return Request(kind=Kind(self.kind.currentData()), date=day, request=request,
                       deliverable=self.deliverable.currentData() or None, hours=values["hours"],
                       price=values["price"], extra_days=int(self.days.value()) if self.days.value() else None,
                       by_client=self.by_client.isChecked())

    def write(self) -> None:
        """Write the letter again from the form (off the GUI thread)."""
        request = self.request_of()
        repo = self.ctx.repo
        if request is None or repo is None:
            return
        self._set_ready(False)
        self.status.setText(self.tr("Writing the letter…"))
        pid = self.project_id
        self.ctx.tasks.run(lambda: work.write(repo=repo, project_id=pid, request=request), self._written,
                           self._refused, owner=self)

    def _written(self, written: work.Written) -> None:
        self.written = written
        letter = written.letter
        draft = written.draft
        same = draft is not None and draft.date == letter.letter.facts.date.isoformat()
        if draft is not None and same and draft.text.strip():
            self.editor.setPlainText(draft.text)
            self.status.setText(self.tr("Your draft of this letter, saved earlier."))
        else:
            self.editor.setPlainText(letter.letter.text)
            self.status.setText("")
        if draft is not None and not self.message.value():
            self.message.setValue(draft.client_message)
        self._show_facts(written)
        self._set_ready(True)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, LetterError) and self.feature.detail is not None:
            self.written = None
            self.editor.setPlainText("")
            self.facts.clear()
            self.status.setText(error.message(self.feature.detail.version.contract.language.value))
            return
        self.feature.window.show_error(error)

    def _show_facts(self, written: work.Written) -> None:
        letter = written.letter
        parts = []
        for fact in letter.letter.quoted:
            head = f"<b>{escape(fact.label)}</b>" + (f": {escape(fact.value)}" if fact.value else "")
            where = escape(fact.source)
            if fact.clause is not None:
                clause = self.tr("Clause {number} · {heading}").format(number=fact.clause, heading=fact.heading)
                where = f"{escape(clause)} — {where}"
            words = f"<br><i>{escape(fact.words)}</i>" if fact.words else ""
            parts.append(f"<p>{head}<br><span style='color:#5f6b66'>{where}</span>{words}</p>")
        self.facts.setHtml("".join(parts))
        self.source.setText(self.tr(
            "Figures from version {version} (in force) and the project's records, worked out to {date}.").format(
            version=letter.record.number, date=show_date(letter.letter.facts.date)))

    def _set_ready(self, ready: bool) -> None:
        for button in (self.draft_button, self.pdf_button, self.send_button):
            button.setEnabled(ready)

    # What to do with it

    def job(self) -> LetterJob | None:
        """The letter as it stands in the editor, with what it was written from."""
        if self.written is None:
            return None
        letter = self.written.letter
        facts = letter.letter.facts
        request = self.request_of()
        return LetterJob(
            project_id=self.project_id, kind=facts.kind.value, date=facts.date.isoformat(),
            text=self.editor.toPlainText(), subject=letter.letter.subject, request=facts.request,
            client_message=self.message.value(), deliverable=request.deliverable if request else None,
            hours=str(request.hours) if request and request.hours else None,
            price=str(request.price) if request and request.price else None,
            extra_days=request.extra_days if request else None, by_client=bool(request and request.by_client),
            to=[], attach_pdf=True,
        )

    def save_draft(self) -> None:
        """Keep the letter as it stands as a draft."""
        job = self.job()
        if job is None:
            return
        data_dir = self.ctx.data_dir
        self.ctx.tasks.run(lambda: work.save_draft(data_dir=data_dir, job=job),
                           lambda _path: self.status.setText(self.tr("Draft saved.")),
                           self.feature.window.show_error, serial=True, owner=self)

    def save_pdf(self) -> None:
        """Write the letter as a PDF the user chooses; it is kept in the journal."""
        job = self.job()
        repo = self.ctx.repo
        if job is None or repo is None or self.written is None:
            return
        name = self.written.letter.file_name("pdf")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter as PDF"), name,
                                                self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return
        from pathlib import Path

        self.ctx.tasks.run(lambda: work.export(repo=repo, job=job, fmt="pdf", path=Path(chosen)),
                           lambda path: self._kept(self.tr("Saved to {path} and kept in the journal.").format(
                               path=path)),
                           self.feature.window.show_error, serial=True, owner=self)

    def _kept(self, text: str) -> None:
        self.status.setText(text)
        self.feature.project_written()

    def ask_send(self) -> None:
        """The advice screen, then send now or tomorrow at 9:00."""
        from gui.letters.advice import AdviceDialog

        job = self.job()
        if job is None or self.written is None:
            return
        advice = AdviceDialog(self.written, job, self.feature.clock(), self)
        self.feature.advice = advice
        if advice.exec() != QDialog.DialogCode.Accepted:
            return
        if advice.later:
            when = self.feature.schedule(job)
            self.status.setText(self.tr("In the outbox: it goes {when}. You can cancel it until then.").format(
                when=when))
        else:
            self.feature.send(job, done=lambda: self.status.setText(self.tr("Sent, and kept in the journal.")))

