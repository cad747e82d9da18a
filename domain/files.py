"""File names for what Pacta writes: one rule for the app, the command line and the mail."""

from __future__ import annotations

import re
import unicodedata


def slug(title: str) -> str:
    """A file-name-safe form of a title: `redisenio-del-sitio` (at most 50 characters)."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:50] or "pacta"


def document_name(title: str, number: int, kind: str, fmt: str, change: str | None = None) -> str:
    """`redisenio-del-sitio-v2-agreement.pdf`; a change order is named by its number, `…-v2-co-1.pdf`."""
    suffix = change.lower() if change else kind
    return f"{slug(title)}-v{number}-{suffix}.{fmt}"
