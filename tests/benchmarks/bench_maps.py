"""Map and network views on the borough: time from opening the view to the first paint with data.

Run from the repository root: `python -m tests.benchmarks.bench_maps [--db BOROUGH.sqlite3]`. Each
measurement runs in a fresh process (medians of 3), next to a bare QGraphicsView measured the same
way in the same run. Not part of `make test`. Budgets (set with issue 19, from the README's
figures with room for a busy machine): the map's first paint within 2 s, the network's within 5 s.
Exits 1 when a figure is over its budget.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from civicdesk.services import demo
from civicdesk.startup import open_database
from tests.benchmarks.budget import Budgets

ROOT = Path(__file__).resolve().parents[2]

RUNS = 3
MAP_BUDGET_S = 2.0
NETWORK_BUDGET_S = 5.0

# One view, opened in a fresh process: seconds from construction to the first viewport paint
# that shows data (for the bare view: its first paint).
OPEN_VIEW = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView
app = QApplication(sys.argv)
mode, db_path = sys.argv[1], sys.argv[2]
state = {"ready": mode == "bare", "painted": None}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and state["ready"] and state["painted"] is None:
            state["painted"] = time.perf_counter() - t0
            QTimer.singleShot(0, app.quit)
        return False

def ready():
    state["ready"] = True
    canvas.viewport().update()

# The app has its modules loaded before any view opens: import them outside the timing.
if mode == "map":
    from PySide6.QtGui import QUndoStack
    from civicdesk.ui.map.view import MapView
elif mode == "network":
    from civicdesk.ui.network.view import NetworkView
from civicdesk.db.database import Database
t0 = time.perf_counter()
if mode == "bare":
    scene = QGraphicsScene()
    scene.addText("bare")
    widget = canvas = QGraphicsView(scene)
else:
    db = Database(Path(db_path))
    if mode == "map":
        widget = MapView(db, QUndoStack(), lambda t, i: None)
    else:
        widget = NetworkView(db)
    canvas = widget.canvas
    widget.loaded.connect(ready)
watcher = FirstPaint()
canvas.viewport().installEventFilter(watcher)
widget.resize(1100, 720)
widget.show()
QTimer.singleShot(60_000, app.quit)
app.exec()
if mode != "bare":
    widget.runner.wait()
print(state["painted"])
"""


def open_view(mode: str, db_path: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", OPEN_VIEW, mode, str(db_path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
    ).stdout
    return float(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="an existing borough database (else one is generated)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db
        if db_path is None:
            db_path = Path(tmp) / "borough.sqlite3"
            db = open_database(db_path)
            demo.generate(db, "borough", seed=1)
            db.dispose()
        results = {}
        for mode in ("bare", "map", "network"):
            times = [open_view(mode, db_path) for _ in range(RUNS)]
            results[mode] = statistics.median(times)
    bare = results["bare"]
    print(f"{'view':<10}{'first paint (median of 3)':>28}{'× bare QGraphicsView':>24}")
    for mode, seconds in results.items():
        print(f"{mode:<10}{seconds * 1000:>25.0f} ms{seconds / bare:>23.1f}×")
    print(json.dumps({k: round(v, 4) for k, v in results.items()}))
    budgets = Budgets()
    budgets.check("map view on the borough, first paint", results["map"], MAP_BUDGET_S, " s")
    budgets.check("network view on the borough, first paint", results["network"], NETWORK_BUDGET_S, " s")
    return budgets.exit_code()


if __name__ == "__main__":
    sys.exit(main())
