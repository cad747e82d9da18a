"""The step list beside the wizard, and the live preview beside any page."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from domain.validation import contract_to_data, read_contract_file
from gui.wizard.steps import StepState
from gui.wizard.wizard import SIDE_PREVIEW, ContractWizard, PageId
from tests.gui.keys import click, replace_text


def open_wizard(qtbot: Any, ctx: Any, data: dict[str, Any] | None) -> ContractWizard:
    wizard = ContractWizard(ctx, data=data)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=3000)
    return wizard


def reference(examples_dir: Any) -> dict[str, Any]:
    return contract_to_data(read_contract_file(examples_dir / "panaderia-v1.json"))


def states(qtbot: Any, wizard: ContractWizard) -> list[StepState]:
    qtbot.waitUntil(lambda: not wizard._steps_timer.isActive(), timeout=3000)
    return list(wizard.steps.states)


def test_the_step_list_marks_the_current_step_and_what_is_done_or_wrong(qtbot, ctx, examples_dir) -> None:
    wizard = open_wizard(qtbot, ctx, reference(examples_dir))
    steps = wizard.steps
    assert steps.list.count() == 8
    assert [steps.list.item(i).text() for i in range(8)][:3] == [
        "1. Project and parties", "2. Roles and responsibilities", "3. Deliverables"]
    assert steps.list.currentRow() == 0 and steps.list.item(0).font().bold()
    # A complete contract: every step done but the review, not seen yet.
    assert states(qtbot, wizard) == [StepState.DONE] * 7 + [StepState.NOT_YET]

    # A click on step 5 goes there at once; the pages in between are not checked on the way.
    item = steps.list.item(4)
    rect = steps.list.visualItemRect(item)
    qtbot.mouseClick(steps.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wizard.currentId() == PageId.PAYMENT
    assert steps.list.currentRow() == 4 and steps.list.item(4).font().bold() and not steps.list.item(0).font().bold()

    # A problem on the payment page marks its step (a visited one), and says so to a screen reader.
    page = wizard.currentPage()
    replace_text(qtbot, page.deposit, "140")
    assert states(qtbot, wizard)[PageId.PAYMENT] is StepState.PROBLEMS
    words = steps.list.item(4).data(Qt.ItemDataRole.AccessibleTextRole)
    assert words == "5. Payment: has problems, current step"
    assert not steps.list.item(PageId.PAYMENT).icon().isNull()
    replace_text(qtbot, page.deposit, "40")
    assert states(qtbot, wizard)[PageId.PAYMENT] is StepState.DONE

    # Ctrl+PgUp / Ctrl+PgDn move one step, wherever the keyboard is.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert wizard.currentId() == PageId.COMMUNICATION
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert wizard.currentId() == PageId.CLIENT_INPUTS
    # In the list itself: arrows look along it, Return goes.
    steps.list.setFocus()
    QTest.keyClick(steps.list, Qt.Key.Key_Down)
    QTest.keyClick(steps.list, Qt.Key.Key_Down)
    assert wizard.currentId() == PageId.CLIENT_INPUTS
    QTest.keyClick(steps.list, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.COMMUNICATION
    # The keyboard goes on to the page's first field, ready to type.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.currentPage().rounds, timeout=2000)


def test_a_new_contract_marks_only_the_steps_visited_as_having_problems(qtbot, ctx) -> None:
    wizard = open_wizard(qtbot, ctx, None)
    first = states(qtbot, wizard)
    # Nothing typed yet: the first page is visited and not complete; the others are not shouted at.
    assert first[PageId.PROJECT] is StepState.PROBLEMS
    assert first[PageId.DELIVERABLES] is StepState.NOT_YET and first[PageId.REVIEW] is StepState.NOT_YET
    # And the page itself shows nothing until a field is touched or Next is pressed.
    assert wizard.currentPage().messages() == []
    wizard.go_to(PageId.DELIVERABLES)
    assert states(qtbot, wizard)[PageId.DELIVERABLES] is StepState.PROBLEMS
    assert wizard.currentPage().messages() == []


def test_the_preview_beside_any_page_follows_the_typing_off_the_gui_thread(qtbot, ctx, examples_dir,
                                                                           monkeypatch) -> None:
    from gui.core import services

    threads: list[bool] = []
    real = services.render_preview

    def watched(**kwargs: Any) -> bytes:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(**kwargs)

    monkeypatch.setattr(services, "render_preview", watched)
    wizard = open_wizard(qtbot, ctx, reference(examples_dir))
    toggle = wizard.button(QWizard.WizardButton.CustomButton1)
    assert toggle.isCheckable() and not toggle.isChecked() and not wizard.side_preview.isVisible()
    click(qtbot, toggle)
    assert ctx.prefs.state(SIDE_PREVIEW) in (True, "true")
    pane = wizard.side_preview
    assert pane.isVisible() and wizard.currentPage().split.indexOf(pane) == 1
    qtbot.waitUntil(lambda: pane.pdf.pageCount() > 0, timeout=30000)
    assert threads == [False]  # rendered on a worker
    assert "page" in pane.status.text()

    # Typing: one render once the typing pauses, with what was typed.
    page = wizard.currentPage()
    replace_text(qtbot, page.project_title, "Tienda en línea")
    qtbot.waitUntil(lambda: len(threads) == 2 and not pane.progress.isVisible(), timeout=30000)
    assert threads == [False, False]

    # An incomplete contract keeps the last preview and says why it is not updated.
    replace_text(qtbot, page.project_title, "")
    qtbot.waitUntil(lambda: "problem" in pane.status.text(), timeout=30000)
    assert pane.pdf.pageCount() > 0 and "Project title" in pane.status.toolTip()

    # It moves with the user to every page; the review page has its own.
    wizard.go_to(PageId.DELIVERABLES)
    assert wizard.currentPage().split.indexOf(pane) == 1 and pane.isVisible()
    wizard.go_to(PageId.REVIEW)
    assert not pane.isVisible() and not toggle.isEnabled()

    # Remembered: the next wizard opens with the preview shown.
    again = open_wizard(qtbot, ctx, reference(examples_dir))
    assert again.button(QWizard.WizardButton.CustomButton1).isChecked() and again.side_preview.isVisible()
