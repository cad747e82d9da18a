"""The whole wizard driven by keys and clicks: the example contract goes in, the same comes out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from domain.validation import contract_to_data, read_contract_file
from gui.main_window import MainWindow
from gui.wizard.wizard import PageId
from tests.gui.drive import fill_wizard
from tests.gui.keys import click


def test_entering_the_panaderia_example_saves_the_same_contract(qtbot, ctx_es, examples_dir: Path, dialogs) -> None:
    expected = read_contract_file(examples_dir / "panaderia-v1.json")
    window = MainWindow(ctx_es)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded)
    click(qtbot, window.start_button)
    wizard = window.ops.wizards[0]
    fill_wizard(qtbot, wizard, contract_to_data(expected))
    review = wizard.page(PageId.REVIEW)
    assert review.isComplete(), review.messages()
    assert "Panadería La Espiga S.L." in review.summary.toPlainText()
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    projects, problems = ctx_es.repository().list_projects()
    assert problems == []
    saved = ctx_es.repository().version(projects[0].id).contract
    assert contract_to_data(saved) == contract_to_data(expected)
    assert ctx_es.repository().drafts() == {}
    assert ctx_es.repository().profile()["name"] == "Lucía Martín Estudio"
    assert dialogs.calls == []


def test_review_previews_the_pdf_and_generates_the_documents(qtbot, ctx, examples_dir, dialogs, tmp_path,
                                                             monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    from gui.wizard.wizard import ContractWizard

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    data = contract_to_data(read_contract_file(examples_dir / "brand-identity-en.json"))
    wizard = ContractWizard(ctx, data=data)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < PageId.REVIEW:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    review = wizard.currentPage()
    qtbot.waitUntil(lambda: review.pdf.pageCount() > 0, timeout=20000)
    assert "page" in review.preview_status.text()
    out = tmp_path / "docs"
    out.mkdir()
    dialogs.folder = str(out)
    click(qtbot, review.generate_button)
    qtbot.waitUntil(lambda: len(list(out.iterdir())) == 4 and bool(opened), timeout=30000)
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".docx", ".pdf", ".pdf"]
    assert opened == [str(out)]
    assert wizard.project_id is not None and not wizard.dirty
    records = ctx.repository().records(wizard.project_id)
    assert [r.kind for r in records].count("document") == 4
