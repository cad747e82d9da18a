"""The per-project store: one folder per project, append-only versions and records.

Every operation reads and verifies a project's file at most once. A repository
keeps the file it last read or wrote for a few projects, with the file's stat key
(size, mtime, ctime, inode) and its summary.json's: while both are unchanged on
disk, nobody else has written them (a writer holds the folder's lock, and a hand
edit changes the change time and often the inode), so the verified copy is used
as it is. Anything else is read and verified again, chains and heads.
"""

from __future__ import annotations

import os
import secrets
import shutil
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

from domain.ids import carry_over
from domain.lifecycle import ProjectState, RecordKind, fold
from domain.model import Contract
from domain.validation import contract_to_data, validate_contract
from storage import atomic, chain
from storage.errors import NotFound, StorageError
from storage.lock import WriteLock
from storage.model import Record, VersionRecord, now
from storage.projectfile import (
    PROJECT_FILE,
    SUMMARY_FILE,
    ProjectFile,
    chain_problems,
    expected_head,
    head_problems,
    parse,
    record_from,
    require_versions,
    stat_key,
    version_body,
    version_from,
)
from storage.summaries import write_summary

PROJECTS = "projects"
BACKUPS = "backups"
# A project being created is built in projects/.new-<id>-<random>/ and renamed into
# place once complete; a crash leaves only such a folder, removed at the next start.
NEW_MARK = ".new-"
#: How many projects' verified files a repository keeps in memory.
CACHED = 8


def new_project_id() -> str:
    """A short random id that is easy to type: eight lowercase hex digits."""
    return secrets.token_hex(4)


class _Known:
    """A project file this repository verified, and the stat keys it was trusted under."""

    __slots__ = ("file", "project", "summary")

    def __init__(self, project: ProjectFile, file: list[int], summary: list[int] | None) -> None:
        self.project = project
        self.file = file
        self.summary = summary


def _stat_or_none(path: Path) -> list[int] | None:
    try:
        return stat_key(path)
    except OSError:
        return None


