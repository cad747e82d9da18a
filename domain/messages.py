"""Validation messages in every language Pacta speaks.

Each message has a `{field}` slot: the command line fills it with the field's
path (``deliverables[2].due``), the app with the label of the widget in error.
The Spanish templates name the field as «el campo «…»», so that every word
agrees with "campo" whatever the gender and number of the label itself.
"""

from __future__ import annotations

import errno
import re
from typing import Final

LANGUAGES: Final = ("es", "en")

MESSAGES: Final[dict[str, dict[str, str]]] = {
    "json": {
        "en": "the file is not valid JSON (line {line}, column {column}): {detail}",
        "es": "el archivo no es un JSON válido (línea {line}, columna {column}): {detail}",
    },
    "not_object": {
        "en": "the file must hold one JSON object describing a contract",
        "es": "el archivo debe contener un único objeto JSON que describa un contrato",
    },
    "unreadable": {
        "en": "the file {field} cannot be read: {detail}",
        "es": "no se puede leer el archivo {field}: {detail}",
    },
    "encoding": {
        "en": "the file {field} is not UTF-8 text",
        "es": "el archivo {field} no es texto en UTF-8",
    },
    "missing": {"en": "{field} is required", "es": "el campo «{field}» es obligatorio"},
    "unknown_key": {
        "en": "{field} is not a field of this format (check the spelling)",
        "es": "«{field}» no es un campo de este formato (revise cómo está escrito)",
    },
    "format": {
        "en": "format must be pacta.contract/1 or pacta.contract/2",
        "es": "el campo «format» debe valer pacta.contract/1 o pacta.contract/2",
    },
    "choice": {
        "en": "{field} must be {choices}",
        "es": "el campo «{field}» debe valer {choices}",
    },
    "language": {
        "en": "{field} must be es or en",
        "es": "el campo «{field}» debe valer es o en",
    },
    "party": {
        "en": "{field} must be provider or client",
        "es": "el campo «{field}» debe valer provider o client",
    },
    "date": {
        "en": "{field} must be a date like 2026-11-30",
        "es": "el campo «{field}» debe contener una fecha como 2026-11-30",
    },
    "installment_due": {
        "en": "{field} must be a date like 2026-11-30, or on_signing, on_delivery or on_acceptance",
        "es": "el campo «{field}» debe contener una fecha como 2026-11-30, o bien on_signing, on_delivery "
        "u on_acceptance",
    },
    "number": {"en": "{field} must be a number", "es": "el campo «{field}» debe contener un número"},
    "whole": {"en": "{field} must be a whole number", "es": "el campo «{field}» debe contener un número entero"},
    "too_large": {
        "en": "{field} is too large a number",
        "es": "el campo «{field}» contiene un número demasiado grande",
    },
    "precision": {
        "en": "{field} has too many decimal places",
        "es": "el campo «{field}» tiene demasiados decimales",
    },
    "negative": {"en": "{field} must not be negative", "es": "el campo «{field}» no admite valores negativos"},
    "percent": {
        "en": "{field} must be between 0 and 100",
        "es": "el campo «{field}» debe contener un valor entre 0 y 100",
    },
    "text": {"en": "{field} must be text", "es": "el campo «{field}» debe contener un texto"},
    "empty": {"en": "{field} must not be empty", "es": "el campo «{field}» no puede quedar vacío"},
    "bool": {"en": "{field} must be true or false", "es": "el campo «{field}» debe valer true o false"},
    "list": {"en": "{field} must be a list", "es": "el campo «{field}» debe contener una lista"},
    "object": {"en": "{field} must be an object", "es": "el campo «{field}» debe contener un objeto"},
    "currency": {
        "en": "{field} must be an ISO 4217 code such as EUR",
        "es": "el campo «{field}» debe contener un código ISO 4217, como EUR",
    },
    "currency_withdrawn": {
        "en": "{field} must be an ISO 4217 code such as EUR: {given} is not legal tender anywhere today",
        "es": "el campo «{field}» debe contener un código ISO 4217, como EUR: {given} no es hoy moneda de curso "
        "legal en ningún país",
    },
    "no_deliverables": {
        "en": "at least one deliverable is required",
        "es": "hace falta al menos un entregable",
    },
    "duplicate_id": {
        "en": "deliverable id '{id}' is used twice",
        "es": "el identificador de entregable «{id}» está repetido",
    },
    "payment_sum": {
        "en": "deposit plus installments must add up to 100 percent (here {sum})",
        "es": "el anticipo y los pagos parciales deben sumar el 100 % (aquí suman {sum})",
    },
    "before_start": {
        "en": "{field} is {date}, before the start date ({start})",
        "es": "el campo «{field}» tiene una fecha ({date}) anterior a la de inicio ({start})",
    },
    "total_mismatch": {
        "en": "{field} ({total}) does not match the sum of the deliverable prices ({sum})",
        "es": "el importe del campo «{field}» ({total}) no coincide con la suma de los precios de los "
        "entregables ({sum})",
    },
    "unknown_deliverable": {
        "en": "{field} names deliverable '{id}', which does not exist",
        "es": "el campo «{field}» remite al entregable «{id}», que no existe",
    },
    "email_spaces": {
        "en": "{field} must be an e-mail address such as ana@studio.com: it contains spaces or line breaks",
        "es": "el campo «{field}» debe contener una dirección de correo electrónico, como ana@estudio.es: tiene "
        "espacios o saltos de línea",
    },
    "email_no_at": {
        "en": "{field} must be an e-mail address such as ana@studio.com: it has no @",
        "es": "el campo «{field}» debe contener una dirección de correo electrónico, como ana@estudio.es: le falta "
        "la arroba (@)",
    },
    "email_several_at": {
        "en": "{field} must be one e-mail address such as ana@studio.com: it has more than one @",
        "es": "el campo «{field}» debe contener una sola dirección de correo electrónico, como ana@estudio.es: "
        "tiene más de una arroba (@)",
    },
    "email_local": {
        "en": "{field} must be an e-mail address such as ana@studio.com: the part before the @ is not valid",
        "es": "el campo «{field}» debe contener una dirección de correo electrónico, como ana@estudio.es: lo que "
        "va antes de la arroba no es válido",
    },
    "email_domain": {
        "en": "{field} must be an e-mail address such as ana@studio.com: the part after the @ is not a valid domain",
        "es": "el campo «{field}» debe contener una dirección de correo electrónico, como ana@estudio.es: lo que "
        "va después de la arroba no es un dominio válido",
    },
    "email_long": {
        "en": "{field} must be an e-mail address such as ana@studio.com: it is too long",
        "es": "el campo «{field}» debe contener una dirección de correo electrónico, como ana@estudio.es: es "
        "demasiado larga",
    },
    "amount": {
        "en": "{field} must be an amount written like {example}",
        "es": "el campo «{field}» debe contener un importe escrito como {example}",
    },
    "amount_unclear": {
        "en": "{field} cannot be read for sure ({given}): write {choices}",
        "es": "el campo «{field}» no se puede leer con seguridad ({given}): escriba {choices}",
    },
    "duplicate_tax": {
        "en": "{field}: the tax '{name}' is listed twice",
        "es": "el campo «{field}» repite el impuesto «{name}»",
    },
    "duplicate_right": {
        "en": "{field}: the right '{right}' is listed twice",
        "es": "el campo «{field}» repite el derecho «{right}»",
    },
    "invalid": {"en": "{field} is not valid: {detail}", "es": "el valor del campo «{field}» no es válido"},
    # Limits (domain.limits; the table is in docs/limits.md).
    "too_long": {
        "en": "{field} is too long: {length} characters, at most {limit}",
        "es": "el campo «{field}» es demasiado largo: tiene {length} caracteres y admite como máximo {limit}",
    },
    "too_many": {
        "en": "{field} has too many items ({count}); at most {limit}",
        "es": "el campo «{field}» tiene demasiados elementos ({count}); admite como máximo {limit}",
    },
    "control_char": {
        "en": "{field} contains a control character ({char}); remove it",
        "es": "el campo «{field}» contiene un carácter de control ({char}); quítelo",
    },
    "surrogate": {
        "en": "{field} contains a character that is not valid Unicode (a lone surrogate); remove it",
        "es": "el campo «{field}» contiene un carácter que no es Unicode válido (un sustituto suelto); quítelo",
    },
    "invisible": {
        "en": "{field} holds only invisible characters; write something that can be read",
        "es": "el campo «{field}» solo contiene caracteres invisibles; escriba algo que se pueda leer",
    },
    "money_digits": {
        "en": "{field} is too large an amount: at most {limit} digits before the decimal point",
        "es": "el campo «{field}» contiene un importe demasiado grande: admite como máximo {limit} cifras "
        "antes de la coma decimal",
    },
    "count_max": {
        "en": "{field} must be at most {limit}",
        "es": "el campo «{field}» admite como máximo {limit}",
    },
    "count_quoted": {
        "en": "{field} must be a whole number written without quotes (2, not \"2\")",
        "es": "el campo «{field}» debe contener un número entero escrito sin comillas (2, no \"2\")",
    },
    "date_range": {
        "en": "{field} must be a date from {min} to {max}",
        "es": "el campo «{field}» debe contener una fecha entre el {min} y el {max}",
    },
    "json_depth": {
        "en": "the file nests objects and lists more than {limit} levels deep (line {line}, column {column})",
        "es": "el archivo anida objetos y listas a más de {limit} niveles de profundidad (línea {line}, "
        "columna {column})",
    },
    "duplicate_key": {
        "en": "the key \"{key}\" appears twice in the same object (line {line}, column {column}); keep only one",
        "es": "la clave «{key}» aparece dos veces en el mismo objeto (línea {line}, columna {column}); deje "
        "solo una",
    },
    "number_chars": {
        "en": "the file holds a number of {length} characters (line {line}, column {column}); at most {limit}",
        "es": "el archivo contiene un número de {length} caracteres (línea {line}, columna {column}); se "
        "admiten como máximo {limit}",
    },
    "unwritable": {
        "en": "cannot write {field}: {detail}",
        "es": "no se puede escribir {field}: {detail}",
    },
    "file_too_large": {
        "en": "the file {field} is too large ({size} bytes); at most {limit} bytes",
        "es": "el archivo {field} es demasiado grande ({size} bytes); se admiten como máximo {limit} bytes",
    },
    "image_too_large": {
        "en": "the image {field} is too large to read ({width} × {height} pixels); at most {limit} pixels",
        "es": "la imagen {field} es demasiado grande para leerla ({width} × {height} píxeles); se admiten como "
              "máximo {limit} píxeles",
    },
    "image_damaged": {
        "en": "the image {field} cannot be read: it is cut short or damaged",
        "es": "no se puede leer la imagen {field}: está incompleta o dañada",
    },
    "not_regular": {
        "en": "{field} is not a regular file (it is a folder, a device or a pipe)",
        "es": "{field} no es un archivo corriente (es una carpeta, un dispositivo o una tubería)",
    },
    "project_id": {
        "en": "there is no project {field}: an id has at most {limit} letters, digits, - or _",
        "es": "no existe el proyecto {field}: un identificador tiene como máximo {limit} letras, cifras, - o _",
    },
}


