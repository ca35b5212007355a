"""`civicdesk encrypt` / `decrypt` and the passphrase on the command line, in a subprocess."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.test_cli import civicdesk

PASSPHRASE = "correct horse battery"


def results(db: str, *extra: str) -> tuple[dict, dict, dict]:
    stats = civicdesk("--db", db, *extra, "stats", "--json")
    assert stats.returncode == 0, stats.stderr
    found = [
        civicdesk("--db", db, *extra, "search", text, "--json", "--limit", "50") for text in ("hall", "Adams")
    ]
    assert all(r.returncode == 0 for r in found), [r.stderr for r in found]
    return json.loads(stats.stdout), json.loads(found[0].stdout), json.loads(found[1].stdout)


def written(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.slow
def test_borough_survives_encryption_and_decryption(tmp_path: Path):
    db = str(tmp_path / "borough.sqlite3")
    made = civicdesk("--db", db, "demo", "--size", "borough", "--seed", "1")
    assert made.returncode == 0, made.stderr
    conn = sqlite3.connect(db)
    name = conn.execute("SELECT name FROM people ORDER BY id LIMIT 1").fetchone()[0]
    conn.close()
    before = results(db)
    passfile = written(tmp_path, "pass.txt", PASSPHRASE)

    done = civicdesk("--db", db, "encrypt", "--passphrase-file", passfile, "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["encrypted"] is True and Path(report["previous_state"]).exists()
    raw = Path(db).read_bytes()
    assert not raw.startswith(b"SQLite format 3") and name.encode() not in raw
    assert results(db, "--db-passphrase-file", passfile) == before

    done = civicdesk("--db", db, "decrypt", "--json", env={**os.environ, "CIVICDESK_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["encrypted"] is False
    assert Path(db).read_bytes().startswith(b"SQLite format 3")
    assert results(db) == before


@pytest.mark.slow
def test_the_passphrase_can_be_changed_from_the_command_line(tmp_path: Path):
    db = str(tmp_path / "v.sqlite3")
    assert civicdesk("--db", db, "demo").returncode == 0
    old = written(tmp_path, "old.txt", PASSPHRASE)
    new = written(tmp_path, "new.txt", "staple battery horse")
    assert civicdesk("--db", db, "encrypt", "--passphrase-file", old).returncode == 0
    before = results(db, "--db-passphrase-file", old)

    short = written(tmp_path, "short.txt", "short")
    refused = civicdesk("--db", db, "--db-passphrase-file", old, "change-passphrase",
                        "--new-passphrase-file", short)
    assert refused.returncode == 1 and refused.stderr.startswith("civicdesk: error: ")
    assert "at least 8" in refused.stderr

    done = civicdesk("--db", db, "--db-passphrase-file", old, "change-passphrase",
                     "--new-passphrase-file", new, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["encrypted"] is True
    assert results(db, "--db-passphrase-file", new) == before
    stale = civicdesk("--db", db, "--db-passphrase-file", old, "stats")
    assert stale.returncode == 1 and "is wrong" in stale.stderr


@pytest.mark.slow
def test_a_wrong_or_missing_passphrase_is_one_line_and_changes_nothing(tmp_path: Path):
    db = str(tmp_path / "v.sqlite3")
    assert civicdesk("--db", db, "demo").returncode == 0
    passfile = written(tmp_path, "pass.txt", PASSPHRASE)
    assert civicdesk("--db", db, "encrypt", "--passphrase-file", passfile).returncode == 0
    untouched = hashlib.sha256(Path(db).read_bytes()).hexdigest()
    wrong = written(tmp_path, "wrong.txt", "not the passphrase")
    env = {k: v for k, v in os.environ.items() if k != "CIVICDESK_PASSPHRASE"}
    for args in (
        ("--db-passphrase-file", wrong, "stats"),
        ("stats", "--db-passphrase-file", wrong),
        ("decrypt", "--passphrase-file", wrong),
        ("stats",),
    ):
        result = civicdesk("--db", db, *args, env=env)
        assert result.returncode == 1, args
        one_line = result.stderr.startswith("civicdesk: error: ") and result.stderr.count("\n") == 1
        assert one_line, result.stderr
        assert "passphrase" in result.stderr and "Traceback" not in result.stderr
    assert "is wrong" in civicdesk("--db", db, "--db-passphrase-file", wrong, "stats", env=env).stderr
    assert hashlib.sha256(Path(db).read_bytes()).hexdigest() == untouched
    copy = tmp_path / "b.sqlite3"
    backed = civicdesk("--db", db, "--db-passphrase-file", passfile, "backup", "--out", str(copy))
    assert backed.returncode == 0 and not copy.read_bytes().startswith(b"SQLite format 3")
