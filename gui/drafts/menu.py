"""File › Drafts…, and the drafts offered when the data folder opens."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from gui.drafts.dialog import DraftsDialog, sorted_rows
from gui.host import Host


class Drafts(QObject):
    """Reads the drafts off the GUI thread and shows them; resumes through the host, discards in storage."""

    def __init__(self, window: Host) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.dialog: DraftsDialog | None = None
        self.action = QAction(QCoreApplication.translate("Drafts", "Dra&fts…"), window)
        self.action.setStatusTip(QCoreApplication.translate(
            "Drafts", "Contracts started in the wizard and not saved yet: resume or discard them"))
        self.action.triggered.connect(lambda: self.show_drafts(at_start=False))
        window.add_file_actions([self.action], separator=True)
        window.dataReady.connect(lambda: self.show_drafts(at_start=True))

    def show_drafts(self, *, at_start: bool) -> None:
        """Read every draft, then list them (at start-up only when there is one)."""
        repo = self.ctx.repo
        if repo is None:
            return
        self.ctx.tasks.run(repo.drafts, lambda drafts: self._found(drafts, at_start), self.window.show_error,
                           owner=self)

    def _found(self, drafts: dict[str, dict[str, Any]], at_start: bool) -> None:
        if at_start and not drafts:
            return
        if self.dialog is not None:
            self.dialog.close()
        dialog = DraftsDialog(sorted_rows(drafts), at_start=at_start, parent=self.window)
        dialog.resumeRequested.connect(self.window.resume_draft)
        dialog.discardRequested.connect(self.discard)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: DraftsDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def discard(self, name: str) -> None:
        """Delete a draft (off the GUI thread, after the wizard's own writes)."""
        repo = self.ctx.repo
        if repo is not None:
            self.ctx.tasks.run(lambda: repo.discard_draft(name), serial=True, quiet=True)


def install(host: Host) -> Drafts:
    """Add File › Drafts… and offer the drafts when the data folder opens."""
    return Drafts(host)
