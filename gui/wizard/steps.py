"""The list of the wizard's steps beside its pages: where you are, what is done, what is not.

Each step shows its number and title, and a mark: done (nothing wrong with its part of the
contract), has problems (once the step was visited), or nothing yet. Clicking a step, or
Ctrl+PgUp / Ctrl+PgDn anywhere in the wizard, moves to it without checking the pages in
between; their problems then show in this list until they are put right.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.resources import Icons, icon


class StepState(Enum):
    """What a step's mark says."""

    NOT_YET = "not_yet"
    DONE = "done"
    PROBLEMS = "problems"


def state_words(state: StepState) -> str:
    """The state in words, for the tooltip and for screen readers."""
    if state is StepState.DONE:
        return QCoreApplication.translate("StepList", "complete")
    if state is StepState.PROBLEMS:
        return QCoreApplication.translate("StepList", "has problems")
    return QCoreApplication.translate("StepList", "not visited yet")


def state_icon(state: StepState) -> QIcon:
    """A tick for a complete step, a warning sign for one with problems, nothing before a visit."""
    if state is StepState.DONE:
        return icon(Icons.DONE)
    if state is StepState.PROBLEMS:
        return icon(Icons.WARNING)
    return QIcon()


class StepList(QWidget):
    """The eight steps, the current one selected and bold; `chosen(index)` when the user picks one."""

    chosen = Signal(int)

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.titles = titles
        self.states = [StepState.NOT_YET] * len(titles)
        self.list = QListWidget(self)
        self.list.setObjectName("steps")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Steps"))
        self.caption = QLabel(self.tr("Steps"), self)
        self.caption.setObjectName("sectionTitle")
        self.caption.setBuddy(self.list)
        for number, title in enumerate(titles, 1):
            QListWidgetItem(self.tr("{number}. {title}").format(number=number, title=title), self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.list, 1)
        self.setMinimumWidth(190)
        self.setMaximumWidth(240)
        self._current = -1
        # A click, Return or Space on a step moves there; the arrow keys only look along the list.
        self.list.itemClicked.connect(lambda item: self.chosen.emit(self.list.row(item)))
        self.list.installEventFilter(self)
        self._paint()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Return, keypad Enter and Space in the list go to the step (and never press the wizard's Next)."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if self.list.currentRow() >= 0:
                self.chosen.emit(self.list.currentRow())
            return True
        return super().eventFilter(watched, event)

    def set_current(self, index: int) -> None:
        """Mark the page shown now."""
        self._current = index
        self.list.blockSignals(True)
        self.list.setCurrentRow(index)
        self.list.blockSignals(False)
        self._paint()

    def set_states(self, states: list[StepState]) -> None:
        """Show each step's state."""
        if states != self.states:
            self.states = list(states)
            self._paint()

    def state(self, index: int) -> StepState:
        """The state shown for a step."""
        return self.states[index]

    def _paint(self) -> None:
        for index, (title, state) in enumerate(zip(self.titles, self.states, strict=True)):
            item = self.list.item(index)
            item.setIcon(state_icon(state))
            font = QFont(item.font())
            font.setBold(index == self._current)
            item.setFont(font)
            words = state_words(state)
            item.setToolTip(words)
            current = self.tr(", current step") if index == self._current else ""
            # What a screen reader says: "3. Deliverables: has problems, current step".
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{index + 1}. {title}: {words}{current}")
