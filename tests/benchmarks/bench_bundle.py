"""Benchmark: borough bundle export and import against raw sqlite3.executemany, plus crash trials.

Run from the repository root:
    python -m tests.benchmarks.bench_bundle [--size borough] [--repeat 5] [--crash-trials 50]
Budgets (DESIGN.md): import into an empty database within 3x raw executemany of the same rows;
re-importing the same bundle faster than exporting it. Exits 1 when a figure is over its budget.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from civicdesk.db.database import Database
from civicdesk.db.models import SYNCED_MODELS
from civicdesk.services import demo
from civicdesk.sync.bundle_format import decrypt, encrypt
from civicdesk.sync.export import build_bundle
from civicdesk.sync.receive import BundleImporter
from tests.benchmarks.budget import Budgets
from tests.unit.sync_helpers import make_site, snapshot

CPU: dict[str, list[float]] = {"raw": [], "import": []}  # processor seconds, less hurt by a busy machine


def timed(action, *args, cpu: str | None = None):  # type: ignore[no-untyped-def]
    started, cpu_started = time.perf_counter(), time.process_time()
    result = action(*args)
    if cpu is not None:
        CPU[cpu].append(time.process_time() - cpu_started)
    return time.perf_counter() - started, result


def raw_copy(source: Path, target: Path) -> float:
    """Insert the same rows into an empty migrated database with executemany, in one transaction."""
    src = sqlite3.connect(source)
    rows = {}
    for model in SYNCED_MODELS:
        table = model.__tablename__  # type: ignore[attr-defined]
        cursor = src.execute(f"SELECT * FROM {table}")
        id_at = [d[0] for d in cursor.description].index("id")
        rows[table] = (id_at, cursor.fetchall())
    src.close()
    dst = sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=FULL")
    started, cpu_started = time.perf_counter(), time.process_time()
    dst.execute("BEGIN")
    for table, (id_at, values) in rows.items():
        # Every new database holds the starter catalogue already: insert only what is not there.
        present = {row[0] for row in dst.execute(f"SELECT id FROM {table}")}
        values = [v for v in values if v[id_at] not in present]
        if values:
            marks = ",".join("?" * len(values[0]))
            dst.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
    dst.execute("COMMIT")
    elapsed = time.perf_counter() - started
    CPU["raw"].append(time.process_time() - cpu_started)
    dst.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="borough")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each measurement; medians reported")
    parser.add_argument("--crash-trials", type=int, default=50)
    args = parser.parse_args()
    budgets = Budgets()
    folder = Path(tempfile.mkdtemp(prefix="civicdesk-bench-"))
    try:
        source = make_site(folder / "source.sqlite3", "Borough Forum")
        t_demo, _ = timed(lambda: demo.generate(source, args.size, seed=1))
        empty = make_site(folder / "empty.sqlite3", "Newcomers")
        snapshot(empty)
        snapshot(source)
        print(f"{args.size} example generated in {t_demo:.1f} s; {args.repeat} runs of each, medians")

        runs: dict[str, list[float]] = {"export": [], "raw": [], "preview": [], "import": [], "again": []}
        for run in range(args.repeat):
            t_export, built = timed(lambda: build_bundle(source))
            runs["export"].append(t_export)
            # Raw copy and import alternate in each run, so a busy machine slows both alike.
            raw_path, target_path = folder / f"raw{run}.sqlite3", folder / f"target{run}.sqlite3"
            shutil.copyfile(empty.path, raw_path)
            shutil.copyfile(empty.path, target_path)
            runs["raw"].append(raw_copy(source.path, raw_path))
            target = Database(target_path)
            importer = BundleImporter(target)
            t_preview, _ = timed(importer.preview, built.data)
            runs["preview"].append(t_preview)
            t_import, summary = timed(importer.apply, built.data, cpu="import")
            runs["import"].append(t_import)
            t_again, again = timed(importer.apply, built.data)
            runs["again"].append(t_again)
            assert summary.changes + summary.unchanged == built.rows and again.changes == 0
            target.dispose()
            print(
                f"  run {run + 1}: export {t_export:.2f} s, raw {runs['raw'][-1]:.2f} s, "
                f"preview {t_preview:.2f} s, import {t_import:.2f} s "
                f"({t_import / runs['raw'][-1]:.1f}x raw), re-import {t_again:.3f} s"
            )
        med = {name: statistics.median(values) for name, values in runs.items()}
        ratio = med["import"] / med["raw"]
        print(f"export: {built.rows:,} rows, {len(built.data) / 1e6:.1f} MB: median {med['export']:.2f} s")
        print(f"raw sqlite3.executemany of the same rows (one transaction): median {med['raw']:.2f} s")
        print(f"dry run (preview) into the empty database: median {med['preview']:.2f} s")
        print(
            "import into an empty database (verify, backup, merge, search index): "
            f"median {med['import']:.2f} s = {ratio:.1f}x raw; new {summary.new:,}"
        )
        budgets.check("bundle import into an empty database, times raw executemany", ratio, 3, "x", digits=1)
        cpu_ratio = statistics.median(CPU["import"]) / statistics.median(CPU["raw"])
        print(
            f"  processor time: import {statistics.median(CPU['import']):.2f} s vs raw "
            f"{statistics.median(CPU['raw']):.2f} s = {cpu_ratio:.1f}x"
        )
        budgets.check(
            f"re-import (no-op, {again.unchanged:,} unchanged), budget the export's median",
            med["again"], med["export"], " s", digits=3,
        )
        t_enc, sealed = timed(lambda: encrypt(built.data, "correct horse battery staple"))
        t_dec, _ = timed(lambda: decrypt(sealed, "correct horse battery staple"))
        print(f"age encryption {t_enc:.2f} s, decryption {t_dec:.2f} s (scrypt dominates; not in the budget)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if args.crash_trials:
        from tests.benchmarks.crash_import import run_trials

        t_crash, outcomes = timed(lambda: run_trials(args.crash_trials))
        print(
            f"crash test: {args.crash_trials} imports killed at random moments: {outcomes['before']} "
            f"all-before, {outcomes['after']} all-after, 0 partial, integrity ok ({t_crash:.0f} s)"
        )
    return budgets.exit_code()


if __name__ == "__main__":
    sys.exit(main())
