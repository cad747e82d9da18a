"""Clause and label texts from resources/clauses/<lang>/*.toml, filled by `{name}` substitution.

The letters to the client (resources/letters/<lang>/letters.toml) are read the same way,
beside the clauses: their keys start with `letters.`, and a `letters.toml` in the user's
clause folder replaces them key by key like any clause file.

Every clause is editable: files of the same names in the user's clause folder
(`clauses/<lang>/` in Pacta's configuration folder, or $PACTA_CLAUSES) replace the
texts they define, key by key, and are read again whenever they change. An edited
text may use only the placeholders of the text it replaces, so a typo is refused
with the file and key named instead of breaking a document later.

The texts are data a user may edit, so filling them runs nothing: a placeholder is
a bare `{name}` looked up in a dict (no attribute access, no format specs, no eval).
`{{` and `}}` stand for literal braces.
"""

from __future__ import annotations

import os
import re
import threading
import tomllib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

CLAUSE_DIR = Path(__file__).resolve().parent.parent / "resources" / "clauses"
LETTER_DIR = CLAUSE_DIR.parent / "letters"
#: Every folder of packaged texts, each with one subfolder per language.
TEXT_DIRS = (CLAUSE_DIR, LETTER_DIR)
LANGUAGES = ("es", "en")
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([a-z_][a-z0-9_]*)\}")


class ClauseError(LookupError):
    """A clause text that is missing or names a placeholder nobody fills."""


def user_clause_dir() -> Path:
    """The folder whose <lang>/*.toml files replace the packaged clause texts."""
    override = os.environ.get("PACTA_CLAUSES")
    if override:
        return Path(override).expanduser()
    config = os.environ.get("PACTA_CONFIG")
    if config:
        return Path(config).expanduser() / "clauses"
    from platformdirs import user_config_dir

    return Path(user_config_dir("Pacta", appauthor=False)) / "clauses"


def copy_defaults(folder: Path | None = None) -> Path:
    """Copy the packaged texts into the user's clause folder (files already there are kept)."""
    import shutil

    folder = folder or user_clause_dir()
    for lang in LANGUAGES:
        (folder / lang).mkdir(parents=True, exist_ok=True)
        for source in sorted(p for d in TEXT_DIRS for p in (d / lang).glob("*.toml")):
            target = folder / lang / source.name
            if not target.exists():
                shutil.copyfile(source, target)
    return folder


@cache
def _packaged(lang: str) -> dict[str, str]:
    if lang not in LANGUAGES:
        raise ClauseError(f"no clause texts for language {lang!r}")
    flat: dict[str, str] = {}
    for path in sorted(p for d in TEXT_DIRS for p in (d / lang).glob("*.toml")):
        with path.open("rb") as handle:
            _flatten(tomllib.load(handle), path.stem, flat)
    return flat


def _user_files(lang: str) -> tuple[tuple[str, int, int], ...]:
    folder = user_clause_dir() / lang
    try:
        paths = sorted(folder.glob("*.toml"))
    except OSError:
        return ()
    out = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        out.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(out)


@cache
def _merged(lang: str, files: tuple[tuple[str, int, int], ...]) -> dict[str, str]:
    base = _packaged(lang)
    merged = dict(base)
    for name, _mtime, _size in files:
        path = Path(name)
        edited: dict[str, str] = {}
        try:
            with path.open("rb") as handle:
                _flatten(tomllib.load(handle), path.stem, edited)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ClauseError(f"{path}: cannot be read as TOML ({exc})") from exc
        for key, value in edited.items():
            if key not in base:
                continue  # a text Pacta no longer uses, or a typo in a key: the packaged one stays
            unknown = placeholders(value) - placeholders(base[key])
            if unknown:
                names = ", ".join("{" + n + "}" for n in sorted(unknown))
                raise ClauseError(f"{path}: {key} uses {names}, which this text cannot fill")
            merged[key] = value
    return merged


_trying = threading.local()


@contextmanager
def trying(lang: str, texts: Mapping[str, str]) -> Iterator[None]:
    """Within the block, on this thread only, `texts` (by key) replace the clauses of `lang`.

    For previewing an edit before it is saved (the app's clause editor); other threads,
    rendering at the same time, keep reading the saved texts.
    """
    previous = getattr(_trying, "texts", None)
    _trying.texts = (lang, dict(texts))
    try:
        yield
    finally:
        _trying.texts = previous


def defaults(lang: str) -> dict[str, str]:
    """Pacta's own text of every clause of a language, by key (what "restore default" goes back to)."""
    return dict(_packaged(lang))


def current(lang: str) -> dict[str, str]:
    """The texts in use: Pacta's, with the user's saved edits over them."""
    return dict(_load(lang))


def _load(lang: str) -> dict[str, str]:
    """The texts of a language: the packaged ones, with the user's edits over them."""
    files = _user_files(lang) if lang in LANGUAGES else ()
    texts = _merged(lang, files) if files else _packaged(lang)
    tried = getattr(_trying, "texts", None)
    if tried is not None and tried[0] == lang:
        return {**texts, **{k: v for k, v in tried[1].items() if k in texts}}
    return texts


def _flatten(data: Mapping[str, Any], prefix: str, out: dict[str, str]) -> None:
    for key, value in data.items():
        name = f"{prefix}.{key}"
        if isinstance(value, Mapping):
            _flatten(value, name, out)
        else:
            out[name] = str(value).strip()


def keys(lang: str) -> frozenset[str]:
    """Every clause key defined for a language, such as `agreement.payment.heading`."""
    return frozenset(_load(lang))


def placeholders(template: str) -> set[str]:
    """The names a clause text expects to be filled."""
    return {m.group(1) for m in _PLACEHOLDER.finditer(template) if m.group(1)}


def fill(template: str, values: Mapping[str, object]) -> str:
    """`template` with each `{name}` replaced by str(values[name])."""

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None:
            return match.group(0)[0]
        if name not in values:
            raise ClauseError(f"placeholder {{{name}}} has no value in {template[:60]!r}")
        return str(values[name])

    return _PLACEHOLDER.sub(one, template)


def raw(lang: str, key: str) -> str:
    """The unfilled text of one clause."""
    try:
        return _load(lang)[key]
    except KeyError:
        raise ClauseError(f"clause {key!r} is missing from resources/clauses/{lang}") from None


def text(lang: str, key: str, **values: object) -> str:
    """One clause in `lang`, filled with `values`."""
    return fill(raw(lang, key), values)


class Texts:
    """Clause look-ups bound to one language, to keep document builders short."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, key: str, **values: object) -> str:
        """The clause `key` filled with `values`."""
        return text(self.lang, key, **values)

    def has(self, key: str) -> bool:
        """True when the clause exists in this language."""
        return key in _load(self.lang)
