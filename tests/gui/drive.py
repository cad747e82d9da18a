"""Fill the wizard from contract data the way a user would: key clicks and mouse clicks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from gui.widgets.amounts import AmountField, shown
from gui.wizard.wizard import ContractWizard, PageId
from tests.gui.keys import choose, click, replace_text

PARTY_KEYS = ("name", "representative", "tax_id", "email", "phone", "address")


def next_page(qtbot: Any, wizard: ContractWizard) -> None:
    """Click Next once the page accepts what was typed."""
    button = wizard.button(QWizard.WizardButton.NextButton)
    page = wizard.currentPage()
    qtbot.waitUntil(button.isEnabled, timeout=2000) if not page.messages() else None
    assert button.isEnabled(), page.messages()
    before = wizard.currentId()
    click(qtbot, button)
    assert wizard.currentId() == before + 1


def typed(widget: Any, value: Any) -> str:
    """What a person types for `value`: an amount the way the field's language writes it (900,00 in Spanish)."""
    text = "" if value is None else str(value)
    return shown(text, widget.lang) if isinstance(widget, AmountField) else text


def fill_amount(qtbot: Any, widget: Any, value: Any) -> None:
    """Type an amount into a money or percentage field as a person of its language writes it."""
    replace_text(qtbot, widget, typed(widget, value))


def fill_rows(qtbot: Any, editor: Any, rows: list[dict[str, Any]], keys: tuple[str, ...]) -> None:
    """Add one row per item with the Add button and type each field into the form."""
    for item in rows:
        click(qtbot, editor.add_button)
        for key in keys:
            value = item.get(key)
            if value is None:
                continue
            widget = editor.editor(key)
            if hasattr(widget, "kind"):
                due = str(value)
                choose(qtbot, widget.kind, due if due.startswith("on_") else "date")
                if not due.startswith("on_"):
                    replace_text(qtbot, widget.date, due)
            elif hasattr(widget, "findData"):
                choose(qtbot, widget, str(value))
            else:
                text = "\n".join(value) if isinstance(value, list) else typed(widget, value)
                replace_text(qtbot, widget, text)


def set_check(qtbot: Any, box: Any, value: bool) -> None:
    """Tick or untick with a click."""
    if box.isChecked() != value:
        click(qtbot, box)
    assert box.isChecked() == value


def fill_wizard(qtbot: Any, wizard: ContractWizard, data: dict[str, Any]) -> None:
    """Enter a whole contract, page by page, and stop on the review page."""
    page = wizard.page(PageId.PROJECT)
    replace_text(qtbot, page.project_title, data["title"])
    replace_text(qtbot, page.reference, data.get("reference", ""))
    choose(qtbot, page.language, data["language"])
    replace_text(qtbot, page.currency, data["currency"])
    replace_text(qtbot, page.start, data.get("start", ""))
    for side, fields in (("provider", page.provider[1]), ("client", page.client[1])):
        for key in PARTY_KEYS:
            replace_text(qtbot, fields[key], data[side].get(key, ""))
    next_page(qtbot, wizard)

    page = wizard.page(PageId.ROLES)
    for party, editor in page.editors.items():
        rows = [r for r in data.get("roles", []) if r["party"] == party]
        fill_rows(qtbot, editor, rows, ("person", "role", "responsibilities"))
    next_page(qtbot, wizard)

    page = wizard.page(PageId.DELIVERABLES)
    fill_rows(qtbot, page.editor, data["deliverables"], ("title", "description", "acceptance", "due", "price", "id"))
    replace_text(qtbot, page.out_of_scope, "\n".join(data.get("out_of_scope", [])))
    next_page(qtbot, wizard)

    page = wizard.page(PageId.CLIENT_INPUTS)
    fill_rows(qtbot, page.editor, data.get("client_inputs", []), ("title", "due"))
    next_page(qtbot, wizard)

    page = wizard.page(PageId.PAYMENT)
    payment = data.get("payment", {})
    if "total" in payment:
        click(qtbot, page.fixed)
        fill_amount(qtbot, page.total, payment["total"])
    fill_amount(qtbot, page.deposit, payment.get("deposit_percent", ""))
    set_check(qtbot, page.after_deposit, payment.get("work_starts_after_deposit", True))
    while page.model.rowCount():
        page.editor.select(0)
        click(qtbot, page.editor.remove_button)
    fill_rows(qtbot, page.editor, payment.get("installments", []), ("label", "percent", "due", "deliverable"))
    replace_text(qtbot, page.terms, str(payment.get("payment_terms_days", "")))
    fill_amount(qtbot, page.interest, payment.get("late_interest_percent", ""))
    fill_taxes(qtbot, page, data.get("taxes"))
    next_page(qtbot, wizard)

    page = wizard.page(PageId.COMMUNICATION)
    revisions, talk = data.get("revisions", {}), data.get("communication", {})
    replace_text(qtbot, page.rounds, str(revisions.get("rounds_included", "")))
    fill_amount(qtbot, page.extra, revisions.get("extra_round_price", ""))
    replace_text(qtbot, page.channels, "\n".join(talk.get("channels", [])))
    replace_text(qtbot, page.hours, talk.get("working_hours", ""))
    replace_text(qtbot, page.response, str(talk.get("response_time_hours", "")))
    replace_text(qtbot, page.urgent, talk.get("urgent_definition", ""))
    fill_amount(qtbot, page.surcharge, talk.get("urgent_surcharge_percent", ""))
    replace_text(qtbot, page.feedback, str(talk.get("feedback_days", "")))
    next_page(qtbot, wizard)

    page = wizard.page(PageId.TERMINATION)
    changes, ending = data.get("changes", {}), data.get("termination", {})
    replace_text(qtbot, page.process, changes.get("process", ""))
    fill_amount(qtbot, page.rate, changes.get("hourly_rate", ""))
    replace_text(qtbot, page.notice, str(ending.get("notice_days", "")))
    set_check(qtbot, page.work_done, ending.get("pay_for_work_done", True))
    set_check(qtbot, page.refundable, ending.get("deposit_refundable", False))
    fill_amount(qtbot, page.kill_fee, ending.get("kill_fee_percent", ""))
    replace_text(qtbot, page.ownership, ending.get("work_ownership", ""))
    next_page(qtbot, wizard)
    fill_terms(qtbot, wizard, data)
    next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.REVIEW


