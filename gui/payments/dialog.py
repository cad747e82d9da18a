"""Mark as paid: which payment, the day the money arrived, and how much (all that is owed by default)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.amounts import AmountField
from gui.widgets.fields import DateField, mark

if TYPE_CHECKING:
    from gui.widgets.payments import Row


@dataclass(frozen=True)
class Payment:
    """What the dialog collected."""

    what: str
    on: dt.date
    amount: Decimal


class MarkPaidDialog(QDialog):
    """Records money received against one scheduled payment."""

    def __init__(self, rows: list[Row], currency: str, chosen: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as paid"))
        self.setMinimumWidth(460)
        self.rows = {r.key: r for r in rows}
        intro = QLabel(self.tr("The amount is what the client paid: the base plus the taxes added, less any "
                               "withholding. It is kept in the project's records; the contract does not change."),
                       self)
        intro.setWordWrap(True)
        self.what = QComboBox(self)
        for row in rows:
            self.what.addItem(self.tr("{label} ({due}): {outstanding} owed").format(
                label=row.label, due=row.due, outstanding=row.outstanding), row.key)
        if chosen is not None and self.what.findData(chosen) >= 0:
            self.what.setCurrentIndex(self.what.findData(chosen))
        self.date = DateField(self)
        self.date.setValue(dt.date.today().isoformat())
        self.amount = AmountField(parent=self)
        self.amount.currency = currency
        self.what.currentIndexChanged.connect(self._chosen)
        self._chosen()
        form = QFormLayout()
        form.addRow(self.tr("Payment:"), self.what)
        form.addRow(self.tr("Received on:"), self.date)
        form.addRow(self.tr("Amount received:"), self.amount)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record the payment"))
        ok.setObjectName("primary")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.date.edited.connect(lambda: mark(self.date, None))
        self.amount.edited.connect(lambda: mark(self.amount, None))
        self.result_payment: Payment | None = None

    def _chosen(self) -> None:
        row = self.rows.get(str(self.what.currentData()))
        self.amount.setValue(format(row.owed, "f") if row is not None and row.owed > 0 else "")

    def accept(self) -> None:
        """Keep what was typed once it reads; otherwise say on the field what is wrong."""
        from domain.validation import ContractError

        ok = True
        try:
            day = dt.date.fromisoformat(self.date.value())
        except ValueError:
            day = None
        if day is None:
            mark(self.date, self.tr("Type the day the money arrived, or pick it from the calendar."))
            ok = False
        elif day > dt.date.today():
            mark(self.date, self.tr("The date cannot be later than today: record a payment once it has arrived."))
            ok = False
        amount: Decimal | None = None
        label = self.tr("Amount received")
        try:
            amount = self.amount.amount()
        except ContractError:
            mark(self.amount, self.amount.problem(label))
            ok = False
        else:
            row = self.rows.get(str(self.what.currentData()))
            if amount is None or amount <= 0:
                mark(self.amount, self.tr("Type the amount received, more than zero."))
                ok = False
            elif row is not None and amount > row.owed:
                mark(self.amount, self.tr("That is more than the {owed} still owed for this payment.").format(
                    owed=row.outstanding))
                ok = False
        if not ok or day is None or amount is None:
            return
        self.result_payment = Payment(str(self.what.currentData()), day, amount)
        super().accept()

    @classmethod
    def ask(cls, rows: list[Row], currency: str, chosen: str | None = None,
            parent: QWidget | None = None) -> Payment | None:
        """Show the dialog; the payment entered, or None when cancelled."""
        dialog = cls(rows, currency, chosen, parent)
        try:
            return dialog.result_payment if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
