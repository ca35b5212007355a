"""Who imports whom inside civicdesk: `python -m civicdesk.devtools.layers` prints the import table.

Every import counts, including those inside functions and under ``TYPE_CHECKING``. The rule of
which layer may import which lives in the layer test (tests/unit/test_architecture.py), which
uses this module to read the imports; this command shows the table that test judges.
"""

from __future__ import annotations

import ast
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]
ROOT = "civicdesk"
# Folders whose files are not hand-written code: compiled forms and Alembic's migration scripts.
SKIPPED = ("ui/generated", "db/migrations")

# The layers from the bottom up; a unit is a subpackage of civicdesk or one of its top-level modules.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("civicdesk",),  # the package itself: its name and version
    ("errors", "paths", "portable"),
    ("db",),
    ("core",),
    ("sync", "services"),
    ("interop", "reports", "startup"),
    ("commands", "ui"),
    ("selfcheck", "app", "cli", "__main__", "devtools"),
)


@dataclass(frozen=True)
class Import:
    """One import statement: the module that imports, the module imported and the line."""

    source: str
    target: str
    line: int


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_files() -> Iterator[Path]:
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        relative = path.relative_to(PACKAGE_DIR).as_posix()
        if not relative.startswith(SKIPPED):
            yield path


def all_modules() -> set[str]:
    return {module_name(path) for path in source_files()}


def _targets(node: ast.Import | ast.ImportFrom, here: str, is_package: bool, known: set[str]) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        package = here.split(".") if is_package else here.split(".")[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join([*package, base] if base else package)
    # `from civicdesk.sync import keys` imports the module civicdesk.sync.keys.
    names = [f"{base}.{alias.name}" for alias in node.names]
    submodules = [name for name in names if name in known]
    return submodules if submodules else [base]


def imports() -> list[Import]:
    """Every import of a civicdesk module by a civicdesk module."""
    known = all_modules()
    found: list[Import] = []
    for path in source_files():
        here = module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for target in _targets(node, here, path.name == "__init__.py", known):
                if target == ROOT or target.startswith(ROOT + "."):
                    found.append(Import(here, target, node.lineno))
    return found


def unit(module: str) -> str:
    """The layer unit a module belongs to: `civicdesk.core.clock` -> `sync`, `civicdesk.cli` -> `cli`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def rank(name: str) -> int:
    for index, names in enumerate(LAYERS):
        if name in names:
            return index
    raise KeyError(f"{name} is in no layer: add it to LAYERS in civicdesk/devtools/layers.py")


def table(found: list[Import] | None = None) -> Counter[tuple[str, str]]:
    """How many imports go from each unit to each other unit."""
    counts: Counter[tuple[str, str]] = Counter()
    for item in imports() if found is None else found:
        source, target = unit(item.source), unit(item.target)
        if source != target:
            counts[source, target] += 1
    return counts


def cycles(found: list[Import] | None = None) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a circle (strongly connected)."""
    graph: dict[str, set[str]] = {}
    for item in imports() if found is None else found:
        if item.source != item.target:
            graph.setdefault(item.source, set()).add(item.target)
            graph.setdefault(item.target, set())
    # Tarjan's algorithm, iterative so deep graphs cannot hit the recursion limit.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return sorted(groups)


def format_table(counts: Counter[tuple[str, str]]) -> str:
    """Rows import columns; a number is how many import statements, `!` marks one the layers forbid."""
    names = [name for layer in LAYERS for name in layer if any(name in pair for pair in counts)]
    width = max(len(name) for name in names)
    lines = [" " * width + " " + " ".join(f"{name[:8]:>8}" for name in names)]
    for source in names:
        cells = []
        for target in names:
            count = counts.get((source, target), 0)
            allowed = rank(target) < rank(source) or source == target or (
                rank(source) == len(LAYERS) - 1 and rank(target) == rank(source)
            )
            cells.append(f"{(str(count) + ('' if allowed else '!')) if count else '.':>8}")
        lines.append(f"{source:<{width}} " + " ".join(cells))
    return "\n".join(lines)


def main() -> int:
    found = imports()
    print("Imports between layers (row imports column), bottom layer first:")
    for number, layer in enumerate(LAYERS):
        print(f"  {number}: {', '.join(layer)}")
    print()
    print(format_table(table(found)))
    groups = cycles(found)
    print()
    print(f"Import cycles between modules: {len(groups)}")
    for group in groups:
        print("  " + " <-> ".join(name.removeprefix(ROOT + ".") for name in group))
    return 0


if __name__ == "__main__":
    sys.exit(main())
