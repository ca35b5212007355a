"""Start-up budget: from process start to the first rows of People on screen, against a bare window.

Run: `python tests/benchmarks/bench_startup.py [--rounds N] [--sizes village,borough,city]` (or
`make bench`). Not part of `make test`. Exits 1 when a median is over its budget.

Both sides are whole processes timed from the parent's spawn, so interpreter start and every
import count: a bare PySide6 window holding a filled table, grabbed after its first paint, and
`civicdesk --db DB --screenshot OUT.png --view people` through its real entry point, timed to the
first paint of a table with rows in it. Runs alternate (bare, then each example, in turn) and the
medians are compared. The screenshot mode opens the window exactly as a user's start does but
neither saves window geometry nor takes the daily backup.

The example databases are generated once (the city takes minutes) and kept in
`$CIVICDESK_BENCH_DIR` or the temporary folder, keyed by size, seed, schema revision and the generator's code.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from civicdesk.db.migrate import head_revision  # reads the scripts as text only
from tests.benchmarks.budget import Budgets

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

BUDGETS = {"village": 3.0, "borough": 3.0, "city": 5.0}  # first rows, times a bare window
MEMORY_BUDGET_MB = 250  # the city open and People paged down 20 times
SEED = 1

# Marks the first paint of a table that has rows in it, prints the seconds since the spawn.
WATCH = r'''
import os, sys, time
spawned = float(sys.argv[1])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication(sys.argv[:1])
marks = {}
class FirstRows(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "rows" not in marks:
            table = obj.parent()
            if isinstance(table, QTableView) and table.model() is not None and table.model().rowCount() > 0:
                marks["rows"] = time.time() - spawned
                rows_painted()
        return False
watcher = FirstRows()
app.installEventFilter(watcher)
'''

BARE = WATCH + r'''
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMainWindow
def rows_painted():
    QTimer.singleShot(0, lambda: (window.grab().save(sys.argv[2]), app.quit()))
window = QMainWindow()
model = QStandardItemModel(100, 6)
for r in range(100):
    for c in range(6):
        model.setItem(r, c, QStandardItem(f"row {r} column {c}"))
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.resize(1200, 760)
window.show()
app.exec()
print(marks["rows"], time.time() - spawned)
'''

OURS = WATCH + r'''
def rows_painted():
    pass
from civicdesk.cli import main
code = main(["--db", sys.argv[3], "--screenshot", sys.argv[2], "--view", "people"])
print(marks.get("rows", "nan"), time.time() - spawned, code)
'''

# The city open through the usual start-up, then People paged down 20 times; peak resident memory.
MEMORY = r'''
import os, sys, time, resource
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from civicdesk.app import application
app = application()
from civicdesk.startup import open_database
from civicdesk.ui.main_window import MainWindow
def failed(exc):
    raise SystemExit(f"could not open: {exc}")
path = Path(sys.argv[1])
window = MainWindow.opening(lambda: open_database(path), on_error=failed, first_rows_from=path,
                            remember_geometry=False)
window.show_view("people")
window.show()
deadline = time.time() + 300
while not (window.views and window.views["people"].model.loaded_once) and time.time() < deadline:
    app.processEvents()
view = window.views["people"]
for _ in range(20):
    view.table.scrollToBottom()
    t1 = time.perf_counter()
    while view.model.loading and time.perf_counter() - t1 < 10:
        app.processEvents()
    app.processEvents()
rows = view.model.rowCount()
window.runner.wait()
print(rows, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
'''


def cache_dir() -> Path:
    default = Path(tempfile.gettempdir()) / "civicdesk-bench-cache"
    folder = Path(os.environ.get("CIVICDESK_BENCH_DIR") or default)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def demo_version() -> str:
    """A short hash of the example generator's code: a changed generator makes new examples."""
    digest = hashlib.sha256()
    for source in sorted((ROOT / "civicdesk" / "services").glob("demo*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def example(size: str) -> Path:
    """The example database of this size, generated once per seed, schema revision and generator."""
    path = cache_dir() / f"{size}-seed{SEED}-{head_revision()}-{demo_version()}.sqlite3"
    if path.exists():
        return path
    partial = path.with_name(path.name + ".partial")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    print(f"generating the {size} example (once; the city takes a few minutes)…", file=sys.stderr)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "civicdesk", "demo", "--db", str(partial), "--size", size,
         "--seed", str(SEED)],
        check=True, env=child_env(), stdout=subprocess.DEVNULL,
    )
    conn = sqlite3.connect(partial)  # fold the write-ahead log in, so the one file is the database
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    partial.rename(path)
    print(f"  {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def child_env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


def run(code: str, *args: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=child_env(), check=True, timeout=600)
    return out.stdout.split()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--sizes", default="village,borough,city")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory run on the city")
    args = parser.parse_args(argv)
    sizes = [s for s in args.sizes.split(",") if s]
    databases = {size: example(size) for size in sizes}
    shot = cache_dir() / "startup-bench.png"

    bare: list[float] = []
    rows: dict[str, list[float]] = {size: [] for size in sizes}
    whole: dict[str, list[float]] = {size: [] for size in sizes}
    for round_ in range(args.rounds):
        order = sizes[round_ % len(sizes):] + sizes[: round_ % len(sizes)]  # no size always goes first
        for size in order:
            bare.append(float(run(BARE, str(time.time()), str(shot))[0]))
            first, total, code = run(OURS, str(time.time()), str(shot), str(databases[size]))
            if code != "0":
                raise SystemExit(f"civicdesk exited with {code} on the {size} example")
            rows[size].append(float(first))
            whole[size].append(float(total))

    bare_median = statistics.median(bare)
    results: dict[str, object] = {"rounds": args.rounds, "bare_first_rows_ms": round(bare_median * 1000)}
    budgets = Budgets()
    for size in sizes:
        median = statistics.median(rows[size])
        ratio = median / bare_median
        results[size] = {
            "first_rows_ms": round(median * 1000),
            "ratio": round(ratio, 2),
            "budget": BUDGETS[size],
            "screenshot_process_ms": round(statistics.median(whole[size]) * 1000),
        }

    if "city" in sizes and not args.no_memory:
        loaded, peak = run(MEMORY, str(databases["city"]))
        results["city_people_rows_after_paging"] = int(loaded)
        results["city_peak_memory_mb"] = round(float(peak))

    print(json.dumps(results, indent=2))
    print("budgets: first rows within 3x a bare window (village, borough), 5x (city); "
          f"memory under {MEMORY_BUDGET_MB} MB")
    for size in sizes:
        ratio = results[size]["ratio"]  # type: ignore[index]
        budgets.check(f"{size}: first rows, times a bare window", float(ratio), BUDGETS[size], "x")
    if "city_peak_memory_mb" in results:
        budgets.check("city: peak memory", float(results["city_peak_memory_mb"]), MEMORY_BUDGET_MB, " MB", 0)
    return budgets.exit_code()


if __name__ == "__main__":
    sys.exit(main())
