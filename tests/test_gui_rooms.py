"""gui/ is in rooms: features see the main window only through gui.host, and never each other.

A feature is any package under gui/ other than the main window (`main`), the shared core
(`core`) and the shared widgets (`widgets`): today wizard, preferences, history, journal and
sending; tomorrow payments, letters, signing. Every import counts, also those inside functions
and under `if TYPE_CHECKING:`, since either one ties the rooms together again.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "gui"

MAIN, CORE, WIDGETS = "gui.main", "gui.core", "gui.widgets"
SHARED = {CORE, WIDGETS, "gui.host"}
#: At most a handful of modules at gui/'s top: the app's start, the host interface, the feature list.
TOP_LEVEL = {"__init__", "app", "host", "extensions"}


def packages() -> list[str]:
    return sorted(f"gui.{p.name}" for p in GUI.iterdir() if (p / "__init__.py").is_file())


def features() -> list[str]:
    return [p for p in packages() if p not in {MAIN, CORE, WIDGETS}]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, name: str | None = None) -> set[str]:
    """Every module a file imports, anywhere in it (functions and TYPE_CHECKING blocks too).

    `from gui import history` counts as importing gui.history; relative imports are resolved.
    """
    name = name or module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def within(module: str, room: str) -> bool:
    return module == room or module.startswith(room + ".")


def offenders(room: str, allowed: set[str]) -> dict[str, list[str]]:
    """The files of `room` that import a gui module outside `room` and `allowed`."""
    found = {}
    folder = ROOT.joinpath(*room.split("."))
    for path in sorted(folder.rglob("*.py")):
        bad = sorted(m for m in imports_of(path) if within(m, "gui") and m != "gui"
                     and not within(m, room) and not any(within(m, a) for a in allowed))
        if bad:
            found[str(path.relative_to(ROOT))] = bad
    return found


def test_the_rooms_are_there() -> None:
    assert {MAIN, CORE, WIDGETS} <= set(packages())
    assert {"gui.wizard", "gui.preferences", "gui.history", "gui.journal", "gui.sending"} <= set(features())


@pytest.mark.parametrize("feature", features())
def test_a_feature_imports_only_the_core_the_shared_widgets_and_the_host(feature: str) -> None:
    assert offenders(feature, SHARED) == {}


def test_the_shared_widgets_import_only_the_core() -> None:
    assert offenders(WIDGETS, {CORE}) == {}


def test_the_core_imports_nothing_else_of_the_gui() -> None:
    assert offenders(CORE, set()) == {}


def test_the_host_interface_imports_only_the_core() -> None:
    assert offenders("gui.host", {CORE}) == {}


def test_only_a_handful_of_modules_at_the_top_of_gui() -> None:
    assert {p.stem for p in GUI.glob("*.py")} <= TOP_LEVEL


def test_every_feature_offers_install_and_is_listed() -> None:
    listed = imports_of(GUI / "extensions.py")
    for feature in ("gui.history", "gui.journal", "gui.sending"):
        entry = next(m for m in listed if within(m, feature) and m.endswith(".install"))
        source = ROOT.joinpath(*entry.split(".")[:-1]).with_suffix(".py").read_text(encoding="utf-8")
        assert "\ndef install(" in source


def test_the_scan_sees_every_kind_of_import(tmp_path: Path) -> None:
    package = tmp_path / "gui" / "history"
    package.mkdir(parents=True)
    bad = package / "tab.py"
    bad.write_text(
        "from typing import TYPE_CHECKING\n"
        "from gui import journal\n"
        "if TYPE_CHECKING:\n"
        "    from gui.main.window import MainWindow\n"
        "def later():\n"
        "    import gui.sending.menu\n"
        "    from ..wizard import wizard\n"
        "    from . import work\n"
        "    from gui.core.options import LAST_FOLDER\n",
        encoding="utf-8")
    found = imports_of(bad, "gui.history.tab")
    assert {"gui.journal", "gui.main.window", "gui.sending.menu", "gui.wizard.wizard", "gui.history.work"} <= found
    outside = {m for m in found if within(m, "gui") and m != "gui" and not within(m, "gui.history")
               and not any(within(m, a) for a in SHARED)}
    assert {m.split(".")[1] for m in outside} == {"journal", "main", "sending", "wizard"}
