"""What every wizard page shares: why it matters, its fields, and live validation.

A page contributes its part of the contract as raw interchange data; the wizard
validates the contract built so far with the model's own rules, and the page marks
the fields named by the issues it owns, with the model's own messages.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from gui.core.defs import ISSUE_LINES, SPACING, VALIDATE_DELAY_MS
from gui.widgets.fields import mark, name_input
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

    def describe_issue(self, issue: Issue) -> str: ...

    def remember_provider(self) -> bool: ...


class ContractPage(QWizardPage):
    """A page that contributes part of the contract and shows what is wrong with it.

    A field's problem shows once the user has touched it, or once they asked for the next
    page (then every problem of the page shows and the first field in error takes the
    keyboard). Checking waits until typing pauses (VALIDATE_DELAY_MS), so a long contract
    never makes a key press wait for it. Problems are listed in a strip of reserved height
    at the foot of the page, so nothing above it moves when one appears.
    """

    edited = Signal()
    #: Paths of the contract this page edits; issues under them are shown here.
    OWNS: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._bindings: dict[str, tuple[QWidget, str]] = {}
        self._tables: dict[str, RowsEditor] = {}
        self._issues: list[Issue] = []
        self._lines: list[str] = []
        self._touched: set[str] = set()
        #: Every problem shows (the user asked for the next page).
        self.reveal = False
        self._loading = False
        self._check = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._check.timeout.connect(self.refresh)
        self.why = QLabel(self)
        self.why.setObjectName("why")
        self.why.setWordWrap(True)
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setSpacing(SPACING)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # The keyboard goes to the first field, never to the invisible scroll area.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        #: The page's content, and the live preview beside it when the user shows it.
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.scroll_area)
        self.issues_label = QLabel(self)
        self.issues_label.setObjectName("issues")
        self.issues_label.setWordWrap(True)
        self.issues_label.setTextFormat(Qt.TextFormat.PlainText)
        self.issues_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.issues_label.setFixedHeight(self.issues_label.fontMetrics().lineSpacing() * ISSUE_LINES + 4)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(self.why)
        layout.addWidget(self.split, 1)
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
            signal.connect(lambda path=path: self._on_edit(path))
            name_input(widget, label)
        return widget

    def bind_rows(self, prefix: str, editor: RowsEditor, label: str) -> RowsEditor:
        """Tie a rows editor to a list path such as `deliverables`."""
        self._tables[prefix] = editor
        self._bindings[prefix] = (editor.table, label)
        editor.table.setAccessibleName(label)
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

    def _on_edit(self, path: str | None = None) -> None:
        if self._loading:
            return
        if path is not None:
            self._touched.add(path)
        self._check.start()
        self.edited.emit()

    def pending(self) -> bool:
        """Whether a check is waiting for typing to pause."""
        return self._check.isActive()

    def row_editors(self) -> list[RowsEditor]:
        """The rows editors of this page."""
        return list(self._tables.values())

    def touched(self) -> bool:
        """Whether the user has changed anything on this page."""
        return bool(self._touched) or any(e.list_touched or e.model.touched_any() for e in self.row_editors())

    def row_touched(self, prefix: str, row: int, key: str) -> bool:
        """Whether the user has edited the cell `key` of row `row` of the list at `prefix`."""
        return self._tables[prefix].model.touched(row, key)

    def shows(self, path: str) -> bool:
        """Whether a problem at `path` is shown now: once its field was touched, or after Next."""
        if self.reveal:
            return True
        match = ROW_PATH.match(path)
        if match and match["prefix"] in self._tables:
            if match["key"]:
                return self.row_touched(match["prefix"], int(match["row"]), match["key"])
            return self._tables[match["prefix"]].list_touched
        if path in self._tables:
            return self._tables[path].list_touched
        if path in self._bindings and hasattr(self._bindings[path][0], "edited"):
            return path in self._touched
        # A rule across fields (a sum, a total): once anything on the page was changed.
        return self.touched()

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

    def describe(self, issue: Issue) -> str:
        """An issue in words, naming the field as this page labels it."""
        label = self.label_for(issue.path)
        if issue.code in ("date", "installment_due"):
            # Said with the UI language's way of writing dates and an example in the future.
            from domain.dates import DateInputError, parse_date

            raw = self.raw_value(issue.path)
            if isinstance(raw, str) and raw.strip() and not raw.startswith("on_"):
                try:
                    parse_date(raw, self.ctx.lang)
                except DateInputError as error:
                    text = error.message(label)
                    return text[:1].upper() + text[1:]
        text = issue.message(self.ctx.lang, label)
        return text[:1].upper() + text[1:]

    def raw_value(self, path: str) -> Any:
        """The value at `path` in the contract as typed (None when there is none)."""
        value: Any = self.contract_wizard().data(upto=self)
        for part in re.findall(r"[^.\[\]]+", path):
            if isinstance(value, list) and part.isdigit() and int(part) < len(value):
                value = value[int(part)]
            elif isinstance(value, dict) and part in value:
                value = value[part]
            else:
                return None
        return value

    def refresh(self) -> None:
        """Revalidate, mark the fields in error that show, and say what is wrong in plain words."""
        self._check.stop()
        issues = self.issues()
        self._issues = issues
        messages: dict[str, str] = {}
        row_errors: dict[str, dict[tuple[int, str], str]] = {prefix: {} for prefix in self._tables}
        lines = []
        for issue in issues:
            if not self.shows(issue.path):
                continue
            text = self.describe(issue)
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
        self._lines = lines
        shown = ["• " + line for line in lines]
        if len(lines) > ISSUE_LINES:
            rest = len(lines) - ISSUE_LINES + 1
            more = QCoreApplication.translate("ContractPage", "More problems: {count} (point here to read them all)")
            shown = [*shown[:ISSUE_LINES - 1], more.format(count=rest)]
        self.issues_label.setText("\n".join(shown))
        self.issues_label.setToolTip("\n".join(lines) if len(lines) > ISSUE_LINES else "")
        self.issues_label.setAccessibleDescription("\n".join(lines))

    def problems(self) -> list[Issue]:
        """Everything wrong with this page's part of the contract at the last check (shown or not)."""
        return list(self._issues)

    def initializePage(self) -> None:
        self.refresh()

    def validatePage(self) -> bool:
        """Next: every problem of the page shows, and the first field in error takes the keyboard."""
        if getattr(self.wizard(), "jumping", False):
            return True
        self.reveal = True
        self.refresh()
        if self._issues:
            self.focus_problem(self._issues[0].path)
            return False
        return True

    def focus_problem(self, path: str) -> None:
        """Put the keyboard in the field of a problem (selecting its row in a table)."""
        match = ROW_PATH.match(path)
        if match and match["prefix"] in self._tables:
            editor = self._tables[match["prefix"]]
            editor.select(int(match["row"]))
            if match["key"] and match["key"] in editor.form_keys():
                editor.editor(match["key"]).setFocus()
            else:
                editor.table.setFocus()
            return
        widget = self._bindings.get(path, (None, ""))[0] or self._bindings.get(path.split(".")[0], (None, ""))[0]
        if widget is not None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            widget.setFocus()

    def first_field(self) -> QWidget | None:
        """The first widget of the page that takes the keyboard, in Tab order."""
        widget: QWidget | None = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (self.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None):
                return widget
            widget = widget.nextInFocusChain()
        return None

    def focus_first(self) -> None:
        """Give the keyboard to the first field of the page."""
        widget = self.first_field()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.TabFocusReason)

    def messages(self) -> list[str]:
        """The problems shown on this page, in words."""
        return list(self._lines)
