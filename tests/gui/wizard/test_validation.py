"""Each page validates as the user types, with the model's rules and messages, naming the field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from domain.validation import contract_to_data, read_contract_file
from gui.wizard.wizard import ContractWizard, PageId
from tests.gui.keys import click, replace_text

EXAMPLE_APP = Path(__file__).resolve().parents[3] / "resources" / "examples"


def wizard_at(qtbot, ctx, examples_dir: Path, page: PageId) -> ContractWizard:
    """A wizard holding the example, moved forward to `page`."""
    data = contract_to_data(read_contract_file(examples_dir / "panaderia-v1.json"))
    wizard = ContractWizard(ctx, data=data)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < page:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    return wizard


def settled(qtbot, page) -> list[str]:
    """The page's messages once the check that waits for typing to pause has run."""
    qtbot.waitUntil(lambda: not page.pending(), timeout=3000)
    return page.messages()


def next_refused(qtbot, wizard: ContractWizard) -> bool:
    """Press Next: True when the wizard stays on the page (and shows every problem of it)."""
    before = wizard.currentId()
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()  # Next is never greyed out: pressing it says what is missing
    click(qtbot, button)
    return wizard.currentId() == before


def test_an_empty_title_and_client_name_stop_the_first_page(qtbot, ctx, examples_dir) -> None:
    wizard = wizard_at(qtbot, ctx, examples_dir, PageId.PROJECT)
    page = wizard.currentPage()
    assert page.messages() == []
    replace_text(qtbot, page.project_title, "")
    replace_text(qtbot, page.client[1]["name"], "   ")
    assert settled(qtbot, page) == ["Project title must not be empty", "Client: Name or company must not be empty"]
    assert next_refused(qtbot, wizard)
    assert page.project_title.property("invalid") is True
    assert page.project_title.toolTip() == "Project title must not be empty"
    assert page.project_title.hasFocus()  # the first field in error takes the keyboard
    replace_text(qtbot, page.project_title, "Web")
    replace_text(qtbot, page.client[1]["name"], "ACME")
    assert settled(qtbot, page) == [] and page.project_title.property("invalid") is False
    assert not next_refused(qtbot, wizard)


def test_a_malformed_start_date_is_named_in_spanish(qtbot, ctx_es, examples_dir) -> None:
    wizard = wizard_at(qtbot, ctx_es, examples_dir, PageId.PROJECT)
    page = wizard.currentPage()
    replace_text(qtbot, page.start, "2026-13-01")
    [message] = settled(qtbot, page)
    assert message.startswith("El campo «Fecha de inicio» contiene «2026-13-01», que no es una fecha: no existe el mes 13")
    assert "escriba la fecha como día/mes/año, por ejemplo 15/" in message
    assert page.start.line.property("invalid") is True
    assert next_refused(qtbot, wizard)


def test_a_deliverable_due_before_the_start_marks_its_cell_and_field(qtbot, ctx, examples_dir) -> None:
    wizard = wizard_at(qtbot, ctx, examples_dir, PageId.DELIVERABLES)
    page = wizard.currentPage()
    page.editor.select(1)
    replace_text(qtbot, page.editor.editor("due"), "2026-11-01")
    assert settled(qtbot, page) == ["Due date (row 2) is 2026-11-01, before the start date (2026-11-23)"]
    assert page.model.errors() == {(1, "due"): page.messages()[0]}
    assert page.editor.editor("due").line.property("invalid") is True
    assert next_refused(qtbot, wizard)
    replace_text(qtbot, page.editor.editor("due"), "11/30/2026")
    assert settled(qtbot, page) == []
    assert not next_refused(qtbot, wizard)


def test_a_deliverable_needs_a_title_and_the_list_needs_one_deliverable(qtbot, ctx, examples_dir) -> None:
    wizard = wizard_at(qtbot, ctx, examples_dir, PageId.DELIVERABLES)
    page = wizard.currentPage()
    page.editor.select(0)
    replace_text(qtbot, page.editor.editor("title"), "")
    assert settled(qtbot, page) == ["Title (row 1) must not be empty"]
    for _ in range(3):
        page.editor.select(0)
        click(qtbot, page.editor.remove_button)
    assert settled(qtbot, page) == ["At least one deliverable is required"]
    assert next_refused(qtbot, wizard)


def test_client_inputs_due_before_the_start_are_refused(qtbot, ctx, examples_dir) -> None:
    wizard = wizard_at(qtbot, ctx, examples_dir, PageId.CLIENT_INPUTS)
    page = wizard.currentPage()
    page.editor.select(2)
    replace_text(qtbot, page.editor.editor("due"), "2026-01-01")
    assert settled(qtbot, page) == ["By (row 3) is 2026-01-01, before the start date (2026-11-23)"]
    assert next_refused(qtbot, wizard)


