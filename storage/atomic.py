"""Files that are never left half-written, and the rolling backups of project files.

A file is replaced by writing a temporary file in the same folder, fsyncing it,
renaming it over the old file and fsyncing the folder; after each save a copy of
what was written becomes the newest rolling backup, so that backup 1 is always
the latest good file. The store (storage.store) writes TinyDB's JSON layout this
way itself; AtomicJSONStorage does the same for anyone opening a project file
with TinyDB (TinyDB's stock JSONStorage rewrites in place, so a crash between
the write and the truncate leaves JSON that no longer parses).
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from domain.messages import json_problem
from storage.errors import CorruptFile, StorageError, detail

TEMP_MARK = ".tmp-"
BACKUPS_KEPT = 3


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}")


def write_atomic(path: Path, data: bytes, *, reuse: Path | None = None) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file.

    `reuse` is a temporary file (in the same folder, named with TEMP_MARK) that nothing
    needs any more: it is overwritten instead of a new file being made, so the disk
    neither allocates nor frees the blocks of a large file on every save.
    """
    tmp = reuse or _temporary(path)
    try:
        if reuse is not None:
            fd = os.open(tmp, os.O_WRONLY)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                os.ftruncate(fd, len(data))
                os.fsync(fd)
            finally:
                os.close(fd)
        else:
            with open(tmp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def remove_temporaries(folder: Path) -> list[Path]:
    """Delete temporary files a crash left under `folder`; returns what was removed."""
    removed = []
    for tmp in folder.rglob(f".*{TEMP_MARK}*"):
        try:
            tmp.unlink()
            removed.append(tmp)
        except OSError:
            pass
    return removed


def backup_path(path: Path, backups: Path, n: int) -> Path:
    """Where the n-th newest backup of `path` lives."""
    return backups / f"{path.name}.{n}"


def keep_backup(path: Path, data: bytes, backups: Path, keep: int = BACKUPS_KEPT) -> None:
    """Make `data` (what `path` now holds) backup 1, shifting the older ones and dropping the oldest.

    The backup is a copy, never a hard link: an editor that rewrites `path` in
    place must not damage its backups too.
    """
    backups.mkdir(parents=True, exist_ok=True)
    newest = backup_path(path, backups, 1)
    # The oldest copy, about to be dropped, becomes the file the newest is written into.
    oldest = backup_path(path, backups, keep)
    spare = _temporary(oldest)
    reuse: Path | None = spare
    try:
        os.rename(oldest, spare)
    except OSError:  # fewer copies than kept so far
        reuse = None
    for n in range(keep - 1, 0, -1):
        older = backup_path(path, backups, n)
        if older.exists():
            os.replace(older, backup_path(path, backups, n + 1))
    write_atomic(newest, data, reuse=reuse)


def encode(data: Any) -> bytes:
    """The bytes stored for a TinyDB document tree."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode(path: Path, raw: bytes) -> dict[str, Any]:
    """Parse a stored file, or raise CorruptFile naming it."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise CorruptFile(path, detail("utf8", byte=exc.start)) from None
    except json.JSONDecodeError as exc:
        msg = exc.msg
        raise CorruptFile(
            path, detail("json", line=exc.lineno, column=exc.colno, problem=lambda lang: json_problem(msg, lang))
        ) from None
    except ValueError:
        # An integer of thousands of digits: Python refuses to read it.
        raise CorruptFile(path, detail("json", line=1, column=1, problem=lambda lang: json_problem("", lang))) from None
    if not isinstance(data, dict):
        raise CorruptFile(path, detail("not_object"))
    return data


class AtomicJSONStorage(Storage):
    """TinyDB storage: atomic replace on write, rolling backups, corrupt files refused."""

    def __init__(self, path: str | Path, *, backups: Path | None = None, read_only: bool = False) -> None:
        self.path = Path(path)
        self.backups = backups
        self.read_only = read_only

    def read(self) -> dict[str, Any] | None:
        """The stored tree, None for a file not yet written, CorruptFile for garbage."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        return decode(self.path, raw)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Atomically replace the file with `data`, then keep a copy of it as backup 1."""
        if self.read_only:
            raise StorageError("read_only")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        raw = encode(data)
        write_atomic(self.path, raw)
        if self.backups is not None:
            keep_backup(self.path, raw, self.backups)

    def close(self) -> None:
        """Nothing to release: every write is complete when it returns."""
