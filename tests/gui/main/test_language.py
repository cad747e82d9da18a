"""Choosing another language in Preferences shows the whole window in it at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from domain.validation import read_contract_file
from gui.main.window import MainWindow
from gui.preferences.dialog import PreferencesDialog


def _choose(window: MainWindow, lang: str) -> None:
    dialog = PreferencesDialog(window.ctx.prefs, window)
    combo = dialog.editors["ui/language"]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(lang))
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_switching_to_spanish_replaces_the_window(qtbot, ctx, examples_dir: Path, qapp: QApplication) -> None:
    ctx.repository().create_project(read_contract_file(examples_dir / "panaderia-v1.json"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded, timeout=5000)
    assert window.list_title.text() == "Projects"

    _choose(window, "es")
    qtbot.waitUntil(lambda: window.replaced_by is not None, timeout=5000)
    spanish = window.replaced_by
    assert spanish is not None
    qtbot.addWidget(spanish)
    qtbot.waitUntil(lambda: spanish.loaded, timeout=5000)
    assert not window.isVisible() and spanish.isVisible()
    assert ctx.lang == "es"
    assert spanish.list_title.text() == "Proyectos"
    assert spanish.commands.menus["file"].title() == "&Archivo"
    assert spanish.model.rowCount() == 1

    _choose(spanish, "en")
    qtbot.waitUntil(lambda: spanish.replaced_by is not None, timeout=5000)
    assert spanish.replaced_by.list_title.text() == "Projects"
    qtbot.addWidget(spanish.replaced_by)


def test_an_open_wizard_keeps_the_language_until_the_next_start(qtbot, ctx, dialogs) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded, timeout=5000)
    wizard = window.ops.open_wizard()
    qtbot.addWidget(wizard)
    _choose(window, "es")
    qtbot.waitUntil(lambda: "information" in [k for k, _t, _x in dialogs.calls], timeout=5000)
    assert window.replaced_by is None and ctx.lang == "en"
    assert ctx.prefs.get("ui/language") == "es"


def test_preferences_refuse_a_default_the_contract_would_refuse(qtbot, ctx_es) -> None:
    from PySide6.QtWidgets import QLineEdit

    dialog = PreferencesDialog(ctx_es.prefs)
    qtbot.addWidget(dialog)
    deposit = dialog.editors["defaults/deposit_percent"]
    assert isinstance(deposit, QLineEdit)
    deposit.clear()
    qtbot.keyClicks(deposit, "150")
    currency = dialog.editors["defaults/currency"]
    assert isinstance(currency, QLineEdit)
    currency.setText("EURO")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 0 and dialog.problems.isVisible() is not None
    text = dialog.problems.text()
    assert "Anticipo (%)" in text and "100" in text
    assert "Moneda" in text
    assert deposit.property("invalid") is True
    assert ctx_es.prefs.get("defaults/deposit_percent") == "50"

    deposit.setText("40")
    currency.setText("USD")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 1
    assert ctx_es.prefs.get("defaults/deposit_percent") == "40"
    assert deposit.property("invalid") is False


def test_preferences_read_a_percentage_the_way_the_language_writes_it(qtbot, ctx_es) -> None:
    from gui.widgets.amounts import AmountField
    from tests.gui.keys import replace_text

    dialog = PreferencesDialog(ctx_es.prefs)
    qtbot.addWidget(dialog)
    surcharge = dialog.editors["defaults/urgent_surcharge_percent"]
    assert isinstance(surcharge, AmountField) and surcharge.text() == "50"
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    replace_text(qtbot, surcharge, "abc")
    ok.click()
    assert dialog.result() == 0
    assert surcharge.toolTip().startswith("El campo «Recargo por trabajo urgente (%)» debe contener un importe")
    assert ctx_es.prefs.get("defaults/urgent_surcharge_percent") == "50"
    replace_text(qtbot, surcharge, "-5")
    ok.click()
    assert dialog.result() == 0 and "no admite valores negativos" in surcharge.toolTip()
    replace_text(qtbot, surcharge, "12,5")
    ok.click()
    assert dialog.result() == 1
    assert ctx_es.prefs.get("defaults/urgent_surcharge_percent") == "12.5"
