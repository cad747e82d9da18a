"""Where Pacta keeps its data unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir, user_state_dir


def default_data_dir() -> Path:
    """The data folder: $PACTA_DATA if set, else the platform's per-user data folder."""
    override = os.environ.get("PACTA_DATA")
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir("Pacta", appauthor=False))


def default_state_dir() -> Path:
    """Where Pacta keeps what must live apart from the data folder (the last save of every
    project, see storage.anchors): $PACTA_STATE if set, else the platform's per-user state folder."""
    override = os.environ.get("PACTA_STATE")
    if override:
        return Path(override).expanduser()
    return Path(user_state_dir("Pacta", appauthor=False))
