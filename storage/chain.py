"""Hash chains: every stored entry carries its own SHA-256 and the one before it."""

from __future__ import annotations

import hashlib
import json
from typing import Any

GENESIS = ""


def canonical(obj: Any) -> bytes:
    """The one byte form of a JSON tree that fingerprints are computed over."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def fingerprint(body: dict[str, Any], previous: str) -> str:
    """SHA-256 over an entry's body and the previous entry's fingerprint."""
    return hashlib.sha256(canonical({"body": body, "previous": previous})).hexdigest()


def seal(body: dict[str, Any], previous: str) -> dict[str, Any]:
    """A stored entry: the body, the link to the entry before, and its own fingerprint."""
    return {"body": body, "previous": previous, "fingerprint": fingerprint(body, previous)}


def verify(entries: list[dict[str, Any]]) -> list[tuple[int, str]]:
    """Problems in a chain as (index, "chain" | "link"): an edited entry or a broken link."""
    problems: list[tuple[int, str]] = []
    previous = GENESIS
    for index, entry in enumerate(entries):
        body = entry.get("body")
        if not isinstance(body, dict) or entry.get("fingerprint") != fingerprint(body, str(entry.get("previous"))):
            problems.append((index, "chain"))
        elif entry.get("previous") != previous:
            problems.append((index, "link"))
        previous = str(entry.get("fingerprint"))
    return problems
