"""History of a project: timeline, version comparison, change orders, statuses, proof.

`install(window)` adds the History tab and the contract's life to the menus: Mark as
sent, signed, completed or terminated; record a change from a file; accept, reject or
export a change order (Project menu); and Verify a printed PDF (File menu). A `History`
controller reads what the tab shows off the GUI thread whenever a project is shown;
every write goes through the task runner, after which the whole detail is read again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.followed import FollowedProject
from gui.journal_widgets import BAD, GOOD, MUTED, TREE_STYLE, WARN, WrapDelegate, dot, show_date
from gui.options import LAST_FOLDER
from gui.project_model import status_label

if TYPE_CHECKING:
    from gui import history_work as work
    from gui.main_window import MainWindow
    from gui.services import ProjectDetail

VERSION_COLOUR = "#2f6fb3"
STATUS_COLOUR = "#6a4fa3"
ROLE_VERSION = int(Qt.ItemDataRole.UserRole)
ROLE_CHANGE = int(Qt.ItemDataRole.UserRole) + 1
LIFECYCLE = ("sent", "signed", "completed", "terminated")


def who_label(who: str | None) -> str:
    """Who asked for a change, in the UI language."""
    if who == "client":
        return QCoreApplication.translate("History", "asked for by the client")
    if who == "provider":
        return QCoreApplication.translate("History", "asked for by you (the provider)")
    return ""


def change_status_label(status: str) -> str:
    """A change order's status in the UI language."""
    return {
        "proposed": QCoreApplication.translate("History", "proposed"),
        "accepted": QCoreApplication.translate("History", "accepted"),
        "rejected": QCoreApplication.translate("History", "rejected"),
    }.get(status, status)


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
        from gui.journal_widgets import kind_label

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


class HistoryRecords(FollowedProject):
    """Reads the shown project's history; writes through the task runner, then shows it again."""

    current: work.History | None

    def read(self, repo: Any, project_id: str) -> work.History:
        from gui import history_work as work

        return work.load(repo=repo, project_id=project_id)


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
        from gui import history_work as work

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
            from gui.history_diff import comparison_html

            if self.history is None or self.history.project_id != pid:
                return
            if (self.old_version.currentData(), self.new_version.currentData()) != (old, new):
                return
            self.comparison.setHtml(comparison_html(comparison, lang))

        self.records.ctx.tasks.run(lambda: work.compare(repo=repo, project_id=pid, old=int(old), new=int(new)),
                                   show, self.records.window.ops.show_error, owner=self)


