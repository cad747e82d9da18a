"""A project's status as the app shows it (the list, the detail, History)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.core.marks import QT_TRANSLATE_NOOP

#: Status names as the list shows them (translated when shown).
STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Status", "Draft"),
    "sent": QT_TRANSLATE_NOOP("Status", "Sent"),
    "signed": QT_TRANSLATE_NOOP("Status", "Signed"),
    "completed": QT_TRANSLATE_NOOP("Status", "Completed"),
    "terminated": QT_TRANSLATE_NOOP("Status", "Terminated"),
}


def status_label(status: str) -> str:
    """A status in the UI language."""
    return QCoreApplication.translate("Status", STATUSES.get(status, status))
