"""Every example contract is accepted; every invalid one is refused with its named error."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.validation import ContractError, read_contract_file

EXPECTED = {
    "bad-date.json": ("deliverables[2].due must be a date like 2026-11-30", "el campo «deliverables[2].due» debe contener una fecha como 2026-11-30"),
    "deposit-over-100.json": (
        "payment.deposit_percent must be between 0 and 100",
        "el campo «payment.deposit_percent» debe contener un valor entre 0 y 100",
    ),
    "due-before-start.json": (
        "deliverables[0].due is 2026-11-01, before the start date (2026-11-23)",
        "el campo «deliverables[0].due» tiene una fecha (2026-11-01) anterior a la de inicio (2026-11-23)",
    ),
    "duplicate-deliverable-id.json": ("deliverable id 'A' is used twice", "el identificador de entregable «A» está repetido"),
    "installments-not-100.json": (
        "deposit plus installments must add up to 100 percent (here 90)",
        "el anticipo y los pagos parciales deben sumar el 100 % (aquí suman 90)",
    ),
    "missing-client-name.json": ("client.name is required", "el campo «client.name» es obligatorio"),
    "negative-price.json": ("deliverables[1].price must not be negative", "el campo «deliverables[1].price» no admite valores negativos"),
    "no-deliverables.json": ("at least one deliverable is required", "hace falta al menos un entregable"),
    "truncated-json.json": ("the file is not valid JSON", "el archivo no es un JSON válido"),
    "unknown-currency.json": ("currency must be an ISO 4217 code such as EUR", "el campo «currency» debe contener un código ISO 4217, como EUR"),
    "unknown-format.json": ("format must be pacta.contract/1", "el campo «format» debe valer pacta.contract/1"),
}


def test_every_valid_example_is_accepted(examples_dir: Path) -> None:
    files = sorted(examples_dir.glob("*.json"))
    assert len(files) >= 4
    for path in files:
        contract = read_contract_file(path)
        assert contract.deliverables


def test_every_invalid_example_has_an_expectation(examples_dir: Path) -> None:
    assert {p.name for p in (examples_dir / "invalid").glob("*.json")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_example_is_refused_with_its_message(examples_dir: Path, name: str) -> None:
    english, spanish = EXPECTED[name]
    with pytest.raises(ContractError) as caught:
        read_contract_file(examples_dir / "invalid" / name, "en")
    assert any(english in m for m in caught.value.messages("en")), caught.value.messages("en")
    assert any(spanish in m for m in caught.value.messages("es")), caught.value.messages("es")


def test_truncated_json_names_line_and_column(examples_dir: Path) -> None:
    with pytest.raises(ContractError) as caught:
        read_contract_file(examples_dir / "invalid" / "truncated-json.json", "en")
    message = caught.value.messages()[0]
    assert "line 1" in message and "column" in message


def test_unknown_top_level_key_is_named(examples_dir: Path, tmp_path: Path) -> None:
    text = (examples_dir / "minimal.json").read_text(encoding="utf-8").replace('"title"', '"titel": "x", "title"', 1)
    path = tmp_path / "typo.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContractError) as caught:
        read_contract_file(path, "en")
    assert caught.value.messages() == ["titel is not a field of this format (check the spelling)"]


def test_deliverable_ids_are_assigned_when_absent(examples_dir: Path) -> None:
    contract = read_contract_file(examples_dir / "minimal.json")
    assert [d.id for d in contract.deliverables] == ["D1"]


def test_money_is_decimal_never_float(examples_dir: Path) -> None:
    from decimal import Decimal

    contract = read_contract_file(examples_dir / "panaderia-v1.json")
    assert contract.payment is not None
    assert isinstance(contract.payment.late_interest_percent, Decimal)
    assert contract.total() == Decimal("2700.00")
    assert contract.deposit_amount() == Decimal("1080.00")
