"""The render subcommand: a document of one version as PDF or DOCX."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """Add this module's subcommands (none yet)."""
