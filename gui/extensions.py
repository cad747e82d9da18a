"""The features that add tabs, actions and dialogs to the main window.

Each feature is a package under gui/ with one module that offers `install(host: Host) -> object`
(see gui/host.py for what a host gives it): it adds its actions with `host.menu(...)`,
`host.add_file_actions` and `host.add_tool`, its tabs with `host.add_tab(widget, title)`,
and follows the selected project through `host.projectShown` (a core.services.ProjectDetail,
or None). A feature imports gui.core, gui.widgets and gui.host only: never gui.main, nor
another feature (tests/test_gui_rooms.py). To add one (payments, letters, signing...): make
the package, give one of its modules `install`, and import it below. (The packages'
`__init__` import nothing, so that a module of a feature importing a sibling never runs the
whole feature, nor closes an import cycle.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.host import Host


def installers() -> list[Callable[[Host], object]]:
    """The install functions, in the order their tabs and menu entries appear."""
    from gui.drafts.menu import install as drafts
    from gui.history.tab import install as history
    from gui.journal.tabs import install as journal
    from gui.letters.feature import install as letters
    from gui.payments.tab import install as payments
    from gui.sending.menu import install as sending
    from gui.signing.menu import install as signing
    from gui.templates.menu import install as templates
    from gui.texts.menu import install as texts

    return [history, payments, journal, sending, letters, drafts, templates, texts, signing]
