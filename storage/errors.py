"""Errors the store reports, each with a message in Spanish and English."""

from __future__ import annotations

from pathlib import Path

_MESSAGES: dict[str, dict[str, str]] = {
    "in_use": {
        "en": "the data folder {folder} is in use by process {pid}{command}; wait for it to finish or close it, "
        "and try again",
        "es": "la carpeta de datos {folder} está en uso por el proceso {pid}{command}; espere a que termine o "
        "ciérrelo, e inténtelo de nuevo",
    },
    "waiting": {
        "en": "the data folder {folder} is busy (process {pid}{command}); waiting a few seconds…",
        "es": "la carpeta de datos {folder} está ocupada (proceso {pid}{command}); se esperan unos segundos…",
    },
    "corrupt": {
        "en": "{path} cannot be read ({detail}); it has been left untouched",
        "es": "no se puede leer {path} ({detail}); se ha dejado tal cual",
    },
    "chain": {
        "en": "{path}: {what} does not match its fingerprint (edited outside Pacta?)",
        "es": "{path}: {what} no coincide con su huella (¿se editó fuera de Pacta?)",
    },
    "link": {
        "en": "{path}: {what} does not follow the one before it (the chain is broken)",
        "es": "{path}: {what} no enlaza con {before} (la cadena está rota)",
    },
    "head": {
        "en": "{path}: {expected} {table} expected, {found} found (removed outside Pacta?)",
        "es": "{path}: debería haber {expected} {table} y hay {found} (¿se borraron fuera de Pacta?)",
    },
    "head_changed": {
        "en": "{path}: {what} has changed: its content or its fingerprint is not what Pacta saved (edited or "
        "replaced outside Pacta?)",
        "es": "{path}: {what} ha cambiado: su contenido o su huella no son los que guardó Pacta (¿se editó o se "
        "sustituyó fuera de Pacta?)",
    },
    "shape": {
        "en": "{path}: {what} is not laid out as Pacta writes it (edited outside Pacta?)",
        "es": "{path}: {what} no tiene la forma en que la guarda Pacta (¿se editó fuera de Pacta?)",
    },
    "foreign": {
        "en": "{path}: {what} belongs to project {other}, not to {id} (was a project folder copied under another id?)",
        "es": "{path}: {what} es del proyecto {other}, no del {id} (¿se copió la carpeta de un proyecto con otro "
        "identificador?)",
    },
    "dangling": {
        "en": "{path}: {what} names version {version}, which the file does not have (removed outside Pacta?)",
        "es": "{path}: {what} se refiere a la versión {version}, que no está en el archivo (¿se borró fuera de Pacta?)",
    },
    "document": {
        "en": "{path}: {what} says a document of version {version} left Pacta with fingerprint {recorded}, but "
        "version {version} now has fingerprint {now} (was the history rewritten after the document was sent?)",
        "es": "{path}: según {what}, un documento de la versión {version} salió de Pacta con la huella {recorded}, "
        "pero la versión {version} tiene ahora la huella {now} (¿se reescribió el historial después de enviarlo?)",
    },
    "anchor": {
        "en": "{path}: this computer last saved {expected} {table} of project {id}, ending in {fingerprint}; "
        "{found} (rolled back, cut or rewritten outside Pacta?)",
        "es": "{path}: este equipo guardó por última vez {expected} {table} del proyecto {id}, terminando en "
        "{fingerprint}; {found} (¿se devolvió a una copia anterior, se recortó o se reescribió fuera de Pacta?)",
    },
    "anchor_key": {
        "en": "{path}: the record of the last save that this computer keeps for project {id} does not carry its "
        "key (edited outside Pacta?)",
        "es": "{path}: el registro del último guardado que este equipo conserva del proyecto {id} no lleva su "
        "clave (¿se editó fuera de Pacta?)",
    },
    "no_anchor": {
        "en": "warning: there is no record of the last save on this computer for project {id} ({path}); "
        "a rollback or a rewritten history of this project cannot be found here. If the project was not "
        "copied from another computer, that record (and perhaps the backups) was deleted: compare the "
        "documents you sent with `pacta verify`",
        "es": "aviso: este equipo no tiene registro del último guardado del proyecto {id} ({path}); aquí no se "
        "puede detectar que se haya devuelto a una copia anterior ni que se haya reescrito su historial. Si el "
        "proyecto no se copió de otro equipo, ese registro (y quizá las copias de seguridad) se borró: compare "
        "con `pacta verify` los documentos que haya enviado",
    },
    "backup_ahead": {
        "en": "{path}: backup {n} holds {expected} {table}, more than or different from project.json "
        "(was project.json rolled back outside Pacta?)",
        "es": "{path}: la copia de seguridad {n} tiene {expected} {table}, más o distintas que project.json "
        "(¿se devolvió project.json a una copia anterior fuera de Pacta?)",
    },
    "no_backups": {
        "en": "project {id} has no backups",
        "es": "el proyecto {id} no tiene copias de seguridad",
    },
    "no_backup": {
        "en": "project {id} has no backup {number}",
        "es": "el proyecto {id} no tiene la copia de seguridad {number}",
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
        "en": "project {id} has no change order {number} (its change orders: {known})",
        "es": "el proyecto {id} no tiene la orden de cambio {number} (sus órdenes de cambio: {known})",
    },
    "no_change_yet": {
        "en": "project {id} has no change order {number}: it has none yet",
        "es": "el proyecto {id} no tiene la orden de cambio {number}: todavía no tiene ninguna",
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
        "es": "{field} no puede quedar en blanco",
    },
    "attachment_type": {
        "en": "{path} is not a PDF or an image (PNG, JPEG, TIFF)",
        "es": "{path} no es un PDF ni una imagen (PNG, JPEG, TIFF)",
    },
}

