"""What a feature may use of the main window that hosts it, and how its tabs follow the shown project.

Features (History, Journal, Sending, and the ones to come) are packages under gui/ with
an `install(host: Host) -> object` function, listed in gui/extensions.py. They see the
main window only through this class: the context, the selected project, the place to
add tabs, menu entries and toolbar buttons, and a few requests (show an error, read the
project again, open the wizard). They never import gui.main, so the window can change
without them, and one feature never needs another (tests/test_gui_rooms.py checks it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QPushButton, QWidget

if TYPE_CHECKING:
    from gui.core.context import AppContext
    from gui.core.services import ProjectDetail


class Host(QMainWindow):
    """The main window as the features see it; gui.main.window.MainWindow fills it in."""

    #: The selected project's detail (gui.core.services.ProjectDetail), or None.
    projectShown = Signal(object)

    #: The data folder is open and the features are installed: the moment to offer what was
    #: left unfinished (the drafts feature lists the wizard's drafts then).
    dataReady = Signal()

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

    def add_start_button(self, text: str, action: QAction) -> QPushButton:
        """Offer `action` on the welcome screen (shown while there is no project), under the first-contract button."""
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

    def resume_draft(self, name: str, draft: dict[str, Any]) -> QWidget | None:
        """Open the wizard on a stored draft (`storage.drafts`: contract, project_id, page) where it was left.

        Returns the wizard.
        """
        raise NotImplementedError

    def new_contract_from(self, data: dict[str, Any]) -> QWidget | None:
        """Open the wizard on a new contract filled with `data` (a template, say). Returns the wizard."""
        raise NotImplementedError

    def open_wizard_at(self, data: dict[str, Any], *, project_id: str, page: str) -> QWidget | None:
        """Open the wizard on `data` for `project_id` at the page named `page` (a wizard PageId name).

        Returns that page.
        """
        raise NotImplementedError


class FollowedProject(QObject):
    """Reads the shown project's records (`read`, off the GUI thread) whenever another is shown.

    Subclasses say what to read; writes go through the task runner one at a time, and
    the project is shown again afterwards.
    """

    #: What `read` returned, or None when no project is shown.
    loaded = Signal(object)

    def __init__(self, window: Host) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.project_id: str | None = None
        self.current: Any = None
        window.projectShown.connect(self._shown)

    def read(self, repo: Any, project_id: str) -> Any:
        """What the tabs show about `project_id` (runs on a worker thread)."""
        raise NotImplementedError

    def _shown(self, detail: ProjectDetail | None) -> None:
        self.project_id = detail.project_id if detail is not None else None
        if detail is None or self.ctx.repo is None:
            self.current = None
            self.loaded.emit(None)
            return
        self.reload()

    def reload(self) -> None:
        """Read the shown project's records again."""
        pid, repo = self.project_id, self.ctx.repo
        if pid is None or repo is None:
            return
        self.ctx.tasks.run(lambda: self.read(repo, pid), lambda result: self._loaded(pid, result),
                           self.window.show_error, owner=self)

    def _loaded(self, pid: str, result: Any) -> None:
        if pid != self.project_id:
            return
        self.current = result
        self.loaded.emit(result)

    #: Whether a write may change what the project list shows (a status), so the list is read again;
    #: otherwise only the detail is refreshed, or these records alone when another project is shown.
    changes_the_list = True

    def written(self, project_id: str) -> None:
        """After a write: show the project again (see `changes_the_list`)."""
        if self.changes_the_list:
            self.window.reload(select=project_id)
        elif self.window.selected_id() == project_id:
            self.window.refresh_detail()
        else:
            self.reload()

    def write(self, fn: Callable[..., Any], done: Callable[[Any], None] | None = None, **kwargs: Any) -> None:
        """Run `fn(repo=, project_id=, **kwargs)` on the shown project, then show the project again."""
        pid, repo = self.project_id, self.ctx.repo
        if pid is None or repo is None:
            return

        def finished(result: Any) -> None:
            if done is not None:
                done(result)
            self.written(pid)

        self.ctx.tasks.run(lambda: fn(repo=repo, project_id=pid, **kwargs), finished, self.window.show_error,
                           serial=True, owner=self)
