"""The file format of one project and its two hash chains, kept in TinyDB.

A project file is a TinyDB database with two tables, ``versions`` and ``records``,
each entry sealed by storage.chain and stored under its own number as document id:
``{"versions": {"1": entry, …}, "records": {…}}``. It is opened with TinyDB and
ProjectStorage, this project's own storage class: the file is parsed once and kept,
every write replaces it atomically and keeps a backup, a file that does not parse is
refused (CorruptFile) and never overwritten, and the entries of several tables that
belong together (a version and its change order) are committed in one write.

This module parses such a file, verifies its chains and the heads summary.json
recorded, and writes the next file; it knows nothing about folders, locks or the
project list. Writing re-encodes only what is new (ProjectStorage remembers the
encoded form of every entry it has written or read), so appending the 500th version
costs about what the 10th does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document

from domain.limits import FileProblem
from domain.model import Contract
from domain.validation import contract_to_data, validate_contract
from storage import chain
from storage.atomic import backup_path, decode, encode, keep_backup, write_atomic
from storage.errors import CorruptFile, StorageError, detail
from storage.model import Record, VersionRecord, now

PROJECT_FILE = "project.json"
SUMMARY_FILE = "summary.json"
#: Each chain: its table, what one entry is called in messages, and the key that numbers it.
TABLES = (("versions", "version", "number"), ("records", "record", "seq"))

Entry = dict[str, Any]


def stat_key(path: Path) -> list[int]:
    """What tells a changed file from the one last read or written.

    Size and mtime alone miss a same-size edit put back with `touch -r`; the
    change time and the inode cannot be set back by hand.
    """
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


class ProjectStorage(Storage):
    """TinyDB storage for one project.json.

    - read: the file is parsed once, when first asked for (or from the bytes given), and
      the tree kept; later reads hand out that tree, so one operation is one read.
    - write: the file is replaced atomically (storage.atomic.write_atomic) and, when
      `backups` is given, a copy becomes backup 1; a write error names the file.
    - batch(): the writes TinyDB makes inside it become one write at its end, so entries
      of both tables are committed together or not at all.
    - a file that is not JSON or not TinyDB's layout raises CorruptFile.
    """

    def __init__(self, path: str | Path, raw: bytes | None = None, *, backups: Path | None = None) -> None:
        self.path = Path(path)
        self.backups = backups
        self._raw = raw
        self._tree: dict[str, Any] | None = None
        self._pending: dict[str, Any] | None = None
        self._batching = False
        # (table, id) -> (the entry object, its encoded bytes): entries are never changed in place.
        self._encoded: dict[tuple[str, str], tuple[Any, bytes]] = {}

    def read(self) -> dict[str, Any] | None:
        """The stored tables (a fresh outer dict: TinyDB replaces tables in what it is given)."""
        if self._pending is not None:
            return dict(self._pending)
        if self._tree is None:
            raw = self._raw
            if raw is None:
                try:
                    raw = self.path.read_bytes()
                except FileNotFoundError:
                    return None
            self._raw = None
            self._tree = _layout(self.path, decode(self.path, raw))
        return dict(self._tree)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Replace the file with `data` (at the end of the batch, inside one)."""
        if self._batching:
            self._pending = data
            return
        self._commit(data)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Make the writes inside one atomic write at the end (none if the block fails)."""
        self._batching, self._pending = True, None
        try:
            yield
            pending = self._pending
        finally:
            self._batching, self._pending = False, None
        if pending is not None:
            self._commit(pending)

    def close(self) -> None:
        """Nothing to release: every write is complete when it returns."""

    def _commit(self, data: dict[str, Any]) -> None:
        raw = self._encode(data)
        try:
            write_atomic(self.path, raw)
        except OSError as exc:
            raise FileProblem.from_os(self.path, exc, writing=True) from None
        self._tree = data
        if self.backups is not None:
            try:
                keep_backup(self.path, raw, self.backups)
            except OSError as exc:
                raise FileProblem.from_os(backup_path(self.path, self.backups, 1), exc, writing=True) from None

    def _encode(self, data: dict[str, Any]) -> bytes:
        """The bytes of storage.atomic.encode(data), encoding only the entries not seen before."""
        pieces: list[bytes] = [b"{"]
        known: dict[tuple[str, str], tuple[Any, bytes]] = {}
        for t, (table, docs) in enumerate(data.items()):
            pieces.append((b"," if t else b"") + encode(table) + b":{")
            for n, (key, doc) in enumerate(docs.items()):
                seen = self._encoded.get((table, key))
                item = seen[1] if seen is not None and seen[0] is doc else encode(str(key)) + b":" + encode(doc)
                known[(table, key)] = (doc, item)
                pieces.append(b"," + item if n else item)
            pieces.append(b"}")
        pieces.append(b"}")
        self._encoded = known
        return b"".join(pieces)


def _layout(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """`data` when it is TinyDB's layout for a project (tables of numbered objects), else CorruptFile."""
    for table, _, _ in TABLES:
        docs = data.get(table, {})
        if not isinstance(docs, dict) or not all(k.isdigit() and isinstance(v, dict) for k, v in docs.items()):
            raise CorruptFile(path, detail("table", table=table))
    return data


