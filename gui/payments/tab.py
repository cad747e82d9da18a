"""The Payments tab of a project: each scheduled payment, what was paid and what is owed, and Mark as paid.

`install(host)` adds the tab and Project › Mark as paid…. `PaymentRecords` reads the plan of the
version in force (with the change orders accepted since signing) off the GUI thread whenever a
project is shown; a payment is written through the task runner, then the project is read again.
A deposit-first contract whose deposit is not recorded as paid warns here, and on the status
line, once the work is due to start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.host import FollowedProject
from gui.widgets.records import TREE_STYLE

if TYPE_CHECKING:
    from gui.core.services import ProjectDetail
    from gui.host import Host
    from gui.payments import work

ROLE_KEY = int(Qt.ItemDataRole.UserRole)
OVERDUE_COLOUR = "#b3261e"


class PaymentRecords(FollowedProject):
    """Reads the shown project's payments; writes them through the task runner."""

    current: work.PaymentsView | None
    #: Journal entries, rounds, scans and payments leave the project list as it is.
    changes_the_list = False

    def read(self, repo: Any, project_id: str) -> work.PaymentsView:
        from gui.payments import work

        return work.load(repo=repo, project_id=project_id)


class PaymentsTab(QWidget):
    """The schedule as a table, the totals, and the warning about an unpaid deposit."""

    def __init__(self, records: PaymentRecords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.lang = records.ctx.lang
        self.rows: list[Any] = []
        self.warning = QLabel(self)
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.table = QTreeWidget(self)
        # The amounts first, so they show in a narrow pane; when each payment is due, in words, last.
        self.table.setHeaderLabels([self.tr("Payment"), self.tr("To pay (with taxes)"), self.tr("Paid"),
                                    self.tr("Outstanding"), self.tr("Overdue"), self.tr("Due")])
        self.table.setRootIsDecorated(False)
        self.table.setStyleSheet(TREE_STYLE)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(self)
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.paid_button = QPushButton(self.tr("Mark as paid…"), self)
        self.paid_button.setObjectName("primary")
        self.paid_button.setToolTip(self.tr("Record money received against the selected payment"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.paid_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.totals)
        layout.addLayout(buttons)
        self.table.itemDoubleClicked.connect(lambda *_: self.paid_button.click())

    def show_project(self, detail: ProjectDetail | None) -> None:
        """The host calls this for each project shown; the payments arrive through `records`."""
        if detail is None:
            self.show_payments(None)

    def selected_key(self) -> str | None:
        """The key of the selected payment (`deposit`, `1`, `CO-1`)."""
        item = self.table.currentItem()
        return str(item.data(0, ROLE_KEY)) if item is not None else None

    def show_payments(self, view: work.PaymentsView | None) -> None:
        """Fill the table, the totals and the warning."""
        from gui.widgets import payments

        self.table.clear()
        self.rows = []
        if view is None or not view.plan.lines:
            self.totals.setText("")
            self.warning.hide()
            self.empty.setText(self.tr("The contract has no fee: no payments are scheduled.") if view else "")
            self.empty.setVisible(view is not None)
            self.paid_button.setEnabled(False)
            return
        self.empty.hide()
        self.rows = payments.rows(view.plan, view.contract, self.lang)
        for row in self.rows:
            item = QTreeWidgetItem([row.label, row.to_pay, row.paid, row.outstanding,
                                    self.tr("overdue") if row.overdue else "", row.due])
            item.setData(0, ROLE_KEY, row.key)
            item.setToolTip(0, row.label)
            item.setToolTip(1, row.taxes)
            item.setToolTip(5, row.due)
            for column in (1, 2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.overdue:
                item.setForeground(4, QColor(OVERDUE_COLOUR))
            self.table.addTopLevelItem(item)
        self.totals.setText("\n".join(payments.totals(view.plan, self.lang)))
        owed = [r for r in self.rows if r.owed > 0]
        self.paid_button.setEnabled(bool(owed))
        first = next((i for i, r in enumerate(self.rows) if r.owed > 0), 0)
        current = self.table.topLevelItem(first)
        if current is not None:
            self.table.setCurrentItem(current)
        self.warning.setText(self.deposit_warning(view) or "")
        self.warning.setVisible(view.waits_for_deposit)

    def deposit_warning(self, view: work.PaymentsView) -> str | None:
        """The warning about work starting before the deposit is paid, or None."""
        if not view.waits_for_deposit:
            return None
        from domain import formatting

        deposit = view.plan.deposit_outstanding()
        return self.tr("Work starts once the deposit is paid, and it is due to start ({date}), but the deposit "
                       "is not recorded as paid: {amount} still owed.").format(
            date=formatting.date(view.starts_on, self.lang) if view.starts_on else "",
            amount=formatting.money(deposit, view.plan.currency, self.lang))


class PaymentsExtension(QObject):
    """The Payments tab and Project › Mark as paid…."""

    def __init__(self, window: Host) -> None:
        super().__init__(window)
        self.window = window
        self.records = PaymentRecords(window)
        self.tab = PaymentsTab(self.records, window)
        window.add_tab(self.tab, self.tr("Payments"))
        self.paid_action = QAction(self.tr("Mark as &paid…"), window)
        self.paid_action.setStatusTip(self.tr("Record money received against a scheduled payment"))
        self.paid_action.triggered.connect(self.mark_paid)
        project = window.menu("project")
        project.addSeparator()
        project.addAction(self.paid_action)
        self.tab.paid_button.clicked.connect(self.mark_paid)
        self._warned: str | None = None
        self._warned_for: str | None = None
        self.records.loaded.connect(self._loaded)
        self._loaded(None)

    def _loaded(self, view: work.PaymentsView | None) -> None:
        self.tab.show_payments(view)
        self.paid_action.setEnabled(view is not None and any(r.owed > 0 for r in self.tab.rows))
        warning = self.tab.deposit_warning(view) if view is not None else None
        bar = self.window.statusBar()
        if self._warned and bar.currentMessage() == self._warned and warning != self._warned:
            bar.clearMessage()  # said of another project, or of this one before its deposit was paid
        shown = view.project_id if view is not None else None
        # Said once when the project is shown (the tab keeps saying it), never over another message.
        if warning and shown != self._warned_for and not bar.currentMessage():
            bar.showMessage(warning, 15000)
        self._warned, self._warned_for = warning, shown

    def mark_paid(self) -> None:
        """Ask which payment, when and how much, then record it off the GUI thread."""
        from gui.payments import work
        from gui.payments.dialog import MarkPaidDialog

        view = self.records.current
        if view is None:
            return
        owed = [r for r in self.tab.rows if r.owed > 0]
        if not owed:
            return
        self.window.show_tab(self.tab)
        answer = MarkPaidDialog.ask(owed, view.plan.currency, self.tab.selected_key(), self.window)
        if answer is None:
            return

        def done(_record: Any) -> None:
            from domain import formatting

            self.window.statusBar().showMessage(self.tr("Payment recorded: {amount} on {date}.").format(
                amount=formatting.money(answer.amount, view.plan.currency, self.tab.lang),
                date=formatting.date(answer.on, self.tab.lang)), 8000)

        self.records.write(work.mark_paid, done, what=answer.what, on=answer.on, amount=answer.amount)


def install(window: Host) -> object:
    """Add the Payments tab and Mark as paid to `window`."""
    return PaymentsExtension(window)
