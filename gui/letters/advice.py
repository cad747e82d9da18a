"""One screen of advice before a letter goes: restate the concern, wait, weigh what walking away costs.

It ends with a choice: send tomorrow at 9:00 (the default: the letter waits in the outbox
and can be cancelled until then), send now, or go back to the letter.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from delivery.letter_outbox import LetterJob, tomorrow_morning
from delivery.letters import client_address
from gui.letters import work
from gui.letters.work import Written


class AdviceDialog(QDialog):
    """Before sending: the advice, the recipient, and when it goes."""

    def __init__(self, written: Written, job: LetterJob, now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.written = written
        self.job = job
        self.later = True
        self.setWindowTitle(self.tr("Before you send it"))
        letter = written.letter

        concern = QGroupBox(self.tr("1. Restate their concern"), self)
        if job.request.strip():
            said = self.tr("The letter opens with the client's concern in your words: “{request}”. "
                           "Read it as the client would: is that what they meant?").format(request=job.request)
        else:
            said = self.tr("The letter does not restate the client's concern. If it answers a message, go back "
                           "and write their concern in your own words: people listen once they feel heard.")
        self._text(concern, said)

        wait = QGroupBox(self.tr("2. Wait"), self)
        due = tomorrow_morning(now)
        self._text(wait, self.tr(
            "A letter written on a bad day reads differently the next morning. Unless it cannot wait, let it go "
            "tomorrow at 9:00 ({day}): it stays in the outbox until then, and you can still cancel it. Keep the "
            "tone of the contract, not the tone of the argument.").format(day=due.strftime("%Y-%m-%d")))

        cost = QGroupBox(self.tr("3. What walking away costs"), self)
        self.owed = QLabel(self.tr("Still owed on this contract: {amount}.").format(
            amount=work.money_text(written.outstanding, letter)), cost)
        self.hours = QSpinBox(cost)
        self.hours.setRange(0, 999)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.valueChanged.connect(self._cost)
        self.cost = QLabel(cost)
        self.cost.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Hours this dispute has taken you so far:"), cost))
        row.addWidget(self.hours)
        row.addStretch(1)
        layout = QVBoxLayout(cost)
        layout.addWidget(self.owed)
        layout.addLayout(row)
        layout.addWidget(self.cost)
        self._cost()

        self.to = QLineEdit(", ".join(job.to or client_address(letter.contract)), self)
        self.attach = QCheckBox(self.tr("Attach the letter as a PDF"), self)
        self.attach.setChecked(job.attach_pdf)
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.to)
        form.addRow("", self.attach)

        self.later_button = QPushButton(self.tr("Send tomorrow at 9:00"), self)
        self.later_button.setObjectName("primary")
        self.later_button.setDefault(True)
        self.later_button.clicked.connect(lambda: self._choose(later=True))
        self.now_button = QPushButton(self.tr("Send now"), self)
        self.now_button.clicked.connect(lambda: self._choose(later=False))
        back = QPushButton(self.tr("Go back to the letter"), self)
        back.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.now_button)
        buttons.addWidget(self.later_button)

        main = QVBoxLayout(self)
        for box in (concern, wait, cost):
            main.addWidget(box)
        main.addLayout(form)
        main.addLayout(buttons)
        self.resize(640, self.sizeHint().height())

    def _text(self, box: QGroupBox, text: str) -> None:
        label = QLabel(text, box)
        label.setWordWrap(True)
        QVBoxLayout(box).addWidget(label)

    def _cost(self) -> None:
        rate = self.written.hourly_rate
        letter = self.written.letter
        if rate is None:
            self.cost.setText(self.tr("The contract sets no hourly rate to put a price on that time."))
            return
        spent = Decimal(self.hours.value()) * rate
        self.cost.setText(self.tr("At the contract's rate of {rate} an hour, that time is worth {cost}, beside the "
                                  "{owed} at stake.").format(rate=work.money_text(rate, letter),
                                                              cost=work.money_text(spent, letter),
                                                              owed=work.money_text(self.written.outstanding, letter)))

    def _choose(self, *, later: bool) -> None:
        from email.utils import getaddresses

        self.later = later
        pairs = getaddresses([self.to.text().replace(";", ",")])
        self.job.to = [f"{name} <{addr}>" if name else addr for name, addr in pairs if addr]
        self.job.attach_pdf = self.attach.isChecked()
        self.accept()
