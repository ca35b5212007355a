"""The real `civicdesk` command in a subprocess, as scripts and volunteers use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from civicdesk.startup import open_database


def civicdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "civicdesk", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def test_version():
    result = civicdesk("--version")
    assert result.returncode == 0 and result.stdout.startswith("civicdesk ")


@pytest.mark.slow
def test_the_same_seed_gives_the_same_borough(tmp_path: Path):
    outputs = []
    for name in ("one.sqlite3", "two.sqlite3"):
        db = str(tmp_path / name)
        assert civicdesk("--db", db, "demo", "--size", "borough", "--seed", "1").returncode == 0
        stats = json.loads(civicdesk("--db", db, "stats", "--json").stdout)
        found = json.loads(civicdesk("--db", db, "search", "community cen", "--json", "--limit", "50").stdout)
        outputs.append((stats, found["results"]))
    assert outputs[0] == outputs[1]
    stats = outputs[0][0]
    assert stats["spaces"] == 2000 and stats["groups"] == 1500 and stats["people"] == 10000
    assert stats["health_checks"] == 6000
    found = outputs[0][1]  # the borough has a few dozen community centres
    assert len(found) >= 40 and all("Community Centre" in hit["title"] for hit in found[:20])


def test_search_lodz_finds_lodz(tmp_path: Path):
    db = str(tmp_path / "v.sqlite3")
    civicdesk("--db", db, "demo")
    result = civicdesk("--db", db, "search", "lodz", "--json")
    assert result.returncode == 0
    titles = [r["title"] for r in json.loads(result.stdout)["results"]]
    assert any(t.startswith("Łódź") for t in titles)


def test_stats_json_has_the_documented_keys(tmp_path: Path):
    open_database(tmp_path / "new.sqlite3").dispose()  # as the app leaves it when started empty
    result = civicdesk("stats", "--json", "--db", str(tmp_path / "new.sqlite3"))
    counts = json.loads(result.stdout)
    for key in ("spaces", "groups", "people", "health_checks", "compliance_items", "links"):
        assert counts[key] == 0
    assert counts["tools"] >= 40  # a new database starts with the starter catalogue of tools


def test_the_environment_variable_chooses_the_database(tmp_path: Path):
    db = tmp_path / "env.sqlite3"
    civicdesk("demo", env={"CIVICDESK_DB": str(db)})
    assert db.exists()
    assert json.loads(civicdesk("stats", "--json", env={"CIVICDESK_DB": str(db)}).stdout)["spaces"] == 40


def test_bad_usage_exits_2():
    result = civicdesk("demo", "--size", "planet")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_a_user_error_is_one_line_without_a_traceback(tmp_path: Path):
    db = str(tmp_path / "v.sqlite3")
    civicdesk("--db", db, "demo")
    result = civicdesk("--db", db, "demo")  # not empty any more
    assert result.returncode == 1
    assert result.stderr.startswith("civicdesk: error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path):
    notes = tmp_path / "notes.sqlite3"
    notes.write_bytes(b"shopping list: milk, eggs\n" * 100)
    result = civicdesk("--db", str(notes), "stats")
    assert result.returncode == 1 and "not a CivicDesk database" in result.stderr
    assert notes.read_bytes() == b"shopping list: milk, eggs\n" * 100


def test_backup_restore_and_check(tmp_path: Path):
    db = str(tmp_path / "v.sqlite3")
    civicdesk("--db", db, "demo")
    out = tmp_path / "copy.sqlite3"
    assert civicdesk("--db", db, "backup", "--out", str(out)).returncode == 0 and out.exists()
    empty = str(tmp_path / "new computer" / "empty.sqlite3")  # restore starts a database, folder and all
    restored = civicdesk("--db", empty, "restore", str(out))
    assert restored.returncode == 0, restored.stderr
    assert json.loads(civicdesk("--db", empty, "stats", "--json").stdout)["spaces"] == 40
    check = civicdesk("--db", empty, "check")
    assert check.returncode == 0 and check.stdout.startswith("ok:")


def test_restoring_something_that_is_not_a_backup_changes_nothing(tmp_path: Path):
    db = tmp_path / "v.sqlite3"
    civicdesk("--db", str(db), "demo")
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("hello")
    result = civicdesk("--db", str(db), "restore", str(junk))
    assert result.returncode == 1 and "not a CivicDesk database" in result.stderr
    assert json.loads(civicdesk("--db", str(db), "stats", "--json").stdout)["spaces"] == 40


READING_COMMANDS = [
    ["stats"],
    ["search", "hall"],
    ["health"],
    ["export", "--format", "csv", "--out", "{tmp}/out.csv"],
    ["directory", "--out", "{tmp}/out.pdf"],
    ["privacy", "report"],
    ["privacy", "export", "Ann", "--out", "{tmp}/ann.json"],
    ["backup", "--out", "{tmp}/copy.sqlite3"],
    ["bundle", "export", "--out", "{tmp}/out.civicdesk", "--no-encrypt"],
    ["check"],
]


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_mistyped_database_path_is_an_error_and_creates_nothing(tmp_path: Path, command: list[str]):
    missing = tmp_path / "typo" / "none.sqlite3"
    result = civicdesk("--db", str(missing), *[part.format(tmp=tmp_path) for part in command])
    assert result.returncode == 1
    assert result.stderr == f"civicdesk: error: there is no database at {missing}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no folder, no database, no output


def test_commands_that_start_a_database_still_create_it(tmp_path: Path):
    spaces = tmp_path / "spaces.csv"
    spaces.write_text("name,category\nMill Hall,civic\n", encoding="utf-8")
    imported = tmp_path / "new folder" / "imported.sqlite3"
    result = civicdesk("--db", str(imported), "import", str(spaces), "--type", "space")
    assert result.returncode == 0, result.stderr
    assert json.loads(civicdesk("--db", str(imported), "stats", "--json").stdout)["spaces"] == 1
    demo = tmp_path / "other folder" / "demo.sqlite3"
    assert civicdesk("--db", str(demo), "demo").returncode == 0
    assert json.loads(civicdesk("--db", str(demo), "stats", "--json").stdout)["spaces"] == 40


def test_output_piped_into_a_reader_that_stops_early_is_not_reported_as_a_crash(tmp_path):
    db = tmp_path / "v.sqlite3"
    assert civicdesk("--db", str(db), "demo").returncode == 0
    # Like `civicdesk … | head -1`: the reader is gone before the command writes anything.
    process = subprocess.Popen(
        [sys.executable, "-m", "civicdesk", "--db", str(db), "health"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=120) == 1
    assert stderr == ""  # no "something unexpected went wrong (BrokenPipeError …)", no traceback
