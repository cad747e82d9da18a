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
    QHBoxLayout,
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

    def __init__(self, prefs: Preferences, parent: QWidget | None = None, lang: str | None = None,
                 profile: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        #: "Your own details" as stored (None: not shown); `profile()` gives them as edited.
        self.stored_profile = profile
        #: The language of the messages: the UI's (QLocale's default follows it).
        self.lang = lang or ("es" if QLocale().language() == QLocale.Language.Spanish else "en")
        self.setWindowTitle(self.tr("Preferences"))
        self.resize(*PREFERENCES_SIZE)
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        options = QVBoxLayout()
        columns.addLayout(options, 3)
        layout.addLayout(columns)
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
            options.addWidget(box)
        self.profile_editors: dict[str, QLineEdit] = {}
        if profile is not None:
            # Beside the options, so the dialog stays as tall as before.
            details = QVBoxLayout()
            details.addWidget(self._profile_box(profile))
            details.addStretch(1)
            columns.addLayout(details, 2)
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

    def _profile_box(self, profile: dict[str, Any]) -> QGroupBox:
        box = QGroupBox(self.tr("Your own details"), self)
        box.setObjectName("profile")
        box.setMinimumWidth(320)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        hint = QLabel(self.tr("They fill in “You (the provider)” in every new contract. Saving a contract "
                              "never changes them, unless you tick “use these as my details” in it."), box)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        labels = {"name": self.tr("Name or company"), "representative": self.tr("Represented by"),
                  "tax_id": self.tr("Tax ID"), "email": self.tr("Email"), "phone": self.tr("Phone"),
                  "address": self.tr("Address")}
        for key, label in labels.items():
            line = QLineEdit(str(profile.get(key) or ""), box)
            line.setObjectName(f"profile_{key}")
            line.setAccessibleName(label)
            self.profile_editors[key] = line
            form.addRow(label, line)
        return box

    def profile(self) -> dict[str, str]:
        """Your own details as typed (empty fields left out)."""
        return {k: e.text().strip() for k, e in self.profile_editors.items() if e.text().strip()}

    def profile_changed(self) -> bool:
        """Whether the details differ from the stored ones."""
        if self.stored_profile is None:
            return False
        stored = {k: str(v).strip() for k, v in self.stored_profile.items() if k in self.profile_editors and str(v).strip()}
        return self.profile() != stored

    def _profile_problems(self) -> dict[str, str]:
        """What is wrong with the details, by field (checked as a contract's provider is)."""
        profile = self.profile()
        if not profile or not self.profile_changed():
            return {}
        from domain.validation import ContractError, validate_contract

        probe = {"format": "pacta.contract/1", "language": self.lang, "currency": "EUR", "title": "-",
                 "provider": {"name": "-", **profile}, "client": {"name": "-"},
                 "deliverables": [{"id": "_", "title": "_"}]}
        if "name" not in profile:
            return {"name": self.tr("Your own details need a name (yours or your company's).")}
        try:
            validate_contract(probe, self.lang)
        except ContractError as exc:
            return {i.path.split(".")[1]: i.message(self.lang) for i in exc.issues
                    if i.path.startswith("provider.") and i.path.split(".")[1] in self.profile_editors}
        return {}

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
        details = self._profile_problems()
        for key, line in self.profile_editors.items():
            mark(line, details.get(key))
        if problems or details:
            self.problems.setText("\n".join([*problems.values(), *details.values()]))
            self.problems.show()
            first = self.editors[next(iter(problems))] if problems else self.profile_editors[next(iter(details))]
            first.setFocus()
            return
        self.problems.hide()
        for key, value in values.items():
            self.prefs.set(key, value)
        self.prefs.sync()
        super().accept()
