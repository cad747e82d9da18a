"""One writer at a time for a data folder, across processes."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from storage.errors import FolderInUse

LOCK_NAME = "pacta.lock"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


#: How long a writer waits for a busy folder before refusing, unless told otherwise.
WAIT_SECONDS = float(os.environ.get("PACTA_LOCK_WAIT", "5"))
_POLL = 0.05
#: The lock file holds one line, padded to this size and written in one go, so a reader
#: never sees it half written: "<pid> <command>".
_RECORD = 240


def default_holder() -> str:
    """How this process is named in the lock file: its program and first argument."""
    argv = [Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python", *sys.argv[1:2]]
    return " ".join(argv)


def _describe(raw: bytes) -> tuple[str, str] | None:
    """The pid and command a lock file names, or None when it names nobody (yet)."""
    text = raw.decode("utf-8", "replace").strip()
    pid, _, command = text.partition(" ")
    if not pid.isdigit():
        return None
    return pid, command.strip()


class WriteLock:
    """An exclusive lock on a data folder, released when the holder exits or dies.

    The operating system drops the lock of a killed process, so a lock file
    left behind by a crash is simply taken over; the file only says who holds it.
    """

    def __init__(self, folder: Path, *, holder: str | None = None) -> None:
        self.path = folder / LOCK_NAME
        self.holder = holder or default_holder()
        self._handle: IO[bytes] | None = None

    def acquire(self, *, wait: float | None = None, on_wait: Callable[[FolderInUse], None] | None = None) -> None:
        """Take the lock, waiting up to `wait` seconds (WAIT_SECONDS by default) while another
        process holds it; `on_wait` hears once that we wait. FolderInUse names the holder."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Not opened for appending: the record is written at offset 0 (pwrite ignores it under O_APPEND).
        handle = os.fdopen(os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644), "r+b")
        deadline = time.monotonic() + (WAIT_SECONDS if wait is None else wait)
        told = False
        while not _try_lock(handle):
            busy = self._busy(handle)
            if time.monotonic() >= deadline:
                handle.close()
                raise busy
            if not told and on_wait is not None:
                on_wait(busy)
                told = True
            time.sleep(_POLL)
        record = f"{os.getpid()} {self.holder}".encode("utf-8", "replace")[: _RECORD - 1]
        # One write of the whole padded record over the old one: never an empty file in between.
        os.pwrite(handle.fileno(), record.ljust(_RECORD - 1) + b"\n", 0)
        handle.flush()
        self._handle = handle

    def _busy(self, handle: IO[bytes]) -> FolderInUse:
        """FolderInUse naming the holder; a holder that has not written its name yet is waited for briefly."""
        found = None
        for _ in range(20):
            found = _describe(os.pread(handle.fileno(), _RECORD, 0))
            if found is not None:
                break
            time.sleep(0.01)
        pid, command = found or ("?", "")
        return FolderInUse(self.path.parent, pid, command)

    def release(self) -> None:
        """Give the lock up."""
        if self._handle is not None:
            try:
                # The name is wiped before the lock goes: the next holder's refusals must not name
                # us in the moment between its taking the lock and writing its own name.
                os.pwrite(self._handle.fileno(), b" " * (_RECORD - 1) + b"\n", 0)
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None

    @property
    def held(self) -> bool:
        """Whether this process holds the lock through this object."""
        return self._handle is not None
