"""Page 2: who does what, on both sides."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from gui.widgets.fields import LineField, TextField, lines_of
from gui.widgets.rows import Column, RowsEditor, RowsModel
from gui.wizard.page import ROW_PATH, ContractPage, put


class RolesPage(ContractPage):
    """The provider's people and the client's people, each with their responsibilities."""

    OWNS = ("roles",)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Roles and responsibilities"))
        self.setSubTitle(self.tr("Who does what, on both sides."))
        self.why.setText(self.tr(
            "Both sides can say yes to different pictures of the work. Writing down each person's role, "
            "yours and the client's, is what turns agreement into clarity."))
        self.editors: dict[str, RowsEditor] = {}
        for party, caption in (("provider", self.tr("Your side")), ("client", self.tr("The client's side"))):
            heading = QLabel(caption, self)
            heading.setObjectName("sectionTitle")
            self.body.addWidget(heading)
            model = RowsModel([
                Column("person", self.tr("Person")),
                Column("role", self.tr("Role")),
                Column("responsibilities", self.tr("Responsibilities"), inline=False),
            ], self)
            editor = RowsEditor(model, lambda: {}, self)
            editor.setObjectName(f"roles_{party}")
            editor.bind("person", LineField(editor), self.tr("Person"))
            editor.bind("role", LineField(editor), self.tr("Role"))
            editor.bind("responsibilities", TextField(parent=editor), self.tr("Responsibilities (one per line)"))
            self.body.addWidget(editor, 1)
            self.editors[party] = editor
        self.bind_rows("roles", self.editors["provider"], self.tr("Roles"))
        for party, caption in (("provider", self.tr("Roles: your side")), ("client", self.tr("Roles: the client's side"))):
            self.editors[party].table.setAccessibleName(caption)
        self.editors["client"].changed.connect(self._on_edit)

    def _split(self, row: int) -> tuple[str, int]:
        count = self.editors["provider"].model.rowCount()
        return ("provider", row) if row < count else ("client", row - count)

    def label_for(self, path: str) -> str:
        """Name a role's field by its side and row on that side."""
        match = ROW_PATH.match(path)
        if not (match and match["prefix"] == "roles" and match["key"]):
            return super().label_for(path)
        party, row = self._split(int(match["row"]))
        side = self.tr("your side") if party == "provider" else self.tr("the client's side")
        return self.tr("{field} ({side}, row {row})").format(
            field=self.editors[party].label(match["key"]), side=side, row=row + 1)

    def row_editors(self) -> list[RowsEditor]:
        """Both sides' tables."""
        return list(self.editors.values())

    def row_touched(self, prefix: str, row: int, key: str) -> bool:
        """Whether the user edited this cell, in the table of its side."""
        party, local = self._split(row)
        return self.editors[party].model.touched(local, key)

    def shows(self, path: str) -> bool:
        """A problem with the list of roles shows once either side's list was changed."""
        if path == "roles" or (path.startswith("roles[") and "." not in path):
            return self.reveal or any(e.list_touched for e in self.row_editors())
        return super().shows(path)

    def focus_problem(self, path: str) -> None:
        """Select the role's row in the table of its side and put the keyboard in the field."""
        match = ROW_PATH.match(path)
        if not (match and match["prefix"] == "roles"):
            super().focus_problem(path)
            return
        party, row = self._split(int(match["row"]))
        editor = self.editors[party]
        editor.select(row)
        if match["key"] in editor.form_keys():
            editor.editor(match["key"]).setFocus()
        else:
            editor.table.setFocus()

    def show_row_errors(self, prefix: str, errors: dict[tuple[int, str], str]) -> None:
        """Send each role's errors to the table of its side."""
        split: dict[str, dict[tuple[int, str], str]] = {"provider": {}, "client": {}}
        for (row, key), message in errors.items():
            party, local = self._split(row)
            split[party][(local, key)] = message
        for party, editor in self.editors.items():
            editor.show_errors(split[party])

    def _all_rows(self) -> list[tuple[str, dict[str, str]]]:
        return [(party, row) for party, editor in self.editors.items() for row in editor.model.rows()]

    def contribute(self, data: dict[str, Any]) -> None:
        """Write the roles, provider's first."""
        roles = []
        for party, row in self._all_rows():
            role: dict[str, Any] = {"party": party}
            put(role, "person", row.get("person", ""))
            role["role"] = row.get("role", "")
            responsibilities = lines_of(row.get("responsibilities", ""))
            if responsibilities:
                role["responsibilities"] = responsibilities
            roles.append(role)
        put(data, "roles", roles or None)

    def load(self, data: dict[str, Any]) -> None:
        """Show the roles, split by side."""
        for party, editor in self.editors.items():
            editor.model.set_rows([
                {"person": r.get("person", ""), "role": r.get("role", ""),
                 "responsibilities": "\n".join(r.get("responsibilities", []))}
                for r in data.get("roles", []) if r.get("party") == party
            ])
            if editor.model.rowCount():
                editor.select(0)
