"""The deliverables table: one row per line of the scope checklist."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gui.widgets.fields import local_date
from gui.widgets.rows import Column, RowsModel

KEYS = ("id", "title", "description", "acceptance", "due", "price")


class DeliverablesModel(RowsModel):
    """Code, title, description, acceptance criteria, due date and price of each deliverable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            Column("id", self.tr("Code")),
            Column("title", self.tr("Title")),
            Column("description", self.tr("Description")),
            Column("acceptance", self.tr("Acceptance criteria")),
            Column("due", self.tr("Due date"), display=local_date),
            Column("price", self.tr("Price"), numeric=True),
        ], parent)

    def to_data(self) -> list[dict[str, str]]:
        """The deliverables as interchange data (empty optional fields left out)."""
        out = []
        for row in self.rows():
            item = {k: row.get(k, "").strip() if k in ("id", "due", "price") else row.get(k, "") for k in KEYS}
            out.append({k: v for k, v in item.items() if v.strip() or k == "title"})
        return out

    def from_data(self, items: list[dict[str, object]]) -> None:
        """Show deliverables from interchange data."""
        self.set_rows([{k: item.get(k, "") for k in KEYS} for item in items])
