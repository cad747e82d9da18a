"""The one object every window, page and service call receives: no module globals."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTranslator

from gui.core.options import Preferences
from gui.core.tasks import TaskRunner

if TYPE_CHECKING:
    from storage.repository import Repository


@dataclass
class AppContext:
    """The data folder and its repository, the preferences, the task runner and the UI language."""

    data_dir: Path
    prefs: Preferences
    tasks: TaskRunner
    lang: str = "en"
    repo: Repository | None = None
    translators: list[QTranslator] = field(default_factory=list)

    def repository(self) -> Repository:
        """The open repository (opened once the main window is shown)."""
        if self.repo is None:
            raise RuntimeError("the repository is not open yet")
        return self.repo

    def close(self) -> None:
        """Finish background work and release the data folder's write lock."""
        self.tasks.wait()
        if self.repo is not None:
            self.repo.close()
            self.repo = None
