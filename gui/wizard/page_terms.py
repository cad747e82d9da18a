"""The "Agreement terms" page: the format-2 clauses a contract needs to be signed as it stands.

Governing law and courts, what a day means, expenses, the transfer of rights,
confidentiality, non-solicitation and data processing, each with the one line from
domain.agreement_terms that says why it matters. A new contract starts from the usual terms
for its language and the provider's country (remembered between contracts); the user can
ask for them again at any time.

A term the contract does not state is written only once the user sets it: editing an older
contract does not add clauses the user never saw change. What the page shows for an unstated
term is what the documents say without it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from gui.widgets.fields import CheckField, ChoiceField, LineField, NumberField
from gui.wizard.page import ContractPage, put

#: Where the provider's country (for the suggested terms) is remembered between contracts.
COUNTRY_STATE = "wizard/provider_country"
#: Countries offered for the suggestions: those whose law Pacta can name, and the federal ones.
COUNTRIES = ("ES", "MX", "AR", "CO", "CL", "PE", "UY", "GB", "IE", "DE", "FR", "PT", "IT", "US", "CA", "AU")
RIGHTS = ("reproduction", "distribution", "public_communication", "transformation")
#: The groups of terms, by the top-level key each writes.
TERMS = ("law", "day_basis", "expenses", "ownership", "confidentiality_years", "non_solicitation_months",
         "data_processing")


def country_name(code: str, lang: str) -> str:
    """A country's name in the UI language."""
    from babel import Locale

    return str(Locale.parse(lang).territories.get(code, code))


def system_country() -> str:
    """The country of the system's locale (es_MX → MX), or "" when it names none."""
    _lang, _sep, country = QLocale.system().name().partition("_")
    return country.upper()


class AmountField(LineField):
    """An amount typed the way the UI language writes it (1.234,56 or 1,234.56), read with domain.amounts.

    `value()` is the exact decimal as the interchange format writes it; text that cannot be
    read for sure is passed on as typed, so the contract's own check names the field.
    """

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.currency: str | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(160)

    def value(self) -> str:
        """The amount as a decimal string with a point ("" when empty)."""
        from domain.amounts import parse_optional_amount
        from domain.validation import ContractError

        text = self.text().strip()
        try:
            amount = parse_optional_amount(text, self.lang, currency=self.currency)
        except ContractError:
            return text
        return "" if amount is None else str(amount)

    def setValue(self, value: object) -> None:
        """Show an amount in the UI language's way."""
        from decimal import Decimal, InvalidOperation

        from domain.amounts import format_amount

        text = "" if value is None else str(value)
        try:
            self.setText(format_amount(Decimal(text), self.lang, currency=self.currency) if text else "")
        except InvalidOperation:
            self.setText(text)


class RightsField(QListWidget):
    """The modes of exploitation transferred, one tickable line each (Space ticks); at least one stays ticked."""

    edited = Signal()

    def __init__(self, labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = list(labels)
        for key in self.keys:
            item = QListWidgetItem(labels[key], self)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        rows = self.sizeHintForRow(0) * len(self.keys) + 2 * self.frameWidth() + 4
        self.setFixedHeight(rows)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.sizeHintForColumn(0) + 40)
        self.itemChanged.connect(self._changed)

    def _changed(self, item: QListWidgetItem) -> None:
        if not self.value():  # a transfer names at least one right: the last one cannot be unticked
            item.setCheckState(Qt.CheckState.Checked)
            return
        self.edited.emit()

    def checked(self, key: str) -> bool:
        """Whether the right `key` is ticked."""
        item = self.item(self.keys.index(key))
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def value(self) -> list[str]:
        """The rights ticked, in the format's order."""
        return [key for key in self.keys if self.checked(key)]

    def setValue(self, value: object) -> None:
        """Tick exactly the rights listed."""
        wanted = set(value) if isinstance(value, (list, tuple, set)) else set()
        self.blockSignals(True)
        try:
            for row, key in enumerate(self.keys):
                item = self.item(row)
                if item is not None:
                    item.setCheckState(Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked)
        finally:
            self.blockSignals(False)


