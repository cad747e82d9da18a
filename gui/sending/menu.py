"""Getting documents to the client: print, email and calendar.

`install(host)` adds to the Project menu: Print…, Print signature sheets…, Email… and Export
calendar…; to the File menu: Mail server settings… and Edit mail templates…. Rendering, sending
and file writes run on the task runner; the dialogs live in printing.py, email_dialog.py and
settings.py. What the renderer had to change in a document (characters the PDF fonts
cannot print) is shown in a message that does not block the window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from gui.core.options import LAST_FOLDER, render_options
from gui.core.resources import Icons, icon

if TYPE_CHECKING:
    from gui.core.services import ProjectDetail
    from gui.host import Host
    from gui.sending import work
    from gui.sending.email_dialog import EmailDialog
    from gui.sending.printing import LoadedPdf, Page, PrintPreview
    from gui.sending.settings import MailSettingsDialog


@dataclass
class PrintJob:
    """What is about to be printed: its title, the pages, and the rendered files they come from."""

    title: str
    pages: list[Page]
    files: list[work.DocumentFile]
    pdfs: list[LoadedPdf] = field(default_factory=list)

    @property
    def single(self) -> work.DocumentFile | None:
        """The one file printed whole, if this job is one document."""
        return self.files[0] if len(self.files) == 1 else None


class Sending(QObject):
    """The print, email, calendar and mail-settings actions of the main window."""

    def __init__(self, window: Host) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.detail: ProjectDetail | None = None
        self.job: PrintJob | None = None
        self.preview: PrintPreview | None = None
        self.email_dialog: EmailDialog | None = None
        self.settings_dialog: MailSettingsDialog | None = None
        self.saved: Path | None = None
        #: The last non-modal message listing rendering warnings (None when none was needed).
        self.warnings_box: QMessageBox | None = None
        self.templates_folder: Path | None = None
        self._actions()
        window.projectShown.connect(self._shown)
        self._update()

    def _action(self, text: str, shortcut: QKeySequence | str | None, which: Icons | None = None) -> QAction:
        action = QAction(text, self.window)
        if which is not None:
            action.setIcon(icon(which))
        if shortcut is not None:
            sequence = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
            action.setShortcut(sequence)
            action.setToolTip(self.tr("{action} ({shortcut})").format(
                action=text.replace("&", "").rstrip("…"),
                shortcut=sequence.toString(QKeySequence.SequenceFormat.NativeText)))
        return action

    def _actions(self) -> None:
        self.print_action = self._action(self.tr("&Print…"), QKeySequence(QKeySequence.StandardKey.Print))
        self.signatures_action = self._action(self.tr("Print &signature sheets…"), "Ctrl+Shift+P")
        self.email_action = self._action(self.tr("E&mail to the client…"), "Ctrl+Shift+M")
        self.calendar_action = self._action(self.tr("Export &calendar…"), "Ctrl+Shift+K", Icons.CALENDAR)
        self.settings_action = self._action(self.tr("&Mail server settings…"), None)
        self.templates_action = self._action(self.tr("Edit mail temp&lates…"), None)
        self.templates_action.setStatusTip(self.tr("The subject and text of the message to the client are yours "
                                                   "to change"))
        self.print_action.triggered.connect(lambda: self.print_document())
        self.signatures_action.triggered.connect(self.print_signature_sheets)
        self.email_action.triggered.connect(self.email)
        self.calendar_action.triggered.connect(self.export_calendar)
        self.settings_action.triggered.connect(self.mail_settings)
        self.templates_action.triggered.connect(self.edit_templates)
        project = self.window.menu("project")
        first = project.actions()[0] if project.actions() else None
        for action in (self.print_action, self.signatures_action, self.email_action, self.calendar_action):
            project.insertAction(first, action) if first is not None else project.addAction(action)
        if first is not None:
            project.insertSeparator(first)
        self.window.add_file_actions([self.settings_action, self.templates_action])
        self.window.add_tool(self.email_action)

    def _shown(self, detail: ProjectDetail | None) -> None:
        self.detail = detail
        self._update()

    def _update(self) -> None:
        ready = self.detail is not None and self.ctx.repo is not None
        for action in (self.print_action, self.signatures_action, self.email_action, self.calendar_action):
            action.setEnabled(ready)

    def _paper(self) -> str:
        return str(self.ctx.prefs.get("documents/paper"))

    def _folder(self) -> Path:
        return Path(str(self.ctx.prefs.state(LAST_FOLDER) or Path.home()))

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # Print

    def choices(self) -> list[tuple[str, str | None, str]]:
        """The documents of the selected project that can be printed: (kind, change order, label).

        Every change order is offered, the latest first.
        """
        choices: list[tuple[str, str | None, str]] = [
            ("agreement", None, self.tr("Services agreement")), ("checklist", None, self.tr("Scope checklist"))]
        if self.detail is not None:
            for order in reversed(self.detail.state.change_orders):
                choices.append(("change-order", order.number,
                                self.tr("Change order {number}").format(number=order.number)))
        return choices

    def kinds(self) -> list[tuple[str, str]]:
        """The documents of the selected project that can be printed: (kind, label)."""
        return [(kind, label) for kind, _change, label in self.choices()]

    def print_document(self, kind: str | None = None, change: str | None = None) -> None:
        """Render a document of the selected project to PDF off the GUI thread, then print it.

        `change` chooses the change order (CO-2); without it, the latest one.
        """
        from gui.sending import work

        if self.detail is None:
            return
        if kind is None:
            choices = self.choices()
            label, ok = QInputDialog.getItem(self.window, self.tr("Print"), self.tr("Document to print:"),
                                             [text for _kind, _change, text in choices], 0, False)
            if not ok:
                return
            kind, change = next((k, c) for k, c, text in choices if text == label)
        repo, pid, paper = self.ctx.repository(), self.detail.project_id, self._paper()
        options = render_options(self.ctx.prefs)
        self.ctx.tasks.run(
            lambda: [work.render(repo=repo, project_id=pid, kind=kind, fmt="pdf", paper=paper, change=change,
                                 options=options)],
            lambda files: self._rendered(files, signatures=False), self.window.show_error, owner=self)

    def print_signature_sheets(self) -> None:
        """Print the checklist and the agreement's signature page only."""
        from gui.sending import work

        if self.detail is None:
            return
        repo, pid, paper = self.ctx.repository(), self.detail.project_id, self._paper()
        options = render_options(self.ctx.prefs)
        self.ctx.tasks.run(
            lambda: work.render_many(repo=repo, project_id=pid, wanted=[("checklist", "pdf"), ("agreement", "pdf")],
                                     paper=paper, options=options),
            lambda files: self._rendered(files, signatures=True), self.window.show_error, owner=self)

    def _rendered(self, files: list[work.DocumentFile], *, signatures: bool) -> None:
        from gui.sending import work

        self.show_warnings(work.warnings_of(files))
        try:
            self.job = self.make_job(files, signatures=signatures)
        except ValueError as exc:
            self.window.show_error(exc)
            return
        self.show_print(self.job)

    def make_job(self, files: list[work.DocumentFile], *, signatures: bool) -> PrintJob:
        """Load the rendered PDFs with QtPdf and choose the pages to print."""
        from gui.sending.printing import LoadedPdf, all_pages, signature_pages

        pdfs = [LoadedPdf(f.data, self) for f in files]
        if signatures:
            checklist, agreement = pdfs
            pages = all_pages(checklist) + signature_pages(agreement, files[1].payload)
            title = self.tr("Signature sheets — {title}").format(title=self._title(files[0]))
        else:
            pages = all_pages(pdfs[0])
            title = Path(files[0].name).stem
        return PrintJob(title, pages, files, pdfs)

    def _title(self, file: work.DocumentFile) -> str:
        return self.detail.version.contract.title if self.detail is not None else file.name

    def show_print(self, job: PrintJob) -> None:
        """The print preview; with no printer installed, the offer to save a PDF instead."""
        from gui.sending.printing import printers_installed

        if printers_installed():
            self.open_preview(job)
            return
        answer = QMessageBox.question(
            self.window, self.tr("No printer"),
            self.tr("No printer is installed on this computer, so Pacta cannot print. Save the pages as a "
                    "PDF file instead? You can print it later on any computer."),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Yes):
            self.save_pdf(job)

    def open_preview(self, job: PrintJob) -> PrintPreview:
        """Qt's print preview of the job, on the paper of the preferences."""
        from gui.sending.printing import PrintPreview, new_printer

        self.printer = new_printer(self._paper(), job.title)
        preview = PrintPreview(job.pages, self.printer, self.tr("Print preview — {title}").format(title=job.title),
                               self.window)
        preview.resize(900, 760)
        preview.finished.connect(lambda _result: preview.deleteLater())
        self.preview = preview
        preview.open()
        return preview

    def save_pdf(self, job: PrintJob) -> None:
        """Ask where, then write the job as a PDF file."""
        from gui.sending import work

        name = job.single.name if job.single is not None else f"{job.title}.pdf"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save as PDF"), str(self._folder() / name),
                                              self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        self.ctx.prefs.set_state(LAST_FOLDER, str(target.parent))
        if job.single is not None:
            data = job.single.data
            self.ctx.tasks.run(lambda: work.write_file(path=target, data=data), self._pdf_saved,
                               self.window.show_error, owner=self)
            return
        from gui.sending.printing import write_pdf_pages

        try:
            write_pdf_pages(str(target), job.pages, self._paper(), job.title)
        except OSError as exc:
            self.window.show_error(exc)
            return
        self._pdf_saved(target)

    def _pdf_saved(self, path: Path) -> None:
        self.saved = path
        self._status(self.tr("Saved to {path}").format(path=path))

    # Email

    def email(self) -> None:
        """The email dialog for the selected project, pre-filled off the GUI thread."""
        from gui.sending import work

        if self.detail is None:
            return
        repo, pid = self.ctx.repository(), self.detail.project_id
        self.ctx.tasks.run(lambda: work.mail_start(repo=repo, project_id=pid), self.open_email,
                           self.window.show_error, owner=self)

    def open_email(self, start: work.MailStart) -> EmailDialog:
        """Show the email dialog for `start`."""
        from gui.sending.email_dialog import EmailDialog

        dialog = EmailDialog(self.ctx, start, self._paper(), self.window)
        dialog.sent.connect(self._email_sent)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.email_dialog = dialog
        dialog.open()
        return dialog

    def _email_sent(self, data: dict[str, Any]) -> None:
        from gui.sending import work

        to = ", ".join(data.get("to", []))
        self._status(self.tr("Sent to {recipients}; kept in the project's history.").format(recipients=to))
        dialog = self.email_dialog
        if dialog is not None:
            self.show_warnings(work.warnings_of(dialog.documents))
        self.window.refresh_detail()

    # Rendering warnings

    def show_warnings(self, warnings: list[str]) -> QMessageBox | None:
        """List what the renderer changed in a message that does not block the window."""
        if not warnings:
            return None
        if self.warnings_box is not None:
            self.warnings_box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Documents"), self.tr(
            "Pacta had to change some text to write the documents. Check these fields before the "
            "documents go to the client:"), QMessageBox.StandardButton.Close, self.window)
        box.setInformativeText("\n".join(f"• {line}" for line in warnings))
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda _obj=None: self._box_gone(box))
        box.show()
        self.warnings_box = box
        return box

    def _box_gone(self, box: QMessageBox) -> None:
        if self.warnings_box is box:
            self.warnings_box = None

    # Calendar

    def export_calendar(self) -> None:
        """The version in force's dated commitments as an .ics file the user chooses."""
        from gui.sending import work

        if self.detail is None:
            return
        repo, pid = self.ctx.repository(), self.detail.project_id
        self.ctx.tasks.run(lambda: (*work.calendar(repo=repo, project_id=pid),
                                    work.dated_count(repo=repo, project_id=pid)),
                           self._calendar_ready, self.window.show_error, owner=self)

    def _calendar_ready(self, result: tuple[bytes, str, int]) -> None:
        from gui.sending import work

        data, name, count = result
        if count == 0:
            QMessageBox.information(self.window, self.tr("Export calendar"), self.tr(
                "This contract has no dates yet (deliveries, client inputs or payments), so there is nothing "
                "to put in a calendar."))
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export calendar"), str(self._folder() / name),
                                              self.tr("Calendar files (*.ics)"))
        if not path:
            return
        target = Path(path if path.lower().endswith(".ics") else path + ".ics")
        self.ctx.prefs.set_state(LAST_FOLDER, str(target.parent))

        def done(written: Path) -> None:
            self.saved = written
            self._status(self.tr("%n date(s) exported to {path}", "", count).format(path=written))

        self.ctx.tasks.run(lambda: work.write_file(path=target, data=data), done, self.window.show_error,
                           owner=self)

    # Settings

    def mail_settings(self) -> MailSettingsDialog:
        """The mail server settings."""
        from gui.sending.settings import MailSettingsDialog

        dialog = MailSettingsDialog(self.ctx, self.window)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.settings_dialog = dialog
        dialog.open()
        return dialog


    # Mail templates

    def edit_templates(self) -> None:
        """Copy the mail templates into the user's folder (once), check them, and open the folder."""
        from gui.sending import work

        self.ctx.tasks.run(work.edit_mail_templates, self._templates_ready, self.window.show_error, owner=self)

    def _templates_ready(self, result: tuple[Path, list[work.TemplateProblem]]) -> None:
        folder, problems = result
        text = self.tr(
            "The subject and text of the message to the client are in the folder that opens now, one "
            "file per language:\n\n{folder}\n\nEdit them with any text editor: the first line is the "
            "subject, the text starts after the first blank line. Keep the names written like "
            "${{project}}: Pacta fills them in. Delete a file to go back to Pacta's text.").format(folder=folder)
        if problems:
            text += "\n\n" + self.tr("Pacta does not know these names; they appear in the message as typed:")
            text += "\n" + "\n".join(
                self.tr("• {file}: ${{{name}}}").format(file=p.path.name, name=p.placeholder) for p in problems)
        self.templates_folder = folder
        QMessageBox.information(self.window, self.tr("Mail templates"), text)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def install(window: Host) -> object:
    """Add the print, email, calendar and mail-settings actions to `window`."""
    return Sending(window)
