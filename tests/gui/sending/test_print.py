"""Printing from the app: the preview shows every page of the rendered PDF; signature sheets; no printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QAction
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox

from domain.validation import read_contract_file
from gui.main.window import MainWindow
from gui.sending import printing as sending_print
from gui.sending.menu import Sending


def pdf_pages(data: bytes) -> tuple[int, list[str]]:
    """Page count and page texts of PDF bytes, read with QtPdf on their own."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    count = document.pageCount()
    texts = [document.getAllText(p).text() for p in range(count)]
    document.close()
    return count, texts


def open_window(qtbot, ctx, examples_dir: Path, name: str | None = "panaderia-v1.json") -> tuple[MainWindow, Sending]:
    if name is not None:
        ctx.repository().create_project(read_contract_file(examples_dir / name))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded, timeout=5000)
    sending = next(e for e in window.extensions if isinstance(e, Sending))
    qtbot.waitUntil(lambda: sending.detail is not None, timeout=5000)
    return window, sending


def rendered_job(qtbot, sending: Sending, dialogs, *, signatures: bool = False, kind: str = "agreement"):
    """Render through the action's own path; with no printer the question is declined, the job kept."""
    dialogs.answer = QMessageBox.StandardButton.Cancel
    sending.job = None
    if signatures:
        sending.print_signature_sheets()
    else:
        sending.print_document(kind)
    qtbot.waitUntil(lambda: sending.job is not None, timeout=20000)
    return sending.job


def test_preview_shows_every_page_of_the_rendered_agreement(qtbot, ctx, examples_dir, dialogs, tmp_path) -> None:
    _window, sending = open_window(qtbot, ctx, examples_dir)
    job = rendered_job(qtbot, sending, dialogs)
    [agreement] = job.files
    assert agreement.kind == "agreement" and agreement.data.startswith(b"%PDF")
    assert agreement.warnings == () and sending.warnings_box is None  # nothing to warn about
    expected, _texts = pdf_pages(agreement.data)
    assert expected >= 2

    preview = sending.open_preview(job)
    qtbot.waitUntil(preview.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=10000)
    assert preview.page_count() == expected
    assert preview.printed == expected
    assert preview.printer().pageLayout().pageSize().id() == sending_print.page_size("A4").id()
    preview.grab().save(str(tmp_path / "print_preview_en.png"))
    preview.reject()


def test_letter_paper_from_the_preferences(qtbot, ctx, examples_dir, dialogs) -> None:
    ctx.prefs.set("documents/paper", "Letter")
    _window, sending = open_window(qtbot, ctx, examples_dir, "brand-identity-en.json")
    job = rendered_job(qtbot, sending, dialogs, kind="checklist")
    count, _ = pdf_pages(job.files[0].data)
    preview = sending.open_preview(job)
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=10000)
    assert preview.page_count() == count
    assert preview.printer().pageLayout().pageSize().id() == sending_print.page_size("Letter").id()
    preview.reject()


def test_signature_sheets_are_the_checklist_and_the_signature_page(qtbot, ctx_es, examples_dir, dialogs, tmp_path) -> None:
    _window, sending = open_window(qtbot, ctx_es, examples_dir)
    job = rendered_job(qtbot, sending, dialogs, signatures=True)
    checklist, agreement = job.files
    assert (checklist.kind, agreement.kind) == ("checklist", "agreement")
    checklist_pages, _ = pdf_pages(checklist.data)
    agreement_pages, texts = pdf_pages(agreement.data)
    signature_pages = [i for i, text in enumerate(texts) if "Firmas" in text and "Firma:" in text]
    assert signature_pages and len(signature_pages) < agreement_pages

    assert [(p.pdf.document is job.pdfs[0].document, p.index) for p in job.pages] == (
        [(True, i) for i in range(checklist_pages)] + [(False, i) for i in signature_pages])
    preview = sending.open_preview(job)
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=10000)
    assert preview.page_count() == checklist_pages + len(signature_pages)
    preview.grab().save(str(tmp_path / "print_preview_es.png"))
    preview.reject()


def test_with_no_printer_the_user_is_offered_a_pdf(qtbot, ctx, examples_dir, dialogs, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sending_print, "printers_installed", lambda: False)
    _window, sending = open_window(qtbot, ctx, examples_dir)
    dialogs.answer = QMessageBox.StandardButton.Save
    dialogs.save_file = str(tmp_path / "out" / "contrato")
    (tmp_path / "out").mkdir()
    sending.print_document("agreement")
    qtbot.waitUntil(lambda: sending.saved is not None, timeout=20000)
    [(kind, title, text)] = dialogs.calls
    assert kind == "question" and title == "No printer"
    assert "No printer is installed" in text and "PDF" in text
    assert sending.saved == tmp_path / "out" / "contrato.pdf"
    assert sending.saved.read_bytes() == sending.job.files[0].data
    assert sending.preview is None


