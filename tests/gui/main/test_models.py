"""The item models keep Qt's contract (pytest-qt's model tester) and Pacta's."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from gui.main.projects import ProjectFilter, ProjectTableModel
from gui.wizard.deliverables_model import DeliverablesModel

ROWS = [
    {"id": "A", "title": "Home page", "due": "2026-11-30", "price": "900.00"},
    {"id": "B", "title": "Menu", "description": "Línea 1\nLínea 2"},
    {"id": "C", "title": "Order form", "price": "600"},
]


def test_the_deliverables_model_passes_the_model_tester(qtmodeltester) -> None:
    model = DeliverablesModel()
    model.from_data(ROWS)
    qtmodeltester.check(model, force_py=True)
    model.add({"title": "New"})
    model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    model.removeRows(1, 1)
    qtmodeltester.check(model, force_py=True)


def test_the_deliverables_model_edits_moves_and_reports_changes(qtbot) -> None:
    model = DeliverablesModel()
    model.from_data(ROWS)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        assert model.setData(model.index(0, 1), "Portada")
    assert blocker.args[2] == [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole]
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert [r["id"] for r in model.rows()] == ["C", "A", "B"]
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert [r["id"] for r in model.rows()] == ["A", "B", "C"]
    assert model.to_data()[0] == {"id": "A", "title": "Portada", "due": "2026-11-30", "price": "900.00"}
    model.set_errors({(1, "title"): "Title must not be empty"})
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "Title must not be empty"


def test_the_project_model_passes_the_model_tester(qtmodeltester, ctx, examples_dir) -> None:
    from domain.validation import read_contract_file

    repo = ctx.repository()
    for name in ("panaderia-v1.json", "brand-identity-en.json"):
        repo.create_project(read_contract_file(examples_dir / name))
    model = ProjectTableModel()
    model.set_projects(repo.list_projects()[0])
    proxy = ProjectFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_text("northwind")
    assert proxy.rowCount() == 1
    shown = proxy.index(0, ProjectTableModel.TITLE)
    assert proxy.data(shown, Qt.ItemDataRole.ToolTipRole) == "Brand identity for Northwind Coffee Roasters"
    assert proxy.data(proxy.index(0, ProjectTableModel.VERSION), Qt.ItemDataRole.ToolTipRole) is None
