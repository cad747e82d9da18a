"""What every wizard page shares: why it matters, its fields, and live validation.

A page contributes its part of the contract as raw interchange data; the wizard
validates the contract built so far with the model's own rules, and the page marks
the fields named by the issues it owns, with the model's own messages.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from gui.core.defs import SPACING
from gui.widgets.fields import mark
from gui.widgets.rows import RowsEditor

if TYPE_CHECKING:
    from domain.model import Contract
    from domain.validation import Issue
    from gui.core.context import AppContext

W = TypeVar("W", bound=QWidget)

ROW_PATH = re.compile(r"^(?P<prefix>[a-z_.]+)\[(?P<row>\d+)\](?:\.(?P<key>\w+))?$")



def owns(prefixes: tuple[str, ...], path: str) -> bool:
    """Whether an issue's path falls under one of a page's prefixes."""
    return any(path == p or path.startswith((p + ".", p + "[")) for p in prefixes)


def put(data: dict[str, Any], key: str, value: Any) -> None:
    """Set `key` unless the value is empty text (the format omits absent optional fields)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        data.pop(key, None)
    else:
        data[key] = value


class PageHost(Protocol):
    """What a page may ask of the wizard that holds it (ContractWizard provides it).

    Pages depend on this, not on the wizard module, so the wizard can import its pages
    without an import cycle.
    """

    project_id: str | None
    draft_name: str
    dirty: bool

    def data(self, upto: ContractPage | None = None) -> dict[str, Any]: ...

    def issues_for(self, page: ContractPage) -> list[Issue]: ...

    def contract(self) -> Contract: ...

    def mark_saved(self, project_id: str) -> None: ...

    def remember_provider(self) -> bool: ...


class ContractPage(QWizardPage):
    """A page that contributes part of the contract and shows what is wrong with it."""

    edited = Signal()
    #: Paths of the contract this page edits; issues under them are shown here.
    OWNS: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._bindings: dict[str, tuple[QWidget, str]] = {}
        self._tables: dict[str, RowsEditor] = {}
        self._issues: list[Issue] = []
        self._loading = False
        self.why = QLabel(self)
        self.why.setObjectName("why")
        self.why.setWordWrap(True)
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setSpacing(SPACING)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.issues_label = QLabel(self)
        self.issues_label.setObjectName("issues")
        self.issues_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(self.why)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.issues_label)

    def contract_wizard(self) -> PageHost:
        """The wizard this page belongs to."""
        return cast("PageHost", self.wizard())

    # Building

    def bind(self, path: str, widget: W, label: str) -> W:
        """Tie a widget to a contract path: its edits revalidate, its issues mark it."""
        self._bindings[path] = (widget, label)
        signal = getattr(widget, "edited", None)
        if signal is not None:
            signal.connect(self._on_edit)
        return widget

    def bind_rows(self, prefix: str, editor: RowsEditor, label: str) -> RowsEditor:
        """Tie a rows editor to a list path such as `deliverables`."""
        self._tables[prefix] = editor
        self._bindings[prefix] = (editor.table, label)
        editor.changed.connect(self._on_edit)
        return editor

    # Data: subclasses fill these in

    def contribute(self, data: dict[str, Any]) -> None:
        """Write this page's part of the contract into `data` (raw, possibly invalid)."""
        raise NotImplementedError

    def load(self, data: dict[str, Any]) -> None:
        """Show this page's part of `data`."""
        raise NotImplementedError

    def load_data(self, data: dict[str, Any]) -> None:
        """Show `data` without counting it as an edit."""
        self._loading = True
        try:
            self.load(data)
        finally:
            self._loading = False

    # Validation

    def _on_edit(self) -> None:
        if self._loading:
            return
        self.refresh()
        self.edited.emit()

    def label_for(self, path: str) -> str:
        """The words that name a path's field on this page."""
        if path in self._bindings:
            return self._bindings[path][1]
        match = ROW_PATH.match(path)
        if match and match["prefix"] in self._tables:
            editor = self._tables[match["prefix"]]
            field = editor.label(match["key"]) if match["key"] else self._bindings[match["prefix"]][1]
            return QCoreApplication.translate("ContractPage", "{field} (row {row})").format(field=field, row=int(match["row"]) + 1)
        return path

    def show_row_errors(self, prefix: str, errors: dict[tuple[int, str], str]) -> None:
        """Mark the cells in error of the list at `prefix`."""
        self._tables[prefix].show_errors(errors)

    def issues(self) -> list[Issue]:
        """What is wrong with this page's part of the contract now."""
        wizard = self.wizard()
        if wizard is None or not hasattr(wizard, "issues_for"):
            return []
        return list(wizard.issues_for(self))

    def refresh(self) -> None:
        """Revalidate, mark fields in error, and say what is wrong in plain words."""
        issues = self.issues()
        changed = issues != self._issues
        self._issues = issues
        messages: dict[str, str] = {}
        row_errors: dict[str, dict[tuple[int, str], str]] = {prefix: {} for prefix in self._tables}
        lines = []
        for issue in issues:
            text = issue.message(self.ctx.lang, self.label_for(issue.path))
            text = text[:1].upper() + text[1:]
            lines.append(text)
            match = ROW_PATH.match(issue.path)
            if match and match["prefix"] in self._tables and match["key"]:
                row_errors[match["prefix"]][(int(match["row"]), match["key"])] = text
            else:
                messages.setdefault(issue.path, text)
        for path, (widget, _label) in self._bindings.items():
            mark(widget, messages.get(path))
        for prefix, errors in row_errors.items():
            self.show_row_errors(prefix, errors)
        self.issues_label.setText("\n".join("• " + line for line in lines))
        self.issues_label.setVisible(bool(lines))
        if changed:
            self.completeChanged.emit()

    def initializePage(self) -> None:
        self.refresh()

    def isComplete(self) -> bool:
        return not self._issues

    def messages(self) -> list[str]:
        """The issues shown on this page, in words."""
        return [line.removeprefix("• ") for line in self.issues_label.text().splitlines() if line]
