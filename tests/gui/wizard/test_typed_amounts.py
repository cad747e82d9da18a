"""Amounts typed into the wizard's real fields, key by key, end up in the saved contract exactly.

Hypothesis writes random amounts and percentages the way people of each language write
them (with and without thousands separators, a decimal comma in Spanish and a decimal
point in English, whole amounts without decimals); the test types them with QTest key
clicks into the money and percentage fields of every page, saves the contract through the
app's own save into the real storage, reads it back and compares every value exactly.
Garbage, ambiguous and negative amounts are refused on the field, by name, and never saved.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from babel.numbers import format_decimal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QWizard

from domain.validation import ContractError, contract_to_data, read_contract_file
from gui.core import services
from gui.widgets.amounts import UNREAD, write
from gui.wizard.wizard import ContractWizard, PageId
from tests.gui.keys import click, replace_text
from tests.gui.wizard.test_validation import next_refused, settled

LOCALES = {"es": "es_ES", "en": "en_US"}
MONEY = st.decimals(min_value=0, max_value=Decimal("999999999.99"), places=2, allow_nan=False)
PERCENT = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False)


@st.composite
def written(draw: Any, values: Any, lang: str) -> tuple[Decimal, str]:
    """A value, and that value as a person of `lang` writes it (grouped or not; no decimals when whole)."""
    value = draw(values)
    grouped = draw(st.booleans())
    places = 0 if value == value.to_integral_value() and draw(st.booleans()) else 2
    value = value.quantize(Decimal(1).scaleb(-places))  # exactly the digits written
    pattern = ("#,##0" if grouped else "0") + ("." + "0" * places if places else "")
    return value, format_decimal(value, format=pattern, locale=LOCALES[lang], decimal_quantization=False)


def leave(widget: Any) -> None:
    """The keyboard leaves the field (Tab, or a click elsewhere): the widget gets its focus-out event."""
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


def wizard_on(qtbot: Any, ctx: Any, examples_dir: Any) -> ContractWizard:
    """A wizard on the brand-identity example, the deliverables without prices (one fixed total), at Payment."""
    data = contract_to_data(read_contract_file(examples_dir / "brand-identity-en.json"))
    for item in data["deliverables"]:
        item.pop("price", None)
    data["payment"]["installments"] = data["payment"]["installments"][:1]
    data["payment"]["installments"][0]["percent"] = str(100 - Decimal(data["payment"]["deposit_percent"]))
    wizard = ContractWizard(ctx, data=data)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < PageId.PAYMENT:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    payment = wizard.page(PageId.PAYMENT)
    click(qtbot, payment.fixed)
    return wizard


def fields(wizard: ContractWizard) -> dict[str, Any]:
    """The money and percentage fields, by what they hold in the contract."""
    payment, talk, ending = (wizard.page(p) for p in (PageId.PAYMENT, PageId.COMMUNICATION, PageId.TERMINATION))
    payment.editor.select(0)
    return {
        "total": payment.total, "deposit": payment.deposit, "share": payment.editor.editor("percent"),
        "interest": payment.interest, "extra": talk.extra, "surcharge": talk.surcharge,
        "rate": ending.rate, "kill_fee": ending.kill_fee,
    }


def saved_values(ctx: Any, wizard: ContractWizard) -> dict[str, Decimal | None]:
    """Save the contract the way the review page does, read it back from storage, and pick the values."""
    repo = ctx.repository()
    saved = services.save_contract(repo=repo, contract=wizard.contract(), project_id=None, reason="typed")
    contract = repo.version(saved.project_id).contract
    assert contract.payment is not None and contract.revisions and contract.communication
    assert contract.changes is not None and contract.termination is not None
    return {
        "total": contract.payment.total, "deposit": contract.payment.deposit_percent,
        "share": contract.payment.installments[0].percent, "interest": contract.payment.late_interest_percent,
        "extra": contract.revisions.extra_round_price, "surcharge": contract.communication.urgent_surcharge_percent,
        "rate": contract.changes.hourly_rate, "kill_fee": contract.termination.kill_fee_percent,
    }


def typed_amounts(lang: str) -> Any:
    return st.fixed_dictionaries({
        "total": written(MONEY, lang), "deposit": written(PERCENT, lang), "interest": written(PERCENT, lang),
        "extra": written(MONEY, lang), "surcharge": written(PERCENT, lang), "rate": written(MONEY, lang),
        "kill_fee": written(PERCENT, lang),
    })


def check_typed(qtbot: Any, ctx: Any, wizard: ContractWizard, lang: str, typed: dict[str, tuple[Decimal, str]]) -> None:
    widgets = fields(wizard)
    deposit = typed["deposit"][0]
    share = (100 - deposit).quantize(Decimal("0.01"))  # written with two decimals below
    share_text = format_decimal(share, format="#,##0.00", locale=LOCALES[lang])
    typed = {**typed, "share": (share, share_text)}
    for key, (_value, text) in typed.items():
        replace_text(qtbot, widgets[key], text)
        leave(widgets[key])
    payment = wizard.page(PageId.PAYMENT)
    payment.refresh()
    assert payment.messages() == [], (typed, payment.messages())
    values = saved_values(ctx, wizard)
    assert values == {key: value for key, (value, _text) in typed.items()}, typed
    for key, (value, _text) in typed.items():
        # What the field shows on leaving it is the value held, written back in the language.
        widget = widgets[key]
        assert widget.text() == write(value, lang, currency=None if widget.percent else widget.currency), key
        assert widget.amount() == value, (key, widget.text())


SLOW_FIXTURES = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SLOW_FIXTURES
@given(typed=typed_amounts("es"))
def test_spanish_amounts_typed_as_people_write_them_are_saved_exactly(qtbot, ctx_es, examples_dir, typed) -> None:
    wizard = getattr(ctx_es, "_typed_wizard", None) or wizard_on(qtbot, ctx_es, examples_dir)
    ctx_es._typed_wizard = wizard
    check_typed(qtbot, ctx_es, wizard, "es", typed)


@SLOW_FIXTURES
@given(typed=typed_amounts("en"))
def test_english_amounts_typed_as_people_write_them_are_saved_exactly(qtbot, ctx, examples_dir, typed) -> None:
    wizard = getattr(ctx, "_typed_wizard", None) or wizard_on(qtbot, ctx, examples_dir)
    ctx._typed_wizard = wizard
    check_typed(qtbot, ctx, wizard, "en", typed)


def test_spanish_thousands_and_decimal_comma_in_the_total(qtbot, ctx_es, examples_dir) -> None:
    wizard = wizard_on(qtbot, ctx_es, examples_dir)
    total = wizard.page(PageId.PAYMENT).total
    replace_text(qtbot, total, "1.234,56")
    assert wizard.contract().payment.total == Decimal("1234.56")
    replace_text(qtbot, total, "2.500")
    leave(total)
    assert total.text() == "2.500,00" and wizard.contract().payment.total == Decimal("2500")
    replace_text(qtbot, total, "1234,5")
    leave(total)
    assert total.text() == "1.234,50" and wizard.contract().payment.total == Decimal("1234.5")


@pytest.mark.parametrize(("lang", "text", "message"), [
    ("es", "abc", "El campo «Total» debe contener un importe escrito como 1.234,56"),
    ("es", "-100", "El campo «Total» no admite valores negativos"),
    ("es", "1234.56", "El campo «Total» no se puede leer con seguridad (1234.56): escriba 123.456 o 1.234,56"),
    ("en", "6.500,00", "Total cannot be read for sure (6.500,00): write 6.5 or 6,500"),
    ("en", "-5", "Total must not be negative"),
    ("en", "1,5", "Total cannot be read for sure (1,5): write 15 or 1.5"),
    ("en", "1e5", "Total must be an amount written like 1,234.56"),
])
def test_garbage_unclear_and_negative_totals_are_refused_on_the_field(qtbot, request, examples_dir, lang, text,
                                                                      message) -> None:
    ctx = request.getfixturevalue("ctx_es" if lang == "es" else "ctx")
    wizard = wizard_on(qtbot, ctx, examples_dir)
    page = wizard.page(PageId.PAYMENT)
    replace_text(qtbot, page.total, text)
    leave(page.total)
    assert page.total.text() == text  # never rewritten into another number
    assert message in settled(qtbot, page)
    assert page.total.property("invalid") is True and page.total.toolTip() == message
    assert next_refused(qtbot, wizard)
    with pytest.raises(ContractError):
        wizard.contract()
    assert ctx.repository().list_projects()[0] == []


def test_a_price_typed_into_the_table_cell_is_read_in_the_language(qtbot, ctx_es, examples_dir) -> None:
    from gui.widgets.amounts import AmountField

    data = contract_to_data(read_contract_file(examples_dir / "panaderia-v1.json"))
    wizard = ContractWizard(ctx_es, data=data)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < PageId.DELIVERABLES:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.currentPage()
    column = [c.key for c in page.model.columns].index("price")
    table = page.editor.table
    index = page.model.index(2, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(AmountField)
    assert editor is not None
    replace_text(qtbot, editor, "1.300,50")
    table.setCurrentIndex(page.model.index(0, 1))  # moving to another cell keeps what was typed
    assert page.model.value(2, "price") == "1300.50"
    assert index.data() == "1.300,50"
    qtbot.waitUntil(lambda: not table.findChildren(AmountField))
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(AmountField)
    replace_text(qtbot, editor, "1300.50")
    table.setCurrentIndex(page.model.index(0, 1))
    assert index.data() == "1300.50"  # shown as typed, and refused
    shown = settled(qtbot, page)
    assert any("no se puede leer con seguridad (1300.50)" in m for m in shown), shown


def test_an_unread_amount_stays_as_typed_in_a_draft_and_is_refused_again(qtbot, ctx_es, examples_dir) -> None:
    wizard = wizard_on(qtbot, ctx_es, examples_dir)
    page = wizard.page(PageId.PAYMENT)
    replace_text(qtbot, page.total, "1234.56")
    draft = wizard.draft()["contract"]
    assert draft["payment"]["total"] == UNREAD + "1234.56"  # kept as typed, never as a number
    again = ContractWizard(ctx_es, data=draft)
    qtbot.addWidget(again)
    again.show()
    while again.currentId() < PageId.PAYMENT:
        click(qtbot, again.button(QWizard.WizardButton.NextButton))
    resumed = again.page(PageId.PAYMENT)
    assert resumed.total.text() == "1234.56"
    resumed.refresh()
    assert any("no se puede leer con seguridad (1234.56)" in resumed.describe(i) for i in resumed.problems())


GARBAGE = st.text(alphabet="abcxyz€$%#@!?_eE+-., 0123456789", min_size=1, max_size=12).filter(
    lambda t: any(c.isalpha() or c in "#@!?_" for c in t))


def refusals(lang: str) -> Any:
    """Text with letters or stray signs in it, and amounts written as people write them with a minus."""
    negatives = written(MONEY.filter(lambda v: v > 0), lang).map(lambda pair: "-" + pair[1])
    return st.one_of(GARBAGE, negatives)


def check_refused(qtbot: Any, wizard: ContractWizard, text: str) -> None:
    page = wizard.page(PageId.PAYMENT)
    replace_text(qtbot, page.total, text)
    leave(page.total)
    assert page.total.text() == text
    assert page.total.value() == UNREAD + text  # handed on as typed, never as a number
    problem = page.total.problem("Total")
    assert problem is not None and "Total" in problem
    with pytest.raises(ContractError):
        wizard.contract()


@SLOW_FIXTURES
@given(text=refusals("es"))
def test_spanish_garbage_and_negative_amounts_are_refused(qtbot, ctx_es, examples_dir, text) -> None:
    wizard = getattr(ctx_es, "_refusing_wizard", None) or wizard_on(qtbot, ctx_es, examples_dir)
    ctx_es._refusing_wizard = wizard
    check_refused(qtbot, wizard, text)


@SLOW_FIXTURES
@given(text=refusals("en"))
def test_english_garbage_and_negative_amounts_are_refused(qtbot, ctx, examples_dir, text) -> None:
    wizard = getattr(ctx, "_refusing_wizard", None) or wizard_on(qtbot, ctx, examples_dir)
    ctx._refusing_wizard = wizard
    check_refused(qtbot, wizard, text)
