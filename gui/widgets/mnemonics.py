"""Keyboard mnemonics (Alt+letter) for every label and button of a window, without clashes.

Translated texts are not written with "&" by hand: `assign` picks, for each button and
each label that names a field (its buddy), a letter no other control of the same window
uses yet, preferring the first letter of a word. Letters already taken (Qt's own Back,
Next, Finish; a text that carries its own "&") are kept when they do not clash. The same
code works for Spanish and English, so "Añadir" never ends up on Alt+A beside "Atrás".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QGroupBox, QLabel, QLayoutItem, QWidget

_MARK = re.compile(r"&(?!&)(.)")


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" in `text` (lower case), or None."""
    match = _MARK.search(text.replace("&&", ""))
    return _plain(match.group(1)) if match else None


def _plain(char: str) -> str:
    """A character as a mnemonic key: an ASCII letter or digit, lower case; "" for any other
    ("ñ" or "á" are not keys everybody can press with Alt)."""
    return char.lower() if char.isascii() and char.isalnum() else ""


def strip(text: str) -> str:
    """`text` without its mnemonic mark."""
    return re.sub(r"&(?!&)", "", text)


def _choose(text: str, taken: set[str]) -> int | None:
    """Where in `text` to put the mark: a word's first letter first, then any letter; None if all are taken."""
    starts = [m.start() for m in re.finditer(r"\w+", text)]
    for index in starts + [i for i in range(len(text)) if i not in starts]:
        letter = _plain(text[index])
        if letter and letter not in taken:
            return index
    return None


def _first_input(item: QLayoutItem | None) -> QWidget | None:
    """The first widget that takes the keyboard in a layout item (a widget or a nested layout)."""
    if item is None:
        return None
    widget = item.widget()
    if widget is not None:
        return widget if widget.focusPolicy() & Qt.FocusPolicy.TabFocus else None
    layout = item.layout()
    if layout is None:
        return None
    for index in range(layout.count()):
        found = _first_input(layout.itemAt(index))
        if found is not None:
            return found
    return None


def buddy_up(root: QWidget) -> None:
    """Give each form label under `root` that has none the first field of its row as buddy
    (a row whose field is a layout: "Language and currency", "The fee is")."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = label.widget() if label is not None else None
            if isinstance(widget, QLabel) and widget.buddy() is None and widget.text().strip():
                field = _first_input(form.itemAt(row, QFormLayout.ItemRole.FieldRole))
                if field is not None:
                    widget.setBuddy(field)


def controls(root: QWidget) -> list[QWidget]:
    """The widgets under `root` that can carry a mnemonic: buttons with text, labels with a buddy."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if (isinstance(widget, QAbstractButton) and widget.text().strip()) or (isinstance(widget, QLabel) and widget.buddy() is not None and widget.text().strip()) or (isinstance(widget, QGroupBox) and widget.isCheckable()):
            found.append(widget)
    return found


def _text(widget: QWidget) -> str:
    return widget.title() if isinstance(widget, QGroupBox) else widget.text()  # type: ignore[attr-defined]


def _set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QGroupBox):
        widget.setTitle(text)
    else:
        widget.setText(text)  # type: ignore[attr-defined]


def assign(widgets: Iterable[QWidget], reserved: Iterable[str] = ()) -> set[str]:
    """Give each widget a mnemonic no other one (nor `reserved`) has; returns the letters in use.

    A widget whose own mark clashes loses it and gets a free letter; when every letter of a
    text is taken, the text gets no mark rather than a clash.
    """
    taken = {letter for letter in reserved if letter}
    pending: list[QWidget] = []
    for widget in widgets:
        letter = mnemonic(_text(widget))
        if letter and letter not in taken:
            taken.add(letter)
        else:
            pending.append(widget)
    # The text with the fewest free letters goes first, again after each choice, so that short
    # words ("Role", "Up") are not left without a key by longer ones that had many to choose from.
    def options(widget: QWidget) -> int:
        return len({_plain(c) for c in strip(_text(widget))} - {""} - taken)

    while pending:
        widget = min(pending, key=options)
        pending.remove(widget)
        text = strip(_text(widget))
        index = _choose(text, taken)
        if index is None:
            _set_text(widget, text)
            continue
        taken.add(_plain(text[index]))
        _set_text(widget, text[:index] + "&" + text[index:])
    return taken


def clashes(widgets: Iterable[QWidget]) -> dict[str, list[str]]:
    """Mnemonics used by more than one widget, with the texts that share each (for tests)."""
    seen: dict[str, list[str]] = {}
    for widget in widgets:
        letter = mnemonic(_text(widget))
        if letter:
            seen.setdefault(letter, []).append(strip(_text(widget)))
    return {letter: texts for letter, texts in seen.items() if len(texts) > 1}
