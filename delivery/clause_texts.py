"""The user's versions of the clause texts: listing them beside the defaults, saving, restoring, previewing.

The user's texts are TOML files in `documents.clauses.user_clause_dir()/<lang>/<document>.toml`
(the same folder File › Edit document texts used to open). Saving rewrites one document's
file atomically with only the texts that differ from Pacta's (as dotted keys: `payment.heading
= "…"`), so "restore default" is removing a key, and a file with no edits left is deleted.
A preview renders a real contract with an unsaved text through `documents.clauses.trying`,
which affects only the worker thread doing it.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from documents import clauses
from storage.atomic import write_atomic

#: The documents whose texts can be edited, in the order the editor lists them.
DOCUMENTS = ("agreement", "terms", "checklist", "change_order", "payments", "letters", "common")
#: The example contract each language previews clauses in.
EXAMPLES = {"es": "panaderia-v1.json", "en": "brand-identity-en.json"}
HEADER = {
    "es": "# Sus versiones de los textos de Pacta (Archivo › Editar los textos de los documentos).\n",
    "en": "# Your versions of Pacta's texts (File › Edit document texts).\n",
}


@dataclass(frozen=True)
class ClauseText:
    """One clause: its key, Pacta's text, the text in use, and the placeholders it may use."""

    key: str
    default: str
    current: str

    @property
    def edited(self) -> bool:
        """Whether the user's version differs from Pacta's."""
        return self.current != self.default

    @property
    def document(self) -> str:
        """agreement, checklist, change_order or common."""
        return self.key.split(".", 1)[0]

    @property
    def names(self) -> list[str]:
        """The placeholders this text may use, such as {title}."""
        return sorted(clauses.placeholders(self.default))


class ClauseTextError(ValueError):
    """A version of a clause that cannot be saved, said in es or en."""

    _TEXT: ClassVar[dict[str, dict[str, str]]] = {
        "unknown": {"en": "This text uses {names}, which Pacta cannot fill here. It may use: {allowed}.",
                    "es": "Este texto usa {names}, que Pacta no puede rellenar aquí. Puede usar: {allowed}."},
        "none": {"en": "This text uses {names}, which Pacta cannot fill here: this text takes no names in braces.",
                 "es": "Este texto usa {names}, que Pacta no puede rellenar aquí: este texto no admite nombres "
                       "entre llaves."},
        "empty": {"en": "The text must not be empty; use “restore default” to go back to Pacta's.",
                  "es": "El texto no puede quedar vacío; use «Restaurar el original» para volver al de Pacta."},
        "unreadable": {"en": "The file {file} cannot be read ({reason}). Correct it or delete it, then try again.",
                       "es": "No se puede leer el archivo {file} ({reason}). Corríjalo o bórrelo y vuelva a "
                             "intentarlo."},
        "braces": {"en": "A brace is not closed. Write {{ and }} for a brace that should be printed.",
                   "es": "Hay una llave sin cerrar. Escriba {{ y }} si la llave debe imprimirse."},
    }

    def __init__(self, code: str, **params: str) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        """The problem in words."""
        table = self._TEXT[self.code]
        return (table.get(lang) or table["en"]).format(**self.params)


def texts(lang: str) -> list[ClauseText]:
    """Every clause of `lang`, the defaults beside the texts in use, in document order.

    A user's text that the documents refuse (a name in braces they cannot fill) is still
    listed as the user's version, so that it can be corrected here.
    """
    default = clauses.defaults(lang)
    try:
        now = clauses.current(lang)
    except clauses.ClauseError:
        now = dict(default)
        for document in DOCUMENTS:
            try:
                now.update(_edits(lang, document))
            except ClauseTextError:
                continue  # unreadable: saving a text of that document says so
    order = {d: i for i, d in enumerate(DOCUMENTS)}
    keys = sorted(default, key=lambda k: order.get(k.split(".", 1)[0], len(order)))
    return [ClauseText(k, default[k], now.get(k, default[k])) for k in keys]


