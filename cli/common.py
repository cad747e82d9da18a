"""What every subcommand shares: the data folder, errors, and output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from domain.messages import render
from domain.validation import ContractError, default_language
from storage.errors import StorageError
from storage.paths import default_data_dir
from storage.repository import Repository

REFUSED = 1


def data_dir(args: argparse.Namespace) -> Path:
    """The data folder chosen with --data, or the default one."""
    return Path(args.data) if getattr(args, "data", None) else default_data_dir()


def open_repo(args: argparse.Namespace, *, write: bool) -> Repository:
    """The repository; writers take the folder's lock."""
    return Repository(data_dir(args), write=write)


def lang_of(repo: Repository | None, project_id: str | None) -> str:
    """The project's language when known, else the system's."""
    if repo is not None and project_id:
        try:
            return repo.summary(project_id).language
        except StorageError:
            pass
    return default_language()


def fail(message: str) -> int:
    """Print a refusal on stderr and return the refused-input status."""
    print(f"pacta: {message}", file=sys.stderr)
    return REFUSED


def run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a handler, turning refusals into a message and exit status 1."""
    try:
        return handler(args)
    except ContractError as exc:
        for line in exc.messages():
            print(f"pacta: {line}", file=sys.stderr)
        return REFUSED
    except StorageError as exc:
        return fail(exc.message(lang_of(Repository(data_dir(args)), getattr(args, "project", None))))
    except OSError as exc:
        # A file the user named (a scan to attach, a PDF to verify) that cannot be read, said
        # in the project's language like the other refusals.
        lang = lang_of(Repository(data_dir(args)), getattr(args, "project", None))
        return fail(render("unreadable", lang, field=exc.filename or "", os_errno=exc.errno,
                           os_error=exc.strerror or str(exc)))
