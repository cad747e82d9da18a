"""Keyboard and accessibility in the wizard: first field focused, focus rings, mnemonics, calendar, rows, names."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    QWizard,
)

from domain.validation import contract_to_data, read_contract_file
from gui.core.resources import COLOURS, stylesheet
from gui.widgets import mnemonics
from gui.widgets.change_request import ChangeRequestDialog, DecisionDialog
from gui.wizard.wizard import BUTTONS, ContractWizard, PageId
from tests.gui.keys import replace_text
from tests.gui.palettes import dark_palette


def open_wizard(qtbot: Any, ctx: Any, examples_dir: Any, data: bool = True) -> ContractWizard:
    contract = contract_to_data(read_contract_file(examples_dir / "panaderia-v1.json")) if data else None
    wizard = ContractWizard(ctx, data=contract)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=3000)
    return wizard


def alt(widget: QWidget, letter: str | None) -> None:
    """Press Alt+letter where the keyboard is (a mnemonic)."""
    assert letter
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(ord(letter.upper())), letter, Qt.KeyboardModifier.AltModifier)


def window_controls(wizard: ContractWizard) -> list[QWidget]:
    """What carries a mnemonic while the current page shows: its controls, the step list's, the wizard's buttons."""
    page = wizard.currentPage()
    return [*mnemonics.controls(page), wizard.steps.caption, *(wizard.button(b) for b in BUTTONS)]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_no_two_controls_share_a_mnemonic_on_any_page_or_dialog(qtbot, request, examples_dir, dialogs, lang) -> None:
    ctx = request.getfixturevalue("ctx_es" if lang == "es" else "ctx")
    wizard = open_wizard(qtbot, ctx, examples_dir)
    for page_id in PageId:
        wizard.go_to(page_id)
        controls = window_controls(wizard)
        assert mnemonics.clashes(controls) == {}, (page_id, mnemonics.clashes(controls))
        # Every button has one (the wizard's own included), and so do most field labels: a page with
        # more labels than free letters (both parties' details) leaves a few to Tab rather than share a key.
        shown = [w for w in controls if w.isVisibleTo(wizard)]
        # (A row editor's buttons that lose the race for letters keep their key in the table: Insert, Del, Alt+arrows.)
        buttons = [w.text() for w in shown if isinstance(w, QAbstractButton) and not mnemonics.mnemonic(w.text())
                   and not w.property("keys")]
        assert buttons == [], (page_id, buttons)
        labels = [w for w in shown if not isinstance(w, QAbstractButton)]
        bare = [w.text() for w in labels if not mnemonics.mnemonic(w.text())]
        assert len(bare) <= len(labels) // 3, (page_id, bare)
    wizard.go_to(PageId.DELIVERABLES)
    add = wizard.currentPage().editor.add_button
    back = wizard.button(QWizard.WizardButton.BackButton)
    # "Añadir" and "Atrás" (Add and Back) each have their own key.
    assert mnemonics.mnemonic(add.text()) != mnemonics.mnemonic(back.text())

    # The unsaved-contract prompt: three buttons that say what they do, each with its own key.
    replace_text(qtbot, wizard.currentPage().editor.editor("title"), "Portada")
    dialogs.answer = dialogs.answer.Cancel
    wizard.reject()
    [box] = dialogs.prompts
    texts = [b.text() for b in box.buttons()]
    assert len(texts) == 3 and all(mnemonics.mnemonic(t) for t in texts), texts
    assert mnemonics.clashes(box.buttons()) == {}
    assert wizard.isVisible()  # "go on writing" keeps the wizard open

    # The dialogs the wizard and the History open.
    for dialog in (ChangeRequestDialog("Why", wizard),
                   DecisionDialog("Signed", "When", "Mark as signed", wizard, reason_label="Reason:")):
        controls = mnemonics.controls(dialog)
        assert controls and mnemonics.clashes(controls) == {}
        assert all(mnemonics.mnemonic(w.text()) for w in controls), [w.text() for w in controls]
        dialog.deleteLater()


def test_each_page_opens_with_the_keyboard_in_its_first_field(qtbot, ctx, examples_dir) -> None:
    wizard = open_wizard(qtbot, ctx, examples_dir)
    expected = {PageId.PROJECT: lambda p: p.project_title, PageId.ROLES: lambda p: p.editors["provider"].table,
                PageId.DELIVERABLES: lambda p: p.editor.table, PageId.CLIENT_INPUTS: lambda p: p.editor.table,
                PageId.PAYMENT: lambda p: p.itemised, PageId.COMMUNICATION: lambda p: p.rounds,
                PageId.TERMINATION: lambda p: p.process}
    for page_id, first in expected.items():
        if page_id:
            alt(QApplication.focusWidget(), mnemonics.mnemonic(wizard.button(QWizard.WizardButton.NextButton).text()))
        # A mnemonic "clicks" its button with a short animation, as a real key press does.
        qtbot.waitUntil(lambda page_id=page_id: wizard.currentId() == page_id, timeout=2000)
        page = wizard.currentPage()
        qtbot.waitUntil(lambda page=page, first=first: QApplication.focusWidget() is first(page), timeout=2000)
        assert not isinstance(QApplication.focusWidget(), type(page.scroll_area))


def contrast(one: QColor, two: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    def luminance(c: QColor) -> float:
        parts = [v / 255 for v in (c.red(), c.green(), c.blue())]
        lin = [p / 12.92 if p <= 0.03928 else ((p + 0.055) / 1.055) ** 2.4 for p in parts]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def edge(widget: QWidget) -> QColor:
    """The colour of a widget's left edge, half way down (where a focus ring is drawn)."""
    image = widget.grab().toImage()
    return image.pixelColor(0, image.height() // 2)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_widget_with_the_keyboard_shows_a_ring_in_light_and_dark(qtbot, ctx, examples_dir, qapp, scheme,
                                                                     tmp_path) -> None:
    before = qapp.palette()
    if scheme == "dark":
        qapp.setPalette(dark_palette())
    qapp.setStyleSheet(stylesheet(scheme == "dark"))
    try:
        wizard = open_wizard(qtbot, ctx, examples_dir)
        colours = COLOURS[scheme]
        ring = QColor(colours["focus"])
        wizard.go_to(PageId.DELIVERABLES)
        deliverables = wizard.currentPage()
        widgets: list[QWidget] = [deliverables.editor.add_button, deliverables.editor.table,
                                  deliverables.editor.editor("title"), deliverables.editor.editor("description")]
        wizard.go_to(PageId.PAYMENT)
        payment = wizard.currentPage()
        widgets += [payment.fixed, payment.after_deposit, payment.editor.editor("due").kind,
                    wizard.button(QWizard.WizardButton.NextButton)]
        for widget in widgets:
            if deliverables.isAncestorOf(widget):
                wizard.go_to(PageId.DELIVERABLES)
            elif payment.isAncestorOf(widget):
                wizard.go_to(PageId.PAYMENT)
            other = wizard.button(QWizard.WizardButton.CancelButton)
            other.setFocus()
            qtbot.waitUntil(lambda other=other: other.hasFocus(), timeout=2000)
            unfocused = edge(widget)
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(lambda widget=widget: widget.hasFocus(), timeout=2000)
            focused = edge(widget)
            assert focused == ring, (type(widget).__name__, focused.name(), ring.name())
            assert focused != unfocused
            assert contrast(focused, QColor(colours["window"])) >= 3
            assert contrast(focused, unfocused) >= 1.5 or contrast(focused, QColor(colours["field"])) >= 3
        wizard.go_to(PageId.DELIVERABLES)
        deliverables.editor.table.setFocus()
        wizard.grab().save(str(tmp_path / f"focus-{scheme}.png"))
    finally:
        qapp.setPalette(before)
        qapp.setStyleSheet(stylesheet(False))


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_return_or_keypad_enter_picks_the_date_in_the_calendar(qtbot, ctx_es, examples_dir, key) -> None:
    wizard = open_wizard(qtbot, ctx_es, examples_dir)
    start = wizard.currentPage().start
    start.line.setFocus()
    QTest.keyClick(start.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = start.popup
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert popup.calendar.selectedDate() == QDate(2026, 11, 23)
    focus = QApplication.focusWidget()
    assert focus is not None and popup.isAncestorOf(focus)
    QTest.keyClick(focus, Qt.Key.Key_Right)
    QTest.keyClick(focus, Qt.Key.Key_Down)
    QTest.keyClick(focus, key, Qt.KeyboardModifier.KeypadModifier if key == Qt.Key.Key_Enter
                   else Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2000)
    assert start.line.text() == "01/12/2026"  # shown the Spanish way
    assert start.value() == "2026-12-01"
    assert start.line.hasFocus()
    # Esc closes the calendar and keeps the date.
    QTest.keyClick(start.line, Qt.Key.Key_F4)
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2000)
    assert start.value() == "2026-12-01"


