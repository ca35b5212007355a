"""Backups with SQLite's online backup API: on demand, daily, and before risky changes.

A backup of an encrypted database is encrypted with the same passphrase, which the caller hands in.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

from civicdesk.db import connection
from civicdesk.errors import CivicDeskError, DatabaseError
from civicdesk.paths import backup_dir_for
from civicdesk.portable import partial_path, replace_file

DAILY_KEEP = 7
# Copies made before risky changes (imports, restores, upgrades): the newest few of each kind.
BEFORE_KEEP = 10


def copy_file(src_path: Path, dest_path: Path, passphrase: str | None = None) -> None:
    """Copy page by page; the copy is encrypted exactly when the source is (same passphrase)."""
    if not connection.is_encrypted(src_path):
        passphrase = None
    src = connection.connect(src_path, passphrase)
    try:
        dest = connection.connect(dest_path, passphrase) if passphrase else sqlite3.connect(str(dest_path))
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()


def backup_database(
    db_path: Path, out: Path | None = None, reason: str = "manual", passphrase: str | None = None
) -> Path:
    """Write a consistent copy of the database (encrypted with its `passphrase`); returns where it went."""
    if not db_path.exists():
        raise DatabaseError(f"there is no database at {db_path} to back up")
    if out is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        out = backup_dir_for(db_path) / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_path(out)
    try:
        copy_file(db_path, partial, passphrase)
        replace_file(partial, out)
    except CivicDeskError:
        partial.unlink(missing_ok=True)
        raise
    except connection.driver_errors() as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"could not write the backup to {out}: {exc}") from exc
    return out


def _copies(db_path: Path, reason: str) -> list[Path]:
    """This database's backups made for `reason`, oldest first. Only its own: another database
    whose name starts the same ("civicdesk-test") shares the folder."""
    folder = backup_dir_for(db_path)
    ours = re.compile(rf"{re.escape(db_path.stem)}-\d{{8}}-\d{{6}}-\d{{6}}-{re.escape(reason)}\.sqlite3")
    return sorted(p for p in folder.glob(f"{db_path.stem}-*.sqlite3") if ours.fullmatch(p.name))


def prune(db_path: Path, reason: str, spare: Path | None = None, keep: int = BEFORE_KEEP) -> None:
    """Keep the newest `keep` backups made for `reason` (called once the change succeeded, so a
    failed one never costs an older copy); `spare` (a backup just restored from) stays."""
    same = _copies(db_path, reason)
    for old in same[: max(0, len(same) - keep)]:
        if spare is None or old.resolve() != Path(spare).resolve():
            old.unlink(missing_ok=True)


def discard(backup: Path | None) -> None:
    """Remove a backup made before a change that did not happen (the database is as it was)."""
    if backup is not None:
        backup.unlink(missing_ok=True)


def daily_backup(db_path: Path, passphrase: str | None = None) -> Path | None:
    """Keep one backup per day for the last week; does nothing if today's exists."""
    today = datetime.now().strftime("%Y%m%d")
    if any(f"-{today}-" in p.name for p in _copies(db_path, "daily")):
        return None
    made = backup_database(db_path, reason="daily", passphrase=passphrase)
    prune(db_path, "daily", keep=DAILY_KEEP)
    return made


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_dir_for(db_path)
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite3"), reverse=True) if folder.exists() else []
