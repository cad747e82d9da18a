"""Draw the rooms of the code and their imports into docs/architecture.md.

    python scripts/architecture.py          # rewrite the picture between the markers
    python scripts/architecture.py --check  # exit 1 when the picture in the doc is stale

A room is a package (domain, storage, documents, delivery, gui, cli), or a sub-package of gui
or storage (gui.wizard …); main.py is a room of its own. The picture comes from the real
imports: every import statement counts, including those inside functions, under
TYPE_CHECKING and relative ones. tests/test_import_graph.py uses the same graph to refuse
import cycles.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("domain", "storage", "documents", "delivery", "gui", "cli")
SCRIPTS = ("main.py",)
#: Packages whose sub-packages are rooms of their own.
SPLIT = ("gui", "storage")
DOC = ROOT / "docs" / "architecture.md"
BEGIN, END = "<!-- picture: begin (scripts/architecture.py) -->", "<!-- picture: end -->"

Graph = dict[str, set[str]]


def modules(root: Path, packages: Iterable[str] = PACKAGES, scripts: Iterable[str] = SCRIPTS) -> dict[str, Path]:
    """Every module of the code packages by dotted name (a package by its own name), and the scripts."""
    found: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    for script in scripts:
        if (root / script).is_file():
            found[Path(script).stem] = root / script
    return found


def _resolve(name: str, known: Mapping[str, Path]) -> str | None:
    """The module `name` names, or the closest package of ours that holds it; None when not ours."""
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(module: str, path: Path, known: Mapping[str, Path]) -> set[str]:
    """The modules of ours that `module` imports, wherever the import statement is."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".") if package else []
                base_parts = base_parts[: len(base_parts) - (node.level - 1)] if node.level > 1 else base_parts
                base = ".".join([*base_parts, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            # `from x import y` imports the module x.y when there is one, else a name of x.
            names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        for name in names:
            target = _resolve(name, known)
            if target is not None and target != module:
                targets.add(target)
    return targets


def import_graph(root: Path = ROOT, packages: Iterable[str] = PACKAGES, scripts: Iterable[str] = SCRIPTS) -> Graph:
    """Module → the modules of ours it imports."""
    known = modules(root, packages, scripts)
    return {name: imports_of(name, path, known) for name, path in known.items()}


def strongly_connected(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The graph's strongly connected components (Tarjan's algorithm, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, list[str]]] = [(start, sorted(graph.get(start, ())))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, todo = work[-1]
            if todo:
                nxt = todo.pop(0)
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(graph.get(nxt, ()))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
    return components


def cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """One import cycle per knot of the graph, as a path that comes back to its start (a → b → a)."""
    found: list[list[str]] = []
    for component in strongly_connected(graph):
        members = set(component)
        start = component[0]
        if len(component) == 1 and start not in set(graph.get(start, ())):
            continue
        # The shortest way from start back to start, inside the knot.
        paths = {start: [start]}
        queue = [start]
        cycle: list[str] | None = None
        while queue and cycle is None:
            node = queue.pop(0)
            for nxt in sorted(graph.get(node, ())):
                if nxt == start:
                    cycle = [*paths[node], start]
                    break
                if nxt in members and nxt not in paths:
                    paths[nxt] = [*paths[node], nxt]
                    queue.append(nxt)
        found.append(cycle or [start, start])
    return found


#: gui's top-level modules, each a room of its own: the start-up, the feature list, and the
#: main window's published interface (which the features and the window import).
OWN_ROOMS = frozenset({"gui.host", "gui.app", "gui.extensions"})


def room_of(module: str) -> str:
    """gui.history.tab → gui.history; gui.actions → gui; documents.pdf_writer → documents."""
    parts = module.split(".")
    if parts[0] in SPLIT and len(parts) > 2:
        return ".".join(parts[:2])
    if module in OWN_ROOMS:
        return module
    return parts[0]


def room_graph(graph: Mapping[str, Iterable[str]]) -> Graph:
    """Room → the rooms it imports from."""
    rooms: Graph = {}
    for module, targets in graph.items():
        here = room_of(module)
        rooms.setdefault(here, set()).update(room_of(t) for t in targets if room_of(t) != here)
    return rooms


def levels(rooms: Mapping[str, Iterable[str]]) -> dict[str, int]:
    """Each room's height: 0 for a room that imports none of ours, else one above the highest it imports.

    Rooms in a knot share one level.
    """
    knot_of: dict[str, int] = {}
    components = strongly_connected(rooms)
    for number, component in enumerate(components):
        for room in component:
            knot_of[room] = number
    height: dict[int, int] = {}
    for number, component in enumerate(components):  # Tarjan yields a component after those it reaches
        below = {knot_of[t] for room in component for t in rooms.get(room, ()) if knot_of[t] != number}
        height[number] = 1 + max((height[b] for b in below), default=-1)
    return {room: height[knot_of[room]] for room in rooms}


def picture(graph: Mapping[str, Iterable[str]] | None = None) -> str:
    """The rooms from the top level down, each with the rooms it imports (one screen of text)."""
    graph = import_graph() if graph is None else graph
    rooms = room_graph(graph)
    level = levels(rooms)
    knotted = {room for c in strongly_connected(rooms) if len(c) > 1 for room in c}
    width = max(len(r) for r in rooms) + 2
    lines = [f"{'level':<6}{'room':<{width}}imports (→)", ""]
    for room in sorted(rooms, key=lambda r: (-level[r], r)):
        below = sorted(rooms[room], key=lambda r: (-level[r], r))
        mark = "  ⟲ cycle" if room in knotted else ""
        lines.append(f"{level[room]:<6}{room:<{width}}→ {', '.join(below) or '—'}{mark}")
    return "\n".join(lines) + "\n"


def with_picture(text: str, drawn: str) -> str:
    """The doc's text with `drawn` between the markers."""
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    if not rest or END not in rest:
        raise SystemExit(f"{DOC}: the markers {BEGIN!r} and {END!r} are missing")
    return f"{head}{BEGIN}\n```text\n{drawn}```\n{END}{tail}"


def main(argv: list[str]) -> int:
    """Rewrite the picture (or, with --check, say whether it is stale)."""
    text = DOC.read_text(encoding="utf-8")
    updated = with_picture(text, picture())
    if "--check" in argv:
        if updated != text:
            print(f"{DOC.relative_to(ROOT)} is stale: run python scripts/architecture.py", file=sys.stderr)
            return 1
        return 0
    if updated != text:
        DOC.write_text(updated, encoding="utf-8")
        print(f"wrote {DOC.relative_to(ROOT)}")
    else:
        print(f"{DOC.relative_to(ROOT)} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
