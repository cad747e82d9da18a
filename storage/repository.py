"""The store: one folder per project, append-only versions and records in TinyDB.

Layout of a data folder::

    pacta.lock                    who writes now (see storage.lock)
    projects/<id>/project.json    TinyDB: tables "versions" and "records", each a hash chain
    projects/<id>/summary.json    what the project list shows, so listing parses no versions,
                                  and where each chain ended at the last save (its "head")
    projects/<id>/files/          scans and other attachments, named by their SHA-256
    projects/.new-<id>-<random>/  a project being created; renamed to <id> once complete
    backups/<id>/project.json.N   the last few good copies of project.json; 1 is the latest save
    drafts/<name>.json            autosaved wizard drafts
    profile.json                  the provider's own details, remembered between contracts

Saving a project rewrites only that project's two files, whatever the number of
other projects.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from domain.ids import carry_over
from domain.lifecycle import ProjectState, RecordKind, Status, fold
from domain.model import Contract
from domain.validation import ContractError, contract_to_data, validate_contract
from storage import chain
from storage.atomic import (
    AtomicJSONStorage,
    backup_path,
    decode,
    encode,
    fsync_dir,
    keep_backup,
    remove_temporaries,
    write_atomic,
)
from storage.errors import CorruptFile, NotFound, StorageError, detail
from storage.lock import WriteLock

PROJECTS = "projects"
PROJECT_FILE = "project.json"
SUMMARY_FILE = "summary.json"
# A project being created is built in projects/.new-<id>-<random>/ and renamed into
# place once complete; a crash leaves only such a folder, removed at the next start.
NEW_MARK = ".new-"
_TABLES = (("versions", "version", "number"), ("records", "record", "seq"))


def now() -> dt.datetime:
    """The current time in UTC, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass(frozen=True)
class VersionRecord:
    """One stored version of a contract."""

    project_id: str
    number: int
    contract: Contract
    fingerprint: str
    previous: str
    created: dt.datetime
    reason: str
    requested_by: str | None

    @property
    def short_fingerprint(self) -> str:
        """The first 12 hex digits, as printed in document footers."""
        return self.fingerprint[:12]


@dataclass(frozen=True)
class Record:
    """One entry of a project's append-only record (status, change order, note …)."""

    seq: int
    kind: str
    at: dt.datetime
    data: dict[str, Any]
    fingerprint: str


@dataclass(frozen=True)
class ProjectSummary:
    """What the project list shows, read without parsing any version."""

    id: str
    title: str
    client: str
    status: str
    version: int
    in_force: int
    next_deadline: dt.date | None
    updated: dt.datetime
    trashed: bool
    language: str
    currency: str


@dataclass(frozen=True)
class Problem:
    """A file that cannot be trusted, and why."""

    error: StorageError
    project_id: str | None

    def message(self, lang: str) -> str:
        """The problem in words."""
        return self.error.message(lang)


def new_project_id() -> str:
    """A short random id that is easy to type: eight lowercase hex digits."""
    return secrets.token_hex(4)


