"""The project list and whole-folder questions: summaries, languages, check, fingerprints.

Listing reads each project's summary.json and trusts it while it still describes its
project.json (storage.summaries); otherwise the project file is verified, heads included,
and the summary made again when the folder is open for writing.
"""

from __future__ import annotations

from typing import Any

from domain.validation import ContractError, validate_contract
from storage.atomic import decode
from storage.errors import CorruptFile, NotFound, StorageError, detail
from storage.model import Problem, ProjectSummary
from storage.projectfile import (
    PROJECT_FILE,
    SUMMARY_FILE,
    chain_problems,
    expected_head,
    head_problems,
    read,
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
        # project.json changed since the summary was written: trust it only once it verifies,
        # and only if it still holds every entry the summary saw.
        project = self._load(project_id, head=True)
        if self.writable:
            with self._mutex:
                write_summary(folder, project_id, project)
        return to_summary(project_id, summary_data(project.version_bodies(), project.record_bodies()))

    def summary(self, project_id: str) -> ProjectSummary:
        """One project's line in the list."""
        if not self.project_dir(project_id).is_dir():
            raise NotFound("no_project", id=project_id)
        return self._summary(project_id)

    def list_projects(self, *, trashed: bool = False) -> tuple[list[ProjectSummary], list[Problem]]:
        """Projects (those in the trash when `trashed`) and the files that could not be read."""
        found: list[ProjectSummary] = []
        problems: list[Problem] = []
        for pid in self._project_ids():
            try:
                item = self._summary(pid)
            except StorageError as exc:
                problems.append(Problem(exc, pid))
                continue
            if item.trashed == trashed:
                found.append(item)
        return found, problems

    def languages(self) -> dict[str, str]:
        """Each project's contract language as its summary.json says, even if project.json is damaged.

        For choosing the language of messages only: nothing here is verified.
        """
        out: dict[str, str] = {}
        for pid in self._project_ids():
            path = self.project_dir(pid) / SUMMARY_FILE
            try:
                language = decode(path, path.read_bytes()).get("language")
            except (OSError, CorruptFile):
                continue
            if isinstance(language, str):
                out[pid] = language
        return out

    def check(self) -> list[Problem]:
        """Parse every file and verify every chain; what is wrong, by project."""
        problems: list[Problem] = []
        for pid in self._project_ids():
            folder = self.project_dir(pid)
            path = folder / PROJECT_FILE
            try:
                project = read(path)
                found = chain_problems(project)
                found += head_problems(pid, project, expected_head(folder / SUMMARY_FILE))
            except FileNotFoundError:
                problems.append(Problem(CorruptFile(path, detail("missing")), pid))
                continue
            except StorageError as exc:
                problems.append(Problem(exc, pid))
                continue
            problems += [Problem(err, pid) for err in found]
            if found:
                continue
            if not project.versions:
                problems.append(Problem(CorruptFile(path, detail("no_versions")), pid))
            for entry in project.versions:
                body = entry["body"]
                try:
                    validate_contract(body.get("contract"), stored=True)
                except ContractError as exc:
                    issues = _issue_text(exc)
                    number = body.get("number", "?")
                    problems.append(Problem(CorruptFile(path, detail("contract", number=number, issues=issues)), pid))
        return problems

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


def _issue_text(exc: ContractError) -> Any:
    return lambda lang: "; ".join(exc.messages(lang))
