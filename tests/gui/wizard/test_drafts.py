"""Never lose work: autosaved drafts and asking before closing (the list of drafts: tests/gui/drafts)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from gui.main.window import MainWindow
from gui.wizard.wizard import ContractWizard
from tests.gui.keys import click, replace_text, type_text


def test_typing_autosaves_a_draft_off_the_gui_thread(qtbot, ctx) -> None:
    wizard = ContractWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    type_text(qtbot, wizard.currentPage().project_title, "Logo für Café")
    with qtbot.waitSignal(wizard.draftSaved, timeout=5000):
        pass
    drafts = ctx.repository().drafts()
    assert list(drafts) == [wizard.draft_name]
    assert drafts[wizard.draft_name]["contract"]["title"] == "Logo für Café"


def test_closing_with_unsaved_changes_asks_first(qtbot, ctx, dialogs) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.ops.new_contract()
    wizard = window.ops.wizards[0]
    replace_text(qtbot, wizard.currentPage().project_title, "Half written")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert wizard.isVisible() and window.isVisible()
    assert dialogs.titles("question") == ["Unsaved contract"]
    dialogs.answer = QMessageBox.StandardButton.Discard
    click(qtbot, wizard.button(wizard.WizardButton.CancelButton))
    assert not wizard.isVisible()
    qtbot.waitUntil(lambda: not ctx.tasks.busy)
    assert ctx.repository().drafts() == {}
    assert window.close()


def test_keeping_the_draft_when_closing(qtbot, ctx, dialogs) -> None:
    wizard = ContractWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    replace_text(qtbot, wizard.currentPage().project_title, "Later")
    dialogs.answer = QMessageBox.StandardButton.Save
    wizard.close()
    assert not wizard.isVisible()
    qtbot.waitUntil(lambda: bool(ctx.repository().drafts()), timeout=5000)


def test_an_untouched_wizard_closes_without_asking(qtbot, ctx, dialogs) -> None:
    wizard = ContractWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.close()
    assert dialogs.calls == [] and not wizard.isVisible()
