"""Noticing changes made to the data folder from outside the app (the command line, another Pacta).

The folder's lock is held only while something is written, so the app and the command line
work on one folder side by side. A timer compares, every few seconds, what every project's
files look like on disk (name, size, modification time, inode of project.json); when that
changes, the window reads the list and the selected project again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

#: How often the folder is looked at, in milliseconds.
INTERVAL_MS = 2000

Signature = frozenset[tuple[str, int, int, int]]


def folder_signature(folder: Path) -> Signature:
    """What the projects' files look like on disk, cheaply (one stat per project)."""
    found: set[tuple[str, int, int, int]] = set()
    try:
        entries = list(os.scandir(folder / "projects"))
    except OSError:
        return frozenset()
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            stat = os.stat(os.path.join(entry.path, "project.json"))
        except OSError:
            found.add((entry.name, -1, -1, -1))
            continue
        found.add((entry.name, stat.st_size, stat.st_mtime_ns, stat.st_ino))
    return frozenset(found)


class FolderWatcher(QObject):
    """Calls `changed` when the projects of `folder` change on disk (by anyone, this app too)."""

    def __init__(self, folder: Path, changed: Callable[[], None], parent: QObject | None = None,
                 interval: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.folder = folder
        self._changed = changed
        self._seen = folder_signature(folder)
        self.timer = QTimer(self)
        self.timer.setInterval(interval)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> bool:
        """Look at the folder now; whether it had changed."""
        now = folder_signature(self.folder)
        if now == self._seen:
            return False
        self._seen = now
        self._changed()
        return True

    def stop(self) -> None:
        """Stop looking."""
        self.timer.stop()
