"""The project journal, revision rounds per deliverable, and attached scans.

`install(host)` adds three tabs to the project detail (Journal, Rounds, Signed copies)
and three entries to the Project menu. One `ProjectRecords` controller reads what they
show off the GUI thread whenever a project is shown, and every write (an entry, a
strike, a round, a scan) goes through it, after which the whole detail is read again so
the History tab sees it too.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.journal.records import Records
from gui.widgets.fields import DateField, mark
from gui.widgets.records import (
    TREE_STYLE,
    SubmitText,
    WrapDelegate,
    kind_icon,
    kind_label,
    parse_date,
    show_date,
)

if TYPE_CHECKING:
    from gui.core.services import ProjectDetail
    from gui.host import Host
    from gui.journal import work

KINDS = ("question", "feedback", "decision", "incident")


class JournalTab(QWidget):
    """The dated journal: questions, feedback, decisions and incidents, newest first."""

    def __init__(self, records: Records, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.entries: list[Any] = []
        self.filter = QComboBox(self)
        self.filter.addItem(self.tr("Every kind"), "")
        for kind in KINDS:
            self.filter.addItem(kind_icon(kind), kind_label(kind), kind)
        self.filter.setToolTip(self.tr("Show only one kind of entry"))
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.count)

        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Entry")])
        self.list.setRootIsDecorated(False)
        self.list.setStyleSheet(TREE_STYLE)
        WrapDelegate(self.list, 2)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setItemsExpandable(False)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self)
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)

        self.strike_action = QAction(self.tr("Strike &through…"), self)
        self.strike_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.strike_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.strike_action.triggered.connect(self.strike_selected)
        self.list.addAction(self.strike_action)
        self.strike_button = QPushButton(self.tr("Strike through…"), self)
        self.strike_button.setToolTip(self.tr(
            "Mark the selected entry as struck through. It stays in the journal: nothing is ever erased."))
        self.strike_button.clicked.connect(self.strike_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.strike_button)
        actions.addStretch(1)

        self.form = QGroupBox(self.tr("New entry"), self)
        self.kind = QComboBox(self.form)
        for kind in KINDS:
            self.kind.addItem(kind_icon(kind), kind_label(kind), kind)
        self.date = DateField(self.form)
        self.text = SubmitText(3, self.form)
        self.text.setPlaceholderText(self.tr(
            "What was asked, said, decided or what happened, in a few words"))
        self.add_button = QPushButton(self.tr("Add to the journal"), self.form)
        self.add_button.setObjectName("primary")
        self.add_button.setToolTip(self.tr("Add the entry (Ctrl+Enter)"))
        hint = QLabel(self.tr("Ctrl+Enter adds it. Entries are never erased, only struck through."),
                      self.form)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        when = QHBoxLayout()
        when.addWidget(self.kind)
        when.addSpacing(12)
        when.addWidget(QLabel(self.tr("Date:"), self.form))
        when.addWidget(self.date)
        when.addStretch(1)
        form_layout = QFormLayout(self.form)
        form_layout.addRow(self.tr("Kind:"), when)
        form_layout.addRow(self.tr("Text:"), self.text)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        form_layout.addRow(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(actions)
        layout.addWidget(self.form)

        self.filter.currentIndexChanged.connect(self._fill)
        self.list.itemSelectionChanged.connect(self._update)
        self.add_button.clicked.connect(self.add_entry)
        self.text.submitted.connect(self.add_entry)
        self.text.textChanged.connect(lambda: mark(self.text, None))
        self.date.edited.connect(lambda: mark(self.date, None))
        records.loaded.connect(self.show_records)
        self.show_records(None)

    def show_project(self, detail: ProjectDetail | None) -> None:
        """A project was selected: wait for its records (the controller reads them)."""
        if detail is None or self.records.current is None or self.records.current.project_id != detail.project_id:
            self.form.setEnabled(False)
            self.strike_button.setEnabled(False)

    def show_records(self, records: work.ProjectRecords | None) -> None:
        """Show a project's journal (None: no project)."""
        self.entries = list(records.state.journal) if records is not None else []
        self.form.setEnabled(records is not None)
        if records is not None and not self.date.value():
            self.date.setValue(dt.date.today().isoformat())
        self._fill()

    def _fill(self) -> None:
        selected = self.selected_id()
        wanted = self.filter.currentData() or ""
        shown = [e for e in self.entries if not wanted or e.kind.value == wanted]
        shown.sort(key=lambda e: (e.date, e.id), reverse=True)
        self.list.clear()
        for entry in shown:
            item = QTreeWidgetItem([show_date(entry.date), kind_label(entry.kind.value), entry.text])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            item.setIcon(1, kind_icon(entry.kind.value))
            for column in range(3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            item.setToolTip(2, entry.text)
            if entry.struck:
                font = QFont(self.list.font())
                font.setStrikeOut(True)
                for column in range(3):
                    item.setFont(column, font)
                    item.setForeground(column, Qt.GlobalColor.gray)
                why = (self.tr("Struck through: {reason}").format(reason=entry.strike_reason)
                       if entry.strike_reason else self.tr("Struck through (no reason given)"))
                note = QTreeWidgetItem(["", "", why])
                note.setForeground(2, Qt.GlobalColor.darkGray)
                italic = QFont(self.list.font())
                italic.setItalic(True)
                note.setFont(2, italic)
                note.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.addChild(note)
                item.setToolTip(2, why)
            self.list.addTopLevelItem(item)
            item.setExpanded(True)
            if entry.id == selected:
                self.list.setCurrentItem(item)
        if not self.entries:
            self.empty.setText(self.tr(
                "Nothing noted yet. Note questions, client feedback, decisions and incidents (an urgent "
                "request outside working hours, an unanswered email) as they happen: if the client "
                "later disputes what was said, the record is here."))
        elif not shown:
            self.empty.setText(self.tr("No entries of this kind."))
        self.empty.setVisible(not shown)
        self.list.setVisible(bool(shown))
        self.strike_button.setVisible(bool(self.entries))
        struck = sum(1 for e in self.entries if e.struck)
        self.count.setText(self.tr("%n entry(ies)", "", len(self.entries))
                           + (self.tr(", %n struck through", "", struck) if struck else ""))
        self._update()

    def _update(self) -> None:
        entry = self.selected_entry()
        can = entry is not None and not entry.struck and self.form.isEnabled()
        self.strike_button.setEnabled(can)
        self.strike_action.setEnabled(can)

    def selected_id(self) -> int | None:
        """The number of the selected entry, if any."""
        items = self.list.selectedItems()
        if not items:
            return None
        item = items[0]
        while (parent := item.parent()) is not None:
            item = parent
        value = item.data(0, Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def selected_entry(self) -> Any:
        """The selected journal entry, if any."""
        ident = self.selected_id()
        return next((e for e in self.entries if e.id == ident), None)

    def add_entry(self) -> None:
        """Append what the form holds to the journal."""
        from gui.journal import work

        if not self.form.isEnabled():
            return
        text = self.text.toPlainText().strip()
        day = parse_date(self.date.value())
        ok = True
        if day is None:
            mark(self.date, self.date.problem() or self.tr("Type the date, or pick it from the calendar."))
            ok = False
        if not text:
            mark(self.text, self.tr("Write what the entry is about."))
            ok = False
        if not ok:
            (self.text if not text else self.date).setFocus()
            return
        kind = self.kind.currentData()

        def added(_number: int) -> None:
            self.text.clear()
            self.date.setValue(dt.date.today().isoformat())
            self.text.setFocus()

        self.records.write(work.add_entry, added, text=text, kind=kind, on=day)

    def strike_selected(self) -> None:
        """Ask why, then strike the selected entry through (it stays in the journal)."""
        from gui.journal import work

        entry = self.selected_entry()
        if entry is None or entry.struck:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Strike through"),
            self.tr("Entry of {date}: “{text}”\n\nIt stays in the journal, struck through. Why?").format(
                date=show_date(entry.date), text=_short(entry.text)),
            QLineEdit.EchoMode.Normal, "")
        if not ok:
            return
        self.records.write(work.strike, entry_id=entry.id, reason=reason.strip())

    def focus_form(self) -> None:
        """Put the cursor in the new entry's text."""
        self.text.setFocus()


def _short(text: str, limit: int = 80) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


class Journal(QObject):
    """The three tabs and their Project menu entries."""

    def __init__(self, window: Host) -> None:
        super().__init__(window)
        from gui.journal.rounds import RoundsTab
        from gui.journal.scans import ScansTab

        self.window = window
        self.records = Records(window)
        self.journal_tab = JournalTab(self.records, window)
        self.rounds_tab = RoundsTab(self.records, window, window)
        self.scans_tab = ScansTab(self.records, window, window)
        window.add_tab(self.journal_tab, self.tr("Journal"))
        window.add_tab(self.rounds_tab, self.tr("Rounds"))
        window.add_tab(self.scans_tab, self.tr("Signed copies"))

        self.journal_action = QAction(kind_icon("question"), self.tr("Add to the &journal…"), window)
        self.journal_action.setShortcut(QKeySequence("Ctrl+J"))
        self.journal_action.setStatusTip(self.tr("Note a question, feedback, a decision or an incident, dated"))
        self.journal_action.triggered.connect(lambda: self.show_tab(self.journal_tab))
        self.round_action = QAction(self.tr("Record a &delivery or feedback…"), window)
        self.round_action.setStatusTip(self.tr("Revision rounds per deliverable: what was delivered and "
                                               "each round of client feedback"))
        self.round_action.triggered.connect(lambda: self.show_tab(self.rounds_tab))
        self.attach_action = QAction(self.tr("Attach a signed &copy…"), window)
        self.attach_action.setStatusTip(self.tr("Keep the scanned signed copy of a version or change order"))
        self.attach_action.triggered.connect(lambda: self.attach())
        project = window.menu("project")
        project.addSeparator()
        for action in (self.journal_action, self.round_action, self.attach_action):
            project.addAction(action)
        self.records.loaded.connect(self._update)
        self._update(None)

    def _update(self, records: work.ProjectRecords | None) -> None:
        for action in (self.journal_action, self.round_action, self.attach_action):
            action.setEnabled(records is not None)

    def show_tab(self, tab: QWidget) -> None:
        """Bring one of the tabs forward, its form focused."""
        self.window.show_tab(tab)
        getattr(tab, "focus_form", lambda: None)()

    def attach(self, *, version: int | None = None, change: str | None = None) -> None:
        """Show the Signed copies tab and choose a file to attach (to `version` or `change`, if given)."""
        self.window.show_tab(self.scans_tab)
        self.scans_tab.choose_file(version=version, change=change)


def install(window: Host) -> object:
    """Add the Journal, Rounds and Signed copies tabs and their actions to `window`."""
    return Journal(window)
