"""Start the desktop app: translators, style, the main window, then the data folder.

The window is shown first; the repository (and with it TinyDB, pydantic and Babel)
is opened on a worker right after, so the app appears as fast as a bare Qt window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.core.context import AppContext
from gui.core.i18n import install_translators, ui_language
from gui.core.options import Preferences
from gui.core.resources import app_icon, is_dark, stylesheet
from gui.core.tasks import TaskRunner
from gui.main.window import MainWindow


def default_data_dir() -> Path:
    """The data folder: $PACTA_DATA, else the platform's per-user data folder for Pacta."""
    from storage.paths import default_data_dir as storage_default

    return storage_default()


def create_context(app: QCoreApplication, *, data_dir: Path, settings: QSettings) -> AppContext:
    """A context for this data folder and settings, with the UI language's translators installed."""
    prefs = Preferences(settings)
    lang = ui_language(prefs)
    ctx = AppContext(data_dir=data_dir, prefs=prefs, tasks=TaskRunner(app), lang=lang)
    ctx.translators = install_translators(app, lang)
    return ctx


def open_data_folder(ctx: AppContext, window: MainWindow) -> None:
    """Take the data folder's write lock off the GUI thread; refuse cleanly when it is in use."""
    from gui.core import services

    def opened(repo: object) -> None:
        ctx.repo = repo  # type: ignore[assignment]
        window.repository_ready()
        window.offer_drafts()

    def refused(error: BaseException) -> None:
        text = error.message(ctx.lang) if hasattr(error, "message") else str(error)
        QMessageBox.critical(window, QCoreApplication.translate("App", "Pacta cannot open its data"), text)
        window.refused = True
        window.close()  # the last window: the event loop ends, and run() returns 1

    ctx.tasks.run(lambda: services.open_repository(folder=ctx.data_dir), opened, refused, owner=window)


def run(
    argv: list[str],
    *,
    data_dir: Path | None = None,
    settings: QSettings | None = None,
    on_shown: Callable[[MainWindow], None] | None = None,
) -> int:
    """Run the app until its window closes; returns the exit status."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName("Pacta")
    app.setOrganizationName("Pacta")
    # Ties the window to the installed desktop entry (icon and name in docks and task bars).
    app.setDesktopFileName("pacta")
    app.setWindowIcon(app_icon())
    # Light or dark, as the system's palette is: every focus ring stays visible on either.
    app.setStyleSheet(stylesheet(is_dark(app.palette())))
    # And again when the desktop switches between light and dark while Pacta runs.
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: QTimer.singleShot(0, lambda: app.setStyleSheet(stylesheet(is_dark(app.palette())))))
    ctx = create_context(app, data_dir=data_dir or default_data_dir(), settings=settings or QSettings())
    window = MainWindow(ctx)
    if on_shown is not None:
        window.shown.connect(lambda: on_shown(window))
    # One more turn of the event loop first, so the window is painted before the import starts.
    window.shown.connect(lambda: QTimer.singleShot(0, lambda: open_data_folder(ctx, window)))
    window.show()
    try:
        code = app.exec()
        return 1 if window.refused else code
    finally:
        ctx.close()


def main(argv: list[str]) -> int:
    """Entry point of the desktop app (`main.py` and `pacta` with no arguments)."""
    return run(argv)
