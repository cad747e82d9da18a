"""The only module that names icon files, resource folders and the stylesheet.

Other modules ask for an icon by its role (`icon(Icons.NEW)`), never by a file name.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtGui import QIcon, QPalette
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
    DONE = QStyle.StandardPixmap.SP_DialogApplyButton
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

#: The colours of the style sheet, for a light and for a dark system palette. `focus` rings the
#: widget that has the keyboard: at least 3:1 against the window, the field and the button behind it.
COLOURS: dict[str, dict[str, str]] = {
    "light": {
        "window": "#f7f7f5", "text": "#1f1f1d", "field": "#ffffff", "border": "#b5b5ad", "button": "#fdfdfb",
        "button_hover": "#f0f0ec", "button_down": "#e2e2dc", "disabled": "#8a8a84", "toolbar": "#eeeeea",
        "alternate": "#f4f6f5", "grid": "#e3e3df", "header": "#ecebe6", "header_line": "#dcdcd6",
        "accent": ACCENT, "on_accent": "#ffffff", "focus": "#1d5c8f", "error": ERROR,
        "error_background": ERROR_BACKGROUND, "why": "#3d4a45", "why_background": "#e8f1ee",
        "hint": "#5d5d58", "title": "#2b2b28", "muted": "#55554f", "problems": "#fff6e0",
        "problems_line": "#e6c46a", "group": "#fbfbf9", "group_line": "#d8d8d2",
        "placeholder": "#fff4c4", "placeholder_line": "#b8860b",
    },
    "dark": {
        "window": "#232524", "text": "#ecece7", "field": "#161817", "border": "#6c706d", "button": "#2f3230",
        "button_hover": "#3a3d3b", "button_down": "#474b48", "disabled": "#8d918e", "toolbar": "#2b2d2c",
        "alternate": "#1d201f", "grid": "#3a3d3b", "header": "#2f3230", "header_line": "#434744",
        "accent": "#3f8f78", "on_accent": "#ffffff", "focus": "#8cc8ff", "error": "#ff8a80",
        "error_background": "#3b2120", "why": "#d6e4de", "why_background": "#24332d",
        "hint": "#b5b8b5", "title": "#f2f2ee", "muted": "#c3c5c1", "problems": "#3a3220",
        "problems_line": "#a58a3a", "group": "#282a29", "group_line": "#434744",
        "placeholder": "#3d3620", "placeholder_line": "#c9a227",
    },
}


def is_dark(palette: QPalette) -> bool:
    """Whether a palette draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def stylesheet(dark: bool = False) -> str:
    """Pacta's style sheet for a light or a dark palette; every focusable widget shows a focus ring."""
    return _STYLE.format(**COLOURS["dark" if dark else "light"])


_STYLE = """
QMainWindow, QWizard, QDialog {{ background: {window}; color: {text}; }}
QToolBar {{ spacing: 6px; padding: 4px; border: none; background: {toolbar}; }}
QTableView, QListView, QTreeView {{ background: {field}; color: {text}; alternate-background-color: {alternate};
  selection-background-color: {accent}; selection-color: {on_accent}; gridline-color: {grid};
  border: 1px solid {border}; }}
QTableView:focus, QListView:focus, QTreeView:focus {{ border: 2px solid {focus}; }}
QHeaderView::section {{ background: {header}; color: {text}; padding: 4px 6px; border: none;
  border-right: 1px solid {header_line}; font-weight: 600; }}
QLineEdit, QPlainTextEdit, QTextBrowser, QTextEdit {{ background: {field}; color: {text};
  border: 1px solid {border}; border-radius: 4px; padding: 3px 5px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextBrowser:focus, QTextEdit:focus {{ border: 2px solid {focus};
  padding: 2px 4px; }}
QComboBox {{ background: {field}; color: {text}; border: 1px solid {border}; border-radius: 4px;
  padding: 3px 6px; }}
QComboBox:focus {{ border: 2px solid {focus}; padding: 2px 5px; }}
QComboBox QAbstractItemView {{ background: {field}; color: {text}; selection-background-color: {accent};
  selection-color: {on_accent}; }}
*[templatePlaceholder="true"] {{ background: {placeholder}; border: 1px dashed {placeholder_line}; }}
*[templatePlaceholder="true"]:focus {{ border: 2px solid {focus}; }}
*[invalid="true"] {{ border: 1px solid {error}; background: {error_background}; }}
*[invalid="true"]:focus {{ border: 2px solid {error}; }}
QPushButton, QToolButton {{ background: {button}; color: {text}; border: 1px solid {border};
  border-radius: 4px; }}
QPushButton {{ padding: 5px 12px; }}
QToolButton {{ padding: 3px; }}
QPushButton:hover, QToolButton:hover {{ background: {button_hover}; }}
QPushButton:pressed, QPushButton:checked, QToolButton:pressed, QToolButton:checked {{
  background: {button_down}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {disabled}; }}
QPushButton:focus {{ border: 2px solid {focus}; padding: 4px 11px; }}
QToolButton:focus {{ border: 2px solid {focus}; padding: 2px; }}
QToolBar QToolButton {{ border: 1px solid transparent; background: transparent; }}
QToolBar QToolButton:hover {{ border: 1px solid {border}; background: {button_hover}; }}
QToolBar QToolButton:focus {{ border: 2px solid {focus}; }}
QCheckBox, QRadioButton {{ color: {text}; border: 2px solid transparent; border-radius: 4px; padding: 1px 3px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {focus}; }}
QCalendarWidget QAbstractItemView:focus {{ border: 2px solid {focus}; }}
QLabel {{ color: {text}; }}
QLabel#why {{ color: {why}; background: {why_background}; border-left: 3px solid {accent};
  padding: 8px 10px; }}
QLabel#issues {{ color: {error}; }}
QLabel#hint {{ color: {hint}; }}
QLabel#emptyTitle {{ font-size: 17pt; font-weight: 600; color: {title}; }}
QLabel#emptyText {{ font-size: 11pt; color: {muted}; }}
QLabel#sectionTitle {{ font-size: 13pt; font-weight: 600; }}
QFrame#problems {{ background: {problems}; border: 1px solid {problems_line}; border-radius: 4px; }}
QPushButton#primary {{ background: {accent}; color: {on_accent}; border: 2px solid {accent};
  border-radius: 4px; padding: 8px 18px; font-weight: 600; }}
QPushButton#primary:focus {{ border: 2px solid {focus}; }}
QGroupBox {{ font-weight: 600; border: 1px solid {group_line}; border-radius: 6px;
  margin-top: 12px; padding-top: 8px; background: {group}; color: {text}; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
"""

STYLESHEET = stylesheet(False)
