"""A new database is made all or nothing; a file an interrupted older start left is rebuilt or refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.operations import Operations

from civicdesk.db import migrate
from civicdesk.errors import DatabaseError
from civicdesk.services.overview import stats
from civicdesk.startup import open_database
from tests.e2e.test_cli import civicdesk

# Made by CivicDesk before this change: its first start stopped (as a kill -9 would) after the
# fifth CREATE TABLE, each of which the old code committed on its own.
HALF_MADE = Path(__file__).resolve().parent.parent / "fixtures" / "half-made-first-start.sqlite3"


def tables(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"))
    finally:
        conn.close()


def test_the_fixture_is_a_half_made_file_without_a_schema_version():
    conn = sqlite3.connect(HALF_MADE)
    try:
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (0,)
    finally:
        conn.close()
    assert "change_log" in tables(HALF_MADE) and "spaces" not in tables(HALF_MADE)


def test_a_creation_stopped_half_way_leaves_no_tables_behind(tmp_path, monkeypatch):
    made = {"n": 0}
    original = Operations.create_table

    def stop_after_five(self, *args, **kwargs):
        made["n"] += 1
        if made["n"] > 5:
            raise KeyboardInterrupt  # the process dies here
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Operations, "create_table", stop_after_five)
    path = tmp_path / "new.sqlite3"
    with pytest.raises(KeyboardInterrupt):
        migrate.upgrade(path)
    assert made["n"] == 6 and tables(path) == []
    monkeypatch.undo()
    db = open_database(path)  # the next start makes it whole
    try:
        assert migrate.stored_revision(path) == migrate.head_revision() and stats(db)["tools"] > 0
    finally:
        db.dispose()


def test_an_empty_half_made_file_is_rebuilt_with_a_note(tmp_path, caplog):
    path = tmp_path / "civicdesk.sqlite3"
    shutil.copyfile(HALF_MADE, path)
    db = open_database(path)
    try:
        assert migrate.stored_revision(path) == migrate.head_revision()
        assert stats(db)["spaces"] == 0
    finally:
        db.dispose()
    assert "left unfinished by an interrupted start" in caplog.text and "made again" in caplog.text


def test_a_half_made_file_holding_records_is_refused_in_one_line_and_left_alone(tmp_path):
    path = tmp_path / "civicdesk.sqlite3"
    shutil.copyfile(HALF_MADE, path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO change_log (record_type, record_id, action, field, clock, author, at) "
        "VALUES ('space', 'x', 'create', '', '', 'us', '2026-01-01')"
    )
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    text = str(caught.value)
    assert "holds 1 record;" in text and "civicdesk restore" in text and "\n" not in text
    assert path.read_bytes() == before


@pytest.mark.slow
@pytest.mark.parametrize("command", [("demo",), ("stats",)])
def test_commands_on_a_half_made_file_never_say_something_unexpected(tmp_path, command):
    path = tmp_path / "civicdesk.sqlite3"
    shutil.copyfile(HALF_MADE, path)
    result = civicdesk("--db", str(path), *command)
    assert result.returncode == 0, result.stderr
    assert "made again from scratch" in result.stderr and "unexpected" not in result.stderr