def check(lang: str, key: str, text: str) -> str:
    """The text as it would be saved (trimmed), or ClauseTextError saying what is wrong."""
    clean = text.strip()
    if not clean:
        raise ClauseTextError("empty")
    default = clauses.defaults(lang)[key]
    stripped = clauses._PLACEHOLDER.sub("", clean)
    if "{" in stripped or "}" in stripped:
        raise ClauseTextError("braces")
    unknown = clauses.placeholders(clean) - clauses.placeholders(default)
    if unknown:
        names = ", ".join("{" + n + "}" for n in sorted(unknown))
        allowed = ", ".join("{" + n + "}" for n in sorted(clauses.placeholders(default)))
        raise ClauseTextError("unknown" if allowed else "none", names=names, allowed=allowed)
    return clean


def _file(lang: str, document: str, folder: Path | None = None) -> Path:
    return (folder or clauses.user_clause_dir()) / lang / f"{document}.toml"


def _edits(lang: str, document: str, folder: Path | None = None) -> dict[str, str]:
    """The user's texts of one document that differ from Pacta's, by full key."""
    path = _file(lang, document, folder)
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        # Never replaced by a save: the user corrects (or deletes) a file they edited by hand.
        raise ClauseTextError("unreadable", file=str(path), reason=str(exc)) from None
    flat: dict[str, str] = {}
    _flatten(data, document, flat)
    default = clauses.defaults(lang)
    return {k: v for k, v in flat.items() if k in default and v != default[k]}


def _flatten(data: Mapping[str, Any], prefix: str, out: dict[str, str]) -> None:
    for key, value in data.items():
        if isinstance(value, Mapping):
            _flatten(value, f"{prefix}.{key}", out)
        else:
            out[f"{prefix}.{key}"] = str(value).strip()


def _write(lang: str, document: str, edits: dict[str, str], folder: Path | None = None) -> None:
    path = _file(lang, document, folder)
    if not edits:
        path.unlink(missing_ok=True)
        return
    lines = [HEADER.get(lang, HEADER["en"])]
    for key in sorted(edits):
        # A JSON string is a TOML basic string, once DEL (which TOML refuses raw) is escaped too.
        value = json.dumps(edits[key], ensure_ascii=False).replace("\x7f", "\\u007f")
        lines.append(f"{key.split('.', 1)[1]} = {value}\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, "".join(lines).encode("utf-8"))


def save_text(lang: str, key: str, text: str, folder: Path | None = None) -> ClauseText:
    """Keep the user's version of one clause (the same as Pacta's: no edit is kept)."""
    clean = check(lang, key, text)
    document = key.split(".", 1)[0]
    edits = _edits(lang, document, folder)
    default = clauses.defaults(lang)[key]
    if clean == default:
        edits.pop(key, None)
    else:
        edits[key] = clean
    _write(lang, document, edits, folder)
    return ClauseText(key, default, clean)


def restore_default(lang: str, key: str, folder: Path | None = None) -> ClauseText:
    """Go back to Pacta's text of one clause."""
    document = key.split(".", 1)[0]
    edits = _edits(lang, document, folder)
    edits.pop(key, None)
    _write(lang, document, edits, folder)
    default = clauses.defaults(lang)[key]
    return ClauseText(key, default, default)


def preview(lang: str, key: str, text: str, paper: str = "A4") -> bytes:
    """A real contract (the example of `lang`) as PDF with `text` as the clause `key`, saved or not.

    Change-order and common texts are shown in the agreement (the change order needs two
    versions of a project; most common texts appear in every document); checklist texts
    in the checklist.
    """
    from documents import DocumentFormat, DocumentKind, DocumentMeta, render_document
    from domain.validation import read_contract_file
    from resources import path as resource

    clean = check(lang, key, text)
    contract = read_contract_file(resource("examples", EXAMPLES.get(lang, EXAMPLES["en"])))
    kind = "checklist" if key.startswith("checklist.") else "agreement"
    meta = DocumentMeta(project_id="preview", version=1, fingerprint="0" * 64, paper=paper)
    with clauses.trying(lang, {key: clean}):
        return bytes(render_document(DocumentKind(kind), DocumentFormat("pdf"), contract, meta).data)


def literal_part(text: str) -> str:
    """The longest stretch of a clause without placeholders: what to look for in the rendered page."""
    parts = clauses._PLACEHOLDER.split(text)
    return max((p for p in parts if p), key=len, default="").strip()