def test_no_printer_signature_sheets_save_one_pdf_with_those_pages(
    qtbot, ctx, examples_dir, dialogs, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(sending_print, "printers_installed", lambda: False)
    _window, sending = open_window(qtbot, ctx, examples_dir)
    dialogs.answer = QMessageBox.StandardButton.Save
    dialogs.save_file = str(tmp_path / "firmas.pdf")
    sending.print_signature_sheets()
    qtbot.waitUntil(lambda: sending.saved is not None, timeout=20000)
    count, _ = pdf_pages(sending.saved.read_bytes())
    assert count == len(sending.job.pages) >= 2


def test_declining_saves_nothing(qtbot, ctx, examples_dir, dialogs, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sending_print, "printers_installed", lambda: False)
    _window, sending = open_window(qtbot, ctx, examples_dir)
    job = rendered_job(qtbot, sending, dialogs)
    assert job is not None and sending.saved is None and sending.preview is None
    assert [k for k, _t, _x in dialogs.calls] == ["question"]


def test_the_page_range_chosen_in_the_print_dialog_is_respected(qtbot, ctx, examples_dir, dialogs, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    _window, sending = open_window(qtbot, ctx, examples_dir)
    job = rendered_job(qtbot, sending, dialogs)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert sending_print.paint(printer, job.pages) == 2
    count, _texts = pdf_pages((tmp_path / "range.pdf").read_bytes())
    assert count == 2



def test_actions_sit_in_the_menus_with_shortcuts(qtbot, ctx, examples_dir) -> None:
    window, sending = open_window(qtbot, ctx, examples_dir)
    project = window.commands.menus["project"].actions()
    for action in (sending.print_action, sending.signatures_action, sending.email_action, sending.calendar_action):
        assert action in project and action.isEnabled() and not action.shortcut().isEmpty()
    assert sending.settings_action in window.commands.menus["file"].actions()
    mine = {sending.print_action, sending.signatures_action, sending.email_action, sending.calendar_action}
    others = {a.shortcut().toString() for a in window.findChildren(QAction) if a not in mine}
    assert not {a.shortcut().toString() for a in mine} & others


def test_export_calendar_writes_one_event_per_date(qtbot, ctx_es, examples_dir, dialogs, tmp_path) -> None:
    from icalendar import Calendar

    from delivery.calendar import dated_items

    window, sending = open_window(qtbot, ctx_es, examples_dir)
    dialogs.save_file = str(tmp_path / "plazos")
    sending.calendar_action.trigger()
    qtbot.waitUntil(lambda: sending.saved is not None, timeout=10000)
    assert sending.saved == tmp_path / "plazos.ics"
    calendar = Calendar.from_ical(sending.saved.read_bytes())
    events = calendar.walk("VEVENT")
    contract = read_contract_file(examples_dir / "panaderia-v1.json")
    assert len(events) == len(dated_items(contract)) > 0
    assert any("Entrega: Página de inicio" in str(e["SUMMARY"]) for e in events)
    assert "fechas exportadas" in window.statusBar().currentMessage()


def test_a_change_order_can_be_printed_and_attached(qtbot, ctx, examples_dir, dialogs) -> None:
    from domain.lifecycle import Status
    from storage.service import record_change, set_status

    repo = ctx.repository()
    record = repo.create_project(read_contract_file(examples_dir / "panaderia-v1.json"))
    set_status(repo, record.project_id, Status.SENT)
    set_status(repo, record.project_id, Status.SIGNED)
    record_change(repo, record.project_id, read_contract_file(examples_dir / "panaderia-v2.json"),
                  reason="Más páginas", requested_by="client")
    _window, sending = open_window(qtbot, ctx, examples_dir, name=None)
    assert [k for k, _label in sending.kinds()] == ["agreement", "checklist", "change-order"]
    assert sending.kinds()[2][1] == "Change order CO-1"

    job = rendered_job(qtbot, sending, dialogs, kind="change-order")
    [order] = job.files
    assert order.kind == "change-order" and order.change == "CO-1" and order.version == 2
    assert order.name.endswith("-v2-orden-de-cambio-1.pdf")
    count, texts = pdf_pages(order.data)
    assert "CO-1" in "".join(texts)
    preview = sending.open_preview(job)
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=10000)
    assert preview.page_count() == count
    preview.reject()

    # The agreement printed is still the signed version 1, the one in force.
    job = rendered_job(qtbot, sending, dialogs, kind="agreement")
    assert job.files[0].version == 1

    sending.email()
    qtbot.waitUntil(lambda: sending.email_dialog is not None, timeout=5000)
    assert ("change-order", "pdf") in sending.email_dialog.attach


def test_print_honours_the_copies_asked_for(qtbot, ctx, examples_dir, dialogs, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    _window, sending = open_window(qtbot, ctx, examples_dir)
    job = rendered_job(qtbot, sending, dialogs, kind="checklist")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "copies.pdf"))
    printer.setCopyCount(3)
    assert not printer.supportsMultipleCopies()  # a PDF file: Pacta repeats the pages itself
    pages = len(job.pages)
    assert sending_print.paint(printer, job.pages) == 3 * pages
    count, texts = pdf_pages((tmp_path / "copies.pdf").read_bytes())
    assert count == 3 * pages
    assert texts[:pages] == texts[pages:2 * pages] == texts[2 * pages:]  # whole copies, in order