def test_rows_are_added_edited_moved_and_removed_with_the_keyboard(qtbot, ctx, examples_dir) -> None:
    wizard = open_wizard(qtbot, ctx, examples_dir)
    wizard.go_to(PageId.DELIVERABLES)
    editor = wizard.currentPage().editor
    table = editor.table
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    assert table.tabKeyNavigation() is False  # Tab leaves the table
    QTest.keyClick(table, Qt.Key.Key_Insert)
    assert editor.model.rowCount() == 4 and editor.current_row() == 3
    title = editor.editor("title")
    assert title.hasFocus()
    QTest.keyClicks(title, "Extra page")
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.model.value(2, "title") == "Extra page" and editor.current_row() == 2
    QTest.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.model.value(3, "title") == "Extra page"
    # Edit a cell in place: F2, type, Return.
    table.setCurrentIndex(editor.model.index(3, 1))
    QTest.keyClick(table, Qt.Key.Key_F2)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit) and table.isAncestorOf(cell)
    cell.selectAll()
    QTest.keyClicks(cell, "Gallery")
    QTest.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.model.value(3, "title") == "Gallery", timeout=2000)
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert editor.model.rowCount() == 3
    QTest.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.model.rowCount() == 4 and editor.model.value(3, "title") == "Gallery"
    # Delete in a text field deletes text, not the row.
    editor.select(3)
    title.setFocus()
    title.setCursorPosition(0)
    QTest.keyClick(title, Qt.Key.Key_Delete)
    assert editor.model.rowCount() == 4 and editor.model.value(3, "title") == "allery"
    assert "(Ins)" in editor.add_button.toolTip() and "(Del)" in editor.remove_button.toolTip()
    assert editor.up_button.property("keys") == "Alt+Up"


