"""What the Journal, Rounds and Signed copies tabs read of the shown project, and how they write."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gui.host import FollowedProject

if TYPE_CHECKING:
    from gui.journal import work


class Records(FollowedProject):
    """Reads the shown project's journal, rounds and scans; writes through the task runner."""

    current: work.ProjectRecords | None
    #: Journal entries, rounds, scans and payments leave the project list as it is.
    changes_the_list = False

    def read(self, repo: Any, project_id: str) -> work.ProjectRecords:
        from gui.journal import work

        return work.load(repo=repo, project_id=project_id)
