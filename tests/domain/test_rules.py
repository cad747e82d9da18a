"""Cross-field rules of the contract model."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from domain.validation import ContractError, loads_json, validate_contract


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