class Repository:
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
        if write:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._lock.acquire()
            remove_temporaries(self.folder)
            for staging in (self.folder / PROJECTS).glob(f"{NEW_MARK}*"):
                shutil.rmtree(staging, ignore_errors=True)

    def close(self) -> None:
        """Release the write lock, if held."""
        self._lock.release()

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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

    def _require_writable(self) -> None:
        if not self.writable:
            raise StorageError("read_only")

    @contextmanager
    def _db(self, project_id: str) -> Iterator[TinyDB]:
        folder = self.project_dir(project_id)
        db = TinyDB(
            folder / PROJECT_FILE,
            storage=AtomicJSONStorage,
            backups=self.folder / "backups" / project_id,
            read_only=not self.writable,
        )
        try:
            yield db
        finally:
            db.close()

    def _read_raw(self, project_id: str) -> dict[str, Any]:
        path = self.project_dir(project_id) / PROJECT_FILE
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise NotFound("no_project", id=project_id) from None
        return decode(path, raw)

    # Reading

    def _entries(self, raw: dict[str, Any], table: str, path: Path | None = None) -> list[dict[str, Any]]:
        docs = raw.get(table, {})
        where = path or self.folder
        if not isinstance(docs, dict) or not all(k.isdigit() and isinstance(v, dict) for k, v in docs.items()):
            raise CorruptFile(where, detail("table", table=table))
        return [docs[k] for k in sorted(docs, key=int)]

    def _chain_problems(self, project_id: str, raw: dict[str, Any], path: Path | None = None) -> list[StorageError]:
        path = path or self.project_dir(project_id) / PROJECT_FILE
        problems: list[StorageError] = []
        for table, what, key in _TABLES:
            entries = self._entries(raw, table, path)
            for index, code in chain.verify(entries):
                body = entries[index].get("body")
                number = body.get(key, index + 1) if isinstance(body, dict) else index + 1
                kind, ref = _record_kind(body) if what == "record" else (None, None)
                problems.append(StorageError(code, path=path, what=what, number=number, kind=kind, ref=ref))
        return problems

    def _head_problems(
        self, project_id: str, raw: dict[str, Any], expected: Any, path: Path | None = None
    ) -> list[StorageError]:
        """Whether the file still ends where Pacta last saved it (`expected` from summary.json)."""
        path = path or self.project_dir(project_id) / PROJECT_FILE
        problems: list[StorageError] = []
        if not isinstance(expected, dict):
            return problems
        for table, what, _ in _TABLES:
            head = expected.get(table)
            if not (isinstance(head, list) and len(head) == 2 and isinstance(head[0], int)):
                continue
            count, fingerprint = head
            entries = self._entries(raw, table, path)
            if len(entries) < count:
                problems.append(
                    StorageError("head", id=project_id, path=path, what=what, expected=count, found=len(entries))
                )
            elif count and entries[count - 1].get("fingerprint") != fingerprint:
                problems.append(StorageError("head_changed", id=project_id, path=path, what=what, number=count))
        return problems

    def _expected_head(self, project_id: str) -> Any:
        """The chain heads summary.json recorded at the last save (None when unknown)."""
        path = self.project_dir(project_id) / SUMMARY_FILE
        try:
            return decode(path, path.read_bytes()).get("head")
        except (OSError, CorruptFile):
            return None

    def _verified(self, project_id: str, *, head: bool = False) -> dict[str, Any]:
        """A project's parsed file, once its chains verify (else the first problem is raised).

        With `head`, the file must also still hold everything the last save wrote.
        """
        raw = self._read_raw(project_id)
        problems = self._chain_problems(project_id, raw)
        if head:
            problems += self._head_problems(project_id, raw, self._expected_head(project_id))
        if problems:
            raise problems[0]
        if not raw.get("versions"):
            raise CorruptFile(self.project_dir(project_id) / PROJECT_FILE, detail("no_versions"))
        return raw

    def _load(self, project_id: str, *, head: bool = False) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Version and record bodies of a project whose file parses and whose chains verify."""
        raw = self._verified(project_id, head=head)
        return [e["body"] for e in self._entries(raw, "versions")], [e["body"] for e in self._entries(raw, "records")]

    def _version_from(self, project_id: str, entry: dict[str, Any]) -> VersionRecord:
        body = entry["body"]
        return VersionRecord(
            project_id=project_id,
            number=int(body["number"]),
            contract=validate_contract(body["contract"], stored=True),
            fingerprint=entry["fingerprint"],
            previous=entry["previous"],
            created=dt.datetime.fromisoformat(body["created"]),
            reason=body.get("reason", ""),
            requested_by=body.get("requested_by"),
        )

    def versions(self, project_id: str) -> list[VersionRecord]:
        """Every version of a project, oldest first (the chain is verified first)."""
        raw = self._verified(project_id)
        return [self._version_from(project_id, e) for e in self._entries(raw, "versions")]

    def version(self, project_id: str, number: int | None = None) -> VersionRecord:
        """One version (the latest when `number` is None)."""
        versions = self.versions(project_id)
        if number is None:
            return versions[-1]
        for record in versions:
            if record.number == number:
                return record
        raise NotFound("no_version", id=project_id, number=number)

    def records(self, project_id: str) -> list[Record]:
        """A project's records, oldest first (the chain is verified first)."""
        raw = self._verified(project_id)
        return [
            Record(
                seq=int(e["body"]["seq"]),
                kind=e["body"]["kind"],
                at=dt.datetime.fromisoformat(e["body"]["at"]),
                data=e["body"].get("data", {}),
                fingerprint=e["fingerprint"],
            )
            for e in self._entries(raw, "records")
        ]

    def state(self, project_id: str) -> ProjectState:
        """Status, change orders, journal and version in force of a project."""
        versions, records = self._load(project_id)
        return fold(int(versions[-1]["number"]), records)

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
            body = self._version_body(pid, 1, contract, reason=reason, requested_by=None)
            entry = chain.seal(body, chain.GENESIS)
            record = self._version_from(pid, entry)
            raw = encode({"versions": {"1": entry}})
            staging = root / f"{NEW_MARK}{pid}-{secrets.token_hex(4)}"
            staging.mkdir()
            try:
                write_atomic(staging / PROJECT_FILE, raw)
                head = {"versions": [1, entry["fingerprint"]], "records": [0, chain.GENESIS]}
                self._write_summary(pid, [body], [], head=head, folder=staging)
                os.rename(staging, final)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            fsync_dir(root)
            keep_backup(final / PROJECT_FILE, raw, self.folder / "backups" / pid)
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
            return self._add_version(project_id, contract, reason=reason, requested_by=requested_by)

    def carry_ids(self, project_id: str, contract: Contract) -> Contract:
        """`contract` with the project's own ids for deliverables that came without one.

        add_version does this itself; callers that compare a contract with the
        latest version before adding it (is anything new?) call it first.
        """
        if not contract.assigned_ids:
            return contract
        versions, _ = self._load(project_id)
        return _carry_ids(contract, versions)

    def _version_body(
        self, project_id: str, number: int, contract: Contract, *, reason: str, requested_by: str | None
    ) -> dict[str, Any]:
        return {
            "project": project_id,
            "number": number,
            "created": now().isoformat(),
            "reason": reason,
            "requested_by": requested_by,
            "contract": contract_to_data(contract),
        }

    def _add_version(
        self, project_id: str, contract: Contract, *, reason: str, requested_by: str | None
    ) -> VersionRecord:
        folder = self.project_dir(project_id)
        if not (folder / PROJECT_FILE).is_file():
            raise NotFound("no_project", id=project_id)
        raw = self._verified(project_id, head=True)
        versions, records = _bodies(self, raw)
        if contract.assigned_ids:
            contract = _carry_ids(contract, versions)
        with self._db(project_id) as db:
            table = db.table("versions")
            docs = table.all()
            previous = max(docs, key=lambda d: d.doc_id)["fingerprint"] if docs else chain.GENESIS
            body = self._version_body(project_id, len(versions) + 1, contract, reason=reason, requested_by=requested_by)
            entry = chain.seal(body, previous)
            # Read the version back before it is stored: what cannot be read is never written.
            record = self._version_from(project_id, entry)
            table.insert(entry)
        head = _head_of(self, raw)
        head["versions"] = [len(versions) + 1, entry["fingerprint"]]
        self._write_summary(project_id, [*versions, body], records, head=head)
        return record

    def append_record(self, project_id: str, kind: RecordKind, data: dict[str, Any]) -> Record:
        """Append one entry to the project's record chain."""
        self._require_writable()
        with self._mutex:
            return self._append_record(project_id, kind, data)

    def _append_record(self, project_id: str, kind: RecordKind, data: dict[str, Any]) -> Record:
        raw = self._verified(project_id, head=True)
        versions, records = _bodies(self, raw)
        with self._db(project_id) as db:
            table = db.table("records")
            docs = table.all()
            previous = max(docs, key=lambda d: d.doc_id)["fingerprint"] if docs else chain.GENESIS
            at = now()
            body = {"seq": len(docs) + 1, "kind": kind.value, "at": at.isoformat(), "data": data}
            entry = chain.seal(body, previous)
            table.insert(entry)
        head = _head_of(self, raw)
        head["records"] = [len(records) + 1, entry["fingerprint"]]
        self._write_summary(project_id, versions, [*records, body], head=head)
        return Record(len(docs) + 1, kind.value, at, data, entry["fingerprint"])

    def trash(self, project_id: str) -> None:
        """Move a project to the trash (recoverable; nothing is deleted)."""
        if not self.state(project_id).trashed:
            self.append_record(project_id, RecordKind.TRASHED, {})

    def restore(self, project_id: str) -> None:
        """Bring a project back from the trash."""
        if self.state(project_id).trashed:
            self.append_record(project_id, RecordKind.RESTORED, {})

    # The project list

    def _write_summary(
        self,
        project_id: str,
        versions: list[dict[str, Any]],
        records: list[dict[str, Any]],
        *,
        head: dict[str, list[Any]],
        folder: Path | None = None,
    ) -> None:
        folder = folder or self.project_dir(project_id)
        summary = {
            "id": project_id,
            **_summary_data(versions, records),
            "stat": _stat_key(folder / PROJECT_FILE),
            # Where each chain ended at this save: check and list notice entries deleted by hand.
            "head": head,
        }
        write_atomic(folder / SUMMARY_FILE, json.dumps(summary, ensure_ascii=False).encode())

    def _summary(self, project_id: str) -> ProjectSummary:
        folder = self.project_dir(project_id)
        path = folder / SUMMARY_FILE
        data: dict[str, Any] | None
        try:
            data = decode(path, path.read_bytes())
            fresh = data.get("stat") == _stat_key(folder / PROJECT_FILE)
        except FileNotFoundError:
            data, fresh = None, False
        except CorruptFile:
            data, fresh = None, False
        if not fresh:
            # project.json changed since the summary was written: trust it only once it verifies,
            # and only if it still holds every entry the summary saw.
            raw = self._verified(project_id)
            problems = self._head_problems(project_id, raw, data.get("head") if data else None)
            if problems:
                raise problems[0]
            versions, records = _bodies(self, raw)
            if self.writable:
                self._write_summary(project_id, versions, records, head=_head_of(self, raw))
                data = decode(path, path.read_bytes())
            else:
                data = _summary_data(versions, records)
        assert data is not None
        deadline = data.get("next_deadline")
        return ProjectSummary(
            id=project_id,
            title=data["title"],
            client=data["client"],
            status=data["status"],
            version=int(data["version"]),
            in_force=int(data["in_force"]),
            next_deadline=dt.date.fromisoformat(deadline) if deadline else None,
            updated=dt.datetime.fromisoformat(data["updated"]),
            trashed=bool(data["trashed"]),
            language=data["language"],
            currency=data["currency"],
        )

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
            path = self.project_dir(pid) / PROJECT_FILE
            try:
                raw = decode(path, path.read_bytes())
                chain_problems = self._chain_problems(pid, raw)
                chain_problems += self._head_problems(pid, raw, self._expected_head(pid))
            except FileNotFoundError:
                problems.append(Problem(CorruptFile(path, detail("missing")), pid))
                continue
            except StorageError as exc:
                problems.append(Problem(exc, pid))
                continue
            problems += [Problem(err, pid) for err in chain_problems]
            if chain_problems:
                continue
            entries = self._entries(raw, "versions", path)
            if not entries:
                problems.append(Problem(CorruptFile(path, detail("no_versions")), pid))
            for entry in entries:
                body = entry["body"]
                try:
                    validate_contract(body.get("contract"), stored=True)
                except ContractError as exc:
                    problems.append(
                        Problem(
                            CorruptFile(
                                path,
                                detail("contract", number=body.get("number", "?"), issues=_issue_text(exc)),
                            ),
                            pid,
                        )
                    )
        return problems

    def find_fingerprint(self, fingerprint: str) -> tuple[str, int] | None:
        """The project and version number whose fingerprint this is, if any."""
        for pid in self._project_ids():
            try:
                raw = self._read_raw(pid)
                for entry in self._entries(raw, "versions"):
                    if entry.get("fingerprint") == fingerprint:
                        return pid, int(entry["body"]["number"])
            except StorageError:
                continue
        return None

    # Backups

    def backups(self, project_id: str) -> list[Path]:
        """The kept copies of a project's file, newest first (backup 1 is the latest save)."""
        self.project_dir(project_id)  # refuses ids that are not ids
        folder = self.folder / "backups" / project_id
        found = [p for p in folder.glob(f"{PROJECT_FILE}.*") if p.suffix[1:].isdigit()]
        return sorted(found, key=lambda p: int(p.suffix[1:]))

    def restore_backup(self, project_id: str, n: int = 1) -> Path:
        """Put backup `n` back in place; the file it replaces is kept beside it."""
        self._require_writable()
        with self._mutex:
            if not self.backups(project_id):
                raise StorageError("no_backups", id=project_id)
            backup = backup_path(Path(PROJECT_FILE), self.folder / "backups" / project_id, n)
            try:
                raw = backup.read_bytes()
            except FileNotFoundError:
                raise StorageError("no_backup", id=project_id, number=n) from None
            data = decode(backup, raw)
            problems = self._chain_problems(project_id, data, backup)
            if problems:
                raise problems[0]
            target = self.project_dir(project_id) / PROJECT_FILE
            target.parent.mkdir(parents=True, exist_ok=True)
            kept = target.with_name(f"{PROJECT_FILE}.replaced-{now().strftime('%Y%m%dT%H%M%S')}")
            if target.exists():
                target.rename(kept)
            write_atomic(target, raw)
            restored = self._verified(project_id)
            versions, records = _bodies(self, restored)
            self._write_summary(project_id, versions, records, head=_head_of(self, restored))
            return kept

    # Drafts and the provider profile (not part of any contract's history)

    def save_draft(self, name: str, data: dict[str, Any]) -> None:
        """Autosave a wizard draft under `name` (atomically, one autosave at a time)."""
        self._require_writable()
        folder = self.folder / "drafts"
        with self._mutex:
            folder.mkdir(parents=True, exist_ok=True)
            write_atomic(folder / f"{_safe(name)}.json", json.dumps(data, ensure_ascii=False, default=str).encode())

    def drafts(self) -> dict[str, dict[str, Any]]:
        """Every saved draft by name; unreadable ones are skipped."""
        out: dict[str, dict[str, Any]] = {}
        for path in sorted((self.folder / "drafts").glob("*.json")):
            try:
                out[path.stem] = decode(path, path.read_bytes())
            except CorruptFile:
                continue
        return out

    def discard_draft(self, name: str) -> None:
        """Forget a draft once it is saved or abandoned."""
        self._require_writable()
        with self._mutex:
            (self.folder / "drafts" / f"{_safe(name)}.json").unlink(missing_ok=True)

    def save_profile(self, data: dict[str, Any]) -> None:
        """Remember the provider's own details for the next contract."""
        self._require_writable()
        write_atomic(self.folder / "profile.json", json.dumps(data, ensure_ascii=False).encode())

    def profile(self) -> dict[str, Any]:
        """The remembered provider details (empty when none)."""
        path = self.folder / "profile.json"
        try:
            return decode(path, path.read_bytes())
        except (FileNotFoundError, CorruptFile):
            return {}


