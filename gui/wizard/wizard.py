"""The contract wizard: pages in order, the contract they build, drafts as the user types.

The wizard only collects. It never writes a file: autosaves and the final save go
through `gui.core.services` on the task runner, and `accept()` just hands the finished
Contract to whoever opened the wizard (see `finished_contract`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from gui.core.defs import AUTOSAVE_DELAY_MS, WIZARD_SIZE
from gui.core.options import WIZARD_GEOMETRY
from gui.core.resources import app_icon
from gui.wizard.page import ContractPage, owns

if TYPE_CHECKING:
    from domain.model import Contract
    from domain.validation import Issue
    from gui.core.context import AppContext

#: Stands in for the deliverables while the pages before them are validated.
PLACEHOLDER_DELIVERABLE = {"id": "_", "title": "_"}


class PageId(IntEnum):
    """The wizard's pages, in order."""

    PROJECT = 0
    ROLES = 1
    DELIVERABLES = 2
    CLIENT_INPUTS = 3
    PAYMENT = 4
    COMMUNICATION = 5
    TERMINATION = 6
    REVIEW = 7


class ContractWizard(QWizard):
    """Walks the user through a contract; `finished_contract` holds it once accepted."""

    saveRequested = Signal(object)
    draftSaved = Signal()

    def __init__(
        self,
        ctx: AppContext,
        *,
        data: dict[str, Any] | None = None,
        project_id: str | None = None,
        draft_name: str | None = None,
        resumed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from gui.wizard.page_communication import CommunicationPage
        from gui.wizard.page_deliverables import DeliverablesPage
        from gui.wizard.page_inputs import ClientInputsPage
        from gui.wizard.page_payment import PaymentPage
        from gui.wizard.page_project import ProjectPage
        from gui.wizard.page_review import ReviewPage
        from gui.wizard.page_roles import RolesPage
        from gui.wizard.page_termination import TerminationPage

        self.ctx = ctx
        self.project_id = project_id
        self.draft_name = draft_name or ("edit-" + project_id if project_id else "new-" + uuid.uuid4().hex[:8])
        self.finished_contract: Contract | None = None
        self.dirty = resumed
        self.setWindowTitle(self.tr("New contract") if project_id is None else self.tr("Edit contract"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        self.resize(*WIZARD_SIZE)
        geometry = ctx.prefs.state(WIZARD_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        pages = {
            PageId.PROJECT: ProjectPage, PageId.ROLES: RolesPage, PageId.DELIVERABLES: DeliverablesPage,
            PageId.CLIENT_INPUTS: ClientInputsPage, PageId.PAYMENT: PaymentPage,
            PageId.COMMUNICATION: CommunicationPage, PageId.TERMINATION: TerminationPage,
        }
        for page_id, cls in pages.items():
            page = cls(ctx, self)
            self.setPage(page_id, page)
            page.edited.connect(self._edited)
        self.review = ReviewPage(ctx, self)
        self.setPage(PageId.REVIEW, self.review)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_draft)
        initial = ctx.prefs.defaults() if data is None else data
        if data is None and project_id is None:
            profile = ctx.repo.profile() if ctx.repo is not None else {}
            if profile:
                initial = {**initial, "provider": profile}
            initial.setdefault("language", ctx.lang)
            initial = self._with_balance(initial)
        self.load(initial)

    def _with_balance(self, data: dict[str, Any]) -> dict[str, Any]:
        """Defaults with a deposit get the balance as one installment, so shares add up to 100."""
        from decimal import Decimal, InvalidOperation

        payment = dict(data.get("payment") or {})
        try:
            deposit = Decimal(str(payment.get("deposit_percent", "")))
        except InvalidOperation:
            return data
        if payment.get("installments") or not 0 <= deposit < 100:
            return data
        payment["installments"] = [{"label": self.tr("Balance on acceptance of the work"),
                                    "percent": str(100 - deposit), "due": "on_acceptance"}]
        return {**data, "payment": payment}

    # The pages

    def content_pages(self) -> list[ContractPage]:
        """The pages that contribute to the contract, in order."""
        return [p for pid in PageId if isinstance(p := self.page(pid), ContractPage)]

    def load(self, data: dict[str, Any]) -> None:
        """Show contract data (from a project, an example, a draft or the defaults)."""
        for page in self.content_pages():
            page.load_data(data)

    def data(self, upto: ContractPage | None = None) -> dict[str, Any]:
        """The contract as typed so far, as raw interchange data (possibly invalid)."""
        data: dict[str, Any] = {"format": "pacta.contract/1"}
        for page in self.content_pages():
            page.contribute(data)
            if page is upto:
                break
        return data

    def issues_for(self, page: ContractPage) -> list[Issue]:
        """The model's issues with the contract up to `page` that belong to `page`."""
        from domain.validation import ContractError, validate_contract

        candidate = self.data(upto=page)
        if not candidate.get("deliverables") and "deliverables" not in page.OWNS:
            candidate["deliverables"] = [dict(PLACEHOLDER_DELIVERABLE)]
        try:
            validate_contract(candidate, self.ctx.lang)
        except ContractError as exc:
            from gui.widgets.amounts import retell

            # An amount that could not be read is said in the field's words, not as "not a number".
            return [retell(i, candidate, self.ctx.lang) for i in exc.issues if owns(page.OWNS, i.path)]
        return []

    def contract(self) -> Contract:
        """The finished contract (ContractError when something is still wrong)."""
        from domain.validation import validate_contract

        return validate_contract(self.data(), self.ctx.lang)

    # Drafts

    def _edited(self) -> None:
        self.dirty = True
        self._autosave.start()

    def draft(self) -> dict[str, Any]:
        """What an autosave keeps: the raw contract data and where the user was."""
        return {
            "project_id": self.project_id,
            "page": max(self.currentId(), 0),
            "saved": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "contract": self.data(),
        }

    def save_draft(self) -> None:
        """Autosave now, off the GUI thread."""
        self._autosave.stop()
        repo = self.ctx.repo
        if repo is None or not self.dirty:
            return
        from gui.core import services

        name, data = self.draft_name, self.draft()
        self.ctx.tasks.run(lambda: services.save_draft(repo=repo, name=name, data=data),
                           lambda _result: self.draftSaved.emit(), serial=True, quiet=True,
                           owner=self)

    def discard_draft(self) -> None:
        """Forget the autosaved draft (off the GUI thread)."""
        self._autosave.stop()
        repo = self.ctx.repo
        if repo is None:
            return
        name = self.draft_name
        self.ctx.tasks.run(lambda: repo.discard_draft(name), serial=True, quiet=True)

    def mark_saved(self, project_id: str) -> None:
        """The contract was stored: later saves add versions to this project."""
        self.project_id = project_id
        self.dirty = False
        self._autosave.stop()

    # Closing

    def accept(self) -> None:
        """Keep the finished contract for the caller; no file is written here."""
        self.finished_contract = self.contract()
        self._autosave.stop()
        self.ctx.prefs.set_state(WIZARD_GEOMETRY, self.saveGeometry())
        super().accept()

    def reject(self) -> None:
        """Ask before leaving with unsaved changes: keep them as a draft, discard them, or stay."""
        if self.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved contract"),
                self.tr("This contract has changes that are not saved yet. Keep them as a draft "
                        "to finish later, or discard them?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Discard:
                self.discard_draft()
            else:
                self.save_draft()
        else:
            self._autosave.stop()
        self.ctx.prefs.set_state(WIZARD_GEOMETRY, self.saveGeometry())
        super().reject()
