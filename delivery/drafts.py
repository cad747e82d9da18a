"""Keeping an unsent message as a ready-to-send `.eml` draft, and opening it in a mail program."""

from __future__ import annotations

import contextlib
import copy
import os
import subprocess
import sys
import tempfile
import threading
from email.message import EmailMessage
from pathlib import Path

__all__ = ["open_with_mail_program", "write_eml"]


def eml_bytes(message: EmailMessage) -> bytes:
    """The message as a draft file's bytes: marked `X-Unsent: 1`, CRLF line ends."""
    draft = copy.deepcopy(message)
    del draft["X-Unsent"]
    draft["X-Unsent"] = "1"
    return draft.as_bytes(policy=draft.policy.clone(linesep="\r\n"))


def write_eml(message: EmailMessage, path: Path, *, unique: bool = False) -> Path:
    """Write `message` as an `.eml` draft at `path`, atomically (temp file, fsync, rename).

    With `unique`, a file already at `path` is never replaced: the draft takes the first free
    name of `name-2.eml`, `name-3.eml` … (two drafts kept in the same second both stay).
    Returns the file written.
    """
    path = Path(path)
    data = eml_bytes(message)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if unique:
            path = _link_free(Path(temp_name), path)
            with contextlib.suppress(FileNotFoundError):  # gone when it was renamed instead
                os.unlink(temp_name)
        else:
            os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _sync_folder(path.parent)
    return path


def _link_free(temp: Path, wanted: Path) -> Path:
    """Give the complete file `temp` the first free name of `wanted`, `wanted-2` …; a hard
    link fails rather than replace, so two writers never take the same name."""
    for n in range(1, 10_000):
        candidate = wanted if n == 1 else wanted.with_name(f"{wanted.stem}-{n}{wanted.suffix}")
        try:
            os.link(temp, candidate)
        except FileExistsError:
            continue
        except OSError:
            # A file system without hard links: claim the name, then fill it in.
            try:
                os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                continue
            os.replace(temp, candidate)
        return candidate
    raise FileExistsError(wanted)


def open_with_mail_program(path: Path) -> None:
    """Hand the draft to the system's mail program without waiting for it; OSError if none."""
    target = str(Path(path).resolve())
    if sys.platform.startswith("win"):
        os.startfile(target)  # type: ignore[attr-defined,unused-ignore]  # Windows only
        return
    opener = "open" if sys.platform == "darwin" else "xdg-open"
    # A fixed program and one path argument, no shell; a daemon thread reaps the child.
    process = subprocess.Popen(
        [opener, target],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        close_fds=True,
    )
    threading.Thread(target=process.wait, name="pacta-open-draft", daemon=True).start()


def _sync_folder(folder: Path) -> None:
    # The rename itself is durable only once the folder is synced (POSIX; no-op elsewhere).
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
