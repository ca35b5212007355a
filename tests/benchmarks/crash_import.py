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


# -- every command that writes a database file, killed at random moments --------------------------
# `python -m tests.benchmarks.crash_import [TRIALS_PER_SCENARIO_SCALE]` runs them all and exits
# non-zero on any failure. After each kill `civicdesk check` must pass on whatever is there (or
# there is no database yet, which the next start creates), and the records are exactly those of
# before or of after the command.
FIXTURE_0001 = Path(__file__).resolve().parent.parent / "fixtures" / "schema-0001.sqlite3"
USER_TABLES = ("spaces", "groups", "people", "tools", "health_checks", "links", "roles", "meetings")
FIRST_START = "import sys; from civicdesk.startup import open_database; open_database(sys.argv[1])"


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "civicdesk", *args]


def state_of(path: Path, env: dict[str, str], passphrases: list[Path]) -> tuple:
    """("none",) for no database yet; else (revision, encrypted, counts, which passphrase opens it:
    0 for none, 1 or 2) after `check` passed, and every backup beside it is whole (`_backups_whole`)."""
    _backups_whole(path, passphrases)
    if not path.exists() or path.stat().st_size == 0:
        return ("none",)
    encrypted = path.read_bytes()[:16] != b"SQLite format 3\x00"
    if not encrypted:
        conn = sqlite3.connect(path)  # replays or rolls back what a kill left, as the app would
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
        if not names:
            return ("none",)
    failures = []
    for which, passphrase in enumerate(passphrases if encrypted else [None], start=1 if encrypted else 0):
        extra = ["--db-passphrase-file", str(passphrase)] if passphrase else []
        if passphrase is None:
            checked = _check_here(path)
        else:  # a passphrase is remembered per file for the process: a fresh one for each
            checked = subprocess.run(
                [*cli("--db", str(path), *extra, "check")], capture_output=True, text=True, env=env
            )
        waiting = "needs upgrade" in checked.stdout and "integrity check ok; 0 broken links" in checked.stdout
        if checked.returncode != 0 and not waiting:  # an old schema is sound: the next start upgrades it
            failures.append(checked.stderr.strip() or checked.stdout.strip())
            continue
        revision = checked.stdout.split("schema ", 1)[1].split()[0]
        counts = {}
        if passphrase is None:
            conn = sqlite3.connect(path)
            try:
                for table in USER_TABLES:
                    counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            finally:
                conn.close()
        else:
            stats = subprocess.run([*cli("--db", str(path), *extra, "stats", "--json")],
                                   capture_output=True, text=True, env=env, check=True)
            import json

            counts = {k: v for k, v in json.loads(stats.stdout).items() if k in ("spaces", "people")}
        return (revision, encrypted, tuple(sorted(counts.items())), which)
    raise AssertionError(f"check failed on {path}: {failures}")


def _backups_whole(path: Path, passphrases: list[Path]) -> None:
    """Every file the backups folder lists as a backup must open and pass an integrity check: a
    copy cut short by the kill must never carry a backup's name (it would be offered to restore)."""
    from civicdesk.db import connection
    from civicdesk.db.backup import list_backups

    for copy in list_backups(path):
        if copy.read_bytes()[:16] == b"SQLite format 3\x00":
            conn = sqlite3.connect(copy)
            try:
                ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            except sqlite3.DatabaseError:
                ok = False
            finally:
                conn.close()
        else:
            ok = any(_opens_encrypted(connection, copy, key.read_text().strip()) for key in passphrases)
        if not ok:
            raise AssertionError(f"a backup cut short carries a backup's name: {copy.name}")


def _opens_encrypted(cipher: object, copy: Path, passphrase: str) -> bool:
    module = cipher.sqlcipher_module()  # type: ignore[attr-defined]
    conn = module.connect(str(copy))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong passphrase is tried on purpose
        conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    except module.DatabaseError:
        return False
    finally:
        conn.close()


def _check_here(path: Path) -> subprocess.CompletedProcess[str]:
    """`civicdesk check` on a plain file, run in this process (a second a trial saved)."""
    import contextlib
    import io

    from civicdesk import cli as command_line

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = command_line.main(["--db", str(path), "check"])
    return subprocess.CompletedProcess([], code, out.getvalue(), err.getvalue())


