"""The reference case in the app, through real menus, buttons and dialogs, on real storage.

Import panaderia-v1, mark it signed, record panaderia-v2 as a change the client asked
for, see CO-1 in the History tab (deliverable D, +€300.00, new total €3,000.00, due dates
from 30 to 29 November), export the change order, accept it; a rejected change order
leaves version 1 in force; Verify names the version of a PDF from this data folder and
calls one from another folder unknown.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem

from documents import read_pdf_stamp
from gui.history.tab import HistoryExtension
from gui.main.window import MainWindow
from gui.widgets.change_request import ChangeRequestDialog, DecisionDialog
from tests.gui.keys import click, replace_text, type_text

SIGNED_ON = "2026-11-22"
ASKED_ON = "2026-11-25"


def answer(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: Callable[[Any], None]) -> None:
    """When the app opens a `cls` dialog, fill its real widgets and click its OK button."""
    def exec_(dialog: Any) -> int:
        fill(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)


def start(qtbot: Any, ctx: Any, dialogs: Any, examples_dir: Path) -> tuple[MainWindow, HistoryExtension, str]:
    """The main window with panaderia-v1 imported through File › Import."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded, timeout=5000)
    history = next(e for e in window.extensions if isinstance(e, HistoryExtension))
    dialogs.open_file = str(examples_dir / "panaderia-v1.json")
    window.commands.import_.trigger()
    qtbot.waitUntil(lambda: window.selected_id() is not None and history.records.current is not None, timeout=5000)
    pid = window.selected_id()
    assert pid is not None
    return window, history, pid


def sign(qtbot: Any, monkeypatch: pytest.MonkeyPatch, ctx: Any, history: HistoryExtension, pid: str) -> None:
    """Project › Mark as signed…, dated in the dialog."""
    action = history.actions.status_actions["signed"]
    assert action.isEnabled()
    answer(monkeypatch, DecisionDialog, lambda d: replace_text(qtbot, d.date.line, SIGNED_ON))
    action.trigger()
    qtbot.waitUntil(lambda: history.records.current is not None
                    and history.records.current.state.status.value == "signed", timeout=5000)
    assert ctx.repository().state(pid).status_dates["signed"] == dt.date(2026, 11, 22)
    assert not history.actions.status_actions["signed"].isEnabled()
    assert history.actions.status_actions["completed"].isEnabled()


def record_v2(qtbot: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Any, history: HistoryExtension,
              examples_dir: Path) -> None:
    """Project › Record a change from a file…, the change request answered as the client's."""
    def fill(dialog: Any) -> None:
        type_text(qtbot, dialog.reason, "Integración con Instagram y entrega un día antes")
        click(qtbot, dialog.client)
        replace_text(qtbot, dialog.date.line, ASKED_ON)

    answer(monkeypatch, ChangeRequestDialog, fill)
    dialogs.open_file = str(examples_dir / "panaderia-v2.json")
    assert history.actions.change_action.isEnabled()
    history.actions.change_action.trigger()
    qtbot.waitUntil(lambda: history.records.current is not None
                    and len(history.records.current.versions) == 2, timeout=5000)


def rows(history: HistoryExtension) -> list[QTreeWidgetItem]:
    tree = history.tab.timeline
    return [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i)) is not None]


def events(history: HistoryExtension) -> list[str]:
    return [row.text(1) for row in rows(history)]


def comparison_text(qtbot: Any, history: HistoryExtension, needle: str) -> str:
    qtbot.waitUntil(lambda: needle in history.tab.comparison.toPlainText(), timeout=5000)
    return history.tab.comparison.toPlainText()


