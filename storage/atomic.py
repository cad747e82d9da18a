"""Files that are never left half-written, and the rolling backups of project files.

A file is replaced by writing a temporary file in the same folder, fsyncing it,
renaming it over the old file and fsyncing the folder; after each save a copy of
what was written becomes the newest rolling backup, so that backup 1 is always
the latest good file. TinyDB's stock JSONStorage rewrites a file in place (a crash
between the write and the truncate leaves JSON that no longer parses), so project
files are written through storage.projectfile.ProjectStorage, which uses these.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

from domain.messages import json_problem
from storage.errors import CorruptFile, detail

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


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file."""
    tmp = _temporary(path)
    try:
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
    for n in range(keep - 1, 0, -1):
        older = backup_path(path, backups, n)
        if older.exists():
            os.replace(older, backup_path(path, backups, n + 1))
    write_atomic(backup_path(path, backups, 1), data)


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
    except RecursionError:
        raise CorruptFile(path, detail("deep")) from None
    except ValueError:
        # An integer of thousands of digits: Python refuses to read it.
        raise CorruptFile(path, detail("json", line=1, column=1, problem=lambda lang: json_problem("", lang))) from None
    if not isinstance(data, dict):
        raise CorruptFile(path, detail("not_object"))
    return data
