"""History of a project: timeline, version comparison, change orders, statuses, proof.

`install(host)` adds the History tab and the contract's life to the menus: Mark as
sent, signed, completed or terminated; record a change from a file; accept, reject or
export a change order (Project menu); those actions and
`HistoryRecords`, which reads what the tab shows whenever a project is shown, are in life.py;
every write goes through the task runner, after which the whole detail is read again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.statuses import status_label
from gui.history.life import HistoryRecords, LifeActions, change_status_label
from gui.widgets.records import BAD, GOOD, MUTED, TREE_STYLE, WARN, WrapDelegate, dot, show_date

if TYPE_CHECKING:
    from gui.core.services import ProjectDetail
    from gui.history import work
    from gui.host import Host

VERSION_COLOUR = "#2f6fb3"
STATUS_COLOUR = "#6a4fa3"
ROLE_VERSION = int(Qt.ItemDataRole.UserRole)
ROLE_CHANGE = int(Qt.ItemDataRole.UserRole) + 1


def who_label(who: str | None) -> str:
    """Who asked for a change, in the UI language."""
    if who == "client":
        return QCoreApplication.translate("History", "asked for by the client")
    if who == "provider":
        return QCoreApplication.translate("History", "asked for by you (the provider)")
    return ""


def document_label(kind: str) -> str:
    """A generated document's kind in the UI language."""
    return {
        "agreement": QCoreApplication.translate("History", "Agreement"),
        "checklist": QCoreApplication.translate("History", "Scope checklist"),
        "change-order": QCoreApplication.translate("History", "Change order"),
    }.get(kind, kind)


def describe(event: work.Event, history: work.History) -> tuple[str, str, str]:
    """What happened (short), the details, and the colour of its marker."""
    data = event.data
    kind = event.kind
    state = history.state
    if kind == "version":
        number = int(data["number"])
        bits = [str(data.get("reason") or "")]
        if who := who_label(data.get("requested_by")):
            bits.append(who)
        bits.append(QCoreApplication.translate("History", "fingerprint {fingerprint}").format(fingerprint=str(data["fingerprint"])[:12]))
        what = QCoreApplication.translate("History", "Version {number}").format(number=number)
        if number == state.in_force:
            what += " · " + QCoreApplication.translate("History", "in force")
        return what, " · ".join(b for b in bits if b), VERSION_COLOUR
    if kind == "change":
        order = state.change_order(str(data["number"]))
        status = order.status.value if order is not None else "proposed"
        colour = {"accepted": GOOD, "rejected": BAD}.get(status, WARN)
        what = QCoreApplication.translate("History", "{number} requested ({status})").format(number=data["number"],
                                                                     status=change_status_label(status))
        details = QCoreApplication.translate("History", "Version {version} over version {base}, {who}: {reason}").format(
            version=data["version"], base=data["base_version"], who=who_label(data.get("requested_by")),
            reason=data.get("reason", ""))
        return what, details, colour
    if kind == "change_status":
        order = state.change_order(str(data["number"]))
        if data.get("status") == "accepted":
            what = QCoreApplication.translate("History", "{number} accepted").format(number=data["number"])
            details = (QCoreApplication.translate("History", "Signed by both parties: version {version} comes into force.").format(
                version=order.version) if order is not None else "")
            return what, details, GOOD
        what = QCoreApplication.translate("History", "{number} rejected").format(number=data["number"])
        details = QCoreApplication.translate("History", "Reason: {reason}").format(reason=data.get("reason") or "—")
        return what, details, BAD
    if kind == "status":
        status = str(data.get("status"))
        what = QCoreApplication.translate("History", "Marked as {status}").format(status=status_label(status).lower())
        details = ""
        if status == "signed":
            details = QCoreApplication.translate("History", "Version {version} signed: from now on, changes go through change orders.").format(
                version=data.get("version", "?"))
        return what, details, STATUS_COLOUR
    if kind == "document":
        doc = document_label(str(data.get("kind")))
        if data.get("change"):
            doc = f"{doc} {data['change']}"
        what = QCoreApplication.translate("History", "Document generated")
        details = QCoreApplication.translate("History", "{document} of version {version}, {format}: {name}").format(
            document=doc, version=data.get("version", "?"), format=str(data.get("format", "")).upper(),
            name=data.get("name", ""))
        return what, details, MUTED
    if kind == "attachment":
        target = data.get("target", {})
        where = (str(target["change"]) if "change" in target
                 else QCoreApplication.translate("History", "version {number}").format(number=target.get("version", "?")))
        what = QCoreApplication.translate("History", "Signed copy attached")
        details = QCoreApplication.translate("History", "{name}, to {target} (SHA-256 {sha})").format(
            name=data.get("name", ""), target=where, sha=str(data.get("sha256", ""))[:12])
        return what, details, MUTED
    if kind == "email":
        to = ", ".join(data.get("to") or data.get("recipients") or [])
        what = QCoreApplication.translate("History", "Email sent")
        details = QCoreApplication.translate("History", "To {to}: {subject}").format(to=to, subject=data.get("subject", ""))
        return what, details, MUTED
    if kind == "journal":
        from gui.widgets.records import kind_label

        what = QCoreApplication.translate("History", "Journal: {kind}").format(kind=kind_label(str(data.get("kind"))).lower())
        return what, str(data.get("text", "")), MUTED
    if kind == "strike":
        what = QCoreApplication.translate("History", "Journal entry struck through")
        return what, str(data.get("reason") or ""), MUTED
    if kind == "round":
        if data.get("kind") == "delivery":
            what = QCoreApplication.translate("History", "Delivery of {deliverable}").format(deliverable=data.get("deliverable", ""))
        else:
            what = QCoreApplication.translate("History", "Client feedback on {deliverable}").format(deliverable=data.get("deliverable", ""))
        return what, str(data.get("note") or ""), MUTED
    if kind == "trashed":
        return QCoreApplication.translate("History", "Moved to the trash"), "", MUTED
    if kind == "restored":
        return QCoreApplication.translate("History", "Restored from the trash"), "", MUTED
    return kind, "", MUTED


