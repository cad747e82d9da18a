"""Journal, revision rounds and signed copies in the app: real widgets, real storage in a temp folder."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QTreeWidget, QTreeWidgetItem

from domain.lifecycle import Status
from domain.validation import read_contract_file, validate_contract
from gui.journal import work
from gui.journal.tabs import Journal
from gui.main.window import MainWindow
from gui.wizard.wizard import PageId
from storage.service import decide_change, record_change, set_status
from tests.gui.keys import choose, click, replace_text, type_text

PANADERIA = "panaderia-v1.json"


def open_window(qtbot, ctx, examples_dir: Path, *, signed: bool = False) -> tuple[MainWindow, Journal, str]:
    repo = ctx.repository()
    pid = repo.create_project(read_contract_file(examples_dir / PANADERIA)).project_id
    if signed:
        set_status(repo, pid, Status.SIGNED, dt.date(2026, 11, 22))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded, timeout=5000)
    journal = next(e for e in window.extensions if isinstance(e, Journal))
    qtbot.waitUntil(lambda: journal.records.current is not None, timeout=5000)
    return window, journal, pid


def rows(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        assert item is not None
        items.append(item)
    return items


def texts(tree: QTreeWidget, column: int) -> list[str]:
    return [item.text(column) for item in rows(tree)]


# The journal


def test_an_entry_typed_in_the_form_is_listed_and_stored(qtbot, ctx, examples_dir) -> None:
    window, journal, pid = open_window(qtbot, ctx, examples_dir)
    tab = journal.journal_tab
    window.detail.setCurrentWidget(tab)
    assert tab.date.value() == dt.date.today().isoformat()
    choose(qtbot, tab.kind, "incident")
    replace_text(qtbot, tab.date, "2026-11-28")
    type_text(qtbot, tab.text, "Llamada urgente el domingo a las 22:00 por un error en la carta")
    QTest.keyClick(tab.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1, timeout=5000)
    item = rows(tab.list)[0]
    assert item.text(1) == "Incident"
    assert item.text(2) == "Llamada urgente el domingo a las 22:00 por un error en la carta"
    assert "2026" in item.text(0) and "28" in item.text(0)
    assert tab.text.toPlainText() == ""
    [entry] = ctx.repository().state(pid).journal
    assert (entry.kind.value, entry.date, entry.struck) == ("incident", dt.date(2026, 11, 28), False)
    assert entry.text == "Llamada urgente el domingo a las 22:00 por un error en la carta"

    # The button adds too; newest first; the filter shows one kind.
    choose(qtbot, tab.kind, "decision")
    replace_text(qtbot, tab.date, "2026-11-29")
    type_text(qtbot, tab.text, "Se acuerda dejar la tienda en línea para una segunda fase")
    click(qtbot, tab.add_button)
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 2, timeout=5000)
    assert texts(tab.list, 1) == ["Decision", "Incident"]
    assert tab.count.text() == "2 entries"
    choose(qtbot, tab.filter, "incident")
    assert texts(tab.list, 1) == ["Incident"]
    choose(qtbot, tab.filter, "question")
    assert tab.list.topLevelItemCount() == 0 and tab.empty.isVisible()
    assert [e.kind.value for e in ctx.repository().state(pid).journal] == ["incident", "decision"]


def test_an_empty_entry_or_a_bad_date_is_refused_in_the_form(qtbot, ctx, examples_dir) -> None:
    window, journal, pid = open_window(qtbot, ctx, examples_dir)
    tab = journal.journal_tab
    window.detail.setCurrentWidget(tab)
    click(qtbot, tab.add_button)
    assert tab.text.property("invalid") is True
    replace_text(qtbot, tab.date, "28/11/2026")
    type_text(qtbot, tab.text, "Pregunta")
    click(qtbot, tab.add_button)
    assert tab.date.line.property("invalid") is True
    qtbot.wait(100)
    assert ctx.repository().state(pid).journal == []


def test_a_struck_entry_is_shown_struck_with_its_reason_and_kept(qtbot, ctx, examples_dir, monkeypatch) -> None:
    window, journal, pid = open_window(qtbot, ctx, examples_dir)
    tab = journal.journal_tab
    window.detail.setCurrentWidget(tab)
    asked: list[str] = []

    def get_text(_parent, _title, label, *args, **kwargs):
        asked.append(label)
        return "Era de otro proyecto", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    type_text(qtbot, tab.text, "El cliente pide cambiar el logotipo")
    click(qtbot, tab.add_button)
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1, timeout=5000)
    assert not tab.strike_button.isEnabled()
    tab.list.setCurrentItem(rows(tab.list)[0])
    assert tab.strike_button.isEnabled()
    click(qtbot, tab.strike_button)
    assert "El cliente pide cambiar el logotipo" in asked[0]
    qtbot.waitUntil(lambda: rows(tab.list)[0].font(2).strikeOut(), timeout=5000)
    item = rows(tab.list)[0]
    assert item.text(2) == "El cliente pide cambiar el logotipo"
    assert item.childCount() == 1 and item.child(0).text(2) == "Struck through: Era de otro proyecto"
    assert not item.child(0).font(2).strikeOut()
    assert tab.count.text() == "1 entry, 1 struck through"
    tab.list.setCurrentItem(item)
    assert not tab.strike_button.isEnabled()

    # The Delete key on the list strikes through as well (it never erases).
    type_text(qtbot, tab.text, "Segunda entrada")
    click(qtbot, tab.add_button)
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 2, timeout=5000)
    newest = rows(tab.list)[0]
    assert newest.text(2) == "Segunda entrada"
    tab.list.setCurrentItem(newest)
    tab.list.setFocus()
    QTest.keyClick(tab.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: rows(tab.list)[0].font(2).strikeOut(), timeout=5000)
    assert len(ctx.repository().state(pid).journal) == 2
    entry = ctx.repository().state(pid).journal[0]
    assert entry.struck and entry.strike_reason == "Era de otro proyecto"
    assert entry.text == "El cliente pide cambiar el logotipo"
    kinds = [r.kind for r in ctx.repository().records(pid)]
    assert kinds.count("journal") == 2 and kinds.count("strike") == 2


def test_ctrl_j_brings_the_journal_forward(qtbot, ctx, examples_dir) -> None:
    window, journal, _pid = open_window(qtbot, ctx, examples_dir)
    assert journal.journal_action in window.commands.menus["project"].actions()
    assert journal.journal_action.shortcut().toString() == "Ctrl+J"
    journal.journal_action.trigger()
    assert window.detail.currentWidget() is journal.journal_tab


# Revision rounds


def select_deliverable(tab, ident: str) -> None:
    item = next(i for i in rows(tab.list) if i.data(0, Qt.ItemDataRole.UserRole) == ident)
    tab.list.setCurrentItem(item)


def record(qtbot, tab, kind: str, day: str, note: str) -> None:
    before = sum(len(r.events) for r in tab.data.rounds)
    choose(qtbot, tab.kind, kind)
    replace_text(qtbot, tab.date, day)
    replace_text(qtbot, tab.note, note)
    QTest.keyClick(tab.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sum(len(r.events) for r in tab.data.rounds) == before + 1, timeout=5000)


def test_rounds_count_up_then_offer_a_change_order_at_the_agreed_price(qtbot, ctx, examples_dir, dialogs) -> None:
    window, journal, pid = open_window(qtbot, ctx, examples_dir, signed=True)
    tab = journal.rounds_tab
    window.detail.setCurrentWidget(tab)
    assert texts(tab.list, 1) == ["no feedback yet (2 included)"] * 3
    assert "2 rounds of feedback included per deliverable" in tab.header.text()
    assert "€120.00" in tab.header.text()
    select_deliverable(tab, "A")
    dialogs.answer = QMessageBox.StandardButton.No
    record(qtbot, tab, "delivery", "2026-11-26", "Primera maqueta")
    assert texts(tab.list, 1)[0] == "no feedback yet (2 included)"
    record(qtbot, tab, "feedback", "2026-11-27", "Cambiar colores")
    assert texts(tab.list, 1)[0] == "round 1 of 2"
    assert not tab.offer.isVisible()
    record(qtbot, tab, "feedback", "2026-11-28", "Otra tipografía")
    assert texts(tab.list, 1) == ["round 2 of 2", "no feedback yet (2 included)", "no feedback yet (2 included)"]
    assert texts(tab.events, 1) == ["Delivered", "Client feedback, round 1", "Client feedback, round 2"]
    assert texts(tab.events, 2) == ["Primera maqueta", "Cambiar colores", "Otra tipografía"]
    # The offer: asked once, right after the last included round; declined, it stays in the tab.
    assert dialogs.titles("question") == ["Included rounds used up"]
    assert "€120.00" in dialogs.calls[-1][2]
    assert not window.ops.wizards
    assert tab.offer.isVisible()
    assert "used up" in tab.offer_text.text() and "€120.00" in tab.offer_text.text()
    assert tab.offer_button.text() == "Draft a change order for round 3…"
    state = ctx.repository().state(pid)
    assert state.rounds_used("A") == 2 and state.rounds_used("B") == 0

    click(qtbot, tab.offer_button)
    assert len(window.ops.wizards) == 1
    wizard = window.ops.wizards[0]
    assert wizard.project_id == pid
    data = wizard.data()
    extra = data["deliverables"][-1]
    assert [d["id"] for d in data["deliverables"]] == ["A", "B", "C", "A-R3"]
    assert extra["title"] == "Ronda de revisión adicional de «Página de inicio»"
    assert Decimal(extra["price"]) == Decimal("120.00")
    # A week after the deliverable's own due date (30 November), or after today once that has passed.
    expected_due = max(dt.date(2026, 11, 30), dt.date.today()) + dt.timedelta(days=7)
    assert extra["due"] == expected_due.isoformat()
    contract = wizard.contract()
    assert contract.total() == Decimal("2820.00")
    page = wizard.page(PageId.DELIVERABLES)
    assert wizard.currentId() == PageId.DELIVERABLES
    assert page.model.rowCount() == 4
    assert page.editor.table.currentIndex().row() == 3


def test_the_extra_round_keeps_a_fixed_total_in_step_and_the_contract_valid(examples_dir) -> None:
    from domain.validation import contract_to_data, rule_issues

    data = contract_to_data(read_contract_file(examples_dir / PANADERIA))
    data["payment"]["total"] = "2700.00"
    contract = validate_contract(data)
    extra = work.extra_round_data(contract, "C", 3, today=dt.date(2026, 12, 20))
    assert extra["payment"]["total"] == "2820.00"
    assert extra["deliverables"][-1]["due"] == "2026-12-27"  # a week from today, past C's due date
    assert rule_issues(validate_contract(extra)) == []
    # No price agreed for extra rounds: the change order leaves the price to the user.
    data["revisions"] = {"rounds_included": 1}
    bare = work.extra_round_data(validate_contract(data), "A", 2, today=dt.date(2026, 11, 20))
    assert "price" not in bare["deliverables"][-1] and bare["payment"]["total"] == "2700.00"
    assert bare["deliverables"][-1]["id"] == "A-R2"
    assert bare["deliverables"][-1]["title"] == "Ronda de revisión adicional de «Página de inicio»"


def test_accepting_the_offer_opens_the_wizard_at_once(qtbot, ctx, examples_dir, dialogs) -> None:
    window, journal, _pid = open_window(qtbot, ctx, examples_dir, signed=True)
    tab = journal.rounds_tab
    select_deliverable(tab, "C")
    record(qtbot, tab, "feedback", "2026-11-27", "")
    assert not dialogs.titles("question")
    record(qtbot, tab, "feedback", "2026-11-28", "")
    qtbot.waitUntil(lambda: bool(window.ops.wizards), timeout=5000)
    assert window.ops.wizards[0].data()["deliverables"][-1]["id"] == "C-R3"


def test_a_change_order_for_the_next_round_is_shown_pending_then_counted(qtbot, ctx, examples_dir, dialogs) -> None:
    window, journal, pid = open_window(qtbot, ctx, examples_dir, signed=True)
    tab = journal.rounds_tab
    dialogs.answer = QMessageBox.StandardButton.No
    select_deliverable(tab, "B")
    record(qtbot, tab, "feedback", "2026-11-27", "")
    record(qtbot, tab, "feedback", "2026-11-28", "")
    repo = ctx.repository()
    contract = repo.version(pid).contract
    data = work.extra_round_data(contract, "B", 3, today=dt.date(2026, 11, 28))
    order = record_change(repo, pid, validate_contract(data), reason="Tercera ronda", requested_by="client")
    window.refresh_detail()
    qtbot.waitUntil(lambda: tab.data is not None and tab.data.rounds[1].pending == "CO-1", timeout=5000)
    select_deliverable(tab, "B")
    assert "CO-1" in tab.offer_text.text() and not tab.offer_button.isVisible()
    assert order.change_order is not None
    decide_change(repo, pid, "CO-1", accepted=True)
    window.refresh_detail()
    qtbot.waitUntil(lambda: tab.data is not None and tab.data.in_force == 2, timeout=5000)
    # The extra round is a round of B, not a deliverable of its own.
    assert [r.deliverable.id for r in tab.data.rounds] == ["A", "B", "C"]
    assert texts(tab.list, 1)[1] == "round 2 of 3"
    select_deliverable(tab, "B")
    assert not tab.offer.isVisible()
    record(qtbot, tab, "feedback", "2026-12-03", "")
    assert texts(tab.list, 1)[1] == "round 3 of 3" and tab.offer_button.text() == "Draft a change order for round 4…"
    record(qtbot, tab, "feedback", "2026-12-05", "Sin orden de cambio")
    assert texts(tab.list, 1)[1] == "round 4 of 3: beyond what was agreed"
    assert tab.events.topLevelItem(3).foreground(1).color().name() == "#9a5b00"


def test_rounds_in_spanish(qtbot, ctx_es, examples_dir, dialogs) -> None:
    _window, journal, _pid = open_window(qtbot, ctx_es, examples_dir)
    tab = journal.rounds_tab
    dialogs.answer = QMessageBox.StandardButton.No
    assert texts(tab.list, 1)[0] == "aún sin comentarios (2 incluidas)"
    select_deliverable(tab, "A")
    record(qtbot, tab, "feedback", "2026-11-27", "")
    assert texts(tab.list, 1)[0] == "ronda 1 de 2"
    record(qtbot, tab, "feedback", "2026-11-28", "")
    assert texts(tab.list, 1)[0] == "ronda 2 de 2"
    assert "120,00\xa0€" in tab.offer_text.text()


# Signed copies


class Opened(QObject):
    """Receives the file URLs the app asks the desktop to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened():
    receiver = Opened()
    QDesktopServices.setUrlHandler("file", receiver, "open")
    yield receiver
    QDesktopServices.unsetUrlHandler("file")


