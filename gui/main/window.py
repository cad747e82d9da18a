"""The main window: the project list, the selected project's detail, menus and toolbar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.core.defs import (
    CLIENT_COLUMN_WIDTH,
    DETAIL_MIN_WIDTH,
    EMPTY_TEXT_WIDTH,
    LIST_MIN_WIDTH,
    MAIN_WINDOW_SIZE,
    MARGIN,
    SPACING,
    SPLITTER_SIZES,
)
from gui.core.options import GEOMETRY, LAST_PROJECT, SPLITTER, WINDOW_STATE
from gui.core.resources import Icons, app_icon, icon
from gui.core.statuses import STATUSES, status_label
from gui.host import Host
from gui.main.actions import create_actions
from gui.main.detail import DetailTabs
from gui.main.operations import Operations
from gui.main.projects import ProjectFilter, ProjectTableModel

if TYPE_CHECKING:
    from gui.core.context import AppContext

EMPTY, LIST = 0, 1


class MainWindow(Host):
    """Projects on the left, the selected one on the right; everything else through actions.

    The features (History, Journal, Sending...) see it only as a `Host` (gui/host.py).
    """

    shown = Signal()
    projectsLoaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Pacta"))
        self.setWindowIcon(app_icon())
        self.resize(*MAIN_WINDOW_SIZE)
        self.loaded = False
        self.watcher: Any = None
        #: Set when the data folder could not be opened; the app then exits with status 1.
        self.refused = False
        self._shown_once = False
        self.trash_view = False
        self.model = ProjectTableModel(self)
        self.proxy = ProjectFilter(self)
        self.proxy.setSourceModel(self.model)
        self.commands = create_actions(self)
        self.ops = Operations(self, self.model)
        self._build()
        self._connect()
        #: History, Journal, Sending...: installed once the window is on screen (see install_extensions).
        self._extensions: list[Any] | None = None
        #: The window that took over after a change of language.
        self.replaced_by: MainWindow | None = None
        self._stop_watching = ctx.prefs.watch("ui/language", lambda _value: QTimer.singleShot(0, self.apply_language))
        self._restore_state()
        self._update_actions()

    # Layout

    def _build(self) -> None:
        self.problems = QFrame(self)
        self.problems.setObjectName("problems")
        problems_layout = QHBoxLayout(self.problems)
        warning = QLabel(self.problems)
        warning.setPixmap(icon(Icons.WARNING).pixmap(24, 24))
        self.problems_text = QLabel(self.problems)
        self.problems_text.setWordWrap(True)
        self.problems_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        problems_layout.addWidget(warning, 0, Qt.AlignmentFlag.AlignTop)
        problems_layout.addWidget(self.problems_text, 1)
        self.problems.hide()

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by title or client"))
        self.filter.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("Every status"), "")
        for status in STATUSES:
            self.status_filter.addItem(status_label(status), status)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ProjectTableModel.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProjectTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (ProjectTableModel.STATUS, ProjectTableModel.VERSION, ProjectTableModel.DEADLINE,
                       ProjectTableModel.UPDATED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(ProjectTableModel.CLIENT, CLIENT_COLUMN_WIDTH)
        self.table.setWordWrap(False)
        header.setHighlightSections(False)
        self.table.addAction(self.commands.trash)
        self.table.setMinimumWidth(LIST_MIN_WIDTH)
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 1)
        filters.addWidget(self.status_filter)
        self.list_title = QLabel(self.tr("Projects"), self)
        self.list_title.setObjectName("sectionTitle")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_title)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        self.detail = DetailTabs(self.ctx.lang, self)
        self.detail.setMinimumWidth(DETAIL_MIN_WIDTH)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes(list(SPLITTER_SIZES))
        self.splitter.setChildrenCollapsible(False)

        self.empty = QWidget(self)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(2)
        title = QLabel(self.tr("Welcome to Pacta"), self.empty)
        title.setObjectName("emptyTitle")
        self.empty_text = QLabel(self.tr(
            "Answer a few questions about your next project and Pacta writes the agreement and the "
            "scope checklist your client signs."), self.empty)
        self.empty_text.setObjectName("emptyText")
        self.empty_text.setWordWrap(True)
        self.empty_text.setFixedWidth(EMPTY_TEXT_WIDTH)
        self.empty_text.ensurePolished()
        self.empty_text.setMinimumHeight(self.empty_text.heightForWidth(EMPTY_TEXT_WIDTH) + SPACING)
        self.start_button = QPushButton(icon(Icons.NEW), self.tr("Write your first contract"), self.empty)
        self.start_button.setObjectName("primary")
        self.example_button = QPushButton(self.tr("Or look at an example first"), self.empty)
        self.example_button.setFlat(True)
        for widget in (title, self.empty_text, self.start_button, self.example_button):
            empty_layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        self._empty_layout = empty_layout
        empty_layout.addStretch(3)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        self.stack.setCurrentIndex(LIST)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(MARGIN, MARGIN // 2, MARGIN, MARGIN // 2)
        layout.setSpacing(SPACING)
        layout.addWidget(self.problems)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)

    def _connect(self) -> None:
        a = self.commands
        a.new.triggered.connect(lambda: self.ops.new_contract())
        a.open.triggered.connect(self.ops.open_selected)
        a.duplicate.triggered.connect(self.ops.duplicate_selected)
        a.example.triggered.connect(self.ops.open_example)
        a.import_.triggered.connect(self.ops.import_file)
        a.export.triggered.connect(self.ops.export_selected)
        a.trash.triggered.connect(lambda: self.ops.trash_selected(restore=False))
        a.restore.triggered.connect(lambda: self.ops.trash_selected(restore=True))
        a.show_trash.toggled.connect(self.set_trash_view)
        a.refresh.triggered.connect(lambda: self.reload())
        a.preferences.triggered.connect(self.ops.preferences)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.ops.about)
        self.start_button.clicked.connect(lambda: self.ops.new_contract())
        self.example_button.clicked.connect(self.ops.open_example)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.status_filter.currentIndexChanged.connect(lambda: self.proxy.set_status(self.status_filter.currentData()))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Through the action, so that a double click does nothing where Open is disabled (the trash).
        self.table.doubleClicked.connect(lambda _index: self.commands.open.trigger())
        self.ctx.tasks.busyChanged.connect(self.busy.setVisible)

    # State

    def _restore_state(self) -> None:
        prefs = self.ctx.prefs
        if (geometry := prefs.state(GEOMETRY)) is not None:
            self.restoreGeometry(geometry)
        if (state := prefs.state(WINDOW_STATE)) is not None:
            self.restoreState(state)
        if (sizes := prefs.state(SPLITTER)) is not None:
            self.splitter.restoreState(sizes)

    def save_state(self) -> None:
        """Remember size, splitter and the selected project (UI preferences only)."""
        prefs = self.ctx.prefs
        prefs.set_state(GEOMETRY, self.saveGeometry())
        prefs.set_state(WINDOW_STATE, self.saveState())
        prefs.set_state(SPLITTER, self.splitter.saveState())
        if (pid := self.selected_id()) is not None:
            prefs.set_state(LAST_PROJECT, pid)
        prefs.sync()

    @property
    def extensions(self) -> list[Any]:
        """The installed extensions (installed now if the window has not got round to it yet)."""
        self.install_extensions()
        assert self._extensions is not None
        return self._extensions

    def install_extensions(self) -> None:
        """Add the extensions' tabs, menu entries and toolbar buttons (once).

        Their modules and widgets take about as long as the rest of the window, so the window
        shows first and they follow on the next turn of the event loop, before the data folder
        opens; anything that needs them earlier (`extensions`, `repository_ready`) installs
        them on the spot.
        """
        if self._extensions is not None:
            return
        from gui.extensions import installers

        self._extensions = []
        for install in installers():
            self._extensions.append(install(self))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self.shown.emit)
            QTimer.singleShot(0, self.install_extensions)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.ops.close_wizards():
            event.ignore()
            return
        self.save_state()
        self._stop_watching()
        event.accept()

    def apply_language(self) -> None:
        """Show the app in the language just chosen: a new main window takes this one's place.

        With a contract open in the wizard the switch waits for the next start, so nothing
        typed is disturbed.
        """
        from gui.core.i18n import install_translators, remove_translators, ui_language

        lang = ui_language(self.ctx.prefs)
        if lang == self.ctx.lang or not self.isVisible():
            return
        if self.ops.wizards or self.ctx.repo is None:
            QMessageBox.information(self, self.tr("Language"), self.tr(
                "The new language applies the next time Pacta starts, so the contract you are "
                "editing is not disturbed."))
            return
        app = QCoreApplication.instance()
        assert app is not None
        remove_translators(app, self.ctx.translators)
        self.ctx.translators = install_translators(app, lang)
        self.ctx.lang = lang
        self.save_state()
        window = MainWindow(self.ctx)
        window.show()
        window.repository_ready()
        self.replaced_by = window
        self._stop_watching()
        self.hide()
        self.close()

    # The list

    def reload(self, select: str | None = None) -> None:
        """Read the list (or the trash) again off the GUI thread, then select `select`."""
        repo = self.ctx.repo
        if repo is None:
            return
        from gui.core import services

        trashed = self.trash_view
        keep = select or self.selected_id() or self.ctx.prefs.state(LAST_PROJECT)
        self.ctx.tasks.run(lambda: services.load_projects(repo=repo, trashed=trashed),
                           lambda result: self._loaded(result, keep), self.ops.show_error, owner=self)

    def _loaded(self, result: tuple[list[Any], list[Any]], select: str | None) -> None:
        projects, problems = result
        self.model.set_projects(projects)
        if problems:
            lines = [self.tr("%n file(s) could not be read and were left untouched; the other projects "
                             "work as usual:", "", len(problems))]
            lines += ["• " + p.message(self.ctx.lang) for p in problems]
            self.problems_text.setText("\n".join(lines))
        self.problems.setVisible(bool(problems))
        self.stack.setCurrentIndex(EMPTY if not projects and not self.trash_view else LIST)
        if select and (row := self.model.row_of(select)) >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self._show_detail(None)
        self.loaded = True
        self._update_actions()
        self.projectsLoaded.emit()

    def set_trash_view(self, on: bool) -> None:
        """Show the projects in the trash instead of the others."""
        self.trash_view = on
        self.list_title.setText(self.tr("Trash") if on else self.tr("Projects"))
        self.reload()

    def selected_id(self) -> str | None:
        """The id of the selected project, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.project_id(self.proxy.mapToSource(rows[0]).row())

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()
        pid = self.selected_id()
        repo = self.ctx.repo
        if pid is None or repo is None:
            self._show_detail(None)
            return
        self.ctx.prefs.set_state(LAST_PROJECT, pid)
        self.refresh_detail()

    def refresh_detail(self) -> None:
        """Read the selected project again (after a change recorded elsewhere) and show it."""
        pid, repo = self.selected_id(), self.ctx.repo
        if pid is None or repo is None:
            self._show_detail(None)
            return
        from gui.core import services

        def show(detail: Any) -> None:
            if self.selected_id() == pid:
                self._show_detail(detail)

        self.ctx.tasks.run(lambda: services.load_detail(repo=repo, project_id=pid), show, self.ops.show_error, owner=self)

    def _show_detail(self, detail: Any) -> None:
        self.detail.show_project(detail)
        self.projectShown.emit(detail)

    def _update_actions(self) -> None:
        ready = self.ctx.repo is not None
        selected = self.selected_id() is not None
        for action in (self.commands.new, self.commands.example, self.commands.import_):
            action.setEnabled(ready)
        # A project in the trash is restored first; until then it is not opened, copied or sent out.
        for action in (self.commands.open, self.commands.duplicate, self.commands.export):
            action.setEnabled(ready and selected and not self.trash_view)
        self.commands.trash.setEnabled(ready and selected and not self.trash_view)
        self.commands.restore.setEnabled(ready and selected and self.trash_view)

    def index_of(self, project_id: str) -> QModelIndex:
        """The view index of a project (invalid when it is not shown)."""
        row = self.model.row_of(project_id)
        return self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()

    # What the features see (gui.host.Host)

    def add_tab(self, widget: QWidget, title: str) -> None:
        self.detail.add_tab(widget, title)

    def show_tab(self, widget: QWidget) -> None:
        self.detail.setCurrentWidget(widget)

    def menu(self, name: str) -> QMenu:
        return self.commands.menus[name]

    def add_file_actions(self, actions: list[QAction], *, separator: bool = False) -> None:
        file_menu = self.commands.menus["file"]
        for action in actions:
            file_menu.insertAction(self.commands.preferences, action)
        if separator:
            file_menu.insertSeparator(self.commands.preferences)

    def add_start_button(self, text: str, action: QAction) -> QPushButton:
        button = QPushButton(text, self.empty)
        button.setFlat(True)
        button.clicked.connect(action.trigger)
        self._empty_layout.insertWidget(self._empty_layout.count() - 1, button, 0, Qt.AlignmentFlag.AlignHCenter)
        return button

    def add_tool(self, action: QAction) -> None:
        toolbar = self.commands.toolbar
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(action)

    def show_error(self, error: BaseException) -> None:
        self.ops.show_error(error)

    def show_project(self, project_id: str) -> None:
        if self.trash_view:
            self.commands.show_trash.setChecked(False)
        index = self.index_of(project_id)
        if index.isValid():
            self.table.selectRow(index.row())
        else:
            self.reload(select=project_id)

    def resume_draft(self, name: str, draft: dict[str, Any]) -> QWidget | None:
        already = next((w for w in self.ops.wizards if w.draft_name == name), None)
        if already is not None:  # the same draft is not edited in two wizards
            already.raise_()
            already.activateWindow()
            return already
        contract = draft.get("contract") if isinstance(draft.get("contract"), dict) else {}
        page = draft.get("page", 0)
        return self.ops.open_wizard(contract, project_id=draft.get("project_id"), draft_name=name, resumed=True,
                                    page=page if isinstance(page, int) else 0)

    def new_contract_from(self, data: dict[str, Any]) -> QWidget | None:
        return self.ops.open_wizard(data)

    def offer_drafts(self) -> None:
        """The data folder is open: let the features offer what was left unfinished (drafts)."""
        self.install_extensions()
        self.dataReady.emit()

    def open_wizard_at(self, data: dict[str, Any], *, project_id: str, page: str) -> QWidget | None:
        from gui.wizard.wizard import PageId

        which = PageId[page]
        wizard = self.ops.open_wizard(data, project_id=project_id, page=int(which))
        return wizard.page(which)

    def repository_ready(self) -> None:
        """The data folder is open: enable the actions, read the list, and read it again
        whenever the folder changes from outside (gui.main.watch)."""
        from gui.main.watch import FolderWatcher

        self.install_extensions()
        self._update_actions()
        self.reload()
        if self.watcher is None:
            self.watcher = FolderWatcher(self.ctx.data_dir, self._changed_outside, self)

    def _changed_outside(self) -> None:
        if self.ctx.repo is not None:
            self.reload()
            self.refresh_detail()
