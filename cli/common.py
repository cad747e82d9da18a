"""What every subcommand shares: the data folder, errors, and output."""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from domain.limits import (
    DATE_MAX,
    DATE_MIN,
    PROJECT_ID_CHARS,
    REASON_CHARS,
    FileProblem,
    text_problem,
)
from domain.messages import render
from domain.validation import ContractError, default_language
from storage.errors import FolderInUse, StorageError
from storage.paths import default_data_dir
from storage.repository import Repository

REFUSED = 1
T = TypeVar("T")


def data_dir(args: argparse.Namespace) -> Path:
    """The data folder chosen with --data, or the default one."""
    return Path(args.data) if getattr(args, "data", None) else default_data_dir()


def open_repo(args: argparse.Namespace, *, write: bool) -> Repository:
    """The repository; writers take the folder's lock while they write, named in it by their
    command, and say so when they find the folder busy and wait for it."""
    command = getattr(args, "command", None)

    def waiting(busy: FolderInUse) -> None:
        print(f"pacta: {shown(busy.waiting(default_language()))}", file=sys.stderr, flush=True)

    return Repository(data_dir(args), write=write, holder=f"pacta {command}" if command else "pacta",
                      on_wait=waiting)


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
    from documents.api import RenderRefused

    try:
        problem = project_id_problem(getattr(args, "project", None))
        if problem is not None:
            return fail(problem.message(default_language()))
        for option in ("reason", "note", "add", "request"):
            refused = option_text_problem(option, getattr(args, option, None))
            if refused is not None:
                return fail(refused(_lang(args)))
        day = getattr(args, "date", None)
        if isinstance(day, dt.date) and not DATE_MIN <= day <= DATE_MAX:
            return fail(render("date_range", _lang(args), field="--date", min=DATE_MIN.isoformat(),
                               max=DATE_MAX.isoformat()))
        return handler(args)
    except ContractError as exc:
        for line in exc.messages():
            print(f"pacta: {line}", file=sys.stderr)
        return REFUSED
    except StorageError as exc:
        return fail(exc.message(_lang(args)))
    except FileProblem as exc:
        return fail(exc.message(_lang(args)))
    except RenderRefused as exc:
        # The renderer's reason names the field; it is said in English only.
        lang = _lang(args)
        return fail(_RENDER_REFUSED.get(lang, _RENDER_REFUSED["en"]).format(detail=shown(str(exc))))
    except OSError as exc:
        # A file the user named (a scan to attach, a PDF to verify) or one of the data folder's
        # that cannot be read or written, said in the project's language like the other refusals.
        return fail(os_error(exc, data_dir(args)).message(_lang(args)))


_RENDER_REFUSED = {
    "en": "the document cannot be written: {detail}",
    "es": "no se puede generar el documento (el motivo, en inglés: {detail})",
}
# Errors that only a write can meet.
_WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EROFS, errno.EDQUOT, errno.EFBIG})


def _lang(args: argparse.Namespace) -> str:
    try:
        return lang_of(Repository(data_dir(args)), getattr(args, "project", None))
    except Exception:  # the folder itself may be what is unreadable
        return default_language()


def os_error(exc: OSError, folder: Path) -> FileProblem:
    """An OSError from anywhere as a FileProblem: the file it concerns and whether it was being
    written (a temporary file of an atomic write is named by the file it was to replace)."""
    name = exc.filename if isinstance(exc.filename, str | Path) else None
    path = Path(name) if name else folder
    writing = exc.errno in _WRITE_ERRNOS
    temporary = re.fullmatch(r"\.(.+?)(\.tmp-.*|\.[0-9a-z_]+\.tmp)", path.name)
    if temporary:
        path, writing = path.with_name(temporary.group(1)), True
    return FileProblem.from_os(path, exc, writing=writing)


def writing(path: Path, write: Callable[[], T]) -> T:
    """Run `write` (which writes `path`) and return what it returns; an OSError becomes a
    FileProblem naming `path` and saying that it could not be written."""
    try:
        return write()
    except OSError as exc:
        raise FileProblem.from_os(path, exc, writing=True) from None


def project_id_problem(project_id: object) -> FileProblem | None:
    """Why a project id typed on the command line cannot name a project, or None."""
    if not isinstance(project_id, str):
        return None
    if len(project_id) > PROJECT_ID_CHARS or not all(c.isalnum() or c in "-_" for c in project_id):
        return FileProblem(shown(project_id[:PROJECT_ID_CHARS]) + ("…" if len(project_id) > PROJECT_ID_CHARS else ""),
                           "project_id", limit=PROJECT_ID_CHARS)
    return None


def option_text_problem(option: str, value: object) -> Callable[[str], str] | None:
    """Why the text given to --reason, --note, --add or --request cannot be kept (in a language), or None:
    too long, or with control characters other than a line break or a tab."""
    if not isinstance(value, str):
        return None
    found = text_problem(value, multiline=True, limit=REASON_CHARS)
    if found is None:
        # Bidirectional overrides and isolates turn the rest of a line around on a terminal and
        # in a document (U+202E makes "txt.exe" read "exe.txt"): a typed option has no use for them.
        bidi = next((c for c in value if c in _BIDI_CONTROLS), None)
        if bidi is None:
            return None
        found = "control_char", {"char": f"U+{ord(bidi):04X}"}
    code, params = found
    return lambda lang: render(code, lang, field=f"--{option}", **params)


_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}


def shown(text: str) -> str:
    """`text` safe to print on one line of a terminal: control characters (a line break, an
    escape sequence) and lone surrogates are written as escapes (\\n, \\x1b, \\ud800)."""
    return "".join(_shown_char(c) for c in text)


def _shown_char(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return f"\\x{code:02x}"
    if 0xD800 <= code <= 0xDFFF or unicodedata.category(char) in ("Zl", "Zp"):
        return f"\\u{code:04x}"
    return char
