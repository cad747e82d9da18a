"""Where the outgoing-mail settings live, shared by the app and the command line.

`smtp.json` in the per-user configuration folder ($PACTA_CONFIG when set) holds the
server, port, security, user name and sender address; never the password, which is
kept in the system keyring (delivery.passwords).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

from delivery.settings import SmtpSettings

SMTP_FILE = "smtp.json"


def config_dir() -> Path:
    """$PACTA_CONFIG if set, else the platform's per-user configuration folder for Pacta."""
    override = os.environ.get("PACTA_CONFIG")
    if override:
        return Path(override).expanduser()
    return Path(user_config_dir("Pacta", appauthor=False))


class SettingsFileError(Exception):
    """The settings file exists but cannot be read; it is left as it is."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


def load_smtp(folder: Path | None = None) -> tuple[SmtpSettings, str] | None:
    """The saved server settings and sender address, or None when mail is not set up."""
    path = (folder or config_dir()) / SMTP_FILE
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SettingsFileError(path, str(exc)) from exc
    try:
        return SmtpSettings.from_dict(data), str(data.get("sender", ""))
    except (KeyError, TypeError, ValueError) as exc:
        raise SettingsFileError(path, str(exc)) from exc


def save_smtp(settings: SmtpSettings, sender: str = "", folder: Path | None = None) -> Path:
    """Write the settings atomically (temporary file, fsync, replace); returns the file."""
    folder = folder or config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SMTP_FILE
    text = json.dumps({**settings.to_dict(), "sender": sender}, indent=2, ensure_ascii=False) + "\n"
    fd, temp = tempfile.mkstemp(prefix=".smtp-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


def forget_smtp(folder: Path | None = None) -> None:
    """Remove the saved settings (mail falls back to .eml drafts)."""
    ((folder or config_dir()) / SMTP_FILE).unlink(missing_ok=True)
