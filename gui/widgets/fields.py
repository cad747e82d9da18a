"""Input widgets that all speak `value()`, `setValue(text)` and `edited`.

Money and percentages are typed as text and read as decimal strings (a comma is
taken as the decimal point), so no amount ever passes through a float.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.defs import TEXT_BOX_LINES
from gui.core.resources import Icons, icon

DECIMAL_PATTERN = r"\d{0,12}([.,]\d{0,4})?"
WHOLE_PATTERN = r"\d{0,6}"


def mark(widget: QWidget, message: str | None) -> None:
    """Show (or clear) an error on a widget: a red frame by property, a warning sign inside a
    line of text (nothing around it moves), a tooltip, and the accessible description that a
    screen reader reads after the field's name."""
    target = getattr(widget, "mark_target", lambda: widget)()
    invalid = message is not None
    if bool(target.property("invalid")) == invalid and target.toolTip() == (message or ""):
        return
    target.setProperty("invalid", invalid)
    target.setToolTip(message or "")
    target.setAccessibleDescription(message or "")
    if isinstance(target, QLineEdit):
        sign = target.findChild(QAction, "errorSign")
        if sign is None and invalid:
            sign = target.addAction(icon(Icons.WARNING), QLineEdit.ActionPosition.TrailingPosition)
            sign.setObjectName("errorSign")
        if sign is not None:
            sign.setVisible(invalid)
            sign.setToolTip(message or "")
    target.style().unpolish(target)
    target.style().polish(target)


def name_input(widget: QWidget, label: str) -> None:
    """Give a field (and the parts of it that take the keyboard) the name a screen reader says."""
    name = label.replace("&", "").rstrip(":")
    widget.setAccessibleName(name)
    for part in ("line", "kind"):
        inner = getattr(widget, part, None)
        if isinstance(inner, QWidget):
            inner.setAccessibleName(name)
    date = getattr(widget, "date", None)
    if isinstance(date, QWidget) and hasattr(date, "line"):
        name_input(date, name)
    button = getattr(widget, "button", None)
    if isinstance(button, QToolButton):
        button.setAccessibleName(QCoreApplication.translate("DateField", "Pick a date: {field}").format(field=name))
    line = widget.lineEdit() if isinstance(widget, QComboBox) else None
    if line is not None:
        line.setAccessibleName(name)


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


def ui_lang() -> str:
    """es or en: the language the UI speaks (the default QLocale follows it)."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def local_date(text: str, lang: str | None = None) -> str:
    """An ISO date shown the way the UI language writes dates (15/01/2027, 1/15/2027); other text as it is."""
    from domain.dates import format_short

    try:
        return format_short(dt.date.fromisoformat(text.strip()), lang or ui_lang())
    except ValueError:
        return text


class CalendarPopup(QFrame):
    """A month to pick a day from: click, or the arrow keys and Return (or keypad Enter); Esc closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setAccessibleName(QCoreApplication.translate("DateField", "Calendar"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        # Return, keypad Enter and a double click: the calendar says "activated".
        self.calendar.activated.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.close()
        self.picked.emit(day)

    def open_at(self, anchor: QWidget, day: dt.date) -> None:
        """Show below `anchor` with `day` selected and the keyboard in the month."""
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.adjustSize()
        self.move(anchor.mapToGlobal(anchor.rect().bottomLeft()))
        self.show()
        self.calendar.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date typed the way the UI language writes it (15/01/2027 in Spanish, 1/15/2027 in
    English, 2027-01-15 in both), or picked from a calendar (the button, or Alt+Down).

    `value()` is the ISO date when the text is one, else the text as typed; `problem()`
    says what is wrong with text that is not a date, with an example in the future.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from domain.dates import input_hint

        self.lang = ui_lang()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(input_hint(self.lang))
        self.line.setMaximumWidth(120)
        self.line.textChanged.connect(self.edited)
        self.button = QToolButton(self)
        self.button.setIcon(icon(Icons.CALENDAR))
        shortcut = QKeySequence(Qt.KeyboardModifier.AltModifier | Qt.Key.Key_Down)
        self.button.setToolTip(self.tr("Pick a date ({shortcut})").format(
            shortcut=shortcut.toString(QKeySequence.SequenceFormat.NativeText)))
        self.button.setAccessibleName(self.tr("Pick a date"))
        self.popup = CalendarPopup(self)
        self.popup.picked.connect(self._picked)
        self.button.clicked.connect(self.open_calendar)
        opener = QAction(self.line)
        opener.setShortcuts([shortcut, QKeySequence(Qt.Key.Key_F4)])
        opener.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        opener.triggered.connect(self.open_calendar)
        self.line.addAction(opener)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        # A label's Alt+letter gives focus to its buddy only when the buddy itself accepts focus
        # (QLabel checks the buddy's policy, not its proxy's): without this, "Fec&ha" did nothing.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def open_calendar(self) -> None:
        """Show the calendar at the typed date (today when there is none)."""
        try:
            day = dt.date.fromisoformat(self.value())
        except ValueError:
            day = dt.date.today()
        self.popup.open_at(self.line, day)

    def _picked(self, day: QDate) -> None:
        self.line.setText(local_date(day.toString(Qt.DateFormat.ISODate), self.lang))
        self.line.setFocus()

    def value(self) -> str:
        """The ISO date when the text is a date, else the text as typed."""
        from domain.dates import DateInputError, parse_date

        text = self.line.text().strip()
        if not text:
            return ""
        try:
            return parse_date(text, self.lang).isoformat()
        except DateInputError:
            return text

    def problem(self, label: str | None = None) -> str | None:
        """Why the text is not a date (naming the field by `label`), or None."""
        from domain.dates import DateInputError, parse_date

        text = self.line.text().strip()
        if not text:
            return None
        try:
            parse_date(text, self.lang)
        except DateInputError as error:
            message = error.message(label)
            return message[:1].upper() + message[1:]
        return None

    def setValue(self, value: object) -> None:
        """Show a date the way the UI language writes it."""
        self.line.setText(local_date("" if value is None else str(value), self.lang))

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
        # Its label's Alt+letter lands on the choice of when (the first thing to decide).
        self.setFocusProxy(self.kind)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
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

    def problem(self, label: str | None = None) -> str | None:
        """Why the typed date is not one, when the installment is due on a date."""
        return self.date.problem(label) if self.kind.value() == "date" else None

    def mark_target(self) -> QWidget:
        """The widget that shows an error."""
        return self.date.line if self.kind.value() == "date" else self.kind
