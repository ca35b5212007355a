"""Encryption at rest: open, create and convert SQLCipher-encrypted database files.

The passphrase of each database is kept in memory for this process, keyed by the file's path, so
that every part of CivicDesk that opens the file (engines, migrations, backups, restore) uses it
without having to be handed it. The passphrase is stretched once (PBKDF2, as SQLCipher does) and
the raw key reused, because SQLCipher would otherwise spend a third of a second on every
connection. An encrypted file starts with random bytes instead of "SQLite format 3".
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import orjson as _orjson

from civicdesk import portable
from civicdesk.errors import CivicDeskError, DatabaseError

if TYPE_CHECKING:
    from sqlalchemy import Engine

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher 4 defaults: PBKDF2-HMAC-SHA512, 256,000 iterations, a 16-byte salt at the file's start.
KDF_ITERATIONS = 256_000

_lock = threading.Lock()
_passphrases: dict[str, str] = {}
_raw_keys: dict[str, str] = {}


class EncryptionUnavailableError(CivicDeskError):
    """This installation has no SQLCipher (the sqlcipher3 package could not be imported)."""


class PassphraseNeededError(CivicDeskError):
    """The database is encrypted and nobody has said its passphrase yet."""


class WrongPassphraseError(CivicDeskError):
    """The passphrase does not open the database (or the file is not a CivicDesk database)."""


def sqlcipher_module() -> ModuleType | None:
    """The sqlcipher3 DB-API module, or None where it cannot be imported on this platform."""
    try:
        import sqlcipher3.dbapi2 as module
    except ImportError:
        return None
    found: ModuleType = module
    return found


def driver_errors() -> tuple[type[BaseException], ...]:
    """The errors either SQLite driver raises, for `except` clauses that must catch both."""
    module = sqlcipher_module()
    return (OSError, sqlite3.Error) + ((module.Error,) if module is not None else ())


def available() -> bool:
    return sqlcipher_module() is not None


def _require_sqlcipher() -> ModuleType:
    module = sqlcipher_module()
    if module is None:
        raise EncryptionUnavailableError(
            "this copy of CivicDesk cannot open or make encrypted databases "
            "(the sqlcipher3 component is not installed for this computer)"
        )
    # SQLCipher writes its own error lines to stderr (a wrong key is an "hmac check failed"); we
    # report errors ourselves, in one line.
    conn = module.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()
    return module


# Database files this process has open through SQLite: {path: [holders, encrypted]}. Their
# header is never read again while held, because closing any file descriptor of a file drops all
# of this process's POSIX locks on it — SQLite's included. Another process (a `civicdesk` command
# run beside the app) would then think itself the file's only user and fold the write-ahead log
# into the file and delete it, and the app's later writes would go to a log nobody reads.
_held: dict[str, list[Any]] = {}


def is_encrypted(path: Path) -> bool:
    """True for a non-empty file that does not start with SQLite's plain-text header."""
    held = _held.get(_key_of(path))
    if held is not None:
        return bool(held[1])
    return _reads_encrypted(Path(path))


def _reads_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER


def hold(path: Path) -> None:
    """Note that this process opens the file through SQLite (before it does): see `_held`.

    A file that is missing or empty will be created encrypted exactly when a passphrase is known.
    """
    key = _key_of(path)
    with _lock:
        if key in _held:
            _held[key][0] += 1
            return
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    encrypted = _reads_encrypted(path) if exists else bool(passphrase_for(path))
    with _lock:
        _held.setdefault(key, [0, encrypted])[0] += 1


def release(path: Path) -> None:
    """The process closed its SQLite connections to the file (after `hold`)."""
    key = _key_of(path)
    with _lock:
        held = _held.get(key)
        if held is not None:
            held[0] -= 1
            if held[0] <= 0:
                del _held[key]


