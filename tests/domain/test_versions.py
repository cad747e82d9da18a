"""A format-1 change file keeps the format-2 fields of the version it changes; in format 2 absent means absent."""

from __future__ import annotations

import json
from pathlib import Path

from domain.validation import contract_to_data, validate_contract
from domain.versions import FORMAT2_FIELDS, carry_format2


def _read(path: Path, **changes: object) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(changes)
    return data


def test_format1_file_keeps_the_format2_fields(examples_dir: Path) -> None:
    full = validate_contract(_read(examples_dir / "format2" / "panaderia-v1-full.json"), "es")
    v2 = validate_contract(_read(examples_dir / "panaderia-v2.json"), "es")
    assert v2.read_as == "pacta.contract/1" and v2.taxes is None
    carried = carry_format2(v2, full)
    for name in FORMAT2_FIELDS:
        assert getattr(carried, name) == getattr(full, name), name
    assert carried.read_as == "pacta.contract/2"
    # the rest is the file's: deliverable D is there
    assert [d.id for d in carried.deliverables] == ["A", "B", "C", "D"]
    assert contract_to_data(carried)["format"] == "pacta.contract/2"


def test_format1_file_that_gives_a_format2_field_keeps_its_own(examples_dir: Path) -> None:
    full = validate_contract(_read(examples_dir / "format2" / "panaderia-v1-full.json"), "es")
    v2 = validate_contract(_read(examples_dir / "panaderia-v2.json", day_basis="calendar"), "es")
    carried = carry_format2(v2, full)
    assert carried.day_basis is not None and carried.day_basis.value == "calendar"
    assert carried.taxes == full.taxes


def test_format2_file_without_a_field_removes_it(examples_dir: Path) -> None:
    full = validate_contract(_read(examples_dir / "format2" / "panaderia-v1-full.json"), "es")
    v2 = validate_contract(_read(examples_dir / "panaderia-v2.json", format="pacta.contract/2"), "es")
    assert carry_format2(v2, full) is v2
    assert v2.taxes is None and v2.law is None


def test_ids_made_up_at_validation_survive_the_carry(examples_dir: Path) -> None:
    data = _read(examples_dir / "panaderia-v2.json")
    for item in data["deliverables"]:
        item.pop("id")
    v2 = validate_contract(data, "es")
    full = validate_contract(_read(examples_dir / "format2" / "panaderia-v1-full.json"), "es")
    assert carry_format2(v2, full).assigned_ids == v2.assigned_ids == ("D1", "D2", "D3", "D4")
