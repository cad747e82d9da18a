"""Dependencies point one way: gui → documents, storage → domain; no Qt below gui."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FORBIDDEN = {
    "domain": {"PySide6", "shiboken6", "tinydb", "docx", "reportlab", "storage", "documents", "gui", "cli", "delivery"},
    "storage": {"PySide6", "shiboken6", "docx", "reportlab", "documents", "gui", "cli", "delivery"},
    "documents": {"PySide6", "shiboken6", "tinydb", "storage", "gui", "cli", "delivery"},
    "delivery": {"PySide6", "shiboken6", "tinydb", "gui", "cli"},
    "gui": {"tinydb", "docx", "reportlab"},
    "cli": {"PySide6", "shiboken6", "tinydb", "docx", "reportlab", "gui"},
}


def imported_modules(path: Path) -> set[str]:
    """Top-level names of every module a file imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_only_what_its_layer_allows(package: str) -> None:
    offenders = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        bad = imported_modules(path) & FORBIDDEN[package]
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}


#: Not the project's code: environments, tests, build output and the bundle.
SKIPPED = {".venv", "tests", "build", "dist", ".git", "__pycache__"}


def test_tinydb_is_used_by_storage_alone() -> None:
    users = {
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.py")
        if not SKIPPED.intersection(path.relative_to(ROOT).parts) and "tinydb" in imported_modules(path)
    }
    assert users and all(u.startswith("storage/") for u in users), users


def test_the_scan_sees_an_offender(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport tinydb.table\n")
    assert imported_modules(bad) == {"PySide6", "tinydb"}
