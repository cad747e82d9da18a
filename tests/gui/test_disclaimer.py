"""The note that Pacta writes documents, not legal advice, lives in the app (About, first start,
beside Generate documents), and two preferences add it and "Prepared with Pacta" to documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QWizard

from domain.validation import contract_to_data, read_contract_file
from gui.main.window import EMPTY, MainWindow
from gui.preferences.dialog import PreferencesDialog
from gui.wizard.wizard import ContractWizard, PageId
from tests.gui.keys import click

ES = "Pacta redacta documentos, no ofrece asesoramiento jurídico; todas las cláusulas se pueden modificar."


def test_about_and_the_first_start_say_it(qtbot, ctx_es, dialogs) -> None:
    window = MainWindow(ctx_es)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded, timeout=5000)
    assert window.stack.currentIndex() == EMPTY
    assert window.disclaimer.text() == ES and window.disclaimer.isVisible()
    window.commands.about.trigger()
    [(_kind, _title, text)] = dialogs.calls
    assert ES in text


def test_the_review_page_says_it_beside_generate(qtbot, ctx, examples_dir: Path) -> None:
    data = contract_to_data(read_contract_file(examples_dir / "panaderia-v1.json"))
    wizard = ContractWizard(ctx, data=data)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < PageId.REVIEW:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    review = wizard.currentPage()
    assert review.disclaimer.isVisible()
    assert review.disclaimer.text().startswith("Pacta writes documents, not legal advice; every clause is editable.")


def test_preferences_add_the_notice_and_prepared_with_pacta_off_by_default(qtbot, ctx_es) -> None:
    assert ctx_es.prefs.get("documents/legal_notice") is False
    assert ctx_es.prefs.get("documents/prepared_with_pacta") is False
    dialog = PreferencesDialog(ctx_es.prefs, lang="es")
    qtbot.addWidget(dialog)
    notice, prepared = dialog.editors["documents/legal_notice"], dialog.editors["documents/prepared_with_pacta"]
    assert isinstance(notice, QCheckBox) and isinstance(prepared, QCheckBox)
    assert not notice.isChecked() and not prepared.isChecked()
    assert notice.text() == "Añadir a los documentos la nota de que no son asesoramiento jurídico"
    assert prepared.text() == "Añadir «Preparado con Pacta» bajo el título de los documentos"
    notice.setChecked(True)
    dialog.accept()
    assert ctx_es.prefs.get("documents/legal_notice") is True
    assert ctx_es.prefs.get("documents/prepared_with_pacta") is False
    # Kept under the keys the documents' render option reads.
    assert ctx_es.prefs.settings.value("documents/legal_notice") in (True, "true")


def _pdf_text(path: Path) -> str:
    import subprocess

    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_the_preferences_reach_the_generated_documents(qtbot, ctx, examples_dir: Path, tmp_path: Path) -> None:
    from gui.core import services
    from gui.core.options import render_options

    pid = ctx.repository().create_project(read_contract_file(examples_dir / "brand-identity-en.json")).project_id

    def agreement_text(folder: Path) -> str:
        from delivery.verifying import verify

        folder.mkdir()
        paths = services.generate_documents(repo=ctx.repository(), project_id=pid, folder=folder, paper="A4",
                                            options=render_options(ctx.prefs))
        [pdf] = [p for p in paths if p.suffix == ".pdf" and "agreement" in p.name]
        # Verify takes the notice and "Prepared with Pacta" for the preference they are, not a change.
        found = verify(ctx.repository(), pdf)
        assert found.compared_with == "agreement" and found.differences == ()
        return _pdf_text(pdf)

    plain = agreement_text(tmp_path / "plain")
    assert "It is not legal advice" not in plain and "Prepared with Pacta" not in plain
    ctx.prefs.set("documents/legal_notice", True)
    ctx.prefs.set("documents/prepared_with_pacta", True)
    both = agreement_text(tmp_path / "both")
    assert "It is not legal advice" in both and "Prepared with Pacta on" in both