# How a chain entry is named: a version, or a record of some kind with its number.
_RECORD_KINDS: dict[str, dict[str, str]] = {
    "status": {"en": "a status change", "es": "un cambio de estado"},
    "change": {"en": "change order {ref}", "es": "la orden de cambio {ref}"},
    "change_status": {"en": "the decision on change order {ref}", "es": "la decisión sobre la orden de cambio {ref}"},
    "attachment": {"en": "an attached signed copy", "es": "una copia firmada adjunta"},
    "journal": {"en": "journal entry {ref}", "es": "la entrada de diario {ref}"},
    "strike": {"en": "the striking of journal entry {ref}", "es": "el tachado de la entrada de diario {ref}"},
    "document": {"en": "a generated document", "es": "un documento generado"},
    "email": {"en": "a sent email", "es": "un correo enviado"},
    "round": {"en": "a revision round", "es": "una ronda de revisión"},
    "trashed": {"en": "a move to the trash", "es": "un envío a la papelera"},
    "restored": {"en": "a restore from the trash", "es": "una recuperación de la papelera"},
    "payment": {"en": "a payment received", "es": "un pago recibido"},
}
_ENTRY = {
    "version": {"en": "version {number}", "es": "la versión {number}"},
    "record": {"en": "record {number}", "es": "el registro {number}"},
    "record_kind": {"en": "record {number} ({kind})", "es": "el registro {number} ({kind})"},
}
_BEFORE = {"version": "la anterior", "record": "el anterior"}
_TABLES = {
    "version": {"en": ("version", "versions"), "es": ("versión", "versiones")},
    "record": {"en": ("record", "records"), "es": ("registro", "registros")},
}
_FOUND = {
    "short": {"en": "the file holds only {found}", "es": "el archivo solo tiene {found}"},
    "version": {"en": "the file's version {n} is another one", "es": "en el archivo, la versión {n} es otra"},
    "record": {"en": "the file's record {n} is another one", "es": "en el archivo, el registro {n} es otro"},
}
_LAST = {
    "version": {"en": "version {number}, the last one Pacta saved,",
                "es": "la versión {number}, la última que guardó Pacta,"},
    "record": {"en": "record {number}, the last one Pacta saved,",
               "es": "el registro {number}, el último que guardó Pacta,"},
}


def entry_name(what: str, number: object, lang: str, kind: str | None = None, ref: object = None) -> str:
    """ "version 3", "record 7 (journal entry 2)" … in `lang`."""
    lang = lang if lang in ("es", "en") else "en"
    if what == "record" and kind in _RECORD_KINDS:
        kind_text = _RECORD_KINDS[kind][lang]
        if "{ref}" in kind_text and ref is None:
            kind_text = kind_text.replace(" {ref}", "")
        return _ENTRY["record_kind"][lang].format(number=number, kind=kind_text.format(ref=ref))
    return _ENTRY.get(what, _ENTRY["record"])[lang].format(number=number)


class Localized:
    """A detail said in the reader's language: its texts by language and its facts.

    A fact may itself be a Localized, or a function of the language.
    """

    def __init__(self, texts: dict[str, str], **params: object) -> None:
        self.texts = texts
        self.params = params

    def message(self, lang: str) -> str:
        """The detail in `lang`."""
        return (self.texts.get(lang) or self.texts["en"]).format(**_said(self.params, lang))

    def __repr__(self) -> str:
        return self.message("en")