def scan_file(folder: Path, name: str = "contrato-firmado.pdf") -> Path:
    path = folder / name
    path.write_bytes(b"%PDF-1.4\n% a scanned signature page\n1 0 obj << >> endobj\n%%EOF\n")
    return path


def test_a_scan_is_attached_listed_as_matching_and_opened(qtbot, ctx, examples_dir, dialogs, tmp_path, opened) -> None:
    window, journal, pid = open_window(qtbot, ctx, examples_dir, signed=True)
    tab = journal.scans_tab
    window.detail.setCurrentWidget(tab)
    assert tab.empty.isVisible() and tab.target.currentText() == "Version 1 (in force)"
    source = scan_file(tmp_path)
    dialogs.open_file = str(source)
    click(qtbot, tab.attach_button)
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1, timeout=5000)
    item = rows(tab.list)[0]
    assert [item.text(c) for c in (0, 1, 3)] == ["Version 1", "contrato-firmado.pdf", "Matches"]
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert digest in tab.status.text()
    stored = ctx.repository().project_dir(pid) / "files" / f"{digest}.pdf"
    assert stored.read_bytes() == source.read_bytes()

    tab.list.setCurrentItem(item)
    click(qtbot, tab.open_button)
    qtbot.waitUntil(lambda: bool(opened.urls), timeout=5000)
    assert Path(opened.urls[0].toLocalFile()) == stored
    assert "fingerprint matches" in tab.status.text()
    assert not dialogs.titles("warning")


