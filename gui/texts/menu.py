"""File › Edit document texts…: the clause editor, with its file work and previews on worker threads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices

from gui.host import Host
from gui.texts.editor import ClauseEditor


class DocumentTexts(QObject):
    """Opens the clause editor and does what it asks: load, save, restore, preview, open the folder."""

    def __init__(self, window: Host) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.editor: ClauseEditor | None = None
        self.action = QAction(QCoreApplication.translate("DocumentTexts", "Edit document &texts…"), window)
        self.action.setStatusTip(QCoreApplication.translate(
            "DocumentTexts", "Every clause of the documents is yours to change"))
        self.action.triggered.connect(self.open)
        window.add_file_actions([self.action])
        #: The newest preview asked for: an older one that finishes later is not shown.
        self._preview_task = 0

    def open(self) -> ClauseEditor:
        """Show the editor in the UI language (one at a time)."""
        if self.editor is not None:
            self.editor.raise_()
            return self.editor
        editor = ClauseEditor(self.ctx.lang, self.window)
        editor.loadRequested.connect(self.load)
        editor.saveRequested.connect(self.save)
        editor.restoreRequested.connect(self.restore)
        editor.previewRequested.connect(self.preview)
        editor.folderRequested.connect(self.open_folder)
        editor.finished.connect(lambda _r: self._closed(editor))
        self.editor = editor
        editor.show()
        self.load(editor.lang())
        return editor

    def _closed(self, editor: ClauseEditor) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()

    def _error(self, error: BaseException) -> None:
        from gui.core.errors import explain

        if self.editor is not None:
            self.editor.show_problem(explain(error, self.ctx.lang)[0])

    def load(self, lang: str) -> None:
        """Read every clause of `lang` (defaults and the user's versions)."""
        from delivery import clause_texts

        self.ctx.tasks.run(lambda: clause_texts.texts(lang),
                           lambda texts: self.editor.show_texts(texts) if self.editor is not None else None,
                           self._error, owner=self)

    def save(self, lang: str, key: str, text: str) -> None:
        """Keep the user's version of a clause."""
        from delivery import clause_texts

        self.ctx.tasks.run(lambda: clause_texts.save_text(lang, key, text), lambda saved: self._saved(saved, QCoreApplication.translate(
            "DocumentTexts", "Saved: the next documents you generate use your version.")), self._error,
            serial=True, owner=self)

    def restore(self, lang: str, key: str) -> None:
        """Go back to Pacta's text of a clause."""
        from delivery import clause_texts

        self.ctx.tasks.run(lambda: clause_texts.restore_default(lang, key), lambda saved: self._saved(
            saved, QCoreApplication.translate("DocumentTexts", "Pacta's text is back.")), self._error,
            serial=True, owner=self)

    def _saved(self, text: Any, message: str) -> None:
        if self.editor is not None:
            self.editor.saved(text, message)

    def preview(self, lang: str, key: str, text: str) -> None:
        """Render the example contract with `text` as the clause, off the GUI thread."""
        from delivery import clause_texts

        paper = self.ctx.prefs.get("documents/paper")
        needle = clause_texts.literal_part(text)

        def shown(data: bytes) -> None:
            if task == self._preview_task and self.editor is not None:
                self.editor.show_pdf(key, data, needle)

        def failed(error: BaseException) -> None:
            if task == self._preview_task:
                self._error(error)

        task = self.ctx.tasks.run(lambda: clause_texts.preview(lang, key, text, paper), shown, failed, owner=self)
        self._preview_task = task

    def open_folder(self) -> None:
        """Copy the texts into the user's clause folder (once) and open it, for those who prefer files."""
        from documents.clauses import copy_defaults

        def opened(folder: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

        self.ctx.tasks.run(copy_defaults, opened, self.window.show_error, owner=self)


def install(host: Host) -> DocumentTexts:
    """Add File › Edit document texts…."""
    return DocumentTexts(host)