def toggle_right(qtbot: Any, page: Any, key: str) -> None:
    """Tick or untick a right in the list with the keyboard: move to its line, press Space."""
    page.rights.setFocus()
    page.rights.setCurrentRow(page.rights.keys.index(key))
    qtbot.keyClick(page.rights, Qt.Key.Key_Space)


def fill_terms(qtbot: Any, wizard: ContractWizard, data: dict[str, Any]) -> None:
    """The agreement terms: those of `data` typed in, the suggested ones left as they are."""
    page = wizard.page(PageId.TERMS)
    law = data.get("law")
    if law is not None:
        replace_text(qtbot, page.governing_law, law.get("governing_law", ""))
        replace_text(qtbot, page.courts, law.get("courts", ""))
    if data.get("day_basis"):
        choose(qtbot, page.day_basis, data["day_basis"])
    expenses = data.get("expenses")
    if expenses is not None:
        set_check(qtbot, page.reimbursable, bool(expenses.get("reimbursable")))
        if expenses.get("reimbursable"):
            replace_text(qtbot, page.approval_over, str(expenses.get("approval_over", "")))
    ownership = data.get("ownership")
    if ownership is not None:
        rights = ownership.get("rights") or list(page.rights.keys)
        for key in sorted(page.rights.keys, key=lambda k: k not in rights):  # tick before untick
            if page.rights.checked(key) != (key in rights):
                toggle_right(qtbot, page, key)
        replace_text(qtbot, page.territory, ownership.get("territory", ""))
        replace_text(qtbot, page.years, str(ownership.get("years", "")))
        for key in ("exclusive", "on_full_payment", "portfolio_use"):
            if key in ownership:
                set_check(qtbot, getattr(page, key), bool(ownership[key]))
    for key, field in (("confidentiality_years", page.confidentiality),
                       ("non_solicitation_months", page.non_solicitation)):
        if key in data:
            replace_text(qtbot, field, str(data[key]))
    if "data_processing" in data:
        set_check(qtbot, page.data_processing, bool(data["data_processing"]))


def fill_taxes(qtbot: Any, page: Any, taxes: dict[str, Any] | None) -> None:
    """Replace the payment page's taxes (a new contract starts with its language's defaults) with `taxes`."""
    box = page.taxes
    while box.model.rowCount():
        box.editor.select(0)
        click(qtbot, box.editor.remove_button)
    taxes = taxes or {}
    fill_rows(qtbot, box.editor, taxes.get("lines", []), ("name", "percent", "kind"))
    choose(qtbot, box.include, "yes" if taxes.get("prices_include_tax") else "no")
    replace_text(qtbot, box.note, taxes.get("note") or "")
