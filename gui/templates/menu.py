"""File › New from a template…, Project › Save as a template…, and the placeholders marked in the wizard."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from gui.host import Host
from gui.templates.chooser import TemplateChooser

if TYPE_CHECKING:
    from gui.templates.work import Choice

#: The dynamic property the style sheet highlights (gui/core/resources.py).
MARK = "templatePlaceholder"


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return widget.toPlainText()
    return ""


def _restyle(widget: QWidget, on: bool) -> None:
    if bool(widget.property(MARK)) == on:
        return
    widget.setProperty(MARK, on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def mark_placeholders(root: QWidget) -> list[QWidget]:
    """Highlight every text field under `root` that holds a [PLACEHOLDER], until the user replaces it.

    Every field is watched, not only those marked now: a row editor that shows another row
    (the roles' person, say) is marked as soon as it shows a placeholder. Returns the fields
    marked at first.
    """
    from domain.templates import is_placeholder

    tip = QCoreApplication.translate("Templates", "Replace the text in [CAPITALS] with your own.")

    def update(widget: QWidget) -> None:
        on = is_placeholder(_text_of(widget))
        _restyle(widget, on)
        if on:
            widget.setToolTip(tip)
        elif widget.toolTip() == tip:
            widget.setToolTip("")

    marked: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            continue
        update(widget)
        widget.textChanged.connect(lambda *_a, w=widget: update(w))
        if widget.property(MARK):
            marked.append(widget)
    return marked


class Templates(QObject):
    """Starts contracts from templates and keeps the user's contracts as templates."""

    def __init__(self, window: Host) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.chooser: TemplateChooser | None = None
        self.new_action = QAction(QCoreApplication.translate("Templates", "New f&rom a template…"), window)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.setStatusTip(QCoreApplication.translate(
            "Templates", "Start from a contract written for your trade, or from one of your own"))
        self.new_action.triggered.connect(self.choose)
        self.save_action = QAction(QCoreApplication.translate("Templates", "Save as a temp&late…"), window)
        self.save_action.setStatusTip(QCoreApplication.translate(
            "Templates", "Keep this contract as a starting point for the next ones"))
        self.save_action.triggered.connect(self.save_selected)
        file_menu = window.menu("file")
        actions = file_menu.actions()
        if len(actions) > 1:
            file_menu.insertAction(actions[1], self.new_action)  # right after New contract
        else:
            file_menu.addAction(self.new_action)
        window.menu("project").addSeparator()
        window.menu("project").addAction(self.save_action)
        window.projectShown.connect(lambda detail: self.save_action.setEnabled(detail is not None))
        self.welcome_button = window.add_start_button(
            QCoreApplication.translate("Templates", "Or start from a template for your trade"), self.new_action)
        self.save_action.setEnabled(False)
        #: The fields marked in the last wizard started from a template.
        self.marked: list[QWidget] = []

    # Starting from a template

    def choose(self) -> None:
        """Read the templates off the GUI thread, then offer them."""
        from gui.templates import work

        data_dir, lang = self.ctx.data_dir, self.ctx.lang
        self.ctx.tasks.run(lambda: work.choices(data_dir=data_dir, lang=lang), self._offer,
                           self.window.show_error, owner=self)

    def _offer(self, found: tuple[list[Choice], list[str]]) -> None:
        choices, problems = found
        dialog = TemplateChooser(choices, problems, lang=self.ctx.lang, parent=self.window)
        dialog.chosen.connect(self.start)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.chooser = dialog
        dialog.open()

    def start(self, choice: Choice | None, start: dt.date) -> None:
        """Open the wizard on the template, dates from `start`, your details as provider."""
        if choice is None:
            self.window.new_contract_from({})
            return
        from gui.templates import work

        repo = self.ctx.repo
        contract = choice.contract

        def prepare() -> tuple[dict[str, Any], list[str]]:
            profile = repo.profile() if repo is not None else {}
            return work.start_from(contract, start=start, profile=profile)

        self.ctx.tasks.run(prepare, self._open, self.window.show_error, owner=self)

    def _open(self, prepared: tuple[dict[str, Any], list[str]]) -> None:
        data, _fields = prepared
        wizard = self.window.new_contract_from(data)
        self.marked = mark_placeholders(wizard) if wizard is not None else []

    # Saving one's own

    def save_selected(self) -> None:
        """Ask for a name, then keep the shown project's version in force as a template."""
        pid, repo = self.window.selected_id(), self.ctx.repo
        if pid is None or repo is None:
            return
        name, ok = QInputDialog.getText(
            self.window, QCoreApplication.translate("Templates", "Save as a template"),
            QCoreApplication.translate("Templates", "Name of the template (the client's details are left out):"))
        if not ok or not name.strip():
            return
        from domain.templates import TemplateError, check_name
        from gui.templates import work

        try:
            check_name(name, self.ctx.lang)
        except TemplateError as exc:
            self.window.show_error(exc)
            return
        data_dir, lang = self.ctx.data_dir, self.ctx.lang
        if work.user_template_exists(work.templates_folder(data_dir), name, lang):
            answer = QMessageBox.question(
                self.window, QCoreApplication.translate("Templates", "Replace the template?"),
                QCoreApplication.translate("Templates", "You already have a template called “{name}”. "
                                           "Replace it with this contract?").format(name=name.strip()),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return

        def save() -> Any:
            state = repo.state(pid)
            contract = repo.version(pid, state.in_force if state.frozen else None).contract
            return work.save_as_template(data_dir=data_dir, name=name, contract=contract, keep_client=False,
                                         lang=lang)

        self.ctx.tasks.run(save, lambda _path: self.window.statusBar().showMessage(
            QCoreApplication.translate("Templates", "Saved as the template “{name}”: File › New from a template "
                                       "offers it.").format(name=" ".join(name.split())), 10000),
            self.window.show_error, serial=True, owner=self)


def install(host: Host) -> Templates:
    """Add the template actions to the File and Project menus."""
    return Templates(host)
