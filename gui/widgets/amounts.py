"""Money and percentages typed the way the UI language writes them, read exactly (domain.amounts).

`AmountField` reads `1.234,56` in Spanish and `1,234.56` in English as 1234.56, and a
plain `1234,56` or `1234.56` the way a person of that language means it. What it
cannot read for sure (ambiguous, not a number, negative, above 100 %) is never turned
into another number: `value()` then hands on the text as typed behind `UNREAD`, a mark
the contract model always refuses, and `retell` turns the model's refusal back into the
field's own message ("cannot be read for sure (1234.56): write 123.456 or 1.234,56").
On leaving the field it shows the value it holds, written back in the UI language.

The same holds in tables: `AmountDelegate` edits a row's cell with an `AmountField`,
and `shown` writes a cell's value for the table.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

if TYPE_CHECKING:
    from domain.validation import Issue

#: Put before typed text that was not read (U+2060 WORD JOINER: invisible, never part of a number).
UNREAD = "\u2060"
#: How the contract model writes a decimal: digits, and a point before the decimals.
PLAIN = re.compile(r"^\d+(\.\d+)?$")
#: The model's refusals of a number that `retell` says again in the field's own words.
NUMBER_CODES = frozenset({"number", "negative", "percent", "precision", "too_large"})


def ui_lang() -> str:
    """es or en: the language the UI speaks (the default QLocale follows it)."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def is_percent(path: str) -> bool:
    """Whether a contract path holds a percentage (`payment.deposit_percent`, `…[2].percent`)."""
    return path.rsplit(".", 1)[-1].endswith("percent")


def read(text: str, lang: str, *, percent: bool = False, currency: str | None = None,
         field: str = "") -> Decimal | None:
    """The amount typed, None for blank text; ContractError naming `field` when it cannot be read."""
    from domain.amounts import parse_optional_amount

    return parse_optional_amount(text, lang, field=field, currency=currency or None, percent=percent)


def write(value: Decimal, lang: str, *, currency: str | None = None) -> str:
    """A value written back in `lang`: money with at least its currency's decimals, percentages as held."""
    from domain.amounts import format_amount

    places = None
    exponent = value.as_tuple().exponent
    if currency and isinstance(exponent, int):
        from babel.numbers import get_currency_precision

        places = max(get_currency_precision(currency), -exponent)
    return format_amount(value, lang, places=places)


def shown(stored: str, lang: str | None = None, *, currency: str | None = None) -> str:
    """A stored value as a person reads it: `1234.5` → `1.234,5` in Spanish; unread text as typed."""
    text = "" if stored is None else str(stored)
    if text.startswith(UNREAD):
        return text[len(UNREAD):]
    if not PLAIN.match(text.strip()):
        return text
    try:
        return write(Decimal(text.strip()), lang or ui_lang(), currency=currency)
    except (InvalidOperation, ValueError):
        return text


def decimal_of(stored: Any) -> Decimal | None:
    """A stored value as Decimal, None when blank or unread."""
    text = "" if stored is None else str(stored).strip()
    if not PLAIN.match(text):
        return None
    return Decimal(text)


def contract_currency(data: dict[str, Any]) -> str | None:
    """The currency of contract data as typed, when it looks like a code (EUR), else None."""
    code = str(data.get("currency") or "").strip().upper()
    return code if re.fullmatch(r"[A-Z]{3}", code) else None


def retell(issue: Issue, data: dict[str, Any], lang: str) -> Issue:
    """The model's refusal of an unread amount, said as the field would say it."""
    from domain.validation import ContractError, Issue

    if issue.code not in NUMBER_CODES:
        return issue
    raw = value_at(data, issue.path)
    if not isinstance(raw, str) or not raw.startswith(UNREAD):
        return issue
    try:
        read(raw[len(UNREAD):], lang, percent=is_percent(issue.path), currency=contract_currency(data))
    except ContractError as error:
        found = error.issues[0]
        return Issue(issue.path, found.code, found.params)
    return issue


def value_at(data: Any, path: str) -> Any:
    """The value at a contract path such as `payment.installments[1].percent` (None if absent)."""
    value = data
    for part in re.findall(r"[^.\[\]]+", path):
        if isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        elif isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return None
    return value


class AmountField(QLineEdit):
    """An amount of money, or a percentage, typed in the UI language and read exactly."""

    edited = Signal()

    def __init__(self, *, percent: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.percent = percent
        #: The contract's currency, once known: its symbol is accepted and its decimals are the limit.
        self.currency: str | None = None
        self.lang = ui_lang()
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(160)
        self.setMaxLength(60)
        self.setPlaceholderText(write(Decimal("12.5") if percent else Decimal("1234.56"), self.lang))
        self.textChanged.connect(self.edited)
        self.editingFinished.connect(self.tidy)

    def amount(self) -> Decimal | None:
        """The amount typed (None when blank); ContractError when it cannot be read."""
        return read(self.text(), self.lang, percent=self.percent, currency=self.currency)

    def value(self) -> str:
        """The amount as the contract writes it (`1234.56`), "" when blank, or UNREAD + the text as typed."""
        from domain.validation import ContractError

        try:
            amount = self.amount()
        except ContractError:
            return UNREAD + self.text()
        return "" if amount is None else format(amount, "f")

    def problem(self, label: str | None = None) -> str | None:
        """Why the text cannot be read (naming the field by `label`), or None."""
        from domain.validation import ContractError

        try:
            self.amount()
        except ContractError as error:
            text = error.issues[0].message(self.lang, label or self.accessibleName() or None)
            return text[:1].upper() + text[1:]
        return None

    def setValue(self, value: object) -> None:
        """Show a stored value written the UI language's way (unread text as it was typed)."""
        text = shown("" if value is None else str(value), self.lang, currency=None if self.percent else self.currency)
        if text != self.text():
            self.setText(text)

    def tidy(self) -> None:
        """Write what was read back in the UI language (1234,5 → 1.234,50), leaving unread text alone."""
        from domain.validation import ContractError

        try:
            amount = self.amount()
        except ContractError:
            return
        if amount is not None:
            text = write(amount, self.lang, currency=None if self.percent else self.currency)
            if text != self.text():
                self.setText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.tidy()
        super().focusOutEvent(event)


class AmountDelegate(QStyledItemDelegate):
    """Edits a table cell of money or percentages with an AmountField."""

    def __init__(self, *, percent: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.percent = percent
        self.currency: str | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = AmountField(percent=self.percent, parent=parent)
        editor.currency = self.currency
        editor.setMaximumWidth(16777215)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, AmountField)
        editor.setValue(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, AmountField)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