class Scenario:
    """One command and the file it starts from; the outcomes seen, by name."""

    def __init__(self, name: str, trials: int, command: list[str], start: Path | None,
                 allowed_middle: bool = False, watch: str = "", aimed: float = 0.0) -> None:
        self.name, self.trials, self.command, self.start = name, trials, command, start
        # Creating a database then filling it: a new empty database in between is all-before.
        self.allowed_middle = allowed_middle
        # A file beside the database whose presence means the command is mid-way (the converted
        # copy being written); that share of the kills is aimed at the moments it was seen.
        self.watch, self.aimed = watch, aimed
        self.window: tuple[float, float] | None = None
        self.midway = 0  # kills that landed while the watched file was there
        self.outcomes: dict[str, int] = {}
        self.span = 0.0


def _scenarios(folder: Path, env: dict[str, str], scale: float) -> list[Scenario]:
    from civicdesk.db.backup import backup_database
    from civicdesk.services import demo
    from civicdesk.sync.export import build_bundle
    from tests.unit.sync_helpers import make_site

    # Converting the village takes a few milliseconds, so kills would fall before or after it:
    # the conversions run on the borough (about 29 MB), which takes seconds to convert.
    borough = make_site(folder / "borough.sqlite3", "Borough")
    demo.generate(borough, "borough", seed=5)
    borough.dispose()
    source = make_site(folder / "source.sqlite3", "Source")
    demo.generate(source, "village", seed=5)
    bundle = folder / "bundle.civicdesk"
    bundle.write_bytes(build_bundle(source).data)
    source.dispose()
    backup = backup_database(source.path, folder / "backup.sqlite3")
    existing = make_site(folder / "existing.sqlite3", "Existing")
    existing.dispose()
    csv = folder / "spaces.csv"
    csv.write_text("name,category,town\n" + "".join(f"Hall {i},civic,Leeds\n" for i in range(300)))
    old = folder / "old.sqlite3"
    shutil.copyfile(FIXTURE_0001, old)
    (folder / "pass1").write_text("first passphrase\n")
    (folder / "pass2").write_text("second passphrase\n")
    encrypted = folder / "encrypted.sqlite3"
    shutil.copyfile(borough.path, encrypted)
    subprocess.run(cli("--db", str(encrypted), "encrypt", "--passphrase-file", str(folder / "pass1")),
                   env=env, check=True, capture_output=True)
    for leftover in (encrypted.parent / "backups").glob("*"):
        leftover.unlink()
    n = lambda count: max(1, round(count * scale))  # noqa: E731
    p1, p2 = str(folder / "pass1"), str(folder / "pass2")
    return [
        Scenario("first start (new database)", n(30), [sys.executable, "-c", FIRST_START, "{db}"], None,
                 True),
        Scenario("demo into a new database", n(40), cli("--db", "{db}", "demo"), None, True),
        Scenario("import CSV into a new database", n(30),
                 cli("--db", "{db}", "import", str(csv), "--type", "space"), None, True),
        Scenario("bundle import into a new database", n(40),
                 cli("--db", "{db}", "bundle", "import", str(bundle), "--yes"), None, True),
        Scenario("restore onto a new computer", n(30), cli("--db", "{db}", "restore", str(backup)),
                 None),
        Scenario("bundle import into an existing database", n(40),
                 cli("--db", "{db}", "bundle", "import", str(bundle), "--yes"), existing.path),
        Scenario("import CSV into an existing database", n(20),
                 cli("--db", "{db}", "import", str(csv), "--type", "space"), existing.path),
        Scenario("encrypt", n(20), cli("--db", "{db}", "encrypt", "--passphrase-file", p1), borough.path,
                 watch=".converting", aimed=0.5),
        Scenario("decrypt", n(20), cli("--db", "{db}", "--db-passphrase-file", p1, "decrypt"),
                 encrypted, watch=".converting", aimed=0.5),
        Scenario("change passphrase", n(40), cli("--db", "{db}", "--db-passphrase-file", p1,
                                                  "change-passphrase", "--new-passphrase-file", p2),
                 encrypted, watch=".converting", aimed=0.75),
        Scenario("migration from schema 0001", n(30), cli("--db", "{db}", "stats"), old),
    ]