def test_a_deposit_over_100_and_shares_that_do_not_add_up(qtbot, ctx, examples_dir) -> None:
    wizard = wizard_at(qtbot, ctx, examples_dir, PageId.PAYMENT)
    page = wizard.currentPage()
    assert "2,700.00" in page.totals.text() and page.deposit_amount.text() == "= €1,080.00"
    replace_text(qtbot, page.deposit, "140")
    assert settled(qtbot, page) == ["Deposit (%) must be between 0 and 100"]
    assert page.deposit.property("invalid") is True
    replace_text(qtbot, page.deposit, "30")
    assert page.deposit_amount.text() == "= €810.00"
    assert settled(qtbot, page) == ["Deposit plus installments must add up to 100 percent (here 90)"]
    assert "90%" in page.totals.text()
    assert next_refused(qtbot, wizard)
    # The line that says why shows whole at the default size, without scrolling.
    assert page.totals.visibleRegion().boundingRect().size() == page.totals.size()
    replace_text(qtbot, page.editor.editor("percent"), "70")
    assert settled(qtbot, page) == []
    assert not next_refused(qtbot, wizard)


def test_an_installment_due_before_the_start(qtbot, ctx, examples_dir) -> None:
    wizard = wizard_at(qtbot, ctx, examples_dir, PageId.PAYMENT)
    page = wizard.currentPage()
    due = page.editor.editor("due")
    due.kind.setValue("date")
    replace_text(qtbot, due.date, "2025-01-01")
    assert settled(qtbot, page) == ["Due (row 1) is 2025-01-01, before the start date (2026-11-23)"]


def test_revisions_and_termination_refuse_bad_numbers(qtbot, ctx, examples_dir) -> None:
    wizard = wizard_at(qtbot, ctx, examples_dir, PageId.COMMUNICATION)
    page = wizard.currentPage()
    replace_text(qtbot, page.surcharge, "101")
    assert settled(qtbot, page) == ["Surcharge for urgent work (%) must be between 0 and 100"]
    replace_text(qtbot, page.surcharge, "50")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.currentPage()
    replace_text(qtbot, page.kill_fee, "250")
    assert settled(qtbot, page) == ["Cancellation fee (%) must be between 0 and 100"]
    assert next_refused(qtbot, wizard)


def test_going_back_loses_nothing(qtbot, ctx, examples_dir) -> None:
    wizard = wizard_at(qtbot, ctx, examples_dir, PageId.PAYMENT)
    before = wizard.data()
    for _ in range(4):
        click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    assert wizard.currentId() == PageId.PROJECT
    while wizard.currentId() < PageId.REVIEW:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.data() == before


def test_an_installment_linked_to_a_deliverable_shows_it_in_the_form(qtbot, ctx) -> None:
    data = contract_to_data(read_contract_file(EXAMPLE_APP / "brand-identity-en.json"))
    wizard = ContractWizard(ctx, data=data)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < PageId.PAYMENT:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.currentPage()
    assert page.model.value(0, "deliverable") == "LOGO"
    assert page.editor.current_row() == 0
    assert page.deliverable.value() == "LOGO"
    assert page.deliverable.currentText().startswith("LOGO · ")
    page.editor.select(1)
    # Due on delivery of nothing named: the documents tie it to the last deliverable, and the row now says so.
    assert page.deliverable.value() == "GUIDE"
    page.editor.select(0)
    assert page.deliverable.value() == "LOGO"
    # Nothing changed by merely showing the form.
    assert wizard.data()["payment"]["installments"][0]["deliverable"] == "LOGO"


def test_an_installment_due_on_delivery_must_name_its_deliverable(qtbot, ctx) -> None:
    from tests.gui.keys import choose

    data = contract_to_data(read_contract_file(EXAMPLE_APP / "brand-identity-en.json"))
    wizard = ContractWizard(ctx, data=data)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < PageId.PAYMENT:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.currentPage()
    page.editor.select(1)
    choose(qtbot, page.deliverable, "")
    message = "Deliverable (row 2): say which deliverable this installment is due on (On delivery)."
    assert settled(qtbot, page) == [message]
    assert page.deliverable.property("invalid") is True and page.deliverable.toolTip() == message
    assert next_refused(qtbot, wizard)
    choose(qtbot, page.deliverable, "GUIDE")
    assert settled(qtbot, page) == [] and not next_refused(qtbot, wizard)


def test_a_new_deliverable_row_has_its_code_at_once_and_the_payment_page_offers_it(qtbot, ctx) -> None:
    data = contract_to_data(read_contract_file(EXAMPLE_APP / "brand-identity-en.json"))
    for item in data["deliverables"]:
        item.pop("id")
    data["payment"]["installments"][0].pop("deliverable")
    wizard = ContractWizard(ctx, data=data)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < PageId.DELIVERABLES:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.currentPage()
    assert [page.model.value(r, "id") for r in range(page.model.rowCount())] == ["D1", "D2", "D3", "D4"]
    click(qtbot, page.editor.add_button)
    assert page.model.value(4, "id") == "D5"
    replace_text(qtbot, page.editor.editor("title"), "Brand workshop")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    payment = wizard.currentPage()
    assert wizard.currentId() == PageId.PAYMENT
    offered = [payment.deliverable.itemData(i) for i in range(payment.deliverable.count())]
    assert offered == ["", "D1", "D2", "D3", "D4", "D5"]
