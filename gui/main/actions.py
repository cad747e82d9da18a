"""The main window's actions, menus and toolbar, with their keyboard shortcuts."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from gui.core.resources import Icons, icon


@dataclass
class Actions:
    """Every action of the main window."""

    new: QAction
    open: QAction
    duplicate: QAction
    example: QAction
    import_: QAction
    export: QAction
    trash: QAction
    restore: QAction
    show_trash: QAction
    refresh: QAction
    preferences: QAction
    quit: QAction
    about: QAction
    #: The menus by name (file, project, view, help), where extensions add their actions.
    menus: dict[str, QMenu] = field(default_factory=dict)
    toolbar: QToolBar | None = None


def _action(window: QMainWindow, text: str, which: Icons | None, shortcut: QKeySequence | str | None) -> QAction:
    action = QAction(icon(which) if which else QIcon(), text, window)
    if shortcut is not None:
        sequence = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
        action.setShortcut(sequence)
        action.setToolTip(QCoreApplication.translate("MainWindow", "{action} ({shortcut})").format(
            action=text.replace("&", ""), shortcut=sequence.toString(QKeySequence.SequenceFormat.NativeText)))
    return action


def _standard(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """A platform's standard shortcut, or `fallback` where the platform has none."""
    bindings = QKeySequence.keyBindings(key)
    return bindings[0] if bindings else QKeySequence(fallback)


def create_actions(window: QMainWindow) -> Actions:
    """Build the actions, the menus and the toolbar of `window`."""
    actions = Actions(
        new=_action(window, QCoreApplication.translate("MainWindow", "&New contract…"), Icons.NEW, QKeySequence(QKeySequence.StandardKey.New)),
        open=_action(window, QCoreApplication.translate("MainWindow", "&Open"), Icons.OPEN, QKeySequence(QKeySequence.StandardKey.Open)),
        duplicate=_action(window, QCoreApplication.translate("MainWindow", "&Duplicate…"), Icons.DUPLICATE, "Ctrl+D"),
        example=_action(window, QCoreApplication.translate("MainWindow", "Open &example"), Icons.EXAMPLE, None),
        import_=_action(window, QCoreApplication.translate("MainWindow", "&Import…"), Icons.IMPORT, "Ctrl+I"),
        export=_action(window, QCoreApplication.translate("MainWindow", "&Export…"), Icons.EXPORT, "Ctrl+E"),
        trash=_action(window, QCoreApplication.translate("MainWindow", "Move to &trash"), Icons.TRASH, QKeySequence(QKeySequence.StandardKey.Delete)),
        restore=_action(window, QCoreApplication.translate("MainWindow", "&Restore from trash"), Icons.RESTORE, "Ctrl+Shift+R"),
        show_trash=_action(window, QCoreApplication.translate("MainWindow", "Show &trash"), None, "Ctrl+T"),
        refresh=_action(window, QCoreApplication.translate("MainWindow", "Re&load"), Icons.REFRESH, _standard(QKeySequence.StandardKey.Refresh, "F5")),
        preferences=_action(window, QCoreApplication.translate("MainWindow", "&Preferences…"), Icons.PREFERENCES,
                            _standard(QKeySequence.StandardKey.Preferences, "Ctrl+,")),
        quit=_action(window, QCoreApplication.translate("MainWindow", "&Quit"), Icons.QUIT, _standard(QKeySequence.StandardKey.Quit, "Ctrl+Q")),
        about=_action(window, QCoreApplication.translate("MainWindow", "&About Pacta"), None, None),
    )
    # Shorter labels on the toolbar (the menus and tooltips keep the full text), so that
    # every button, the extensions' too, fits the default window in Spanish as in English.
    actions.trash.setIconText(QCoreApplication.translate("MainWindow", "Move to trash"))
    actions.restore.setIconText(QCoreApplication.translate("MainWindow", "Restore"))
    actions.show_trash.setCheckable(True)
    actions.trash.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    actions.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    for item in (actions.new, actions.open, actions.duplicate, actions.example, None, actions.import_,
                 actions.export, None, actions.preferences, None, actions.quit):
        if item is None:
            file_menu.addSeparator()
        else:
            file_menu.addAction(item)
    project_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Project"))
    project_menu.addActions([actions.trash, actions.restore])
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addActions([actions.show_trash, actions.refresh])
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(actions.about)
    actions.menus = {"file": file_menu, "project": project_menu, "view": view_menu, "help": help_menu}
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    for item in (actions.new, actions.open, actions.duplicate, None, actions.import_, actions.export, None,
                 actions.trash, actions.restore, actions.show_trash):
        if item is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(item)
    window.addToolBar(toolbar)
    actions.toolbar = toolbar
    return actions
