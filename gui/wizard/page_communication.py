"""Page 6: revision rounds and the rules of communication."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from gui.widgets.amounts import AmountField
from gui.widgets.fields import LineField, NumberField, TextField, lines_of
from gui.wizard.page import ContractPage, put


class CommunicationPage(ContractPage):
    """Rounds included, extra round price, channels, hours, response time, urgency, feedback."""

    OWNS = ("revisions", "communication")

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Revisions and communication"))
        self.setSubTitle(self.tr("How many rounds of changes, and when and how you talk."))
        self.why.setText(self.tr(
            "Unlimited revisions, messages at night and everything urgent wear a project down. "
            "Limited rounds, agreed channels and hours, and a written definition of urgent, with its "
            "price, keep the work sustainable."))
        self.rounds = self.bind("revisions.rounds_included", NumberField(whole=True, parent=self),
                                self.tr("Revision rounds included"))
        self.extra = self.bind("revisions.extra_round_price", AmountField(parent=self),
                               self.tr("Price of each extra round"))
        self.channels = self.bind("communication.channels", TextField(parent=self),
                                  self.tr("Channels"))
        self.hours = self.bind("communication.working_hours", LineField(self), self.tr("Working hours"))
        self.response = self.bind("communication.response_time_hours", NumberField(whole=True, parent=self),
                                  self.tr("Response time (hours)"))
        self.urgent = self.bind("communication.urgent_definition", TextField(parent=self),
                                self.tr("What counts as urgent"))
        self.surcharge = self.bind("communication.urgent_surcharge_percent", AmountField(percent=True, parent=self),
                                   self.tr("Surcharge for urgent work (%)"))
        self.feedback = self.bind("communication.feedback_days", NumberField(whole=True, parent=self),
                                  self.tr("Days the client has to give feedback"))
        self.hours.setPlaceholderText(self.tr("e.g. Monday to Friday, 9:00 to 18:00"))
        revisions = QGroupBox(self.tr("Revisions"), self)
        form = QFormLayout(revisions)
        form.addRow(self.tr("Revision rounds included"), self.rounds)
        form.addRow(self.tr("Price of each extra round"), self.extra)
        self.body.addWidget(revisions)
        talk = QGroupBox(self.tr("Communication"), self)
        form = QFormLayout(talk)
        form.addRow(self.tr("Channels (one per line)"), self.channels)
        form.addRow(self.tr("Working hours"), self.hours)
        form.addRow(self.tr("Response time (hours)"), self.response)
        form.addRow(self.tr("What counts as urgent"), self.urgent)
        form.addRow(self.tr("Surcharge for urgent work (%)"), self.surcharge)
        form.addRow(self.tr("Days the client has to give feedback"), self.feedback)
        self.body.addWidget(talk)
        self.body.addStretch(1)

    def contribute(self, data: dict[str, Any]) -> None:
        """Write the revision and communication terms (sections left out when empty)."""
        revisions: dict[str, Any] = {}
        put(revisions, "rounds_included", self.rounds.value())
        put(revisions, "extra_round_price", self.extra.value())
        put(data, "revisions", revisions or None)
        talk: dict[str, Any] = {}
        put(talk, "channels", lines_of(self.channels.value()) or None)
        put(talk, "working_hours", self.hours.value())
        put(talk, "response_time_hours", self.response.value())
        put(talk, "urgent_definition", self.urgent.value())
        put(talk, "urgent_surcharge_percent", self.surcharge.value())
        put(talk, "feedback_days", self.feedback.value())
        put(data, "communication", talk or None)

    def load(self, data: dict[str, Any]) -> None:
        """Show the revision and communication terms."""
        revisions = data.get("revisions") or {}
        talk = data.get("communication") or {}
        self.rounds.setValue(revisions.get("rounds_included", ""))
        self.extra.setValue(revisions.get("extra_round_price", ""))
        self.channels.setValue(talk.get("channels", []))
        self.hours.setValue(talk.get("working_hours", ""))
        self.response.setValue(talk.get("response_time_hours", ""))
        self.urgent.setValue(talk.get("urgent_definition", ""))
        self.surcharge.setValue(talk.get("urgent_surcharge_percent", ""))
        self.feedback.setValue(talk.get("feedback_days", ""))
