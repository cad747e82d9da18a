"""The user's own contract templates: files in a folder the caller gives (the data folder's `templates/`).

Each template is one JSON file (see `domain.templates.user_template_bytes`), written
atomically: a crash leaves the old file or the new one, never half of either.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from domain.messages import os_problem
from domain.model import Contract
from domain.templates import (
    TemplateError,
    UserTemplate,
    read_user_template,
    template_file_name,
    user_template_bytes,
)
from domain.validation import ContractError
from storage.atomic import TEMP_MARK, write_atomic

__all__ = ["Unreadable", "delete_user_template", "list_user_templates", "save_user_template", "user_template_exists"]


@dataclass(frozen=True)
class Unreadable:
    """A file in the templates folder that is not a template Pacta can read, and why."""

    file_name: str
    problem: str


def save_user_template(folder: Path, name: str, contract: Contract, lang: str = "en") -> Path:
    """Keep `contract` as the template `name` in `folder` (replacing one of the same name); returns its file."""
    target = folder / template_file_name(name, lang)
    data = user_template_bytes(name, contract, lang)
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(target, data)
    return target


def user_template_exists(folder: Path, name: str, lang: str = "en") -> bool:
    """Whether saving under `name` would replace a template already in `folder`."""
    return (folder / template_file_name(name, lang)).is_file()


def list_user_templates(folder: Path, lang: str = "en") -> tuple[list[UserTemplate], list[Unreadable]]:
    """Every template in `folder` sorted by name, and the files that could not be read (with why, in `lang`)."""
    found: list[UserTemplate] = []
    broken: list[Unreadable] = []
    if not folder.is_dir():
        return found, broken
    for path in sorted(folder.glob("*.json")):
        if path.name.startswith(".") or TEMP_MARK in path.name:
            continue
        try:
            found.append(read_user_template(path.read_bytes(), path.name, lang))
        except (TemplateError, ContractError) as exc:
            broken.append(Unreadable(path.name, str(exc)))
        except OSError as exc:
            broken.append(Unreadable(path.name, os_problem(exc.errno, exc.strerror or str(exc), lang)))
    found.sort(key=lambda t: t.name.casefold())
    return found, broken


def delete_user_template(folder: Path, name: str, lang: str = "en") -> bool:
    """Remove the template `name` from `folder`; False when there was none."""
    target = folder / template_file_name(name, lang)
    try:
        target.unlink()
    except FileNotFoundError:
        return False
    return True
