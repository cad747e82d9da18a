"""The UI language: Qt's own qtbase catalogue, our additions to it, then Pacta's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gui.core.options import Preferences
from gui.core.resources import TRANSLATIONS_DIR

LANGUAGES = ("es", "en")


def ui_language(prefs: Preferences) -> str:
    """es or en: the preference, or the system locale when it says "system"."""
    choice = prefs.get("ui/language")
    if choice in LANGUAGES:
        return str(choice)
    return "es" if QLocale.system().name().lower().startswith("es") else "en"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load qtbase_<lang> (Back, Next, Cancel, standard dialogs), qt_extra_<lang> and pacta_<lang>.

    qt_extra_<lang> fills what Qt's own catalogue lacks (the file dialog's "Look in:" and
    "Files of type:", the print dialog's duplex options...) and says "archivo" as Pacta
    does; installed after qtbase, it is asked first. Edit resources/translations/qt_extra_es.ts,
    then run scripts/translations.py, which compiles it with Pacta's own catalogues.
    """
    QLocale.setDefault(QLocale("es_ES" if lang == "es" else "en_US"))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(TRANSLATIONS_DIR)
    for name, folder in ((f"qtbase_{lang}", qt_dir), (f"qt_extra_{lang}", ours), (f"pacta_{lang}", ours)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Uninstall translators installed by `install_translators`."""
    for translator in translators:
        app.removeTranslator(translator)
    translators.clear()
