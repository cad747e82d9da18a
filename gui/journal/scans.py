"""The Signed copies tab: scans attached to versions and change orders, checked before opening.

A scan (PDF or image) is copied into the data folder with its SHA-256; the list says
whether each stored file still matches, and opening one hashes it again first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.lifecycle import ChangeStatus
from gui.core.options import LAST_FOLDER
from gui.core.resources import Icons, icon
from gui.widgets.records import BAD, GOOD, TREE_STYLE, dot, show_date

if TYPE_CHECKING:
    from gui.core.services import ProjectDetail
    from gui.host import Host
    from gui.journal import work
    from gui.journal.records import Records


class ScansTab(QWidget):
    """Attach a scanned signed copy, list the attached ones, open one after checking it."""

    def __init__(self, records: Records, window: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.main = window
        self.ctx = window.ctx
        self.data: work.ProjectRecords | None = None
        #: What the last check before opening found (work.ScanCheck), for the status line and tests.
        self.last_check: work.ScanCheck | None = None

        intro = QLabel(self.tr(
            "Keep the scan of each signed paper with the version or change order it belongs to. Pacta "
            "stores a copy and its fingerprint (SHA-256), so you can later show it is the same file."), self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.target = QComboBox(self)
        self.target.setToolTip(self.tr("The version or change order the signed paper belongs to"))
        self.attach_button = QPushButton(self.tr("Attach a signed copy…"), self)
        self.attach_button.setObjectName("primary")
        self.attach_button.clicked.connect(lambda: self.choose_file())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Belongs to:"), self))
        top.addWidget(self.target, 1)
        attach_row = QHBoxLayout()
        attach_row.addStretch(1)
        attach_row.addWidget(self.attach_button)

        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Belongs to"), self.tr("File"), self.tr("Attached"), self.tr("Check")])
        self.list.setRootIsDecorated(False)
        self.list.setStyleSheet(TREE_STYLE)
        self.list.setAlternatingRowColors(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No signed copies attached yet."), self)
        self.empty.setObjectName("hint")
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Check the file against its fingerprint, then open it"))
        self.open_button.clicked.connect(self.open_selected)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addLayout(attach_row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bottom)

        self.list.itemSelectionChanged.connect(self._update)
        self.list.itemActivated.connect(lambda _item, _column: self.open_selected())
        records.loaded.connect(self.show_records)
        self.show_records(None)

    def show_project(self, detail: ProjectDetail | None) -> None:
        """A project was selected: wait for its records."""
        if detail is None or self.data is None or self.data.project_id != detail.project_id:
            self.attach_button.setEnabled(False)
            self.open_button.setEnabled(False)

    def show_records(self, data: work.ProjectRecords | None) -> None:
        """List the project's attached scans and the targets a new one can belong to."""
        same = data is not None and self.data is not None and data.project_id == self.data.project_id
        keep_target = self.target.currentData() if same else None
        keep_row = self.selected_seq() if same else None
        if not same:
            self.status.clear()
        self.data = data
        self.target.clear()
        self.list.clear()
        if data is None:
            self.empty.show()
            self.list.hide()
            self.open_button.hide()
            self._update()
            return
        state = data.state
        by_version = {order.version: order for order in state.change_orders}
        for number in range(state.latest_version, 0, -1):
            order = by_version.get(number)
            if order is not None:
                self.target.addItem(self.tr("Change order {number} ({status}) · version {version}").format(
                    number=order.number, status=self._order_status(order.status), version=number),
                    order.number)
            label = self.tr("Version {n}").format(n=number)
            if number == data.in_force:
                label = self.tr("Version {n} (in force)").format(n=number)
            self.target.addItem(label, number)
        index = self.target.findData(keep_target) if keep_target is not None else -1
        self.target.setCurrentIndex(index if index >= 0 else self.target.findData(data.in_force))
        for scan in reversed(data.attachments):
            where = scan.target if scan.target.startswith("CO-") else self.tr("Version {n}").format(n=scan.target[1:])
            item = QTreeWidgetItem([where, str(scan.record.data.get("name", "")), show_date(scan.record.at.date()),
                                    self._check_text(scan.exists, scan.matches)])
            item.setData(0, Qt.ItemDataRole.UserRole, scan.seq)
            item.setToolTip(1, self.tr("{name}\nSHA-256 {digest}").format(
                name=scan.record.data.get("name", ""), digest=scan.record.data.get("sha256", "")))
            colour = GOOD if scan.matches else BAD
            item.setIcon(3, dot(colour, 10) if scan.matches else icon(Icons.WARNING))
            item.setForeground(3, QBrush(QColor(colour)))
            self.list.addTopLevelItem(item)
            if scan.seq == keep_row:
                self.list.setCurrentItem(item)
        self.empty.setVisible(not data.attachments)
        self.list.setVisible(bool(data.attachments))
        self.open_button.setVisible(bool(data.attachments))
        self._update()

    def _order_status(self, status: ChangeStatus) -> str:
        return {
            ChangeStatus.PROPOSED: self.tr("proposed"),
            ChangeStatus.ACCEPTED: self.tr("accepted"),
            ChangeStatus.REJECTED: self.tr("rejected"),
        }[status]

    def _check_text(self, exists: bool, matches: bool) -> str:
        if matches:
            return self.tr("Matches")
        return self.tr("Altered") if exists else self.tr("Missing")

    def _update(self) -> None:
        ready = self.data is not None and self.ctx.repo is not None
        self.attach_button.setEnabled(ready)
        self.target.setEnabled(ready)
        self.open_button.setEnabled(ready and self.selected_seq() is not None)

    def selected_seq(self) -> int | None:
        """The record number of the selected scan."""
        items = self.list.selectedItems()
        return int(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    def selected_scan(self) -> work.Attachment | None:
        """The selected attached scan."""
        seq = self.selected_seq()
        if self.data is None or seq is None:
            return None
        return next((a for a in self.data.attachments if a.seq == seq), None)

    # Attaching

    def choose_file(self, *, version: int | None = None, change: str | None = None) -> None:
        """Pick a PDF or image and attach it to the chosen version or change order."""
        if self.data is None:
            return
        wanted = change if change is not None else version
        if wanted is not None and (index := self.target.findData(wanted)) >= 0:
            self.target.setCurrentIndex(index)
        folder = str(self.ctx.prefs.state(LAST_FOLDER) or Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach a signed copy"), folder,
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"))
        if not name:
            return
        self.attach(Path(name))

    def attach(self, path: Path) -> None:
        """Copy `path` into the data folder for the chosen target (off the GUI thread)."""
        from gui.journal import work

        self.ctx.prefs.set_state(LAST_FOLDER, str(path.parent))
        value = self.target.currentData()
        version = value if isinstance(value, int) else None
        change = value if isinstance(value, str) else None
        where = self.target.currentText()

        def done(digest: str) -> None:
            self.status.setStyleSheet(f"color: {GOOD};")
            self.status.setText(self.tr("{name} attached to {target}. Fingerprint (SHA-256): {digest}").format(
                name=path.name, target=where, digest=digest))

        self.main.statusBar().showMessage(self.tr("Attaching {name}…").format(name=path.name), 3000)
        self.records.write(work.attach_scan, done, path=path, version=version, change=change)

    # Opening

    def open_selected(self) -> None:
        """Hash the selected scan again; say whether it matches; open it (asking first if it does not)."""
        from gui.journal import work

        scan, data, repo = self.selected_scan(), self.data, self.ctx.repo
        if scan is None or data is None or repo is None:
            return
        pid, seq = data.project_id, scan.seq
        name = str(scan.record.data.get("name", ""))
        when = show_date(scan.record.at.date())
        self.ctx.tasks.run(lambda: work.check_scan(repo=repo, project_id=pid, seq=seq),
                           lambda check: self._checked(check, name, when), self.main.show_error, owner=self)

    def _checked(self, check: work.ScanCheck, name: str, when: str) -> None:
        self.last_check = check
        if check.matches:
            self.status.setStyleSheet(f"color: {GOOD};")
            self.status.setText(self.tr(
                "{name} is the same file that was attached on {date}: its fingerprint matches.").format(
                    name=name, date=when))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(check.path)))
            return
        self.status.setStyleSheet(f"color: {BAD};")
        if not check.exists:
            message = self.tr(
                "The copy of {name} attached on {date} is missing from the data folder ({path}). It may have "
                "been moved or deleted outside Pacta; restore it from a backup of the data folder.").format(
                    name=name, date=when, path=check.path)
            self.status.setText(message)
            QMessageBox.warning(self, self.tr("Signed copy missing"), message)
            self._reload_if_changed(check)
            return
        message = self.tr(
            "{name} is NOT the file that was attached on {date}: its fingerprint no longer matches, so it "
            "was altered or damaged after it was attached. Do not rely on it as proof.").format(name=name, date=when)
        self.status.setText(message)
        answer = QMessageBox.warning(
            self, self.tr("Signed copy altered"), message + "\n\n" + self.tr("Open it anyway?"),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(check.path)))
        self._reload_if_changed(check)

    def _reload_if_changed(self, check: work.ScanCheck) -> None:
        """The list said it matched and it no longer does: read it again so the list says so too."""
        scan = self.selected_scan()
        if scan is not None and (scan.matches, scan.exists) != (check.matches, check.exists):
            self.records.reload()

    def focus_form(self) -> None:
        """Put the focus on the target chooser."""
        self.target.setFocus()
