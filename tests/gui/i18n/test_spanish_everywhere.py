"""No English in the Spanish app: every window, dialog and wizard page walked with the Spanish
catalogue loaded, its visible texts compared with the English source strings; and no English in
the documents or file names of a Spanish project."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget, QWizard

from domain.validation import contract_to_data, read_contract_file
from gui.main.window import MainWindow
from tests.gui.i18n.english_left import english_in, english_patterns, visible_texts


@pytest.fixture(scope="module")
def patterns():
    return english_patterns()


def test_the_check_finds_english(qtbot, ctx_es, patterns) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    for text in ("The last delivery moves 30 days later.", "Revisión", "Title", "Pacta closed while you were "
                 "writing 2 contracts. Everything you typed was kept."):
        layout.addWidget(QLabel(text, page))
    page.show()
    found = {source for _text, source in english_in(visible_texts(page), patterns)}
    assert "The last delivery moves %n days later." in found
    assert "Title" in found
    assert "Pacta closed while you were writing %n contracts. Everything you typed was kept." in found
    assert len(found) == 3


def _signed_with_a_later_delivery(repo, examples_dir: Path) -> str:
    from domain.lifecycle import Status
    from storage.service import record_change, set_status

    v1 = read_contract_file(examples_dir / "panaderia-v1.json")
    pid = repo.create_project(v1).project_id
    set_status(repo, pid, Status.SIGNED, dt.date(2026, 11, 20))
    data = contract_to_data(v1)
    last = max(range(len(data["deliverables"])), key=lambda i: data["deliverables"][i].get("due", ""))
    due = dt.date.fromisoformat(data["deliverables"][last]["due"])
    data["deliverables"][last]["due"] = (due + dt.timedelta(days=30)).isoformat()
    from domain.validation import validate_contract

    record_change(repo, pid, validate_contract(data, "es"), reason="Más fotos", requested_by="client",
                  asked_on=dt.date(2026, 11, 25))
    return pid


def test_no_english_in_any_spanish_window_dialog_or_page(qtbot, ctx_es, examples_dir, patterns, dialogs,
                                                         monkeypatch) -> None:
    repo = ctx_es.repository()
    pid = _signed_with_a_later_delivery(repo, examples_dir)
    repo.save_draft("new-1", {"contract": {"title": "Logotipo"}, "page": 2, "saved": "2026-05-01T09:00:00+00:00"})
    window = MainWindow(ctx_es)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded and window.selected_id() == pid, timeout=10000)
    seen: dict[str, list[str]] = {}

    def look(name: str, widget: QWidget) -> None:
        seen[name] = visible_texts(widget)

    # Every tab of the project's detail, History with the comparison of the two versions.
    for index in range(window.detail.count()):
        window.detail.setCurrentIndex(index)
        qtbot.wait(300)
        look(f"tab {window.detail.tabText(index)}", window)
    history = next(e for e in window.extensions if type(e).__name__ == "HistoryExtension")
    window.detail.setCurrentWidget(history.tab)
    qtbot.waitUntil(lambda: "30 días" in history.tab.comparison.toPlainText(), timeout=10000)
    assert "La última entrega se retrasa 30 días." in history.tab.comparison.toPlainText()
    look("history", window)
    # Preferences, with your own details.
    from gui.preferences.dialog import PreferencesDialog

    preferences = PreferencesDialog(ctx_es.prefs, window, lang="es", profile={"name": "Lucía"})
    qtbot.addWidget(preferences)
    preferences.show()
    look("preferences", preferences)
    preferences.close()
    # Drafts, templates and the clause editor.
    window.offer_drafts()
    from gui.drafts.dialog import DraftsDialog
    from gui.templates.chooser import TemplateChooser

    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(DraftsDialog)), timeout=5000)
    drafts = next(d for d in window.findChildren(DraftsDialog) if d.isVisible())
    look("drafts", drafts)
    drafts.close()
    templates = next(e for e in window.extensions if type(e).__name__ == "Templates")
    templates.new_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(TemplateChooser)), timeout=10000)
    chooser = next(d for d in window.findChildren(TemplateChooser) if d.isVisible())
    look("templates", chooser)
    chooser.close()
    texts = next(e for e in window.extensions if type(e).__name__ == "DocumentTexts")
    editor = texts.open()
    qtbot.waitUntil(lambda: editor.tree.topLevelItemCount() == 7, timeout=5000)
    qtbot.waitUntil(lambda: "página" in editor.preview_status.text(), timeout=20000)
    look("clause editor", editor)
    editor.close()
    # Every page of the wizard on the project.
    window.ops.open_wizard(contract_to_data(repo.version(pid).contract), project_id=pid)
    wizard = window.ops.wizards[0]
    for _page in range(8):
        qtbot.wait(100)
        look(f"wizard {wizard.currentPage().title()}", wizard)
        if wizard.currentId() < 7:
            wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage().pdf.pageCount() > 0, timeout=20000)
    look("review", wizard)
    # Every message box shown on the way.
    seen["message boxes"] = [f"{title} {text}" for _kind, title, text in dialogs.calls]
    left = {name: english_in(texts, patterns) for name, texts in seen.items()}
    assert {name: found for name, found in left.items() if found} == {}
    assert len(seen) >= 15


def test_no_english_in_the_documents_or_file_names_of_a_spanish_project(ctx_es, examples_dir, tmp_path) -> None:
    from documents.clauses import defaults
    from gui.core import services

    repo = ctx_es.repository()
    pid = repo.create_project(read_contract_file(examples_dir / "panaderia-v1.json")).project_id
    out = tmp_path / "docs"
    out.mkdir()
    written = services.generate_documents(repo=repo, project_id=pid, folder=out, paper="A4")
    english_words = {"agreement", "checklist", "change-order", "co-"}
    assert not [p.name for p in written if any(w in p.name for w in english_words)]
    spanish = defaults("es")
    # The fixed words of every English clause that the Spanish one does not share.
    fragments = set()
    for key, text in defaults("en").items():
        for part in __import__("re").split(r"\{\w+\}", text):
            words = " ".join(part.split())
            if len(words) >= 18 and words not in spanish.get(key, ""):
                fragments.add(words)
    for pdf in (p for p in written if p.suffix == ".pdf"):
        text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert len(text) > 500
        assert [f for f in fragments if f in text] == [], pdf.name
