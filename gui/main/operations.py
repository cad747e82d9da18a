"""What the main window's actions do: each collects what it needs, then calls a service.

Services run on the task runner; results and errors come back on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.core.options import LAST_FOLDER
from gui.core.resources import EXAMPLES

if TYPE_CHECKING:
    from gui.host import Host
    from gui.main.projects import ProjectTableModel
    from gui.wizard.wizard import ContractWizard


class Operations(QObject):
    """New, open, duplicate, example, import, export, trash, preferences."""

    def __init__(self, window: Host, projects: ProjectTableModel) -> None:
        super().__init__(window)
        self.window = window
        self.projects = projects
        self.ctx = window.ctx
        self.wizards: list[ContractWizard] = []

    # Errors

    def show_error(self, error: BaseException) -> None:
        """Say what went wrong, in the UI language (with the technical detail when it is unexpected)."""
        from gui.core.errors import describe

        QMessageBox.warning(self.window, self.tr("Not done"), describe(error, self.ctx.lang))

    # The wizard

    def open_wizard(self, data: dict[str, Any] | None = None, *, project_id: str | None = None,
                    draft_name: str | None = None, resumed: bool = False, page: int = 0) -> ContractWizard:
        """Show the wizard for a new contract (data None), a copy, an example, a project or a draft."""
        from gui.wizard.wizard import ContractWizard

        wizard = ContractWizard(self.ctx, data=data, project_id=project_id, draft_name=draft_name,
                                resumed=resumed, parent=self.window)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.finished.connect(lambda result, w=wizard: self._wizard_finished(w, result))
        self.wizards.append(wizard)
        wizard.show()
        # Straight to the page the user had reached: the step list marks the pages still wrong.
        wizard.go_to(page)
        return wizard

    def _wizard_finished(self, wizard: ContractWizard, result: int) -> None:
        if wizard in self.wizards:
            self.wizards.remove(wizard)
        wizard.deleteLater()
        if result and wizard.finished_contract is not None:
            self.save(wizard.finished_contract, project_id=wizard.project_id, draft=wizard.draft_name,
                      draft_data=wizard.draft(), remember=wizard.remember_provider())
        else:
            self._keep_draft(wizard.draft_name)
            if wizard.project_id is not None:
                self.window.reload(select=wizard.project_id)

    def _keep_draft(self, name: str) -> None:
        """The wizard was closed: a draft it left was kept by the user's choice, not by a crash.

        Runs after the wizard's own serial save (or discard) of that draft, so it marks what
        the user chose to keep and finds nothing when they discarded it.
        """
        repo = self.ctx.repo
        if repo is not None:
            self.ctx.tasks.run(lambda: repo.keep_draft(name), serial=True, quiet=True)

    def save(self, contract: Any, *, project_id: str | None, draft: str | None,
             draft_data: dict[str, Any] | None = None, request: Any = None, remember: bool = False) -> None:
        """Hand a finished contract to the save service.

        A signed contract is not overwritten: the service refuses without a change request,
        and then the user says why it changes, who asked and when; the change is recorded as
        a proposed change order. Cancelling that keeps the contract as a draft.
        """
        from gui.core import services

        repo = self.ctx.repository()
        reason = self.tr("Written with the wizard")
        self.window.statusBar().showMessage(self.tr("Saving…"))

        def done(saved: services.Saved) -> None:
            if saved.change_order is not None:
                message = self.tr("Recorded {number} (version {version}): proposed until the client signs it.").format(
                    number=saved.change_order, version=saved.version)
            elif not saved.changed:
                message = self.tr("Nothing changed: version {number} stays as it was.").format(number=saved.version)
            else:
                message = self.tr("Saved: version {number}.").format(number=saved.version)
            self.window.statusBar().showMessage(message, 8000)
            self.window.reload(select=saved.project_id)

        def failed(error: BaseException) -> None:
            if isinstance(error, services.NeedsChangeRequest) and project_id is not None:
                self.window.statusBar().clearMessage()
                self._ask_change_request(contract, project_id=project_id, draft=draft, draft_data=draft_data,
                                         remember=remember)
                return
            self.show_error(error)

        self.ctx.tasks.run(lambda: services.save_contract(repo=repo, contract=contract, project_id=project_id,
                                                          reason=reason, draft=draft, request=request,
                                                          remember_provider=remember),
                           done, failed, serial=True, owner=self.window)

    def _ask_change_request(self, contract: Any, *, project_id: str, draft: str | None,
                            draft_data: dict[str, Any] | None, remember: bool = False) -> None:
        from gui.core import services
        from gui.widgets.change_request import ChangeRequestDialog

        answer = ChangeRequestDialog.ask(self.tr(
            "This contract is signed, so it is not changed in place: the change is recorded as a change "
            "order, proposed until both parties sign it. The version in force stays as it is until then."),
            self.window, ask_difference=True)
        if answer is None:
            if draft is not None and draft_data is not None:
                repo = self.ctx.repository()
                kept = {**draft_data, "kept": True}
                self.ctx.tasks.run(lambda: services.save_draft(repo=repo, name=draft, data=kept),
                                   serial=True, quiet=True)
                self.window.statusBar().showMessage(self.tr(
                    "The change was not recorded; what you typed is kept as a draft."), 8000)
            self.window.reload(select=project_id)
            return
        request = services.ChangeRequest(answer.reason, answer.requested_by, answer.asked_on, answer.difference)
        self.save(contract, project_id=project_id, draft=draft, draft_data=draft_data, request=request,
                  remember=remember)

    def close_wizards(self) -> bool:
        """Close every open wizard (each asks about unsaved changes); False if one stays open."""
        for wizard in list(self.wizards):
            wizard.close()
            if wizard.isVisible():
                return False
        return True

    def new_contract(self) -> None:
        """Start the wizard on a blank contract with the default terms."""
        self.open_wizard()

    def _with_project(self, then: Any) -> None:
        from gui.core import services

        pid, repo = self.window.selected_id(), self.ctx.repo
        if pid is None or repo is None:
            return
        self.ctx.tasks.run(lambda: services.contract_data(repo=repo, project_id=pid),
                           lambda data: then(pid, data), self.show_error, owner=self.window)

    def open_selected(self) -> None:
        """Edit the selected project (saving adds a version, or a change order once signed)."""
        self._with_project(lambda pid, data: self.open_wizard(data, project_id=pid))

    def duplicate_selected(self) -> None:
        """Start a new contract from the selected one, titled "… (copy)" in the project's language."""
        from domain.files import copy_title

        def start(_pid: str, data: dict[str, Any]) -> None:
            data["title"] = copy_title(str(data.get("title", "")), str(data.get("language") or self.ctx.lang))
            self.open_wizard(data)

        self._with_project(start)

    def open_example(self) -> None:
        """Open a sample contract in the wizard, in the UI language."""
        from gui.core import services

        path = EXAMPLES.get(self.ctx.lang, EXAMPLES["en"])
        self.ctx.tasks.run(lambda: services.example_data(path=path), self.open_wizard, self.show_error, owner=self.window)

    # Files

    def _folder(self) -> str:
        return str(self.ctx.prefs.state(LAST_FOLDER) or Path.home())

    def import_file(self) -> None:
        """A new project from an interchange JSON file."""
        from gui.core import services

        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import a contract"), self._folder(),
                                              self.tr("Pacta contracts (*.json)"))
        if not name:
            return
        self.ctx.prefs.set_state(LAST_FOLDER, str(Path(name).parent))
        repo, lang = self.ctx.repository(), self.ctx.lang
        self.ctx.tasks.run(lambda: services.import_contract(repo=repo, path=Path(name), lang=lang),
                           lambda record: self.window.reload(select=record.project_id), self.show_error, serial=True,
                           owner=self.window)

    def export_selected(self) -> None:
        """Write the selected project as interchange JSON."""
        from domain.files import slug
        from gui.core import services

        pid = self.window.selected_id()
        if pid is None:
            return
        title = self.projects.summary(self.projects.row_of(pid)).title
        suggested = str(Path(self._folder()) / f"{slug(title)}.json")
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export the contract"), suggested,
                                              self.tr("Pacta contracts (*.json)"))
        if not name:
            return
        self.ctx.prefs.set_state(LAST_FOLDER, str(Path(name).parent))
        repo = self.ctx.repository()
        self.ctx.tasks.run(
            lambda: services.export_contract(repo=repo, project_id=pid, path=Path(name)),
            lambda path: self.window.statusBar().showMessage(self.tr("Exported to {path}").format(path=path), 5000),
            self.show_error, serial=True, owner=self.window)

    def trash_selected(self, *, restore: bool) -> None:
        """Move the selected project to the trash (after asking), or bring it back; say what happened."""
        from gui.core import services

        pid, repo = self.window.selected_id(), self.ctx.repo
        if pid is None or repo is None:
            return
        row = self.projects.row_of(pid)
        title = self.projects.summary(row).title if row >= 0 else pid
        if not restore:
            answer = QMessageBox.question(
                self.window, self.tr("Move to the trash?"),
                self.tr("Move “{title}” to the trash? Its versions and history are kept: View › Show trash "
                        "lists it, and Project › Restore from trash brings it back.").format(title=title),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                return

        def done(_result: object) -> None:
            self.window.reload(select=pid if restore else None)
            message = (self.tr("“{title}” is back in the project list.") if restore else self.tr(
                "“{title}” is in the trash. To bring it back: View › Show trash, then Project › Restore "
                "from trash.")).format(title=title)
            self.window.statusBar().showMessage(message, 15000)

        self.ctx.tasks.run(lambda: services.trash(repo=repo, project_id=pid, restore=restore),
                           done, self.show_error, serial=True, owner=self.window)

    # Dialogs

    def preferences(self) -> None:
        """Edit the preferences and your own details (read and saved off the GUI thread)."""
        repo = self.ctx.repo
        if repo is None:
            self._preferences(None)
            return
        self.ctx.tasks.run(repo.profile, self._preferences, lambda _error: self._preferences({}), owner=self.window)

    def _preferences(self, profile: dict[str, Any] | None) -> None:
        from gui.core import services
        from gui.preferences.dialog import PreferencesDialog

        dialog = PreferencesDialog(self.ctx.prefs, self.window, lang=self.ctx.lang, profile=profile)
        if dialog.exec() and dialog.profile_changed() and (repo := self.ctx.repo) is not None:
            provider = dialog.profile()
            self.ctx.tasks.run(lambda: services.save_profile(repo=repo, provider=provider),
                               lambda _r: self.window.statusBar().showMessage(
                                   self.tr("Your own details are saved for new contracts."), 8000),
                               self.show_error, serial=True, owner=self.window)

    def about(self) -> None:
        """Say what Pacta is, its version and licence, and where its data lives."""
        from domain.about import LICENSE, VERSION

        QMessageBox.about(self.window, self.tr("About Pacta"), self.tr(
            "Pacta {version}\n\nServices agreements, scope checklists and change orders for freelancers "
            "and small studios.\n\nPacta writes documents, not legal advice; every clause is editable.\n\nLicence: {licence}\n"
            "Data folder: {folder}").format(version=VERSION, licence=LICENSE, folder=self.ctx.data_dir))