# -- the passphrases of this process ----------------------------------------------------------
def _key_of(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def set_passphrase(path: Path, passphrase: str) -> None:
    """Remember the passphrase of the database at `path` (and of its backups) for this process."""
    with _lock:
        _passphrases[_key_of(path)] = passphrase
        _raw_keys.pop(_key_of(path), None)


def forget_passphrase(path: Path) -> None:
    with _lock:
        _passphrases.pop(_key_of(path), None)
        _raw_keys.pop(_key_of(path), None)


def passphrase_for(path: Path) -> str | None:
    """The passphrase said for this file; a backup (or a temporary copy) uses its database's."""
    key = _key_of(path)
    with _lock:
        if key in _passphrases:
            return _passphrases[key]
        resolved = Path(key)
        for known, passphrase in _passphrases.items():
            known_path = Path(known)
            in_backups = resolved.parent == known_path.parent / "backups" and resolved.name.startswith(
                known_path.stem
            )
            temporary = (resolved.parent == known_path.parent
                         and resolved.name.startswith(known_path.name + "."))
            if in_backups or temporary:
                return passphrase
    return None


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _apply_key(conn: Any, path: Path, passphrase: str) -> None:
    """Key the connection: the stretched raw key when we know it for this file, else the passphrase."""
    raw = _raw_keys.get(_key_of(path))
    if raw is not None and _passphrases.get(_key_of(path)) == passphrase:
        conn.execute(f"PRAGMA key = \"x'{raw}'\"")
    else:
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")


def _remember_raw_key(conn: Any, path: Path, passphrase: str) -> None:
    key = _key_of(path)
    if key in _raw_keys or _passphrases.get(key) != passphrase:
        return
    salt = bytes.fromhex(conn.execute("PRAGMA cipher_salt").fetchone()[0])
    raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)
    with _lock:
        _raw_keys[key] = raw.hex() + salt.hex()


def connect(path: Path, passphrase: str | None = None, *, read_only: bool = False, **kwargs: Any) -> Any:
    """A DB-API connection to a plain or an encrypted file, keyed and checked.

    A missing or empty file is created encrypted when a passphrase is known for it, plain
    otherwise. Raises PassphraseNeededError / WrongPassphraseError for an encrypted file.
    """
    path = Path(path)
    if passphrase is None:
        passphrase = passphrase_for(path)
    exists = path.exists() and path.stat().st_size > 0
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    if exists and not is_encrypted(path) or not exists and not passphrase:
        return sqlite3.connect(target, uri=read_only, **kwargs)
    module = _require_sqlcipher()
    if not passphrase:
        raise PassphraseNeededError(
            f"{path} is not a CivicDesk database, or it is encrypted and its passphrase is needed to open it"
        )
    conn = module.connect(target, uri=read_only, **kwargs)
    try:
        _apply_key(conn, path, passphrase)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if exists:
            _remember_raw_key(conn, path, passphrase)
    except module.DatabaseError as exc:
        conn.close()
        raise WrongPassphraseError(
            f"the passphrase for {path} is wrong (or the file is not a CivicDesk database); "
            "nothing was changed"
        ) from exc
    return conn


def check_passphrase(path: Path, passphrase: str) -> None:
    """Raise WrongPassphraseError unless the passphrase opens the (encrypted) file."""
    connect(path, passphrase, read_only=True).close()


def make_engine(path: Path) -> Engine:
    """A SQLAlchemy engine on the file; encrypted files go through the sqlcipher3 driver.

    The driver module is handed to the pysqlite dialect so its errors are wrapped as SQLAlchemy's
    own (IntegrityError and friends), exactly as for a plain file.
    """
    from sqlalchemy import create_engine  # imported here: the window's frame paints before SQLAlchemy loads

    path = Path(path)
    encrypted = is_encrypted(path) or (not (path.exists() and path.stat().st_size) and passphrase_for(path))
    if not encrypted:
        return create_engine(f"sqlite:///{path}", future=True, json_deserializer=read_json)
    module = _require_sqlcipher()
    return create_engine(
        f"sqlite:///{path}",
        module=module,
        creator=lambda: connect(path, check_same_thread=False),
        future=True,
        json_deserializer=read_json,
    )


def read_json(text: str) -> Any:
    """A stored JSON value, read with orjson (a tenth of the time of the json module: reading the
    directory's addresses, hours and schedules was half its database time); anything orjson
    refuses but the json module wrote (NaN, integers over 64 bits) falls back to the json module."""
    try:
        return _orjson.loads(text)
    except _orjson.JSONDecodeError:
        return json.loads(text)


# -- copies and conversions -------------------------------------------------------------------
def _table_counts(conn: Any, schema: str = "main") -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type='table' ORDER BY name")
    ]
    return {name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0] for name in names}


def export_copy(source: Path, dest: Path, source_passphrase: str | None, dest_passphrase: str | None) -> None:
    """Write every table of `source` into a new file `dest`, encrypted with `dest_passphrase` or plain.

    Uses sqlcipher_export (the documented way to change a file's encryption) and checks that
    every table arrived whole; raises DatabaseError (and removes `dest`) if not.
    """
    module = _require_sqlcipher()
    dest.unlink(missing_ok=True)
    conn = module.connect(str(source), isolation_level=None)
    try:
        if source_passphrase:
            _apply_key(conn, source, source_passphrase)
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
            check.execute(f"PRAGMA key = {_quote(dest_passphrase)}")
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
    held = _held.get(_key_of(path))
    if held is not None:  # the file changed form under a holder (who must reopen it)
        held[1] = _reads_encrypted(path)