class HistoryTab(QWidget):
    """The timeline (newest first), the change order buttons, and two versions side by side."""

    def __init__(self, records: HistoryRecords, actions: LifeActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.life = actions
        self.history: work.History | None = None
        self._filling = False
        self.header = QLabel(self)
        self.header.setObjectName("hint")
        self.header.setWordWrap(True)

        self.timeline = QTreeWidget(self)
        self.timeline.setHeaderLabels([self.tr("Date"), self.tr("Event")])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setItemsExpandable(False)
        self.timeline.setStyleSheet(TREE_STYLE)
        WrapDelegate(self.timeline, 1)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.timeline.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Write the selected change order as PDF and DOCX into a folder"))
        self.accept_button = QPushButton(self.tr("Accept…"), self)
        self.accept_button.setToolTip(self.tr("Both parties signed the selected change order: its version "
                                              "comes into force"))
        self.reject_button = QPushButton(self.tr("Reject…"), self)
        self.reject_button.setToolTip(self.tr("The selected change order was turned down: the version in force "
                                              "stays as it is"))
        self.selected_label = QLabel(self)
        self.selected_label.setObjectName("hint")
        self.selected_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)

        self.old_version = QComboBox(self)
        self.new_version = QComboBox(self)
        self.old_version.setToolTip(self.tr("The older version, on the left"))
        self.new_version.setToolTip(self.tr("The newer version, on the right"))
        compare = QHBoxLayout()
        compare.addWidget(QLabel(self.tr("Compare"), self))
        compare.addWidget(self.old_version)
        compare.addWidget(QLabel(self.tr("with"), self))
        compare.addWidget(self.new_version)
        compare.addStretch(1)
        self.comparison = QTextBrowser(self)
        self.comparison.setOpenLinks(False)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.timeline, 1)
        top_layout.addWidget(self.selected_label)
        top_layout.addLayout(buttons)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(compare)
        bottom_layout.addWidget(self.comparison, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 340])
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)

        self.timeline.itemSelectionChanged.connect(self._selected)
        self.old_version.currentIndexChanged.connect(self._compare)
        self.new_version.currentIndexChanged.connect(self._compare)
        self.export_button.clicked.connect(lambda: self.life.export_change(self.selected_change()))
        self.accept_button.clicked.connect(lambda: self.life.decide(self.selected_change(), accepted=True))
        self.reject_button.clicked.connect(lambda: self.life.decide(self.selected_change(), accepted=False))
        records.loaded.connect(self.show_history)
        self.show_history(None)

    def show_project(self, detail: ProjectDetail | None) -> None:
        """A project was selected: its history follows once read."""
        if detail is None:
            self.show_history(None)

    def show_history(self, history: work.History | None) -> None:
        """Fill the timeline and the version choosers (None: no project)."""
        self.history = history
        self.timeline.clear()
        self._filling = True
        self.old_version.clear()
        self.new_version.clear()
        if history is None:
            self.header.setText(self.tr("Select a project to see its history."))
            self.comparison.setHtml("")
            self._filling = False
            self._update()
            return
        state = history.state
        parts = [status_label(state.status.value),
                 self.tr("version {number} in force").format(number=state.in_force)]
        pending = [c.number for c in state.change_orders if c.status.value == "proposed"]
        if pending:
            parts.append(self.tr("waiting for the client's signature: {numbers}").format(numbers=", ".join(pending)))
        parts.append(self.tr("%n version(s)", "", len(history.versions)))
        self.header.setText(" · ".join(parts))
        bold = QFont(self.timeline.font())
        bold.setBold(True)
        for event in reversed(history.events):
            what, details, colour = describe(event, history)
            item = QTreeWidgetItem([show_date(event.day), what])
            item.setIcon(1, dot(colour))
            item.setData(0, ROLE_VERSION, event.version)
            item.setData(0, ROLE_CHANGE, event.change)
            item.setToolTip(1, details or what)
            for column in range(2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if event.kind in ("version", "change", "change_status", "status"):
                item.setFont(1, bold)
            self.timeline.addTopLevelItem(item)
            if details:
                note = QTreeWidgetItem(["", details])
                note.setForeground(1, Qt.GlobalColor.darkGray)
                note.setFlags(Qt.ItemFlag.ItemIsEnabled)
                note.setToolTip(1, details)
                item.addChild(note)
                item.setExpanded(True)
        for info in history.versions:
            text = self.tr("version {number}").format(number=info.number)
            if info.change:
                text += f" ({info.change})"
            self.old_version.addItem(text, info.number)
            self.new_version.addItem(text, info.number)
        count = len(history.versions)
        base = history.state.change_for_version(count)
        old_number = base.base_version if base is not None else max(count - 1, 1)
        self.old_version.setCurrentIndex(old_number - 1)
        self.new_version.setCurrentIndex(count - 1)
        self._filling = False
        self._compare()
        self._update()

    def select_versions(self, old: int, new: int) -> None:
        """Compare two versions (by number)."""
        self._filling = True
        self.old_version.setCurrentIndex(self.old_version.findData(old))
        self._filling = False
        self.new_version.setCurrentIndex(self.new_version.findData(new))
        self._compare()

    def _selected(self) -> None:
        items = self._selected_rows()
        if items and self.history is not None:
            version = items[0].data(0, ROLE_VERSION)
            if version is not None and int(version) > 1:
                order = self.history.state.change_for_version(int(version))
                base = order.base_version if order is not None else int(version) - 1
                self.select_versions(base, int(version))
        self._update()

    def _selected_rows(self) -> list[QTreeWidgetItem]:
        rows = []
        for item in self.timeline.selectedItems():
            while (parent := item.parent()) is not None:
                item = parent
            rows.append(item)
        return rows

    def selected_change(self) -> str | None:
        """The change order of the selected row, or the only one waiting for a decision."""
        items = self._selected_rows()
        if items:
            change = items[0].data(0, ROLE_CHANGE)
            if change:
                return str(change)
        if self.history is not None:
            pending = [c.number for c in self.history.state.change_orders if c.status.value == "proposed"]
            if len(pending) == 1:
                return pending[0]
        return None

    def _update(self) -> None:
        number = self.selected_change()
        order = self.history.state.change_order(number) if self.history is not None and number else None
        proposed = order is not None and order.status.value == "proposed"
        self.export_button.setEnabled(order is not None)
        self.accept_button.setEnabled(proposed)
        self.reject_button.setEnabled(proposed)
        if order is None:
            self.selected_label.setText(self.tr("Select a change order to export, accept or reject it.")
                                        if self.history is not None and self.history.state.change_orders
                                        else "")
        else:
            self.selected_label.setText(self.tr("{number}: {status}, asked on {date}").format(
                number=order.number, status=change_status_label(order.status.value), date=show_date(order.asked_on)))

    def _compare(self) -> None:
        if self._filling or self.history is None:
            return
        from gui.history import work

        old, new = self.old_version.currentData(), self.new_version.currentData()
        if old is None or new is None:
            return
        if old == new:
            self.comparison.setHtml("<p>" + self.tr("Choose two different versions to compare them.") + "</p>")
            return
        repo, pid, lang = self.records.ctx.repo, self.history.project_id, self.records.ctx.lang
        if repo is None:
            return

        def show(comparison: work.Comparison) -> None:
            from gui.history.diff import comparison_html

            if self.history is None or self.history.project_id != pid:
                return
            if (self.old_version.currentData(), self.new_version.currentData()) != (old, new):
                return
            self.comparison.setHtml(comparison_html(comparison, lang))

        self.records.ctx.tasks.run(lambda: work.compare(repo=repo, project_id=pid, old=int(old), new=int(new)),
                                   show, self.records.window.show_error, owner=self)


class HistoryExtension(QObject):
    """The History tab and the lifecycle actions."""

    def __init__(self, window: Host) -> None:
        super().__init__(window)
        self.window = window
        self.records = HistoryRecords(window)
        self.actions = LifeActions(window, self.records)
        self.tab = HistoryTab(self.records, self.actions, window)
        self.actions.tab = self.tab
        window.add_tab(self.tab, self.tr("History"))


def install(window: Host) -> object:
    """Add the History tab and the contract's life (statuses, change orders, Verify) to `window`."""
    return HistoryExtension(window)

