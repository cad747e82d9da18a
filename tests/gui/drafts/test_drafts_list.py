"""File › Drafts lists every draft; the start-up offer lists them all, in the right words for how each was left."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from gui.drafts.dialog import DraftsDialog
from gui.main.window import MainWindow
from gui.wizard.wizard import PageId
from tests.gui.keys import click, replace_text

ROOT = Path(__file__).resolve().parents[3]


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded, timeout=5000)
    return window


def _drafts_dialog(qtbot, window: MainWindow) -> DraftsDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(DraftsDialog)), timeout=5000)
    return next(d for d in window.findChildren(DraftsDialog) if d.isVisible())


def _cells(dialog: DraftsDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_a_draft_left_by_a_killed_app_is_offered_with_the_words_for_a_crash(qtbot, tmp_path, ctx) -> None:
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
        "w.page(0).client[1]['name'].setText('Bakery Ltd')\n"
        "w.dirty = True\n"
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
    window = _window(qtbot, ctx)
    window.offer_drafts()
    dialog = _drafts_dialog(qtbot, window)
    assert dialog.heading.text().startswith("Pacta closed while you were writing 1 contract.")
    [row] = _cells(dialog)
    assert row[0] == "Killed mid-wizard" and row[1] == "Bakery Ltd"
    assert row[3] == "Step 1 of 8: Project and parties"
    assert row[4] == "Autosaved"
    click(qtbot, dialog.resume_button)
    qtbot.waitUntil(lambda: bool(window.ops.wizards), timeout=5000)
    wizard = window.ops.wizards[0]
    assert wizard.page(PageId.PROJECT).project_title.text() == "Killed mid-wizard"
    assert wizard.dirty and not dialog.isVisible()


def test_every_draft_is_listed_and_one_kept_by_choice_is_not_called_a_crash(qtbot, ctx, dialogs) -> None:
    window = _window(qtbot, ctx)
    # The user writes a contract, closes the wizard and keeps it as a draft.
    window.ops.new_contract()
    wizard = window.ops.wizards[0]
    replace_text(qtbot, wizard.currentPage().project_title, "Kept on purpose")
    dialogs.answer = QMessageBox.StandardButton.Save
    wizard.close()
    qtbot.waitUntil(lambda: not ctx.tasks.busy and ctx.repository().drafts().get(wizard.draft_name, {}).get("kept")
                    is True, timeout=5000)
    # Two older drafts, one of them reached the payment page.
    repo = ctx.repository()
    repo.save_draft("new-old", {"contract": {"title": "Oldest"}, "page": 4, "saved": "2026-01-01T10:00:00+00:00"})
    repo.save_draft("new-mid", {"contract": {"title": ""}, "saved": "2026-03-01T10:00:00+00:00"})
    window.offer_drafts()
    dialog = _drafts_dialog(qtbot, window)
    text = dialog.heading.text()
    assert "Pacta closed while you were writing 2 contracts." in text
    assert "You kept 1 contract as a draft to finish later." in text
    rows = _cells(dialog)
    assert [r[0] for r in rows] == ["Kept on purpose", "untitled", "Oldest"]  # the newest first
    assert [r[4] for r in rows] == ["Kept by you", "Autosaved", "Autosaved"]
    assert rows[2][3] == "Step 5 of 8: Payment"
    # Discard the oldest, after confirming.
    dialog.table.selectRow(2)
    dialogs.answer = QMessageBox.StandardButton.Discard
    click(qtbot, dialog.discard_button)
    qtbot.waitUntil(lambda: "new-old" not in ctx.repository().drafts(), timeout=5000)
    assert dialogs.titles("question")[-1] == "Discard the draft?"
    assert [r[0] for r in _cells(dialog)] == ["Kept on purpose", "untitled"]
    # Saying no keeps it.
    dialogs.answer = QMessageBox.StandardButton.Cancel
    click(qtbot, dialog.discard_button)
    assert len(_cells(dialog)) == 2
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    # File › Drafts… lists them again, with no words about a crash.
    window.commands.menus["file"].actions()  # the menu holds the action
    drafts_action = next(a for a in window.commands.menus["file"].actions() if a.text() == "Dra&fts…")
    drafts_action.trigger()
    dialog = _drafts_dialog(qtbot, window)
    assert "closed while" not in dialog.heading.text()
    assert "1 draft saved automatically while you typed." in dialog.heading.text()


def test_only_drafts_kept_by_choice_are_offered_without_talking_of_a_crash(qtbot, ctx_es) -> None:
    ctx_es.repository().save_draft("new-1", {"contract": {"title": "Logotipo", "client": {"name": "Horno Sol"}},
                                             "page": 2, "kept": True, "saved": "2026-05-01T09:00:00+00:00"})
    window = _window(qtbot, ctx_es)
    window.offer_drafts()
    dialog = _drafts_dialog(qtbot, window)
    assert dialog.heading.text().startswith("Usted guardó 1 contrato como borrador")
    assert "cerró" not in dialog.heading.text()
    assert _cells(dialog)[0][1:] == ["Horno Sol", _cells(dialog)[0][2], "Paso 3 de 8: Entregables", "Guardado por usted"]
    assert dialog.close_button.text().replace("&", "") == "Más tarde"


def test_no_drafts_no_offer(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    window.offer_drafts()
    qtbot.wait(200)
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=5000)
    assert not any(d.isVisible() for d in window.findChildren(DraftsDialog))


def test_discarding_from_the_offer_at_start_up(qtbot, ctx, dialogs) -> None:
    ctx.repository().save_draft("new-1", {"contract": {"title": "Old"}, "saved": "2026-01-01T00:00:00+00:00"})
    window = _window(qtbot, ctx)
    window.offer_drafts()
    dialog = _drafts_dialog(qtbot, window)
    dialogs.answer = QMessageBox.StandardButton.Discard
    click(qtbot, dialog.discard_button)
    qtbot.waitUntil(lambda: ctx.repository().drafts() == {}, timeout=5000)
    assert window.ops.wizards == []
    assert not dialog.resume_button.isEnabled()


def test_a_draft_already_open_is_not_opened_twice(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    draft = {"contract": {"title": "Once"}, "saved": "2026-01-01T00:00:00+00:00"}
    first = window.resume_draft("new-once", draft)
    assert window.resume_draft("new-once", draft) is first
    assert len(window.ops.wizards) == 1
