"""What the Journal, Rounds and Signed copies tabs read of the shown project, and how they write."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gui.host import FollowedProject

if TYPE_CHECKING:
    from gui.journal import work


class Records(FollowedProject):
    """Reads the shown project's journal, rounds and scans; writes through the task runner."""

    current: work.ProjectRecords | None

    def read(self, repo: Any, project_id: str) -> work.ProjectRecords:
        from gui.journal import work

        return work.load(repo=repo, project_id=project_id)

    def written(self, project_id: str) -> None:
        """After a write: the detail again if the project is still selected, else the records alone."""
        if self.window.selected_id() == project_id:
            self.window.refresh_detail()
        else:
            self.reload()
