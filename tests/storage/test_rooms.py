"""The rooms of storage/: which module may import which, and what the rest of the code may import.

Every import counts, also those inside functions or behind TYPE_CHECKING. A new module
must be given its room here; a room that needs another it may not import is a sign
that something is in the wrong room.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STORAGE = ROOT / "storage"

#: storage module -> the storage modules it may import.
ALLOWED: dict[str, set[str]] = {
    # Ground floor: errors, paths, the lock, atomic files and the hash chain.
    "errors": set(),
    "paths": set(),
    "chain": set(),
    "lock": {"errors"},
    "atomic": {"errors"},
    # The last save of every project, kept outside the data folder, and the key that signs heads.
    "anchors": {"atomic", "chain", "errors", "paths"},
    # What the store hands out.
    "model": {"errors"},
    # The file format of one project and its chains.
    "projectfile": {"atomic", "chain", "errors", "model"},
    # summary.json: written by the store, read by the listing.
    "summaries": {"anchors", "atomic", "errors", "model", "projectfile"},
    # The per-project store.
    "store": {"anchors", "atomic", "chain", "errors", "lock", "model", "projectfile", "summaries"},
    # The project list and whole-folder checks.
    "listing": {"atomic", "errors", "model", "projectfile", "store", "summaries"},
    # Backups and the trash.
    "backups": {"anchors", "atomic", "errors", "model", "projectfile", "store"},
    # Drafts and the provider profile.
    "drafts": {"atomic", "errors", "store"},
    # The one class the rest of the code uses, and what users do to projects.
    "repository": {"backups", "drafts", "listing", "model", "projectfile", "store"},
    "service": {"atomic", "errors", "repository"},
    # Payments received, as records of a project (beside service: what users do to projects).
    "payments": {"errors", "repository"},
    # Letters to the client kept in the journal (beside service, like payments).
    "letters": {"errors", "repository"},
}

#: What code outside storage/ may import from it.
PUBLIC = {"repository", "service", "payments", "letters", "errors", "atomic", "paths"}
#: Packages whose code is held to PUBLIC (tests may look inside).
OUTSIDE = ("domain", "documents", "delivery", "cli", "gui", "main.py", "scripts", "benchmarks")


def storage_imports(path: Path) -> set[str]:
    """The storage modules a file imports, wherever the import statement is."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "storage" and len(parts) > 1 and (STORAGE / f"{parts[1]}.py").is_file():
                found.add(parts[1])
    return found


def modules() -> list[str]:
    return sorted(p.stem for p in STORAGE.glob("*.py") if p.stem != "__init__")


def test_every_storage_module_has_a_room() -> None:
    assert set(modules()) == set(ALLOWED)


@pytest.mark.parametrize("module", sorted(ALLOWED))
def test_a_storage_module_imports_only_the_rooms_it_may(module: str) -> None:
    imported = storage_imports(STORAGE / f"{module}.py") - {module}
    assert imported <= ALLOWED[module], f"storage.{module} may not import {sorted(imported - ALLOWED[module])}"


def test_the_rooms_have_no_cycle() -> None:
    seen: dict[str, int] = {}

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, " -> ".join((*path, module))
        if seen.get(module):
            return
        for other in ALLOWED[module]:
            visit(other, (*path, module))
        seen[module] = 1

    for module in ALLOWED:
        visit(module, ())


def test_no_storage_module_is_longer_than_500_lines() -> None:
    long = {m: n for m in modules() if (n := len((STORAGE / f"{m}.py").read_text(encoding="utf-8").splitlines())) > 500}
    assert long == {}


def test_the_rest_of_the_code_uses_the_public_modules_only() -> None:
    offenders: dict[str, list[str]] = {}
    for top in OUTSIDE:
        base = ROOT / top
        paths = [base] if base.is_file() else sorted(base.rglob("*.py"))
        for path in paths:
            private = storage_imports(path) - PUBLIC
            if private:
                offenders[str(path.relative_to(ROOT))] = sorted(private)
    assert offenders == {}


def test_the_scan_sees_imports_inside_functions_and_type_checking(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from storage.store import ProjectStore\n"
        "def f():\n    from storage import listing\n    import storage.chain\n"
    )
    assert storage_imports(sample) == {"store", "listing", "chain"}
