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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from domain.ids import carry_over
from domain.lifecycle import ProjectState, RecordKind, fold
from domain.limits import FileProblem
from domain.model import Contract
from domain.validation import contract_to_data, validate_contract
from storage import anchors, atomic, chain
from storage.errors import CorruptFile, FolderInUse, NotFound, StorageError, detail
from storage.lock import WriteLock
from storage.model import Record, VersionRecord, now
from storage.projectfile import (
    PROJECT_FILE,
    SUMMARY_FILE,
    Entry,
    ProjectFile,
    anchor_problems,
    chain_problems,
    head_problems,
    open_file,
    parse,
    record_from,
    require_versions,
    shape_problems,
    stat_key,
    version_body,
    version_from,
)
from storage.summaries import expected_head, write_summary

PROJECTS = "projects"
BACKUPS = "backups"
# A project being created is built in projects/.new-<id>-<random>/ and renamed into
# place once complete; a crash leaves only such a folder, removed at the next start.
NEW_MARK = ".new-"
#: How many projects' verified files a repository keeps in memory.
CACHED = 8
#: Problems that do not stop reading a project (its file still verifies), only writing to it.
HEAD_CODES = frozenset({"head", "head_changed", "anchor", "anchor_key", "document"})


def new_project_id() -> str:
    """A short random id that is easy to type: eight lowercase hex digits."""
    return secrets.token_hex(4)


