"""PySide6 itself: 1,000 setText calls and 1,000 emits must not leak references to None, True, False.

PySide6 6.12.0 on CPython 3.11 leaked a reference to None/True/False on every void
call and aborted with "none_dealloc"; this catches such a build before users do.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit

TOLERANCE = 5


class _Emitter(QObject):
    changed = Signal(int)
    flag = Signal(bool)
    nothing = Signal()


def _counts() -> list[int]:
    gc.collect()
    return [sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)]


def test_set_text_and_emit_do_not_leak_singletons(qapp) -> None:
    edit = QLineEdit()
    emitter = _Emitter()
    seen: list[int] = []
    emitter.changed.connect(seen.append)
    emitter.flag.connect(lambda value: None)
    emitter.nothing.connect(lambda: None)
    edit.setText("warm-up")
    emitter.changed.emit(0)
    seen.clear()
    before = _counts()
    for i in range(1000):
        edit.setText("texto ñ %d" % i)  # noqa: UP031 - no format machinery in the loop
    for i in range(1000):
        emitter.changed.emit(i)
        emitter.flag.emit(i % 2 == 0)
        emitter.nothing.emit()
    seen.clear()
    after = _counts()
    assert [abs(a - b) <= TOLERANCE for a, b in zip(after, before, strict=True)] == [True, True, True], (before, after)
