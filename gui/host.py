"""What a feature may use of the main window that hosts it.

Features (History, Journal, Sending, and the ones to come) are packages under gui/ with
an `install(host: Host) -> object` function, listed in gui/extensions.py. They see the
main window only through this class: the context, the selected project, the place to
add tabs, menu entries and toolbar buttons, and a few requests (show an error, read the
project again, open the wizard). They never import gui.main, so the window can change
without them, and one feature never needs another (tests/test_gui_rooms.py checks it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

if TYPE_CHECKING:
    from gui.core.context import AppContext


class Host(QMainWindow):
    """The main window as the features see it; gui.main.window.MainWindow fills it in."""

    #: The selected project's detail (gui.core.services.ProjectDetail), or None.
    projectShown = Signal(object)

    #: Preferences, task runner, repository (None until the data folder is open) and language.
    ctx: AppContext

    # Where features put things

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Add a tab to the project's detail; `widget.show_project(detail)` is called for each project shown."""
        raise NotImplementedError

    def show_tab(self, widget: QWidget) -> None:
        """Bring a tab added with `add_tab` forward."""
        raise NotImplementedError

    def menu(self, name: str) -> QMenu:
        """A menu of the window by name: "file", "project", "view" or "help"."""
        raise NotImplementedError

    def add_file_actions(self, actions: list[QAction], *, separator: bool = False) -> None:
        """Put actions in the File menu, above Preferences (with a separator after them if asked)."""
        raise NotImplementedError

    def add_tool(self, action: QAction) -> None:
        """Put an action on the toolbar, after a separator."""
        raise NotImplementedError

    # What features ask of the window

    def show_error(self, error: BaseException) -> None:
        """Say what went wrong, in the UI language."""
        raise NotImplementedError

    def selected_id(self) -> str | None:
        """The id of the selected project, if any."""
        raise NotImplementedError

    def reload(self, select: str | None = None) -> None:
        """Read the project list again, then select `select`."""
        raise NotImplementedError

    def refresh_detail(self) -> None:
        """Read the selected project again and show it."""
        raise NotImplementedError

    def show_project(self, project_id: str) -> None:
        """Select a project in the list (leaving the trash if need be)."""
        raise NotImplementedError

    def open_wizard_at(self, data: dict[str, Any], *, project_id: str, page: str) -> QWidget | None:
        """Open the wizard on `data` for `project_id` at the page named `page` (a wizard PageId name).

        Returns that page.
        """
        raise NotImplementedError
