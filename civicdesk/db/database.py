"""The SQLite database of one installation: engines, short sessions and the site row."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from civicdesk.db import connection
from civicdesk.db.models import Site
from civicdesk.errors import CivicDeskError


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


_BULK = "civicdesk_bulk"  # execution option: a write whose references are checked once, at the end


class BrokenReferenceError(CivicDeskError):
    """A bulk write left a record pointing at one that does not exist; nothing was written."""

    def __init__(self, table: str, record_id: str, parent: str) -> None:
        super().__init__(f"a {table} record ({record_id}) refers to a {parent} record that does not exist")
        self.table, self.record_id, self.parent = table, record_id, parent


def _make_engine(path: Path, passphrase: str | None, begin_statement: str) -> Engine:
    engine = connection.make_engine(path, passphrase)  # plain, or SQLCipher with the passphrase

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(_BULK):
            # Only outside a transaction does this pragma take effect; undone at check-in.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.info[_BULK] = True
        conn.exec_driver_sql(begin_statement)

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection: Any, record: Any) -> None:
        if record.info.pop(_BULK, False):
            dbapi_connection.execute("PRAGMA foreign_keys=ON")

    return engine


def _check_references(session: Session) -> None:
    raw = session.connection().connection.driver_connection
    assert raw is not None  # a session's connection is always open here
    problem = raw.execute("PRAGMA foreign_key_check").fetchone()
    if problem is not None:
        table, rowid, parent = problem[0], problem[1], problem[2]
        found = raw.execute(f"SELECT id FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        raise BrokenReferenceError(table, str(found[0] if found else rowid), parent)


class Database:
    """Opens one database file; hands out short sessions; knows this site's id.

    Reads use deferred transactions so they never block a writer; writes take the write lock
    up front (BEGIN IMMEDIATE) so two writers queue instead of failing half-way.
    """

    def __init__(self, path: Path, passphrase: str | None = None) -> None:
        self.path = Path(path)
        self.passphrase = passphrase  # an encrypted file's, said by the user; None for a plain file
        self._site_id: str | None = None
        self._open_engines()

    def _open_engines(self) -> None:
        connection.hold(self.path, self.passphrase)  # before any connection: see connection.hold
        self._held = True
        self.read_engine = _make_engine(self.path, self.passphrase, "BEGIN")
        self.write_engine = _make_engine(self.path, self.passphrase, "BEGIN IMMEDIATE")
        self._read = sessionmaker(self.read_engine, expire_on_commit=False)
        self._write = sessionmaker(self.write_engine, expire_on_commit=False)

    @property
    def encrypted(self) -> bool:
        return connection.is_encrypted(self.path)

    def reopen(self) -> None:
        """After the file was restored in place: new engines (the driver may differ)."""
        self.dispose()
        self._open_engines()

    def rekeyed(self, passphrase: str | None) -> None:
        """After the file was encrypted, decrypted or given a new passphrase in place: new engines
        with the right driver and key (`passphrase`: the file's new one, None once plain)."""
        self.dispose()
        self.passphrase = passphrase
        self._open_engines()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read()
        try:
            yield session
        finally:
            # close() ends the transaction without expiring what was loaded (rollback would).
            session.close()

    @contextmanager
    def write(self, bulk: bool = False) -> Iterator[Session]:
        """A write transaction, committed when the block ends, rolled back on any error.

        `bulk`, for tens of thousands of rows at once: foreign keys are not checked row by row
        but for the whole database once before the commit, which is refused with
        BrokenReferenceError (and everything rolled back) if any record points nowhere.
        """
        session = self._write()
        if bulk:
            session.connection(execution_options={_BULK: True})
        try:
            yield session
            if bulk:
                session.flush()
                _check_references(session)
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @property
    def site_id(self) -> str:
        """This installation's site id (the row civicdesk.core.site_record.ensure_site made)."""
        if self._site_id is None:
            with self.read() as session:
                site_id = session.scalars(select(Site.site_id)).first()
            if site_id is None:
                raise CivicDeskError(f"{self.path} has no site yet: open it with CivicDesk first")
            self._site_id = site_id
        return self._site_id

    def remember_site(self, site_id: str) -> None:
        """Note the site id once the site row exists (see civicdesk.core.site_record)."""
        self._site_id = site_id

    def forget_site(self) -> None:
        """After a restore the site row is a different one (new id): read it again."""
        self._site_id = None

    def dispose(self) -> None:
        self.read_engine.dispose()
        self.write_engine.dispose()
        if self._held:
            self._held = False
            connection.release(self.path)
