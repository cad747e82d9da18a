"""The modules that add tabs, actions and dialogs to the main window.

Each has `install(window: MainWindow) -> object`: it adds its actions to
`window.commands.menus[...]` (and the toolbar), its tabs with
`window.detail.add_tab(widget, title)`, and follows the selected project through
`window.projectShown` (a services.ProjectDetail, or None).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def installers() -> list[Callable[[MainWindow], object]]:
    """The install functions, in the order their tabs and menu entries appear."""
    from gui import history, journal, sending

    return [history.install, journal.install, sending.install]
