"""Backups and the trash: the kept copies of a project's file, and putting projects aside.

Every save makes a copy of the new project.json backup 1 (storage.atomic.keep_backup);
restoring one verifies its chains first and keeps the file it replaces beside it.
Trashing is a record like any other: nothing is deleted.
"""

from __future__ import annotations

from pathlib import Path

from domain.lifecycle import RecordKind
from storage import atomic
from storage.errors import StorageError
from storage.model import now
from storage.projectfile import PROJECT_FILE, chain_problems, parse
from storage.store import ProjectStore


class BackupsAndTrash(ProjectStore):
    """Kept copies of project files, and the trash."""

    def backups(self, project_id: str) -> list[Path]:
        """The kept copies of a project's file, newest first (backup 1 is the latest save)."""
        self.project_dir(project_id)  # refuses ids that are not ids
        folder = self._backup_dir(project_id)
        found = [p for p in folder.glob(f"{PROJECT_FILE}.*") if p.suffix[1:].isdigit()]
        return sorted(found, key=lambda p: int(p.suffix[1:]))

    def restore_backup(self, project_id: str, n: int = 1) -> Path:
        """Put backup `n` back in place; the file it replaces is kept beside it."""
        self._require_writable()
        with self._mutex:
            if not self.backups(project_id):
                raise StorageError("no_backups", id=project_id)
            backup = atomic.backup_path(Path(PROJECT_FILE), self._backup_dir(project_id), n)
            try:
                raw = backup.read_bytes()
            except FileNotFoundError:
                raise StorageError("no_backup", id=project_id, number=n) from None
            problems = chain_problems(parse(backup, raw))
            if problems:
                raise problems[0]
            target = self.project_dir(project_id) / PROJECT_FILE
            target.parent.mkdir(parents=True, exist_ok=True)
            kept = target.with_name(f"{PROJECT_FILE}.replaced-{now().strftime('%Y%m%dT%H%M%S')}")
            self._forget(project_id)
            if target.exists():
                target.rename(kept)
            atomic.write_atomic(target, raw)
            # The restored file (verified above) is the truth now: its summary and heads are made from it.
            self._resummarize(project_id, parse(target, raw))
            return kept

    def trash(self, project_id: str) -> None:
        """Move a project to the trash (recoverable; nothing is deleted)."""
        if not self.state(project_id).trashed:
            self.append_record(project_id, RecordKind.TRASHED, {})

    def restore(self, project_id: str) -> None:
        """Bring a project back from the trash."""
        if self.state(project_id).trashed:
            self.append_record(project_id, RecordKind.RESTORED, {})
