"""City-scale budgets: generate the city, search as you type, open the app and the People view.

Run from the repository root: `python -m tests.benchmarks.bench_city` (or `make bench`). Prints
medians, p95 and ratios against baselines measured in the same run, each budgeted figure beside
its budget, and exits 1 when one is over. Not part of `make test`.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from civicdesk.services import demo
from civicdesk.services.search import SearchService
from civicdesk.startup import open_database
from tests.benchmarks.budget import Budgets

ROOT = Path(__file__).resolve().parents[2]

TYPED = ["lodz", "community centre", "church", "allotment", "knit and natter", "smith", "gazebo",
         "village hall", "food bank", "mosque", "park", "repair", "choir", "ls7", "youth club"]

# The same window start-up, twice: a bare PySide6 window, and `civicdesk --db CITY` through its
# real entry point (the screenshot mode, which opens the window exactly as a user's start does but
# neither saves window geometry nor takes the daily backup). Times run from the parent's spawn of
# the process to the window's first paint, so interpreter start and every import count for both.
STARTUP = r'''
import os, sys, time
spawned = float(sys.argv[3])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
marks = {}
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) and "paint" not in marks:
            marks["paint"] = time.time() - spawned
            if mode == "bare":
                QTimer.singleShot(0, app.quit)
            else:
                obj.when_loaded(lambda: marks.setdefault("usable", time.time() - spawned))
        return False
mode, db, out = sys.argv[1], sys.argv[2], sys.argv[4]
watcher = FirstPaint()
app.installEventFilter(watcher)
if mode == "bare":
    window = QMainWindow()
    window.resize(1200, 760)
    window.show()
    app.exec()
else:
    from civicdesk.cli import main
    main(["--db", db, "--screenshot", out, "--view", "spaces"])
print(marks["paint"], marks.get("usable"))
'''

PEOPLE = r'''
import os, sys, time, resource
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtWidgets import QApplication
from civicdesk.startup import open_database
from civicdesk.ui.main_window import MainWindow
app = QApplication(sys.argv)
window = MainWindow(open_database(Path(sys.argv[1])), remember_geometry=False)
window.show()
while not window.views["spaces"].model.loaded_once:
    app.processEvents()
view = window.views["people"]
t0 = time.perf_counter()
window.show_view("people")
while not view.model.loaded_once:
    app.processEvents()
first_rows = time.perf_counter() - t0
# Scroll through 20 pages, as someone paging down the list would.
for _ in range(20):
    view.table.scrollToBottom()
    t1 = time.perf_counter()
    while view.model.loading and time.perf_counter() - t1 < 10:
        app.processEvents()
    app.processEvents()
rows = view.model.rowCount()
window.runner.wait()
print(first_rows, rows, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
'''


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def run_script(code: str, *args: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                         check=True, timeout=600).stdout
    return out.split()


def main() -> int:
    folder = Path(os.environ.get("CIVICDESK_BENCH_DIR") or tempfile.mkdtemp(prefix="civicdesk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    city = folder / "city.sqlite3"
    results: dict[str, float] = {}
    if not city.exists():
        db = open_database(city)
        started = time.perf_counter()
        demo.generate(db, "city", seed=1)
        results["demo_city_seconds"] = round(time.perf_counter() - started, 1)
        db.dispose()
    results["city_db_megabytes"] = round(sum(p.stat().st_size for p in folder.glob("city.sqlite3*")) / 2**20)

    db = open_database(city)
    service = SearchService(db)
    latencies = []
    for word in TYPED:
        for end in range(1, len(word) + 1):
            started = time.perf_counter()
            service.search(word[:end], limit=15)
            latencies.append((time.perf_counter() - started) * 1000)
    results["search_ms_median"] = round(statistics.median(latencies), 1)
    results["search_ms_p95"] = round(percentile(latencies, 0.95), 1)
    results["search_queries"] = len(latencies)
    db.dispose()

    bare, ours, usable = [], [], []
    shot = folder / "startup.png"
    for _ in range(7):
        bare.append(float(run_script(STARTUP, "bare", str(city), str(time.time()), str(shot))[0]))
        first_paint, ready = run_script(STARTUP, "civicdesk", str(city), str(time.time()), str(shot))
        ours.append(float(first_paint))
        usable.append(float(ready))
    results["startup_bare_ms_median"] = round(statistics.median(bare) * 1000)
    results["startup_civicdesk_first_paint_ms_median"] = round(statistics.median(ours) * 1000)
    results["startup_civicdesk_usable_ms_median"] = round(statistics.median(usable) * 1000)
    results["startup_ratio_first_paint"] = round(statistics.median(ours) / statistics.median(bare), 2)
    results["startup_ratio_usable"] = round(statistics.median(usable) / statistics.median(bare), 2)

    first_rows, peaks, loaded = [], [], 0
    for _ in range(3):
        first, rows, peak = run_script(PEOPLE, str(city))
        first_rows.append(float(first) * 1000)
        peaks.append(float(peak))
        loaded = int(rows)
    results["people_first_rows_ms_median"] = round(statistics.median(first_rows))
    results["people_rows_after_scrolling"] = loaded
    results["peak_memory_mb_median"] = round(statistics.median(peaks))
    print(json.dumps(results, indent=2))
    budgets = Budgets()
    if "demo_city_seconds" in results:
        budgets.check("demo --size city", results["demo_city_seconds"], 120, " s", digits=1)
    budgets.check("search as you type, p95", results["search_ms_p95"], 50, " ms", digits=1)
    budgets.check("start-up to first paint / bare window", results["startup_ratio_first_paint"], 3, "x")
    budgets.check("People view, first rows", results["people_first_rows_ms_median"], 200, " ms", digits=0)
    budgets.check("peak memory", results["peak_memory_mb_median"], 400, " MB", digits=0)
    return budgets.exit_code()


if __name__ == "__main__":
    sys.exit(main())
