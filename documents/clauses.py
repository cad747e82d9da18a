"""Clause and label texts from resources/clauses/<lang>/*.toml, filled by `{name}` substitution.

The texts are data a user may edit, so filling them runs nothing: a placeholder is
a bare `{name}` looked up in a dict (no attribute access, no format specs, no eval).
`{{` and `}}` stand for literal braces.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

CLAUSE_DIR = Path(__file__).resolve().parent.parent / "resources" / "clauses"
LANGUAGES = ("es", "en")
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([a-z_][a-z0-9_]*)\}")


class ClauseError(LookupError):
    """A clause text that is missing or names a placeholder nobody fills."""


@cache
def _load(lang: str) -> dict[str, str]:
    if lang not in LANGUAGES:
        raise ClauseError(f"no clause texts for language {lang!r}")
    flat: dict[str, str] = {}
    for path in sorted((CLAUSE_DIR / lang).glob("*.toml")):
        with path.open("rb") as handle:
            _flatten(tomllib.load(handle), path.stem, flat)
    return flat


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
