"""A removed row (a deliverable with its criteria, a role, an input) can be put back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit

from gui.widgets.fields import LineField
from gui.widgets.rows import RowsEditor
from gui.wizard.deliverables_model import DeliverablesModel


def _editor(qtbot) -> RowsEditor:
    model = DeliverablesModel()
    editor = RowsEditor(model, lambda: {"title": ""})
    editor.bind("title", LineField(editor), "Title")
    qtbot.addWidget(editor)
    model.set_rows([
        {"id": "A", "title": "Home page", "acceptance": "Loads in Chrome and Safari", "price": "900.00"},
        {"id": "B", "title": "Product catalogue", "price": "1200.00"},
        {"id": "C", "title": "Order form", "price": "600.00"},
    ])
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    return editor


def test_undo_puts_the_removed_row_back_where_it_was(qtbot) -> None:
    editor = _editor(qtbot)
    before = editor.model.rows()
    assert not editor.undo_button.isVisible()
    editor.select(0)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    editor.select(1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [r["id"] for r in editor.model.rows()] == ["B"]
    assert editor.undo_button.isVisible()
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert editor.model.rows() == before
    assert editor.current_row() == 0
    assert not editor.undo_button.isVisible()


def test_ctrl_z_in_the_table_undoes_the_removal_but_not_in_a_text_field(qtbot) -> None:
    editor = _editor(qtbot)
    editor.select(2)
    editor.remove_row()
    editor.table.setFocus()
    qtbot.keySequence(editor.table, QKeySequence(QKeySequence.StandardKey.Undo))
    assert [r["id"] for r in editor.model.rows()] == ["A", "B", "C"]

    editor.select(1)
    editor.remove_row()
    field = editor.editor("title")
    assert isinstance(field, QLineEdit)
    field.setFocus()
    qtbot.keyClicks(field, "x")
    qtbot.keySequence(field, QKeySequence(QKeySequence.StandardKey.Undo))
    # The field's own undo took the key: the row stays removed until Undo is asked for.
    assert [r["id"] for r in editor.model.rows()] == ["A", "C"]


def test_loading_other_rows_forgets_what_was_removed(qtbot) -> None:
    editor = _editor(qtbot)
    editor.select(0)
    editor.remove_row()
    editor.model.set_rows([{"id": "Z", "title": "Other"}])
    editor.undo_remove()
    assert [r["id"] for r in editor.model.rows()] == ["Z"]
