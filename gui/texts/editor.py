"""The clause editor: the clauses by document, Pacta's text beside yours, a preview in a real contract."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.marks import QT_TRANSLATE_NOOP

KEY = Qt.ItemDataRole.UserRole
DOCUMENT_NAMES = {
    "agreement": QT_TRANSLATE_NOOP("ClauseEditor", "Agreement"),
    "terms": QT_TRANSLATE_NOOP("ClauseEditor", "Agreement: general terms"),
    "checklist": QT_TRANSLATE_NOOP("ClauseEditor", "Scope checklist"),
    "change_order": QT_TRANSLATE_NOOP("ClauseEditor", "Change order"),
    "payments": QT_TRANSLATE_NOOP("ClauseEditor", "Payments and taxes"),
    "letters": QT_TRANSLATE_NOOP("ClauseEditor", "Letters to the client"),
    "common": QT_TRANSLATE_NOOP("ClauseEditor", "Every document"),
}
#: Milliseconds of quiet typing before the preview is rendered again.
PREVIEW_DELAY_MS = 600


class ClauseEditor(QDialog):
    """Edits the clause texts of one language at a time; all file work and rendering is the owner's, off the GUI thread.

    Signals ask the owner (gui.texts.menu.DocumentTexts) to load, save, restore or preview;
    it answers through `show_texts`, `saved`, `show_pdf` and `show_problem`.
    """

    loadRequested = Signal(str)
    saveRequested = Signal(str, str, str)
    restoreRequested = Signal(str, str)
    previewRequested = Signal(str, str, str)
    folderRequested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clauseEditor")
        self.setWindowTitle(self.tr("Document texts"))
        self.resize(1180, 720)
        self.texts: dict[str, Any] = {}
        self.language = QComboBox(self)
        for code, name in (("es", self.tr("Spanish")), ("en", self.tr("English"))):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.language.setAccessibleName(self.tr("Language of the texts"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find a text"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Clauses"))
        self.default = QPlainTextEdit(self)
        self.default.setReadOnly(True)
        self.default.setAccessibleName(self.tr("Pacta's text"))
        self.mine = QPlainTextEdit(self)
        self.mine.setAccessibleName(self.tr("Your version"))
        self.names = QLabel(self)
        self.names.setObjectName("hint")
        self.names.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(self.tr("&Save my version"), self)
        self.restore_button = QPushButton(self.tr("&Restore default"), self)
        self.folder_button = QPushButton(self.tr("Open the &folder"), self)
        self.folder_button.setToolTip(self.tr("The texts are files you can also edit with any text editor"))
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.preview_status = QLabel(self.tr("The preview appears here."), self)
        self.preview_status.setObjectName("hint")
        self.preview_status.setWordWrap(True)
        self._buffer: QBuffer | None = None
        #: The page of the preview showing the clause (0-based).
        self.shown_page = 0
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.request_preview)
        self._build()
        self.language.currentIndexChanged.connect(lambda _i: self.loadRequested.emit(self.lang()))
        self.filter.textChanged.connect(self._filter)
        self.tree.currentItemChanged.connect(lambda _now, _before: self._show_current())
        self.mine.textChanged.connect(self._typed)
        self.save_button.clicked.connect(lambda: self.saveRequested.emit(self.lang(), self.key(), self.mine.toPlainText()))
        self.restore_button.clicked.connect(lambda: self.restoreRequested.emit(self.lang(), self.key()))
        self.folder_button.clicked.connect(self.folderRequested.emit)
        self.close_button.clicked.connect(self.reject)

    def _build(self) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.language)
        column.addWidget(self.filter)
        column.addWidget(self.tree, 1)
        middle = QWidget(self)
        texts = QVBoxLayout(middle)
        texts.setContentsMargins(0, 0, 0, 0)
        default_label = QLabel(self.tr("Pacta's text"), self)
        default_label.setObjectName("sectionTitle")
        mine_label = QLabel(self.tr("&Your version"), self)
        mine_label.setObjectName("sectionTitle")
        mine_label.setBuddy(self.mine)
        texts.addWidget(default_label)
        texts.addWidget(self.default, 1)
        texts.addWidget(mine_label)
        texts.addWidget(self.mine, 1)
        texts.addWidget(self.names)
        texts.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        texts.addLayout(buttons)
        right = QWidget(self)
        preview = QVBoxLayout(right)
        preview.setContentsMargins(0, 0, 0, 0)
        preview.addWidget(self.preview_status)
        preview.addWidget(self.view, 1)
        split = QSplitter(self)
        for widget in (left, middle, right):
            split.addWidget(widget)
        split.setSizes([300, 430, 450])
        bottom = QHBoxLayout()
        bottom.addWidget(self.folder_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    # What is shown

    def lang(self) -> str:
        """The language whose texts are edited."""
        return str(self.language.currentData())

    def key(self) -> str:
        """The key of the clause shown ("" when none)."""
        item = self.tree.currentItem()
        return str(item.data(0, KEY) or "") if item is not None else ""

    def show_texts(self, texts: list[Any], select: str | None = None) -> None:
        """List the clauses (delivery.clause_texts.ClauseText), grouped by document."""
        keep = select or self.key()
        self.texts = {t.key: t for t in texts}
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        chosen: QTreeWidgetItem | None = None
        for text in texts:
            group = groups.get(text.document)
            if group is None:
                name = DOCUMENT_NAMES.get(text.document)
                group = QTreeWidgetItem([QCoreApplication.translate("ClauseEditor", name) if name else text.document])
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self.tree.addTopLevelItem(group)
                groups[text.document] = group
            item = QTreeWidgetItem([self._label(text)])
            item.setData(0, KEY, text.key)
            item.setToolTip(0, text.key)
            group.addChild(item)
            if text.key == keep or chosen is None:
                chosen = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._filter(self.filter.text())

    def _label(self, text: Any) -> str:
        words = str(text.current).replace("\n", " ")
        short = words if len(words) <= 48 else words[:47] + "…"
        return ("● " if text.edited else "") + short

    def _filter(self, words: str) -> None:
        needle = words.strip().casefold()
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount() if group is not None else 0):
                item = group.child(c) if group is not None else None
                if item is None:
                    continue
                text = self.texts.get(item.data(0, KEY))
                hay = f"{item.data(0, KEY)} {text.current if text else ''} {text.default if text else ''}".casefold()
                item.setHidden(bool(needle) and needle not in hay)

    def _show_current(self) -> None:
        text = self.texts.get(self.key())
        self.status.setText("")
        if text is None:
            return
        self.default.setPlainText(text.default)
        self.mine.blockSignals(True)
        self.mine.setPlainText(text.current)
        self.mine.blockSignals(False)
        self.names.setText(self.tr("Names in braces Pacta fills in: {names}").format(
            names=", ".join("{" + n + "}" for n in text.names)) if text.names else self.tr(
            "This text takes no names in braces."))
        self._buttons()
        self.request_preview()

    def _buttons(self) -> None:
        text = self.texts.get(self.key())
        typed = self.mine.toPlainText().strip()
        self.save_button.setEnabled(text is not None and typed != text.current)
        self.restore_button.setEnabled(text is not None and (text.edited or typed != text.default))

    def _typed(self) -> None:
        self._buttons()
        self.status.setText("")
        self._preview_timer.start()

    def request_preview(self) -> None:
        """Ask for the clause, as typed, in a real contract (rendered off the GUI thread)."""
        self._preview_timer.stop()
        if self.key().startswith("letters."):
            # Not part of a contract: the letter window (Project › Write to the client…) shows it.
            self.pdf.close()
            self.preview_status.setText(self.tr("This text is used in the letters to the client, not in the "
                                                "contract: Project › Write to the client… shows it in a letter."))
            return
        if self.key():
            self.preview_status.setText(self.tr("Preparing the preview…"))
            self.previewRequested.emit(self.lang(), self.key(), self.mine.toPlainText())

    # Answers from the owner

    def saved(self, text: Any, message: str) -> None:
        """A version was saved or the default restored: show it and say so."""
        self.texts[text.key] = text
        item = self.tree.currentItem()
        if item is not None and item.data(0, KEY) == text.key:
            item.setText(0, self._label(text))
        self._show_current()
        self.status.setText(message)

    def show_problem(self, message: str) -> None:
        """Say why the version was not saved or previewed."""
        self.status.setText(message)
        self.preview_status.setText(self.tr("No preview: {reason}").format(reason=message))

    def show_pdf(self, key: str, data: bytes, needle: str) -> None:
        """Show the rendered contract at the page where the clause is."""
        if key != self.key():
            return
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.close()
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        page = self._page_of(needle)
        self.view.pageNavigator().jump(page, self.view.pageNavigator().currentLocation())
        self.shown_page = page
        self.preview_status.setText(self.tr("The clause in the example contract: page {page} of {pages}.").format(
            page=page + 1, pages=self.pdf.pageCount()))

    def _page_of(self, needle: str) -> int:
        words = " ".join(needle.split())[:40]
        if not words:
            return 0
        for page in range(self.pdf.pageCount()):
            if words in " ".join(self.pdf.getAllText(page).text().split()):
                return page
        return 0
