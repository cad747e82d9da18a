"""No import cycle between the code's modules, and no module over 500 lines.

The graph (scripts/architecture.py, which also draws docs/architecture.md) counts every
import statement: at module level, inside functions, under TYPE_CHECKING, and relative ones.
A cycle hidden in a function still ties the two modules together, so it counts too.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 500


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("architecture_script", ROOT / "scripts" / "architecture.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


architecture = _script()
ROOMS = [*architecture.PACKAGES, "main"]


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    built: dict[str, set[str]] = architecture.import_graph(ROOT)
    return built


def _top(module: str) -> str:
    return module.split(".")[0]


@pytest.mark.parametrize("package", ROOMS)
def test_no_import_cycle(graph: dict[str, set[str]], package: str) -> None:
    knots = [c for c in architecture.strongly_connected(graph)
             if (len(c) > 1 or c[0] in graph[c[0]]) and any(_top(m) == package for m in c)]
    said = []
    for knot in knots:
        [cycle] = architecture.cycles({m: graph[m] & set(knot) for m in knot})
        said.append(f"{' → '.join(cycle)}   (the knot: {', '.join(knot)})")
    assert not said, "import cycles:\n" + "\n".join(said)


@pytest.mark.parametrize("package", ROOMS)
def test_no_module_over_500_lines(package: str) -> None:
    long = {}
    for name, path in architecture.modules(ROOT).items():
        if _top(name) == package:
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > MAX_LINES:
                long[str(path.relative_to(ROOT))] = lines
    assert long == {}, f"modules over {MAX_LINES} lines: {long}"


def test_the_graph_sees_every_kind_of_import(tmp_path: Path) -> None:
    """A cycle through a function-level import, one under TYPE_CHECKING and a relative one are all found."""
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("from . import deep\n")
    (pkg / "a.py").write_text("import os\n\ndef later():\n    from pkg import b\n    return b\n")
    (pkg / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.sub.deep import Thing\n")
    (pkg / "sub" / "deep.py").write_text("from ..a import later\nclass Thing: ...\n")
    (pkg / "alone.py").write_text("from pkg.sub import deep\nimport pkg.a\n")
    (tmp_path / "main.py").write_text("import pkg.alone\n")
    graph = architecture.import_graph(tmp_path, ["pkg"], ["main.py"])
    assert graph == {
        "pkg": set(),
        "pkg.sub": {"pkg.sub.deep"},
        "pkg.a": {"pkg.b"},
        "pkg.b": {"pkg.sub.deep"},
        "pkg.sub.deep": {"pkg.a"},
        "pkg.alone": {"pkg.sub.deep", "pkg.a"},
        "main": {"pkg.alone"},
    }
    assert architecture.cycles(graph) == [["pkg.a", "pkg.b", "pkg.sub.deep", "pkg.a"]]
    (pkg / "sub" / "deep.py").write_text("class Thing: ...\n")
    assert architecture.cycles(architecture.import_graph(tmp_path, ["pkg"], ["main.py"])) == []


def test_the_picture_in_the_doc_is_up_to_date(graph: dict[str, set[str]]) -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert architecture.with_picture(doc, architecture.picture(graph)) == doc, (
        "the picture is stale: run python scripts/architecture.py")
