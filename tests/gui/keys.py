"""Typing and clicking like a user: real key and mouse events, non-ASCII text included."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QWidget


def target(widget: QWidget) -> QWidget:
    """The widget that takes the keys (the line inside a date field)."""
    return getattr(widget, "line", None) or widget


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type `text` with key events; keyClicks for ASCII runs, one event per other character."""
    widget = target(widget)
    widget.setFocus()
    run = ""
    for char in text:
        if char.isascii() and char != "\n":
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)
    if run:
        qtbot.keyClicks(widget, run)


def replace_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Select everything in a field (Ctrl+A), then type `text` over it."""
    widget = target(widget)
    if isinstance(widget, QComboBox) and widget.isEditable():
        widget = widget.lineEdit()
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    if text:
        type_text(qtbot, widget, text)


def choose(qtbot: Any, combo: QComboBox, data: str) -> None:
    """Pick the item whose data is `data` with the keyboard (Home, then Down)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def click(qtbot: Any, widget: QWidget) -> None:
    """A left click in the middle of a widget."""
    assert widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
