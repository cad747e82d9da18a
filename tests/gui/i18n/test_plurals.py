"""Every count said in words has its plural forms in both catalogues, and they are used."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_count_is_a_plural_entry_with_two_forms(lang: str) -> None:
    wrong = []
    for message in ET.parse(ROOT / "resources" / "translations" / f"pacta_{lang}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        if "%n" not in source:
            continue
        forms = [f.text or "" for f in message.find("translation").findall("numerusform")]
        if (message.get("numerus") != "yes" or len(forms) != 2 or not all("%n" in f for f in forms)
                or any("(s)" in f or "(ies)" in f for f in forms)):
            wrong.append(source)
    assert wrong == []


def test_no_count_goes_through_translate_where_lupdate_cannot_see_it() -> None:
    """pyside6-lupdate marks plural entries only for tr(); a count given to translate() gets one form."""
    found = []
    for path in sorted((ROOT / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "translate"
                    and len(node.args) >= 4):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_the_history_says_days_in_the_plural(qtbot, ctx_es) -> None:
    from gui.history.diff import DeadlineWords

    words = DeadlineWords()
    assert words.later(30) == "La última entrega se retrasa 30 días."
    assert words.later(1) == "La última entrega se retrasa 1 día."
    assert words.earlier(2) == "La última entrega se adelanta 2 días."
    assert QCoreApplication.translate("DraftsDialog", "You kept %n contract(s) as a draft to finish later.", "", 3) \
        == "Usted guardó 3 contratos como borradores para terminarlos más tarde."


def test_english_plurals_too(qtbot, ctx) -> None:
    from gui.history.diff import DeadlineWords

    assert DeadlineWords().later(30) == "The last delivery moves 30 days later."
    assert DeadlineWords().later(1) == "The last delivery moves 1 day later."
