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

    def add(self, values: dict[str, str], at: int | None = None) -> int:
        """Insert a row; a row without a code gets the next free one at once (D1, D2 …).

        So an installment can name the deliverable it pays for before the contract is saved.
        """
        if not str(values.get("id", "")).strip():
            values = {**values, "id": self.next_id()}
        return super().add(values, at)

    def next_id(self) -> str:
        """The first code of D1, D2 … that no row uses."""
        from domain.deliverables import next_id

        return next_id(row.get("id", "").strip() for row in self.rows())

    def to_data(self) -> list[dict[str, str]]:
        """The deliverables as interchange data (empty optional fields left out)."""
        out = []
        for row in self.rows():
            item = {k: row.get(k, "").strip() if k in ("id", "due", "price") else row.get(k, "") for k in KEYS}
            out.append({k: v for k, v in item.items() if v.strip() or k == "title"})
        return out

    def from_data(self, items: list[dict[str, object]]) -> None:
        """Show deliverables from interchange data."""
        rows = [{k: item.get(k, "") for k in KEYS} for item in items]
        used = {str(r["id"]).strip() for r in rows if str(r.get("id") or "").strip()}
        for row in rows:
            if not str(row.get("id") or "").strip():
                from domain.deliverables import next_id

                row["id"] = fresh = next_id(used)
                used.add(fresh)
        self.set_rows(rows)