def _setup(scenario: Scenario, victim: Path) -> None:
    for leftover in victim.parent.glob("*"):
        if leftover.is_file():
            leftover.unlink()
        else:
            shutil.rmtree(leftover)
    if scenario.start is not None:
        shutil.copyfile(scenario.start, victim)


def _run(scenario: Scenario, victim: Path, env: dict[str, str], kill_after: float | None) -> bool:
    """Run the command, killed after `kill_after` seconds (None: left alone, and the moments the
    watched file was there noted as the scenario's window). True if killed mid-way."""
    command = [part.replace("{db}", str(victim)) for part in scenario.command]
    watched = Path(str(victim) + scenario.watch) if scenario.watch else None
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True)
    if kill_after is None:
        seen: list[float] = []
        while watched is not None and child.poll() is None:
            if watched.exists():
                seen.append(time.perf_counter() - started)
            time.sleep(0.005)
        _, err = child.communicate()
        if child.returncode != 0:
            raise AssertionError(f"{scenario.name} failed when left alone: {err.strip()}")
        if seen:
            scenario.window = (seen[0], seen[-1])
        return False
    while child.poll() is None and time.perf_counter() - started < kill_after:
        time.sleep(min(0.005, max(0.0, kill_after - (time.perf_counter() - started))))
    if child.poll() is not None:
        return False
    midway = watched is not None and watched.exists()
    child.send_signal(signal.SIGKILL)
    child.wait()
    return midway


def run_all(scale: float = 1.0, seed: int = 1, only: str = "") -> list[Scenario]:
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="civicdesk-crash-all-"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    passphrases = [folder / "pass1", folder / "pass2"]
    try:
        scenarios = _scenarios(folder, env, scale)
        work = folder / "trial"
        work.mkdir()
        victim = work / "civicdesk.sqlite3"
        for scenario in scenarios:
            if only and only not in scenario.name:
                continue
            _setup(scenario, victim)
            before = state_of(victim, env, passphrases)
            started = time.perf_counter()
            _run(scenario, victim, env, None)
            scenario.span = time.perf_counter() - started
            after = state_of(victim, env, passphrases)
            empty = None
            if scenario.allowed_middle:
                _setup(scenario, victim)
                _run(Scenario("first start", 1, [sys.executable, "-c", FIRST_START, "{db}"], None), victim,
                     env, None)
                empty = state_of(victim, env, passphrases)
            names = {before: "before", after: "after"}
            if empty is not None:
                names.setdefault(empty, "before (new empty database)")
                # The schema is made in one transaction; the site row and the starter catalogue
                # follow in their own, and the next start adds whatever a kill left out.
                bare = (empty[0], empty[1], tuple((t, 0) for t, _ in empty[2]), empty[3])
                names.setdefault(bare, "before (new empty database, catalogue at next start)")
            if before[0] not in ("none", after[0]):
                # Migrated in one transaction; the starter catalogue's newer entries come in their
                # own, at this start or the next.
                names.setdefault((after[0], *before[1:]), "migrated (catalogue at next start)")
            for trial in range(scenario.trials):
                _setup(scenario, victim)
                moment = rng.uniform(0, scenario.span * 1.1)
                if scenario.window is not None and rng.random() < scenario.aimed:
                    start, end = scenario.window
                    moment = rng.uniform(start, end)
                scenario.midway += _run(scenario, victim, env, moment)
                state = state_of(victim, env, passphrases)
                if state not in names:
                    raise AssertionError(f"{scenario.name}, trial {trial}: neither before nor after: {state}")
                scenario.outcomes[names[state]] = scenario.outcomes.get(names[state], 0) + 1
            window = ""
            if scenario.window is not None:
                start, end = scenario.window
                window = (f"; converting from {start:.2f} s to {end:.2f} s, "
                          f"{scenario.midway} kills landed mid-way")
            print(f"{scenario.name}: {scenario.trials} kills over {scenario.span:.1f} s{window}: "
                  f"{scenario.outcomes}", flush=True)
        return [s for s in scenarios if s.outcomes]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    try:
        done = run_all(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0, only=" ".join(sys.argv[2:]))
    except AssertionError as exc:
        print(f"FAILED: {exc}", flush=True)
        sys.exit(1)
    print(f"{sum(s.trials for s in done)} trials, 0 unusable databases, 0 partial states")
