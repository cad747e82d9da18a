"""Backups and the trash: the kept copies of a project's file, and putting projects aside.

Every save makes a copy of the new project.json backup 1 (storage.atomic.keep_backup);
restoring one verifies its chains first and keeps the file it replaces beside it.
Trashing is a record like any other: nothing is deleted.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from domain.lifecycle import RecordKind
from domain.limits import FileProblem
from storage import anchors, atomic
from storage.errors import StorageError
from storage.model import now
from storage.projectfile import PROJECT_FILE, TABLES, ProjectFile, chain_problems, parse
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
        """Put backup `n` back in place; the file it replaces is kept beside it.

        Atomic: project.json is replaced in one rename (a crash leaves the old file or the
        restored one, never none). Backups holding entries the restored file lacks are set
        aside in a folder of their own (nothing is deleted), and the restored file becomes
        the last save this computer remembers, so `check` does not take the restore for a
        rollback made by hand.
        """
        with self.writing():
            if not self.backups(project_id):
                raise StorageError("no_backups", id=project_id)
            backup = atomic.backup_path(Path(PROJECT_FILE), self._backup_dir(project_id), n)
            try:
                raw = backup.read_bytes()
            except FileNotFoundError:
                raise StorageError("no_backup", id=project_id, number=n) from None
            restored = parse(backup, raw)
            problems = chain_problems(restored)
            if problems:
                raise problems[0]
            target = self.project_dir(project_id) / PROJECT_FILE
            target.parent.mkdir(parents=True, exist_ok=True)
            stamp = now().strftime("%Y%m%dT%H%M%S")
            kept = target.with_name(f"{PROJECT_FILE}.replaced-{stamp}")
            self._forget(project_id)
            # In an order that a crash at any point leaves consistent: the backups that hold more
            # are set aside and the restored file becomes the remembered last save before the file
            # is replaced (in one rename); its summary is made last.
            try:
                self._set_aside(project_id, restored, stamp)
                anchors.save(self.folder, project_id, restored.head())
                if target.exists():
                    try:
                        os.link(target, kept)  # a second name for the old file; the rename below keeps it
                    except FileExistsError:
                        pass
                    except OSError:
                        shutil.copyfile(target, kept)
                atomic.write_atomic(target, raw)
            except OSError as exc:
                raise FileProblem.from_os(target, exc, writing=True) from None
            # The restored file (verified above) is the truth now: its summary is made from it.
            self._resummarize(project_id, parse(target, raw))
            return kept

    def _set_aside(self, project_id: str, restored: ProjectFile, stamp: str) -> None:
        """Move the backups that hold more than `restored` into backups/<id>/set-aside-<time>/."""
        folder = self._backup_dir(project_id)
        aside = folder / f"set-aside-{stamp}"
        for path in self.backups(project_id):
            try:
                kept = parse(path, path.read_bytes())
            except (OSError, StorageError):
                continue
            ahead = any(
                len(kept.table(t)) > len(restored.table(t))
                or (kept.table(t) and restored.table(t)[len(kept.table(t)) - 1].get("fingerprint")
                    != kept.table(t)[-1].get("fingerprint"))
                for t, _, _ in TABLES
            )
            if ahead:
                aside.mkdir(parents=True, exist_ok=True)
                os.replace(path, aside / path.name)
        atomic.fsync_dir(folder)

    def trash(self, project_id: str) -> None:
        """Move a project to the trash (recoverable; nothing is deleted)."""
        with self.writing():
            if not self.state(project_id).trashed:
                self.append_record(project_id, RecordKind.TRASHED, {})

    def restore(self, project_id: str) -> None:
        """Bring a project back from the trash."""
        with self.writing():
            if self.state(project_id).trashed:
                self.append_record(project_id, RecordKind.RESTORED, {})
