"""File > Edit document texts copies the clause files into the user's folder and opens it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from gui.main.window import MainWindow


def test_edit_document_texts_opens_a_folder_of_editable_clauses(qtbot, ctx, dialogs, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.clauses_action in window.commands.menus["file"].actions()
    window.clauses_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    folder = Path(opened[0])
    assert folder == Path(os.environ["PACTA_CONFIG"]) / "clauses"
    assert (folder / "es" / "agreement.toml").read_text(encoding="utf-8").startswith("#")
    assert (folder / "en" / "checklist.toml").is_file()
    assert dialogs.titles("information") == ["Document texts"]
    # A second time keeps what the user changed.
    (folder / "en" / "checklist.toml").write_text("# mine\n", encoding="utf-8")
    opened.clear()
    window.clauses_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert (folder / "en" / "checklist.toml").read_text(encoding="utf-8") == "# mine\n"
