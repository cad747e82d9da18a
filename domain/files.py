"""File names for what Pacta writes: one rule for the app, the command line and the mail.

Names are in the document's language: a Spanish project's documents are
`…-v2-contrato.pdf`, `…-v2-lista-de-alcance.docx`, `…-v2-orden-de-cambio-1.pdf`;
an English one's `…-v2-agreement.pdf`, `…-v2-checklist.docx`, `…-v2-co-1.pdf`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

#: The word for each kind of document in a file name, by language.
KIND_WORDS: Final[dict[str, dict[str, str]]] = {
    "agreement": {"es": "contrato", "en": "agreement"},
    "checklist": {"es": "lista-de-alcance", "en": "checklist"},
    "change-order": {"es": "orden-de-cambio", "en": "change-order"},
}
#: A numbered change order: `orden-de-cambio-1` in Spanish, `co-1` in English.
_CHANGE_WORDS: Final = {"es": "orden-de-cambio", "en": "co"}
#: What Duplicate adds to a project's title, in the project's language.
_COPY_WORDS: Final = {"es": "copia", "en": "copy"}


def slug(title: str) -> str:
    """A file-name-safe form of a title: `redisenio-del-sitio` (at most 50 characters)."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:50] or "pacta"


def document_name(
    title: str, number: int, kind: str, fmt: str, change: str | None = None, lang: str = "en"
) -> str:
    """`redisenio-del-sitio-v2-contrato.pdf` (Spanish), `…-v2-agreement.pdf` (English).

    A change order is named by its number (`CO-1`): `…-v2-orden-de-cambio-1.pdf`, `…-v2-co-1.pdf`.
    """
    lang = lang if lang in _CHANGE_WORDS else "en"
    if change:
        digits = re.search(r"(\d+)$", change.strip())
        suffix = f"{_CHANGE_WORDS[lang]}-{digits[1]}" if digits else slug(change)
    else:
        words = KIND_WORDS.get(kind)
        suffix = words[lang] if words else slug(kind)
    return f"{slug(title)}-v{number}-{suffix}.{fmt}"


def copy_title(title: str, lang: str) -> str:
    """The title Duplicate gives a project: `Web (copia)`, then `Web (copia 2)`, `Web (copia 3)` …"""
    word = _COPY_WORDS.get(lang, _COPY_WORDS["en"])
    found = re.fullmatch(rf"(.*?)\s*\({re.escape(word)}(?:\s+(\d+))?\)\s*", title, flags=re.DOTALL)
    if found is None:
        return f"{title.rstrip()} ({word})"
    count = int(found[2]) + 1 if found[2] else 2
    return f"{found[1]} ({word} {count})"
