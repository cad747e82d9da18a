"""The Agreement terms page: the usual terms by language and country, each with why it matters,
typed terms in the contract, and no term added to an older contract unless the user sets it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWizard

from domain.agreement_terms import why
from domain.validation import contract_to_data, read_contract_file
from gui.wizard.page_terms import COUNTRY_STATE, AgreementTermsPage
from gui.wizard.wizard import ContractWizard, PageId
from tests.gui.drive import fill_terms, toggle_right
from tests.gui.keys import choose, click, replace_text

TERMS = ("law", "day_basis", "expenses", "ownership", "confidentiality_years", "non_solicitation_months",
         "data_processing")


def example(examples_dir: Path, name: str = "panaderia-v1.json") -> dict:
    return contract_to_data(read_contract_file(examples_dir / name))


def terms_page(qtbot, ctx, data: dict, *, country: str | None = "ES", project_id: str | None = None
               ) -> tuple[ContractWizard, AgreementTermsPage]:
    if country is not None:
        ctx.prefs.set_state(COUNTRY_STATE, country)
    wizard = ContractWizard(ctx, data=data, project_id=project_id)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < PageId.TERMS:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.currentPage()
    assert isinstance(page, AgreementTermsPage)
    return wizard, page


def hints(page: AgreementTermsPage) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel) if label.objectName() == "hint"]


def test_a_new_spanish_contract_starts_from_the_usual_terms_for_spain(qtbot, ctx_es, examples_dir) -> None:
    wizard, page = terms_page(qtbot, ctx_es, example(examples_dir))
    assert page.title() == "Condiciones del contrato"
    assert page.governing_law.value() == "España" and page.courts.value() == ""
    assert page.day_basis.value() == "business" and page.day_basis.currentText() == "Días hábiles"
    assert page.reimbursable.isChecked() and page.approval_over.text() == "100,00"
    assert page.rights.value() == ["reproduction", "distribution", "public_communication", "transformation"]
    assert page.territory.value() == "todo el mundo" and page.years.value() == ""
    assert page.exclusive.isChecked() and page.on_full_payment.isChecked() and page.portfolio_use.isChecked()
    assert page.confidentiality.value() == "3" and page.non_solicitation.value() == ""
    assert not page.data_processing.isChecked()
    # Each group says why it matters, in the UI language, with the domain's own line.
    shown = hints(page)
    for term in TERMS:
        assert why(term, "es") in shown
    assert page.messages() == []
    contract = wizard.contract()
    assert contract.law is not None and contract.law.governing_law == "España" and contract.law.courts is None
    assert contract.day_basis == "business"
    assert contract.expenses is not None and str(contract.expenses.approval_over) == "100.00"
    assert contract.confidentiality_years == 3 and contract.non_solicitation_months is None
    assert contract.data_processing is False

    replace_text(qtbot, page.courts, "Madrid")
    replace_text(qtbot, page.non_solicitation, "12")
    click(qtbot, page.data_processing)
    toggle_right(qtbot, page, "transformation")
    contract = wizard.contract()
    assert contract.law is not None and contract.law.courts == "Madrid"
    assert contract.non_solicitation_months == 12 and contract.data_processing is True
    assert contract.ownership is not None and [r.value for r in contract.ownership.rights] == [
        "reproduction", "distribution", "public_communication"]


def test_another_country_and_the_english_page(qtbot, ctx, examples_dir) -> None:
    data = {**example(examples_dir, "brand-identity-en.json")}
    wizard, page = terms_page(qtbot, ctx, data, country="US")
    assert page.title() == "Agreement terms"
    # A federal country: the state must be named by the user, so no law is suggested.
    assert page.governing_law.value() == "" and page.day_basis.value() == "calendar"
    assert wizard.contract().law is None
    assert why("law", "en") in hints(page)
    replace_text(qtbot, page.governing_law, "the State of Oregon")
    replace_text(qtbot, page.courts, "Multnomah County, Oregon")
    law = wizard.contract().law
    assert law is not None and (law.governing_law, law.courts) == ("the State of Oregon", "Multnomah County, Oregon")

    choose(qtbot, page.country, "GB")
    click(qtbot, page.suggest_button)
    assert page.governing_law.value() == "England and Wales" and page.courts.value() == ""
    assert ctx.prefs.state(COUNTRY_STATE) == "GB"  # remembered for the next contract
    # Every right cannot be unticked: a transfer names at least one.
    for key in page.rights.keys:
        toggle_right(qtbot, page, key)
    assert page.rights.value() == ["transformation"]


def test_suggestions_follow_a_language_changed_before_the_page_is_reached(qtbot, ctx, examples_dir) -> None:
    data = example(examples_dir)
    wizard, page = terms_page(qtbot, ctx, data, country="ES")
    assert page.territory.value() == "todo el mundo"
    while wizard.currentId() > PageId.PROJECT:
        wizard.back()
    choose(qtbot, wizard.page(PageId.PROJECT).language, "en")
    while wizard.currentId() < PageId.TERMS:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert page.governing_law.value() == "Spain" and page.territory.value() == "the whole world"
    # Once the user changed a term, going back and forth keeps what the user typed.
    replace_text(qtbot, page.territory, "Europe")
    wizard.back()
    wizard.next()
    assert page.territory.value() == "Europe"


def test_an_older_contract_gets_no_term_the_user_did_not_set(qtbot, ctx, examples_dir) -> None:
    data = example(examples_dir)
    wizard, page = terms_page(qtbot, ctx, data, project_id="P-0001")
    contract_data = wizard.data()
    assert not any(key in contract_data for key in TERMS)
    # What the documents say without the terms: calendar days, every right, worldwide.
    assert page.day_basis.value() == "calendar" and len(page.rights.value()) == 4
    choose(qtbot, page.day_basis, "business")
    contract_data = wizard.data()
    assert contract_data["day_basis"] == "business"
    assert not any(key in contract_data for key in TERMS if key != "day_basis")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_full_example_keeps_its_terms_through_the_page(qtbot, request, examples_dir, lang) -> None:
    ctx = request.getfixturevalue("ctx_es" if lang == "es" else "ctx")
    full = example(examples_dir / "format2", "panaderia-v1-full.json")
    wizard, page = terms_page(qtbot, ctx, full, project_id="P-0001", country="MX")
    assert page.governing_law.value() == "España" and page.courts.value() == "Madrid"
    fill_terms(qtbot, wizard, full)
    contract = contract_to_data(wizard.contract())
    for key in TERMS:
        assert contract[key] == full[key], key


@pytest.mark.parametrize(("lang", "typed"), [("es", "1.250,50"), ("en", "1,250.50")])
def test_the_approval_amount_is_read_the_way_the_ui_language_writes_it(
    qtbot, request, examples_dir, lang, typed
) -> None:
    from decimal import Decimal

    ctx = request.getfixturevalue("ctx_es" if lang == "es" else "ctx")
    wizard, page = terms_page(qtbot, ctx, example(examples_dir))
    assert page.currency.text() == "EUR"
    replace_text(qtbot, page.approval_over, typed)
    expenses = wizard.contract().expenses
    assert expenses is not None and expenses.approval_over == Decimal("1250.50")
    replace_text(qtbot, page.approval_over, "12 euros y pico")
    page.refresh()
    assert page.messages() and page.approval_over.property("invalid") is True
    label = "Requieren aprobación a partir de" if lang == "es" else "Approval needed above"
    assert label in page.messages()[0]