class ProjectFile:
    """A parsed project file: its version and record entries, oldest first, and its database.

    The entries are read through TinyDB; treated as immutable: `committed` returns a
    new one, so a reader on another thread never sees a table change under it.
    """

    __slots__ = ("db", "path", "records", "storage", "versions")

    def __init__(self, db: TinyDB) -> None:
        self.db = db
        storage = db.storage
        assert isinstance(storage, ProjectStorage)
        self.storage = storage
        self.path = storage.path
        self.versions = _entries(db, "versions")
        self.records = _entries(db, "records")

    def table(self, name: str) -> tuple[Entry, ...]:
        """The entries of "versions" or "records"."""
        return self.versions if name == "versions" else self.records

    def version_bodies(self) -> list[Entry]:
        """Each version's body, oldest first."""
        return [e["body"] for e in self.versions]

    def record_bodies(self) -> list[Entry]:
        """Each record's body, oldest first."""
        return [e["body"] for e in self.records]

    @property
    def latest_number(self) -> int:
        """The newest version's number."""
        return int(self.versions[-1]["body"]["number"])

    def head(self) -> dict[str, list[Any]]:
        """How many entries each chain has, and the fingerprint of its last one."""
        return {
            table: [len(entries), entries[-1]["fingerprint"] if entries else chain.GENESIS]
            for table, entries in (("versions", self.versions), ("records", self.records))
        }

    def last_fingerprint(self, table: str) -> str:
        """What the next entry of `table` links to."""
        entries = self.table(table)
        return str(entries[-1]["fingerprint"]) if entries else chain.GENESIS

    def pending(self, versions: Sequence[Entry], records: Sequence[Entry]) -> ProjectFile:
        """This file as it will read once `versions` and `records` are committed (nothing is written)."""
        view = object.__new__(ProjectFile)
        view.db, view.storage, view.path = self.db, self.storage, self.path
        view.versions, view.records = (*self.versions, *versions), (*self.records, *records)
        return view

    def committed(self, versions: Sequence[Entry] = (), records: Sequence[Entry] = ()) -> ProjectFile:
        """This file with `versions` and `records` appended to their tables, written in one atomic write."""
        with self.storage.batch():
            for table, entries in (("versions", versions), ("records", records)):
                start = len(self.table(table))
                for offset, entry in enumerate(entries, start=1):
                    self.db.table(table).insert(Document(entry, doc_id=start + offset))
        return ProjectFile(self.db)


def _entries(db: TinyDB, table: str) -> tuple[Entry, ...]:
    return tuple(sorted(db.table(table).all(), key=lambda d: d.doc_id))


def open_file(path: Path, raw: bytes | None = None, *, backups: Path | None = None) -> ProjectFile:
    """The project file at `path` (or made of `raw`) opened with TinyDB; CorruptFile when it is not one."""
    return ProjectFile(TinyDB(path, raw, backups=backups, storage=ProjectStorage))


def parse(path: Path, raw: bytes, *, backups: Path | None = None) -> ProjectFile:
    """A project file from its bytes, or CorruptFile when it is not one (chains not yet verified)."""
    return open_file(path, raw, backups=backups)


def read(path: Path) -> ProjectFile:
    """Parse the file at `path` (FileNotFoundError when there is none)."""
    return parse(path, path.read_bytes())


def chain_problems(project: ProjectFile) -> list[StorageError]:
    """Entries edited outside Pacta or links broken, in both chains."""
    problems: list[StorageError] = []
    for table, what, key in TABLES:
        entries = list(project.table(table))
        for index, code in chain.verify(entries):
            body = entries[index].get("body")
            number = body.get(key, index + 1) if isinstance(body, dict) else index + 1
            kind, ref = record_kind(body) if what == "record" else (None, None)
            problems.append(StorageError(code, path=project.path, what=what, number=number, kind=kind, ref=ref))
    return problems


def head_problems(project_id: str, project: ProjectFile, expected: Any) -> list[StorageError]:
    """Whether the file still ends where Pacta last saved it (`expected` from summary.json)."""
    problems: list[StorageError] = []
    if not isinstance(expected, dict):
        return problems
    for table, what, _ in TABLES:
        head = expected.get(table)
        if not (isinstance(head, list) and len(head) == 2 and isinstance(head[0], int)):
            continue
        count, fingerprint = head
        entries = project.table(table)
        path = project.path
        if len(entries) < count:
            problems.append(
                StorageError("head", id=project_id, path=path, what=what, expected=count, found=len(entries))
            )
        elif count and entries[count - 1].get("fingerprint") != fingerprint:
            problems.append(StorageError("head_changed", id=project_id, path=path, what=what, number=count))
    return problems


