"""The letters waiting in the outbox, each with when it goes and a way to cancel it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delivery.letter_outbox import LetterJob

if TYPE_CHECKING:
    from gui.letters.base import LettersFeature


class OutboxDialog(QDialog):
    """Letters scheduled to go: cancel one, or send it now."""

    def __init__(self, feature: LettersFeature, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feature = feature
        self.setWindowTitle(self.tr("Letters waiting to be sent"))
        self.list = QListWidget(self)
        self.empty = QLabel(self.tr("No letter is waiting to be sent."), self)
        self.empty.setObjectName("hint")
        self.cancel_button = QPushButton(self.tr("Cancel sending"), self)
        self.cancel_button.setToolTip(self.tr("Take the letter out of the outbox; it is not sent"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.now_button = QPushButton(self.tr("Send now"), self)
        self.now_button.clicked.connect(self.send_selected)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.now_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.resize(560, 300)
        feature.outboxChanged.connect(self.show_jobs)
        self.show_jobs(feature.jobs)

    def show_jobs(self, jobs: list[LetterJob]) -> None:
        """List the letters waiting."""
        self.list.clear()
        for job in jobs:
            item = QListWidgetItem(self.tr("{when} — {subject}").format(when=self.feature.when(job), subject=job.subject))
            item.setData(32, job.ident)
            self.list.addItem(item)
        if jobs:
            self.list.setCurrentRow(0)
        self.empty.setVisible(not jobs)
        for button in (self.cancel_button, self.now_button):
            button.setEnabled(bool(jobs))

    def _selected(self) -> LetterJob | None:
        item = self.list.currentItem()
        ident = item.data(32) if item is not None else None
        return next((j for j in self.feature.jobs if j.ident == ident), None)

    def cancel_selected(self) -> None:
        """Cancel the selected letter."""
        job = self._selected()
        if job is not None:
            self.feature.cancel(job)

    def send_selected(self) -> None:
        """Send the selected letter at once."""
        job = self._selected()
        if job is not None:
            self.feature.send(job)
