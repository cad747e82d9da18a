"""Start from a trade's template (either language, dates from the chosen day, placeholders highlighted),
and keep one's own contract as a template to start from."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QInputDialog, QLineEdit

from domain.templates import TRADES, all_dates, first_date, load_trade_template
from domain.validation import read_contract_file, validate_contract
from gui.main.window import MainWindow
from gui.templates.chooser import TemplateChooser
from gui.wizard.wizard import PageId
from tests.gui.keys import click, replace_text


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded, timeout=5000)
    return window


def _templates(window: MainWindow):
    return next(e for e in window.extensions if type(e).__name__ == "Templates")


def _chooser(qtbot, window: MainWindow) -> TemplateChooser:
    _templates(window).new_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(TemplateChooser)), timeout=10000)
    return next(d for d in window.findChildren(TemplateChooser) if d.isVisible())


def test_every_trade_is_offered_in_both_languages(qtbot, ctx_es) -> None:
    window = _window(qtbot, ctx_es)
    chooser = _chooser(qtbot, window)
    names = [chooser.list.item(r).text() for r in range(chooser.list.count())]
    assert names[0] == "Un contrato en blanco"
    assert names[1:] == ["Diseño web", "Identidad de marca", "Fotografía", "Redacción y traducción",
                         "Desarrollo de software", "Vídeo"]
    chooser.language.setCurrentIndex(chooser.language.findData("en"))
    names = [chooser.list.item(r).text() for r in range(chooser.list.count())]
    assert names[1:] == ["Web design", "Brand identity", "Photography", "Copywriting and translation",
                         "Software development", "Video"]
    assert len(TRADES) == 6
    assert chooser.start.date() == QDate.currentDate()


def test_a_trade_template_starts_today_with_the_placeholders_highlighted(qtbot, ctx, dialogs) -> None:
    ctx.repository().save_profile({"name": "Ada Okafor Design LLC", "email": "ada@okafor.example"})
    window = _window(qtbot, ctx)
    chooser = _chooser(qtbot, window)
    chooser.select("trade", "photography")
    assert "Photography" in chooser.list.currentItem().text()
    assert "highlighted in the wizard" in chooser.to_replace.text()
    assert "the client's details" in chooser.to_replace.text()
    click(qtbot, chooser.start_button)
    qtbot.waitUntil(lambda: bool(window.ops.wizards), timeout=10000)
    wizard = window.ops.wizards[0]
    project = wizard.page(PageId.PROJECT)
    contract = validate_contract(wizard.data(), "en")
    template = load_trade_template("photography", "en")
    today = dt.date.today()
    assert first_date(contract) == today
    # The spacing between dates is kept.
    assert [d - today for d in all_dates(contract)] == [d - first_date(template) for d in all_dates(template)]
    assert project.provider[1]["name"].text() == "Ada Okafor Design LLC"  # your details, not a placeholder
    client = project.client[1]["name"]
    assert client.text() == "[CLIENT NAME]"
    marked = _templates(window).marked
    assert client in marked and project.project_title in marked
    assert client.property("templatePlaceholder") is True
    assert project.provider[1]["name"] not in marked
    replace_text(qtbot, client, "Harbor Café")
    assert client.property("templatePlaceholder") is False


def test_a_blank_contract_from_the_chooser(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    chooser = _chooser(qtbot, window)
    chooser.list.setCurrentRow(0)
    assert chooser.current() is None
    click(qtbot, chooser.start_button)
    qtbot.waitUntil(lambda: bool(window.ops.wizards), timeout=5000)
    assert window.ops.wizards[0].page(PageId.PROJECT).project_title.text() == ""


def test_your_own_contract_saved_as_a_template_and_started_from(qtbot, ctx, examples_dir: Path,
                                                                 monkeypatch) -> None:
    ctx.repository().create_project(read_contract_file(examples_dir / "brand-identity-en.json"))
    window = _window(qtbot, ctx)
    window.table.selectRow(0)
    templates = _templates(window)
    qtbot.waitUntil(templates.save_action.isEnabled, timeout=5000)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  Brand   work ", True)))
    templates.save_action.trigger()
    qtbot.waitUntil(lambda: "Saved as the template “Brand work”" in window.statusBar().currentMessage(),
                    timeout=5000)
    assert (ctx.data_dir / "templates" / "brand-work.json").is_file()
    chooser = _chooser(qtbot, window)
    names = [chooser.list.item(r).text() for r in range(chooser.list.count())]
    assert names[-1] == "Yours: Brand work"
    chooser.select("own", "brand-work.json")
    chooser.start.setDate(QDate(2031, 3, 3))
    click(qtbot, chooser.start_button)
    qtbot.waitUntil(lambda: bool(window.ops.wizards), timeout=10000)
    wizard = window.ops.wizards[0]
    contract = validate_contract(wizard.data(), "en")
    assert first_date(contract) == dt.date(2031, 3, 3)
    assert contract.client.name == "[CLIENT NAME]"  # the client is left out of a template
    assert wizard.project_id is None
    client = wizard.page(PageId.PROJECT).client[1]["name"]
    assert isinstance(client, QLineEdit) and client.property("templatePlaceholder") is True


def test_the_chooser_shows_the_schedule_moved_to_the_chosen_day(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    chooser = _chooser(qtbot, window)
    chooser.select("trade", "web-design")
    chooser.start.setDate(QDate(2030, 6, 3))
    assert "June 3, 2030" in chooser.preview.toPlainText() or "3 June 2030" in chooser.preview.toPlainText()


def test_the_welcome_screen_offers_the_templates(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    button = _templates(window).welcome_button
    assert window.stack.currentWidget() is window.empty and button.isVisible()
    assert button.text() == "Or start from a template for your trade"
    click(qtbot, button)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(TemplateChooser)), timeout=10000)


def test_a_placeholder_in_a_table_rows_editor_is_highlighted_too(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    chooser = _chooser(qtbot, window)
    chooser.select("trade", "video")
    click(qtbot, chooser.start_button)
    qtbot.waitUntil(lambda: bool(window.ops.wizards), timeout=10000)
    wizard = window.ops.wizards[0]
    roles = wizard.page(PageId.ROLES)
    client_side = roles.editors["client"]
    person = next(w for w in client_side.findChildren(QLineEdit) if w.text().startswith("["))
    assert person.property("templatePlaceholder") is True
    replace_text(qtbot, person, "Jordan Lee")
    assert person.property("templatePlaceholder") is False
