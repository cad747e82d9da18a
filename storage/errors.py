"""Errors the store reports, each with a message in Spanish and English."""

from __future__ import annotations

from pathlib import Path

_MESSAGES: dict[str, dict[str, str]] = {
    "in_use": {
        "en": "the data folder {folder} is in use by process {pid}; close the other Pacta and try again",
        "es": "la carpeta de datos {folder} está en uso por el proceso {pid}; cierre el otro Pacta e inténtelo de nuevo",
    },
    "corrupt": {
        "en": "{path} cannot be read ({detail}); it has been left untouched",
        "es": "no se puede leer {path} ({detail}); se ha dejado tal cual",
    },
    "chain": {
        "en": "{path}: {what} {number} does not match its fingerprint (edited outside Pacta?)",
        "es": "{path}: {what} {number} no coincide con su huella (¿se editó fuera de Pacta?)",
    },
    "link": {
        "en": "{path}: {what} {number} does not follow the one before it (the chain is broken)",
        "es": "{path}: {what} {number} no enlaza con el anterior (la cadena está rota)",
    },
    "no_project": {"en": "there is no project {id}", "es": "no existe el proyecto {id}"},
    "no_version": {
        "en": "project {id} has no version {number}",
        "es": "el proyecto {id} no tiene versión {number}",
    },
    "read_only": {
        "en": "the data folder was opened read-only",
        "es": "la carpeta de datos se abrió solo para lectura",
    },
    "refused": {"en": "{detail}", "es": "{detail}"},
    "transition": {
        "en": "a {current} contract cannot become {new}",
        "es": "un contrato en estado «{current}» no puede pasar a «{new}»",
    },
    "frozen": {
        "en": "project {id} is {status}: it can no longer change",
        "es": "el proyecto {id} está en estado «{status}»: ya no admite cambios",
    },
    "no_change": {
        "en": "project {id} has no change order {number}",
        "es": "el proyecto {id} no tiene la orden de cambio {number}",
    },
    "decided": {
        "en": "change order {number} is already {status}",
        "es": "la orden de cambio {number} ya está en estado «{status}»",
    },
    "stale": {
        "en": "{number} was drafted against version {base}, but version {current} is now in force; "
        "record the change again from the version in force",
        "es": "{number} se redactó sobre la versión {base}, pero ahora está en vigor la versión {current}; "
        "registre el cambio de nuevo a partir de la versión en vigor",
    },
    "identical": {
        "en": "the file is identical to version {number}: nothing to record",
        "es": "el archivo es idéntico a la versión {number}: no hay nada que registrar",
    },
    "no_entry": {
        "en": "project {id} has no journal entry {number}",
        "es": "el proyecto {id} no tiene la entrada de diario {number}",
    },
    "no_deliverable": {
        "en": "project {id} has no deliverable {deliverable}",
        "es": "el proyecto {id} no tiene el entregable {deliverable}",
    },
    "empty_text": {
        "en": "{field} must not be empty",
        "es": "{field} no puede estar vacío",
    },
    "attachment_type": {
        "en": "{path} is not a PDF or an image (PNG, JPEG, TIFF)",
        "es": "{path} no es un PDF ni una imagen (PNG, JPEG, TIFF)",
    },
}

_WHAT = {
    "version": {"en": "version", "es": "la versión"},
    "record": {"en": "record", "es": "el registro"},
}


class StorageError(Exception):
    """Something the store refuses or cannot do, said in the user's language."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        """The error in words, in `lang` (es or en)."""
        params = dict(self.params)
        what = params.get("what")
        if isinstance(what, str) and what in _WHAT:
            params["what"] = _WHAT[what].get(lang, what)
        table = _MESSAGES[self.code]
        return (table.get(lang) or table["en"]).format(**params)


class FolderInUse(StorageError):
    """Another process holds the data folder's write lock."""

    def __init__(self, folder: Path, pid: int | str) -> None:
        super().__init__("in_use", folder=folder, pid=pid)
        self.pid = pid


class CorruptFile(StorageError):
    """A data file that does not parse; it is reported and never overwritten."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__("corrupt", path=path, detail=detail)
        self.path = path


class NotFound(StorageError):
    """A project or version that does not exist."""
