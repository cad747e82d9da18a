"""The contract's life in the menus: Mark as sent, signed, completed or terminated; record a
change from a file; accept, reject or export a change order. (Verifying a file is File ›
Verify a document…, in gui/signing.)

`HistoryRecords` reads what the History tab (gui/history/tab.py) shows off the GUI thread
whenever a project is shown; every write goes through the task runner, after which the
whole detail is read again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QWidget,
)

from gui.core.options import LAST_FOLDER, render_options
from gui.core.statuses import status_label
from gui.host import FollowedProject
from gui.widgets.records import show_date

if TYPE_CHECKING:
    from gui.history import work
    from gui.host import Host

LIFECYCLE = ("sent", "signed", "completed", "terminated")


def change_status_label(status: str) -> str:
    """A change order's status in the UI language."""
    return {
        "proposed": QCoreApplication.translate("History", "proposed"),
        "accepted": QCoreApplication.translate("History", "accepted"),
        "rejected": QCoreApplication.translate("History", "rejected"),
    }.get(status, status)


class HistoryRecords(FollowedProject):
    """Reads the shown project's history; writes through the task runner, then shows it again."""

    current: work.History | None

    def read(self, repo: Any, project_id: str) -> work.History:
        from gui.history import work

        return work.load(repo=repo, project_id=project_id)


class LifeActions(QObject):
    """The contract's life in the menus: statuses, change orders, and proof."""

    def __init__(self, window: Host, records: HistoryRecords) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.records = records
        # The History tab, brought forward by `show_project` (set by HistoryExtension).
        self.tab: QWidget | None = None
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
        project = window.menu("project")
        project.addSeparator()
        for action in self.status_actions.values():
            project.addAction(action)
        project.addSeparator()
        for action in (self.change_action, self.accept_action, self.reject_action, self.export_action):
            project.addAction(action)
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

    # Statuses

    def mark(self, status: str) -> None:
        """Ask the date, then record the new status."""
        from gui.history import work
        from gui.widgets.change_request import DecisionDialog

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
        from gui.history import work
        from gui.widgets.change_request import DecisionDialog

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
        from gui.core import services

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

        self.records.write(services.render_change_order, done, change=chosen, folder=Path(folder), paper=paper,
                           options=render_options(self.ctx.prefs))

    def change_from_file(self) -> None:
        """A new version from an interchange JSON file; on a signed contract, a proposed change order."""
        from gui.history import work
        from gui.widgets.change_request import ChangeRequestDialog

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
        answer = ChangeRequestDialog.ask(intro, self.window, ask_difference=history.state.frozen)
        if answer is None:
            return

        def done(result: work.ChangeRecorded) -> None:
            message = (self.tr("Recorded {number} (version {version}): proposed until the client signs it.")
                       if result.change else self.tr("Saved: version {version}."))
            self.window.statusBar().showMessage(message.format(number=result.change, version=result.version), 8000)

        self.records.write(work.change_from_file, done, path=Path(name), lang=self.ctx.lang, reason=answer.reason,
                           requested_by=answer.requested_by, asked_on=answer.asked_on,
                           difference=answer.difference)

    def show_project(self, project_id: str) -> None:
        """Select a project in the list and bring its History tab forward."""
        self.window.show_project(project_id)
        if self.tab is not None:
            self.window.show_tab(self.tab)
