"""Editable lists of records: a table model of text values, and a table-plus-form editor.

Deliverables, client inputs, roles and installments are each a `RowsModel` with
their own columns; the `RowsEditor` shows the table with add, duplicate, remove and
reorder buttons, and a form below it for every field of the selected row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.core.defs import ROW_TABLE_MIN_HEIGHT, SMALL_SPACING
from gui.core.resources import COLOURS, Icons, icon, is_dark
from gui.widgets.fields import local_decimal, mark, name_input

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    """One field of a row: its key, its header, and how a stored value is shown."""

    key: str
    title: str
    display: Callable[[str], str] | None = None
    inline: bool = True
    numeric: bool = False


class RowsModel(QAbstractTableModel):
    """Rows of text values keyed by column; errors per cell are shown in red."""

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._rows: list[dict[str, str]] = []
        self._errors: dict[tuple[int, str], str] = {}
        #: Cells the user has edited, by the identity of their row (rows keep it when moved).
        self._touched: set[tuple[int, str]] = set()

    # Qt's model interface

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self.columns[index.column()]
        value = self._rows[index.row()].get(column.key, "")
        if role == Qt.ItemDataRole.DisplayRole:
            if column.display:
                shown = column.display(value)
            elif column.numeric:
                shown = local_decimal(value)
            else:
                shown = value
            return shown.replace("\n", " · ")
        if role == Qt.ItemDataRole.EditRole:
            return value
        error = self._errors.get((index.row(), column.key))
        if role == Qt.ItemDataRole.ToolTipRole:
            return error
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return QColor(COLOURS["dark" if is_dark(QApplication.palette()) else "light"]["error_background"])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = self.columns[index.column()].key
        text = "" if value is None else str(value)
        if self._rows[index.row()].get(key, "") == text:
            return True
        self._rows[index.row()][key] = text
        self._touched.add((id(self._rows[index.row()]), key))
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self.columns[index.column()].inline:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def insertRows(self, row: int, count: int, parent: Index = ROOT) -> bool:
        if parent.isValid() or not 0 <= row <= len(self._rows) or count < 1:
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for _ in range(count):
            self._rows.insert(row, {})
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: Index = ROOT) -> bool:
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row : row + count]
        self.endRemoveRows()
        return True

    def moveRows(self, source_parent: Index, source_row: int, count: int,
                 destination_parent: Index, destination_child: int) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if not 0 <= source_row <= source_row + count <= len(self._rows):
            return False
        if not 0 <= destination_child <= len(self._rows):
            return False
        if source_row <= destination_child <= source_row + count:
            return False
        if not self.beginMoveRows(QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child):
            return False
        moving = self._rows[source_row : source_row + count]
        del self._rows[source_row : source_row + count]
        at = destination_child - count if destination_child > source_row else destination_child
        self._rows[at:at] = moving
        self.endMoveRows()
        return True

    # Pacta's interface

    def rows(self) -> list[dict[str, str]]:
        """A copy of every row."""
        return [dict(r) for r in self._rows]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Replace every row (values are kept as text)."""
        self.beginResetModel()
        self._rows = [{k: "" if v is None else str(v) for k, v in r.items()} for r in rows]
        self._errors = {}
        self._touched = set()
        self.endResetModel()

    def value(self, row: int, key: str) -> str:
        """One value."""
        return self._rows[row].get(key, "")

    def set_value(self, row: int, key: str, value: str) -> None:
        """Change one value."""
        column = next(i for i, c in enumerate(self.columns) if c.key == key)
        self.setData(self.index(row, column), value)

    def add(self, values: dict[str, str], at: int | None = None) -> int:
        """Insert a row (at the end by default); returns its position."""
        at = len(self._rows) if at is None else at
        self.insertRows(at, 1)
        for key, value in values.items():
            self._rows[at][key] = value
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.columns) - 1))
        return at

    def touched(self, row: int, key: str) -> bool:
        """Whether the user has edited this cell (errors show only once a field is touched)."""
        return 0 <= row < len(self._rows) and (id(self._rows[row]), key) in self._touched

    def touched_any(self) -> bool:
        """Whether the user has edited any cell."""
        return bool(self._touched)

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        """Mark the cells in error (and unmark the rest)."""
        if errors == self._errors:
            return
        touched = set(errors) | set(self._errors)
        self._errors = dict(errors)
        keys = [c.key for c in self.columns]
        for row, key in touched:
            if row < len(self._rows) and key in keys:
                index = self.index(row, keys.index(key))
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole])

    def errors(self) -> dict[tuple[int, str], str]:
        """The cells in error."""
        return dict(self._errors)