class StorageError(Exception):
    """Something the store refuses or cannot do, said in the user's language."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        """The error in words, in `lang` (es or en)."""
        lang = lang if lang in ("es", "en") else "en"
        params = _said(self.params, lang)
        what = self.params.get("what")
        if isinstance(what, str) and what in _ENTRY:
            if self.code in ("chain", "link", "shape", "foreign", "dangling", "document"):
                params["what"] = entry_name(
                    what, self.params.get("number"), lang, _str_or_none(self.params.get("kind")), self.params.get("ref")
                )
                params["before"] = _BEFORE.get(what, "el anterior")
            elif self.code in ("head", "anchor", "backup_ahead"):
                singular, plural = _TABLES[what][lang]
                params["table"] = singular if self.params.get("expected") == 1 else plural
            elif self.code == "head_changed":
                params["what"] = _LAST[what][lang].format(number=self.params.get("number"))
        if self.code == "anchor":
            found, expected = self.params.get("found"), self.params.get("expected")
            short = isinstance(found, int) and isinstance(expected, int) and found < expected
            key = "short" if short else ("version" if what == "version" else "record")
            params["found"] = _FOUND[key][lang].format(found=found, n=expected)
        table = _MESSAGES[self.code]
        return (table.get(lang) or table["en"]).format(**params)


def _said(params: dict[str, object], lang: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in params.items():
        if isinstance(value, Localized):
            value = value.message(lang)
        elif callable(value):
            value = value(lang)
        out[key] = value
    return out


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


class FolderInUse(StorageError):
    """Another process holds the data folder's write lock; `waiting()` says we wait for it."""

    def __init__(self, folder: Path, pid: int | str, command: str = "") -> None:
        shown = "".join(c if c.isprintable() else "?" for c in command)[:80]
        super().__init__("in_use", folder=folder, pid=pid, command=f" ({shown})" if shown else "")
        self.pid = pid
        self.command = command

    def waiting(self, lang: str) -> str:
        """That the folder is busy and we wait, in `lang`."""
        return StorageError("waiting", **self.params).message(lang)


# Why a data file cannot be read, in both languages.
DETAILS: dict[str, dict[str, str]] = {
    "json": {
        "en": "not valid JSON at line {line}, column {column}: {problem}",
        "es": "no es un JSON válido en la línea {line}, columna {column}: {problem}",
    },
    "utf8": {"en": "not UTF-8 text at byte {byte}", "es": "no es texto en UTF-8 (byte {byte})"},
    "deep": {"en": "it nests objects and lists too deeply to be read", "es": "anida objetos y listas a demasiada "
             "profundidad para poder leerse"},
    "not_object": {"en": "not a JSON object", "es": "no es un objeto JSON"},
    "missing": {"en": "the file is missing", "es": "falta el archivo"},
    "no_versions": {"en": "it holds no versions", "es": "no contiene ninguna versión"},
    "table": {"en": "table {table} is not an object", "es": "la tabla {table} no es un objeto"},
    "contract": {"en": "version {number} is not a valid contract: {issues}", "es": "la versión {number} no es un "
                 "contrato válido: {issues}"},
}


def detail(code: str, **params: object) -> Localized:
    """A CorruptFile detail by code (see DETAILS)."""
    return Localized(DETAILS[code], **params)


class CorruptFile(StorageError):
    """A data file that does not parse; it is reported and never overwritten."""

    def __init__(self, path: Path, detail: str | Localized) -> None:
        super().__init__("corrupt", path=path, detail=detail)
        self.path = path


class NotFound(StorageError):
    """A project or version that does not exist."""


class NoChangeOrder(NotFound):
    """A change order number the project does not have; the message names those it has.

    The one refusal for an unknown change order, whoever asks: accepting, rejecting,
    attaching, rendering or sending.
    """

    def __init__(self, project_id: str, number: str, known: list[str] | tuple[str, ...]) -> None:
        self.project_id = project_id
        self.number = number
        self.known = tuple(known)
        if self.known:
            super().__init__("no_change", id=project_id, number=number, known=", ".join(self.known))
        else:
            super().__init__("no_change_yet", id=project_id, number=number)


def unknown_change(project_id: str, number: str, known: list[str]) -> NoChangeOrder:
    """The refusal for a change order number the project does not have, naming those it has."""
    return NoChangeOrder(project_id, number, known)
