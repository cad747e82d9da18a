"""Taxes on the wizard's payment page: defaults by the contract's language, IRPF offered, the fee's sums."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QWizard

from domain.model import TaxKind
from domain.validation import contract_to_data, read_contract_file
from gui.wizard.wizard import ContractWizard, PageId
from tests.gui.keys import click, replace_text
from tests.gui.test_reference_money import plain
from tests.gui.wizard.test_validation import settled


def new_wizard_at_payment(qtbot, ctx, examples_dir, language: str, name: str) -> ContractWizard:
    """A new contract (no project yet) holding an example's terms without taxes, at the payment page."""
    data = contract_to_data(read_contract_file(examples_dir / name))
    data.pop("taxes", None)
    data["language"] = language
    wizard = ContractWizard(ctx, data=data)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < PageId.PAYMENT:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    return wizard


def test_a_spanish_contract_starts_with_iva_and_offers_irpf(qtbot, ctx_es, examples_dir) -> None:
    wizard = new_wizard_at_payment(qtbot, ctx_es, examples_dir, "es", "panaderia-v1.json")
    page = wizard.currentPage()
    box = page.taxes
    assert box.model.rows() == [{"name": "IVA", "percent": "21", "kind": "add"}]
    assert box.irpf_15.isVisible() and box.irpf_7.isVisible() and box.spain.isVisible()
    assert plain(box.sums.text()) == "Base: 2.700,00 € · IVA (21 %): +567,00 € · Total a pagar: 3.267,00 €"
    click(qtbot, box.irpf_7)
    click(qtbot, box.irpf_15)  # the same line, at the other rate
    assert box.model.rows()[1] == {"name": "IRPF", "percent": "15", "kind": "withhold"}
    assert plain(box.sums.text()) == ("Base: 2.700,00 € · IVA (21 %): +567,00 € · Retención de IRPF (15 %): "
                                      "−405,00 € · Total a pagar: 2.862,00 €")
    # A rate typed the Spanish way, in the form under the table.
    box.editor.select(0)
    replace_text(qtbot, box.rate, "10,5")
    replace_text(qtbot, box.note, "Factura sujeta a IVA.")
    assert page.messages() == []
    contract = wizard.contract()
    assert contract.taxes is not None and contract.taxes.note == "Factura sujeta a IVA."
    assert [(t.name, t.percent, t.kind) for t in contract.taxes.lines] == [
        ("IVA", Decimal("10.5"), TaxKind.ADD), ("IRPF", Decimal("15"), TaxKind.WITHHOLD)]
    replace_text(qtbot, box.rate, "10.5")
    shown = settled(qtbot, page)
    assert any("Tipo (%) (fila 1)" in m and "no se puede leer con seguridad (10.5)" in m for m in shown), shown


def test_an_english_contract_says_the_fees_exclude_sales_tax(qtbot, ctx, examples_dir) -> None:
    wizard = new_wizard_at_payment(qtbot, ctx, examples_dir, "en", "brand-identity-en.json")
    box = wizard.currentPage().taxes
    assert box.model.rowCount() == 0 and not box.irpf_15.isVisible()
    assert box.note.value() == "The fees exclude sales tax, which is added where it applies."
    contract = wizard.contract()
    assert contract.taxes is not None and contract.taxes.lines == []
    assert contract.taxes.note == "The fees exclude sales tax, which is added where it applies."


def test_editing_a_project_keeps_its_taxes_as_they_are(qtbot, ctx_es, examples_dir) -> None:
    data = contract_to_data(read_contract_file(examples_dir / "format2" / "panaderia-v1-full.json"))
    wizard = ContractWizard(ctx_es, data=data, project_id="0123abcd")
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < PageId.PAYMENT:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    box = wizard.currentPage().taxes
    assert [r["name"] for r in box.model.rows()] == ["IVA", "IRPF"]
    assert wizard.data()["taxes"] == data["taxes"]
