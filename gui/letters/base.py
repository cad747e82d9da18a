"""What the letters' dialogs use of the feature that opens them (so they need not import it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from delivery.letter_outbox import LetterJob

if TYPE_CHECKING:
    from gui.core.context import AppContext
    from gui.core.services import ProjectDetail
    from gui.host import Host


class LettersFeature(Protocol):
    """The letters feature as its dialogs see it (gui.letters.feature.Letters)."""

    ctx: AppContext
    window: Host
    detail: ProjectDetail | None
    clock: Callable[[], dt.datetime]
    jobs: list[LetterJob]
    advice: Any
    outboxChanged: Any  # Signal(list[LetterJob])

    def schedule(self, job: LetterJob) -> str: ...

    def send(self, job: LetterJob, done: Callable[[], None] | None = None, password: str | None = None) -> None: ...

    def cancel(self, job: LetterJob) -> None: ...

    def when(self, job: LetterJob) -> str: ...

    def project_written(self) -> None: ...
