"""The project list: a table model of project summaries and its filter proxy."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from gui.core.statuses import STATUSES, status_label

if TYPE_CHECKING:
    from storage.repository import ProjectSummary

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

def list_date(day: dt.date) -> str:
    """A date as the project list shows it ("1 Dec 2026", "1 dic 2026"), in the UI language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


class ProjectTableModel(QAbstractTableModel):
    """Title, client, status, version, next deadline and last change of each project."""

    TITLE, CLIENT, STATUS, VERSION, DEADLINE, UPDATED = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[ProjectSummary] = []
        # Short headers leave the spare width to the title; each says it in full on hover.
        self._headers = [self.tr("Title"), self.tr("Client"), self.tr("Status"), self.tr("Ver."),
                         self.tr("Deadline"), self.tr("Changed")]
        self._header_tips = [self.tr("Title"), self.tr("Client"), self.tr("Status"), self.tr("Current version"),
                             self.tr("The next date due: a deliverable or something the client hands over"),
                             self.tr("Last change")]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return item.id
        if role == STATUS_ROLE:
            return item.status
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.CLIENT):
            # Long titles and client names are cut in narrow columns: the whole text on hover.
            return self._display(item, column)
        if role == SORT_ROLE:
            return self._sort_key(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.VERSION:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, item: ProjectSummary, column: int) -> str:
        if column == self.TITLE:
            return item.title
        if column == self.CLIENT:
            return item.client
        if column == self.STATUS:
            return status_label(item.status)
        if column == self.VERSION:
            return str(item.version)
        if column == self.DEADLINE:
            if item.next_deadline is None:
                return "—"
            return list_date(item.next_deadline)
        # The day on this computer's clock.
        return list_date(item.updated.astimezone().date())

    def _sort_key(self, item: ProjectSummary, column: int) -> Any:
        if column == self.VERSION:
            return item.version
        if column == self.DEADLINE:
            return (item.next_deadline or dt.date.max).isoformat()
        if column == self.UPDATED:
            return item.updated.isoformat()
        if column == self.STATUS:
            return list(STATUSES).index(item.status) if item.status in STATUSES else 99
        return self._display(item, column).casefold()

    def set_projects(self, items: list[ProjectSummary]) -> None:
        """Show these projects."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def project_id(self, row: int) -> str:
        """The id of the project in a row."""
        return self._items[row].id

    def row_of(self, project_id: str) -> int:
        """The row of a project, or -1."""
        return next((i for i, p in enumerate(self._items) if p.id == project_id), -1)

    def summary(self, row: int) -> ProjectSummary:
        """The summary shown in a row."""
        return self._items[row]


class ProjectFilter(QSortFilterProxyModel):
    """Filters by words (title or client) and by status; sorts every column sensibly."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        """Keep the projects whose title or client contain every word."""
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str) -> None:
        """Keep the projects in one status ("" for all)."""
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self._status and model.index(source_row, 0, source_parent).data(STATUS_ROLE) != self._status:
            return False
        haystack = " ".join(
            str(model.index(source_row, c, source_parent).data()) for c in (0, 1)).casefold()
        return all(word in haystack for word in self._words)
