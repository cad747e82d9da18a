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
#: The file a project file's next save is written into; kept between sessions (never a
#: name of the project file itself), so starting a writer leaves the folder as it is.
SPARE_MARK = ".spare"
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
        _fill(tmp, data, reuse is not None)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def _fill(tmp: Path, data: bytes, existing: bool) -> None:
    """Write `data` into `tmp` and fsync it: a new file, or an existing one overwritten in place."""
    if not existing:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        return
    # A project file grows at its end: what the file already holds up to the first page that
    # differs stays as it is, so only the pages after it are written and flushed.
    old = tmp.read_bytes()
    start = _same_pages(old, data)
    fd = os.open(tmp, os.O_WRONLY)
    try:
        os.lseek(fd, start, os.SEEK_SET)
        view = memoryview(data)[start:]
        while view:
            view = view[os.write(fd, view) :]
        if len(old) != len(data):
            os.ftruncate(fd, len(data))
        os.fsync(fd)
    finally:
        os.close(fd)


_PAGE = 4096


def _same_pages(old: bytes, new: bytes) -> int:
    """How many leading bytes of `new`, in whole pages, `old` already holds."""
    limit = min(len(old), len(new))
    start = 0
    for step in (64 * _PAGE, _PAGE):
        while start + step <= limit and old[start : start + step] == new[start : start + step]:
            start += step
    return start


def spare_of(path: Path) -> Path:
    """The temporary file that the next replace_recycling of `path` writes into."""
    return path.with_name(f".{path.name}{SPARE_MARK}")


def replace_recycling(path: Path, data: bytes) -> None:
    """write_atomic for a large file saved again and again, without freeing and allocating it each time.

    The new bytes go into the spare file (spare_of(path)), overwritten in place, which then
    replaces `path`; the file `path` held is kept as the next spare through a second name
    made just before the rename. Freeing a large file is what made the 500th save of a
    project cost much more than the 10th. The spare is never a name of `path` when it is
    overwritten (checked); the second name is a temporary one, which a writer starting up
    removes if a crash left it behind.
    """
    spare = spare_of(path)
    try:
        current, candidate = os.stat(path), os.stat(spare)
        reusable = candidate.st_nlink == 1 and candidate.st_ino != current.st_ino
    except OSError:
        reusable = False
    if not reusable:
        spare.unlink(missing_ok=True)
    tmp = spare if reusable else _temporary(path)
    kept: Path | None = None
    try:
        _fill(tmp, data, reusable)
        link = _temporary(path)
        try:
            os.link(path, link)
            kept = link
        except OSError:  # no file yet, or a file system without links: the old one is freed
            pass
        os.replace(tmp, path)
        if kept is not None:
            os.replace(kept, spare)
    except BaseException:
        tmp.unlink(missing_ok=True)
        if kept is not None:
            kept.unlink(missing_ok=True)
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
