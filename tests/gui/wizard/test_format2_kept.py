"""Editing a format-2 project in the wizard keeps its format-2 fields (taxes, law …), and removing one removes it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from domain.validation import contract_to_data, read_contract_file, validate_contract
from domain.versions import FORMAT2_FIELDS
from gui.core.services import ChangeRequest, save_contract
from gui.wizard.wizard import ContractWizard


def test_a_project_saved_from_the_wizard_keeps_its_format2_fields(qtbot: Any, ctx_es: Any, examples_dir: Path) -> None:
    repo = ctx_es.repo
    first = repo.create_project(read_contract_file(examples_dir / "format2" / "panaderia-v1-full.json"), reason="x")
    data = contract_to_data(repo.version(first.project_id).contract)
    wizard = ContractWizard(ctx_es, data=data)
    qtbot.addWidget(wizard)
    typed = wizard.data()
    # The wizard shows every format-2 field (taxes on the payment page, the rest on the terms page):
    # what it hands over is format 2 and holds them all as the project had them.
    assert typed["format"] == "pacta.contract/2" and all(k in typed for k in FORMAT2_FIELDS)
    typed["title"] = "Rediseño del sitio web (segunda versión)"
    contract = validate_contract(typed, "es")
    saved = save_contract(repo=repo, contract=contract, project_id=first.project_id, reason="Título")
    assert saved.changed and saved.version == 2
    stored = contract_to_data(repo.version(first.project_id, 2).contract)
    for name in FORMAT2_FIELDS:
        assert stored[name] == data[name], name
    assert stored["title"] == "Rediseño del sitio web (segunda versión)"



def test_finishing_the_wizard_unchanged_on_a_signed_project_asks_for_no_change_order(
    qtbot: Any, ctx_es: Any, examples_dir: Path
) -> None:
    from domain.lifecycle import Status
    from storage.service import set_status

    repo = ctx_es.repo
    first = repo.create_project(read_contract_file(examples_dir / "format2" / "panaderia-v1-full.json"), reason="x")
    set_status(repo, first.project_id, Status.SIGNED)
    wizard = ContractWizard(ctx_es, data=contract_to_data(repo.version(first.project_id).contract))
    qtbot.addWidget(wizard)
    # The taxes, law … the wizard does not show are no change: no change order is recorded.
    request = ChangeRequest("Nada", "provider", dt.date(2026, 11, 25))
    saved = save_contract(repo=repo, contract=validate_contract(wizard.data(), "es"), project_id=first.project_id,
                          reason="", request=request)
    assert not saved.changed and saved.version == 1
    assert repo.state(first.project_id).change_orders == []


def test_a_format2_field_removed_in_the_wizard_is_removed(qtbot: Any, ctx_es: Any, examples_dir: Path) -> None:
    repo = ctx_es.repo
    first = repo.create_project(read_contract_file(examples_dir / "format2" / "panaderia-v1-full.json"), reason="x")
    wizard = ContractWizard(ctx_es, data=contract_to_data(repo.version(first.project_id).contract))
    qtbot.addWidget(wizard)
    typed = wizard.data()
    typed.pop("non_solicitation_months")  # as the terms page hands it over once its field is emptied
    saved = save_contract(repo=repo, contract=validate_contract(typed, "es"), project_id=first.project_id,
                          reason="Sin cláusula de no captación")
    assert saved.changed and saved.version == 2
    assert "non_solicitation_months" not in contract_to_data(repo.version(first.project_id, 2).contract)
