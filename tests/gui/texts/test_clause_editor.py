"""File › Edit document texts…: each clause beside Pacta's, saved and restored in the user's folder,
previewed in a real contract rendered off the GUI thread, and used by the next document."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from delivery import clause_texts
from documents import clauses
from gui.main.window import MainWindow
from gui.texts.editor import ClauseEditor
from tests.gui.keys import click, replace_text

KEY = "agreement.purpose.text"


def _editor(qtbot, ctx) -> tuple[MainWindow, ClauseEditor]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    action = next(a for a in window.commands.menus["file"].actions() if a.text().replace("&", "") in (
        "Edit document texts…", "Editar los textos de los documentos…"))
    action.trigger()
    editor = next(e for e in window.findChildren(ClauseEditor) if e.isVisible())
    qtbot.waitUntil(lambda: editor.tree.topLevelItemCount() == 7, timeout=5000)
    return window, editor


def _select(editor: ClauseEditor, key: str) -> None:
    for g in range(editor.tree.topLevelItemCount()):
        group = editor.tree.topLevelItem(g)
        for c in range(group.childCount()):
            if group.child(c).data(0, 256) == key:
                editor.tree.setCurrentItem(group.child(c))
                return
    raise AssertionError(key)


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "preview.pdf"
    pdf.write_bytes(data)
    return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_a_clause_is_edited_previewed_saved_and_restored(qtbot, ctx_es, tmp_path, monkeypatch) -> None:
    shown: list[bytes] = []
    original_show = ClauseEditor.show_pdf
    monkeypatch.setattr(ClauseEditor, "show_pdf", lambda self, key, data, needle: (
        shown.append(data), original_show(self, key, data, needle)))
    _window, editor = _editor(qtbot, ctx_es)
    groups = [editor.tree.topLevelItem(g).text(0) for g in range(7)]
    assert groups == ["Contrato", "Contrato: condiciones generales", "Lista de alcance", "Orden de cambio", "Pagos e impuestos", "Cartas al cliente",
                      "Todos los documentos"]
    _select(editor, KEY)
    default = clauses.defaults("es")[KEY]
    assert editor.default.toPlainText() == default == editor.mine.toPlainText()
    assert editor.default.isReadOnly() and "{title}" in editor.names.text()
    assert not editor.save_button.isEnabled()
    # Typing previews the clause in a real contract, before anything is saved.
    mine = "El Proveedor desarrollará con esmero el proyecto «{title}» según lo aquí pactado."
    replace_text(qtbot, editor.mine, mine)
    qtbot.waitUntil(lambda: bool(shown) and "esmero" in _pdf_text(shown[-1], tmp_path), timeout=20000)
    assert "Redise" in _pdf_text(shown[-1], tmp_path)  # filled in with the example's title
    assert "página" in editor.preview_status.text()
    assert clauses.current("es")[KEY] == default  # not saved yet
    # A name Pacta cannot fill is refused, in Spanish, naming what it may use.
    replace_text(qtbot, editor.mine, "Hola {cliente}")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: "{cliente}" in editor.status.text(), timeout=5000)
    assert "Puede usar: {title}" in editor.status.text()
    replace_text(qtbot, editor.mine, mine)
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: editor.status.text().startswith("Guardado"), timeout=5000)
    folder = Path(os.environ["PACTA_CONFIG"]) / "clauses" / "es"
    assert "esmero" in (folder / "agreement.toml").read_text(encoding="utf-8")
    assert clauses.text("es", KEY, title="X") == mine.replace("{title}", "X")
    assert editor.tree.currentItem().text(0).startswith("● ")
    assert editor.restore_button.isEnabled()
    # Restore default: Pacta's text again, and no file left with nothing in it.
    click(qtbot, editor.restore_button)
    qtbot.waitUntil(lambda: editor.mine.toPlainText() == default, timeout=5000)
    assert clauses.current("es")[KEY] == default
    assert not (folder / "agreement.toml").exists()
    assert not editor.tree.currentItem().text(0).startswith("● ")


def test_the_english_texts_and_the_filter(qtbot, ctx) -> None:
    _window, editor = _editor(qtbot, ctx)
    assert editor.lang() == "en"
    editor.language.setCurrentIndex(editor.language.findData("es"))
    qtbot.waitUntil(lambda: editor.texts.get(KEY) is not None and editor.texts[KEY].default.startswith("El Proveedor"),
                    timeout=5000)
    replace_text(qtbot, editor.filter, "anticipo")
    visible = [editor.tree.topLevelItem(g).child(c) for g in range(7)
               for c in range(editor.tree.topLevelItem(g).childCount())
               if not editor.tree.topLevelItem(g).child(c).isHidden()]
    assert visible and all("anticipo" in (editor.texts[i.data(0, 256)].current.casefold()) for i in visible)


def test_open_the_folder_for_those_who_prefer_files(qtbot, ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    _window, editor = _editor(qtbot, ctx)
    click(qtbot, editor.folder_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    folder = Path(opened[0])
    assert folder == Path(os.environ["PACTA_CONFIG"]) / "clauses"
    assert (folder / "es" / "agreement.toml").is_file() and (folder / "en" / "checklist.toml").is_file()


def test_saving_writes_only_the_edits_and_keeps_other_edits(tmp_path) -> None:
    clause_texts.save_text("en", "agreement.parties.heading", "The parties", folder=tmp_path)
    clause_texts.save_text("en", KEY, "Work on “{title}”.", folder=tmp_path)
    clause_texts.save_text("en", "agreement.parties.heading", clauses.defaults("en")["agreement.parties.heading"],
                           folder=tmp_path)
    text = (tmp_path / "en" / "agreement.toml").read_text(encoding="utf-8")
    assert "parties.heading" not in text and 'purpose.text = "Work on “{title}”."' in text
    with pytest.raises(clause_texts.ClauseTextError) as refused:
        clause_texts.save_text("en", KEY, "Broken { brace", folder=tmp_path)
    assert "no se" not in refused.value.message("en") and "llave" in refused.value.message("es")


def test_texts_round_trip_through_the_file_exactly(tmp_path) -> None:
    import tomllib

    odd = 'Line one\nline "two" \\ back\x7fslash\ttab «{title}» \u2028 end'
    clause_texts.save_text("en", KEY, odd, folder=tmp_path)
    data = tomllib.loads((tmp_path / "en" / "agreement.toml").read_text(encoding="utf-8"))
    assert data["purpose"]["text"] == odd.strip()


def test_a_broken_file_of_the_user_is_listed_and_never_overwritten(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PACTA_CLAUSES", str(tmp_path))
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "agreement.toml").write_text('[purpose]\ntext = "Hello {nobody}"\n', encoding="utf-8")
    listed = {t.key: t for t in clause_texts.texts("en")}
    assert listed[KEY].current == "Hello {nobody}" and listed[KEY].edited
    clause_texts.save_text("en", KEY, "Hello “{title}”")
    assert clauses.text("en", KEY, title="X") == "Hello “X”"
    (tmp_path / "en" / "checklist.toml").write_text("not = [toml", encoding="utf-8")
    with pytest.raises(clause_texts.ClauseTextError) as refused:
        clause_texts.save_text("en", "checklist." + next(k.split(".", 1)[1] for k in clauses.defaults("en")
                                                          if k.startswith("checklist.")), "x")
    assert "checklist.toml" in refused.value.message("es") and "Corríjalo" in refused.value.message("es")
    assert (tmp_path / "en" / "checklist.toml").read_text(encoding="utf-8") == "not = [toml"
    assert len(clause_texts.texts("en")) == len(clauses.defaults("en"))  # still listed


def test_a_letter_text_is_edited_and_says_where_it_shows(qtbot, ctx) -> None:
    _window, editor = _editor(qtbot, ctx)
    key = next(k for k in editor.texts if k.startswith("letters."))
    _select(editor, key)
    assert "letters to the client" in editor.preview_status.text()
    assert editor.default.toPlainText() == clauses.defaults("en")[key]
