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

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QWidget, QWizard

from domain.about import FORMAT_ID
from gui.core.defs import AUTOSAVE_DELAY_MS, SIDE_PREVIEW_DELAY_MS, STEPS_DELAY_MS, WIZARD_SIZE
from gui.core.options import WIZARD_GEOMETRY
from gui.core.resources import app_icon
from gui.widgets import mnemonics, prompts
from gui.wizard.page import ContractPage, owns
from gui.wizard.preview import PreviewPane
from gui.wizard.steps import StepList, StepState

if TYPE_CHECKING:
    from domain.model import Contract
    from domain.validation import Issue
    from gui.core.context import AppContext

#: Whether the live preview stands beside the pages (remembered between sessions).
SIDE_PREVIEW = "wizard/side_preview"
#: How wide the wizard grows (screen permitting) when the preview stands beside the pages.
PREVIEW_WIDTH = 1400
#: The wizard's own buttons, whose texts carry mnemonics too.
BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
           QWizard.WizardButton.CancelButton, QWizard.WizardButton.CustomButton1)

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
    TERMS = 7
    REVIEW = 8


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
        from gui.wizard.page_terms import AgreementTermsPage

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
            PageId.TERMS: AgreementTermsPage,
        }
        for page_id, cls in pages.items():
            page = cls(ctx, self)
            self.setPage(page_id, page)
            page.edited.connect(self._edited)
        self.review = ReviewPage(ctx, self)
        self.setPage(PageId.REVIEW, self.review)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_draft)
        #: Moving through the step list: pages in between are not checked on the way.
        self.jumping = False
        self.visited: set[int] = set()
        self._navigation()
        initial = ctx.prefs.defaults() if data is None else data
        if data is None and project_id is None:
            profile = ctx.repo.profile() if ctx.repo is not None else {}
            if profile:
                initial = {**initial, "provider": profile}
            initial.setdefault("language", ctx.lang)
            initial = self._with_balance(initial)
        self.load(initial)

    def _navigation(self) -> None:
        """The step list, the preview beside the pages, Ctrl+PgUp/PgDn, and mnemonics everywhere."""
        self.steps = StepList([self.page(pid).title() for pid in PageId], self)
        self.steps.chosen.connect(self.go_to)
        self.setSideWidget(self.steps)
        self._steps_timer = QTimer(self, singleShot=True, interval=STEPS_DELAY_MS)
        self._steps_timer.timeout.connect(self.update_steps)
        self.side_preview = PreviewPane(self.ctx, delay=SIDE_PREVIEW_DELAY_MS, quiet=True)
        self.side_preview.setMinimumWidth(260)
        self.side_preview.describe = self.describe_issue
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Preview"))
        toggle = self.button(QWizard.WizardButton.CustomButton1)
        toggle.setCheckable(True)
        toggle.setToolTip(self.tr("Show the agreement beside every page, updated as you type"))
        toggle.setChecked(str(self.ctx.prefs.state(SIDE_PREVIEW)).lower() in ("true", "1"))
        toggle.toggled.connect(self.show_side_preview)
        self.setButtonLayout([QWizard.WizardButton.CustomButton1, QWizard.WizardButton.Stretch,
                              QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                              QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton])
        for keys, step in ((Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_PageDown, 1),
                           (Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_PageUp, -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self.go_to(self.currentId() + step))
        self.currentIdChanged.connect(self._page_changed)
        self._mnemonics()

    def _mnemonics(self) -> None:
        """Alt+letter for the wizard's buttons and every label and button of each page, no two alike."""
        buttons = {which: self.button(which) for which in BUTTONS}
        for which, button in buttons.items():
            button.setText(self.buttonText(which))
        taken = mnemonics.assign([*buttons.values(), self.steps.caption])
        for which, button in buttons.items():
            # Through the wizard, or it puts its own text back when the page changes.
            self.setButtonText(which, button.text())
        for pid in PageId:
            mnemonics.buddy_up(self.page(pid))
            mnemonics.assign(mnemonics.controls(self.page(pid)), reserved=taken)

    def go_to(self, index: int) -> None:
        """Move to step `index` (through the pages in between, without checking them)."""
        if not 0 <= index < len(PageId) or index == self.currentId():
            return
        self.jumping = True
        try:
            while self.currentId() < index:
                self.next()
            while self.currentId() > index:
                self.back()
        finally:
            self.jumping = False

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        self.visited.add(page_id)
        self.steps.set_current(page_id)
        self._place_side_preview()
        self._steps_timer.start()
        # After QWizard has given the keyboard to whatever it picks: the page's first field.
        QTimer.singleShot(0, self._focus_page)

    def _focus_page(self) -> None:
        page = self.currentPage()
        if isinstance(page, ContractPage):
            page.focus_first()

    def show_side_preview(self, on: bool) -> None:
        """Show or hide the live preview beside the pages (remembered for next time)."""
        self.ctx.prefs.set_state(SIDE_PREVIEW, bool(on))
        screen = self.screen()
        if on and self.isVisible() and not self.isMaximized() and screen is not None:
            # Room for the preview without squeezing the page: wider, as far as the screen allows.
            room = screen.availableGeometry().width()
            if self.width() < min(room, PREVIEW_WIDTH):
                self.resize(min(room, PREVIEW_WIDTH), self.height())
        self._place_side_preview()

    def _place_side_preview(self) -> None:
        toggle = self.button(QWizard.WizardButton.CustomButton1)
        page = self.currentPage()
        on_review = self.currentId() == PageId.REVIEW
        # The review page shows the agreement already.
        toggle.setEnabled(not on_review)
        if not toggle.isChecked() or on_review or not isinstance(page, ContractPage):
            self.side_preview.cancel()
            self.side_preview.hide()
            return
        if self.side_preview.parent() is not page.split:
            page.split.addWidget(self.side_preview)
            width = max(page.split.width(), 600)
            page.split.setSizes([width * 3 // 5, width * 2 // 5])
        self.side_preview.show()
        self.side_preview.render_data(self.data)

    def describe_issue(self, issue: Issue) -> str:
        """An issue of the whole contract in words, naming the field as its page labels it."""
        from gui.widgets.amounts import retell

        issue = retell(issue, self.data(), self.ctx.lang)  # an amount not read: said as its field reads it
        for page in self.content_pages():
            if owns(page.OWNS, issue.path):
                return page.describe(issue)
        return issue.message(self.ctx.lang)

    def update_steps(self) -> None:
        """Mark each step done or with problems, from one check of the whole contract."""
        from domain.validation import ContractError, validate_contract

        self._steps_timer.stop()
        try:
            validate_contract(self.data(), self.ctx.lang)
            issues = []
        except ContractError as exc:
            issues = exc.issues
        states = []
        for pid in PageId:
            page = self.page(pid)
            prefixes: tuple[str, ...] = getattr(page, "OWNS", ())
            mine = issues if pid == PageId.REVIEW else [i for i in issues if owns(prefixes, i.path)]
            if not mine:
                states.append(StepState.DONE if pid in self.visited or pid != PageId.REVIEW else StepState.NOT_YET)
            else:
                states.append(StepState.PROBLEMS if pid in self.visited else StepState.NOT_YET)
        self.steps.set_states(states)

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
        # Format 2: the wizard shows every format-2 field (taxes on the payment page, the rest on the
        # terms page), so a field it leaves out is one the user removed (domain.versions.carry_format2
        # keeps them only for format-1 files, which cannot name them).
        data: dict[str, Any] = {"format": FORMAT_ID}
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
        self._steps_timer.start()
        if self.side_preview.isVisible():
            self.side_preview.render_data(self.data)

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

    def remember_provider(self) -> bool:
        """Whether the user ticked "use these as my details" (then a save keeps them as their profile)."""
        box = self.page(PageId.PROJECT).findChild(QCheckBox, "rememberProvider")
        return box is not None and box.isChecked()

    # Closing

    def accept(self) -> None:
        """Keep the finished contract for the caller; no file is written here."""
        # Finish is never greyed out: a contract still wrong stays open, its problems listed.
        if not self.validateCurrentPage():
            return
        self.finished_contract = self.contract()
        self._autosave.stop()
        self.ctx.prefs.set_state(WIZARD_GEOMETRY, self.saveGeometry())
        super().accept()

    def reject(self) -> None:
        """Ask before leaving with unsaved changes: keep them as a draft, discard them, or stay."""
        if self.dirty:
            buttons = prompts.Button
            answer = prompts.ask(
                self,
                self.tr("Unsaved contract"),
                self.tr("This contract has changes that are not saved yet. Keep them as a draft "
                        "to finish later, or discard them?"),
                {buttons.Save: self.tr("Keep as draft"), buttons.Discard: self.tr("Discard changes"),
                 buttons.Cancel: self.tr("Go on writing")},
                buttons.Save,
            )
            if answer == prompts.Button.Cancel:
                return
            if answer == prompts.Button.Discard:
                self.discard_draft()
            else:
                self.save_draft()
        else:
            self._autosave.stop()
        self.ctx.prefs.set_state(WIZARD_GEOMETRY, self.saveGeometry())
        super().reject()