class ProjectStore:
    """Projects, versions and records in one data folder.

    Open it with `write=True` to change anything: that takes the folder's lock,
    so a second writer is refused with FolderInUse. Readers never lock.
    """

    def __init__(self, folder: Path, *, write: bool = False) -> None:
        self.folder = Path(folder)
        self.writable = write
        self._lock = WriteLock(self.folder)
        # The file lock keeps other processes out; this keeps this process's threads
        # (the app saves from workers) from interleaving a read-modify-write.
        self._mutex = threading.RLock()
        self._known: OrderedDict[str, _Known] = OrderedDict()
        if write:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._lock.acquire()
            atomic.remove_temporaries(self.folder)
            for staging in (self.folder / PROJECTS).glob(f"{NEW_MARK}*"):
                shutil.rmtree(staging, ignore_errors=True)

    def close(self) -> None:
        """Release the write lock, if held."""
        self._lock.release()

    # Paths

    def project_dir(self, project_id: str) -> Path:
        """The folder of one project."""
        if not project_id or not all(c.isalnum() or c in "-_" for c in project_id):
            raise NotFound("no_project", id=project_id)
        return self.folder / PROJECTS / project_id

    def _project_ids(self) -> list[str]:
        root = self.folder / PROJECTS
        if not root.is_dir():
            return []
        return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))

    def _backup_dir(self, project_id: str) -> Path:
        return self.folder / BACKUPS / project_id

    def _require_writable(self) -> None:
        if not self.writable:
            raise StorageError("read_only")

    # Reading: one read and one verification at most

    def _load(self, project_id: str, *, head: bool = False) -> ProjectFile:
        """A project's file once its chains verify (else the first problem is raised).

        With `head`, the file must also still hold everything the last save wrote
        (summary.json says where each chain ended).
        """
        folder = self.project_dir(project_id)
        path = folder / PROJECT_FILE
        file_stat = _stat_or_none(path)
        if file_stat is None:
            raise NotFound("no_project", id=project_id)
        summary_stat = _stat_or_none(folder / SUMMARY_FILE)
        with self._mutex:
            known = self._known.get(project_id)
            if known is not None and known.file == file_stat and known.summary == summary_stat:
                self._known.move_to_end(project_id)
                return known.project
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise NotFound("no_project", id=project_id) from None
        project = parse(path, raw)
        expected = expected_head(folder / SUMMARY_FILE)
        problems = chain_problems(project) + head_problems(project_id, project, expected)
        if problems and (head or any(p.code not in ("head", "head_changed") for p in problems)):
            raise problems[0]
        require_versions(project)
        # The stat key must be the one of the bytes read: a file replaced meanwhile is not trusted.
        if not problems and stat_key(path) == file_stat:
            self._remember(project_id, project, file_stat, summary_stat)
        return project

    def _remember(
        self, project_id: str, project: ProjectFile, file_stat: list[int], summary_stat: list[int] | None
    ) -> None:
        with self._mutex:
            self._known[project_id] = _Known(project, file_stat, summary_stat)
            self._known.move_to_end(project_id)
            while len(self._known) > CACHED:
                self._known.popitem(last=False)

    def _forget(self, project_id: str) -> None:
        with self._mutex:
            self._known.pop(project_id, None)

    def versions(self, project_id: str) -> list[VersionRecord]:
        """Every version of a project, oldest first (the chain is verified first)."""
        return [version_from(project_id, e) for e in self._load(project_id).versions]

    def version(self, project_id: str, number: int | None = None) -> VersionRecord:
        """One version; without `number`, the version in force (see in_force_number)."""
        project = self._load(project_id)
        if number is None:
            number = _in_force(project)
        for entry in project.versions:
            if int(entry["body"]["number"]) == number:
                return version_from(project_id, entry)
        raise NotFound("no_version", id=project_id, number=number)

    def latest_version(self, project_id: str) -> VersionRecord:
        """The newest stored version, whatever became of it (a proposed or rejected change too)."""
        return version_from(project_id, self._load(project_id).versions[-1])

    def in_force_number(self, project_id: str) -> int:
        """The number of the version in force: the latest one before signing, then the
        signed one or the last accepted change order's (domain.lifecycle decides)."""
        return _in_force(self._load(project_id))

    def records(self, project_id: str) -> list[Record]:
        """A project's records, oldest first (the chain is verified first)."""
        return [record_from(e) for e in self._load(project_id).records]

    def state(self, project_id: str) -> ProjectState:
        """Status, change orders, journal and version in force of a project."""
        project = self._load(project_id)
        return fold(project.latest_number, project.record_bodies())

    # Writing

    def create_project(
        self, contract: Contract, *, reason: str = "", project_id: str | None = None
    ) -> VersionRecord:
        """A new project whose version 1 is `contract`.

        The project is built in a hidden folder and renamed into place once its
        files are written, so a crash leaves either the whole project or nothing.
        """
        self._require_writable()
        with self._mutex:
            root = self.folder / PROJECTS
            root.mkdir(parents=True, exist_ok=True)
            pid = project_id or new_project_id()
            while project_id is None and self.project_dir(pid).exists():
                pid = new_project_id()
            final = self.project_dir(pid)
            if final.exists():
                raise FileExistsError(final)
            body = version_body(pid, 1, contract, reason=reason, requested_by=None)
            entry = chain.seal(body, chain.GENESIS)
            # Read the version back before it is stored: what cannot be read is never written.
            record = version_from(pid, entry)
            staging = root / f"{NEW_MARK}{pid}-{secrets.token_hex(4)}"
            project = ProjectFile(staging / PROJECT_FILE, (), ()).appended("versions", entry)
            raw = project.encode()
            staging.mkdir()
            try:
                atomic.write_atomic(staging / PROJECT_FILE, raw)
                write_summary(staging, pid, project)
                os.rename(staging, final)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            atomic.fsync_dir(root)
            atomic.keep_backup(final / PROJECT_FILE, raw, self._backup_dir(pid))
            return record

    def add_version(
        self, project_id: str, contract: Contract, *, reason: str, requested_by: str | None = None
    ) -> VersionRecord:
        """Append `contract` as the project's next version.

        Deliverables that came without ids keep the ids they had in the previous
        version, and new ones get ids no earlier version used (see domain.ids).
        """
        self._require_writable()
        with self._mutex:
            project = self._load(project_id, head=True)
            if contract.assigned_ids:
                contract = _carry_ids(contract, project.version_bodies())
            number = len(project.versions) + 1
            body = version_body(project_id, number, contract, reason=reason, requested_by=requested_by)
            entry = chain.seal(body, project.last_fingerprint("versions"))
            # Read the version back before it is stored: what cannot be read is never written.
            record = version_from(project_id, entry)
            self._save(project_id, project.appended("versions", entry))
            return record

    def carry_ids(self, project_id: str, contract: Contract) -> Contract:
        """`contract` with the project's own ids for deliverables that came without one.

        add_version does this itself; callers that compare a contract with the
        latest version before adding it (is anything new?) call it first.
        """
        if not contract.assigned_ids:
            return contract
        return _carry_ids(contract, self._load(project_id).version_bodies())

    def append_record(self, project_id: str, kind: RecordKind, data: dict[str, Any]) -> Record:
        """Append one entry to the project's record chain."""
        self._require_writable()
        with self._mutex:
            project = self._load(project_id, head=True)
            body = {"seq": len(project.records) + 1, "kind": kind.value, "at": now().isoformat(), "data": data}
            entry = chain.seal(body, project.last_fingerprint("records"))
            self._save(project_id, project.appended("records", entry))
            return record_from(entry)

    def _save(self, project_id: str, project: ProjectFile) -> None:
        """Write a project's file, its newest backup and its summary; remember what was written.

        The file is replaced atomically and backup 1 is always a copy of it; summary.json,
        written last, records where each chain now ends.
        """
        folder = self.project_dir(project_id)
        path = folder / PROJECT_FILE
        raw = project.encode()
        self._forget(project_id)
        atomic.replace_recycling(path, raw)
        atomic.keep_backup(path, raw, self._backup_dir(project_id))
        write_summary(folder, project_id, project)
        self._remember(project_id, project, stat_key(path), stat_key(folder / SUMMARY_FILE))

    def _resummarize(self, project_id: str, project: ProjectFile) -> None:
        """Write summary.json (and so the chain heads) for a project file put in place as it is."""
        require_versions(project)
        self._forget(project_id)
        write_summary(self.project_dir(project_id), project_id, project)


def _in_force(project: ProjectFile) -> int:
    """The version in force, by domain.lifecycle's one rule."""
    return fold(project.latest_number, project.record_bodies()).in_force


def _carry_ids(contract: Contract, versions: list[dict[str, Any]]) -> Contract:
    """`contract` with the ids its validation made up replaced by the project's own (domain.ids)."""
    data = contract_to_data(contract)
    made_up = set(contract.assigned_ids)
    items = [{k: v for k, v in d.items() if k != "id"} if d["id"] in made_up else d for d in data["deliverables"]]
    previous = [(str(d.get("id")), str(d.get("title"))) for d in versions[-1]["contract"]["deliverables"]]
    ever = {str(d.get("id")) for v in versions for d in v["contract"]["deliverables"]}
    carried = carry_over(items, previous, ever)
    renamed = {old["id"]: new["id"] for old, new in zip(data["deliverables"], carried, strict=True) if old["id"] in made_up}
    data["deliverables"] = carried
    for installment in (data.get("payment") or {}).get("installments", []):
        if installment.get("deliverable") in renamed:
            installment["deliverable"] = renamed[installment["deliverable"]]
    return validate_contract(data, contract.language.value)
