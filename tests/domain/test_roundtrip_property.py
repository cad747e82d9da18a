"""Generated contracts survive import and export unchanged (Hypothesis)."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.validation import contract_to_data, loads_json, validate_contract
from storage.repository import Repository

text = st.text(min_size=1, max_size=40).filter(lambda s: s.strip() != "")
plain_money = st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False).map(str)
# 15E+2, 2.5e-3, 0E+4 …: written as a JSON string, or as a bare JSON number (marked here, unquoted below).
exponent_money = st.builds(
    lambda mantissa, point, exponent, e, bare: f"{NUMBER if bare else ''}{mantissa[:point]}"
    f"{'.' if 0 < point < len(mantissa) else ''}{mantissa[point:]}{e}{exponent:+d}",
    st.integers(0, 10**7).map(str),
    st.integers(1, 8),
    st.integers(-9, 6),
    st.sampled_from("eE"),
    st.booleans(),
)
money = st.one_of(plain_money, exponent_money)
NUMBER = "~"  # marks a value to be written as a bare JSON number


def json_text(data: dict[str, Any]) -> str:
    """The generated data as JSON, with the marked values as bare numbers."""
    return re.sub(f'"(price|extra_round_price)": "{NUMBER}([^"]*)"', r'"\1": \2', json.dumps(data))


def plain(spelled: str) -> str:
    """How Pacta writes a number it read: never in scientific notation."""
    value = Decimal(spelled.removeprefix(NUMBER))
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if value.is_zero():
        return format(abs(value), "f") if exponent <= 0 else "0"
    return format(value, "f")


def expected_export(data: dict[str, Any]) -> Any:
    """The data as export gives it back: every money string in plain notation."""
    out = json.loads(json.dumps(data))
    out["format"] = "pacta.contract/2"  # Pacta reads /1 and /2 and always writes /2
    for d in out["deliverables"]:
        if "price" in d:
            d["price"] = plain(d["price"])
    if "revisions" in out:
        out["revisions"]["extra_round_price"] = plain(out["revisions"]["extra_round_price"])
    return out
day = st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2030, 12, 31))


@st.composite
def contracts(draw: st.DrawFn) -> dict[str, Any]:
    start = draw(day)
    due = st.dates(min_value=start, max_value=start + dt.timedelta(days=400)).map(dt.date.isoformat)
    n = draw(st.integers(1, 6))
    ids = draw(st.lists(st.text("ABCDEFGH123", min_size=1, max_size=4), min_size=n, max_size=n, unique=True))
    deliverables = [
        {
            "id": ident,
            "title": draw(text),
            **({"description": draw(text)} if draw(st.booleans()) else {}),
            **({"due": draw(due)} if draw(st.booleans()) else {}),
            **({"price": draw(money)} if draw(st.booleans()) else {}),
        }
        for ident in ids
    ]
    data: dict[str, Any] = {
        "format": draw(st.sampled_from(["pacta.contract/1", "pacta.contract/2"])),
        "language": draw(st.sampled_from(["es", "en"])),
        "currency": draw(st.sampled_from(["EUR", "USD", "MXN", "JPY", "GBP"])),
        "title": draw(text),
        "start": start.isoformat(),
        "provider": {"name": draw(text), **({"email": draw(text)} if draw(st.booleans()) else {})},
        "client": {"name": draw(text)},
        "deliverables": deliverables,
        "out_of_scope": draw(st.lists(text, max_size=3)),
    }
    if draw(st.booleans()):
        deposit = draw(st.integers(0, 100))
        data["payment"] = {
            "deposit_percent": str(deposit),
            "installments": [{"label": draw(text), "percent": str(100 - deposit), "due": draw(st.sampled_from(["on_signing", "on_delivery", "on_acceptance"]))}],
            "payment_terms_days": draw(st.integers(0, 120)),
            "work_starts_after_deposit": draw(st.booleans()),
        }
    if draw(st.booleans()):
        data["revisions"] = {"rounds_included": draw(st.integers(0, 9)), "extra_round_price": draw(money)}
    if draw(st.booleans()):
        data.update(draw(format2))
    return data


percent = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False).map(str)
tax_lines = st.lists(
    st.fixed_dictionaries({"name": text, "percent": percent, "kind": st.sampled_from(["add", "withhold"])}),
    max_size=3,
    unique_by=lambda line: line["name"].strip().casefold(),
)
rights = st.lists(
    st.sampled_from(["reproduction", "distribution", "public_communication", "transformation"]), unique=True
)
format2 = st.fixed_dictionaries(
    {},
    optional={
        "law": st.fixed_dictionaries({}, optional={"governing_law": text, "courts": text}),
        "taxes": st.fixed_dictionaries(
            {"lines": tax_lines}, optional={"prices_include_tax": st.booleans(), "note": text}
        ),
        "day_basis": st.sampled_from(["calendar", "business"]),
        "expenses": st.fixed_dictionaries(
            {}, optional={"reimbursable": st.booleans(), "approval_over": plain_money.map(plain)}
        ),
        "ownership": st.fixed_dictionaries(
            {"rights": rights},
            optional={
                "territory": text,
                "years": st.integers(0, 99),
                "exclusive": st.booleans(),
                "on_full_payment": st.booleans(),
                "portfolio_use": st.booleans(),
            },
        ),
        "confidentiality_years": st.integers(0, 20),
        "non_solicitation_months": st.integers(0, 36),
        "data_processing": st.booleans(),
    },
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=contracts())
def test_generated_contract_round_trips_through_the_store(data: dict[str, Any], tmp_path: Path) -> None:
    contract = validate_contract(loads_json(json_text(data)))
    folder = tmp_path / f"d{abs(hash(json.dumps(data, sort_keys=True)))}"
    with Repository(folder, write=True) as repo:
        record = repo.create_project(contract)
        reader = Repository(folder)
        back = reader.version(record.project_id).contract
        assert reader.check() == []
    assert back == contract
    exported = contract_to_data(back)
    assert exported == expected_export(data)
    for d in back.deliverables:
        assert d.price is None or isinstance(d.price, Decimal)
    for d in exported["deliverables"]:
        assert "price" not in d or re.fullmatch(r"\d+(\.\d+)?", d["price"]), d["price"]
