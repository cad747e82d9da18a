"""The Preferences dialog, built from the declared options."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.core.defs import PREFERENCES_SIZE
from gui.core.options import (
    GROUP_APP,
    GROUP_DEFAULTS,
    OPTION,
    OPTIONS,
    Option,
    Preferences,
    default_issues,
)
from gui.widgets.amounts import AmountField
from gui.widgets.fields import mark


class PreferencesDialog(QDialog):
    """Edits every declared option; a new language applies at once (see MainWindow.apply_language)."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        #: The language of the messages: the UI's (QLocale's default follows it).
        self.lang = lang or ("es" if QLocale().language() == QLocale.Language.Spanish else "en")
        self.setWindowTitle(self.tr("Preferences"))
        self.resize(*PREFERENCES_SIZE)
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        for group in (GROUP_APP, GROUP_DEFAULTS):
            box = QGroupBox(QCoreApplication.translate("Options", group), self)
            form = QFormLayout(box)
            for option in (o for o in OPTIONS if o.group == group):
                editor = self._editor(option)
                self.editors[option.key] = editor
                if isinstance(editor, QCheckBox):
                    form.addRow("", editor)
                else:
                    form.addRow(option.label(), editor)
            layout.addWidget(box)
        self.problems = QLabel(self)
        self.problems.setObjectName("issues")
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout.addWidget(self.problems)
        note = QLabel(self.tr("A new language applies as soon as you press OK (at the next start "
                              "while a contract is open in the wizard)."), self)
        note.setObjectName("hint")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _editor(self, option: Option) -> QWidget:
        value = self.prefs.get(option.key)
        if option.type is bool:
            box = QCheckBox(option.label(), self)
            box.setChecked(bool(value))
            return box
        if option.choices:
            combo = QComboBox(self)
            for data, title in option.choices:
                combo.addItem(QCoreApplication.translate("Options", title), data)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            return combo
        if option.contract_path is not None and option.contract_path.endswith("percent"):
            # A percentage typed the way the UI language writes it (12,5 in Spanish), read exactly.
            amount = AmountField(percent=True, parent=self)
            amount.setMaximumWidth(120)
            amount.setValue(str(value))
            return amount
        line = QLineEdit(str(value), self)
        line.setMaximumWidth(120)
        return line

    def values(self) -> dict[str, Any]:
        """The values shown, by option key."""
        out: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                out[key] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                out[key] = editor.currentData()
            elif isinstance(editor, AmountField):
                out[key] = editor.value()
            elif isinstance(editor, QLineEdit):
                out[key] = editor.text().strip().replace(",", ".")
        return out

    def accept(self) -> None:
        """Store the options (UI preferences only), unless a default term is not valid."""
        values = self.values()
        problems = default_issues(values, self.lang)
        for key, editor in self.editors.items():
            # What could not be read is said as the field reads it, not as "not a number".
            if isinstance(editor, AmountField) and (problem := editor.problem(OPTION[key].label())):
                problems[key] = problem
        for key, editor in self.editors.items():
            mark(editor, problems.get(key))
        if problems:
            self.problems.setText("\n".join(problems.values()))
            self.problems.show()
            self.editors[next(iter(problems))].setFocus()
            return
        self.problems.hide()
        for key, value in values.items():
            self.prefs.set(key, value)
        self.prefs.sync()
        super().accept()
