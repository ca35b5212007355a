"""Restoring a database from one of its backups (the current state is backed up first).

A backup made before the database was encrypted (or decrypted) is converted on the way in.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from civicdesk.db import backup, connection, encryption, migrate
from civicdesk.db.ids import new_id
from civicdesk.errors import DatabaseError
from civicdesk.portable import replace_file


def restore_database(
    db_path: Path, source: Path, passphrase: str | None = None, source_passphrase: str | None = None
) -> Path | None:
    """Replace the database with a backup; the current state is backed up first.

    `passphrase` is the database's (None when it is plain or new), `source_passphrase` the
    backup's when it differs (by default the database's: its own backups share it). The restored
    copy is given a new site id so that stamps issued before the backup are never issued twice
    under the same site.
    """
    if source_passphrase is None:
        source_passphrase = passphrase
    if not source.exists():
        raise DatabaseError(f"there is no backup at {source}")
    revision = migrate.stored_revision(source, source_passphrase)  # refuses files not ours
    if revision is None:
        raise DatabaseError(f"{source} is empty, not a CivicDesk backup")
    if revision not in migrate.known_revisions():
        raise DatabaseError(f"{source} comes from a newer version of CivicDesk; it cannot be restored here")
    saved = (backup.backup_database(db_path, reason="before-restore", passphrase=passphrase)
             if db_path.exists() else None)
    db_path.parent.mkdir(parents=True, exist_ok=True)  # restoring onto a new computer
    staging = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(source, staging)
    try:
        _match_encryption(staging, db_path, passphrase, source_passphrase)
        conn = connection.connect(staging, passphrase)
        try:
            conn.execute("UPDATE site SET site_id = ?", (new_id(),))
            conn.commit()
        finally:
            conn.close()
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        backup.copy_file(staging, db_path, passphrase)
    finally:
        staging.unlink(missing_ok=True)
    migrate.upgrade(db_path, passphrase)
    backup.prune(db_path, "before-restore", spare=source)
    return saved


def _match_encryption(
    staging: Path, db_path: Path, passphrase: str | None, source_passphrase: str | None
) -> None:
    """Make the staged backup encrypted (or plain) like the database it will replace.

    The page copy into the live file needs both sides alike; a backup from before the database
    was encrypted (or decrypted) is converted on the way in.
    """
    db_passphrase = passphrase if connection.is_encrypted(db_path) else None
    if connection.is_encrypted(staging) == bool(db_passphrase):
        return
    if connection.is_encrypted(staging) and not source_passphrase:
        raise DatabaseError(f"{staging.name} is encrypted with a passphrase this database does not use")
    converted = staging.with_name(staging.name + ".converting")
    encryption.export_copy(staging, converted,
                           source_passphrase if connection.is_encrypted(staging) else None, db_passphrase)
    replace_file(converted, staging)
