"""Cross-field rules of the contract model."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from domain.validation import ContractError, contract_to_data, loads_json, validate_contract


@pytest.fixture
def base(examples_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = loads_json((examples_dir / "panaderia-v1.json").read_text(encoding="utf-8"))
    return data


def refused(data: dict[str, Any]) -> list[str]:
    with pytest.raises(ContractError) as caught:
        validate_contract(data, "en")
    return caught.value.messages()


def test_total_must_agree_with_itemised_prices(base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["payment"]["total"] = "2800.00"
    assert refused(data) == ["payment.total (2800) does not match the sum of the deliverable prices (2700)"]
    data["payment"]["total"] = "2700"
    assert validate_contract(data).total() == Decimal("2700")


def test_client_input_and_installment_dates_are_checked_against_start(base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["client_inputs"][1]["due"] = "2026-11-01"
    data["payment"]["installments"][0]["due"] = "2026-10-01"
    messages = refused(data)
    assert "client_inputs[1].due is 2026-11-01, before the start date (2026-11-23)" in messages
    assert "payment.installments[0].due is 2026-10-01, before the start date (2026-11-23)" in messages


def test_percent_out_of_range_and_negative_money(base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["termination"]["kill_fee_percent"] = "101"
    data["revisions"]["extra_round_price"] = "-1"
    messages = refused(data)
    assert "termination.kill_fee_percent must be between 0 and 100" in messages
    assert "revisions.extra_round_price must not be negative" in messages


def test_json_numbers_are_read_as_the_decimal_they_spell(base: dict[str, Any]) -> None:
    text = json.dumps(base).replace('"1.5"', "1.1")
    contract = validate_contract(loads_json(text))
    assert contract.payment is not None
    assert contract.payment.late_interest_percent == Decimal("1.1")


def test_ids_already_given_are_kept_and_new_ones_avoid_them(base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["deliverables"][0]["id"] = "D1"
    del data["deliverables"][1]["id"]
    contract = validate_contract(data)
    assert [d.id for d in contract.deliverables] == ["D1", "D2", "C"]


def test_installment_must_name_an_existing_deliverable(base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["payment"]["installments"][0]["deliverable"] = "Z"
    assert refused(data) == ["payment.installments[0].deliverable names deliverable 'Z', which does not exist"]


def test_blank_required_text_is_refused(base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["title"] = "   "
    assert refused(data) == ["title must not be empty"]


@pytest.fixture
def minimal(examples_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = loads_json((examples_dir / "minimal.json").read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("spelled", "plain"),
    [("1e3", "1000"), ("1.5E+2", "150"), ('"0.0000001"', "0.0000001"), ('"2.5e-3"', "0.0025"), ("0E+2", "0")],
)
def test_exponent_numbers_are_read_and_written_without_one(minimal: dict[str, Any], spelled: str, plain: str) -> None:
    text = json.dumps(minimal).replace('"title": "Manual', f'"price": {spelled}, "title": "Manual')
    contract = validate_contract(loads_json(text))
    written = contract_to_data(contract)["deliverables"][0]["price"]
    assert written == plain
    # What is written reads back as the same number.
    assert validate_contract(contract_to_data(contract)) == contract


@pytest.mark.parametrize(("price", "message"), [
    ("1e40", "deliverables[0].price is too large an amount: at most 15 digits before the decimal point"),
    ("1e-40", "deliverables[0].price has too many decimal places"),
    ("1e999999999", "deliverables[0].price is too large an amount: at most 15 digits before the decimal point"),
])
def test_exponents_cannot_make_a_number_explode(minimal: dict[str, Any], price: str, message: str) -> None:
    minimal["deliverables"][0]["price"] = price
    assert refused(minimal) == [message]


@pytest.mark.parametrize("field", ["work_starts_after_deposit"])
@pytest.mark.parametrize("value", ["yes", "true", 1, "1", "on"])
def test_booleans_must_be_true_or_false(minimal: dict[str, Any], field: str, value: object) -> None:
    minimal["payment"] = {field: value}
    assert refused(minimal) == [f"payment.{field} must be true or false"]
    minimal["termination"] = {"pay_for_work_done": value}
    minimal["payment"] = {field: True}
    assert refused(minimal) == ["termination.pay_for_work_done must be true or false"]


@pytest.mark.parametrize("code", ["ESP", "DEM", "XXX", "XTS", "XAU", "VEF"])
def test_only_currencies_in_use_today_are_accepted(minimal: dict[str, Any], code: str) -> None:
    minimal["currency"] = code
    assert refused(minimal) == [
        f"currency must be an ISO 4217 code such as EUR: {code} is not legal tender anywhere today"
    ]
    # A version stored while the currency was in use stays readable.
    assert validate_contract(minimal, stored=True).currency == code


@pytest.mark.parametrize("code", ["EUR", "USD", "MXN", "JPY", "GBP", "CHF", "ARS", "COP"])
def test_current_currencies_are_accepted(minimal: dict[str, Any], code: str) -> None:
    minimal["currency"] = code
    assert validate_contract(minimal).currency == code


def test_the_examples_still_import_with_strict_booleans(examples_dir: Path) -> None:
    from domain.validation import read_contract_file

    for path in sorted(examples_dir.glob("*.json")):
        read_contract_file(path)
