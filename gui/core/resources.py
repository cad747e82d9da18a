"""The only module that names icon files, resource folders and the stylesheet.

Other modules ask for an icon by its role (`icon(Icons.NEW)`), never by a file name.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

ROOT = Path(__file__).resolve().parents[2] / "resources"
TRANSLATIONS_DIR = ROOT / "translations"
EXAMPLES_DIR = ROOT / "examples"
ICONS_DIR = ROOT / "icons"
APP_ICON = ROOT / "desktop" / "pacta.svg"

#: Sample contracts offered by "Open example", by UI language.
EXAMPLES = {"es": EXAMPLES_DIR / "panaderia-v1.json", "en": EXAMPLES_DIR / "brand-identity-en.json"}


class Icons(Enum):
    """Icons by role: a standard style icon, or one of ours in resources/icons."""

    NEW = "new.svg"
    OPEN = QStyle.StandardPixmap.SP_DialogOpenButton
    DUPLICATE = "duplicate.svg"
    IMPORT = "import.svg"
    EXPORT = "export.svg"
    TRASH = QStyle.StandardPixmap.SP_TrashIcon
    RESTORE = QStyle.StandardPixmap.SP_BrowserReload
    PREFERENCES = "preferences.svg"
    QUIT = QStyle.StandardPixmap.SP_DialogCloseButton
    EXAMPLE = QStyle.StandardPixmap.SP_FileDialogContentsView
    ADD = "add.svg"
    REMOVE = "remove.svg"
    UP = QStyle.StandardPixmap.SP_ArrowUp
    DOWN = QStyle.StandardPixmap.SP_ArrowDown
    UNDO = QStyle.StandardPixmap.SP_ArrowBack
    CALENDAR = "calendar.svg"
    WARNING = QStyle.StandardPixmap.SP_MessageBoxWarning
    SAVE = QStyle.StandardPixmap.SP_DialogSaveButton
    DOCUMENTS = QStyle.StandardPixmap.SP_FileDialogNewFolder
    REFRESH = QStyle.StandardPixmap.SP_BrowserReload


def icon(which: Icons) -> QIcon:
    """The icon for a role."""
    if isinstance(which.value, str):
        return QIcon(str(ICONS_DIR / which.value))
    return QApplication.style().standardIcon(which.value)


def app_icon() -> QIcon:
    """Pacta's own icon."""
    return QIcon(str(APP_ICON))


ACCENT = "#2f6f5e"
ERROR = "#b3261e"
ERROR_BACKGROUND = "#fdf0ef"

STYLESHEET = f"""
QMainWindow, QWizard, QDialog {{ background: #f7f7f5; }}
QToolBar {{ spacing: 6px; padding: 4px; border: none; background: #eeeeea; }}
QTableView {{ background: white; alternate-background-color: #f4f6f5;
  selection-background-color: {ACCENT}; selection-color: white; gridline-color: #e3e3df; }}
QHeaderView::section {{ background: #ecebe6; padding: 4px 6px; border: none;
  border-right: 1px solid #dcdcd6; font-weight: 600; }}
QLineEdit, QPlainTextEdit, QTextBrowser {{ background: white;
  border: 1px solid #c9c9c2; border-radius: 4px; padding: 3px 5px; }}
QLineEdit:focus, QPlainTextEdit:focus {{ border: 1px solid {ACCENT}; }}
*[templatePlaceholder="true"] {{ background: #fff4c4; border: 1px dashed #b8860b; }}
*[invalid="true"] {{ border: 1px solid {ERROR}; background: {ERROR_BACKGROUND}; }}
QLabel#why {{ color: #3d4a45; background: #e8f1ee; border-left: 3px solid {ACCENT};
  padding: 8px 10px; }}
QLabel#issues {{ color: {ERROR}; }}
QLabel#hint {{ color: #5d5d58; }}
QLabel#emptyTitle {{ font-size: 17pt; font-weight: 600; color: #2b2b28; }}
QLabel#emptyText {{ font-size: 11pt; color: #55554f; }}
QLabel#sectionTitle {{ font-size: 13pt; font-weight: 600; }}
QFrame#problems {{ background: #fff6e0; border: 1px solid #e6c46a; border-radius: 4px; }}
QPushButton {{ padding: 5px 12px; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border-radius: 4px;
  padding: 8px 18px; font-weight: 600; }}
QGroupBox {{ font-weight: 600; border: 1px solid #d8d8d2; border-radius: 6px;
  margin-top: 12px; padding-top: 8px; background: #fbfbf9; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
"""
