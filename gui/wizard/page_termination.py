"""Page 7: how changes are asked for, and how the contract can end."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from gui.core.defs import LONG_TEXT_LINES
from gui.widgets.amounts import AmountField
from gui.widgets.fields import CheckField, NumberField, TextField
from gui.wizard.page import ContractPage, put


class TerminationPage(ContractPage):
    """Change process and hourly rate; notice, work done, deposit, kill fee, ownership."""

    OWNS = ("changes", "termination")

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Changes and termination"))
        self.setSubTitle(self.tr("What happens when the client asks for more, or wants to stop."))
        self.why.setText(self.tr(
            "A new request is written, priced and signed before it is done. And if you have to let a "
            "client go, a termination clause lets you point to it and be paid for the work done."))
        self.process = self.bind("changes.process", TextField(LONG_TEXT_LINES, self), self.tr("How a change is agreed"))
        self.rate = self.bind("changes.hourly_rate", AmountField(parent=self), self.tr("Hourly rate for changes"))
        self.notice = self.bind("termination.notice_days", NumberField(whole=True, parent=self),
                                self.tr("Days of notice"))
        self.work_done = self.bind("termination.pay_for_work_done",
                                   CheckField(self.tr("Work done up to then is paid"), self),
                                   self.tr("Work done up to then is paid"))
        self.refundable = self.bind("termination.deposit_refundable",
                                    CheckField(self.tr("The deposit is refunded"), self),
                                    self.tr("The deposit is refunded"))
        self.kill_fee = self.bind("termination.kill_fee_percent", AmountField(percent=True, parent=self),
                                  self.tr("Cancellation fee (%)"))
        self.ownership = self.bind("termination.work_ownership", TextField(parent=self),
                                   self.tr("Who owns the work"))
        changes = QGroupBox(self.tr("Changes"), self)
        form = QFormLayout(changes)
        form.addRow(self.tr("How a change is agreed"), self.process)
        form.addRow(self.tr("Hourly rate for changes"), self.rate)
        self.body.addWidget(changes)
        ending = QGroupBox(self.tr("Ending the contract"), self)
        form = QFormLayout(ending)
        form.addRow(self.tr("Days of notice"), self.notice)
        form.addRow("", self.work_done)
        form.addRow("", self.refundable)
        form.addRow(self.tr("Cancellation fee (%)"), self.kill_fee)
        form.addRow(self.tr("Who owns the work"), self.ownership)
        self.body.addWidget(ending)
        self.body.addStretch(1)

    def contribute(self, data: dict[str, Any]) -> None:
        """Write the change and termination terms."""
        changes: dict[str, Any] = {}
        put(changes, "process", self.process.value())
        put(changes, "hourly_rate", self.rate.value())
        put(data, "changes", changes or None)
        ending: dict[str, Any] = {}
        put(ending, "notice_days", self.notice.value())
        put(ending, "kill_fee_percent", self.kill_fee.value())
        ending["pay_for_work_done"] = self.work_done.value()
        ending["deposit_refundable"] = self.refundable.value()
        put(ending, "work_ownership", self.ownership.value())
        data["termination"] = ending

    def load(self, data: dict[str, Any]) -> None:
        """Show the change and termination terms."""
        changes = data.get("changes") or {}
        ending = data.get("termination") or {}
        self.process.setValue(changes.get("process", ""))
        self.rate.setValue(changes.get("hourly_rate", ""))
        self.notice.setValue(ending.get("notice_days", ""))
        self.work_done.setValue(ending.get("pay_for_work_done", True))
        self.refundable.setValue(ending.get("deposit_refundable", False))
        self.kill_fee.setValue(ending.get("kill_fee_percent", ""))
        self.ownership.setValue(ending.get("work_ownership", ""))
