"""Small dialogs of a contract's life: a change request (why, who asked, when) and a dated decision."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.widgets import mnemonics
from gui.widgets.fields import DateField, mark


def _parse(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def _lay_out(dialog: QDialog, intro: QLabel, form: QFormLayout, action: str) -> QDialogButtonBox:
    """The introduction, the form and OK (named `action`) / Cancel, one under the other."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(action)
    ok.setObjectName("primary")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(buttons)
    # Alt+letter for every label and button, none twice (the labels lead to their fields).
    mnemonics.buddy_up(dialog)
    mnemonics.assign(mnemonics.controls(dialog))
    return buttons


@dataclass(frozen=True)
class Request:
    """What the change request dialog collected."""

    reason: str
    requested_by: str
    asked_on: dt.date
    #: Where the difference in price goes (domain.payments.Difference), when the dialog asked.
    difference: str | None = None


def difference_choices() -> list[tuple[str, str]]:
    """Where a change order's difference in price can go in the payments, in the UI language."""
    return [
        ("next-installment", QCoreApplication.translate("ChangeRequestDialog", "With the next payment not yet due")),
        ("on-signing", QCoreApplication.translate("ChangeRequestDialog", "On signing the change order")),
        ("spread", QCoreApplication.translate("ChangeRequestDialog", "Spread over every payment not yet due")),
    ]


class ChangeRequestDialog(QDialog):
    """Why the signed contract changes, who asked for it (client or provider) and on which day."""

    def __init__(self, intro: str, parent: QWidget | None = None, *, reason: str = "",
                 requested_by: str = "client", ask_difference: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change request"))
        self.setMinimumWidth(460)
        text = QLabel(intro, self)
        text.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("What the change is for, in a sentence the client will read"))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 14)
        self.reason.setPlainText(reason)
        self.client = QRadioButton(self.tr("The &client"), self)
        self.provider = QRadioButton(self.tr("&You (the provider)"), self)
        self.who = QButtonGroup(self)
        self.who.addButton(self.client)
        self.who.addButton(self.provider)
        (self.provider if requested_by == "provider" else self.client).setChecked(True)
        who = QHBoxLayout()
        who.addWidget(self.client)
        who.addWidget(self.provider)
        who.addStretch(1)
        self.date = DateField(self)
        self.date.setValue(dt.date.today().isoformat())
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Asked for by:"), who)
        form.addRow(self.tr("Asked on:"), self.date)
        #: Where the difference in price goes, asked once the contract is signed (None otherwise).
        self.difference: QComboBox | None = None
        if ask_difference:
            self.difference = QComboBox(self)
            for value, label in difference_choices():
                self.difference.addItem(label, value)
            self.difference.setToolTip(self.tr(
                "What was paid or due before the change stays as it was; this says when the client pays "
                "the difference in price (or when a lower price is taken off)."))
            form.addRow(self.tr("Difference in price:"), self.difference)
        self.buttons = _lay_out(self, text, form, self.tr("Record the change"))
        self.reason.textChanged.connect(lambda: mark(self.reason, None))
        self.date.edited.connect(lambda: mark(self.date, None))
        self.result_request: Request | None = None

    def accept(self) -> None:
        """Keep what was typed once it makes sense; otherwise mark what is missing."""
        reason = self.reason.toPlainText().strip()
        day = _parse(self.date.value())
        if day is None:
            mark(self.date, self.date.problem() or self.tr("Type the date, or pick it from the calendar."))
            self.date.setFocus()
        if not reason:
            mark(self.reason, self.tr("Say why the contract changes: the change order prints it."))
            self.reason.setFocus()
        if day is None or not reason:
            return
        difference = str(self.difference.currentData()) if self.difference is not None else None
        self.result_request = Request(reason, "provider" if self.provider.isChecked() else "client", day, difference)
        super().accept()

    @classmethod
    def ask(cls, intro: str, parent: QWidget | None = None, **kwargs: Any) -> Request | None:
        """Show the dialog; what was entered, or None when cancelled."""
        dialog = cls(intro, parent, **kwargs)
        try:
            return dialog.result_request if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


@dataclass(frozen=True)
class Decision:
    """What the dated decision dialog collected."""

    on: dt.date
    reason: str


class DecisionDialog(QDialog):
    """A date (default today) and, when asked for, a reason: for a status or a change order's fate."""

    def __init__(self, title: str, intro: str, action: str, parent: QWidget | None = None, *,
                 date_label: str = "", reason_label: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        text = QLabel(intro, self)
        text.setWordWrap(True)
        self.date = DateField(self)
        self.date.setValue(dt.date.today().isoformat())
        form = QFormLayout()
        form.addRow(date_label or self.tr("Date:"), self.date)
        self.reason: QPlainTextEdit | None = None
        if reason_label:
            self.reason = QPlainTextEdit(self)
            self.reason.setTabChangesFocus(True)
            self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 14)
            self.reason.textChanged.connect(lambda: mark(self.reason, None) if self.reason else None)
            form.addRow(reason_label, self.reason)
        self.buttons = _lay_out(self, text, form, action)
        self.date.edited.connect(lambda: mark(self.date, None))
        self.result_decision: Decision | None = None

    def accept(self) -> None:
        """Keep the date (and reason) once valid; otherwise mark what is wrong."""
        day = _parse(self.date.value())
        reason = self.reason.toPlainText().strip() if self.reason is not None else ""
        ok = True
        if day is None:
            mark(self.date, self.date.problem() or self.tr("Type the date, or pick it from the calendar."))
            self.date.setFocus()
            ok = False
        elif day > dt.date.today():
            mark(self.date, self.tr("The date cannot be later than today."))
            self.date.setFocus()
            ok = False
        if self.reason is not None and not reason:
            mark(self.reason, self.tr("Write the reason: it stays in the history."))
            self.reason.setFocus()
            ok = False
        if not ok or day is None:
            return
        self.result_decision = Decision(day, reason)
        super().accept()

    @classmethod
    def ask(cls, title: str, intro: str, action: str, parent: QWidget | None = None,
            **kwargs: str) -> Decision | None:
        """Show the dialog; the date (and reason) entered, or None when cancelled."""
        dialog = cls(title, intro, action, parent, **kwargs)
        try:
            return dialog.result_decision if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
