"""Changing a database file's encryption: verified copies under a new key, checkpoints, swaps.

The passphrases are always handed in by the caller (see civicdesk.db.connection); the copy is
made with SQLCipher's own `sqlcipher_export`, the documented way to change a file's encryption.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from civicdesk import portable
from civicdesk.db.connection import (
    WrongPassphraseError,
    apply_key,
    changed_form,
    connect,
    quote,
    require_sqlcipher,
)
from civicdesk.errors import DatabaseError


def _table_counts(conn: Any, schema: str = "main") -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type='table' ORDER BY name")
    ]
    return {name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0] for name in names}


def export_copy(source: Path, dest: Path, source_passphrase: str | None, dest_passphrase: str | None) -> None:
    """Write every table of `source` into a new file `dest`, encrypted with `dest_passphrase` or plain.

    Checks that every table arrived whole; raises DatabaseError (and removes `dest`) if not.
    """
    module = require_sqlcipher()
    dest.unlink(missing_ok=True)
    conn = module.connect(str(source), isolation_level=None)
    try:
        if source_passphrase:
            apply_key(conn, source, source_passphrase)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except module.DatabaseError as exc:
            raise WrongPassphraseError(
                f"the passphrase for {source} is wrong (or the file is not a CivicDesk database); "
                "nothing was changed"
            ) from exc
        expected = _table_counts(conn)
        conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(dest), dest_passphrase or ""))
        try:
            conn.execute("SELECT sqlcipher_export('converted')").fetchall()
            version = conn.execute("PRAGMA main.user_version").fetchone()[0]
            conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        finally:
            conn.execute("DETACH DATABASE converted")
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    finally:
        conn.close()
    _fsync(dest)
    # Checked on a fresh connection: sqlcipher_export writes the search index's virtual table
    # straight into the schema, which the exporting connection does not see until it reloads.
    check = module.connect(str(dest), isolation_level=None)
    try:
        if dest_passphrase:
            check.execute(f"PRAGMA key = {quote(dest_passphrase)}")
        if _table_counts(check) != expected or check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise DatabaseError(f"the converted copy of {source} was incomplete; nothing was changed")
    except BaseException:
        check.close()
        dest.unlink(missing_ok=True)
        raise
    check.close()


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def checkpoint(path: Path, passphrase: str | None) -> None:
    """Fold the write-ahead log into the file so the file alone holds everything."""
    conn = connect(path, passphrase)
    try:
        conn.execute("PRAGMA busy_timeout=10000")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            raise DatabaseError(
                f"{path} is in use by another CivicDesk window or command; close it and try again"
            )
    finally:
        conn.close()


def replace_file(path: Path, converted: Path) -> None:
    """Atomically put the converted copy in place; the old file's WAL files go with it."""
    portable.replace_file(converted, path)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    changed_form(path)
