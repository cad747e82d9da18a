"""Pacta's resources: fonts, clause texts, translations, icons, templates and desktop files.

The subfolders are package data, installed next to this file; find them with `path()`.
"""

from __future__ import annotations

import pathlib
from importlib.resources import files

__all__ = ["path"]


def path(*parts: str) -> pathlib.Path:
    """The installed location of a resource, e.g. `path("desktop", "pacta.svg")`."""
    root = files(__name__)
    base = root if isinstance(root, pathlib.Path) else pathlib.Path(__file__).parent
    return base.joinpath(*parts)