def test_the_reference_case_through_the_app(qtbot, ctx, dialogs, examples_dir, monkeypatch, tmp_path) -> None:
    window, history, pid = start(qtbot, ctx, dialogs, examples_dir)
    window.detail.setCurrentWidget(history.tab)
    assert events(history) == ["Version 1 · in force"]
    assert not history.actions.accept_action.isEnabled()

    sign(qtbot, monkeypatch, ctx, history, pid)
    record_v2(qtbot, monkeypatch, dialogs, history, examples_dir)

    [order] = ctx.repository().state(pid).change_orders
    assert (order.number, order.version, order.base_version, order.requested_by, order.asked_on) == (
        "CO-1", 2, 1, "client", dt.date(2026, 11, 25))
    assert order.reason == "Integración con Instagram y entrega un día antes"
    assert ctx.repository().state(pid).in_force == 1

    # The timeline, newest first: CO-1 proposed, its version, the signature, version 1 in force.
    assert events(history) == ["CO-1 requested (proposed)", "Version 2", "Marked as signed", "Version 1 · in force"]
    co_row = rows(history)[0]
    assert "Version 2 over version 1, asked for by the client" in co_row.child(0).text(1)
    assert co_row.text(0) == "25 Nov 2026"
    assert "Waiting for the client's signature: CO-1".lower() in history.tab.header.text().lower()

    # The comparison: version 1 on the left, version 2 on the right.
    assert (history.tab.old_version.currentData(), history.tab.new_version.currentData()) == (1, 2)
    text = comparison_text(qtbot, history, "Integración con Instagram")
    assert "Price impact: +€300.00; new total €3,000.00." in text
    assert "Due date of A, B, C: November 30, 2026 → November 29, 2026." in text
    assert "The last delivery moves 1 day earlier." in text or "1 day(s) earlier" in text
    assert "+ added" in text and "~ changed" in text
    html = history.tab.comparison.toHtml()
    assert "#e3f2e6" in html  # the added row is coloured as well as marked

    # Export the change order from the History tab: PDF and DOCX, stamped with version 2.
    history.tab.timeline.setCurrentItem(co_row)
    assert history.tab.export_button.isEnabled() and history.tab.accept_button.isEnabled()
    out = tmp_path / "out"
    out.mkdir()
    dialogs.folder = str(out)
    click(qtbot, history.tab.export_button)
    pdf = out / "rediseno-del-sitio-web-de-panaderia-la-espiga-v2-orden-de-cambio-1.pdf"
    docx = pdf.with_suffix(".docx")
    qtbot.waitUntil(lambda: pdf.exists() and docx.exists(), timeout=30000)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]
    stamp = read_pdf_stamp(data)
    assert stamp is not None and (stamp["project_id"], stamp["version"]) == (pid, 2)
    assert zipfile.ZipFile(docx).testzip() is None
    pdftotext = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=False)
    if pdftotext.returncode == 0:
        assert "CO-1" in pdftotext.stdout and "3.000,00" in pdftotext.stdout
    qtbot.waitUntil(lambda: "Document generated" in events(history), timeout=5000)

    # Accept it through the History tab's button.
    history.tab.timeline.setCurrentItem(next(r for r in rows(history) if r.text(1).startswith("CO-1")))
    answer(monkeypatch, DecisionDialog, lambda d: replace_text(qtbot, d.date.line, "2026-11-26"))
    click(qtbot, history.tab.accept_button)
    qtbot.waitUntil(lambda: ctx.repository().state(pid).in_force == 2 and history.records.current is not None
                    and history.records.current.state.in_force == 2, timeout=5000)
    shown = events(history)
    assert shown[0] == "CO-1 accepted"
    assert "CO-1 requested (accepted)" in shown
    assert "Version 2 · in force" in shown and "Version 1" in shown
    assert not history.actions.accept_action.isEnabled()
    text = comparison_text(qtbot, history, "Integración con Instagram")
    assert "Price impact: +€300.00; new total €3,000.00." in text
    qtbot.waitUntil(lambda: "version 2" in window.detail.summary.header.text(), timeout=5000)
    assert "Integración con Instagram" in window.detail.summary.browser.toPlainText()


