"""Questions with buttons whose words (and Alt+letter keys) say what each one does.

`ask` builds a QMessageBox whose standard buttons carry Pacta's own texts with
mnemonics, and shows it through `show`, which tests replace to answer at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from gui.widgets.mnemonics import assign, controls

Button = QMessageBox.StandardButton


def build(parent: QWidget | None, title: str, text: str, buttons: dict[Button, str],
          default: Button) -> QMessageBox:
    """A question box: each standard button of `buttons` labelled with its text, mnemonics without clashes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    for which, label in buttons.items():
        box.addButton(which)
        button = box.button(which)
        if button is not None:
            button.setText(label)
    box.setDefaultButton(default)
    if Button.Cancel in buttons:
        box.setEscapeButton(Button.Cancel)
    assign(controls(box))
    return box


def show(box: QMessageBox) -> Button:
    """Show a question and return the button chosen (tests answer here instead)."""
    box.exec()
    clicked = box.clickedButton()
    return box.standardButton(clicked) if clicked is not None else Button.Cancel


def ask(parent: QWidget | None, title: str, text: str, buttons: dict[Button, str], default: Button) -> Button:
    """Ask, and return the standard button that stands for the answer."""
    return show(build(parent, title, text, buttons, default))
