"""Connecting to database files: DB-API connections and engines, plain or SQLCipher-encrypted.

Every caller says the passphrase it has (None for a plain file); nothing here remembers one. What
this module does keep for the process is the form of each file it holds open (`hold`), because
reading a held file's header again would release SQLite's locks on it, and the stretched key of
each (passphrase, salt) pair (`stretched_key`), because SQLCipher would otherwise spend a third of
a second stretching the passphrase on every connection. An encrypted file starts with its
16-byte salt instead of "SQLite format 3".
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import orjson as _orjson

from civicdesk.errors import CivicDeskError

if TYPE_CHECKING:
    from sqlalchemy import Engine

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
# SQLCipher 4 defaults: PBKDF2-HMAC-SHA512, 256,000 iterations, a 16-byte salt at the file's start.
KDF_ITERATIONS = 256_000


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


def require_sqlcipher() -> ModuleType:
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


# -- the files this process holds open ------------------------------------------------------
@dataclass
class _Held:
    holders: int
    encrypted: bool
    salt: bytes | None  # an encrypted file's first 16 bytes, once known


_lock = threading.Lock()
# Database files this process has open through SQLite. Their header is never read again while
# held, because closing any file descriptor of a file drops all of this process's POSIX locks on
# it — SQLite's included. Another process (a `civicdesk` command run beside the app) would then
# think itself the file's only user and fold the write-ahead log into the file and delete it, and
# the app's later writes would go to a log nobody reads.
_held: dict[str, _Held] = {}


def _key_of(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def _read_head(path: Path) -> bytes:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(SQLITE_HEADER))
    except OSError:
        return b""


def is_encrypted(path: Path) -> bool:
    """True for a non-empty file that does not start with SQLite's plain-text header."""
    held = _held.get(_key_of(path))
    if held is not None:
        return held.encrypted
    head = _read_head(path)
    return bool(head) and head != SQLITE_HEADER


def is_held(path: Path) -> bool:
    """This process has the file open through SQLite (between `hold` and `release`)."""
    return _key_of(path) in _held


def hold(path: Path, passphrase: str | None) -> None:
    """Note that this process opens the file through SQLite (before it does): see `_held`.

    A file that is missing or empty will be created encrypted exactly when a passphrase is given.
    """
    key = _key_of(path)
    with _lock:
        if key in _held:
            _held[key].holders += 1
            return
    head = _read_head(path)
    encrypted = head != SQLITE_HEADER if head else bool(passphrase)
    salt = head[:SALT_BYTES] if head and encrypted else None
    with _lock:
        found = _held.setdefault(key, _Held(0, encrypted, salt))
        found.holders += 1


def release(path: Path) -> None:
    """The process closed its SQLite connections to the file (after `hold`)."""
    key = _key_of(path)
    with _lock:
        held = _held.get(key)
        if held is not None:
            held.holders -= 1
            if held.holders <= 0:
                del _held[key]


def changed_form(path: Path) -> None:
    """The file was replaced (encrypted, decrypted, rekeyed, restored) under a holder, who must
    reopen it; its form is read again now, while no SQLite connection of ours is open on it."""
    held = _held.get(_key_of(path))
    if held is not None:
        head = _read_head(path)
        held.encrypted = bool(head) and head != SQLITE_HEADER
        held.salt = head[:SALT_BYTES] if held.encrypted else None


# -- keys ------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=16)
def stretched_key(passphrase: str, salt: bytes) -> str:
    """The raw SQLCipher key (hex of key and salt) for a passphrase and a file's salt."""
    raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)
    return raw.hex() + salt.hex()


def quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _salt_of(path: Path) -> bytes | None:
    held = _held.get(_key_of(path))
    if held is not None:
        return held.salt
    head = _read_head(path)
    return head[:SALT_BYTES] if len(head) >= SALT_BYTES and head != SQLITE_HEADER else None


def apply_key(conn: Any, path: Path, passphrase: str) -> None:
    """Key the connection: the stretched key when the file's salt is known, else the passphrase."""
    salt = _salt_of(path)
    if salt is not None:
        conn.execute(f"PRAGMA key = \"x'{stretched_key(passphrase, salt)}'\"")
    else:
        conn.execute(f"PRAGMA key = {quote(passphrase)}")


def _note_salt(conn: Any, path: Path) -> None:
    held = _held.get(_key_of(path))
    if held is not None and held.encrypted and held.salt is None:
        held.salt = bytes.fromhex(conn.execute("PRAGMA cipher_salt").fetchone()[0])


def connect(path: Path, passphrase: str | None = None, *, read_only: bool = False, **kwargs: Any) -> Any:
    """A DB-API connection to a plain or an encrypted file, keyed with `passphrase` and checked.

    A missing or empty file is created encrypted when a passphrase is given, plain otherwise.
    Raises PassphraseNeededError (no passphrase) / WrongPassphraseError for an encrypted file.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    if exists and not is_encrypted(path) or not exists and not passphrase:
        return sqlite3.connect(target, uri=read_only, **kwargs)
    module = require_sqlcipher()
    if not passphrase:
        raise PassphraseNeededError(
            f"{path} is not a CivicDesk database, or it is encrypted and its passphrase is needed to open it"
        )
    conn = module.connect(target, uri=read_only, **kwargs)
    try:
        apply_key(conn, path, passphrase)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if exists:
            _note_salt(conn, path)
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


def make_engine(path: Path, passphrase: str | None = None) -> Engine:
    """A SQLAlchemy engine on the file; encrypted files go through the sqlcipher3 driver.

    The driver module is handed to the pysqlite dialect so its errors are wrapped as SQLAlchemy's
    own (IntegrityError and friends), exactly as for a plain file.
    """
    from sqlalchemy import create_engine  # imported here: the window's frame paints before SQLAlchemy loads

    path = Path(path)
    empty = not (path.exists() and path.stat().st_size)
    encrypted = is_encrypted(path) or (empty and bool(passphrase))
    if not encrypted:
        return create_engine(f"sqlite:///{path}", future=True, json_deserializer=read_json)
    module = require_sqlcipher()
    return create_engine(
        f"sqlite:///{path}",
        module=module,
        creator=lambda: connect(path, passphrase, check_same_thread=False),
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
