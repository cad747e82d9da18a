"""Finding English in a Spanish window: every visible text compared with the catalogue's English sources."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

CATALOGUES = Path(__file__).resolve().parents[3] / "resources" / "translations"
#: Words the same in both languages, or names: never evidence of English left behind.
SAME = re.compile(r"^(Pacta|PDF|DOCX|OK|Total|IVA|IRPF|SMTP|Email|E-mail|Error|Web|Logo|%|\W|\d)*$")


def _plain(text: str) -> str:
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def english_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """A pattern for every English source whose Spanish differs (plural forms included)."""
    spanish = {}
    for context in ET.parse(CATALOGUES / "pacta_es.ts").getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            spanish[source] = forms
    english: list[str] = []
    for context in ET.parse(CATALOGUES / "pacta_en.ts").getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] if message.get("numerus") == "yes" else [
                source]
            for form in forms:
                if form and _plain(form) not in {_plain(s) for s in spanish.get(source, [])}:
                    english.append(form)
    patterns = []
    for text in sorted(set(english)):
        plain = _plain(text)
        words = re.findall(r"[A-Za-z]{2,}", re.sub(r"\{\w+\}|%n", "", plain))
        if SAME.match(plain) or not words:
            continue
        body = re.escape(plain)
        body = re.sub(r"\\\{\w+\\\}", ".+?", body).replace("%n", r"\d+")
        # Short texts ("Title", "Save") must be the whole text; sentences may sit inside a longer one.
        pattern = rf"(?:^|\W){body}(?:$|\W)" if len(words) >= 3 else rf"^{body}$"
        patterns.append((text, re.compile(pattern)))
    return patterns


def visible_texts(root: QWidget) -> list[str]:
    """Every text a user can read in `root` and the widgets under it (hidden ones left out)."""
    texts: list[str] = [root.windowTitle()]
    for menu in root.findChildren(QMenu):
        texts += [menu.title()] + [a.text() for a in menu.actions()] + [a.statusTip() for a in menu.actions()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts += [widget.placeholderText(), widget.accessibleName()]
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts += [widget.toPlainText(), widget.accessibleName()]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            from PySide6.QtCore import QModelIndex

            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
                texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
                texts += _cells(model)
            except TypeError:  # a model of Qt's own that keeps these methods private
                pass
    return [_plain(t) for t in texts if t and _plain(t)]


def _cells(model, parent=None, depth: int = 0) -> list[str]:
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    out = []
    for row in range(min(model.rowCount(parent), 60)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            value = index.data()
            if isinstance(value, str):
                out.append(value)
            if depth < 2 and column == 0 and model.rowCount(index) > 0:
                out += _cells(model, index, depth + 1)
    return out


def english_in(texts: list[str], patterns: list[tuple[str, re.Pattern[str]]]) -> list[tuple[str, str]]:
    """(visible text, English source) for every text that holds English from the catalogue."""
    found = []
    for text in set(texts):
        for source, pattern in patterns:
            if pattern.search(text):
                found.append((text[:120], source))
    return sorted(found)