@dataclass(frozen=True)
class Expected:
    """Where a project's chains ended at the last save: summary.json's heads (when Pacta signed
    it), this computer's record of the last save, and whether that record's key holds."""

    summary: Any
    anchor: Any
    keyed: bool


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

    Open it with `write=True` to change anything. The folder's lock is taken only
    while something is written (`writing()`, which every write goes through), so the
    app and the command line can work on one folder side by side; a writer that finds
    the folder busy waits up to `wait` seconds (telling `on_wait` once) before
    FolderInUse. `holder` says who this is in the lock file ("pacta render").
    """

    def __init__(
        self,
        folder: Path,
        *,
        write: bool = False,
        holder: str | None = None,
        wait: float | None = None,
        on_wait: Callable[[FolderInUse], None] | None = None,
    ) -> None:
        self.folder = Path(folder)
        self.writable = write
        self._lock = WriteLock(self.folder, holder=holder)
        self._wait = wait
        self._on_wait = on_wait
        # The file lock keeps other processes out; this keeps this process's threads
        # (the app saves from workers) from interleaving a read-modify-write.
        self._mutex = threading.RLock()
        self._depth = 0
        self._cleaned = False
        self._known: OrderedDict[str, _Known] = OrderedDict()
        # Entries made inside one_write, by project: (the thread, the file, new versions, new records).
        self._batches: dict[str, tuple[int, ProjectFile, list[Entry], list[Entry]]] = {}

    def close(self) -> None:
        """Release the write lock, if held."""
        self._lock.release()

    @contextmanager
    def writing(self, *, wait: float | None = None) -> Iterator[None]:
        """Hold the folder's write lock for the block (re-entrant): what is read inside is
        what the block writes on. The first time, what a crash left behind is removed."""
        self._require_writable()
        with self._mutex:
            if self._depth == 0:
                self.folder.mkdir(parents=True, exist_ok=True)
                self._lock.acquire(wait=self._wait if wait is None else wait, on_wait=self._on_wait)
            self._depth += 1
            try:
                if not self._cleaned:
                    self._cleaned = True
                    for place in (self.folder / PROJECTS, self.folder / BACKUPS):
                        atomic.remove_temporaries(place)
                    for staging in (self.folder / PROJECTS).glob(f"{NEW_MARK}*"):
                        shutil.rmtree(staging, ignore_errors=True)
                    # Left by an earlier Pacta that recycled the file before last.
                    for spare in (self.folder / PROJECTS).glob("*/.project.json.spare"):
                        spare.unlink(missing_ok=True)
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._lock.release()

    @contextmanager
    def one_write(self, project_id: str) -> Iterator[None]:
        """Make every version and record added to the project inside the block one atomic write
        at its end (none if the block fails): things that must go together, such as a signed
        status and the signed copy it was read from. Reads inside the block see them already."""
        with self.writing():
            if project_id in self._batches:
                yield
                return
            base = self._load(project_id, head=True)
            self._batches[project_id] = (threading.get_ident(), base, [], [])
            try:
                yield
                _, _, versions, records = self._batches.pop(project_id)
                if versions or records:
                    self._save(project_id, base, versions=versions, records=records)
            finally:
                self._batches.pop(project_id, None)

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

    def _expected(self, project_id: str) -> Expected:
        """Where the last save ended, as summary.json and this computer's record of it say.

        Read before project.json: a save writes project.json first and these after it, so
        what they say is never newer than the file read next (no rollback seen in a save
        made by another process meanwhile).
        """
        anchor, keyed = anchors.load(self.folder, project_id)
        return Expected(expected_head(self.project_dir(project_id)), anchor, keyed)

    def _no_anchor(self, project_id: str) -> StorageError | None:
        """The warning that this computer, which keeps records of last saves, has none for the project."""
        if anchors.kept_here() and not anchors.exists(self.folder, project_id):
            return StorageError("no_anchor", id=project_id, path=anchors.anchor_path(self.folder, project_id))
        return None

    def _problems(self, project_id: str, project: ProjectFile, expected: Expected) -> list[StorageError]:
        """Everything wrong with a parsed project file, its own chains first."""
        problems = chain_problems(project) + shape_problems(project_id, project)
        problems += head_problems(project_id, project, expected.summary)
        if not expected.keyed:
            problems.append(StorageError("anchor_key", id=project_id, path=anchors.anchor_path(self.folder, project_id)))
        problems += anchor_problems(project_id, project, expected.anchor, project.path)
        return problems

    def _load(self, project_id: str, *, head: bool = False) -> ProjectFile:
        """A project's file once its chains verify (else the first problem is raised).

        With `head`, the file must also still hold everything the last save wrote
        (summary.json and this computer's record of the last save say where each chain ended).
        """
        batch = self._batches.get(project_id)
        if batch is not None and batch[0] == threading.get_ident():
            return batch[1].pending(batch[2], batch[3])
        folder = self.project_dir(project_id)
        path = folder / PROJECT_FILE
        for attempt in range(3):
            file_stat = _stat_or_none(path)
            if file_stat is None:
                if folder.is_dir() and not path.exists():
                    raise CorruptFile(path, detail("missing"))
                raise NotFound("no_project", id=project_id)
            summary_stat = _stat_or_none(folder / SUMMARY_FILE)
            with self._mutex:
                known = self._known.get(project_id)
                if known is not None and known.file == file_stat and known.summary == summary_stat:
                    self._known.move_to_end(project_id)
                    return known.project
            expected = self._expected(project_id)
            try:
                raw = path.read_bytes()
            except FileNotFoundError:
                raise NotFound("no_project", id=project_id) from None
            except OSError as exc:
                raise FileProblem.from_os(path, exc, writing=False) from None
            project = parse(path, raw, backups=self._backup_dir(project_id))
            problems = self._problems(project_id, project, expected)
            # Another process saved while this one read (its summary and record of the last save
            # may be newer than the bytes read): read again rather than report a rollback.
            if problems and attempt < 2 and _stat_or_none(path) != file_stat:
                continue
            break
        # A record of the last save whose key does not hold (a lost key file) is for check to say;
        # it never keeps a project from being written.
        blocking = [p for p in problems if p.code != "anchor_key"]
        if blocking and (head or any(p.code not in HEAD_CODES for p in blocking)):
            raise blocking[0]
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

        The project is built in a hidden folder, with its first backup, and renamed into
        place once its files are written, so a crash leaves either the whole project
        (backup included) or nothing.
        """
        with self.writing():
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
            staging.mkdir()
            try:
                project = open_file(staging / PROJECT_FILE, backups=self._backup_dir(pid)).committed(versions=[entry])
                write_summary(staging, pid, project)
                os.rename(staging, final)
            except FileProblem as exc:  # named by the file it becomes, not the hidden folder it is built in
                shutil.rmtree(staging, ignore_errors=True)
                where = final / exc.path.name if exc.path.parent == staging else exc.path
                raise FileProblem(where, exc.code, **exc.params) from None
            except OSError as exc:
                shutil.rmtree(staging, ignore_errors=True)
                raise FileProblem.from_os(final, exc, writing=True) from None
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            atomic.fsync_dir(root)
            anchors.save(self.folder, pid, project.head())
            return record

    def add_version(
        self,
        project_id: str,
        contract: Contract,
        *,
        reason: str,
        requested_by: str | None = None,
        record: tuple[RecordKind, dict[str, Any]] | None = None,
    ) -> VersionRecord:
        """Append `contract` as the project's next version, and `record` with it in the same
        write when given (a change order and the version it proposes go together or not at all).

        Deliverables that came without ids keep the ids they had in the previous
        version, and new ones get ids no earlier version used (see domain.ids).
        """
        with self.writing():
            project = self._load(project_id, head=True)
            if contract.assigned_ids:
                contract = _carry_ids(contract, project.version_bodies())
            number = len(project.versions) + 1
            body = version_body(project_id, number, contract, reason=reason, requested_by=requested_by)
            entry = chain.seal(body, project.last_fingerprint("versions"))
            # Read the version back before it is stored: what cannot be read is never written.
            version = version_from(project_id, entry)
            records = [self._record_entry(project_id, project, *record)] if record is not None else []
            self._save(project_id, project, versions=[entry], records=records)
            return version

    def next_version_number(self, project_id: str) -> int:
        """The number the next version of the project will have."""
        return len(self._load(project_id).versions) + 1

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
        with self.writing():
            project = self._load(project_id, head=True)
            entry = self._record_entry(project_id, project, kind, data)
            self._save(project_id, project, records=[entry])
            return record_from(entry)

    @staticmethod
    def _record_entry(project_id: str, project: ProjectFile, kind: RecordKind, data: dict[str, Any]) -> Entry:
        body = {"project": project_id, "seq": len(project.records) + 1, "kind": kind.value,
                "at": now().isoformat(), "data": data}
        return chain.seal(body, project.last_fingerprint("records"))

    def _save(
        self, project_id: str, project: ProjectFile, *, versions: Sequence[Entry] = (), records: Sequence[Entry] = ()
    ) -> None:
        """Write a project's new entries in one atomic write (TinyDB through ProjectStorage, which
        keeps backup 1 a copy of it), then its summary and this computer's record of the last save."""
        batch = self._batches.get(project_id)
        if batch is not None and batch[0] == threading.get_ident():
            batch[2].extend(versions)
            batch[3].extend(records)
            return
        folder = self.project_dir(project_id)
        path = folder / PROJECT_FILE
        self._forget(project_id)
        saved = project.committed(versions, records)
        write_summary(folder, project_id, saved)
        anchors.save(self.folder, project_id, saved.head())
        self._remember(project_id, saved, stat_key(path), stat_key(folder / SUMMARY_FILE))

    def _resummarize(self, project_id: str, project: ProjectFile) -> None:
        """Write summary.json and the record of the last save for a project file put in place as it is."""
        require_versions(project)
        self._forget(project_id)
        write_summary(self.project_dir(project_id), project_id, project)
        anchors.save(self.folder, project_id, project.head())


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
    out = validate_contract(data, contract.language.value)
    out._read_as = contract.read_as  # what the file said it was, for domain.versions
    return out
