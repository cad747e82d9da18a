"""Letters to the client in the app: the Project menu's “Write to the client…” and the outbox.

`install(host)` adds “Write to the client…” and “Letters waiting to be sent…” to the Project
menu. A letter put off until tomorrow waits in the outbox (delivery.letter_outbox) and goes
when the app is open at or after its time: a timer looks every half minute. When its time
went by while the app was closed, the app asks at the next start instead of sending it late
without a word. The clock is `Letters.clock` (tests give it a fake one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

if TYPE_CHECKING:
    from delivery.letter_outbox import LetterJob
    from gui.core.services import ProjectDetail
    from gui.host import Host
    from gui.letters.dialog import LetterDialog
    from gui.letters.outbox import OutboxDialog

#: How often the outbox is looked at, in milliseconds.
CHECK_EVERY_MS = 30_000
#: The first look, once the window is up (the outbox and the letters load on a worker then).
FIRST_CHECK_MS = 1_500


def now() -> dt.datetime:
    """The local time (the feature's default clock)."""
    return dt.datetime.now()


class Letters(QObject):
    """The letters feature: its actions, its dialogs and the outbox watcher."""

    #: The letters waiting in the outbox (a list of LetterJob), after each change.
    outboxChanged = Signal(object)
    #: A letter went out (its LetterJob).
    sent = Signal(object)

    def __init__(self, window: Host, clock: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.clock = clock or now
        self.started = self.clock()
        self.detail: ProjectDetail | None = None
        self.dialog: LetterDialog | None = None
        self.outbox_dialog: OutboxDialog | None = None
        self.advice: Any = None
        self.jobs: list[LetterJob] = []
        #: Letters whose time passed while the app was closed and that the user chose to keep.
        self.held: set[str] = set()
        self.sending: set[str] = set()
        self.stopped = False
        self.write_action = QAction(self.tr("&Write to the client…"), window)
        self.write_action.setToolTip(self.tr(
            "A calm letter that quotes the signed clauses and their figures: an overdue payment, a request outside "
            "the scope, an urgent request, another round of revisions, late material, the end of the contract"))
        self.write_action.triggered.connect(self.open_dialog)
        self.outbox_action = QAction(self.tr("Letters waiting to be &sent…"), window)
        self.outbox_action.triggered.connect(self.open_outbox)
        menu = window.menu("project")
        menu.addSeparator()
        menu.addAction(self.write_action)
        menu.addAction(self.outbox_action)
        window.projectShown.connect(self._shown)
        self._shown(None)
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self.check)

    def _shown(self, detail: ProjectDetail | None) -> None:
        self.detail = detail
        self.write_action.setEnabled(detail is not None)

    # Dialogs

    def open_dialog(self) -> LetterDialog | None:
        """“Write to the client…” for the selected project."""
        from gui.letters.dialog import LetterDialog

        if self.detail is None:
            return None
        self.dialog = LetterDialog(self, self.detail.project_id, self.window)
        self.dialog.show()
        return self.dialog

    def open_outbox(self) -> OutboxDialog:
        """The letters waiting to be sent."""
        from gui.letters.outbox import OutboxDialog

        self.outbox_dialog = OutboxDialog(self, self.window)
        self.outbox_dialog.show()
        self.refresh()
        return self.outbox_dialog

    def project_written(self) -> None:
        """A letter was kept in the journal: show the project again."""
        self.window.refresh_detail()

    def when(self, job: LetterJob) -> str:
        """When a letter waiting in the outbox goes: `2026-12-08 09:00`."""
        due = job.due_at
        return due.strftime("%Y-%m-%d %H:%M") if due else ""

    # The outbox

    def refresh(self, then: Callable[[list[LetterJob]], None] | None = None) -> None:
        """Read the outbox again (off the GUI thread)."""
        from gui.letters import work

        data_dir = self.ctx.data_dir

        def done(jobs: list[LetterJob]) -> None:
            self.jobs = jobs
            self.outboxChanged.emit(jobs)
            if then is not None:
                then(jobs)

        self.ctx.tasks.run(lambda: work.waiting(data_dir=data_dir), done, self.window.show_error, owner=self)

    def schedule(self, job: LetterJob) -> str:
        """Keep the letter in the outbox until tomorrow at 9:00; says when it goes."""
        from delivery.letter_outbox import tomorrow_morning
        from gui.letters import work

        data_dir, moment = self.ctx.data_dir, self.clock()
        due = tomorrow_morning(moment)
        self.ctx.tasks.run(lambda: work.schedule(data_dir=data_dir, job=job, due=due, now=moment),
                           lambda _job: self.refresh(), self.window.show_error, serial=True, owner=self)
        return due.strftime("%Y-%m-%d %H:%M")

    def cancel(self, job: LetterJob) -> None:
        """Take a letter out of the outbox: it is not sent."""
        from gui.letters import work

        data_dir = self.ctx.data_dir
        self.held.discard(job.ident)
        self.ctx.tasks.run(lambda: work.cancel(data_dir=data_dir, ident=job.ident), lambda _r: self.refresh(),
                           self.window.show_error, serial=True, owner=self)

    def check(self) -> None:
        """Send the letters whose time has come; ask about those whose time passed while the app was closed."""
        if not self.stopped:
            self.refresh(self._due)

    def stop(self) -> None:
        """Stop watching the outbox (the window is closing): what waits there goes at the next start."""
        self.stopped = True
        self.timer.stop()

    def _due(self, jobs: list[LetterJob]) -> None:
        moment = self.clock()
        for job in jobs:
            due = job.due_at
            if due is None or due > moment or job.ident in self.held or job.ident in self.sending:
                continue
            if due < self.started:
                self.held.add(job.ident)
                answer = QMessageBox.question(
                    self.window, self.tr("A letter was not sent"),
                    self.tr("“{subject}” was to go at {when}, while Pacta was closed. Send it now? (No keeps it in "
                            "the outbox, where you can cancel it.)").format(subject=job.subject, when=self.when(job)))
                if answer != QMessageBox.StandardButton.Yes:
                    continue
            self.send(job)

    def send(self, job: LetterJob, done: Callable[[], None] | None = None, password: str | None = None) -> None:
        """Send a letter now through the mail server (off the GUI thread)."""
        from gui.letters import work

        repo = self.ctx.repo
        if repo is None:
            return
        if job.ident:
            self.sending.add(job.ident)

        def finished(_data: Any) -> None:
            self.sending.discard(job.ident)
            self.held.discard(job.ident)
            self.sent.emit(job)
            if done is not None:
                done()
            self.project_written()
            self.refresh()

        def failed(error: BaseException) -> None:
            self.sending.discard(job.ident)
            if isinstance(error, work.NeedsPassword):
                typed, ok = QInputDialog.getText(self.window, self.tr("Mail server password"),
                                                 self.tr("Password for {account}:").format(account=error.account),
                                                 QLineEdit.EchoMode.Password)
                if ok and typed:
                    self.send(job, done, typed)
                return
            if isinstance(error, work.NotSetUp):
                QMessageBox.warning(self.window, self.tr("Sending mail is not set up"), self.tr(
                    "Enter your mail server in File › Mail server settings…, then send the letter again."))
                return
            self.window.show_error(error)

        self.ctx.tasks.run(lambda: work.send(repo=repo, job=job, password=password), finished, failed, serial=True,
                           owner=self)


def install(window: Host) -> object:
    """Add the letters' actions to `window` and start watching the outbox."""
    return Letters(window)
