"""Page 4: what the client hands over, and by when."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from gui.widgets.fields import DateField, LineField, local_date
from gui.widgets.rows import Column, RowsEditor, RowsModel
from gui.wizard.page import ContractPage, put


class ClientInputsPage(ContractPage):
    """Texts, photos, logins: the client's commitments, with due dates."""

    OWNS = ("client_inputs",)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("What the client hands over"))
        self.setSubTitle(self.tr("The material you need from the client before work can go on."))
        self.why.setText(self.tr(
            "Commitments go both ways. When texts, photos or logins arrive late, the dates written "
            "here show why your own deadlines moved."))
        self.model = RowsModel([Column("title", self.tr("What")), Column("due", self.tr("By"), display=local_date)], self)
        self.editor = RowsEditor(self.model, dict, self)
        self.editor.setObjectName("client_inputs")
        self.editor.bind("title", LineField(self.editor), self.tr("What"))
        self.editor.bind("due", DateField(self.editor), self.tr("By"))
        self.bind_rows("client_inputs", self.editor, self.tr("Client inputs"))
        self.body.addWidget(self.editor, 1)

    def contribute(self, data: dict[str, Any]) -> None:
        """Write the client inputs."""
        items = []
        for row in self.model.rows():
            item = {"title": row.get("title", "")}
            put(item, "due", row.get("due", "").strip())
            items.append(item)
        put(data, "client_inputs", items or None)

    def load(self, data: dict[str, Any]) -> None:
        """Show the client inputs."""
        self.model.set_rows([{"title": i.get("title", ""), "due": i.get("due", "")}
                             for i in data.get("client_inputs", [])])
        if self.model.rowCount():
            self.editor.select(0)
