"""The taxes part of the payment page: each tax line, whether prices include tax, a note, and the sums.

Defaults depend on the contract's language: a Spanish contract starts with IVA 21 % added
and offers IRPF withheld at 15 % (7 % in the first years of a professional activity); an
English one starts with a note that the fees exclude sales tax. The fee is shown as an
invoice shows it: base, each tax line, and the total to pay (domain.taxes).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.amounts import AmountDelegate, AmountField, decimal_of
from gui.widgets.fields import ChoiceField, LineField, TextField
from gui.widgets.rows import Column, RowsEditor, RowsModel

#: The note an English contract starts with (contract text, in the contract's language).
SALES_TAX_NOTE = "The fees exclude sales tax, which is added where it applies."
IVA = {"name": "IVA", "percent": "21", "kind": "add"}



def kinds() -> list[tuple[str, str]]:
    """The kinds of tax line, labelled in the UI language."""
    return [("add", QCoreApplication.translate("TaxesBox", "Added to the price")), ("withhold", QCoreApplication.translate("TaxesBox", "Withheld by the client"))]


def default_taxes(language: str) -> dict[str, Any]:
    """The taxes a new contract starts with in `language` (es: IVA 21 % added; en: a sales-tax note)."""
    if language == "es":
        return {"prices_include_tax": False, "lines": [dict(IVA)]}
    return {"prices_include_tax": False, "lines": [], "note": SALES_TAX_NOTE}


class TaxesBox(QGroupBox):
    """Tax lines (name, rate, added or withheld), prices with or without tax, a note, and the fee's sums."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("TaxesBox", "Taxes"), parent)
        self.model = RowsModel([
            Column("name", QCoreApplication.translate("TaxesBox", "Tax")),
            Column("percent", QCoreApplication.translate("TaxesBox", "Rate (%)"), numeric=True),
            Column("kind", QCoreApplication.translate("TaxesBox", "How it applies"), display=lambda v: dict(kinds()).get(v, v), inline=False),
        ], self)
        self.editor = RowsEditor(self.model, lambda: {"kind": "add"}, self)
        self.editor.setObjectName("taxes")
        # Icons only (with Insert, Ctrl+D and Delete in the table, said in their tooltips): the payment
        # page has more words than free Alt+letters, and the fee's own rows keep theirs.
        for button in (self.editor.add_button, self.editor.duplicate_button, self.editor.remove_button):
            button.setAccessibleName(button.text())
            button.setText("")
        self.editor.bind("name", LineField(self.editor), QCoreApplication.translate("TaxesBox", "Tax"))
        self.rate = AmountField(percent=True, parent=self.editor)
        self.editor.bind("percent", self.rate, QCoreApplication.translate("TaxesBox", "Rate (%)"))
        self.editor.bind("kind", ChoiceField(kinds(), self.editor), QCoreApplication.translate("TaxesBox", "How it applies"))
        self.editor.table.setItemDelegateForColumn(1, AmountDelegate(percent=True, parent=self.editor.table))
        self.spain = QLabel(QCoreApplication.translate("TaxesBox", "In Spain, IVA (21 %) is added to the fee; when the client is a business, it "
                                "withholds IRPF: 15 %, or 7 % in the first three years of the activity."), self)
        self.spain.setObjectName("hint")
        self.spain.setWordWrap(True)
        self.irpf_15 = QPushButton(QCoreApplication.translate("TaxesBox", "Withhold IRPF 15 %"), self)
        self.irpf_7 = QPushButton(QCoreApplication.translate("TaxesBox", "Withhold IRPF 7 %"), self)
        self.irpf_15.clicked.connect(lambda: self.set_line("IRPF", "15", "withhold"))
        self.irpf_7.clicked.connect(lambda: self.set_line("IRPF", "7", "withhold"))
        # A choice rather than a tick box: the payment page has more buttons than free Alt+letters.
        self.include = ChoiceField([
            ("no", QCoreApplication.translate("TaxesBox", "Before tax: the taxes added come on top")),
            ("yes", QCoreApplication.translate("TaxesBox", "With the taxes added already included")),
        ], self)
        self.note = TextField(2, self)
        self.note.setPlaceholderText(QCoreApplication.translate("TaxesBox", "For example an exemption, or that the client pays the tax (reverse charge)"))
        self.sums = QLabel(self)
        self.sums.setObjectName("taxSums")
        self.sums.setWordWrap(True)
        offers = QHBoxLayout()
        offers.addWidget(self.irpf_15)
        offers.addWidget(self.irpf_7)
        offers.addStretch(1)
        self.sums.setStyleSheet("font-weight: bold")
        # A handful of tax lines at most: a short table, so the sums and the note show without scrolling.
        self.editor.table.setMinimumHeight(90)
        self.editor.table.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sums)
        layout.addWidget(self.editor)
        layout.addWidget(self.spain)
        layout.addLayout(offers)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("TaxesBox", "Prices"), self.include)
        layout.addLayout(form)
        # A heading above the note rather than a form label: Alt+letters are all taken on this page.
        layout.addWidget(QLabel(QCoreApplication.translate("TaxesBox", "Note on taxes"), self))
        layout.addWidget(self.note)
        self.offer_spain(False)

    def offer_spain(self, shown: bool) -> None:
        """Show the Spanish hint and the IRPF buttons (a contract in Spanish)."""
        for widget in (self.spain, self.irpf_15, self.irpf_7):
            widget.setVisible(shown)

    def set_line(self, name: str, percent: str, kind: str) -> None:
        """Add a tax line, or change the rate and kind of the one with that name."""
        for row, values in enumerate(self.model.rows()):
            if values.get("name", "").strip().casefold() == name.casefold():
                self.model.set_value(row, "percent", percent)
                self.model.set_value(row, "kind", kind)
                self.editor.select(row)
                return
        self.editor.select(self.model.add({"name": name, "percent": percent, "kind": kind}))

    def empty(self) -> bool:
        """Whether nothing about taxes has been entered."""
        return not self.model.rowCount() and not self.note.value().strip() and not self.included()

    def included(self) -> bool:
        """Whether the prices already include the taxes added."""
        return self.include.value() == "yes"

    def contribute(self) -> dict[str, Any] | None:
        """The taxes as interchange data, or None when nothing was entered."""
        if self.empty():
            return None
        data: dict[str, Any] = {"prices_include_tax": self.included(), "lines": [
            {"name": r.get("name", ""), "percent": r.get("percent", "").strip(), "kind": r.get("kind", "") or "add"}
            for r in self.model.rows()]}
        if self.note.value().strip():
            data["note"] = self.note.value()
        return data

    def load(self, taxes: dict[str, Any] | None) -> None:
        """Show the taxes of contract data."""
        taxes = taxes or {}
        self.include.setValue("yes" if taxes.get("prices_include_tax") is True else "no")
        self.model.set_rows([{k: line.get(k, "") for k in ("name", "percent", "kind")}
                             for line in taxes.get("lines", [])])
        self.note.setValue(taxes.get("note") or "")
        if self.model.rowCount():
            self.editor.select(0)

    def show_sums(self, fee: Decimal | None, currency: str, lang: str) -> None:
        """The fee as base, each tax line and the total to pay (nothing when the fee is not known)."""
        from domain import formatting
        from domain.model import Taxes, TaxKind
        from domain.taxes import breakdown

        data = self.contribute()
        self.sums.setVisible(False)
        if fee is None or data is None or not data["lines"]:
            return
        if any(decimal_of(line["percent"]) is None for line in data["lines"]):
            return
        try:
            taxes = Taxes.model_validate(data)
            parts = breakdown(fee, taxes, currency)

            def money(value: Decimal) -> str:
                return formatting.money(value, currency, lang)
        except Exception:  # a rate or currency still being typed: no sums yet
            return
        lines = [QCoreApplication.translate("TaxesBox", "Base: {amount}").format(amount=money(parts.base))]
        for line in parts.lines:
            rate = formatting.percent(line.percent, lang)
            if line.kind is TaxKind.WITHHOLD:
                lines.append(QCoreApplication.translate("TaxesBox", "{name} ({rate}) withheld: −{amount}").format(
                    name=line.name, rate=rate, amount=money(line.amount)))
            else:
                lines.append(QCoreApplication.translate("TaxesBox", "{name} ({rate}): +{amount}").format(
                    name=line.name, rate=rate, amount=money(line.amount)))
        lines.append(QCoreApplication.translate("TaxesBox", "Total to pay: {amount}").format(amount=money(parts.to_pay)))
        self.sums.setText(" · ".join(lines))
        self.sums.setVisible(True)
