"""Page 3: what you deliver, by when, for how much, and what is not included."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from gui.core.defs import LONG_TEXT_LINES
from gui.widgets.amounts import AmountDelegate, AmountField, contract_currency
from gui.widgets.fields import DateField, LineField, TextField, lines_of
from gui.widgets.rows import RowsEditor
from gui.wizard.deliverables_model import DeliverablesModel
from gui.wizard.page import ContractPage, put


class DeliverablesPage(ContractPage):
    """The scope checklist (an editable table) and the out-of-scope list."""

    OWNS = ("deliverables", "out_of_scope")

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Deliverables"))
        self.setSubTitle(self.tr("What you hand over, how both sides know it is done, and by when."))
        self.why.setText(self.tr(
            "A detailed list with deadlines, signed before work starts, settles arguments later. "
            "Saying what is not included stops the scope from growing in conversation."))
        self.model = DeliverablesModel(self)
        self.editor = RowsEditor(self.model, dict, self)
        self.editor.setObjectName("deliverables")
        for column in (2, 3):
            self.editor.table.setColumnHidden(column, True)
        self.editor.bind("title", LineField(self.editor), self.tr("Title"))
        self.editor.bind("description", TextField(parent=self.editor), self.tr("Description"))
        self.editor.bind("acceptance", TextField(parent=self.editor), self.tr("Acceptance criteria"))
        self.editor.bind("due", DateField(self.editor), self.tr("Due date"))
        self.price = AmountField(parent=self.editor)
        self.editor.bind("price", self.price, self.tr("Price"))
        # A price typed into the table is read the same way as one typed into the form.
        self.price_cells = AmountDelegate(parent=self.editor.table)
        self.editor.table.setItemDelegateForColumn([c.key for c in self.model.columns].index("price"), self.price_cells)
        code = LineField(self.editor)
        code.setMaximumWidth(120)
        code.setPlaceholderText(self.tr("automatic"))
        self.editor.bind("id", code, self.tr("Code"))
        self.bind_rows("deliverables", self.editor, self.tr("Deliverables"))
        self.body.addWidget(self.editor, 3)
        heading = QLabel(self.tr("Not included (one item per line)"), self)
        heading.setObjectName("sectionTitle")
        self.body.addWidget(heading)
        self.out_of_scope = self.bind("out_of_scope", TextField(LONG_TEXT_LINES, self), self.tr("Not included"))
        self.body.addWidget(self.out_of_scope)

    def initializePage(self) -> None:
        """Read prices in the contract's currency (its symbol accepted, its decimals the limit)."""
        wizard = self.contract_wizard()
        self.price.currency = self.price_cells.currency = contract_currency(wizard.data(upto=self) if wizard else {})
        super().initializePage()

    def contribute(self, data: dict[str, Any]) -> None:
        """Write the deliverables and the out-of-scope list."""
        data["deliverables"] = self.model.to_data()
        put(data, "out_of_scope", lines_of(self.out_of_scope.value()) or None)

    def load(self, data: dict[str, Any]) -> None:
        """Show the deliverables and the out-of-scope list."""
        self.model.from_data(data.get("deliverables", []))
        self.out_of_scope.setValue(data.get("out_of_scope", []))
        if self.model.rowCount():
            self.editor.select(0)
