"""Dates typed the local way, and checks that help: after a touch or on Next, beside the field, nothing moving."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWizard

from domain.validation import contract_to_data, read_contract_file
from gui.wizard.wizard import ContractWizard, PageId
from tests.gui.keys import click, replace_text


def open_wizard(qtbot: Any, ctx: Any, data: dict[str, Any] | None = None) -> ContractWizard:
    wizard = ContractWizard(ctx, data=data)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def settled(qtbot: Any, page: Any) -> list[str]:
    qtbot.waitUntil(lambda: not page.pending(), timeout=3000)
    return page.messages()


@pytest.mark.parametrize(("lang", "typed", "shown"), [
    ("es", "15/01/2027", "15/01/2027"), ("es", "15-1-27", "15/01/2027"), ("es", "2027-01-15", "15/01/2027"),
    ("en", "1/15/2027", "1/15/2027"), ("en", "01/15/27", "1/15/2027"), ("en", "2027-01-15", "1/15/2027"),
])
def test_dates_are_typed_and_shown_the_way_the_ui_language_writes_them(qtbot, request, lang, typed, shown) -> None:
    ctx = request.getfixturevalue("ctx_es" if lang == "es" else "ctx")
    wizard = open_wizard(qtbot, ctx)
    page = wizard.currentPage()
    replace_text(qtbot, page.start, typed)
    assert settled(qtbot, page) == []
    assert wizard.data()["start"] == "2027-01-15"
    # Shown back (after a Back and Next, from the stored value) the local way.
    page.start.setValue(wizard.data()["start"])
    assert page.start.line.text() == shown
    assert page.start.line.placeholderText() == ("dd/mm/aaaa" if lang == "es" else "mm/dd/yyyy")


@pytest.mark.parametrize(("lang", "typed", "words"), [
    ("es", "31/02/2027", "febrero de 2027 no tiene día 31"),
    ("es", "01/15/2027", "si se refiere al 15 de enero de 2027, escriba primero el día: 15/01/2027"),
    ("en", "15/01/2027", "if you mean January 15, 2027, type the month first: 1/15/2027"),
    ("en", "next week", "“next week” which is not a date".replace(" which", ", which")),
])
def test_a_date_that_is_not_one_is_named_with_an_example_in_the_future(qtbot, request, lang, typed, words) -> None:
    ctx = request.getfixturevalue("ctx_es" if lang == "es" else "ctx")
    wizard = open_wizard(qtbot, ctx)
    page = wizard.currentPage()
    replace_text(qtbot, page.start, typed)
    [message] = [m for m in settled(qtbot, page) if "date" in m.lower() or "fecha" in m.lower()]
    assert words in message, message
    assert ("Fecha de inicio" if lang == "es" else "Start date") in message
    assert page.start.line.property("invalid") is True
    examples = re.findall(r"(?:por ejemplo|for example) (\d{1,2})/(\d{1,2})/(\d{4})", message)
    if examples:
        first, second, year = (int(x) for x in examples[0])
        day, month = (first, second) if lang == "es" else (second, first)
        assert dt.date(year, month, day) > dt.date.today()


def test_untouched_fields_show_nothing_until_touched_or_next(qtbot, ctx) -> None:
    wizard = open_wizard(qtbot, ctx)
    page = wizard.currentPage()
    assert settled(qtbot, page) == [] and page.problems()  # wrong, but not shouted before any typing
    fields = [widget for widget, _label in page._bindings.values()]
    assert not any(w.property("invalid") for w in fields)

    # Touching the title shows the title's problem only.
    replace_text(qtbot, page.project_title, "x")
    replace_text(qtbot, page.project_title, "")
    assert settled(qtbot, page) == ["Project title must not be empty"]
    assert not page.client[1]["name"].property("invalid")

    # Next shows every problem of the page and puts the keyboard in the first field in error.
    height = page.issues_label.height()
    geometry = (page.scroll_area.geometry(), page.project_title.mapTo(wizard, page.project_title.rect().topLeft()))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == PageId.PROJECT
    assert page.messages()[:3] == ["Project title must not be empty", "Provider: Name or company must not be empty",
                                   "Client: Name or company must not be empty"]
    assert QApplication.focusWidget() is page.project_title
    # Beside the field: a red frame and a warning sign inside it, the message as its tooltip.
    sign = page.project_title.findChild(QAction, "errorSign")
    assert sign is not None and sign.isVisible() and sign.toolTip() == "Project title must not be empty"
    # Nothing moved: the problems take the room kept for them at the foot of the page.
    assert (page.scroll_area.geometry(), page.project_title.mapTo(wizard, page.project_title.rect().topLeft())) \
        == geometry
    assert page.issues_label.text().count("\n") == 2 and page.issues_label.height() == height

    # More problems than the room holds: the last line counts the rest (all of them in its tooltip).
    for key in ("email", "phone"):
        replace_text(qtbot, page.client[1][key], "call me maybe" if key == "email" else "")
    replace_text(qtbot, page.provider[1]["email"], "not an address")
    settled(qtbot, page)
    assert len(page.messages()) == 5
    assert page.issues_label.text().count("\n") == 2
    assert page.issues_label.text().endswith("More problems: 3 (point here to read them all)")
    assert page.issues_label.toolTip().count("\n") == 4 and page.issues_label.height() == height


def test_the_clients_email_is_checked_with_the_e_mail_validator(qtbot, ctx_es, examples_dir) -> None:
    data = contract_to_data(read_contract_file(examples_dir / "panaderia-v1.json"))
    wizard = open_wizard(qtbot, ctx_es, data)
    page = wizard.currentPage()
    replace_text(qtbot, page.client[1]["email"], "call me maybe")
    [message] = settled(qtbot, page)
    assert "«Cliente: Correo electrónico»" in message
    assert page.client[1]["email"].property("invalid") is True
    replace_text(qtbot, page.client[1]["email"], "jorge@laespiga.es")
    assert settled(qtbot, page) == []


def test_a_fixed_total_is_one_price_and_the_deliverable_prices_its_breakdown(qtbot, ctx, examples_dir) -> None:
    data = contract_to_data(read_contract_file(examples_dir / "panaderia-v1.json"))
    wizard = open_wizard(qtbot, ctx, data)
    wizard.go_to(PageId.PAYMENT)
    page = wizard.currentPage()
    assert "added up" in page.fee_hint.text()
    click(qtbot, page.fixed)
    # Chosen with prices on the deliverables: it starts from their sum, so it is accepted as it is.
    assert page.total.isEnabled() and page.total.value() == "2700.00"
    assert settled(qtbot, page) == []
    assert "breakdown" in page.fee_hint.text() and "€2,700.00" in page.fee_hint.text()
    assert wizard.contract().payment.total == 2700
    # Another total while every deliverable has a price: the breakdown no longer adds up, and it says so.
    replace_text(qtbot, page.total, "3000")
    assert settled(qtbot, page) == ["Total (3000) does not match the sum of the deliverable prices (2700)"]
    # Without prices on the deliverables a fixed total is simply the price.
    wizard.go_to(PageId.DELIVERABLES)
    deliverables = wizard.currentPage()
    for row in range(deliverables.model.rowCount()):
        deliverables.editor.select(row)
        replace_text(qtbot, deliverables.editor.editor("price"), "")
    wizard.go_to(PageId.PAYMENT)
    assert settled(qtbot, page) == [] and "no prices of their own" in page.fee_hint.text()
    assert wizard.contract().payment.total == 3000


def test_over_long_texts_are_refused_with_a_message(qtbot, ctx, examples_dir) -> None:
    """The limits are the model's (domain.limits, from the hardening work); the wizard names the field."""
    import domain

    if not (Path(domain.__file__).parent / "limits.py").exists():
        pytest.skip("the model's limits (domain/limits.py) are not on this branch")
    data = contract_to_data(read_contract_file(examples_dir / "panaderia-v1.json"))
    wizard = open_wizard(qtbot, ctx, data)
    page = wizard.currentPage()
    page.project_title.setFocus()
    page.project_title.setText("x" * 5000)
    [message] = settled(qtbot, page)
    assert message.startswith("Project title") and "5000" in message.replace(",", "")


def test_the_review_page_names_every_problem_by_its_fields_label(qtbot, ctx, examples_dir) -> None:
    data = contract_to_data(read_contract_file(examples_dir / "panaderia-v1.json"))
    data["payment"]["deposit_percent"] = "140"
    data["client"]["email"] = "call me maybe"
    wizard = open_wizard(qtbot, ctx, data)
    wizard.go_to(PageId.REVIEW)
    review = wizard.currentPage()
    messages = settled(qtbot, review)
    assert any(m.startswith("Deposit (%) must be between 0 and 100") for m in messages), messages
    assert any(m.startswith("Client: Email") for m in messages), messages
    # Finish refuses, and the wizard stays open on the review page.
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.isVisible() and wizard.currentId() == PageId.REVIEW and wizard.finished_contract is None