class RowsEditor(QWidget):
    """A table of rows with buttons, and a form that edits the selected row."""

    changed = Signal()

    def __init__(self, model: RowsModel, new_row: Callable[[], dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.new_row = new_row
        self._editors: dict[str, tuple[QWidget, QLabel]] = {}
        self._loading = False
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(ROW_TABLE_MIN_HEIGHT)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Sized from the rows on screen only: with hundreds of rows, measuring them all again on
        # every key typed into a cell stalled the window.
        header.setResizeContentsPrecision(0)
        # Tab leaves the table for the buttons and the form (the arrow keys move between cells).
        self.table.setTabKeyNavigation(False)
        # The title takes the spare width (not a short last column such as a price).
        keys = [c.key for c in model.columns]
        if "title" in keys:
            header.setSectionResizeMode(keys.index("title"), QHeaderView.ResizeMode.Stretch)
        else:
            header.setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        #: The list itself was changed (a row added, removed or moved), not just a cell.
        self.list_touched = False
        self.add_button = self._button(QCoreApplication.translate("RowsEditor", "Add"), Icons.ADD, self.add_row)
        self.duplicate_button = self._button(QCoreApplication.translate("RowsEditor", "Duplicate"), Icons.DUPLICATE, self.duplicate_row)
        self.remove_button = self._button(QCoreApplication.translate("RowsEditor", "Remove"), Icons.REMOVE, self.remove_row)
        # Arrows only: their keys (Alt+Up, Alt+Down in the table) leave the letters to the words.
        self.up_button = self._button("", Icons.UP, lambda: self.move_row(-1))
        self.up_button.setAccessibleName(QCoreApplication.translate("RowsEditor", "Up"))
        self.down_button = self._button("", Icons.DOWN, lambda: self.move_row(1))
        self.down_button.setAccessibleName(QCoreApplication.translate("RowsEditor", "Down"))
        #: Rows removed, newest last, with where they were: Undo puts them back.
        self._removed: list[tuple[int, dict[str, str]]] = []
        self.undo_button = self._button(QCoreApplication.translate("RowsEditor", "Undo remove"), Icons.UNDO,
                                        self.undo_remove)
        undo = QAction(self)
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        # Text fields keep their own Ctrl+Z: a focused line edit takes the key before this.
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.triggered.connect(self.undo_remove)
        self.addAction(undo)
        self.undo_button.setToolTip(QCoreApplication.translate("RowsEditor", "Put back the last row removed ({shortcut})").format(
            shortcut=undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.undo_button.setProperty("keys", undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        self._keys()
        buttons = QHBoxLayout()
        buttons.setSpacing(SMALL_SPACING)
        for button in (self.add_button, self.duplicate_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_box = QWidget(self)
        self.form_box.setLayout(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SMALL_SPACING)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form_box)
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.modelReset):
            signal.connect(self._model_changed)
        model.modelReset.connect(self.forget_removed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._load_form())
        self._load_form()

    def _keys(self) -> None:
        """Rows added, removed and moved from the table with the keyboard; the buttons say how."""
        for keys, slot, button, tip in (
            ((Qt.Key.Key_Insert,), self.add_row, self.add_button, QCoreApplication.translate("RowsEditor", "Add a row ({shortcut})")),
            ((Qt.Key.Key_Delete,), self.remove_row, self.remove_button, QCoreApplication.translate("RowsEditor", "Remove the selected row ({shortcut})")),
            ((Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_D,), self.duplicate_row, self.duplicate_button,
             QCoreApplication.translate("RowsEditor", "Copy the selected row below it ({shortcut})")),
            ((Qt.KeyboardModifier.AltModifier | Qt.Key.Key_Up,), lambda: self.move_row(-1), self.up_button,
             QCoreApplication.translate("RowsEditor", "Move the selected row up ({shortcut})")),
            ((Qt.KeyboardModifier.AltModifier | Qt.Key.Key_Down,), lambda: self.move_row(1), self.down_button,
             QCoreApplication.translate("RowsEditor", "Move the selected row down ({shortcut})")),
        ):
            action = QAction(self.table)
            action.setShortcuts([QKeySequence(k) for k in keys])
            # Only while the table has the keyboard: Delete in a text field still deletes text.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
            keys_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(tip.format(shortcut=keys_text))
            # The key that does the same from the table, for a button left without a mnemonic.
            button.setProperty("keys", keys_text)

    def _button(self, text: str, which: Icons, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(icon(which), text, self)
        button.clicked.connect(slot)
        return button

    def bind(self, key: str, widget: QWidget, label: str) -> None:
        """Edit column `key` of the selected row with `widget`, labelled `label`."""
        caption = QLabel(label, self.form_box)
        caption.setBuddy(widget)
        name_input(widget, label)
        self.form.addRow(caption, widget)
        self._editors[key] = (widget, caption)
        widget.edited.connect(lambda key=key, widget=widget: self._editor_edited(key, widget))  # type: ignore[attr-defined]

    def current_row(self) -> int:
        """The selected row, or -1."""
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        """Make `row` the current one."""
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)

    def reload_form(self) -> None:
        """Show the selected row in the form again (after a field's choices changed)."""
        self._load_form()

    def form_keys(self) -> list[str]:
        """The columns edited in the form."""
        return list(self._editors)

    def editor(self, key: str) -> QWidget:
        """The form widget bound to `key`."""
        return self._editors[key][0]

    def add_row(self) -> None:
        """Append a new row and put the cursor in its first field."""
        row = self.model.add(self.new_row())
        self.list_touched = True
        self.select(row)
        if self._editors:
            next(iter(self._editors.values()))[0].setFocus()

    def duplicate_row(self) -> None:
        """Copy the selected row below itself."""
        row = self.current_row()
        if row >= 0:
            values = self.model.rows()[row]
            values.pop("id", None)
            self.list_touched = True
            self.select(self.model.add(values, row + 1))

    def remove_row(self) -> None:
        """Remove the selected row."""
        row = self.current_row()
        if row >= 0:
            self.list_touched = True
            self._removed.append((row, self.model.rows()[row]))
            self.model.removeRows(row, 1)
            self.select(min(row, self.model.rowCount() - 1))
            self._load_form()
            self._update_buttons()

    def undo_remove(self) -> None:
        """Put the last removed row back where it was, with everything it held."""
        if not self._removed:
            return
        row, values = self._removed.pop()
        self.list_touched = True
        self.select(self.model.add(values, min(row, self.model.rowCount())))
        self._update_buttons()

    def forget_removed(self) -> None:
        """Drop the undo history (when the rows are replaced wholesale)."""
        self._removed.clear()
        self._update_buttons()

    def move_row(self, step: int) -> None:
        """Move the selected row up (-1) or down (+1)."""
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        self.list_touched = True
        self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), target + 1 if step > 0 else target)
        self.select(target)

    def _editor_edited(self, key: str, widget: QWidget) -> None:
        row = self.current_row()
        if self._loading or row < 0:
            return
        self.model.set_value(row, key, widget.value())  # type: ignore[attr-defined]

    def _model_changed(self, *args: object) -> None:
        self._load_form()
        self._update_buttons()
        self.changed.emit()

    def _load_form(self) -> None:
        row = self.current_row()
        self.form_box.setEnabled(row >= 0)
        self._loading = True
        try:
            for key, (widget, _label) in self._editors.items():
                current = self.model.value(row, key) if row >= 0 else ""
                if widget.value() != current:  # type: ignore[attr-defined]
                    widget.setValue(current)  # type: ignore[attr-defined]
        finally:
            self._loading = False
        self._mark_form()
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        for button in (self.duplicate_button, self.remove_button):
            button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
        self.undo_button.setVisible(bool(self._removed))

    def show_errors(self, errors: dict[tuple[int, str], str]) -> None:
        """Mark cells and, for the selected row, form fields in error."""
        self.model.set_errors(errors)
        self._mark_form()

    def _mark_form(self) -> None:
        row = self.current_row()
        errors = self.model.errors()
        for key, (widget, _label) in self._editors.items():
            mark(widget, errors.get((row, key)))

    def label(self, key: str) -> str:
        """The form label of a column (without the colon)."""
        if key in self._editors:
            return self._editors[key][1].text().replace("&", "").rstrip(":")
        return next((c.title for c in self.model.columns if c.key == key), key)