def shape_problems(project_id: str, project: ProjectFile) -> list[StorageError]:
    """Entries that are not as Pacta writes them: numbered out of turn, of another project
    (a folder copied under another id), or naming a version the file does not have."""
    problems: list[StorageError] = []
    path = project.path
    for table, what, key in TABLES:
        for index, entry in enumerate(project.table(table), start=1):
            body = entry.get("body")
            if not isinstance(body, dict) or body.get(key) != index or not _well_formed(what, body):
                problems.append(StorageError("shape", path=path, what=what, number=index))
                continue
            owner = body.get("project")
            if (what == "version" or owner is not None) and owner != project_id:
                kind, ref = record_kind(body) if what == "record" else (None, None)
                problems.append(StorageError("foreign", path=path, what=what, number=index, kind=kind, ref=ref,
                                             other=owner, id=project_id))
    count = len(project.versions)
    for entry in project.records:
        body = entry.get("body")
        if not isinstance(body, dict):
            continue
        for number in _versions_named(body):
            if not 1 <= number <= count:
                kind, ref = record_kind(body)
                problems.append(StorageError("dangling", path=path, what="record", number=body.get("seq"),
                                             kind=kind, ref=ref, version=number))
    return problems


def document_problems(project: ProjectFile) -> list[StorageError]:
    """Documents that left Pacta (rendered, signed, sent) whose version now has another fingerprint."""
    fingerprints = {index: str(e.get("fingerprint")) for index, e in enumerate(project.versions, start=1)}
    problems: list[StorageError] = []
    for entry in project.records:
        body = entry.get("body")
        if not isinstance(body, dict) or not isinstance(body.get("data"), dict):
            continue
        data = body["data"]
        documents = [data] if body.get("kind") == "document" else data.get("documents") or []
        for document in documents if isinstance(documents, list) else []:
            if not isinstance(document, dict):
                continue
            version, recorded = document.get("version"), document.get("fingerprint")
            if isinstance(version, int) and isinstance(recorded, str) and version in fingerprints \
                    and fingerprints[version] != recorded:
                kind, ref = record_kind(body)
                problems.append(StorageError("document", path=project.path, what="record", number=body.get("seq"),
                                             kind=kind, ref=ref, version=version, recorded=recorded[:12],
                                             now=fingerprints[version][:12]))
    return problems


def _well_formed(what: str, body: Entry) -> bool:
    if what == "version":
        return isinstance(body.get("contract"), dict) and isinstance(body.get("created"), str)
    return isinstance(body.get("kind"), str) and isinstance(body.get("at"), str) and isinstance(body.get("data"), dict)


def _versions_named(body: Entry) -> list[int]:
    """The version numbers a record refers to."""
    data = body.get("data")
    if not isinstance(data, dict):
        return []
    found = [data.get("version")]
    target = data.get("target")
    if isinstance(target, dict):
        found.append(target.get("version"))
    return [n for n in found if isinstance(n, int) and not isinstance(n, bool)]


def anchor_problems(project_id: str, project: ProjectFile, anchor: Any, path: Path) -> list[StorageError]:
    """Whether the file still holds the last save this computer remembers (storage.anchors)."""
    problems: list[StorageError] = []
    if not isinstance(anchor, dict):
        return problems
    for table, what, _ in TABLES:
        head = anchor.get(table)
        if not (isinstance(head, list) and len(head) == 2 and isinstance(head[0], int)):
            continue
        count, fingerprint = head
        entries = project.table(table)
        if count and (len(entries) < count or entries[count - 1].get("fingerprint") != fingerprint):
            problems.append(StorageError("anchor", id=project_id, path=path, what=what, expected=count,
                                         fingerprint=str(fingerprint)[:12], found=len(entries)))
    return problems


def require_versions(project: ProjectFile) -> None:
    """A project file without any version is not one."""
    if not project.versions:
        raise CorruptFile(project.path, detail("no_versions"))


def record_kind(body: Any) -> tuple[str | None, Any]:
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


def version_body(
    project_id: str, number: int, contract: Contract, *, reason: str, requested_by: str | None
) -> Entry:
    """What a new version stores (sealed by storage.chain before it is written)."""
    return {
        "project": project_id,
        "number": number,
        "created": now().isoformat(),
        "reason": reason,
        "requested_by": requested_by,
        "contract": contract_to_data(contract),
    }


def version_from(project_id: str, entry: Entry) -> VersionRecord:
    """A stored version entry as a VersionRecord (its contract validated as stored)."""
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


def record_from(entry: Entry) -> Record:
    """A stored record entry as a Record."""
    body = entry["body"]
    return Record(
        seq=int(body["seq"]),
        kind=body["kind"],
        at=dt.datetime.fromisoformat(body["at"]),
        data=body.get("data", {}),
        fingerprint=entry["fingerprint"],
    )
