"""Only the user interface may import Qt: the core must work from the command line and tests."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "civicdesk"
ALLOWED = {PACKAGE / "app.py"}


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] in ("PySide6", "shiboken6")]
        elif (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.split(".")[0] in ("PySide6", "shiboken6")
        ):
            found.append(node.module)
    return found


def test_qt_is_imported_only_under_ui():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        if (PACKAGE / "ui") in path.parents or path in ALLOWED:
            continue
        names = qt_imports(path)
        if names:
            offenders[str(path.relative_to(PACKAGE))] = names
    assert offenders == {}


def test_the_command_line_does_not_load_qt():
    import subprocess
    import sys

    code = (
        "import sys, civicdesk.cli as c; c.main(['--version']) if False else None; "
        "import civicdesk.services.demo, civicdesk.services.search, civicdesk.db.migrate; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_window_frame_needs_no_database_code():
    """Start-up paints the window before SQLAlchemy loads, so the frame's modules must not need it."""
    import subprocess
    import sys

    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'; "
        "import civicdesk.cli as c; c.build_parser(); "
        "import civicdesk.app, civicdesk.ui.main_window; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# Which layer may import which, bottom first: a unit imports only units of lower rows (and itself).
# The last row holds the entry points, which may also import each other. Every import counts,
# including those inside functions; `python -m civicdesk.devtools.layers` prints the table.
LAYER_TABLE = (
    ("civicdesk",),
    ("errors", "paths", "portable"),
    ("db",),
    ("core",),
    ("sync", "services"),
    ("interop", "reports", "startup"),
    ("commands", "ui"),
    ("selfcheck", "app", "cli", "__main__", "devtools"),
)


def _rank(name: str) -> int:
    for number, names in enumerate(LAYER_TABLE):
        if name in names:
            return number
    raise AssertionError(f"{name} is in no layer of LAYER_TABLE")


def test_every_import_keeps_to_the_layers():
    from civicdesk.devtools import layers

    assert layers.LAYERS == LAYER_TABLE  # the printed table shows the rule this test applies
    top = len(LAYER_TABLE) - 1
    offenders = []
    for item in layers.imports():
        source, target = layers.unit(item.source), layers.unit(item.target)
        if source == target or _rank(target) < _rank(source) or _rank(source) == _rank(target) == top:
            continue
        offenders.append(f"{item.source}:{item.line} imports {item.target}")
    assert offenders == []


def test_every_unit_of_the_package_has_a_layer():
    from civicdesk.devtools import layers

    for module in layers.all_modules():
        _rank(layers.unit(module))


def test_no_modules_import_each_other_round_a_circle():
    from civicdesk.devtools import layers

    assert layers.cycles() == []


def test_reports_read_through_services_and_run_no_sql_of_their_own():
    """A report lays out what a service (or its one query module) read; none opens a session."""
    offenders = {}
    for path in (PACKAGE / "reports").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found = sorted(
            {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
             if a.name.split(".")[0] == "sqlalchemy"}
            | {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
               and (n.module or "").split(".")[0] == "sqlalchemy"}
            | {f".{n.func.attr}()" for n in ast.walk(tree) if isinstance(n, ast.Call)
               and isinstance(n.func, ast.Attribute)
               and n.func.attr in ("read", "write", "execute", "scalars")
               and isinstance(n.func.value, ast.Name) and n.func.value.id in ("db", "session")}
        )
        if found:
            offenders[str(path.relative_to(PACKAGE))] = [str(f) for f in found]
    assert offenders == {}
