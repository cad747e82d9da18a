"""History tab and lifecycle actions: editing a signed contract, statuses, errors, the comparison in Spanish."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWizard

from domain.lifecycle import Status
from domain.validation import read_contract_file
from gui.history.tab import HistoryExtension
from gui.main.window import MainWindow
from gui.widgets.change_request import ChangeRequestDialog, DecisionDialog
from gui.wizard.wizard import PageId
from storage.service import record_change, set_status
from tests.gui.drive import next_page
from tests.gui.keys import click, replace_text, type_text
from tests.gui.test_reference_case import answer


def open_window(qtbot: Any, ctx: Any, examples_dir: Path, *, signed: bool = False,
                proposed: int = 0) -> tuple[MainWindow, HistoryExtension, str]:
    repo = ctx.repository()
    pid = repo.create_project(read_contract_file(examples_dir / "panaderia-v1.json")).project_id
    if signed:
        set_status(repo, pid, Status.SIGNED, dt.date(2026, 11, 22))
    v2 = read_contract_file(examples_dir / "panaderia-v2.json")
    for n in range(proposed):
        changed = v2.model_copy(update={"reference": f"2026-014-{n + 1}"})
        record_change(repo, pid, changed, reason=f"Cambio {n + 1}", requested_by="client", asked_on=dt.date(2026, 11, 25))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded, timeout=5000)
    history = next(e for e in window.extensions if isinstance(e, HistoryExtension))
    qtbot.waitUntil(lambda: history.records.current is not None, timeout=5000)
    return window, history, pid


def finish_wizard(qtbot: Any, window: MainWindow, new_title: str) -> None:
    qtbot.waitUntil(lambda: bool(window.ops.wizards), timeout=5000)
    wizard = window.ops.wizards[0]
    replace_text(qtbot, wizard.page(PageId.PROJECT).project_title, new_title)
    while wizard.currentId() != PageId.REVIEW:
        next_page(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))


def test_editing_a_signed_contract_starts_from_the_version_in_force_and_records_a_change_order(
        qtbot, ctx, dialogs, examples_dir, monkeypatch) -> None:
    window, _history, pid = open_window(qtbot, ctx, examples_dir, signed=True, proposed=1)
    asked: list[str] = []

    def fill(dialog: Any) -> None:
        asked.append(dialog.windowTitle())
        type_text(qtbot, dialog.reason, "Nuevo nombre comercial")
        click(qtbot, dialog.provider)
        replace_text(qtbot, dialog.date.line, "2026-11-27")

    answer(monkeypatch, ChangeRequestDialog, fill)
    window.commands.open.trigger()
    qtbot.waitUntil(lambda: bool(window.ops.wizards), timeout=5000)
    wizard = window.ops.wizards[0]
    # Version 2 (CO-1) is only proposed: the wizard shows version 1, the one in force.
    deliverables = [d["id"] for d in wizard.data()["deliverables"]]
    assert deliverables == ["A", "B", "C"]
    finish_wizard(qtbot, window, "Web de Panadería La Espiga")
    qtbot.waitUntil(lambda: len(ctx.repository().state(pid).change_orders) == 2, timeout=10000)
    assert asked == ["Change request"]
    order = ctx.repository().state(pid).change_orders[1]
    assert (order.number, order.version, order.base_version) == ("CO-2", 3, 1)
    assert (order.reason, order.requested_by, order.asked_on) == ("Nuevo nombre comercial", "provider",
                                                                  dt.date(2026, 11, 27))
    assert ctx.repository().version(pid, 3).contract.title == "Web de Panadería La Espiga"
    assert ctx.repository().state(pid).in_force == 1
    qtbot.waitUntil(lambda: "CO-2" in window.statusBar().currentMessage(), timeout=5000)


def test_cancelling_the_change_request_records_nothing_and_keeps_a_draft(
        qtbot, ctx, dialogs, examples_dir, monkeypatch) -> None:
    window, _history, pid = open_window(qtbot, ctx, examples_dir, signed=True)
    monkeypatch.setattr(ChangeRequestDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    window.commands.open.trigger()
    finish_wizard(qtbot, window, "Otro título")
    qtbot.waitUntil(lambda: "kept as a draft" in window.statusBar().currentMessage(), timeout=10000)
    qtbot.waitUntil(lambda: bool(ctx.repository().drafts()), timeout=5000)
    assert len(ctx.repository().versions(pid)) == 1
    assert ctx.repository().state(pid).change_orders == []
    [draft] = ctx.repository().drafts().values()
    assert draft["contract"]["title"] == "Otro título" and draft["project_id"] == pid


def test_statuses_offered_follow_the_contract_and_a_future_date_is_refused(
        qtbot, ctx, dialogs, examples_dir, monkeypatch) -> None:
    _window, history, pid = open_window(qtbot, ctx, examples_dir)
    actions = history.actions.status_actions
    assert {s: a.isEnabled() for s, a in actions.items()} == {
        "sent": True, "signed": True, "completed": False, "terminated": True}
    assert not history.actions.accept_action.isEnabled() and not history.actions.export_action.isEnabled()
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()

    def fill(dialog: Any) -> None:
        replace_text(qtbot, dialog.date.line, tomorrow)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.date.line.property("invalid") is True
        replace_text(qtbot, dialog.date.line, "2026-11-20")

    answer(monkeypatch, DecisionDialog, fill)
    actions["sent"].trigger()
    qtbot.waitUntil(lambda: history.records.current is not None
                    and history.records.current.state.status is Status.SENT, timeout=5000)
    assert ctx.repository().state(pid).status_dates["sent"] == dt.date(2026, 11, 20)
    assert not actions["sent"].isEnabled() and actions["signed"].isEnabled()
    assert history.tab.timeline.topLevelItem(0).text(1) == "Marked as sent"


def test_accepting_a_change_order_drafted_on_an_older_version_says_why_it_cannot(
        qtbot, ctx, dialogs, examples_dir, monkeypatch) -> None:
    _window, history, pid = open_window(qtbot, ctx, examples_dir, signed=True, proposed=2)
    answer(monkeypatch, DecisionDialog, lambda d: None)
    history.actions.decide("CO-1", accepted=True)
    qtbot.waitUntil(lambda: ctx.repository().state(pid).in_force == 2, timeout=5000)
    qtbot.waitUntil(lambda: history.records.current is not None
                    and history.records.current.state.in_force == 2, timeout=5000)
    history.actions.decide("CO-2", accepted=True)
    qtbot.waitUntil(lambda: bool(dialogs.titles("warning")), timeout=5000)
    _kind, _title, text = dialogs.calls[-1]
    assert "CO-2 was drafted against version 1, but version 2 is now in force" in text
    assert ctx.repository().state(pid).change_order("CO-2").status.value == "proposed"


def test_the_comparison_in_spanish_uses_spanish_amounts_and_dates(qtbot, ctx_es, dialogs, examples_dir) -> None:
    window, history, _pid = open_window(qtbot, ctx_es, examples_dir, signed=True, proposed=1)
    window.detail.setCurrentWidget(history.tab)
    qtbot.waitUntil(lambda: "Instagram" in history.tab.comparison.toPlainText(), timeout=5000)
    text = history.tab.comparison.toPlainText()
    assert "+300,00 €" in text and "3.000,00 €" in text
    assert "30 de noviembre de 2026" in text and "29 de noviembre de 2026" in text
    # Choosing the same version twice asks for two different ones.
    history.tab.select_versions(1, 1)
    assert "Instagram" not in history.tab.comparison.toPlainText()


def test_save_on_the_review_page_of_a_signed_contract_asks_for_the_change_request(
        qtbot, ctx, dialogs, examples_dir, monkeypatch) -> None:
    window, _history, pid = open_window(qtbot, ctx, examples_dir, signed=True)

    def fill(dialog: Any) -> None:
        type_text(qtbot, dialog.reason, "Otro horario de entrega")
        replace_text(qtbot, dialog.date.line, "2026-11-26")

    answer(monkeypatch, ChangeRequestDialog, fill)
    window.commands.open.trigger()
    qtbot.waitUntil(lambda: bool(window.ops.wizards), timeout=5000)
    wizard = window.ops.wizards[0]
    replace_text(qtbot, wizard.page(PageId.PROJECT).project_title, "Web de La Espiga")
    while wizard.currentId() != PageId.REVIEW:
        next_page(qtbot, wizard)
    review = wizard.page(PageId.REVIEW)
    click(qtbot, review.save_button)
    qtbot.waitUntil(lambda: len(ctx.repository().state(pid).change_orders) == 1, timeout=10000)
    order = ctx.repository().state(pid).change_orders[0]
    assert (order.number, order.version, order.reason, order.requested_by) == (
        "CO-1", 2, "Otro horario de entrega", "client")
    assert ctx.repository().state(pid).in_force == 1
    qtbot.waitUntil(lambda: "CO-1" in review.save_status.text(), timeout=5000)
    # Finishing now records nothing more: the wizard's contract is the one just saved.
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: not window.ops.wizards, timeout=5000)
    qtbot.wait(300)
    assert len(ctx.repository().state(pid).change_orders) == 1
