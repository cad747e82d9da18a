"""Generated contracts survive import and export unchanged (Hypothesis)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.validation import contract_to_data, loads_json, validate_contract
from storage.repository import Repository

text = st.text(min_size=1, max_size=40).filter(lambda s: s.strip() != "")
money = st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False)
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
            **({"price": str(draw(money))} if draw(st.booleans()) else {}),
        }
        for ident in ids
    ]
    data: dict[str, Any] = {
        "format": "pacta.contract/1",
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
        data["revisions"] = {"rounds_included": draw(st.integers(0, 9)), "extra_round_price": str(draw(money))}
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=contracts())
def test_generated_contract_round_trips_through_the_store(data: dict[str, Any], tmp_path: Path) -> None:
    contract = validate_contract(loads_json(json.dumps(data)))
    folder = tmp_path / f"d{abs(hash(json.dumps(data, sort_keys=True)))}"
    with Repository(folder, write=True) as repo:
        record = repo.create_project(contract)
        back = Repository(folder).version(record.project_id).contract
    assert back == contract
    exported = contract_to_data(back)
    assert exported == json.loads(json.dumps(data))
    for d in back.deliverables:
        assert d.price is None or isinstance(d.price, Decimal)