class AgreementTermsPage(ContractPage):
    """Law and courts, days, expenses, rights, confidentiality, non-solicitation, personal data."""

    OWNS = TERMS

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from domain.agreement_terms import why

        lang = ctx.lang
        #: The terms the contract states: loaded with it, set by the user, or suggested.
        self.given: set[str] = set()
        #: The language and currency the suggested terms were made for, while the user has changed none.
        self.suggested_for: tuple[str, str] | None = None
        self.setTitle(self.tr("Agreement terms"))
        self.setSubTitle(self.tr("The clauses that settle disputes before they start."))
        self.why.setText(self.tr(
            "Pacta suggests the usual terms for your country; change any of them. Each one says why it "
            "matters. Pacta writes documents, not legal advice: every clause stays editable."))

        self.country = QComboBox(self)
        for code in sorted(COUNTRIES, key=lambda c: country_name(c, lang)):
            self.country.addItem(country_name(code, lang), code)
        remembered = str(ctx.prefs.state(COUNTRY_STATE) or system_country() or ("ES" if lang == "es" else "GB"))
        self.country.setCurrentIndex(max(self.country.findData(remembered), 0))
        self.suggest_button = QPushButton(self.tr("Use the usual terms"), self)
        self.suggest_button.setToolTip(self.tr("Replace the terms on this page with the usual ones for this country"))
        self.suggest_button.clicked.connect(self.use_suggestions)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Your country"), self))
        row.addWidget(self.country)
        row.addWidget(self.suggest_button)
        row.addStretch(1)
        self.body.addLayout(row)

        self.governing_law = self._field("law", "law.governing_law", LineField(self), self.tr("Governing law"))
        self.governing_law.setPlaceholderText(self.tr("e.g. Spain, or the State of Oregon"))
        self.courts = self._field("law", "law.courts", LineField(self), self.tr("Courts"))
        self.courts.setPlaceholderText(self.tr("e.g. Madrid; empty: those of your place of business"))
        form = self._group(self.tr("Governing law and courts"), why("law", lang))
        form.addRow(self.tr("Governing law"), self.governing_law)
        form.addRow(self.tr("Courts"), self.courts)

        self.day_basis = self._field("day_basis", "day_basis", ChoiceField(
            [("calendar", self.tr("Calendar days")), ("business", self.tr("Business days"))], self),
            self.tr("Days are counted as"))
        self.day_basis.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form = self._group(self.tr("Days"), why("day_basis", lang))
        form.addRow(self.tr("Days are counted as"), self.day_basis)

        self.reimbursable = self._field("expenses", "expenses.reimbursable", CheckField(
            self.tr("The client pays back expenses (licenses, travel, shipping)"), self),
            self.tr("The client pays back expenses"))
        self.approval_over = self._field("expenses", "expenses.approval_over", AmountField(lang, self),
                                         self.tr("Approval needed above"))
        self.approval_over.setPlaceholderText(self.tr("every expense"))
        self.reimbursable.toggled.connect(self.approval_over.setEnabled)
        form = self._group(self.tr("Expenses"), why("expenses", lang))
        form.addRow("", self.reimbursable)
        self.currency = QLabel(self)
        amount = QHBoxLayout()
        amount.addWidget(self.approval_over)
        amount.addWidget(self.currency)
        amount.addStretch(1)
        form.addRow(self.tr("Approval needed above"), amount)

        self.rights = self._field("ownership", "ownership.rights", RightsField({
            "reproduction": self.tr("Reproduction"), "distribution": self.tr("Distribution"),
            "public_communication": self.tr("Public communication (online, broadcast)"),
            "transformation": self.tr("Transformation (adapting the work)"),
        }, self), self.tr("Rights transferred"))
        self.territory = self._field("ownership", "ownership.territory", LineField(self), self.tr("Territory"))
        self.territory.setPlaceholderText(self.tr("the whole world"))
        self.years = self._field("ownership", "ownership.years", NumberField(whole=True, parent=self),
                                 self.tr("Years"))
        self.years.setPlaceholderText(self.tr("the whole legal term"))
        self.years.setMaximumWidth(self.years.fontMetrics().horizontalAdvance(self.years.placeholderText()) + 40)
        self.exclusive = self._field("ownership", "ownership.exclusive",
                                     CheckField(self.tr("Exclusive"), self), self.tr("Exclusive"))
        self.on_full_payment = self._field("ownership", "ownership.on_full_payment", CheckField(
            self.tr("The rights pass only once everything is paid"), self),
            self.tr("The rights pass only once everything is paid"))
        self.portfolio_use = self._field("ownership", "ownership.portfolio_use", CheckField(
            self.tr("You may show the work in your portfolio"), self),
            self.tr("You may show the work in your portfolio"))
        form = self._group(self.tr("Rights in the work"), why("ownership", lang))
        form.addRow(self.tr("Rights transferred"), self.rights)
        form.addRow(self.tr("Territory"), self.territory)
        form.addRow(self.tr("Years"), self.years)
        for box in (self.exclusive, self.on_full_payment, self.portfolio_use):
            form.addRow("", box)

        self.confidentiality = self._field("confidentiality_years", "confidentiality_years",
                                           NumberField(whole=True, parent=self),
                                           self.tr("Years of confidentiality after the end"))
        self.confidentiality.setPlaceholderText(self.tr("no end"))
        form = self._group(self.tr("Confidentiality"), why("confidentiality_years", lang))
        form.addRow(self.tr("Years of confidentiality after the end"), self.confidentiality)

        self.non_solicitation = self._field("non_solicitation_months", "non_solicitation_months",
                                            NumberField(whole=True, parent=self),
                                            self.tr("Months without hiring the other's staff"))
        self.non_solicitation.setPlaceholderText(self.tr("none"))
        form = self._group(self.tr("Non-solicitation (optional)"), why("non_solicitation_months", lang))
        form.addRow(self.tr("Months without hiring the other's staff"), self.non_solicitation)

        self.data_processing = self._field("data_processing", "data_processing", CheckField(
            self.tr("You will handle personal data on the client's behalf"), self),
            self.tr("You will handle personal data on the client's behalf"))
        form = self._group(self.tr("Personal data"), why("data_processing", lang))
        form.addRow("", self.data_processing)
        self.body.addStretch(1)

    # Building

    def _field(self, term: str, path: str, widget: Any, label: str) -> Any:
        """Bind a widget to its path; an edit by the user makes its term stated."""
        self.bind(path, widget, label)
        widget.edited.connect(lambda term=term: self._stated(term))
        if isinstance(widget, CheckField):
            # As wide as its text: a click on the empty row beside it does not tick it.
            widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        return widget

    def _group(self, title: str, reason: str) -> QFormLayout:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        why = QLabel(reason, box)
        why.setObjectName("hint")
        why.setWordWrap(True)
        form.addRow(why)
        self.body.addWidget(box)
        return form

    def _stated(self, term: str) -> None:
        if self._loading:
            return
        self.given.add(term)
        self.suggested_for = None

    # Suggestions

    def use_suggestions(self) -> None:
        """Show the usual terms for the contract's language and the chosen country (an edit)."""
        data = self._contract_so_far()
        self.ctx.prefs.set_state(COUNTRY_STATE, self.country.currentData())
        self.suggest(str(data.get("language") or self.ctx.lang), str(data.get("currency") or ""))
        self._on_edit()

    def suggest(self, language: str, currency: str) -> None:
        """Fill every term with the suggestion for `language`, the chosen country and `currency`."""
        from domain.agreement_terms import defaults

        terms = defaults(language, self.country.currentData(), currency)
        self.load_data(terms)
        self.given = set(TERMS) - {"non_solicitation_months"}
        self.suggested_for = (language, currency)

    def _contract_so_far(self) -> dict[str, Any]:
        wizard = self.wizard()
        return dict(self.contract_wizard().data(upto=self)) if wizard is not None and hasattr(wizard, "data") else {}

    def initializePage(self) -> None:
        """Suggestions made before the contract's language or currency changed are made again."""
        data = self._contract_so_far()
        self.currency.setText(str(data.get("currency") or ""))
        self.approval_over.currency = str(data.get("currency") or "") or None
        if self.suggested_for is not None:
            now = (str(data.get("language") or self.ctx.lang), str(data.get("currency") or ""))
            if now != self.suggested_for:
                self.suggest(*now)
        super().initializePage()

    # Data

    def load(self, data: dict[str, Any]) -> None:
        """Show the terms; a new contract that states none starts from the suggestions."""
        wizard = self.wizard()
        new = wizard is not None and getattr(wizard, "project_id", "") is None
        if new and not any(key in data for key in TERMS) and "language" in data:
            self.suggest(str(data["language"]), str(data.get("currency") or ""))
            return
        self.given = {key for key in TERMS if data.get(key) is not None}
        self.suggested_for = None
        law = data.get("law") or {}
        self.governing_law.setValue(law.get("governing_law", ""))
        self.courts.setValue(law.get("courts", ""))
        self.day_basis.setValue(data.get("day_basis") or "calendar")
        expenses = data.get("expenses") or {}
        self.reimbursable.setValue(expenses.get("reimbursable", False))
        self.approval_over.setValue(expenses.get("approval_over", ""))
        self.approval_over.setEnabled(self.reimbursable.value())
        # What the agreement says of rights when the contract does not: all four modes,
        # worldwide, for the legal term, exclusive, once paid, with portfolio use.
        ownership = data.get("ownership") or {}
        self.rights.setValue(ownership.get("rights") or list(RIGHTS))
        self.territory.setValue(ownership.get("territory", ""))
        self.years.setValue(ownership.get("years", ""))
        self.exclusive.setValue(ownership.get("exclusive", True) is not False)
        self.on_full_payment.setValue(ownership.get("on_full_payment", True) is not False)
        self.portfolio_use.setValue(ownership.get("portfolio_use", True) is not False)
        self.confidentiality.setValue(data.get("confidentiality_years", ""))
        self.non_solicitation.setValue(data.get("non_solicitation_months", ""))
        self.data_processing.setValue(bool(data.get("data_processing")))

    def contribute(self, data: dict[str, Any]) -> None:
        """Write the terms the contract states (see `given`); an unstated one stays out."""
        for key in TERMS:
            data.pop(key, None)
        given = self.given
        if "law" in given:
            law: dict[str, Any] = {}
            put(law, "governing_law", self.governing_law.value().strip())
            put(law, "courts", self.courts.value().strip())
            put(data, "law", law or None)
        if "day_basis" in given:
            data["day_basis"] = self.day_basis.value()
        if "expenses" in given:
            expenses: dict[str, Any] = {"reimbursable": self.reimbursable.value()}
            if self.reimbursable.value():
                put(expenses, "approval_over", self.approval_over.value())
            data["expenses"] = expenses
        if "ownership" in given:
            ownership: dict[str, Any] = {"rights": self.rights.value()}
            put(ownership, "territory", self.territory.value().strip())
            put(ownership, "years", self.years.value())
            ownership["exclusive"] = self.exclusive.value()
            ownership["on_full_payment"] = self.on_full_payment.value()
            ownership["portfolio_use"] = self.portfolio_use.value()
            data["ownership"] = ownership
        if "confidentiality_years" in given:
            put(data, "confidentiality_years", self.confidentiality.value())
        if "non_solicitation_months" in given:
            put(data, "non_solicitation_months", self.non_solicitation.value())
        if "data_processing" in given:
            data["data_processing"] = self.data_processing.value()
