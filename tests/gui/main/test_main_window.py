"""The main window: first start, the list with filters and sorting, trash, problems, files."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolButton

from domain.validation import read_contract_file
from gui.extensions import installers
from gui.main.projects import ProjectTableModel
from gui.main.window import EMPTY, LIST, MainWindow
from tests.gui.keys import click, type_text

EXAMPLES = ("panaderia-v1.json", "brand-identity-en.json", "minimal.json")


def window_with(qtbot, ctx, examples_dir: Path, names=EXAMPLES) -> MainWindow:
    for name in names:
        ctx.repository().create_project(read_contract_file(examples_dir / name))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded, timeout=5000)
    return window


def test_first_start_explains_and_offers_the_wizard(qtbot, ctx) -> None:
    window = window_with(qtbot, ctx, Path(), names=())
    assert window.stack.currentIndex() == EMPTY
    assert "Pacta writes the agreement" in window.empty_text.text()
    click(qtbot, window.start_button)
    assert window.ops.wizards and window.ops.wizards[0].isVisible()


def test_open_example_opens_the_sample_in_the_wizard(qtbot, ctx) -> None:
    window = window_with(qtbot, ctx, Path(), names=())
    click(qtbot, window.example_button)
    qtbot.waitUntil(lambda: bool(window.ops.wizards), timeout=5000)
    assert window.ops.wizards[0].page(0).project_title.text() == "Brand identity for Northwind Coffee Roasters"


def test_the_list_shows_filters_and_sorts(qtbot, ctx, examples_dir) -> None:
    window = window_with(qtbot, ctx, examples_dir)
    assert window.stack.currentIndex() == LIST
    assert window.proxy.rowCount() == 3
    titles = {window.proxy.index(r, 0).data() for r in range(3)}
    assert "Rediseño del sitio web de Panadería La Espiga" in titles
    assert window.proxy.index(0, ProjectTableModel.STATUS).data() == "Draft"
    type_text(qtbot, window.filter, "espiga")
    assert window.proxy.rowCount() == 1
    window.filter.clear()
    window.status_filter.setCurrentIndex(window.status_filter.findData("signed"))
    assert window.proxy.rowCount() == 0
    window.status_filter.setCurrentIndex(0)
    window.table.sortByColumn(ProjectTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    column = [window.proxy.index(r, 0).data() for r in range(3)]
    assert column == sorted(column, key=str.casefold)
    window.table.sortByColumn(ProjectTableModel.DEADLINE, Qt.SortOrder.AscendingOrder)
    assert window.proxy.rowCount() == 3


def test_selecting_a_project_shows_its_summary(qtbot, ctx, examples_dir) -> None:
    window = window_with(qtbot, ctx, examples_dir, names=("panaderia-v1.json",))
    window.table.selectRow(0)
    browser = window.detail.summary.browser
    qtbot.waitUntil(lambda: "Panadería La Espiga S.L." in browser.toPlainText(), timeout=5000)
    text = browser.toPlainText()
    assert "Formulario de encargos" in text and "€1,080.00" in text and "€2,700.00" in text
    assert window.detail.tabText(0) == "Summary"
    # The version's date as the list writes it, not 11/22/26.
    header = window.detail.summary.header.text()
    day = window.proxy.index(0, ProjectTableModel.UPDATED).data()
    assert header.startswith(f"Draft · version 1 · {day} · fingerprint ")


def test_the_spanish_summary_header_reads_naturally(qtbot, ctx_es, examples_dir) -> None:
    window = window_with(qtbot, ctx_es, examples_dir, names=("panaderia-v1.json",))
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(window.detail.summary.header.text()), timeout=5000)
    day = window.proxy.index(0, ProjectTableModel.UPDATED).data()
    expected = QCoreApplication.translate("SummaryTab", "{status} · version {number} · {when} · fingerprint {fingerprint}")
    assert window.detail.summary.header.text().startswith(
        expected.format(status="Borrador", number=1, when=day, fingerprint=""))


def test_the_title_takes_the_spare_width_and_the_toolbar_fits(qtbot, ctx_es, examples_dir) -> None:
    window = window_with(qtbot, ctx_es, examples_dir, names=("panaderia-v1.json",))
    widths = [window.table.columnWidth(c) for c in range(window.model.columnCount())]
    assert widths[ProjectTableModel.TITLE] == max(widths)
    assert widths[ProjectTableModel.TITLE] >= 250
    # Every toolbar button shows at the default size, the extensions' too (no "»" menu).
    toolbar = window.commands.toolbar
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    assert toolbar.sizeHint().width() <= toolbar.width()
    shown = [a for a in toolbar.actions() if not a.isSeparator()]
    assert len(shown) >= 9 and all(toolbar.widgetForAction(a).isVisible() for a in shown)
    # The buttons carry short labels; their tooltips say it in full.
    assert window.commands.restore.toolTip().startswith(window.commands.restore.text().replace("&", ""))


def test_trash_and_restore(qtbot, ctx, examples_dir) -> None:
    window = window_with(qtbot, ctx, examples_dir, names=("minimal.json", "panaderia-v1.json"))
    window.table.selectRow(0)
    gone = window.selected_id()
    window.commands.trash.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    window.commands.show_trash.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.model.project_id(0) == gone, timeout=5000)
    assert window.list_title.text() == "Trash"
    window.table.selectRow(0)
    # In the trash a project is only restored: not opened, duplicated or exported.
    assert window.commands.restore.isEnabled() and not window.commands.trash.isEnabled()
    assert not any(a.isEnabled() for a in (window.commands.open, window.commands.duplicate, window.commands.export))
    window.table.doubleClicked.emit(window.proxy.index(0, 0))
    assert window.ops.wizards == []
    window.commands.restore.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    window.commands.show_trash.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    window.table.selectRow(0)
    assert all(a.isEnabled() for a in (window.commands.open, window.commands.duplicate, window.commands.export))


def test_unreadable_files_are_shown_and_the_rest_works(qtbot, ctx, examples_dir) -> None:
    repo = ctx.repository()
    broken = repo.create_project(read_contract_file(examples_dir / "minimal.json")).project_id
    (repo.project_dir(broken) / "project.json").write_text("{ not json")
    window = window_with(qtbot, ctx, examples_dir, names=("panaderia-v1.json",))
    assert window.problems.isVisible()
    assert "1 file could not be read" in window.problems_text.text()
    assert broken in window.problems_text.text()
    assert window.model.rowCount() == 1


def test_import_export_and_duplicate(qtbot, ctx, examples_dir, dialogs, tmp_path) -> None:
    window = window_with(qtbot, ctx, examples_dir, names=())
    dialogs.open_file = str(examples_dir / "brand-identity-en.json")
    window.commands.import_.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.selected_id() is not None, timeout=5000)
    dialogs.save_file = str(tmp_path / "out.json")
    window.commands.export.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "out.json").exists(), timeout=5000)
    original = json.loads((examples_dir / "brand-identity-en.json").read_text())
    exported = json.loads((tmp_path / "out.json").read_text())
    assert exported["title"] == original["title"] and exported["deliverables"][0]["id"] == "LOGO"
    window.commands.duplicate.trigger()
    qtbot.waitUntil(lambda: bool(window.ops.wizards), timeout=5000)
    wizard = window.ops.wizards[0]
    assert wizard.project_id is None
    assert wizard.page(0).project_title.text() == original["title"] + " (copy)"


def test_a_refused_import_says_why(qtbot, ctx, dialogs, tmp_path) -> None:
    window = window_with(qtbot, ctx, Path(), names=())
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "pacta.contract/1", "language": "en", "currency": "EUR", "title": "x"}')
    dialogs.open_file = str(bad)
    window.commands.import_.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.calls), timeout=5000)
    kind, _title, text = dialogs.calls[0]
    assert kind == "warning" and "provider is required" in text


def test_shortcuts_are_standard(qtbot, ctx) -> None:
    window = window_with(qtbot, ctx, Path(), names=())
    assert window.commands.new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.commands.open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert not window.commands.quit.shortcut().isEmpty()
    assert not window.commands.preferences.shortcut().isEmpty()


def test_window_state_is_remembered(qtbot, ctx, examples_dir) -> None:
    window = window_with(qtbot, ctx, examples_dir, names=("minimal.json", "panaderia-v1.json"))
    window.resize(760, 560)
    window.splitter.setSizes([340, 380])
    window.table.selectRow(1)
    chosen = window.selected_id()
    window.close()
    settings = ctx.prefs.settings
    assert isinstance(settings, QSettings) and settings.value("window/last_project") == chosen
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    again.repository_ready()
    qtbot.waitUntil(lambda: again.loaded, timeout=5000)
    assert again.selected_id() == chosen
    assert again.size().width() == 760
    assert again.splitter.sizes()[0] == window.splitter.sizes()[0]


def test_the_app_and_the_command_line_work_on_one_folder_and_the_app_reloads(qtbot, tmp_path, dialogs) -> None:
    import subprocess
    import sys

    from gui.app import open_data_folder
    from storage.repository import Repository
    from tests.gui.conftest import make_context

    root = Path(__file__).resolve().parents[3]
    ctx = make_context(tmp_path, "es", open_repo=False)
    # A command line writer that holds the lock for a moment, as a save does.
    holder = Repository(ctx.data_dir, write=True)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        with holder.writing():
            open_data_folder(ctx, window)
            qtbot.waitUntil(lambda: ctx.repo is not None, timeout=5000)
        assert not dialogs.calls and window.isVisible()
        qtbot.waitUntil(lambda: window.loaded, timeout=5000)
        assert window.model.rowCount() == 0
        window.watcher.timer.setInterval(100)
        # `pacta import` in another process while the app is open: the app sees the project appear.
        result = subprocess.run(
            [sys.executable, str(root / "main.py"), "--data", str(ctx.data_dir), "import",
             str(root / "tests" / "examples" / "minimal.json")],
            capture_output=True, text=True, timeout=120,
        )
        assert result.returncode == 0, result.stderr
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
        assert window.selected_id() == result.stdout.strip()
    finally:
        holder.close()
        ctx.close()
        from gui.core.i18n import remove_translators

        remove_translators(qtbot_app(), ctx.translators)


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def test_the_extensions_follow_the_window_or_come_when_asked(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    # Not built before the window shows: they take about as long as the window itself.
    assert window.detail.count() == 1
    window.show()
    qtbot.waitUntil(lambda: window.detail.count() > 1, timeout=5000)
    tabs = [window.detail.tabText(i) for i in range(window.detail.count())]
    assert tabs[:4] == ["Summary", "History", "Payments", "Journal"]
    texts = next(a for a in window.commands.menus["file"].actions() if a.text() == "Edit document &texts…")
    assert window.commands.menus["file"].actions().index(texts) < \
        window.commands.menus["file"].actions().index(window.commands.preferences)
    # A window that was never shown installs them the moment they are asked for, once.
    other = MainWindow(ctx)
    qtbot.addWidget(other)

    # history, payments, journal, sending, letters, drafts, templates, texts, signing
    assert len(other.extensions) == len(window.extensions) == len(installers()) == 9
    assert other.extensions is other.extensions and other.detail.count() == window.detail.count()


def test_about_names_the_version_the_licence_and_the_data_folder(qtbot, ctx_es, dialogs) -> None:
    from domain.about import LICENSE, VERSION

    window = window_with(qtbot, ctx_es, Path(), names=())
    window.commands.about.trigger()
    [(kind, title, text)] = dialogs.calls
    assert (kind, title) == ("about", "Acerca de Pacta")
    assert f"Pacta {VERSION}" in text and LICENSE in text and str(ctx_es.data_dir) in text
    assert "no asesoramiento jurídico" in text or "no ofrece asesoramiento" in text
