"""Changes to format-2 fields are said in words in both languages, never as field names."""

from __future__ import annotations

from pathlib import Path

from domain.diff import describe, diff_contracts
from domain.validation import contract_to_data, read_contract_file, validate_contract


def test_format2_changes_in_words(examples_dir: Path) -> None:
    before = read_contract_file(examples_dir / "format2" / "panaderia-v1-full.json")
    data = contract_to_data(before)
    data["taxes"]["lines"][1]["percent"] = "7"
    data["day_basis"] = "calendar"
    data["ownership"]["rights"] = ["reproduction", "distribution", "transformation"]
    data["law"]["courts"] = "Sevilla"
    after = validate_contract(data)
    spanish = describe(diff_contracts(before, after), "EUR", "es")
    assert spanish[:4] == [
        "Ley aplicable › tribunales: «Madrid» → «Sevilla».",
        "Impuestos › impuesto 2 › porcentaje: 15 % → 7 %.",
        "Cómputo de los días: días hábiles → días naturales.",
        "Cesión de derechos › derechos cedidos: se quita «comunicación pública».",
    ]
    english = describe(diff_contracts(before, after), "EUR", "en")
    assert "How days are counted: business days → calendar days." in english
    assert "Transfer of rights › rights transferred: removed “public communication”." in english
    assert not any("_" in line for line in spanish + english)
