"""No surprises: your own details change only when you say so, the trash asks and says how to come
back, Generate says which version it saved, copies and file names follow the project's language,
and an OS error is explained in the UI language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from domain.validation import contract_to_data, read_contract_file
from gui.core.errors import describe, os_error_text
from gui.main.window import MainWindow
from gui.preferences.dialog import PreferencesDialog
from gui.wizard.wizard import ContractWizard, PageId
from tests.gui.keys import click, replace_text


def _window(qtbot, ctx, examples_dir: Path, *names: str) -> MainWindow:
    for name in names:
        ctx.repository().create_project(read_contract_file(examples_dir / name))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded, timeout=5000)
    return window


def _finish(qtbot, window: MainWindow, wizard: ContractWizard) -> None:
    while wizard.currentId() < PageId.REVIEW:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))


def test_opening_and_saving_an_imported_project_leaves_your_details_alone(qtbot, ctx, examples_dir) -> None:
    ctx.repository().save_profile({"name": "Me Myself Studio"})
    window = _window(qtbot, ctx, examples_dir, "brand-identity-en.json")
    window.table.selectRow(0)
    window.commands.open.trigger()
    qtbot.waitUntil(lambda: bool(window.ops.wizards), timeout=5000)
    wizard = window.ops.wizards[0]
    replace_text(qtbot, wizard.page(PageId.PROJECT).project_title, "Renamed brand work")
    _finish(qtbot, window, wizard)
    qtbot.waitUntil(lambda: not ctx.tasks.busy and ctx.repository().version(window.selected_id()).number == 2,
                    timeout=10000)
    assert ctx.repository().profile() == {"name": "Me Myself Studio"}


def test_ticking_use_these_as_my_details_keeps_them_for_the_next_contract(qtbot, ctx, examples_dir) -> None:
    window = _window(qtbot, ctx, examples_dir)
    window.ops.open_wizard(contract_to_data(read_contract_file(examples_dir / "brand-identity-en.json")))
    wizard = window.ops.wizards[0]
    box = wizard.page(PageId.PROJECT).remember_provider
    assert not box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() and wizard.remember_provider()
    _finish(qtbot, window, wizard)
    qtbot.waitUntil(lambda: ctx.repository().profile().get("name") == "Ada Okafor Design LLC", timeout=10000)
    window.ops.new_contract()
    fresh = window.ops.wizards[-1]
    assert fresh.page(PageId.PROJECT).provider[1]["name"].text() == "Ada Okafor Design LLC"


def test_your_details_are_edited_in_preferences_and_checked(qtbot, ctx_es) -> None:
    dialog = PreferencesDialog(ctx_es.prefs, lang="es", profile={"name": "Lucía Martín"})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.profile_editors["name"].text() == "Lucía Martín"
    replace_text(qtbot, dialog.profile_editors["email"], "llámeme quizá")
    dialog.accept()
    assert dialog.isVisible() and dialog.problems.isVisible()
    assert "correo" in dialog.problems.text()
    assert dialog.profile_editors["email"].property("invalid")
    replace_text(qtbot, dialog.profile_editors["email"], "lucia@estudio.es")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.profile_changed() and dialog.profile() == {"name": "Lucía Martín", "email": "lucia@estudio.es"}


def test_preferences_save_your_details_off_the_gui_thread(qtbot, ctx, monkeypatch) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.repository_ready()

    def exec_(dialog: PreferencesDialog) -> int:
        dialog.profile_editors["name"].setText("Studio North")
        dialog.profile_editors["phone"].setText("+1 555 0100")
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", exec_)
    window.commands.preferences.trigger()
    qtbot.waitUntil(lambda: "saved for new contracts" in window.statusBar().currentMessage(), timeout=5000)
    assert ctx.repository().profile() == {"name": "Studio North", "phone": "+1 555 0100"}


def test_trash_asks_first_and_says_how_to_restore(qtbot, ctx, examples_dir, dialogs) -> None:
    window = _window(qtbot, ctx, examples_dir, "minimal.json")
    window.table.selectRow(0)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.commands.trash.trigger()
    qtbot.wait(200)
    assert dialogs.titles("question") == ["Move to the trash?"]
    assert "Restore from trash" in dialogs.calls[0][2]
    assert ctx.repository().list_projects()[0] != [] and window.model.rowCount() == 1
    dialogs.answer = QMessageBox.StandardButton.Yes
    window.commands.trash.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    message = window.statusBar().currentMessage()
    assert "is in the trash" in message and "View › Show trash" in message


def test_generate_says_it_saved_a_version(qtbot, ctx, examples_dir, dialogs, tmp_path, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: True))
    wizard = ContractWizard(ctx, data=contract_to_data(read_contract_file(examples_dir / "panaderia-v1.json")))
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < PageId.REVIEW:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    review = wizard.currentPage()
    out = tmp_path / "out"
    out.mkdir()
    dialogs.folder = str(out)
    click(qtbot, review.generate_button)
    qtbot.waitUntil(lambda: "written" in review.save_status.text(), timeout=30000)
    assert review.save_status.text() == "Saved as version 1. 4 documents written."
    # A Spanish project: Spanish file names.
    stem = "rediseno-del-sitio-web-de-panaderia-la-espiga-v1-"
    assert sorted(p.name for p in out.iterdir()) == [
        stem + "contrato.docx", stem + "contrato.pdf", stem + "lista-de-alcance.docx", stem + "lista-de-alcance.pdf"]


def test_duplicate_titles_the_copy_in_the_projects_language(qtbot, ctx, examples_dir) -> None:
    window = _window(qtbot, ctx, examples_dir, "panaderia-v1.json")  # an English UI, a Spanish project
    window.table.selectRow(0)
    window.commands.duplicate.trigger()
    qtbot.waitUntil(lambda: bool(window.ops.wizards), timeout=5000)
    title = window.ops.wizards[0].page(PageId.PROJECT).project_title.text()
    assert title.endswith(" (copia)") and "(copy)" not in title


def test_a_missing_program_is_named_in_the_ui_language(ctx_es) -> None:
    error = FileNotFoundError(2, "No such file or directory", "xdg-open")
    text = os_error_text(error, "es")
    assert text == "El programa «xdg-open» no está instalado en este equipo, así que Pacta no puede abrir el archivo con él."
    assert "Errno" not in describe(error, "es") and "[Errno" not in text
    assert os_error_text(PermissionError(13, "Permission denied", "/x/y.pdf"), "es") != "Permission denied"


def test_characters_the_pdf_cannot_print_are_named_before_documents_are_made(qtbot, ctx_es, examples_dir) -> None:
    data = contract_to_data(read_contract_file(examples_dir / "panaderia-v1.json"))
    data["client"]["name"] = "Panadería 麵包 😀"
    data["deliverables"][0]["title"] = "Menú en árabe: قائمة"
    wizard = ContractWizard(ctx_es, data=data)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < PageId.REVIEW:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    review = wizard.currentPage()
    qtbot.waitUntil(lambda: review.print_warning.isVisible(), timeout=10000)
    lines = review.print_warning.text().split("\n")
    assert len(lines) == 2
    client, deliverable = sorted(lines)
    assert "麵 (U+9EB5)" in client and "😀" in client and "no puede imprimir" in client
    assert deliverable.startswith("entregable ") and "ق" in deliverable
    # A contract the fonts can print shows no warning.
    wizard.back()
    data["deliverables"][0]["title"] = "Menú"
    wizard.load(data | {"client": {**data["client"], "name": "Panadería"}})
    wizard.next()
    qtbot.waitUntil(lambda: not review.print_warning.isVisible(), timeout=10000)


def test_file_errors_in_the_mail_dialog_are_said_in_spanish(ctx_es) -> None:
    from gui.sending.email_work import error_detail

    assert error_detail(FileNotFoundError(2, "No such file or directory", "xdg-open"), "es").startswith(
        "El programa «xdg-open» no está instalado")
    text = error_detail(PermissionError(13, "Permission denied", "/srv/salida/borrador.eml"), "es")
    assert text == "no tiene permiso para escribirlo (/srv/salida/borrador.eml)" and "Errno" not in text
