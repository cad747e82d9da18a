"""How a diff reads: list changes, dates, percentages and full stops, in Spanish and English."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from domain.diff import describe, diff_contracts, format_value, label
from domain.model import Contract, Trigger
from domain.validation import read_contract_file


def _lines(old: Contract, new: Contract) -> list[str]:
    return describe(diff_contracts(old, new), old.currency, old.language.value)


@pytest.fixture
def panaderia(examples_dir: Path) -> Contract:
    return read_contract_file(examples_dir / "panaderia-v1.json")


@pytest.fixture
def brand(examples_dir: Path) -> Contract:
    return read_contract_file(examples_dir / "brand-identity-en.json")


def test_list_items_added_and_removed_name_the_list_first(panaderia: Contract) -> None:
    roles = list(panaderia.roles)
    roles[0] = roles[0].model_copy(update={"responsibilities": [*roles[0].responsibilities, "Publicar en redes"]})
    new = panaderia.model_copy(update={"out_of_scope": [*panaderia.out_of_scope[1:], "Traducciones"], "roles": roles})
    lines = _lines(panaderia, new)
    assert "Fuera del alcance: se añade «Traducciones»." in lines
    assert "Fuera del alcance: se quita «Redacción de textos»." in lines
    assert "Función 1 › responsabilidades: se añade «Publicar en redes»." in lines
    assert not any(line.startswith(("Se añade a", "Se quita de")) for line in lines)


def test_list_items_in_english(brand: Contract) -> None:
    new = brand.model_copy(update={"out_of_scope": [*brand.out_of_scope, "Translations"]})
    assert "Out of scope: added “Translations”." in _lines(brand, new)


def test_client_input_dates_are_written_like_deliverable_dates(panaderia: Contract, brand: Contract) -> None:
    for contract, expected in (
        (panaderia, "Material del cliente 1 › fecha de entrega: 25 de noviembre de 2026 → 24 de noviembre de 2026."),
        (brand, "Client input 1 › due date: January 13, 2027 → January 12, 2027."),
    ):
        inputs = list(contract.client_inputs)
        inputs[0] = inputs[0].model_copy(update={"due": inputs[0].due - dt.timedelta(days=1)})
        lines = _lines(contract, contract.model_copy(update={"client_inputs": inputs}))
        assert expected in lines
        assert not any("-11-" in line or "-01-" in line for line in lines)


def test_percentages_carry_the_sign_of_each_language(panaderia: Contract, brand: Contract) -> None:
    assert panaderia.payment is not None and brand.payment is not None
    es = panaderia.model_copy(update={"payment": panaderia.payment.model_copy(update={"deposit_percent": Decimal(30)})})
    en = brand.model_copy(update={"payment": brand.payment.model_copy(update={"deposit_percent": Decimal("32.5")})})
    assert "Pago › anticipo: 40\xa0% → 30\xa0%." in [line.replace(" %", "\xa0%") for line in _lines(panaderia, es)]
    assert "Payment › deposit: 50% → 32.5%." in _lines(brand, en)


def test_text_ending_in_a_full_stop_gets_no_second_one(brand: Contract, panaderia: Contract) -> None:
    deliverables = list(brand.deliverables)
    deliverables[0] = deliverables[0].model_copy(update={"description": "Primary logo only."})
    lines = _lines(brand, brand.model_copy(update={"deliverables": deliverables}))
    changed = next(line for line in lines if line.startswith(f"Deliverable {deliverables[0].id}, description"))
    assert changed.endswith("“Primary logo only.”")
    assert not any(".." in line or ".”." in line for line in lines)
    # a sentence whose last value ends without a full stop still gets one
    retitled = panaderia.model_copy(update={"title": "Web nueva"})
    assert "Título: «Rediseño del sitio web de Panadería La Espiga» → «Web nueva»." in _lines(panaderia, retitled)


def test_other_values_in_words(panaderia: Contract) -> None:
    assert format_value("payment.installments[0].due", Trigger.ON_ACCEPTANCE, "EUR", "es") == "a la aceptación"
    assert format_value("payment.installments[0].due", Trigger.ON_SIGNING, "EUR", "en") == "on signing"
    assert format_value("termination.notice_days", 1500, "EUR", "en") == "1,500"
    assert format_value("payment.work_starts_after_deposit", False, "EUR", "es") == "no"
    assert label("roles[1].responsibilities", "es") == "función 2 › responsabilidades"
    assert label("payment.installments[0].percent", "en") == "payment › installment 1 › percentage"


def test_reference_case_wording_is_kept(examples_dir: Path, panaderia: Contract) -> None:
    v2 = read_contract_file(examples_dir / "panaderia-v2.json")
    lines = [line.replace("\xa0", " ") for line in _lines(panaderia, v2)]
    assert lines == [
        "Se añade el entregable D «Integración con Instagram»: 300,00 €, para el 29 de noviembre de 2026.",
        "Fecha de entrega de A, B y C: pasa del 30 de noviembre de 2026 al 29 de noviembre de 2026.",
        "Impacto en el precio: +300,00 €. Nuevo total: 3.000,00 € (antes 2.700,00 €).",
        "Impacto en el plazo: la última entrega pasa del 30 de noviembre de 2026 al 29 de noviembre de 2026 (1 día antes).",
    ]
