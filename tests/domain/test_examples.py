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


def test_every_format2_example_is_accepted_and_exports_as_format2(examples_dir: Path) -> None:
    from domain.validation import contract_to_data, loads_json

    files = sorted((examples_dir / "format2").glob("*.json"))
    assert files
    for path in files:
        contract = read_contract_file(path)
        data = loads_json(path.read_text(encoding="utf-8"))
        exported = contract_to_data(contract)
        assert exported == {**data, "format": "pacta.contract/2"}


def test_format2_reference_case_holds_every_field(examples_dir: Path) -> None:
    from decimal import Decimal

    from domain.model import DayBasis, Right, TaxKind

    contract = read_contract_file(examples_dir / "format2" / "panaderia-v1-full.json")
    assert contract.law is not None and contract.law.governing_law == "España" and contract.law.courts == "Madrid"
    assert contract.taxes is not None and not contract.taxes.prices_include_tax
    assert [(t.name, t.percent, t.kind) for t in contract.taxes.lines] == [
        ("IVA", Decimal("21"), TaxKind.ADD),
        ("IRPF", Decimal("15"), TaxKind.WITHHOLD),
    ]
    assert contract.days() is DayBasis.BUSINESS
    assert contract.expenses is not None and contract.expenses.approval_over == Decimal("100.00")
    assert contract.ownership is not None and Right.PUBLIC_COMMUNICATION in contract.ownership.rights
    assert (contract.confidentiality_years, contract.non_solicitation_months, contract.data_processing) == (3, 12, True)


def test_format1_file_reads_with_format2_defaults(examples_dir: Path) -> None:
    from domain.model import DayBasis
    from domain.validation import contract_to_data

    contract = read_contract_file(examples_dir / "panaderia-v1.json")
    assert contract.taxes is None and contract.law is None
    assert contract.days() is DayBasis.CALENDAR
    assert contract_to_data(contract)["format"] == "pacta.contract/2"


@pytest.mark.parametrize(
    ("key", "value", "english", "spanish"),
    [
        ("format", "pacta.contract/3", "format must be pacta.contract/1 or pacta.contract/2",
         "el campo «format» debe valer pacta.contract/1 o pacta.contract/2"),
        ("taxes", {"lines": [{"name": "IVA", "percent": "21", "kind": "plus"}]},
         "taxes.lines[0].kind must be add or withhold", "el campo «taxes.lines[0].kind» debe valer add o withhold"),
        ("taxes", {"lines": [{"name": "IVA", "percent": "121", "kind": "add"}]},
         "taxes.lines[0].percent must be between 0 and 100",
         "el campo «taxes.lines[0].percent» debe contener un valor entre 0 y 100"),
        ("taxes", {"lines": [{"name": " ", "percent": "21", "kind": "add"}]},
         "taxes.lines[0].name must not be empty", "el campo «taxes.lines[0].name» no puede quedar vacío"),
        ("taxes", {"lines": [{"name": "IVA", "percent": "21", "kind": "add"}, {"name": "iva", "percent": "10", "kind": "add"}]},
         "taxes.lines[1].name: the tax 'iva' is listed twice", "el campo «taxes.lines[1].name» repite el impuesto «iva»"),
        ("taxes", {"prices_include_tax": "no"}, "taxes.prices_include_tax must be true or false",
         "el campo «taxes.prices_include_tax» debe valer true o false"),
        ("day_basis", "weekdays", "day_basis must be calendar or business",
         "el campo «day_basis» debe valer calendar o business"),
        ("expenses", {"approval_over": "-5"}, "expenses.approval_over must not be negative",
         "el campo «expenses.approval_over» no admite valores negativos"),
        ("ownership", {"rights": ["copy"]},
         "ownership.rights[0] must be reproduction, distribution, public_communication or transformation",
         "el campo «ownership.rights[0]» debe valer reproduction, distribution, public_communication o transformation"),
        ("ownership", {"rights": ["reproduction", "reproduction"]},
         "ownership.rights[1]: the right 'reproduction' is listed twice",
         "el campo «ownership.rights[1]» repite el derecho «reproduction»"),
        ("ownership", {"years": "2.5"}, "ownership.years must be a whole number",
         "el campo «ownership.years» debe contener un número entero"),
        ("law", {"governing_law": 5}, "law.governing_law must be text", "el campo «law.governing_law» debe contener un texto"),
        ("law", {"court": "Madrid"}, "law.court is not a field of this format",
         "«law.court» no es un campo de este formato"),
        ("confidentiality_years", -1, "confidentiality_years must not be negative",
         "el campo «confidentiality_years» no admite valores negativos"),
        ("non_solicitation_months", "doce", "non_solicitation_months must be a whole number",
         "el campo «non_solicitation_months» debe contener un número entero"),
        ("data_processing", "yes", "data_processing must be true or false",
         "el campo «data_processing» debe valer true o false"),
    ],
)
def test_format2_field_errors_name_the_field(
    examples_dir: Path, key: str, value: object, english: str, spanish: str
) -> None:
    from domain.validation import loads_json, validate_contract

    data = loads_json((examples_dir / "format2" / "panaderia-v1-full.json").read_text(encoding="utf-8"))
    data[key] = value
    for lang, expected in (("en", english), ("es", spanish)):
        with pytest.raises(ContractError) as caught:
            validate_contract(data, lang)
        assert any(expected in m for m in caught.value.messages()), caught.value.messages()
