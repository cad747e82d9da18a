"""The list of drafts: title, client, last edit, page reached and how it was left; resume or discard."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.marks import QT_TRANSLATE_NOOP

#: The wizard's steps, in order, as a draft's "page reached" names them.
STEPS = (
    QT_TRANSLATE_NOOP("Drafts", "Project and parties"), QT_TRANSLATE_NOOP("Drafts", "Roles and responsibilities"),
    QT_TRANSLATE_NOOP("Drafts", "Deliverables"), QT_TRANSLATE_NOOP("Drafts", "What the client hands over"),
    QT_TRANSLATE_NOOP("Drafts", "Payment"), QT_TRANSLATE_NOOP("Drafts", "Revisions and communication"),
    QT_TRANSLATE_NOOP("Drafts", "Changes and termination"), QT_TRANSLATE_NOOP("Drafts", "Review"),
)


@dataclass(frozen=True)
class DraftRow:
    """One draft as the list shows it."""

    name: str
    title: str
    client: str
    saved: dt.datetime | None
    page: int
    kept: bool
    data: dict[str, Any]

    @classmethod
    def of(cls, name: str, data: dict[str, Any]) -> DraftRow:
        """Read what the list shows from a stored draft (any part may be missing or malformed)."""
        contract: dict[str, Any] = data["contract"] if isinstance(data.get("contract"), dict) else {}
        client: dict[str, Any] = contract["client"] if isinstance(contract.get("client"), dict) else {}
        try:
            saved: dt.datetime | None = dt.datetime.fromisoformat(str(data.get("saved")))
        except ValueError:
            saved = None
        page = data.get("page")
        return cls(name=name, title=str(contract.get("title") or "").strip(),
                   client=str(client.get("name") or "").strip(), saved=saved,
                   page=page if isinstance(page, int) and 0 <= page < len(STEPS) else 0,
                   kept=data.get("kept") is True, data=data)


def sorted_rows(drafts: dict[str, dict[str, Any]]) -> list[DraftRow]:
    """The drafts, the newest first."""
    rows = [DraftRow.of(name, data) for name, data in drafts.items()]
    oldest = dt.datetime.min.replace(tzinfo=dt.UTC)
    return sorted(rows, key=lambda r: r.saved if r.saved and r.saved.tzinfo else oldest, reverse=True)


def step_name(page: int) -> str:
    """"Step 3 of 8: Deliverables", in the UI language."""
    return QCoreApplication.translate("Drafts", "Step {number} of {total}: {name}").format(
        number=page + 1, total=len(STEPS), name=QCoreApplication.translate("Drafts", STEPS[page]))


def when(saved: dt.datetime | None) -> str:
    """The last edit in the UI locale's short date and time."""
    if saved is None:
        return QCoreApplication.translate("Drafts", "unknown")
    local = saved.astimezone() if saved.tzinfo else saved
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return str(QLocale().toString(moment, QLocale.FormatType.ShortFormat))


class DraftsDialog(QDialog):
    """Every draft with its title, client, last edit and page reached; Resume and Discard."""

    TITLE, CLIENT, SAVED, PAGE, HOW = range(5)
    #: The draft the user chose to resume (name, stored data).
    resumeRequested = Signal(str, object)
    #: The draft the user chose to discard (name), after confirming.
    discardRequested = Signal(str)

    def __init__(self, rows: list[DraftRow], *, at_start: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.at_start = at_start
        self.setWindowTitle(self.tr("Drafts"))
        self.setObjectName("draftsDialog")
        self.resize(820, 380)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Client"), self.tr("Last edit"), self.tr("Page reached"),
                                              self.tr("How it was left")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Drafts"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(self)
        self.resume_button = QPushButton(self.tr("&Resume"), self)
        self.resume_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("&Discard…"), self)
        self.close_button = QPushButton(self.tr("&Later") if at_start else self.tr("&Close"), self)
        buttons.addButton(self.resume_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.resume_button.clicked.connect(self.resume)
        self.discard_button.clicked.connect(self.discard)
        self.close_button.clicked.connect(self.reject)
        self.table.doubleClicked.connect(lambda _index: self.resume())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.rows: list[DraftRow] = []
        self.set_rows(rows)

    def heading_text(self, rows: list[DraftRow]) -> str:
        """What the list says above the drafts: words for a crash, for drafts kept by choice, or both."""
        crashed = sum(not r.kept for r in rows)
        kept = len(rows) - crashed
        if not rows:
            return self.tr("No drafts: every contract you started in the wizard was saved or discarded.")
        parts = []
        if self.at_start and crashed:
            parts.append(self.tr("Pacta closed while you were writing %n contract(s). Everything you typed "
                                 "was kept.", "", crashed))
        elif crashed:
            parts.append(self.tr("%n draft(s) saved automatically while you typed.", "", crashed))
        if kept:
            parts.append(self.tr("You kept %n contract(s) as a draft to finish later.", "", kept))
        parts.append(self.tr("Resume one to carry on where you left it, or discard what you no longer need."))
        return " ".join(parts)

    def set_rows(self, rows: list[DraftRow]) -> None:
        """Show these drafts (the newest first) and select the first."""
        self.rows = rows
        self.heading.setText(self.heading_text(rows))
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (row.title or self.tr("untitled"), row.client or "—", when(row.saved), step_name(row.page),
                     self.tr("Kept by you") if row.kept else self.tr("Autosaved"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == self.HOW:
                    item.setToolTip(self.tr("You chose to keep it when you closed the wizard.") if row.kept else self.tr(
                        "Saved as you typed; the wizard was not closed normally."))
                self.table.setItem(index, column, item)
        if rows:
            self.table.selectRow(0)
        for button in (self.resume_button, self.discard_button):
            button.setEnabled(bool(rows))

    def current(self) -> DraftRow | None:
        """The selected draft."""
        selected = self.table.selectionModel().selectedRows()
        return self.rows[selected[0].row()] if selected and selected[0].row() < len(self.rows) else None

    def resume(self) -> None:
        """Open the selected draft in the wizard and close the list."""
        row = self.current()
        if row is None:
            return
        self.resumeRequested.emit(row.name, row.data)
        self.accept()

    def discard(self) -> None:
        """Delete the selected draft, after asking."""
        row = self.current()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Discard the draft?"),
            self.tr("Discard the draft “{title}”? What you typed in it cannot be recovered.").format(
                title=row.title or self.tr("untitled")),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Discard:
            return
        self.discardRequested.emit(row.name)
        self.set_rows([r for r in self.rows if r.name != row.name])
