"""Kill an importing process at random moments: the database is always all-before or all-after."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import sys
from pathlib import Path
from civicdesk.db.database import Database
from civicdesk.sync.receive import BundleImporter
db = Database(Path(sys.argv[1]))
data = Path(sys.argv[2]).read_bytes()
print("ready", flush=True)
BundleImporter(db).apply(data, backup=False)
print("done", flush=True)
"""

TABLES = ("spaces", "groups", "people", "tools", "health_checks", "change_log", "search_key", "peers")


def fingerprint(path: Path) -> tuple[int, ...]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return tuple(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES)
    finally:
        conn.close()


def _prepare(folder: Path) -> tuple[Path, Path, tuple[int, ...], tuple[int, ...]]:
    from civicdesk.services import demo
    from civicdesk.sync.export import build_bundle
    from tests.unit.sync_helpers import make_site, snapshot

    source = make_site(folder / "source.sqlite3", "Source")
    demo.generate(source, "village", seed=5)
    bundle = folder / "bundle.civicdesk"
    bundle.write_bytes(build_bundle(source).data)
    target = make_site(folder / "target.sqlite3", "Target")
    snapshot(target)
    before = fingerprint(target.path)
    done = apply_copy(target.path, folder / "scratch.sqlite3", bundle.read_bytes())
    return target.path, bundle, before, done


def apply_copy(base: Path, copy: Path, data: bytes) -> tuple[int, ...]:
    """Import into a copy of `base` in this process; the counts afterwards."""
    from civicdesk.db.database import Database
    from civicdesk.sync.receive import BundleImporter

    shutil.copyfile(base, copy)
    db = Database(copy)
    BundleImporter(db).apply(data, backup=False)
    db.dispose()
    return fingerprint(copy)


def run_trials(trials: int, seed: int = 1) -> dict[str, int]:
    """Returns how many trials ended all-before and all-after (any other outcome raises)."""
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="civicdesk-crash-"))
    try:
        base, bundle, before, after = _prepare(folder)
        # How long an uninterrupted import takes, to spread the kills across it.
        started = time.perf_counter()
        apply_copy(base, folder / "timing.sqlite3", bundle.read_bytes())
        span = time.perf_counter() - started
        outcomes = {"before": 0, "after": 0}
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        for trial in range(trials):
            victim = folder / f"trial-{trial}.sqlite3"
            shutil.copyfile(base, victim)
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD, str(victim), str(bundle)],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=env,
            )
            assert child.stdout is not None
            child.stdout.readline()  # "ready": imports are done, the import starts now
            time.sleep(rng.uniform(0, span * 3))
            child.send_signal(signal.SIGKILL)
            child.wait()
            state = fingerprint(victim)  # opening replays or discards the WAL, as the app would
            if state == before:
                outcomes["before"] += 1
            elif state == after:
                outcomes["after"] += 1
            else:
                raise AssertionError(f"trial {trial}: half an import is visible: {state}")
            for suffix in ("", "-wal", "-shm"):
                Path(str(victim) + suffix).unlink(missing_ok=True)
        return outcomes
    finally:
        shutil.rmtree(folder, ignore_errors=True)