def render(code: str, lang: str, **params: object) -> str:
    """The message `code` in `lang` (English when the language is unknown).

    Two parameters are said in `lang` here: `json_msg` (what the json module
    reported) and `os_errno` with `os_error` (why a file could not be read);
    either becomes `{detail}`.
    """
    table = MESSAGES.get(code, MESSAGES["invalid"])
    template = table.get(lang) or table["en"]
    if "json_msg" in params:
        params["detail"] = json_problem(str(params.pop("json_msg")), lang)
    if "choices" in params:
        params["choices"] = say_choices(str(params["choices"]).split("|"), lang)
    if "os_errno" in params:
        number = params.pop("os_errno")
        params["detail"] = os_problem(number if isinstance(number, int) else None, str(params.pop("os_error", "")), lang,
                                      writing=code == "unwritable")
    return template.format(**{k: str(v) for k, v in params.items()})


def say_choices(options: list[str], lang: str) -> str:
    """`a, b or c` in English, `a, b o c` in Spanish (`u` before a word starting with o)."""
    if len(options) < 2:
        return "".join(options)
    word = "or"
    if lang == "es":
        word = "u" if options[-1].lower().startswith(("o", "ho")) else "o"
    return f"{', '.join(options[:-1])} {word} {options[-1]}"


# What Python's json module says, in words for people, by language. Its messages
# end in "at" when it appends a position ("Unterminated string starting at"); the
# position is said by the message that quotes them, so it is left off here.
_JSON_PROBLEMS: Final[dict[str, dict[str, str]]] = {
    "Expecting value": {"en": "a value was expected", "es": "falta un valor"},
    "Expecting property name enclosed in double quotes": {
        "en": "a key in double quotes was expected",
        "es": "falta un nombre de campo entre comillas dobles",
    },
    "Expecting ',' delimiter": {"en": "a comma is missing", "es": "falta una coma"},
    "Expecting ':' delimiter": {"en": "a colon is missing", "es": "faltan los dos puntos"},
    "Unterminated string starting at": {
        "en": "a quoted text is never closed",
        "es": "hay un texto entre comillas que no se cierra",
    },
    "Invalid control character at": {
        "en": "a control character appears inside a text",
        "es": "hay un carácter de control dentro de un texto",
    },
    "Invalid \\escape": {"en": "a backslash escape is not valid", "es": "hay una secuencia de escape no válida"},
    "Invalid \\uXXXX escape": {
        "en": "a \\u escape is not valid",
        "es": "hay una secuencia \\u no válida",
    },
    "Extra data": {
        "en": "something follows the end of the JSON object",
        "es": "hay texto después del final del objeto JSON",
    },
    "Illegal trailing comma before end of object": {
        "en": "a comma is left before a closing brace",
        "es": "sobra una coma antes de una llave de cierre",
    },
    "Illegal trailing comma before end of array": {
        "en": "a comma is left before a closing bracket",
        "es": "sobra una coma antes de un corchete de cierre",
    },
    # Not the json module's: what loads_json says of NaN and Infinity.
    "constant": {"en": "NaN and Infinity are not numbers", "es": "NaN e Infinity no son números"},
}
_GENERIC_JSON: Final = {"en": "there is a syntax error", "es": "hay un error de sintaxis"}