def test_an_altered_or_missing_scan_is_reported_plainly(qtbot, ctx, examples_dir, dialogs, tmp_path, opened) -> None:
    window, journal, pid = open_window(qtbot, ctx, examples_dir, signed=True)
    tab = journal.scans_tab
    window.detail.setCurrentWidget(tab)
    dialogs.open_file = str(scan_file(tmp_path))
    click(qtbot, tab.attach_button)
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1, timeout=5000)
    [record] = [r for r in ctx.repository().records(pid) if r.kind == "attachment"]
    stored = ctx.repository().project_dir(pid) / record.data["file"]
    stored.write_bytes(stored.read_bytes() + b"edited")

    dialogs.answer = QMessageBox.StandardButton.Cancel
    tab.list.setCurrentItem(rows(tab.list)[0])
    click(qtbot, tab.open_button)
    qtbot.waitUntil(lambda: bool(dialogs.titles("warning")), timeout=5000)
    assert dialogs.titles("warning") == ["Signed copy altered"]
    assert "NOT the file that was attached" in tab.status.text()
    assert opened.urls == []
    qtbot.waitUntil(lambda: rows(tab.list)[0].text(3) == "Altered", timeout=5000)

    # Opened anyway when the user says so.
    dialogs.answer = QMessageBox.StandardButton.Open
    tab.list.setCurrentItem(rows(tab.list)[0])
    click(qtbot, tab.open_button)
    qtbot.waitUntil(lambda: bool(opened.urls), timeout=5000)

    stored.unlink()
    tab.list.setCurrentItem(rows(tab.list)[0])
    click(qtbot, tab.open_button)
    qtbot.waitUntil(lambda: len(dialogs.titles("warning")) == 3, timeout=5000)
    assert dialogs.titles("warning")[-1] == "Signed copy missing"
    assert "missing from the data folder" in tab.status.text()
    qtbot.waitUntil(lambda: rows(tab.list)[0].text(3) == "Missing", timeout=5000)


