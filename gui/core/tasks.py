"""Background work: run a function on a worker thread, get its result on the GUI thread.

A worker never touches a widget; it returns a value (or raises), and the callbacks
given to `run` are called on the GUI thread once it is done.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from shiboken6 import isValid

from gui.core.defs import BUSY_INDICATOR_DELAY_MS

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(int, bool, object)


class _Task(QRunnable):
    def __init__(self, ident: int, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.ident = ident
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            self.signals.finished.emit(self.ident, False, exc)
        else:
            self.signals.finished.emit(self.ident, True, result)


class TaskRunner(QObject):
    """Runs functions on worker threads; `busy` says whether something slow is running."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        # Writes go one at a time, in the order they were asked for.
        self._serial = QThreadPool(self)
        self._serial.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._finished)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[_Task, Callable[[Any], object] | None, Callable[[BaseException], None] | None, bool]] = {}
        self._owners: dict[int, QObject] = {}
        self._busy = False
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_INDICATOR_DELAY_MS)
        self._busy_timer.timeout.connect(self._update_busy)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], object] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        *,
        serial: bool = False,
        quiet: bool = False,
        owner: QObject | None = None,
    ) -> int:
        """Run `fn` off the GUI thread; `on_done(result)` or `on_failed(error)` run on it.

        When `owner` (the widget that asked) is gone by then, the callbacks are skipped.
        """
        ident = next(self._ids)
        task = _Task(ident, fn, self._signals)
        task.setAutoDelete(False)
        self._pending[ident] = (task, on_done, on_failed, quiet)
        if owner is not None:
            self._owners[ident] = owner
        (self._serial if serial else self._pool).start(task)
        if not quiet and not self._busy_timer.isActive():
            self._busy_timer.start()
        return ident

    @Slot(int, bool, object)
    def _finished(self, ident: int, ok: bool, payload: object) -> None:
        _task, on_done, on_failed, _quiet = self._pending.pop(ident)
        owner = self._owners.pop(ident, None)
        if owner is not None and not isValid(owner):
            self._update_busy()
            return
        try:
            if ok and on_done is not None:
                on_done(payload)
            elif not ok:
                if on_failed is not None:
                    on_failed(payload)  # type: ignore[arg-type]
                else:
                    log.error("background task failed", exc_info=payload)  # type: ignore[arg-type]
        finally:
            self._update_busy()

    def _update_busy(self) -> None:
        busy = any(not quiet for _t, _d, _f, quiet in self._pending.values())
        if busy and self._busy_timer.isActive():
            return
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    @property
    def busy(self) -> bool:
        """Whether any task is still running or waiting for its callback."""
        return bool(self._pending)

    def wait(self, msecs: int = 30000) -> None:
        """Block until every worker has returned (used when closing)."""
        self._pool.waitForDone(msecs)
        self._serial.waitForDone(msecs)
