"""Issue 15: input beyond Pacta's limits is refused with a message naming the field, in both
languages, instead of being accepted and crashing later (each test is named after the defect)."""

from __future__ import annotations

import json
import os
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from domain import formatting, limits
from domain.diff import describe, diff_contracts
from domain.model import share
from domain.validation import (
    ContractError,
    parse_contract_text,
    read_contract_file,
    validate_contract,
)

BASE: dict[str, Any] = {
    "format": "pacta.contract/1",
    "language": "en",
    "currency": "EUR",
    "title": "Logo",
    "provider": {"name": "Ana"},
    "client": {"name": "Bruno", "email": "bruno@example.org"},
    "deliverables": [{"title": "Logo", "description": "Two lines\nand a\ttab", "price": "100"}],
}


def refused(text: str) -> tuple[list[str], list[str]]:
    """The English and Spanish messages a JSON text is refused with."""
    with pytest.raises(ContractError) as caught:
        parse_contract_text(text)
    return caught.value.messages("en"), caught.value.messages("es")


def with_(**changes: Any) -> str:
    return json.dumps({**BASE, **changes}, ensure_ascii=False)


def test_the_base_contract_with_a_line_break_and_a_tab_in_a_description_is_accepted() -> None:
    contract = parse_contract_text(with_())
    assert contract.deliverables[0].description == "Two lines\nand a\ttab"


def test_json_nested_990_levels_is_a_message_not_a_recursion_error() -> None:
    text = '{"title": ' + "[" * 990 + "]" * 990 + "}"
    en, es = refused(text)
    assert en == ["the file nests objects and lists more than 32 levels deep (line 1, column 42)"]
    assert es == ["el archivo anida objetos y listas a más de 32 niveles de profundidad (línea 1, columna 42)"]


def test_a_5000_digit_number_error_points_at_its_line_and_column() -> None:
    text = with_()[:-1] + ',\n  "reference":\n     ' + "7" * 5000 + "\n}"
    en, es = refused(text)
    line = text[: text.index("7777")].count("\n") + 1
    assert en == [f"the file holds a number of 5000 characters (line {line}, column 6); at most 64"]
    assert es == [f"el archivo contiene un número de 5000 caracteres (línea {line}, columna 6); se admiten como "
                  "máximo 64"]


def test_duplicate_json_keys_are_refused_not_last_wins() -> None:
    text = with_()[:-1] + ', "title": "Other"}'
    en, es = refused(text)
    column = text.rindex('"title"') + 1
    assert en == [f'the key "title" appears twice in the same object (line 1, column {column}); keep only one']
    assert es == [f"la clave «title» aparece dos veces en el mismo objeto (línea 1, columna {column}); deje solo una"]


def test_a_count_written_as_the_string_2_is_refused() -> None:
    en, es = refused(with_(revisions={"rounds_included": "2"}))
    assert en == ['revisions.rounds_included must be a whole number written without quotes (2, not "2")']
    assert es == ['el campo «revisions.rounds_included» debe contener un número entero escrito sin comillas (2, no "2")']
    # The same count as a JSON number is fine.
    assert parse_contract_text(with_(revisions={"rounds_included": 2})).revisions is not None


def test_a_zero_width_space_title_is_refused() -> None:
    for title in ("\u200b", "\u200b \ufeff\u2060"):
        en, es = refused(with_(title=title))
        assert en == ["title holds only invisible characters; write something that can be read"]
        assert es == ["el campo «title» solo contiene caracteres invisibles; escriba algo que se pueda leer"]


def test_a_client_email_with_crlf_is_refused() -> None:
    en, es = refused(with_(client={"name": "Bruno", "email": "bruno@example.org\r\nBcc: all@example.org"}))
    assert en == ["client.email contains a control character (U+000D); remove it"]
    assert es == ["el campo «client.email» contiene un carácter de control (U+000D); quítelo"]


@pytest.mark.parametrize("title", ["\x01\x02\x07", "Logo\x1b[31m", "Logo\nFake line", "Logo\x85", "tab\there"])
def test_a_title_of_control_characters_is_refused_at_input(title: str) -> None:
    en, _ = refused(with_(title=title))
    assert len(en) == 1 and en[0].startswith("title contains a control character (U+")


def test_an_escaped_lone_surrogate_is_refused_before_anything_is_stored() -> None:
    text = with_(title="Logo").replace('"title": "Logo"', '"title": "Lo\\ud800go"', 1)
    en, es = refused(text)
    assert en == ["title contains a character that is not valid Unicode (a lone surrogate); remove it"]
    assert es == ["el campo «title» contiene un carácter que no es Unicode válido (un sustituto suelto); quítelo"]


@pytest.mark.parametrize("digits", [16, 26, 27, 30])
def test_amounts_with_26_to_30_integer_digits_are_refused_at_input(digits: int) -> None:
    en, es = refused(with_(deliverables=[{"title": "Logo", "price": "9" * digits + ".50"}]))
    assert en == ["deliverables[0].price is too large an amount: at most 15 digits before the decimal point"]
    assert es == ["el campo «deliverables[0].price» contiene un importe demasiado grande: admite como máximo 15 "
                  "cifras antes de la coma decimal"]
    # Fifteen digits are accepted, and render.
    contract = parse_contract_text(with_(deliverables=[{"title": "Logo", "price": "9" * 15 + ".50"}]))
    assert formatting.money(contract.total() or Decimal(0), "EUR", "en") == "€999,999,999,999,999.50"


