"""Where the outgoing-mail settings live, shared by the app and the command line.

`smtp.json` in the per-user configuration folder ($PACTA_CONFIG when set) holds the
server, port, security, user name and sender address; never the password, which is
kept in the system keyring (delivery.passwords).
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

from delivery.settings import SettingsInvalid, SmtpFile, SmtpSettings
from domain.limits import SETTINGS_FILE_BYTES, FileProblem, read_limited
from domain.validation import default_language

SMTP_FILE = "smtp.json"


def config_dir() -> Path:
    """$PACTA_CONFIG if set, else the platform's per-user configuration folder for Pacta."""
    override = os.environ.get("PACTA_CONFIG")
    if override:
        return Path(override).expanduser()
    return Path(user_config_dir("Pacta", appauthor=False))


class SettingsFileError(Exception):
    """The settings file exists but cannot be used; it is left as it is.

    `message(lang)` names the file and every key that is wrong; `detail` is that said in
    the system's language.
    """

    def __init__(self, path: Path, detail: str | Callable[[str], str]) -> None:
        self.path = path
        self._said = detail if callable(detail) else (lambda lang: detail)
        self.detail = self._said(default_language())
        super().__init__(f"{path}: {self._said('en')}")

    def message(self, lang: str) -> str:
        """The file and what is wrong in it, in `lang`."""
        return f"{self.path}: {self._said(lang)}"


def load_smtp(folder: Path | None = None) -> tuple[SmtpSettings, str] | None:
    """The saved server settings and sender address, or None when mail is not set up.

    The file is read strictly (delivery.settings.SmtpFile): a value of the wrong type, such
    as "false" for false, is an error naming the key and the file, never a guess.
    """
    path = (folder or config_dir()) / SMTP_FILE
    try:
        raw = read_limited(path, SETTINGS_FILE_BYTES)
    except FileProblem as exc:
        if exc.params.get("os_errno") == errno.ENOENT:
            return None
        raise SettingsFileError(path, exc.message) from None
    try:
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=_unique, parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError) as exc:
        text = str(exc)
        raise SettingsFileError(path, lambda lang: _JSON[lang if lang in _JSON else "en"].format(detail=text)) from None
    try:
        return SmtpFile.read(data)
    except SettingsInvalid as exc:
        raise SettingsFileError(path, exc.message) from None


_JSON = {"en": "not valid JSON ({detail})", "es": "no es un JSON válido ({detail})"}


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the key {key!r} is given twice")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


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
