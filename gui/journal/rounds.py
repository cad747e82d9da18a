"""The Rounds tab: deliveries and rounds of client feedback per deliverable of the version in force.

Each deliverable shows "round 1 of 2"; once the included rounds are used up the tab
offers to draft a change order that adds the next round at the agreed price, opened
in the wizard so saving it records the change order like any other.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
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

from domain.lifecycle import Status
from gui.widgets.fields import DateField, mark
from gui.widgets.records import (
    TREE_STYLE,
    WARN,
    SubmitLine,
    WrapDelegate,
    parse_date,
    show_date,
)

if TYPE_CHECKING:
    from gui.core.services import ProjectDetail
    from gui.host import Host
    from gui.journal import work
    from gui.journal.records import Records

DELIVERY, FEEDBACK = "delivery", "feedback"


def event_text(kind: str, number: int) -> str:
    """`Delivered` or `Client feedback, round 2`."""
    if kind == DELIVERY:
        return QCoreApplication.translate("Rounds", "Delivered")
    return QCoreApplication.translate("Rounds", "Client feedback, round {n}").format(n=number)


class RoundsTab(QWidget):
    """Deliverables with their rounds, one deliverable's history, the record form and the offer."""

    def __init__(self, records: Records, window: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.main = window
        self.ctx = window.ctx
        self.data: work.ProjectRecords | None = None
        self._offer_for: str | None = None

        self.header = QLabel(self)
        self.header.setObjectName("hint")
        self.header.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Deliverable"), self.tr("Feedback rounds")])
        self.list.setRootIsDecorated(False)
        self.list.setStyleSheet(TREE_STYLE)
        WrapDelegate(self.list, 0)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.history = QGroupBox(self)
        self.events = QTreeWidget(self.history)
        self.events.setHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Note")])
        self.events.setRootIsDecorated(False)
        self.events.setStyleSheet(TREE_STYLE)
        WrapDelegate(self.events, 2)
        self.events.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.events.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        events_header = self.events.header()
        events_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        events_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        events_header.setStretchLastSection(True)
        self.events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.no_events = QLabel(self.tr("Nothing recorded for this deliverable yet."), self.history)
        self.no_events.setObjectName("hint")

        self.offer = QFrame(self.history)
        self.offer.setObjectName("roundsOffer")
        self.offer.setStyleSheet("QFrame#roundsOffer { background: #fff6e5; border-left: 3px solid #c98a1b; }")
        self.offer_text = QLabel(self.offer)
        self.offer_text.setWordWrap(True)
        self.offer_button = QPushButton(self.offer)
        self.offer_button.clicked.connect(self.draft_change_order)
        offer_layout = QVBoxLayout(self.offer)
        offer_layout.setContentsMargins(10, 8, 10, 8)
        offer_layout.addWidget(self.offer_text)
        offer_row = QHBoxLayout()
        offer_row.addStretch(1)
        offer_row.addWidget(self.offer_button)
        offer_layout.addLayout(offer_row)
        self.offer.hide()

        self.kind = QComboBox(self.history)
        self.kind.addItem(self.tr("Delivery"), DELIVERY)
        self.kind.addItem(self.tr("Client feedback"), FEEDBACK)
        self.kind.setToolTip(self.tr("A delivery of the work, or a round of the client's feedback on it"))
        self.date = DateField(self.history)
        self.note = SubmitLine(self.history)
        self.note.setPlaceholderText(self.tr("Note (optional): what was sent, what the client asked for"))
        self.record_button = QPushButton(self.tr("Record"), self.history)
        self.record_button.setToolTip(self.tr("Record it (Enter in the note)"))
        form = QHBoxLayout()
        form.addWidget(self.kind)
        form.addWidget(self.date)
        form.addWidget(self.record_button)
        history_layout = QVBoxLayout(self.history)
        history_layout.addWidget(self.events, 1)
        history_layout.addWidget(self.no_events)
        history_layout.addWidget(self.offer)
        history_layout.addLayout(form)
        history_layout.addWidget(self.note)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.history, 4)

        self.list.itemSelectionChanged.connect(self._show_selected)
        self.record_button.clicked.connect(self.record)
        self.note.submitted.connect(self.record)
        self.date.edited.connect(lambda: mark(self.date, None))
        records.loaded.connect(self.show_records)
        self.show_records(None)

    def show_project(self, detail: ProjectDetail | None) -> None:
        """A project was selected: wait for its records."""
        if detail is None or self.data is None or self.data.project_id != detail.project_id:
            self.history.setEnabled(False)

    def show_records(self, data: work.ProjectRecords | None) -> None:
        """Show each deliverable of the version in force with its rounds."""
        keep = self.selected_id()
        if data is not None and (self.data is None or self.data.project_id != data.project_id):
            keep = None
            self._offer_for = None
        self.data = data
        self.list.clear()
        if data is None:
            self.header.setText(self.tr("Select a project to see its revision rounds."))
            self._show_selected()
            return
        self.header.setText(self._terms(data))
        bold = QFont(self.list.font())
        bold.setBold(True)
        for entry in data.rounds:
            d = entry.deliverable
            item = QTreeWidgetItem([self.tr("{id} · {title}").format(id=d.id, title=d.title), self.rounds_text(entry)])
            for column in (0, 1):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            item.setData(0, Qt.ItemDataRole.UserRole, d.id)
            item.setToolTip(0, d.title)
            if entry.used_up:
                item.setForeground(1, QBrush(QColor(WARN)))
                item.setFont(1, bold)
            self.list.addTopLevelItem(item)
            if d.id == keep:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if not self.list.selectedItems() and first is not None:
            self.list.setCurrentItem(first)
        if not self.date.value():
            self.date.setValue(dt.date.today().isoformat())
        self._show_selected()
        self._maybe_offer()

    def rounds_text(self, item: work.DeliverableRounds) -> str:
        """`round 2 of 2`, `no feedback yet (2 included)`, `round 3 of 2: beyond what was agreed`."""
        used, allowed = item.used, item.allowed
        if allowed is None:
            return self.tr("%n round(s) of feedback (no number agreed)", "", used)
        if used == 0:
            return self.tr("no feedback yet (%n included)", "", allowed)
        if used > allowed:
            return self.tr("round {used} of {allowed}: beyond what was agreed").format(used=used, allowed=allowed)
        return self.tr("round {used} of {allowed}").format(used=used, allowed=allowed)

    def _terms(self, data: work.ProjectRecords) -> str:
        from domain.formatting import money

        revisions = data.contract.revisions
        lang = self.ctx.lang
        parts = [self.tr("Version {n}, in force.").format(n=data.in_force)]
        if revisions is None or revisions.rounds_included is None:
            parts.append(self.tr("The contract sets no number of revision rounds."))
        else:
            parts.append(self.tr("%n round(s) of feedback included per deliverable.", "", revisions.rounds_included))
        if revisions is not None and revisions.extra_round_price is not None:
            parts.append(self.tr("Each extra round: {price}.").format(
                price=money(revisions.extra_round_price, data.contract.currency, lang)))
        return " ".join(parts)

    def selected_id(self) -> str | None:
        """The id of the selected deliverable."""
        items = self.list.selectedItems()
        return str(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    def selected(self) -> work.DeliverableRounds | None:
        """The selected deliverable with its rounds."""
        ident = self.selected_id()
        if self.data is None or ident is None:
            return None
        return next((r for r in self.data.rounds if r.deliverable.id == ident), None)

    def _show_selected(self) -> None:
        entry = self.selected()
        self.events.clear()
        self.history.setEnabled(entry is not None)
        if entry is None:
            self.history.setTitle(self.tr("Deliverable"))
            self.no_events.show()
            self.offer.hide()
            return
        d = entry.deliverable
        self.history.setTitle(self.tr("{id} · {title}").format(id=d.id, title=d.title))
        feedback = 0
        for event in entry.events:
            if event.kind == FEEDBACK:
                feedback += 1
            item = QTreeWidgetItem([show_date(event.date), event_text(event.kind, feedback), event.note])
            item.setToolTip(2, event.note)
            for column in (0, 1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if event.kind == FEEDBACK and entry.allowed is not None and feedback > entry.allowed:
                item.setForeground(1, QBrush(QColor(WARN)))
            self.events.addTopLevelItem(item)
        self.no_events.setVisible(not entry.events)
        self.events.setVisible(bool(entry.events))
        self._show_offer(entry)

    def next_round(self, entry: work.DeliverableRounds) -> int:
        """The number of the round a change order would add."""
        return max(entry.used, entry.allowed or 0) + 1

    def _offer_possible(self, entry: work.DeliverableRounds) -> bool:
        data = self.data
        return (data is not None and entry.used_up and entry.pending is None
                and data.state.status not in (Status.COMPLETED, Status.TERMINATED))

    def _show_offer(self, entry: work.DeliverableRounds) -> None:
        data = self.data
        if data is None or not entry.used_up:
            self.offer.hide()
            return
        title = entry.deliverable.title
        if entry.pending is not None:
            self.offer_text.setText(self.tr(
                "The agreed rounds of feedback on “{title}” are used up. Change order {number}, which adds "
                "the next round, is waiting for the client's signature.").format(title=title, number=entry.pending))
            self.offer_button.hide()
        elif data.state.status in (Status.COMPLETED, Status.TERMINATED):
            self.offer_text.setText(self.tr(
                "The agreed rounds of feedback on “{title}” are used up. The contract is closed, so no "
                "change order can be added.").format(title=title))
            self.offer_button.hide()
        else:
            self.offer_text.setText(self._offer_sentence(entry))
            self.offer_button.setText(self.tr("Draft a change order for round {n}…").format(n=self.next_round(entry)))
            self.offer_button.show()
        self.offer.show()

    def _offer_sentence(self, entry: work.DeliverableRounds) -> str:
        from domain.formatting import money

        assert self.data is not None
        revisions = self.data.contract.revisions
        price = revisions.extra_round_price if revisions is not None else None
        used = self.tr("The %n agreed round(s) of feedback on “{title}” are used up.", "",
                       entry.allowed or 0).format(title=entry.deliverable.title)
        if price is None:
            cost = self.tr("The contract sets no price for another round: put one in the change order.")
        else:
            cost = self.tr("Another round costs {price}, as agreed.").format(
                price=money(price, self.data.contract.currency, self.ctx.lang))
        sign = self.tr("Have the client sign a change order before starting it.")
        return " ".join((used, cost, sign))

    def _maybe_offer(self) -> None:
        """Right after the last included round is recorded, ask whether to draft the change order."""
        ident, self._offer_for = self._offer_for, None
        entry = next((r for r in self.data.rounds if r.deliverable.id == ident), None) if self.data else None
        if entry is None or not self._offer_possible(entry):
            return
        assert self.data is not None
        answer = QMessageBox.question(
            self, self.tr("Included rounds used up"),
            self._offer_sentence(entry) + "\n\n" + self.tr("Draft the change order for round {n} now?").format(
                n=self.next_round(entry)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.draft_change_order(ident)

    def record(self) -> None:
        """Record a delivery or a round of feedback for the selected deliverable."""
        from gui.journal import work

        entry = self.selected()
        if entry is None or not self.history.isEnabled():
            return
        day = parse_date(self.date.value())
        if day is None:
            mark(self.date, self.date.problem() or self.tr("Type the date, or pick it from the calendar."))
            self.date.setFocus()
            return
        kind = str(self.kind.currentData())
        ident = entry.deliverable.id
        before = entry.used_up

        def recorded(_result: Any) -> None:
            self.note.clear()
            if kind == FEEDBACK and not before:
                self._offer_for = ident

        self.records.write(work.add_round, recorded, deliverable=ident, kind=kind, note=self.note.text().strip(),
                           on=day)

    def draft_change_order(self, ident: object = None) -> None:
        """Open the wizard on the version in force plus a deliverable for the next round."""
        from gui.journal import work

        data = self.data
        entry = (next((r for r in data.rounds if r.deliverable.id == ident), None)
                 if data is not None and isinstance(ident, str) else self.selected())
        if data is None or entry is None:
            return
        contract = work.extra_round_data(data.contract, entry.deliverable.id, self.next_round(entry))
        deliverables = self.main.open_wizard_at(contract, project_id=data.project_id, page="DELIVERABLES")
        editor = getattr(deliverables, "editor", None)
        if editor is not None:
            editor.select(len(contract["deliverables"]) - 1)

    def focus_form(self) -> None:
        """Put the cursor in the record form."""
        self.kind.setFocus()
