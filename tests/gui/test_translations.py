"""Every user-visible string is wrapped for translation, and the Spanish catalogue is complete."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLabel, QWizard

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "gui"
CATALOGUES = ROOT / "resources" / "translations"

#: Methods that show some of their arguments to the user, with the positions of those arguments
#: (both the (text) and the (icon, text) forms are covered where Qt has both).
SHOWN_METHODS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys((
        "setText", "setWindowTitle", "setTitle", "setSubTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
        "showMessage", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
        "setLabelText", "setWhatsThis", "setPrefix", "setSuffix", "setSpecialValueText", "setHtml", "setMarkdown",
        "setPlainText", "setIconText", "setInformativeText", "setDetailedText", "setCancelButtonText",
        "setOkButtonText", "setAccessibleName", "setAccessibleDescription", "setWindowIconText", "addItems",
        "addButton", "setStatusMessage",
    ), (0,)),
    **dict.fromkeys(("addAction", "addMenu", "addItem", "addSection", "insertSection"), (0, 1)),
    **dict.fromkeys(("addRow",), (0,)),
    **dict.fromkeys(("setTabText", "setTabToolTip", "setTabWhatsThis", "setItemText", "setItemToolTip",
                     "insertItem", "insertRow", "add_tab"), (1,)),
    **dict.fromkeys(("addTab",), (1, 2)),
    **dict.fromkeys(("insertTab",), (2, 3)),
    "setButtonText": (1,),
}
#: Widgets whose constructor takes text shown to the user (as (text, ...) or (icon, text, ...)).
SHOWN_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolBar", "QMenu",
    "CheckField", "QToolButton", "QCommandLinkButton", "QDockWidget", "QTableWidgetItem", "QListWidgetItem",
    "QTreeWidgetItem", "QStandardItem",
}
#: QMessageBox/QFileDialog/QInputDialog functions: every text argument after the parent is shown.
SHOWN_FUNCTIONS = {"question", "warning", "critical", "information", "about", "getOpenFileName",
                   "getSaveFileName", "getExistingDirectory", "getOpenFileNames", "getText", "getItem", "getInt",
                   "getDouble", "getMultiLineText"}
#: Keyword arguments that are shown.
SHOWN_KEYWORDS = {"text", "title", "label", "caption", "tooltip", "toolTip", "statusTip", "placeholderText",
                  "windowTitle", "informativeText"}
TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _is_words(node: ast.AST) -> bool:
    """A literal with letters in it (an f-string always counts: it cannot be translated), or a list of them."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_is_words(e) for e in node.elts)
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(re.search(r"[A-Za-z]", node.value))


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def unwrapped_strings(source: str, filename: str = "<src>") -> list[str]:
    """Literals passed straight to something that shows them, and f-strings inside tr()."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in TRANSLATORS:
            found += [f"{filename}:{node.lineno}: f-string in {name}()" for a in node.args
                      if isinstance(a, ast.JoinedStr)]
            continue
        if name in SHOWN_METHODS:
            candidates = [node.args[i] for i in SHOWN_METHODS[name] if i < len(node.args)]
        elif name in SHOWN_CLASSES:
            candidates = node.args[:2]
        elif name in SHOWN_FUNCTIONS:
            candidates = node.args[1:]
        else:
            continue
        candidates += [k.value for k in node.keywords if k.arg in SHOWN_KEYWORDS]
        found += [f"{filename}:{node.lineno}: {ast.unparse(a)[:60]}" for a in candidates if _is_words(a)]
    return found


def test_the_scan_sees_an_unwrapped_string() -> None:
    bad = ('label = QLabel("Hello")\nbutton.setText("Save")\nself.setWindowTitle(f"{x} items")\n'
           'QMessageBox.warning(self, "Oops", self.tr("fine"))\nself.tr(f"{n} things")\nlabel.setText(self.tr("ok"))\n')
    assert len(unwrapped_strings(bad)) == 5
    more = ('form.addRow("Name", edit)\ntabs.setTabText(0, "History")\ntabs.addTab(page, "Notes")\n'
            'box.addButton("Keep", role)\nview.setHtml("<p>None yet</p>")\ncombo.addItems(["One", "Two"])\n'
            'QInputDialog.getText(self, "Password", self.tr("fine"))\nQPushButton(icon, "Go")\n'
            'tabs.insertTab(1, page, icon, "Scans")\nline.setPlaceholderText("Search")\n')
    assert len(unwrapped_strings(more)) == 10
    fine = ('form.addRow("", edit)\ntabs.setTabText(0, self.tr("History"))\ntabs.addTab(page, self.tr("x"))\n'
            'combo.addItem(self.tr("Every status"), "")\nQPushButton(icon, self.tr("Go"))\n')
    assert unwrapped_strings(fine) == []


def test_every_user_visible_string_in_gui_is_translatable() -> None:
    offenders = []
    for path in sorted(GUI.rglob("*.py")):
        offenders += unwrapped_strings(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert offenders == []


def _sources_in_code() -> set[str]:
    found = set()
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) in TRANSLATORS:
                args = node.args[1:2] if _name(node.func) in ("translate", "QT_TRANSLATE_NOOP") else node.args[:1]
                found |= {a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return found


def _messages(lang: str) -> list[ET.Element]:
    return list(ET.parse(CATALOGUES / f"pacta_{lang}.ts").getroot().iter("message"))


def test_every_string_in_the_code_is_in_the_catalogues() -> None:
    for lang in ("es", "en"):
        sources = {m.findtext("source") for m in _messages(lang)}
        missing = sorted(_sources_in_code() - sources)
        assert missing == [], f"run scripts/translations.py, then translate: {missing}"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_catalogue_is_finished(lang: str) -> None:
    unfinished = []
    for message in _messages(lang):
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] if message.get("numerus") == "yes" else [
            translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append(message.findtext("source"))
    assert unfinished == []


def test_spanish_keeps_the_placeholders_and_uses_usted() -> None:
    for message in _messages("es"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for text in texts:
            assert set(re.findall(r"\{\w+\}|%n", source)) == set(re.findall(r"\{\w+\}|%n", text)), source
            assert not re.search(r"\b(tú|tu|tus|puedes|quieres|elige|abre|escribe|guarda)\b", text, re.I), text


def test_the_compiled_catalogues_translate(qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(CATALOGUES / "pacta_es.qm"))
    assert translator.translate("MainWindow", "Welcome to Pacta") == "Le damos la bienvenida a Pacta"
    assert translator.translate("ReviewPage", "%n document(s) written.", "", 2) == "Se han generado %n documentos."


def test_qt_buttons_are_spanish_too(qtbot, ctx_es) -> None:
    from gui.wizard.wizard import ContractWizard

    wizard = ContractWizard(ctx_es)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.button(QWizard.WizardButton.NextButton).text().replace("&", "").startswith("Siguiente")
    assert wizard.button(QWizard.WizardButton.CancelButton).text().replace("&", "") == "Cancelar"
    assert wizard.currentPage().title() == "Proyecto y partes"
    assert QCoreApplication.translate("Status", "Signed") == "Firmado"


def test_qt_file_dialog_is_spanish_where_qtbase_is_not(qtbot, ctx_es, tmp_path: Path) -> None:
    (tmp_path / "contratos").mkdir()
    dialog = QFileDialog(None, "Importar", str(tmp_path), "Contratos (*.json)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    # qtbase_es of this Qt has none of these three; qt_extra_es does.
    assert {"&Buscar en:", "Archivos de &tipo:", "&Nombre del archivo:"} <= labels
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    folder = model.index(str(tmp_path / "contratos"))
    qtbot.waitUntil(lambda: model.index(folder.row(), 2, folder.parent()).data() == "Carpeta", timeout=5000)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Nombre", "Tamaño", "Tipo"]


def test_every_extra_qt_entry_is_compiled(qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(CATALOGUES / "qt_extra_es.qm"))
    messages = 0
    for context in ET.parse(CATALOGUES / "qt_extra_es.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages += 1
            source, comment = message.findtext("source") or "", message.findtext("comment") or ""
            expected = message.findtext("translation")
            assert translator.translate(name, source, comment or None) == expected, (name, source)
    assert messages > 20


def test_no_gui_module_calls_translate_under_another_name() -> None:
    """lupdate finds `self.tr(...)` and `QCoreApplication.translate(...)` only: a string passed to
    `t = QCoreApplication.translate; t("History", ...)` is never extracted and stays in English."""
    aliases = []
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute)
                    and node.value.attr in {"translate", "tr"}):
                aliases.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not aliases, "translate kept under another name (lupdate cannot see the strings): " + ", ".join(aliases)
