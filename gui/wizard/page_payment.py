"""Page 5: the fee, the deposit, the installments and the payment terms."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QFormLayout, QHBoxLayout, QLabel, QRadioButton, QWidget

from domain.validation import Issue
from gui.core.defs import SMALL_SPACING
from gui.widgets.amounts import AmountDelegate, AmountField, contract_currency, decimal_of
from gui.widgets.fields import (
    CheckField,
    ChoiceField,
    DueField,
    LineField,
    NumberField,
    local_date,
    set_choices,
)
from gui.widgets.rows import Column, RowsEditor, RowsModel
from gui.wizard.page import ContractPage, put
from gui.wizard.taxes import TaxesBox, default_taxes

HUNDRED = Decimal(100)


def decimal_or_none(text: str) -> Decimal | None:
    """A field's value (as the contract writes it) as Decimal, or None when blank or not read."""
    return decimal_of(text)


class PaymentPage(ContractPage):
    """Total or itemised fee, deposit with its amount, installments and terms; totals live."""

    OWNS = ("payment", "taxes")

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Payment"))
        self.setSubTitle(self.tr("How much, when, and what happens when payment is late."))
        self.why.setText(self.tr(
            "Work that starts before any money arrives is paid last, or never. A deposit, a schedule "
            "tied to clear events and a payment period protect your time."))
        self.itemised = QRadioButton(self.tr("The sum of the deliverable prices"), self)
        self.fixed = QRadioButton(self.tr("A fixed total"), self)
        group = QButtonGroup(self)
        group.addButton(self.itemised)
        group.addButton(self.fixed)
        self.itemised.setChecked(True)
        self.total = self.bind("payment.total", AmountField(parent=self), self.tr("Total"))
        # What "a fixed total" means when the deliverables have prices too (the model's rule).
        self.fee_hint = QLabel(self)
        self.fee_hint.setObjectName("hint")
        self.fee_hint.setWordWrap(True)
        self.fixed.setToolTip(self.tr("One price for the whole work. Deliverable prices, when every deliverable "
                                      "has one, are read as its breakdown and must add up to it."))
        self.itemised.toggled.connect(self._mode_changed)
        self.deposit = self.bind("payment.deposit_percent", AmountField(percent=True, parent=self),
                                 self.tr("Deposit (%)"))
        self.deposit_amount = QLabel(self)
        self.deposit_amount.setObjectName("hint")
        self.after_deposit = self.bind("payment.work_starts_after_deposit",
                                       CheckField(self.tr("Work starts once the deposit is paid"), self),
                                       self.tr("Work starts once the deposit is paid"))
        self.terms = self.bind("payment.payment_terms_days", NumberField(whole=True, parent=self),
                               self.tr("Days to pay each invoice"))
        self.interest = self.bind("payment.late_interest_percent", AmountField(percent=True, parent=self),
                                  self.tr("Monthly late interest (%)"))
        mode = QHBoxLayout()
        mode.addWidget(self.itemised)
        mode.addWidget(self.fixed)
        mode.addWidget(self.total)
        mode.addStretch(1)
        deposit = QHBoxLayout()
        deposit.addWidget(self.deposit)
        deposit.addWidget(self.deposit_amount)
        deposit.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("The fee is"), mode)
        form.addRow("", self.fee_hint)
        form.addRow(self.tr("Deposit (%)"), deposit)
        form.addRow("", self.after_deposit)
        self.body.addLayout(form)
        # The sum that must make 100 % sits between the deposit and the installments it adds up,
        # where it shows without scrolling, whatever the length of the table below.
        self.totals = self.bind("payment", QLabel(self), self.tr("Payment"))
        self.totals.setWordWrap(True)
        self.totals.setContentsMargins(SMALL_SPACING, SMALL_SPACING // 2, SMALL_SPACING, SMALL_SPACING // 2)
        self.body.addWidget(self.totals)
        self.body.addSpacing(SMALL_SPACING)
        heading = QLabel(self.tr("Installments after the deposit"), self)
        heading.setObjectName("sectionTitle")
        self.body.addWidget(heading)
        self.model = RowsModel([
            Column("label", self.tr("Installment")),
            Column("percent", self.tr("Share (%)"), numeric=True),
            Column("due", self.tr("Due"), display=self._due_text, inline=False),
            Column("deliverable", self.tr("Deliverable"), inline=False),
        ], self)
        self.editor = RowsEditor(self.model, lambda: {"due": "on_delivery"}, self)
        self.editor.setObjectName("installments")
        self.editor.bind("label", LineField(self.editor), self.tr("Installment"))
        self.editor.bind("percent", AmountField(percent=True, parent=self.editor), self.tr("Share (%)"))
        self.editor.table.setItemDelegateForColumn(1, AmountDelegate(percent=True, parent=self.editor.table))
        self.editor.bind("due", DueField(self.editor), self.tr("Due"))
        self.deliverable = ChoiceField([("", self.tr("(none)"))], self.editor)
        self.editor.bind("deliverable", self.deliverable, self.tr("Deliverable"))
        self.bind_rows("payment.installments", self.editor, self.tr("Installments"))
        self.body.addWidget(self.editor, 1)
        terms = QFormLayout()
        terms.addRow(self.tr("Days to pay each invoice"), self.terms)
        terms.addRow(self.tr("Monthly late interest (%)"), self.interest)
        self.body.addLayout(terms)
        self.taxes = TaxesBox(self)
        self.bind_rows("taxes.lines", self.taxes.editor, self.tr("Taxes"))
        self.bind("taxes.prices_include_tax", self.taxes.include, self.tr("Prices"))
        self.bind("taxes.note", self.taxes.note, self.tr("Note on taxes"))
        self.body.addWidget(self.taxes)
        #: Whether the taxes were set (loaded or offered); a new contract gets its language's defaults once.
        self.taxes_set = False
        self.tie_loaded = False
        self.edited.connect(self.update_totals)

    def _due_text(self, value: str) -> str:
        editor = self.editor.editor("due")
        assert isinstance(editor, DueField)
        return dict(editor.choices()).get(value) or local_date(value)

    def _mode_changed(self) -> None:
        fixed = self.fixed.isChecked()
        self.total.setEnabled(fixed)
        if fixed and not self.total.value() and not self._loading:
            # Start from the sum of the prices: a fixed total that matches them is accepted as it is.
            itemised = self.itemised_sum()
            if itemised is not None:
                self.total.setValue(str(itemised))
        self._explain_fee()
        self._on_edit("payment.total")

    def itemised_sum(self) -> Decimal | None:
        """The sum of the deliverable prices typed so far (None when there are none)."""
        wizard = self.contract_wizard()
        items = wizard.data(upto=self).get("deliverables", []) if wizard else []
        prices = [decimal_or_none(str(d.get("price", ""))) for d in items if d.get("price")]
        valid = [p for p in prices if p is not None]
        return sum(valid, Decimal(0)) if valid else None

    def _explain_fee(self) -> None:
        """Say what a fixed total means for the deliverable prices, with their sum."""
        itemised = self.itemised_sum() if self.wizard() is not None else None
        if not self.fixed.isChecked():
            self.fee_hint.setText(self.tr("The fee is what the deliverables cost, added up."))
        elif itemised is None:
            self.fee_hint.setText(self.tr("One price for the whole work; the deliverables have no prices of "
                                          "their own."))
        else:
            self.fee_hint.setText(self.tr(
                "One price for the whole work. The deliverable prices (together {sum}) are read as its "
                "breakdown, so when every deliverable has a price they must add up to the total; clear them on "
                "the Deliverables page to agree one price only.").format(sum=self._money(itemised)))

    def initializePage(self) -> None:
        """Offer the deliverables as installment targets and show live totals."""
        wizard = self.contract_wizard()
        items = wizard.data(upto=self).get("deliverables", []) if wizard else []
        set_choices(self.deliverable, [("", self.tr("(none)"))] + [
            (str(d.get("id", "")), f"{d.get('id', '')} · {d.get('title', '')}") for d in items if d.get("id")])
        self.editor.select(max(self.editor.current_row(), 0))
        data = wizard.data(upto=self) if wizard else {}
        language = str(data.get("language") or self.ctx.lang)
        if not self.taxes_set and wizard is not None and wizard.project_id is None and self.taxes.empty():
            self.load_taxes(default_taxes(language))
        self.taxes_set = True
        if self.tie_loaded:
            self.tie_to_last([d for d in items if d.get("id")])
        self.taxes.offer_spain(language == "es")
        self.total.currency = contract_currency(data)
        # The form was filled before the deliverables were offered: show the row's link now.
        self.editor.reload_form()
        self.update_totals()
        self._explain_fee()
        super().initializePage()

    def contract_total(self) -> Decimal | None:
        """The fee as typed so far: the fixed total, or the sum of the prices."""
        if self.fixed.isChecked():
            return decimal_or_none(self.total.value())
        return self.itemised_sum()

    def _money(self, amount: Decimal) -> str:
        from domain.formatting import money

        wizard = self.contract_wizard()
        currency = wizard.data(upto=self).get("currency", "EUR") if wizard else "EUR"
        try:
            return money(amount, currency, self.ctx.lang)
        except Exception:  # a currency code still being typed
            return f"{amount} {currency}"

    def update_totals(self) -> None:
        """Recompute the deposit amount and the sum of the shares as the user types."""
        total = self.contract_total()
        deposit = decimal_or_none(self.deposit.value()) or Decimal(0)
        shares = [decimal_or_none(r.get("percent", "")) or Decimal(0) for r in self.model.rows()]
        percent = deposit + sum(shares, Decimal(0))
        if total is not None:
            self.deposit_amount.setText(self.tr("= {amount}").format(amount=self._money(total * deposit / HUNDRED)))
            total_text = self._money(total)
        else:
            self.deposit_amount.setText("")
            total_text = self.tr("not known yet")
        from domain.formatting import percent as fmt_percent

        self.totals.setText(self.tr("Fee: {total}. Deposit plus installments: {percent} (must be 100%).").format(
            total=total_text, percent=fmt_percent(percent, self.ctx.lang)))
        wizard = self.contract_wizard()
        currency = contract_currency(wizard.data(upto=self) if wizard else {}) or "EUR"
        self.taxes.show_sums(total, currency, self.ctx.lang)

    def tie_to_last(self, deliverables: list[dict[str, Any]]) -> None:
        """Name the last deliverable (due last; else the last listed) on loaded delivery installments naming none.

        It is the deliverable the documents would tie them to; the row now says so, and can be changed.
        """
        self.tie_loaded = False
        if not deliverables:
            return
        last = deliverables[-1]
        dated = [(str(d.get("due")), n, d) for n, d in enumerate(deliverables) if d.get("due")]
        if dated:
            last = max(dated, key=lambda t: (t[0], t[1]))[2]
        loading, self._loading = self._loading, True
        try:
            for row, values in enumerate(self.model.rows()):
                if values.get("due") in ("on_delivery", "on_acceptance") and not values.get("deliverable"):
                    self.model.set_value(row, "deliverable", str(last["id"]))
        finally:
            self._loading = loading

    def load_taxes(self, taxes: dict[str, Any] | None) -> None:
        """Show taxes without counting it as an edit."""
        loading, self._loading = self._loading, True
        try:
            self.taxes.load(taxes)
        finally:
            self._loading = loading

    def issues(self) -> list[Issue]:
        """The model's issues, and an installment due on a delivery that names no deliverable."""
        found = super().issues()
        for row, values in enumerate(self.model.rows()):
            path = f"payment.installments[{row}].deliverable"
            if values.get("due") in ("on_delivery", "on_acceptance") and not values.get("deliverable"):
                found.append(UnnamedDeliverable(path, "deliverable_needed",
                                                {"due": self._due_text(values.get("due", ""))}))
        return found

    def contribute(self, data: dict[str, Any]) -> None:
        """Write the payment terms."""
        payment: dict[str, Any] = {}
        if self.fixed.isChecked():
            put(payment, "total", self.total.value())
        put(payment, "deposit_percent", self.deposit.value())
        payment["work_starts_after_deposit"] = self.after_deposit.value()
        installments = []
        for row in self.model.rows():
            item: dict[str, Any] = {"label": row.get("label", ""), "percent": row.get("percent", "").strip()}
            put(item, "due", row.get("due", "").strip())
            put(item, "deliverable", row.get("deliverable", ""))
            installments.append(item)
        put(payment, "installments", installments or None)
        put(payment, "payment_terms_days", self.terms.value())
        put(payment, "late_interest_percent", self.interest.value())
        data["payment"] = payment
        put(data, "taxes", self.taxes.contribute())

    def load(self, data: dict[str, Any]) -> None:
        """Show the payment terms."""
        payment = data.get("payment") or {}
        has_total = payment.get("total") not in (None, "")
        self.fixed.setChecked(has_total)
        self.itemised.setChecked(not has_total)
        self.total.setEnabled(has_total)
        self.total.setValue(payment.get("total", ""))
        self.deposit.setValue(payment.get("deposit_percent", ""))
        self.after_deposit.setValue(payment.get("work_starts_after_deposit", True))
        self.model.set_rows([{k: i.get(k, "") for k in ("label", "percent", "due", "deliverable")}
                             for i in payment.get("installments", [])])
        self.terms.setValue(payment.get("payment_terms_days", ""))
        self.interest.setValue(payment.get("late_interest_percent", ""))
        self.taxes.load(data.get("taxes"))
        #: Installments loaded without a deliverable are tied to the last one when the page is shown.
        self.tie_loaded = True
        self.taxes_set = "taxes" in data
        if self.model.rowCount():
            self.editor.select(0)



@dataclass(frozen=True)
class UnnamedDeliverable(Issue):
    """An installment due on delivery or acceptance that does not say of which deliverable (the app's rule)."""

    def message(self, lang: str, label: str | None = None) -> str:
        """The problem in the UI language, naming the field."""
        return QCoreApplication.translate("PaymentPage", "{field}: say which deliverable this installment "
                                          "is due on ({due}).").format(field=label or self.path, **self.params)