def json_problem(msg: str, lang: str) -> str:
    """A `json.JSONDecodeError.msg` said in `lang`, without a trailing "at"."""
    table = _JSON_PROBLEMS.get(msg)
    if table is None:
        if lang == "en" and msg:
            return re.sub(r"\s+at$", "", msg)
        table = _GENERIC_JSON
    return table.get(lang) or table["en"]


_OS_ERRORS: Final[dict[int, dict[str, str]]] = {
    errno.ENOENT: {"en": "it does not exist", "es": "no existe"},
    errno.EACCES: {"en": "permission denied", "es": "no tiene permiso para leerlo"},
    errno.EPERM: {"en": "permission denied", "es": "no tiene permiso para leerlo"},
    errno.EISDIR: {"en": "it is a folder", "es": "es una carpeta"},
    errno.ENOSPC: {"en": "no space left on device", "es": "no queda espacio en el disco"},
    errno.EDQUOT: {"en": "disk quota exceeded", "es": "se ha agotado la cuota de disco"},
    errno.EROFS: {"en": "the file system is read-only", "es": "el sistema de archivos es de solo lectura"},
    errno.ENAMETOOLONG: {"en": "the name is too long", "es": "el nombre es demasiado largo"},
    errno.ENOTDIR: {"en": "part of the path is not a folder", "es": "una parte de la ruta no es una carpeta"},
    errno.EFBIG: {"en": "the file is too large", "es": "el archivo es demasiado grande"},
    errno.EIO: {"en": "input/output error", "es": "error de entrada/salida"},
}
# Permission, when Pacta was writing.
_WRITE_DENIED: Final = {"en": "permission denied", "es": "no tiene permiso para escribirlo"}


def os_problem(number: int | None, strerror: str, lang: str, *, writing: bool = False) -> str:
    """Why a file could not be read (or written), in `lang` (the system's words when Pacta has none)."""
    table = _OS_ERRORS.get(number or 0)
    if writing and number in (errno.EACCES, errno.EPERM):
        table = _WRITE_DENIED
    if table is not None:
        return table.get(lang) or table["en"]
    if lang == "es":
        return f"error del sistema n.º {number}" if number else "error del sistema"
    return strerror or "system error"
