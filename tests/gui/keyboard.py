"""A user with a keyboard and no mouse: every event goes to the widget that has the keyboard.

Nothing here calls a widget's methods to change it: fields are reached with Tab (or an
Alt+letter mnemonic), filled by typing, and buttons pressed with Space or their mnemonic.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from gui.widgets import mnemonics

Key = Qt.Key
NO = Qt.KeyboardModifier.NoModifier


class Keyboard:
    """Keys sent where the keyboard is, the way a window system delivers them."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot

    def focus(self) -> QWidget:
        """The widget that has the keyboard."""
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard"
        return widget

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
        """One key (with modifiers) where the keyboard is."""
        QTest.keyClick(self.focus(), key, modifiers)

    def type(self, text: str) -> None:
        """Type text character by character (a line break is Return)."""
        for char in text:
            if char == "\n":
                QTest.keyClick(self.focus(), Key.Key_Return)
            elif char.isascii() and char.isalnum():
                QTest.sendKeyEvent(QTest.KeyAction.Click, self.focus(), Qt.Key(ord(char.upper())), char, NO)
            else:
                QTest.sendKeyEvent(QTest.KeyAction.Click, self.focus(), Key.Key_unknown, char, NO)

    def replace(self, text: str) -> None:
        """Select what the field holds (Ctrl+A), delete it, type `text`."""
        self.press(Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.press(Key.Key_Delete)
        self.type(text)

    def alt(self, text_with_mnemonic: str) -> None:
        """Press Alt and the underlined letter of a label or button."""
        letter = mnemonics.mnemonic(text_with_mnemonic)
        assert letter, f"no mnemonic in {text_with_mnemonic!r}"
        QTest.sendKeyEvent(QTest.KeyAction.Click, self.focus(), Qt.Key(ord(letter.upper())), letter,
                           Qt.KeyboardModifier.AltModifier)

    def has(self, widget: QWidget) -> bool:
        """Whether `widget` (or the part of it that takes keys) has the keyboard."""
        focus = QApplication.focusWidget()
        return focus is not None and (focus is widget or focus is widget.focusProxy()
                                      or (isinstance(widget, QComboBox) and focus is widget.lineEdit()))

    def tab_to(self, widget: QWidget, limit: int = 80) -> None:
        """Press Tab until `widget` has the keyboard."""
        for _ in range(limit):
            if self.has(widget):
                return
            self.press(Key.Key_Tab)
        raise AssertionError(f"Tab never reached {widget!r} (stuck on {QApplication.focusWidget()!r})")

    def fill(self, widget: QWidget, text: str) -> None:
        """Tab to a field and type over what it holds."""
        self.tab_to(widget)
        self.replace(text)

    def choose(self, combo: QComboBox, data: str) -> None:
        """Tab to a choice and pick the item whose data is `data` with Home and Down."""
        index = combo.findData(data)
        assert index >= 0, data
        self.tab_to(combo)
        self.press(Key.Key_Home)
        for _ in range(index):
            self.press(Key.Key_Down)
        assert combo.currentIndex() == index

    def tick(self, box: Any, value: bool) -> None:
        """Tab to a check box and press Space if it is not as wanted."""
        self.tab_to(box)
        if box.isChecked() != value:
            self.press(Key.Key_Space)
        assert box.isChecked() == value

    def activate(self, button: QWidget) -> None:
        """Tab to a button and press Space."""
        self.tab_to(button)
        self.press(Key.Key_Space)
