"""GUI fixtures: a context on a temporary data folder, modal dialogs that never block."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from gui.core.context import AppContext
from gui.core.i18n import install_translators, remove_translators
from gui.core.options import Preferences
from gui.core.resources import STYLESHEET
from gui.core.tasks import TaskRunner


class Dialogs:
    """Records every QMessageBox and QFileDialog call and answers with what a test chose."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes
        self.open_file = ""
        self.save_file = ""
        self.folder = ""
        #: The question boxes built by gui.widgets.prompts (their real buttons and texts).
        self.prompts: list[QMessageBox] = []

    def titles(self, kind: str | None = None) -> list[str]:
        """The titles of the message boxes shown (of one kind)."""
        return [title for k, title, _ in self.calls if kind is None or k == kind]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Every modal dialog answered at once, so no test can hang on one."""
    state = Dialogs()

    def box(kind: str) -> Any:
        def show(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            state.calls.append((kind, title, text))
            return state.answer
        return staticmethod(show)

    for kind in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    from gui.widgets import prompts

    def prompt(box: QMessageBox) -> Any:
        state.calls.append(("question", box.windowTitle(), box.text()))
        state.prompts.append(box)
        return state.answer

    monkeypatch.setattr(prompts, "show", prompt)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (state.open_file, "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (state.save_file, "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: state.folder))
    return state


def make_context(folder: Path, lang: str, *, open_repo: bool = True) -> AppContext:
    """A context on `folder` with its own settings file and the `lang` translators."""
    from storage.repository import Repository

    app = QApplication.instance()
    app.setStyleSheet(STYLESHEET)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    prefs = Preferences(settings)
    ctx = AppContext(data_dir=folder / "data", prefs=prefs, tasks=TaskRunner(app), lang=lang)
    ctx.translators = install_translators(app, lang)
    if open_repo:
        ctx.repo = Repository(ctx.data_dir, write=True)
    return ctx


@pytest.fixture
def ctx(tmp_path: Path, qapp: QApplication) -> Iterator[AppContext]:
    """An English context with an open repository in a temporary data folder."""
    context = make_context(tmp_path, "en")
    yield context
    context.close()
    remove_translators(qapp, context.translators)


@pytest.fixture
def ctx_es(tmp_path: Path, qapp: QApplication) -> Iterator[AppContext]:
    """The same in Spanish."""
    context = make_context(tmp_path, "es")
    yield context
    context.close()
    remove_translators(qapp, context.translators)


def example(examples_dir: Path, name: str) -> dict[str, Any]:
    """An example contract as data."""
    return json.loads((examples_dir / name).read_text(encoding="utf-8"))
