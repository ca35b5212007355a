"""Create and migrate database files all or nothing, and recognise files an interrupted start left.

Python's sqlite3 module opens a transaction only before INSERT, UPDATE and DELETE, so a plain
`engine.begin()` committed every CREATE TABLE on its own: an older CivicDesk killed while making
its first database could leave a file with a few tables and no schema version. Here the whole
upgrade runs inside one explicit BEGIN ... COMMIT (SQLite's DDL is transactional), so a kill at
any moment leaves the file as it was before (missing or empty, or at its old revision) or fully
migrated. A half-made file from an older version is rebuilt when it holds nothing, and refused
with one line saying what to do when it holds records.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from civicdesk.db import connection
from civicdesk.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("civicdesk")

# Tables CivicDesk itself makes besides its models' (the search index and its FTS5 shadows).
_OWN_PREFIXES = ("search_fts", "search_key", "alembic_version")


@dataclass(frozen=True)
class HalfMade:
    """A file an interrupted creation left: our tables, no schema version."""

    tables: tuple[str, ...]
    rows: int  # records in those tables (0: nothing of the user's is in it)


def _model_tables() -> set[str]:
    from civicdesk.db.models import Base  # SQLAlchemy: only needed when a file looks unfinished

    return set(Base.metadata.tables)


def half_made(path: Path, passphrase: str | None = None) -> HalfMade | None:
    """The file's state if an interrupted start left it half-made, else None (read only)."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    errors = connection.driver_errors()
    try:
        conn = connection.connect(path, passphrase, read_only=True)
    except errors:
        return None  # stored_revision reports an unreadable file in its own words
    try:
        tables = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"))
        if not tables:
            return None
        version = None
        if "alembic_version" in tables:
            found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            version = found[0] if found else None
        if version is not None:
            return None
        ours = _model_tables()
        if not all(t in ours or t.startswith(_OWN_PREFIXES) for t in tables):
            return None  # someone else's file: stored_revision refuses it as not ours
        rows = sum(
            conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in tables
            if t in ours
        )
        return HalfMade(tuple(tables), rows)
    except errors:
        return None
    finally:
        conn.close()


def clear_half_made(path: Path, passphrase: str | None = None) -> str | None:
    """Remove a half-made file that holds nothing (so it is made again); refuse one with records.

    Returns the note to show the user when a file was removed.
    """
    path = Path(path)
    state = half_made(path, passphrase)
    if state is None:
        return None
    if state.rows:
        records = f"{state.rows:,} record" + ("" if state.rows == 1 else "s")
        raise DatabaseError(
            f"{path} was left unfinished by an interrupted start of CivicDesk (it has no schema "
            f"version) but holds {records}; move it aside and restore your latest backup with "
            "`civicdesk restore FILE` (or File ▸ Restore a backup…)"
        )
    for suffix in ("-journal", "-wal", "-shm", ""):
        Path(str(path) + suffix).unlink(missing_ok=True)
    note = (
        f"civicdesk: note: {path.name} had been left unfinished by an interrupted start "
        f"({len(state.tables)} empty tables, no schema version); it was made again from scratch"
    )
    log.warning(note)
    return note


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # The sqlite3 module must not decide when transactions begin (it never does before DDL).
    dbapi_connection.isolation_level = None


def _on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def migrate_atomically(path: Path, config: Config, passphrase: str | None = None) -> None:
    """Run every pending migration in one transaction: a kill leaves all of it or none."""
    from alembic import command
    from sqlalchemy import event

    engine = connection.make_engine(path, passphrase)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    finally:
        engine.dispose()
