"""What the tabs of the selected project read from the store, and how they write to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from gui.core.services import ProjectDetail
    from gui.host import Host


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

    def written(self, project_id: str) -> None:
        """After a write: show the project again (the list too, since its status may have changed)."""
        self.window.reload(select=project_id)

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
