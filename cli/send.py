"""Subcommands that get documents to the client: send and calendar."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """Add this module's subcommands (none yet)."""