def test_a_rejected_change_order_leaves_version_1_in_force(qtbot, ctx, dialogs, examples_dir, monkeypatch) -> None:
    window, history, pid = start(qtbot, ctx, dialogs, examples_dir)
    sign(qtbot, monkeypatch, ctx, history, pid)
    record_v2(qtbot, monkeypatch, dialogs, history, examples_dir)
    summary = window.detail.summary
    qtbot.waitUntil(lambda: "CO-1" in summary.notice.text(), timeout=5000)
    assert "version 1" in summary.header.text()
    assert "Integración con Instagram" not in summary.browser.toPlainText()

    # Reject asks for the reason; an empty one is refused in the dialog.
    def fill(dialog: Any) -> None:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.reason.property("invalid") is True
        type_text(qtbot, dialog.reason, "El cliente prefiere dejarlo para una segunda fase")

    answer(monkeypatch, DecisionDialog, fill)
    assert history.actions.reject_action.isEnabled()
    history.actions.reject_action.trigger()
    qtbot.waitUntil(lambda: history.records.current is not None and "CO-1 rejected" in events(history), timeout=5000)
    state = ctx.repository().state(pid)
    assert state.in_force == 1 and state.change_orders[0].status.value == "rejected"
    assert state.change_orders[0].decision_note == "El cliente prefiere dejarlo para una segunda fase"
    assert "Reason: El cliente prefiere dejarlo para una segunda fase" in rows(history)[0].child(0).text(1)
    qtbot.waitUntil(lambda: "rejected" in summary.notice.text(), timeout=5000)
    assert "version 1" in summary.header.text()
    assert "Integración con Instagram" not in summary.browser.toPlainText()
    assert "Version 1 · in force" in events(history)
    assert not history.actions.accept_action.isEnabled() and not history.tab.accept_button.isEnabled()


def test_verify_names_the_version_of_a_pdf_from_this_folder_and_not_one_from_another(
        qtbot, ctx, dialogs, examples_dir, monkeypatch, tmp_path) -> None:
    from domain.validation import read_contract_file
    from gui.core import services
    from storage.repository import Repository

    window, _history, pid = start(qtbot, ctx, dialogs, examples_dir)
    here = tmp_path / "here"
    here.mkdir()
    [pdf, *_] = services.generate_documents(repo=ctx.repository(), project_id=pid, folder=here, paper="A4")
    assert pdf.suffix == ".pdf"

    # Another data folder, the same contract: a different fingerprint chain, unknown here.
    with Repository(tmp_path / "other-data", write=True) as other:
        other_pid = other.create_project(read_contract_file(examples_dir / "panaderia-v2.json")).project_id
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        [foreign, *_] = services.generate_documents(repo=other, project_id=other_pid, folder=elsewhere, paper="A4")

    from gui.signing.menu import Signing

    signing = next(e for e in window.extensions if isinstance(e, Signing))

    def verified(path: Path) -> Any:
        signing.result = None
        dialogs.open_file = str(path)
        signing.verify_action.trigger()
        qtbot.waitUntil(lambda: signing.result is not None and signing.result.isVisible(), timeout=60000)
        return signing.result

    window.table.clearSelection()
    qtbot.waitUntil(lambda: window.selected_id() is None, timeout=5000)
    shown = verified(pdf)
    assert shown.windowTitle() == "Verify a document" and shown.ok
    assert "It is the contract's current version, not yet recorded as signed." in shown.details.toPlainText()
    assert "version 1" in shown.verdict.text()
    [show] = [b for b in shown.buttons.buttons() if b.text() == "Show the project"]
    show.click()
    qtbot.waitUntil(lambda: window.selected_id() == pid, timeout=5000)
    assert not shown.isVisible()

    foreign_shown = verified(foreign)
    assert not foreign_shown.ok and "Unknown to this data folder" in foreign_shown.verdict.text()
    assert "Show the project" not in [b.text() for b in foreign_shown.buttons.buttons()]
    foreign_shown.reject()

    # A file that Pacta did not make is said to be so.
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(b"%PDF-1.4\n%%EOF\n")
    plain_shown = verified(plain)
    assert "carries no Pacta document fingerprint" in plain_shown.verdict.text()
    plain_shown.reject()
