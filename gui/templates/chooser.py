"""The template chooser: a blank contract, a trade's template in either language, or one of your own."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.core.marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from gui.templates.work import Choice

BLANK = "blank"
#: How the chooser names the fields that hold a placeholder (by the start of their path).
FIELD_NAMES = (
    ("title", QT_TRANSLATE_NOOP("TemplateChooser", "project title")),
    ("provider.", QT_TRANSLATE_NOOP("TemplateChooser", "your details")),
    ("client.", QT_TRANSLATE_NOOP("TemplateChooser", "the client's details")),
    ("roles", QT_TRANSLATE_NOOP("TemplateChooser", "who does what")),
    ("communication.", QT_TRANSLATE_NOOP("TemplateChooser", "working hours")),
    ("law.", QT_TRANSLATE_NOOP("TemplateChooser", "law and courts")),
)
ROLE = Qt.ItemDataRole.UserRole


class TemplateChooser(QDialog):
    """Pick a template and the day the work starts; `chosen` carries (Choice or None for blank, start date)."""

    chosen = Signal(object, object)

    def __init__(self, choices: list[Choice], problems: list[str], *, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.choices = choices
        self.setObjectName("templateChooser")
        self.setWindowTitle(self.tr("New contract from a template"))
        self.resize(940, 600)
        self.language = QComboBox(self)
        for code, name in (("es", self.tr("Spanish")), ("en", self.tr("English"))):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.language.setAccessibleName(self.tr("Language of the documents"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Templates"))
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.to_replace = QLabel(self)
        self.to_replace.setObjectName("hint")
        self.to_replace.setWordWrap(True)
        self.to_replace.setTextFormat(Qt.TextFormat.PlainText)
        self.start = QDateEdit(QDate.currentDate(), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd/MM/yyyy" if lang == "es" else "MM/dd/yyyy")
        self.start.setAccessibleName(self.tr("The work starts on"))
        self.problems = QLabel("\n".join(problems), self)
        self.problems.setObjectName("issues")
        self.problems.setWordWrap(True)
        self.problems.setVisible(bool(problems))
        top = QFormLayout()
        top.addRow(self.tr("&Language of the documents"), self.language)
        top.addRow(self.tr("The work &starts on"), self.start)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.list, 1)
        right = QWidget(self)
        details = QVBoxLayout(right)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.preview, 1)
        details.addWidget(self.to_replace)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([320, 620])
        buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(self.tr("Start the con&tract"), self)
        self.start_button.setDefault(True)
        cancel = QPushButton(self.tr("&Cancel"), self)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(self._start)
        cancel.clicked.connect(self.reject)
        self.list.currentRowChanged.connect(lambda _row: self._show())
        self.list.itemActivated.connect(lambda _item: self._start())
        self.language.currentIndexChanged.connect(lambda _i: self._fill())
        self.start.dateChanged.connect(lambda _d: self._show())
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Start from a contract written for your trade: deliverables with acceptance criteria, what the "
            "client hands over, what is out of scope, revision rounds and a payment schedule. Its dates move "
            "to start on the day you choose; what you must replace is in [CAPITALS IN BRACKETS]."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        """List a blank contract, the trades in the chosen language and every template of your own."""
        lang = self.language.currentData()
        self.list.clear()
        blank = QListWidgetItem(self.tr("A blank contract"))
        blank.setData(ROLE, BLANK)
        self.list.addItem(blank)
        for index, choice in enumerate(self.choices):
            if choice.kind == "trade" and choice.lang != lang:
                continue
            text = choice.name if choice.kind == "trade" else self.tr("Yours: {name}").format(name=choice.name)
            item = QListWidgetItem(text)
            item.setData(ROLE, index)
            self.list.addItem(item)
        self.list.setCurrentRow(1 if self.list.count() > 1 else 0)

    def current(self) -> Choice | None:
        """The template selected (None for a blank contract)."""
        item = self.list.currentItem()
        data = item.data(ROLE) if item is not None else BLANK
        return None if data == BLANK else self.choices[int(data)]

    def select(self, kind: str, key: str) -> None:
        """Select a template by kind and key (a trade id, or an own template's file name)."""
        for row in range(self.list.count()):
            data = self.list.item(row).data(ROLE)
            if data != BLANK and self.choices[int(data)].kind == kind and self.choices[int(data)].key == key:
                self.list.setCurrentRow(row)
                return

    def _show(self) -> None:
        choice = self.current()
        if choice is None:
            self.preview.setPlainText(self.tr("An empty contract with your default terms (Preferences)."))
            self.to_replace.setText("")
            return
        from domain.templates import placeholders, shift_dates
        from gui.widgets.summary import contract_html

        # The schedule as it will be: moved to start on the chosen day.
        qdate = self.start.date()
        start = dt.date(qdate.year(), qdate.month(), qdate.day())
        self.preview.setHtml(contract_html(shift_dates(choice.contract, start), self.lang))
        fields = placeholders(choice.contract)
        names: list[str] = []
        for path in fields:
            name = next((n for start, n in FIELD_NAMES if path.startswith(start)), None)
            text = QCoreApplication.translate("TemplateChooser", name) if name else path
            if text not in names:
                names.append(text)
        self.to_replace.setText(self.tr("%n field(s) to replace, highlighted in the wizard:", "", len(fields))
                                + " " + ", ".join(names) + "." if fields else "")

    def _start(self) -> None:
        qdate = self.start.date()
        self.chosen.emit(self.current(), dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.accept()

    def values(self) -> dict[str, Any]:
        """What is chosen, for tests and screenshots."""
        qdate = self.start.date()
        return {"choice": self.current(), "start": dt.date(qdate.year(), qdate.month(), qdate.day())}
