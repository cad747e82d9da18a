"""Every limit Pacta puts on what it reads, in one place, and the checks that enforce them.

The numbers here are the table in docs/limits.md. They are generous for any real contract
and small enough that every document, diff and calendar can still be made from what was
accepted. They apply to new input (a file imported, a change, the app's wizard); versions
already in the store are read as they were saved.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final

# Numbers
MONEY_DIGITS: Final = 15  # digits before the decimal point of an amount
DECIMAL_PLACES: Final = 30  # digits after it, for amounts and percentages (domain.model)
COUNT_MAX: Final = 9_999  # days, hours, rounds
NUMBER_CHARS: Final = 64  # characters of one number as written in a JSON file
# Dates
DATE_MIN: Final = dt.date(1900, 1, 1)
DATE_MAX: Final = dt.date(2199, 12, 31)
# Texts
LINE_CHARS: Final = 500  # a one-line text: a name, a title, an e-mail address, a list item
PARAGRAPH_CHARS: Final = 20_000  # a text of several lines: a description, a clause
REASON_CHARS: Final = 2_000  # a change's reason, a journal entry, a note
# Lists
LIST_ITEMS: Final[dict[str, int]] = {
    "deliverables": 1_000,  # documents of this size are rendered in tests/documents/test_large.py
    "installments": 100,
    "roles": 50,
    "client_inputs": 200,
    "out_of_scope": 200,
    "channels": 20,
    "responsibilities": 50,
}
OTHER_LIST_ITEMS: Final = 100
# Files
JSON_DEPTH: Final = 32  # objects and lists inside each other
CONTRACT_FILE_BYTES: Final = 2 * 1024 * 1024
SETTINGS_FILE_BYTES: Final = 64 * 1024
ATTACHMENT_BYTES: Final = 50 * 1024 * 1024  # a scanned signed copy
PDF_BYTES: Final = 50 * 1024 * 1024  # a PDF given to `verify`
CERTIFICATE_BYTES: Final = 1024 * 1024  # a .p12/.pfx given to `sign`
IMAGE_PIXELS: Final = 80_000_000  # a photo or scan given to `verify`: 80 megapixels (A4 at 1,000 dpi)
PROJECT_ID_CHARS: Final = 64

# Texts that span several lines (the app edits them in a text box); every other is one line.
# A field added to the format is a one-line text unless named here.
PARAGRAPH_KEYS: Final = frozenset(
    {"description", "acceptance", "process", "work_ownership", "urgent_definition", "address",
     "note"}  # format 2: taxes.note
)
# Texts that must show something once invisible characters are left out.
REQUIRED_KEYS: Final = frozenset({"title", "name", "role", "label", "id"})
MONEY_KEYS: Final = frozenset({"price", "total", "extra_round_price", "hourly_rate",
                              "approval_over"})  # format 2: expenses.approval_over
COUNT_KEYS: Final = frozenset(
    {"payment_terms_days", "rounds_included", "response_time_hours", "feedback_days", "notice_days",
     # format 2
     "years", "confidentiality_years", "non_solicitation_months"}
)
DATE_KEYS: Final = frozenset({"start", "due"})
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Problem:
    """One limit broken: where (a path such as `deliverables[2].title`), which, and the facts."""

    path: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)


def text_problem(text: str, *, multiline: bool, limit: int) -> tuple[str, dict[str, Any]] | None:
    """Why `text` cannot be accepted (a message code and its facts), or None.

    Refused: more than `limit` characters, a lone surrogate, a control character (a
    line break and a tab are allowed in a text of several lines).
    """
    if len(text) > limit:
        return "too_long", {"length": len(text), "limit": limit}
    for char in text:
        code = ord(char)
        if 0xD800 <= code <= 0xDFFF:
            return "surrogate", {}
        if (code < 0x20 or 0x7F <= code <= 0x9F) and not (multiline and char in "\n\t"):
            return "control_char", {"char": f"U+{code:04X}"}
    return None


def visible(text: str) -> bool:
    """Whether `text` shows anything: not only spaces and invisible format characters."""
    return any(not c.isspace() and unicodedata.category(c) not in ("Cf", "Cc", "Zs") for c in text)


def input_problems(data: Any, *, from_file: bool = False) -> list[Problem]:
    """Every limit contract data breaks (data as parsed from JSON or built by the app).

    `from_file` adds what a JSON file must spell exactly: a count is a JSON number, not "2".
    """
    return list(_walk(data, (), from_file))


def _path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _walk(value: Any, loc: tuple[int | str, ...], from_file: bool) -> Iterator[Problem]:
    key = next((p for p in reversed(loc) if isinstance(p, str)), "")
    if isinstance(value, dict):
        for name, item in value.items():
            if isinstance(name, str):
                yield from _walk(item, (*loc, name), from_file)
    elif isinstance(value, list):
        limit = LIST_ITEMS.get(key, OTHER_LIST_ITEMS)
        if len(value) > limit:
            yield Problem(_path(loc), "too_many", {"count": len(value), "limit": limit})
            return
        for i, item in enumerate(value):
            yield from _walk(item, (*loc, i), from_file)
    elif isinstance(value, str):
        yield from _text(value, loc, key, from_file)
    elif key in MONEY_KEYS and not isinstance(value, bool) and isinstance(value, int | Decimal):
        yield from _money(value, loc)
    elif key in COUNT_KEYS and not isinstance(value, bool) and isinstance(value, int | Decimal):
        yield from _count(value, loc)


def _text(value: str, loc: tuple[int | str, ...], key: str, from_file: bool) -> Iterator[Problem]:
    in_list = bool(loc) and isinstance(loc[-1], int)
    multiline = key in PARAGRAPH_KEYS and not in_list
    found = text_problem(value, multiline=multiline, limit=PARAGRAPH_CHARS if multiline else LINE_CHARS)
    if found is not None:
        yield Problem(_path(loc), found[0], found[1])
        return
    if key in REQUIRED_KEYS and not in_list and value.strip() and not visible(value):
        yield Problem(_path(loc), "invisible")
    elif key in MONEY_KEYS:
        yield from _money(value, loc)
    elif key in COUNT_KEYS:
        if from_file:
            yield Problem(_path(loc), "count_quoted")
        else:
            yield from _count(value, loc)
    elif key in DATE_KEYS and _DATE_RE.match(value):
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            return  # the model says it is not a date
        if not DATE_MIN <= day <= DATE_MAX:
            yield Problem(_path(loc), "date_range", {"min": DATE_MIN.isoformat(), "max": DATE_MAX.isoformat()})


def _decimal(value: str | int | Decimal) -> Decimal | None:
    try:
        number = Decimal(value.strip() if isinstance(value, str) else value)
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _money(value: str | int | Decimal, loc: tuple[int | str, ...]) -> Iterator[Problem]:
    number = _decimal(value)
    if number is not None and not number.is_zero() and number.adjusted() >= MONEY_DIGITS:
        yield Problem(_path(loc), "money_digits", {"limit": MONEY_DIGITS})


def _count(value: str | int | Decimal, loc: tuple[int | str, ...]) -> Iterator[Problem]:
    number = _decimal(value)
    if number is not None and number > COUNT_MAX:
        yield Problem(_path(loc), "count_max", {"limit": COUNT_MAX})


# JSON text


_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.S)
_COLON = re.compile(r"[ \t\r\n]*:")


def too_deep(text: str, limit: int = JSON_DEPTH) -> int | None:
    """The index of the first `[` or `{` nested deeper than `limit` in JSON `text`, or None.

    Checked before parsing, so that no parser recurses a thousand levels down.
    """
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                return match.start()
        elif token in "]}":
            depth -= 1
    return None


def duplicate_key_at(text: str) -> int | None:
    """The index of the first key given twice in one object of JSON `text`, or None."""
    stack: list[set[str] | None] = []
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token == "{":
            stack.append(set())
        elif token == "[":
            stack.append(None)
        elif token in "]}":
            if stack:
                stack.pop()
        elif stack and stack[-1] is not None and _COLON.match(text, match.end()):
            keys = stack[-1]
            if token in keys:
                return match.start()
            keys.add(token)
    return None


# Files


class FileProblem(Exception):
    """A file that cannot be read or written, said with its name and why, in es or en.

    `code` is one of the messages in domain.messages: `unreadable` and `unwritable` (with
    the OS error), `file_too_large`, `not_regular`.
    """

    def __init__(self, path: Path | str, code: str, **params: Any) -> None:
        self.path = Path(path)
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        """The problem in words, in `lang`."""
        from domain.messages import render

        return render(self.code, lang, field=str(self.path), **self.params)

    @classmethod
    def from_os(cls, path: Path | str, exc: OSError, *, writing: bool) -> FileProblem:
        """The problem an OSError is, for reading or for writing `path`."""
        return cls(path, "unwritable" if writing else "unreadable", os_errno=exc.errno,
                   os_error=exc.strerror or str(exc))


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or FileProblem saying why not.

    A device (/dev/zero), a pipe or a folder is refused before anything is read, and the
    file is opened without blocking, so a pipe with no writer cannot hang the caller.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise FileProblem.from_os(path, exc, writing=False) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem(path, "not_regular")
        if info.st_size > limit:
            raise FileProblem(path, "file_too_large", size=info.st_size, limit=limit)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # the file grew while it was read
                raise FileProblem(path, "file_too_large", size=total, limit=limit)
        return b"".join(chunks)
    except OSError as exc:
        raise FileProblem.from_os(path, exc, writing=False) from None
    finally:
        os.close(fd)