def inputs(root: QWidget) -> list[QWidget]:
    """Every widget under `root` that takes typed or chosen input."""
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractButton)
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractItemView) or not widget.isVisibleTo(root.window()):
            continue  # parts of a combo box or of a table's cell editor, and what never shows here
        found.append(widget)
    return found


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_input_has_a_name_a_screen_reader_says(qtbot, request, examples_dir, lang) -> None:
    ctx = request.getfixturevalue("ctx_es" if lang == "es" else "ctx")
    wizard = open_wizard(qtbot, ctx, examples_dir)
    checked = 0
    for page_id in PageId:
        wizard.go_to(page_id)
        for widget in [*inputs(wizard.currentPage()), wizard.steps.list]:
            interface = QAccessible.queryAccessibleInterface(widget)
            assert interface is not None
            name = interface.text(QAccessible.Text.Name)
            assert name.strip(), (page_id, type(widget).__name__, widget.objectName())
            assert "&" not in name
            checked += 1
    assert checked > 60
    # A field in error says so after its name.
    wizard.go_to(PageId.PROJECT)
    page = wizard.currentPage()
    replace_text(qtbot, page.project_title, "")
    qtbot.waitUntil(lambda: not page.pending(), timeout=3000)
    interface = QAccessible.queryAccessibleInterface(page.project_title)
    assert interface.text(QAccessible.Text.Name) == ("Título del proyecto" if lang == "es" else "Project title")
    assert page.project_title.accessibleDescription() == page.messages()[0]
