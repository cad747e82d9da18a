"""Wizard drafts and the provider's profile: kept between sessions, part of no contract's history."""

from __future__ import annotations

import json
from typing import Any

from storage import atomic
from storage.atomic import decode
from storage.errors import CorruptFile
from storage.store import ProjectStore

DRAFTS = "drafts"
PROFILE_FILE = "profile.json"


class DraftsAndProfile(ProjectStore):
    """Autosaved wizard drafts (drafts/<name>.json) and profile.json."""

    def save_draft(self, name: str, data: dict[str, Any]) -> None:
        """Autosave a wizard draft under `name` (atomically, one autosave at a time)."""
        folder = self.folder / DRAFTS
        with self.writing():
            folder.mkdir(parents=True, exist_ok=True)
            text = json.dumps(data, ensure_ascii=False, default=str)
            atomic.write_atomic(folder / f"{_safe(name)}.json", text.encode())

    def drafts(self) -> dict[str, dict[str, Any]]:
        """Every saved draft by name; unreadable ones, and one discarded while we list, are skipped."""
        out: dict[str, dict[str, Any]] = {}
        for path in sorted((self.folder / DRAFTS).glob("*.json")):
            try:
                out[path.stem] = decode(path, path.read_bytes())
            except (CorruptFile, FileNotFoundError):
                continue
        return out

    def keep_draft(self, name: str) -> bool:
        """Mark a draft as kept by the user's choice (not left by a crash); False when there is none.

        The mark (`"kept": true`) lasts until the wizard autosaves the draft again, so a draft
        resumed and then lost in a crash is offered with the words for a crash.
        """
        self._require_writable()
        path = self.folder / DRAFTS / f"{_safe(name)}.json"
        with self._mutex:
            try:
                data = decode(path, path.read_bytes())
            except (FileNotFoundError, CorruptFile):
                return False
            data["kept"] = True
            atomic.write_atomic(path, json.dumps(data, ensure_ascii=False, default=str).encode())
        return True

    def discard_draft(self, name: str) -> None:
        """Forget a draft once it is saved or abandoned."""
        with self.writing():
            (self.folder / DRAFTS / f"{_safe(name)}.json").unlink(missing_ok=True)

    def save_profile(self, data: dict[str, Any]) -> None:
        """Remember the provider's own details for the next contract."""
        with self.writing():
            atomic.write_atomic(self.folder / PROFILE_FILE, json.dumps(data, ensure_ascii=False).encode())

    def profile(self) -> dict[str, Any]:
        """The remembered provider details (empty when none)."""
        path = self.folder / PROFILE_FILE
        try:
            return decode(path, path.read_bytes())
        except (FileNotFoundError, CorruptFile):
            return {}


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name)[:80] or "draft"
