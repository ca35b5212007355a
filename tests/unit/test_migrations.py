"""Schema changes are safe: old files upgrade, newer files are refused untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from civicdesk import startup
from civicdesk.db import migrate
from civicdesk.db.migrate import include_object
from civicdesk.db.models import Base
from civicdesk.errors import NewerDatabaseError
from civicdesk.paths import backup_dir_for
from civicdesk.services.overview import stats
from civicdesk.services.search import SearchService
from tests.e2e.test_cli import civicdesk

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def released_schemas() -> list[Path]:
    return sorted(FIXTURES.glob("schema-*.sqlite3"))


def test_there_is_a_saved_database_for_the_first_schema():
    assert (FIXTURES / "schema-0001.sqlite3").exists()


@pytest.mark.parametrize("fixture", released_schemas(), ids=lambda p: p.stem)
def test_every_released_schema_upgrades_with_its_data_and_a_backup(fixture: Path, tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(fixture, path)
    old_revision = migrate.stored_revision(path)
    db = startup.open_database(path)
    try:
        assert migrate.stored_revision(path) == migrate.head_revision()
        counts = stats(db)
        assert counts["spaces"] == 40 and counts["people"] == 150
        assert SearchService(db).search("lodz")  # the search index survived the upgrade
    finally:
        db.dispose()
    if old_revision != migrate.head_revision():
        backups = list(backup_dir_for(path).glob(f"*before-upgrade-{old_revision}*"))
        assert len(backups) == 1
        assert migrate.stored_revision(backups[0]) == old_revision


def test_an_old_search_index_is_rewritten_to_ignore_apostrophes(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", path)
    db = startup.open_database(path)
    try:
        search = SearchService(db)
        assert [h.title for h in search.search("Fisher Womens Inst")] == ["Fisher Women's Institute Hall"]
        assert [h.title for h in search.search("St Max’s")] == ["St Max's Chapel"]
        assert [h.title for h in search.search("obrien gemma")] == ["Gemma O'Brien"]
        assert [h.title for h in search.search("brien gemma")] == ["Gemma O'Brien"]
    finally:
        db.dispose()


def test_the_models_and_the_newest_migration_agree(tmp_path: Path):
    path = tmp_path / "fresh.sqlite3"
    migrate.upgrade(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_a_database_from_a_newer_civicdesk_is_refused_and_left_untouched(tmp_path: Path):
    path = tmp_path / "future.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version of CivicDesk"):
        startup.open_database(path)
    result = civicdesk("--db", str(path), "stats")
    assert result.returncode == 1
    assert result.stderr.startswith("civicdesk: error:") and "newer version" in result.stderr
    assert result.stderr.count("\n") == 1
    assert path.read_bytes() == before
    assert not backup_dir_for(path).exists()


def test_the_quick_revision_reader_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {rev.revision for rev in script.walk_revisions()}


def test_a_new_database_uses_wal_and_foreign_keys(db):
    with db.read() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