def test_a_scan_can_belong_to_a_change_order_and_a_text_file_is_refused(
        qtbot, ctx, examples_dir, dialogs, tmp_path) -> None:
    window, journal, pid = open_window(qtbot, ctx, examples_dir, signed=True)
    repo = ctx.repository()
    record_change(repo, pid, read_contract_file(examples_dir / "panaderia-v2.json"), reason="Formulario de reservas",
                  requested_by="client")
    window.refresh_detail()
    tab = journal.scans_tab
    qtbot.waitUntil(lambda: tab.target.count() == 3, timeout=5000)
    assert [tab.target.itemText(i) for i in range(3)] == [
        "Change order CO-1 (proposed) · version 2", "Version 2", "Version 1 (in force)"]
    choose(qtbot, tab.target, "CO-1")
    dialogs.open_file = str(scan_file(tmp_path, "co-1.pdf"))
    click(qtbot, tab.attach_button)
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1, timeout=5000)
    assert rows(tab.list)[0].text(0) == "CO-1"
    [record] = [r for r in repo.records(pid) if r.kind == "attachment"]
    assert record.data["target"] == {"change": "CO-1"}

    # From the Project menu (or another tab), straight to a given version.
    dialogs.open_file = str(scan_file(tmp_path, "v1.pdf"))
    journal.attach(version=1)
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 2, timeout=5000)
    assert window.detail.currentWidget() is tab
    assert texts(tab.list, 0) == ["Version 1", "CO-1"]

    text = tmp_path / "notes.txt"
    text.write_text("not a scan")
    dialogs.open_file = str(text)
    click(qtbot, tab.attach_button)
    qtbot.waitUntil(lambda: bool(dialogs.titles("warning")), timeout=5000)
    assert dialogs.titles("warning") == ["Not done"]
    assert len([r for r in repo.records(pid) if r.kind == "attachment"]) == 2
