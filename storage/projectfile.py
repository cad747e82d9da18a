"""The file format of one project and its two hash chains.

A project file is TinyDB's JSON layout: ``{"versions": {"1": entry, …}, "records": {…}}``,
each entry sealed by storage.chain. This module parses such a file, verifies its chains
and the heads summary.json recorded, and writes the next file; it knows nothing about
folders, locks or the project list.

Writing re-encodes only what is new: a parsed file keeps the encoded form of each
entry it has written, so appending the 500th version costs about what the 10th does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from domain.model import Contract
from domain.validation import contract_to_data, validate_contract
from storage import chain
from storage.atomic import decode, encode
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


class ProjectFile:
    """A parsed project file: its version and record entries, oldest first.

    Treated as immutable: `appended` returns a new one, so a reader on another
    thread never sees a table change under it.
    """

    __slots__ = ("_encoded", "path", "records", "versions")

    def __init__(
        self,
        path: Path,
        versions: tuple[Entry, ...],
        records: tuple[Entry, ...],
        encoded: dict[str, tuple[bytes, ...]] | None = None,
    ) -> None:
        self.path = path
        self.versions = versions
        self.records = records
        self._encoded = encoded

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

    def _items(self) -> dict[str, tuple[bytes, ...]]:
        if self._encoded is None:
            self._encoded = {
                table: tuple(_item(n, e) for n, e in enumerate(self.table(table), start=1)) for table, _, _ in TABLES
            }
        return self._encoded

    def appended(self, table: str, entry: Entry) -> ProjectFile:
        """This file with `entry` added at the end of `table`."""
        items = self._items()
        number = len(self.table(table)) + 1
        encoded = {**items, table: (*items[table], _item(number, entry))}
        if table == "versions":
            return ProjectFile(self.path, (*self.versions, entry), self.records, encoded)
        return ProjectFile(self.path, self.versions, (*self.records, entry), encoded)

    def encode(self) -> bytes:
        """The bytes of this file, as storage.atomic.encode would write its tree."""
        items = self._items()
        # One join over every piece: the file is copied once, however long it is.
        pieces: list[bytes] = []
        for index, (table, _, _) in enumerate(TABLES):
            pieces.append(("{" if index == 0 else "},").encode() + b'"' + table.encode() + b'":{')
            for n, item in enumerate(items[table]):
                if n:
                    pieces.append(b",")
                pieces.append(item)
        pieces.append(b"}}")
        return b"".join(pieces)


def _item(number: int, entry: Entry) -> bytes:
    return b'"' + str(number).encode() + b'":' + encode(entry)


def parse(path: Path, raw: bytes) -> ProjectFile:
    """A project file from its bytes, or CorruptFile when it is not one (chains not yet verified)."""
    data = decode(path, raw)
    tables: list[tuple[Entry, ...]] = []
    for table, _, _ in TABLES:
        docs = data.get(table, {})
        if not isinstance(docs, dict) or not all(k.isdigit() and isinstance(v, dict) for k, v in docs.items()):
            raise CorruptFile(path, detail("table", table=table))
        tables.append(tuple(docs[k] for k in sorted(docs, key=int)))
    return ProjectFile(path, tables[0], tables[1])


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


def expected_head(summary: Path) -> Any:
    """The chain heads a summary.json recorded at the last save (None when unknown)."""
    try:
        return decode(summary, summary.read_bytes()).get("head")
    except (OSError, CorruptFile):
        return None


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
