"""Letters to the client in the project's journal: their text, fingerprint and what was done with them."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from domain.lifecycle import JournalKind, RecordKind
from storage.errors import StorageError
from storage.repository import Record, Repository

ACTIONS = ("saved", "sent", "scheduled", "cancelled")


def record_letter(
    repo: Repository,
    project_id: str,
    text: str,
    *,
    letter_kind: str,
    action: str,
    on: dt.date | None = None,
    details: dict[str, Any] | None = None,
) -> Record:
    """A journal entry holding a letter's text and its SHA-256, and what was done with it."""
    if not text.strip():
        raise StorageError("empty_text", field="letter")
    if action not in ACTIONS:
        raise ValueError(action)
    state = repo.state(project_id)
    data: dict[str, Any] = {
        "id": len(state.journal) + 1,
        "kind": JournalKind.LETTER.value,
        "text": text,
        "date": (on or dt.date.today()).isoformat(),
        "letter": {
            "kind": letter_kind,
            "action": action,
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            **(details or {}),
        },
    }
    return repo.append_record(project_id, RecordKind.JOURNAL, data)
