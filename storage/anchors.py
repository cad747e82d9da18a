"""The last save of every project, kept apart from the data folder, and the key that signs it.

Whoever can edit a data folder can rewrite a project's chains and summary.json to agree
with each other. What Pacta keeps elsewhere cannot be rewritten with them: after every
save it writes the heads of the project's chains (how many entries, the last fingerprint)
to a small file in the user's state folder (storage.paths.default_state_dir), one per data
folder and project. `check` then finds a project.json rolled back to an older copy or cut
short, even when summary.json was deleted with it.

The heads (there and in summary.json) carry an HMAC made with a secret kept in the system
keyring, so they cannot be made up without it. When no keyring works (a server, a test
machine) the secret lives in a file of the state folder instead, readable by the user only;
when even that cannot be written, heads are kept without a key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path
from typing import Any

from storage import chain
from storage.atomic import decode, write_atomic
from storage.errors import CorruptFile
from storage.paths import default_state_dir

SERVICE = "Pacta"
KEY_NAME = "history-key"
ANCHORS = "anchors"
KEY_FILE = "history.key"

_secret: dict[Path, bytes | None] = {}


def _from_keyring() -> bytes | None:
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            stored = keyring.get_password(SERVICE, KEY_NAME)
            if stored is None:
                stored = secrets.token_hex(32)
                keyring.set_password(SERVICE, KEY_NAME, stored)
            return bytes.fromhex(stored)
        except (KeyringError, ValueError, RuntimeError):
            return None
    except Exception:  # a broken keyring installation must not stop saving
        return None


def _from_file(state: Path) -> bytes | None:
    path = state / KEY_FILE
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        pass
    try:
        state.mkdir(parents=True, exist_ok=True)
        key = secrets.token_hex(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key)
        return bytes.fromhex(key)
    except FileExistsError:
        return _from_file(state) if path.stat().st_size else None
    except OSError:
        return None


def secret() -> bytes | None:
    """The key that signs chain heads: a key once chosen stays (the state folder's file when it
    has one), else the keyring's, else a new file's, else None."""
    state = default_state_dir()
    if state not in _secret:
        existing = (state / KEY_FILE).is_file()
        _secret[state] = (_from_file(state) if existing else None) or _from_keyring() or _from_file(state)
    return _secret[state]


def sign(project_id: str, payload: Any) -> str | None:
    """The HMAC of `payload` for `project_id` under this user's key (None without a key)."""
    key = secret()
    if key is None:
        return None
    return hmac.new(key, chain.canonical({"project": project_id, "data": payload}), hashlib.sha256).hexdigest()


def signed_by_us(project_id: str, payload: Any, mac: Any) -> bool:
    """Whether `mac` is this user's HMAC of `payload`."""
    expected = sign(project_id, payload)
    return expected is not None and isinstance(mac, str) and hmac.compare_digest(expected, mac)


def anchor_path(folder: Path, project_id: str) -> Path:
    """Where the last save of `project_id` in data folder `folder` is kept."""
    try:
        where = str(folder.resolve())
    except OSError:
        where = str(folder.absolute())
    name = hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return default_state_dir() / ANCHORS / name / f"{project_id}.json"


def save(folder: Path, project_id: str, head: dict[str, list[Any]]) -> None:
    """Remember `head` as the last save of the project; a state folder that cannot be written is
    no reason to refuse a save (check then says nothing about rollbacks)."""
    path = anchor_path(folder, project_id)
    data = {"project": project_id, "head": head, "mac": sign(project_id, head)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(data).encode())
    except OSError:
        pass


def kept_here() -> bool:
    """Whether this computer keeps records of last saves at all: the state folder holds the
    key file or the records' folder. Then a project without its record lost it (or was never
    saved here, such as a project copied from another computer)."""
    state = default_state_dir()
    return (state / KEY_FILE).is_file() or (state / ANCHORS).is_dir()


def exists(folder: Path, project_id: str) -> bool:
    """Whether this computer has a record of the project's last save (readable or not)."""
    return anchor_path(folder, project_id).exists()


def load(folder: Path, project_id: str) -> tuple[dict[str, Any] | None, bool]:
    """The remembered last save (None when there is none) and whether its key holds."""
    path = anchor_path(folder, project_id)
    try:
        data = decode(path, path.read_bytes())
    except (OSError, CorruptFile):
        return None, True
    head = data.get("head")
    if not isinstance(head, dict):
        return None, False
    mac = data.get("mac")
    if mac is None and secret() is None:
        return head, True
    return head, signed_by_us(project_id, head, mac)
