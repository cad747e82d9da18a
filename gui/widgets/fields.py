"""Input widgets that all speak `value()`, `setValue(text)` and `edited`.

Money and percentages are typed as text and read as decimal strings (a comma is
taken as the decimal point), so no amount ever passes through a float.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFontMetrics, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from gui.core.defs import TEXT_BOX_LINES
from gui.core.resources import Icons, icon

DECIMAL_PATTERN = r"\d{0,12}([.,]\d{0,4})?"
WHOLE_PATTERN = r"\d{0,6}"


def mark(widget: QWidget, message: str | None) -> None:
    """Show (or clear) an error on a widget: a red frame by property, and a tooltip."""
    target = getattr(widget, "mark_target", lambda: widget)()
    invalid = message is not None
    if bool(target.property("invalid")) == invalid and target.toolTip() == (message or ""):
        return
    target.setProperty("invalid", invalid)
    target.setToolTip(message or "")
    target.style().unpolish(target)
    target.style().polish(target)


class LineField(QLineEdit):
    """One line of plain text."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self.edited)

    def value(self) -> str:
        """The text as typed."""
        return self.text()

    def setValue(self, value: object) -> None:
        """Show a value."""
        self.setText("" if value is None else str(value))


class NumberField(LineField):
    """A decimal number (money, percent) or a whole number, typed as text."""

    def __init__(self, *, whole: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pattern = WHOLE_PATTERN if whole else DECIMAL_PATTERN
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(140)

    def value(self) -> str:
        """The number as a decimal string with a point."""
        return self.text().strip().replace(",", ".")

    def setValue(self, value: object) -> None:
        """Show a number with the UI language's decimal separator (300,50 in Spanish)."""
        self.setText(local_decimal("" if value is None else str(value)))


def local_decimal(text: str) -> str:
    """A stored amount as the UI language writes it (1.234,56 in Spanish); text that is not one as it is."""
    from gui.widgets.amounts import shown

    return shown(text)


class TextField(QPlainTextEdit):
    """Several lines of plain text; Tab moves to the next field."""

    edited = Signal()

    def __init__(self, lines: int = TEXT_BOX_LINES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = QFontMetrics(self.font()).lineSpacing() * lines + 14
        self.setFixedHeight(height)
        self.textChanged.connect(self.edited)

    def value(self) -> str:
        """The text as typed."""
        return self.toPlainText()

    def setValue(self, value: object) -> None:
        """Show a value (a list is shown one item per line)."""
        if isinstance(value, list):
            value = "\n".join(str(v) for v in value)
        if value != self.toPlainText():
            self.setPlainText("" if value is None else str(value))


def lines_of(text: str) -> list[str]:
    """The non-empty lines of a text box, trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class ChoiceField(QComboBox):
    """A fixed choice; value() is the chosen item's data."""

    edited = Signal()

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value, label in choices:
            self.addItem(label, value)
        self.currentIndexChanged.connect(self.edited)

    def value(self) -> str:
        """The chosen value."""
        return str(self.currentData() or "")

    def setValue(self, value: object) -> None:
        """Choose the item whose data is `value`."""
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)


class CheckField(QCheckBox):
    """A yes-or-no term."""

    edited = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(self.edited)

    def value(self) -> bool:
        """Whether it is ticked."""
        return self.isChecked()

    def setValue(self, value: object) -> None:
        """Tick or untick."""
        self.setChecked(bool(value))


def set_choices(field: ChoiceField, choices: list[tuple[str, str]]) -> None:
    """Replace a choice field's items, keeping its value, without emitting `edited`."""
    current = field.value()
    field.blockSignals(True)
    try:
        field.clear()
        for value, label in choices:
            field.addItem(label, value)
        field.setValue(current)
    finally:
        field.blockSignals(False)


class CurrencyField(QComboBox):
    """An ISO 4217 code: the common ones offered, any other typed."""

    edited = Signal()
    COMMON = ("EUR", "USD", "MXN", "GBP", "ARS", "COP", "CLP", "PEN", "UYU", "CHF", "CAD")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.addItems(self.COMMON)
        self.setMaximumWidth(110)
        line = self.lineEdit()
        assert line is not None  # an editable combo box always has one
        line.setMaxLength(3)
        self.currentTextChanged.connect(self.edited)

    def value(self) -> str:
        """The code, upper case."""
        return self.currentText().strip().upper()

    def setValue(self, value: object) -> None:
        """Show a code."""
        self.setCurrentText(str(value or ""))

    def mark_target(self) -> QWidget:
        """The widget that shows an error."""
        return self.lineEdit() or self


class DateField(QWidget):
    """A date typed as 2026-11-30, or picked from a calendar."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.line.setMaximumWidth(120)
        self.line.textChanged.connect(self.edited)
        self.button = QToolButton(self)
        self.button.setIcon(icon(Icons.CALENDAR))
        self.button.setToolTip(self.tr("Pick a date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget(menu)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar.clicked.connect(lambda day: self._picked(day, menu))
        self.button.setMenu(menu)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)

    def _picked(self, day: QDate, menu: QMenu) -> None:
        self.line.setText(day.toString(Qt.DateFormat.ISODate))
        menu.close()

    def _prepare_calendar(self) -> None:
        try:
            day = dt.date.fromisoformat(self.value())
        except ValueError:
            day = dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def value(self) -> str:
        """The date as typed."""
        return self.line.text().strip()

    def setValue(self, value: object) -> None:
        """Show a date."""
        self.line.setText("" if value is None else str(value))

    def mark_target(self) -> QWidget:
        """The widget that shows an error."""
        return self.line


class DueField(QWidget):
    """When an installment is due: on a date, or on signing, delivery or acceptance."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = ChoiceField(self.choices(), self)
        self.date = DateField(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.date, 1)
        self.kind.edited.connect(self._kind_changed)
        self.date.edited.connect(self.edited)
        self._kind_changed()

    def choices(self) -> list[tuple[str, str]]:
        """The kinds of due, labelled in the UI language."""
        return [("on_signing", self.tr("On signing")), ("on_delivery", self.tr("On delivery")),
                ("on_acceptance", self.tr("On acceptance")), ("date", self.tr("On a date"))]

    def _kind_changed(self) -> None:
        self.date.setVisible(self.kind.value() == "date")
        self.edited.emit()

    def value(self) -> str:
        """A trigger name, or the date as typed."""
        kind = self.kind.value()
        return self.date.value() if kind == "date" else kind

    def setValue(self, value: object) -> None:
        """Show a trigger or a date."""
        text = str(value or "on_signing")
        if self.kind.findData(text) >= 0 and text != "date":
            self.kind.setValue(text)
        else:
            self.kind.setValue("date")
            self.date.setValue(text)

    def mark_target(self) -> QWidget:
        """The widget that shows an error."""
        return self.date.line if self.kind.value() == "date" else self.kind
