"""Mistakes a user makes on the command line get an answer in the contract's language that says what to do."""

from __future__ import annotations

from pathlib import Path

from tests.clitools import Pacta


def _signed(pacta: Pacta, examples: Path) -> str:
    project = pacta("import", examples / "panaderia-v1.json").out.strip().splitlines()[-1]
    assert pacta("status", project, "signed", "--date", "2026-11-22").code == 0
    return project


def test_a_change_order_number_is_read_however_it_is_typed_and_a_wrong_one_names_the_real_ones(
        pacta: Pacta, examples_dir: Path) -> None:
    project = _signed(pacta, examples_dir)
    none_yet = pacta("accept", project, "CO-1")
    assert none_yet.code == 1
    assert f"el proyecto {project} no tiene la orden de cambio CO-1: todavía no tiene ninguna" in none_yet.err
    assert pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "Instagram",
                 "--requested-by", "client").code == 0
    wrong = pacta("reject", project, "CO-7", "--reason", "No")
    assert wrong.code == 1 and "(sus órdenes de cambio: CO-1)" in wrong.err
    accepted = pacta("accept", project, "co1")
    assert accepted.code == 0 and accepted.out.strip() == "2"


def test_a_file_that_is_not_there_is_named_in_the_contract_language(
        pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    project = _signed(pacta, examples_dir)
    missing = tmp_path / "firmado.pdf"
    result = pacta("attach", project, missing)
    assert result.code == 1
    assert result.err.strip() == f"pacta: no se puede leer el archivo {missing}: no existe"


def test_rounds_beyond_those_included_say_how_the_next_one_is_agreed(pacta: Pacta, examples_dir: Path) -> None:
    project = _signed(pacta, examples_dir)
    delivery = pacta("round", project, "A", "delivery")
    assert delivery.out.strip() == "entrega registrada; rondas de comentarios: 0 de 2"
    for n in (1, 2):
        result = pacta("round", project, "A", "feedback")
        assert result.out.strip() == f"ronda {n} de 2" and result.err == ""
    third = pacta("round", project, "A", "feedback", "--note", "Otra tipografía")
    assert third.code == 0 and third.out.strip() == "ronda 3 de 2"
    assert "el contrato incluye 2 rondas de comentarios por entregable y esta es la 3.ª" in third.err
    assert "cuesta 120,00\u00a0€" in third.err and "orden de cambio" in third.err
