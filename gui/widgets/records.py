"""Small pieces the Journal, Rounds and Signed copies tabs share: dates, kinds, keys."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QWidget,
)

from gui.core.defs import TEXT_BOX_LINES
from gui.core.resources import ACCENT

#: Journal kinds in the order they are offered, with the colour of their marker.
KIND_COLOURS = {
    "question": "#2f6fb3",
    "feedback": "#2f6f5e",
    "decision": "#6a4fa3",
    "incident": "#b3261e",
    "letter": "#8a6d1f",  # a letter to the client, written by gui/letters or `pacta letter` (not offered)
}
MUTED = "#8a8a84"
WARN = "#9a5b00"
GOOD = "#2f6f5e"
BAD = "#b3261e"


def kind_label(kind: str) -> str:
    """A journal kind in the UI language."""
    labels = {
        "question": QCoreApplication.translate("Journal", "Question"),
        "feedback": QCoreApplication.translate("Journal", "Feedback"),
        "decision": QCoreApplication.translate("Journal", "Decision"),
        "incident": QCoreApplication.translate("Journal", "Incident"),
        "letter": QCoreApplication.translate("Journal", "Letter"),
    }
    return labels.get(kind, kind)


def dot(colour: str, size: int = 12) -> QIcon:
    """A filled circle: the marker of a journal kind or a check result."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def kind_icon(kind: str) -> QIcon:
    """The coloured marker of a journal kind."""
    return dot(KIND_COLOURS.get(kind, MUTED))


def show_date(day: dt.date) -> str:
    """A date as `22 Nov 2026` / `22 nov 2026`, in the UI locale."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def parse_date(text: str) -> dt.date | None:
    """A typed YYYY-MM-DD date, or None."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


#: Selection in the accent colour, as in the project list.
TREE_STYLE = (f"QTreeView {{ background: white; alternate-background-color: #f4f6f5; "
              f"selection-background-color: {ACCENT}; selection-color: white; }} "
              "QTreeView::item { padding: 2px 2px; }")


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as the wrapped text of one column needs, recomputed when the column is resized."""

    def __init__(self, view: QTreeWidget, column: int) -> None:
        super().__init__(view)
        self.view = view
        self.column = column
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(lambda index, _old, _new: index == column and self._relayout.start())
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setItemDelegate(self)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        # Markers beside the first line of a wrapped row, not in the middle of it.
        option.decorationAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != self.column:
            return size
        width = self.view.header().sectionSize(self.column) - 12
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if width <= 40 or not text:
            return size
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else option.font)
        bounds = metrics.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(size.width(), max(size.height(), bounds.height() + 10))


class SubmitText(QPlainTextEdit):
    """A text box where Ctrl+Enter submits (plain Enter starts a new line)."""

    submitted = Signal()

    def __init__(self, lines: int = TEXT_BOX_LINES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * lines + 14)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SubmitLine(QLineEdit):
    """A line where Enter or Ctrl+Enter submits."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.returnPressed.connect(self.submitted)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)
