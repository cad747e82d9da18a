"""The project journal, revision rounds per deliverable, and attached scans."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def install(window: MainWindow) -> object:
    """Add this module's tabs and actions to `window`."""
    return None
