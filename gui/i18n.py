"""The UI language: Qt's own qtbase catalogue first, then Pacta's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gui.options import Preferences
from gui.resources import TRANSLATIONS_DIR

LANGUAGES = ("es", "en")


def ui_language(prefs: Preferences) -> str:
    """es or en: the preference, or the system locale when it says "system"."""
    choice = prefs.get("ui/language")
    if choice in LANGUAGES:
        return str(choice)
    return "es" if QLocale.system().name().lower().startswith("es") else "en"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load qtbase_<lang> (Back, Next, Cancel, standard dialogs) and pacta_<lang>."""
    QLocale.setDefault(QLocale("es_ES" if lang == "es" else "en_US"))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{lang}", qt_dir), (f"pacta_{lang}", str(TRANSLATIONS_DIR))):
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