@pytest.mark.parametrize("digits", [26, 30])
def test_amounts_with_26_to_30_integer_digits_already_stored_render_and_diff(digits: int) -> None:
    # Versions saved before the limit keep their amounts: reading them back must not refuse
    # them, and printing them, sharing them and comparing them must not crash.
    data = {**BASE, "deliverables": [{"title": "Logo", "price": "9" * digits + ".55"}],
            "payment": {"deposit_percent": "33.3", "installments": [{"label": "Rest", "percent": "66.7"}]}}
    old = validate_contract(data, stored=True)
    new = validate_contract({**data, "deliverables": [{"title": "Logo", "price": "1" * digits}]}, stored=True)
    printed = formatting.money(Decimal("9" * digits + ".55"), "EUR", "es")
    assert printed.replace(".", "") == "9" * digits + ",55\xa0€"
    assert share(Decimal("9" * digits), Decimal("33.3"), "EUR") > 0
    lines = describe(diff_contracts(old, new), "EUR", "en")
    assert any("price" in line for line in lines)


def test_a_due_date_of_9999_12_31_is_refused_at_input() -> None:
    en, es = refused(with_(deliverables=[{"title": "Logo", "due": "9999-12-31"}]))
    assert en == ["deliverables[0].due must be a date from 1900-01-01 to 2199-12-31"]
    assert es == ["el campo «deliverables[0].due» debe contener una fecha entre el 1900-01-01 y el 2199-12-31"]
    assert parse_contract_text(with_(start="2199-12-31", deliverables=[{"title": "Logo", "due": "2199-12-31"}]))


def test_a_million_character_title_is_refused_at_once() -> None:
    began = time.monotonic()
    en, es = refused(with_(title="x" * 1_000_000))
    assert time.monotonic() - began < 5
    assert en == ["title is too long: 1000000 characters, at most 500"]
    assert es == ["el campo «title» es demasiado largo: tiene 1000000 caracteres y admite como máximo 500"]


def test_a_description_over_the_paragraph_limit_is_refused() -> None:
    en, _ = refused(with_(deliverables=[{"title": "Logo", "description": "palabra " * 3000}]))
    assert en == ["deliverables[0].description is too long: 24000 characters, at most 20000"]


def test_a_list_longer_than_its_limit_is_refused() -> None:
    en, es = refused(with_(deliverables=[{"title": f"D{n}"} for n in range(1001)]))
    assert en == ["deliverables has too many items (1001); at most 1000"]
    assert es == ["el campo «deliverables» tiene demasiados elementos (1001); admite como máximo 1000"]


def test_a_count_beyond_its_limit_is_refused() -> None:
    en, _ = refused(with_(termination={"notice_days": 10**20}))
    assert en == ["termination.notice_days must be at most 9999"]


def test_the_apps_data_gets_the_same_limits_but_may_give_counts_as_text() -> None:
    # The wizard builds data from text boxes: a count is "2" there, and that is fine.
    contract = validate_contract({**BASE, "revisions": {"rounds_included": "2"}})
    assert contract.revisions is not None and contract.revisions.rounds_included == 2
    with pytest.raises(ContractError) as caught:
        validate_contract({**BASE, "title": "a\x00b"}, "es")
    assert caught.value.messages() == ["el campo «title» contiene un carácter de control (U+0000); quítelo"]


def test_a_50_mb_text_field_in_a_file_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_text(with_(title="x" * 50_000_000), encoding="utf-8")
    began = time.monotonic()
    with pytest.raises(ContractError) as caught:
        read_contract_file(path, "en")
    assert time.monotonic() - began < 5
    size = path.stat().st_size
    assert caught.value.messages() == [
        f"the file {path} is too large ({size} bytes); at most {limits.CONTRACT_FILE_BYTES} bytes"]


def test_dev_zero_given_as_a_contract_is_refused_without_reading_it() -> None:
    with pytest.raises(ContractError) as caught:
        read_contract_file(Path("/dev/zero"), "es")
    assert caught.value.messages() == [
        "/dev/zero no es un archivo corriente (es una carpeta, un dispositivo o una tubería)"]


def test_a_fifo_is_refused_at_once_not_read_forever(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    done: list[BaseException] = []

    def read() -> None:
        try:
            limits.read_limited(fifo, 1000)
        except limits.FileProblem as exc:
            done.append(exc)

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(5)
    if worker.is_alive():  # unblock the reader so the test run can end, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    assert [str(e) for e in done] == [f"{fifo} is not a regular file (it is a folder, a device or a pipe)"]


def test_a_folder_is_not_read_as_a_file(tmp_path: Path) -> None:
    with pytest.raises(limits.FileProblem) as caught:
        limits.read_limited(tmp_path, 1000)
    assert caught.value.code == "not_regular"


def test_a_file_within_the_cap_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    path.write_bytes(b"x" * 1000)
    assert limits.read_limited(path, 1000) == b"x" * 1000
    with pytest.raises(limits.FileProblem) as caught:
        limits.read_limited(path, 999)
    assert caught.value.message("es") == f"el archivo {path} es demasiado grande (1000 bytes); se admiten como máximo 999 bytes"


def test_the_json_depth_scan_ignores_brackets_inside_strings() -> None:
    assert limits.too_deep('{"a": "' + "[" * 100 + '\\"{{{"}') is None
    assert limits.too_deep("[" * 33 + "]" * 33) == 32