def signed_with_two_change_orders(ctx, examples_dir) -> str:
    from domain.lifecycle import Status
    from storage.service import record_change, set_status

    repo = ctx.repository()
    record = repo.create_project(read_contract_file(examples_dir / "panaderia-v1.json"))
    set_status(repo, record.project_id, Status.SENT)
    set_status(repo, record.project_id, Status.SIGNED)
    record_change(repo, record.project_id, read_contract_file(examples_dir / "panaderia-v2.json"),
                  reason="Más páginas", requested_by="client")
    record_change(repo, record.project_id, read_contract_file(examples_dir / "panaderia-v1.json"),
                  reason="Sin Instagram", requested_by="provider")
    return record.project_id


def test_any_change_order_can_be_chosen_for_printing(qtbot, ctx, examples_dir, dialogs, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    signed_with_two_change_orders(ctx, examples_dir)
    _window, sending = open_window(qtbot, ctx, examples_dir, name=None)
    offered: list[list[str]] = []

    def pick(_parent, _title, _label, items, *_args, **_kwargs):
        offered.append(list(items))
        return "Change order CO-1", True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    dialogs.answer = QMessageBox.StandardButton.Cancel
    sending.job = None
    sending.print_action.trigger()
    qtbot.waitUntil(lambda: sending.job is not None, timeout=20000)
    assert offered == [["Services agreement", "Scope checklist", "Change order CO-2", "Change order CO-1"]]
    [order] = sending.job.files
    assert (order.change, order.version) == ("CO-1", 2) and order.name.endswith("-v2-orden-de-cambio-1.pdf")

    sending.email()
    qtbot.waitUntil(lambda: sending.email_dialog is not None, timeout=5000)
    dialog = sending.email_dialog
    assert dialog.change_choice is not None
    assert [dialog.change_choice.itemText(i) for i in range(dialog.change_choice.count())] == [
        "Change order CO-2", "Change order CO-1"]
    assert dialog.chosen_change() == "CO-2"  # the latest unless another is chosen
    dialog.change_choice.setCurrentIndex(1)
    assert dialog.chosen_change() == "CO-1"


def test_rendering_warnings_are_shown_without_blocking(qtbot, ctx, examples_dir, dialogs) -> None:
    from domain.model import Contract

    data = read_contract_file(examples_dir / "brand-identity-en.json").model_dump()
    ctx.repository().create_project(Contract.model_validate({**data, "title": "Logo 中文 project"}))
    _window, sending = open_window(qtbot, ctx, examples_dir, name=None)
    job = rendered_job(qtbot, sending, dialogs)
    assert job.files[0].warnings
    box = sending.warnings_box
    assert box is not None and box.isVisible() and not box.isModal()
    assert "中 (U+4E2D)" in box.informativeText() and job.files[0].name in box.informativeText()
    box.close()
    qtbot.waitUntil(lambda: sending.warnings_box is None, timeout=5000)


def test_edit_mail_templates_opens_a_folder_of_editable_templates(
    qtbot, ctx, examples_dir, dialogs, monkeypatch
) -> None:
    import os

    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    window, sending = open_window(qtbot, ctx, examples_dir)
    assert sending.templates_action in window.commands.menus["file"].actions()
    sending.templates_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    folder = Path(opened[0])
    assert folder == Path(os.environ["PACTA_CONFIG"]) / "mail"
    assert sorted(p.name for p in folder.iterdir()) == ["contract.en.txt", "contract.es.txt"]
    [(kind, title, text)] = dialogs.calls
    assert (kind, title) == ("information", "Mail templates") and str(folder) in text and "${project}" in text

    # What the user changed is kept, used by the email dialog, and an unknown name is reported.
    (folder / "contract.es.txt").write_text("Para usted: ${project} ${proyecto}\n\nHola, ${client_contact}.\n",
                                            encoding="utf-8")
    opened.clear()
    dialogs.calls.clear()
    sending.templates_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert (folder / "contract.es.txt").read_text(encoding="utf-8").startswith("Para usted")
    [(_kind, _title, text)] = dialogs.calls
    assert "contract.es.txt: ${proyecto}" in text
    sending.email()
    qtbot.waitUntil(lambda: sending.email_dialog is not None, timeout=5000)
    dialog = sending.email_dialog
    assert dialog.subject.text() == "Para usted: Rediseño del sitio web de Panadería La Espiga ${proyecto}"
    assert dialog.body.toPlainText().startswith("Hola, Jorge")
