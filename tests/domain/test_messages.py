"""Validation messages: Spanish that agrees whatever the field, files named, no English inside Spanish."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from domain.messages import MESSAGES, render
from domain.validation import ContractError, parse_contract_text, read_contract_file

FILE_MESSAGES = ("unreadable", "encoding", "unwritable", "file_too_large", "not_regular", "project_id",
                 "image_too_large", "image_damaged")


def test_spanish_names_the_field_as_el_campo_so_every_word_agrees() -> None:
    # Labels of every gender and number, as the app passes them.
    for label in ("Función (su parte, fila 1)", "Días de preaviso", "Título del proyecto"):
        assert render("empty", "es", field=label) == f"el campo «{label}» no puede quedar vacío"
        assert render("whole", "es", field=label) == f"el campo «{label}» debe contener un número entero"
        assert render("missing", "es", field=label) == f"el campo «{label}» es obligatorio"
    for code, texts in MESSAGES.items():
        spanish = texts["es"]
        # Messages about a file (or a project id) name it as it is, not as a field.
        if "{field}" in spanish and code not in FILE_MESSAGES:
            assert re.search(r"(campo )?«\{field\}»", spanish), code
            # No adjective or verb left to agree with the label itself.
            assert not re.search(r"\{field\} (es|debe|no puede|tiene)", spanish), code


def test_a_date_before_the_start_reads_naturally_with_a_row_label() -> None:
    en = render("before_start", "en", field="Due date (row 2)", date="2026-11-01", start="2026-11-23")
    es = render("before_start", "es", field="Fecha de entrega (fila 2)", date="2026-11-01", start="2026-11-23")
    assert en == "Due date (row 2) is 2026-11-01, before the start date (2026-11-23)"
    assert es == "el campo «Fecha de entrega (fila 2)» tiene una fecha (2026-11-01) anterior a la de inicio (2026-11-23)"
    assert ") (" not in en + es


@pytest.mark.parametrize(
    ("text", "spanish", "english"),
    [
        ('{"title": "sin cerrar', "hay un texto entre comillas que no se cierra", "a quoted text is never closed"),
        ('{"title": 1,}', "falta un nombre de campo entre comillas dobles", "a key in double quotes was expected"),
        ('{"a": 1 "b": 2}', "falta una coma", "a comma is missing"),
        ('{"a": NaN}', "NaN e Infinity no son números", "NaN and Infinity are not numbers"),
        ("{} x", "hay texto después del final del objeto JSON", "something follows the end of the JSON object"),
    ],
)
def test_json_errors_give_line_and_column_in_the_message_language(text: str, spanish: str, english: str) -> None:
    with pytest.raises(ContractError) as caught:
        parse_contract_text(text, "es")
    (es,) = caught.value.messages("es")
    (en,) = caught.value.messages("en")
    assert es.startswith("el archivo no es un JSON válido (línea 1, columna ") and es.endswith(spanish)
    assert en.startswith("the file is not valid JSON (line 1, column ") and en.endswith(english)
    # Nothing of Python's English inside the Spanish, and no "starting at at line".
    assert not re.search(r"Unterminated|Expecting|Extra data|starting at|\bat\b", es)
    assert " at at " not in en


def test_the_position_of_an_error_is_where_it_is() -> None:
    with pytest.raises(ContractError) as caught:
        parse_contract_text('{\n  "title": "x",\n  "price": Infinity\n}', "en")
    assert "(line 3, column 12)" in caught.value.messages()[0]


def test_unreadable_and_undecodable_files_are_named(tmp_path: Path) -> None:
    missing = tmp_path / "no-such.json"
    with pytest.raises(ContractError) as caught:
        read_contract_file(missing, "es")
    assert caught.value.messages("es") == [f"no se puede leer el archivo {missing}: no existe"]
    assert caught.value.messages("en") == [f"the file {missing} cannot be read: it does not exist"]

    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes(json.dumps({"title": "x"}).replace("x", "Peña").encode("latin-1"))
    with pytest.raises(ContractError) as caught:
        read_contract_file(latin1, "en")
    assert caught.value.messages("es") == [f"el archivo {latin1} no es texto en UTF-8"]
    assert caught.value.messages("en") == [f"the file {latin1} is not UTF-8 text"]