def _stat_key(path: Path) -> list[int]:
    """What tells a changed project.json from the one a summary was made from.

    Size and mtime alone miss a same-size edit put back with `touch -r`; the
    change time and the inode cannot be set back by hand.
    """
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


def _bodies(repo: Repository, raw: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The version and record bodies of a parsed project file."""
    return [e["body"] for e in repo._entries(raw, "versions")], [e["body"] for e in repo._entries(raw, "records")]


def _head_of(repo: Repository, raw: dict[str, Any]) -> dict[str, list[Any]]:
    """How many entries each chain has, and the fingerprint of its last one."""
    head: dict[str, list[Any]] = {}
    for table, _, _ in _TABLES:
        entries = repo._entries(raw, table)
        head[table] = [len(entries), entries[-1]["fingerprint"] if entries else chain.GENESIS]
    return head


def _record_kind(body: Any) -> tuple[str | None, Any]:
    """A record's kind and the number it refers to (journal entry, change order), if any."""
    if not isinstance(body, dict):
        return None, None
    kind = body.get("kind")
    data = body.get("data")
    if not isinstance(data, dict):
        data = {}
    ref = None
    if kind in ("journal", "strike"):
        ref = data.get("id")
    elif kind in ("change", "change_status"):
        ref = data.get("number")
    return (kind if isinstance(kind, str) else None), ref


def _issue_text(exc: ContractError) -> Any:
    return lambda lang: "; ".join(exc.messages(lang))


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


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name)[:80] or "draft"


def _next_deadline(contract: dict[str, Any]) -> str | None:
    today = dt.date.today().isoformat()
    dates = sorted(
        str(d["due"]) for d in contract.get("deliverables", []) + contract.get("client_inputs", []) if d.get("due")
    )
    upcoming = [d for d in dates if d >= today]
    if upcoming:
        return upcoming[0]
    return dates[-1] if dates else None


def _summary_data(versions: list[dict[str, Any]], records: list[dict[str, Any]]) -> dict[str, Any]:
    """What the project list shows, from a project's version and record bodies."""
    state = fold(int(versions[-1]["number"]), records)
    contract = next(v for v in versions if int(v["number"]) == state.in_force)["contract"]
    return {
        "title": contract["title"],
        "client": contract["client"]["name"],
        "status": state.status.value,
        "version": int(versions[-1]["number"]),
        "in_force": state.in_force,
        "next_deadline": _next_deadline(contract),
        "updated": max([v["created"] for v in versions] + [r["at"] for r in records]),
        "trashed": state.trashed,
        "language": contract["language"],
        "currency": contract["currency"],
    }


__all__ = [
    "Problem",
    "ProjectSummary",
    "Record",
    "Repository",
    "Status",
    "VersionRecord",
]
