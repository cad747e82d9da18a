"""Never lose work: autosaved drafts, resume after a kill, and asking before closing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from gui.main.window import MainWindow
from gui.wizard.wizard import ContractWizard, PageId
from tests.gui.keys import click, replace_text, type_text

ROOT = Path(__file__).resolve().parents[3]


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


def test_a_draft_left_by_a_killed_app_is_offered_at_the_next_start(qtbot, tmp_path, ctx, dialogs) -> None:
    # A real process autosaves, then dies without any chance to clean up.
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from tests.gui.conftest import make_context\n"
        "from gui.wizard.wizard import ContractWizard\n"
        "ctx = make_context(Path(sys.argv[1]), 'en')\n"
        "w = ContractWizard(ctx)\n"
        "w.page(0).project_title.setText('Killed mid-wizard')\n"
        "w.save_draft()\n"
        "ctx.tasks.wait()\n"
        "os.kill(os.getpid(), 9)\n"
    )
    other = tmp_path / "other"
    other.mkdir()
    run = subprocess.run([sys.executable, "-c", script, str(other)], cwd=ROOT, capture_output=True, text=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}, timeout=60)
    assert run.returncode == -9, run.stderr
    from storage.repository import Repository

    ctx.repo.close()
    ctx.repo = Repository(other / "data", write=True)
    dialogs.answer = QMessageBox.StandardButton.Yes
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.repository_ready()
    window.ops.offer_drafts()
    qtbot.waitUntil(lambda: bool(window.ops.wizards), timeout=5000)
    assert dialogs.titles("question") == ["Resume your contract?"]
    assert "Killed mid-wizard" in dialogs.calls[0][2]
    wizard = window.ops.wizards[0]
    assert wizard.page(PageId.PROJECT).project_title.text() == "Killed mid-wizard"
    assert wizard.dirty


def test_discarding_the_offered_draft_deletes_it(qtbot, ctx, dialogs) -> None:
    ctx.repository().save_draft("new-1", {"contract": {"title": "Old"}, "saved": "2026-01-01T00:00:00+00:00"})
    dialogs.answer = QMessageBox.StandardButton.Discard
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.ops.offer_drafts()
    qtbot.waitUntil(lambda: ctx.repository().drafts() == {}, timeout=5000)
    assert window.ops.wizards == []


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
