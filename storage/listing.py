"""The project list and whole-folder questions: summaries, languages, check, fingerprints.

Listing reads each project's summary.json and uses it only while Pacta's key signs it and
it still describes its project.json (storage.summaries); otherwise the project file is
verified, heads included, and the summary made again when the folder is open for writing.
A project that cannot be read is listed as a problem with its reason; the others are listed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from domain.limits import FileProblem
from domain.validation import ContractError, validate_contract
from storage.atomic import decode
from storage.errors import CorruptFile, FolderInUse, NotFound, StorageError, detail
from storage.model import Problem, ProjectSummary
from storage.projectfile import (
    PROJECT_FILE,
    SUMMARY_FILE,
    TABLES,
    ProjectFile,
    document_problems,
    parse,
    read,
    stat_key,
)
from storage.store import ProjectStore
from storage.summaries import read_summary, summary_data, to_summary, write_summary


class Listing(ProjectStore):
    """What the project list and `pacta check` ask of a data folder."""

    def _summary(self, project_id: str) -> ProjectSummary:
        folder = self.project_dir(project_id)
        data, fresh = read_summary(folder)
        if data is not None and fresh:
            return to_summary(project_id, data)
        # project.json changed since the summary was written, or the summary is not Pacta's:
        # trust the file only once it verifies, and only if it still holds every entry last saved.
        project = self._load(project_id, head=True)
        made = to_summary(project_id, summary_data(project.version_bodies(), project.record_bodies()))
        if self.writable:
            try:  # a cache: made again when the folder is free at once, else next time
                with self.writing(wait=0):
                    write_summary(folder, project_id, project)
            except (FolderInUse, FileProblem, OSError):
                pass
        return made

    def summary(self, project_id: str) -> ProjectSummary:
        """One project's line in the list."""
        if not self.project_dir(project_id).is_dir():
            raise NotFound("no_project", id=project_id)
        return self._summary(project_id)

    def list_projects(self, *, trashed: bool = False) -> tuple[list[ProjectSummary], list[Problem]]:
        """Projects (those in the trash when `trashed`) and the projects that could not be read, with why."""
        found: list[ProjectSummary] = []
        problems: list[Problem] = []
        for pid in self._project_ids():
            try:
                item = self._summary(pid)
            except FileProblem as exc:
                problems.append(Problem(exc, pid))
                continue
            except OSError as exc:
                problems.append(Problem(FileProblem.from_os(exc.filename or self.project_dir(pid), exc,
                                                            writing=False), pid))
                continue
            except StorageError as exc:
                problems.append(Problem(exc, pid))
                continue
            if item.trashed == trashed:
                found.append(item)
        return found, problems

    def languages(self) -> dict[str, str]:
        """Each project's contract language as its summary.json says, even if project.json is damaged;
        without a summary, as the last version in project.json says.

        For choosing the language of messages only: nothing here is verified.
        """
        out: dict[str, str] = {}
        for pid in self._project_ids():
            path = self.project_dir(pid) / SUMMARY_FILE
            try:
                language = decode(path, path.read_bytes()).get("language")
            except (OSError, CorruptFile):
                language = None
            if isinstance(language, str):
                out[pid] = language
                continue
            # No summary: the language of the last version, so that messages do not change
            # language with whether summary.json is there.
            language = self._file_language(pid)
            if language is not None:
                out[pid] = language
        return out

    def _file_language(self, pid: str) -> str | None:
        try:
            project = read(self.project_dir(pid) / PROJECT_FILE)
        except (OSError, StorageError):
            return None
        for entry in reversed(project.versions):
            body = entry.get("body")
            contract = body.get("contract") if isinstance(body, dict) else None
            language = contract.get("language") if isinstance(contract, dict) else None
            if isinstance(language, str):
                return language
        return None

    def check_warnings(self) -> list[Problem]:
        """What `check` says without calling it a problem: projects this computer has no record
        of the last save of, while it keeps such records (storage.anchors.kept_here). Deleting
        that record with the backups would otherwise leave a rewritten history unnoticed."""
        return [Problem(warning, pid) for pid in self._project_ids() if (warning := self._no_anchor(pid))]

    def check(self) -> list[Problem]:
        """Parse every file and verify every chain; every problem found, by project.

        Per project: the chains, the entries' numbers and project id, the heads that
        summary.json and this computer's record of the last save hold, the fingerprints
        that documents which left Pacta were made from, the backups (none may hold more
        than project.json) and every version's contract.
        """
        problems: list[Problem] = []
        for pid in self._project_ids():
            problems += [Problem(err, pid) for err in self._check_project(pid)]
        return problems

    def _check_project(self, pid: str) -> list[StorageError | FileProblem]:
        path = self.project_dir(pid) / PROJECT_FILE
        for _ in range(2):
            before = _stat_or_none(path)
            found = self._check_once(pid, path)
            # A save by another process meanwhile can make a newer record of the last save look
            # like a rollback of the bytes read: check again what is there now.
            if not found or _stat_or_none(path) == before:
                break
        return found

    def _check_once(self, pid: str, path: Path) -> list[StorageError | FileProblem]:
        # What says where the chains ended (summary, record of the last save, backups) is read
        # before project.json, so a save by another process meanwhile never looks like a rollback.
        expected = self._expected(pid)
        backups, found = self._read_backups(pid)
        try:
            project = read(path)
        except FileNotFoundError:
            return [CorruptFile(path, detail("missing"))]
        except OSError as exc:
            return [FileProblem.from_os(path, exc, writing=False)]
        except StorageError as exc:
            return [exc]
        found += self._problems(pid, project, expected)
        found += document_problems(project)
        found += _backup_problems(backups, project)
        if not project.versions:
            found.append(CorruptFile(path, detail("no_versions")))
        for entry in project.versions:
            body = entry.get("body")
            if not isinstance(body, dict):
                continue
            try:
                validate_contract(body.get("contract"), stored=True)
            except ContractError as exc:
                issues = _issue_text(exc)
                number = body.get("number", "?")
                found.append(CorruptFile(path, detail("contract", number=number, issues=issues)))
        return found

    def _read_backups(self, pid: str) -> tuple[list[tuple[Path, ProjectFile]], list[StorageError | FileProblem]]:
        """The project's numbered backups, parsed, and those that could not be read."""
        read_ok: list[tuple[Path, ProjectFile]] = []
        found: list[StorageError | FileProblem] = []
        folder = self._backup_dir(pid)
        backups = sorted((p for p in folder.glob(f"{PROJECT_FILE}.*") if p.suffix[1:].isdigit()),
                         key=lambda p: int(p.suffix[1:]))
        for backup in backups:
            try:
                read_ok.append((backup, parse(backup, backup.read_bytes())))
            except FileNotFoundError:  # moved along by a save meanwhile
                continue
            except OSError as exc:
                found.append(FileProblem.from_os(backup, exc, writing=False))
            except StorageError as exc:
                found.append(exc)
        return read_ok, found

    def find_fingerprint(self, fingerprint: str) -> tuple[str, int] | None:
        """The project and version number whose fingerprint this is, if any."""
        for pid in self._project_ids():
            try:
                project = read(self.project_dir(pid) / PROJECT_FILE)
            except (OSError, StorageError):
                continue
            for entry in project.versions:
                if entry.get("fingerprint") == fingerprint:
                    return pid, int(entry["body"]["number"])
        return None


def _backup_problems(backups: list[tuple[Path, ProjectFile]], project: ProjectFile) -> list[StorageError | FileProblem]:
    """Backups that hold entries project.json lacks: the file was rolled back or cut by hand."""
    found: list[StorageError | FileProblem] = []
    for backup, kept in backups:
        for table, what, _ in TABLES:
            theirs, ours = kept.table(table), project.table(table)
            count = len(theirs)
            if count and (count > len(ours) or ours[count - 1].get("fingerprint") != theirs[-1].get("fingerprint")):
                found.append(StorageError("backup_ahead", path=backup, n=int(backup.suffix[1:]), what=what,
                                          expected=count))
    return found


def _stat_or_none(path: Path) -> list[int] | None:
    try:
        return stat_key(path)
    except OSError:
        return None


def _issue_text(exc: ContractError) -> Any:
    return lambda lang: "; ".join(exc.messages(lang))

