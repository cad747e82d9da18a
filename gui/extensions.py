"""The features that add tabs, actions and dialogs to the main window.

Each feature is a package under gui/ whose `__init__` offers `install(host: Host) -> object`
(see gui/host.py for what a host gives it): it adds its actions with `host.menu(...)`,
`host.add_file_actions` and `host.add_tool`, its tabs with `host.add_tab(widget, title)`,
and follows the selected project through `host.projectShown` (a core.services.ProjectDetail,
or None). A feature imports gui.core, gui.widgets and gui.host only: never gui.main, nor
another feature (tests/test_gui_rooms.py). To add one (payments, letters, signing...): make
the package, give it `install`, and list it below.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.host import Host


def installers() -> list[Callable[[Host], object]]:
    """The install functions, in the order their tabs and menu entries appear."""
    from gui import history, journal, sending

    return [history.install, journal.install, sending.install]