class LifeActions(QObject):
    """The contract's life in the menus: statuses, change orders, and proof."""

    def __init__(self, window: MainWindow, records: HistoryRecords) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.records = records
        texts = {
            "sent": self.tr("Mark as &sent…"),
            "signed": self.tr("Mark as si&gned…"),
            "completed": self.tr("Mark as &completed…"),
            "terminated": self.tr("Mark as &terminated…"),
        }
        tips = {
            "sent": self.tr("The client has the contract; record the day it was sent"),
            "signed": self.tr("Both parties signed: the version in force is frozen, changes go through change orders"),
            "completed": self.tr("The work is delivered and accepted"),
            "terminated": self.tr("The contract ended early"),
        }
        self.status_actions: dict[str, QAction] = {}
        for status in LIFECYCLE:
            action = QAction(texts[status], window)
            action.setStatusTip(tips[status])
            action.triggered.connect(lambda _checked=False, s=status: self.mark(s))
            self.status_actions[status] = action
        self.change_action = QAction(self.tr("Record a change from a &file…"), window)
        self.change_action.setStatusTip(self.tr("A new version from a contract file; once signed, a change order"))
        self.change_action.triggered.connect(self.change_from_file)
        self.accept_action = QAction(self.tr("&Accept change order…"), window)
        self.accept_action.setStatusTip(self.tr("Both parties signed the change order: its version comes into force"))
        self.accept_action.triggered.connect(lambda: self.decide(None, accepted=True))
        self.reject_action = QAction(self.tr("&Reject change order…"), window)
        self.reject_action.setStatusTip(self.tr("The change order was turned down: the version in force stays"))
        self.reject_action.triggered.connect(lambda: self.decide(None, accepted=False))
        self.export_action = QAction(self.tr("E&xport change order…"), window)
        self.export_action.setStatusTip(self.tr("Write a change order as PDF and DOCX"))
        self.export_action.triggered.connect(lambda: self.export_change(None))
        self.verify_action = QAction(self.tr("&Verify a printed PDF…"), window)
        self.verify_action.setStatusTip(self.tr("Say which project and version a PDF made by Pacta shows, and "
                                                "whether it is still the one in force"))
        self.verify_action.triggered.connect(self.verify)
        project = window.commands.menus["project"]
        project.addSeparator()
        for action in self.status_actions.values():
            project.addAction(action)
        project.addSeparator()
        for action in (self.change_action, self.accept_action, self.reject_action, self.export_action):
            project.addAction(action)
        file_menu = window.commands.menus["file"]
        file_menu.insertAction(window.commands.preferences, self.verify_action)
        file_menu.insertSeparator(window.commands.preferences)
        records.loaded.connect(self._update)
        self._update(None)

    def _update(self, history: work.History | None) -> None:
        allowed = history.allowed() if history is not None else frozenset()
        for status, action in self.status_actions.items():
            action.setEnabled(any(s.value == status for s in allowed))
        state = history.state if history is not None else None
        open_ = state is not None and state.status.value not in ("completed", "terminated")
        self.change_action.setEnabled(open_)
        pending = state is not None and any(c.status.value == "proposed" for c in state.change_orders)
        self.accept_action.setEnabled(pending)
        self.reject_action.setEnabled(pending)
        self.export_action.setEnabled(state is not None and bool(state.change_orders))
        self.verify_action.setEnabled(self.ctx.repo is not None or history is not None)

    # Statuses

    def mark(self, status: str) -> None:
        """Ask the date, then record the new status."""
        from gui import history_work as work
        from gui.change_request import DecisionDialog

        history = self.records.current
        if history is None:
            return
        title = history.title
        intros = {
            "sent": self.tr("“{title}” was sent to the client on:"),
            "signed": self.tr("“{title}”, version {number}, was signed by both parties on the date below.\n\n"
                              "From then on it is frozen: any change is recorded as a change order that "
                              "the client signs too."),
            "completed": self.tr("The work of “{title}” was delivered and accepted on:"),
            "terminated": self.tr("“{title}” ended early on the date below. A terminated contract can no longer "
                                  "change."),
        }
        answer = DecisionDialog.ask(status_label(status), intros[status].format(
            title=title, number=history.state.in_force), self.tr("Record"), self.window)
        if answer is None:
            return

        def done(_record: Any) -> None:
            self.window.statusBar().showMessage(self.tr("Recorded: {status} on {date}.").format(
                status=status_label(status).lower(), date=show_date(answer.on)), 5000)

        self.records.write(work.mark, done, status=status, on=answer.on)

    # Change orders

    def _choose_change(self, number: str | None, *, proposed: bool) -> str | None:
        history = self.records.current
        if history is None:
            return None
        orders = [c for c in history.state.change_orders if not proposed or c.status.value == "proposed"]
        if number is not None:
            return number if any(c.number == number for c in orders) else None
        if not orders:
            return None
        if len(orders) == 1:
            return orders[0].number
        labels = [f"{c.number} · {change_status_label(c.status.value)} · {c.reason}" for c in orders]
        choice, ok = QInputDialog.getItem(self.window, self.tr("Change order"), self.tr("Which change order?"),
                                          labels, len(labels) - 1, False)
        return orders[labels.index(choice)].number if ok and choice in labels else None

    def decide(self, number: str | None, *, accepted: bool) -> None:
        """Accept a proposed change order (signed by both) or reject it (asks why)."""
        from gui import history_work as work
        from gui.change_request import DecisionDialog

        chosen = self._choose_change(number, proposed=True)
        history = self.records.current
        if chosen is None or history is None:
            return
        order = history.state.change_order(chosen)
        assert order is not None
        if accepted:
            answer = DecisionDialog.ask(
                self.tr("Accept {number}").format(number=chosen),
                self.tr("{number} ({reason}) was signed by both parties on the date below. Its version {version} "
                        "then comes into force in place of version {current}.").format(
                    number=chosen, reason=order.reason, version=order.version, current=history.state.in_force),
                self.tr("Accept"), self.window, date_label=self.tr("Signed on:"))
        else:
            answer = DecisionDialog.ask(
                self.tr("Reject {number}").format(number=chosen),
                self.tr("{number} ({reason}) was turned down. Version {current} stays in force; the change order "
                        "stays in the history, marked rejected.").format(
                    number=chosen, reason=order.reason, current=history.state.in_force),
                self.tr("Reject"), self.window, date_label=self.tr("Rejected on:"),
                reason_label=self.tr("Why:"))
        if answer is None:
            return

        def done(_record: Any) -> None:
            message = (self.tr("{number} accepted: version {version} is in force.") if accepted
                       else self.tr("{number} rejected: version {version} stays in force."))
            self.window.statusBar().showMessage(message.format(
                number=chosen, version=order.version if accepted else history.state.in_force), 8000)

        self.records.write(work.decide, done, number=chosen, accepted=accepted, on=answer.on,
                           reason=answer.reason or None)

    def export_change(self, number: str | None) -> None:
        """Write a change order as PDF and DOCX into a folder the user picks."""
        from gui import services

        chosen = self._choose_change(number, proposed=False)
        if chosen is None:
            return
        start = str(self.ctx.prefs.state(LAST_FOLDER) or Path.home())
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Where to put the change order"), start)
        if not folder:
            return
        self.ctx.prefs.set_state(LAST_FOLDER, folder)
        paper = self.ctx.prefs.get("documents/paper")
        self.window.statusBar().showMessage(self.tr("Writing {number}…").format(number=chosen))

        def done(paths: list[Path]) -> None:
            self.window.statusBar().showMessage(self.tr("{number} written: {names}").format(
                number=chosen, names=", ".join(p.name for p in paths)), 8000)

        self.records.write(services.render_change_order, done, change=chosen, folder=Path(folder), paper=paper)

    def change_from_file(self) -> None:
        """A new version from an interchange JSON file; on a signed contract, a proposed change order."""
        from gui import history_work as work
        from gui.change_request import ChangeRequestDialog

        history = self.records.current
        if history is None:
            return
        start = str(self.ctx.prefs.state(LAST_FOLDER) or Path.home())
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("The changed contract"), start,
                                              self.tr("Pacta contracts (*.json)"))
        if not name:
            return
        self.ctx.prefs.set_state(LAST_FOLDER, str(Path(name).parent))
        if history.state.frozen:
            intro = self.tr("“{title}” is signed: {file} is recorded as change order {number}, proposed until "
                            "both parties sign it. Version {current} stays in force until then.").format(
                title=history.title, file=Path(name).name, number=history.state.next_change_number(),
                current=history.state.in_force)
        else:
            intro = self.tr("{file} becomes the next version of “{title}”.").format(
                file=Path(name).name, title=history.title)
        answer = ChangeRequestDialog.ask(intro, self.window)
        if answer is None:
            return

        def done(result: work.ChangeRecorded) -> None:
            message = (self.tr("Recorded {number} (version {version}): proposed until the client signs it.")
                       if result.change else self.tr("Saved: version {version}."))
            self.window.statusBar().showMessage(message.format(number=result.change, version=result.version), 8000)

        self.records.write(work.change_from_file, done, path=Path(name), lang=self.ctx.lang, reason=answer.reason,
                           requested_by=answer.requested_by, asked_on=answer.asked_on)

    # Proof

    def verify(self) -> None:
        """Pick a PDF, read its stamp, and say which project and version it shows."""
        from gui import history_work as work

        repo = self.ctx.repo
        if repo is None:
            return
        start = str(self.ctx.prefs.state(LAST_FOLDER) or Path.home())
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Verify a printed PDF"), start,
                                              self.tr("PDF documents (*.pdf)"))
        if not name:
            return
        self.ctx.prefs.set_state(LAST_FOLDER, str(Path(name).parent))
        self.ctx.tasks.run(lambda: work.verify_pdf(repo=repo, path=Path(name)), self._verified,
                           self.window.ops.show_error, owner=self)

    def _verified(self, result: work.Verified) -> None:
        title = self.tr("Verify a printed PDF")
        if result.fingerprint is None:
            QMessageBox.information(self.window, title, self.tr(
                "{file} does not carry the fingerprint of a Pacta document: it was not made by Pacta, or "
                "the stamp was lost when it was saved again by another program.").format(file=result.path.name))
            return
        if not result.found:
            QMessageBox.information(self.window, title, self.tr(
                "{file} was made by Pacta, but its version is unknown to this data folder: it comes from "
                "another computer or another data folder.\n\nFingerprint: {fingerprint}").format(
                file=result.path.name, fingerprint=result.fingerprint))
            return
        if result.current:
            state = self.tr("It is the version in force.")
        else:
            state = self.tr("It is no longer the version in force: version {number} is.").format(number=result.in_force)
        text = self.tr("{file} shows “{title}”, version {version}.\n\n{state}\n\nFingerprint: {fingerprint}").format(
            file=result.path.name, title=result.title, version=result.version, state=state,
            fingerprint=result.fingerprint)
        if result.trashed:
            QMessageBox.information(self.window, title, text + "\n\n" + self.tr("The project is in the trash."))
            return
        answer = QMessageBox.question(self.window, title, text + "\n\n" + self.tr("Show this project?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes and result.project_id is not None:
            self.show_project(result.project_id)

    def show_project(self, project_id: str) -> None:
        """Select a project in the list and bring its History tab forward."""
        window = self.window
        if window.trash_view:
            window.commands.show_trash.setChecked(False)
        index = window.index_of(project_id)
        if index.isValid():
            window.table.selectRow(index.row())
        else:
            window.reload(select=project_id)
        tab = next((e.tab for e in window.extensions if isinstance(e, HistoryExtension)), None)
        if tab is not None:
            window.detail.setCurrentWidget(tab)


class HistoryExtension(QObject):
    """The History tab and the lifecycle actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.records = HistoryRecords(window)
        self.actions = LifeActions(window, self.records)
        self.tab = HistoryTab(self.records, self.actions, window.detail)
        window.detail.add_tab(self.tab, self.tr("History"))


def install(window: MainWindow) -> object:
    """Add the History tab and the contract's life (statuses, change orders, Verify) to `window`."""
    return HistoryExtension(window)

