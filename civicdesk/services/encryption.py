"""Encrypt or decrypt a database file in place without losing anything, backups included.

Each conversion writes a new file next to the database, checks that every table arrived whole,
keeps the previous state in the backups folder and only then swaps the new file in atomically.
No backup is ever left in plain text after the database was encrypted: plain backups are
converted too (and encrypted ones decrypted when encryption is removed), except the copy of the
previous state kept by a decryption, which stays encrypted as the original was.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from civicdesk.db import backup, connection, encryption
from civicdesk.errors import CivicDeskError, DatabaseError
from civicdesk.paths import backup_dir_for
from civicdesk.portable import partial_path, replace_file

MIN_PASSPHRASE = 8


@dataclass
class Conversion:
    """What a conversion did, for the CLI's output and the app's status line."""

    path: Path
    encrypted: bool
    previous_state: Path
    backups_converted: int = 0
    backups_left: list[Path] = field(default_factory=list)
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "database": str(self.path),
            "encrypted": self.encrypted,
            "previous_state": str(self.previous_state),
            "backups_converted": self.backups_converted,
            "backups_left": [str(p) for p in self.backups_left],
            "seconds": round(self.seconds, 2),
        }


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Refuse passphrases too short to protect anything, and mistyped repeats."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise CivicDeskError(f"choose a passphrase of at least {MIN_PASSPHRASE} characters")
    if repeated is not None and repeated != passphrase:
        raise CivicDeskError("the two passphrases are not the same")


def encrypt_database(path: Path, passphrase: str) -> Conversion:
    """Encrypt the (closed) database file with the passphrase; its plain backups as well."""
    check_new_passphrase(passphrase)
    if connection.is_encrypted(path):
        raise CivicDeskError(f"{path} is already encrypted")
    return _convert(Path(path), None, passphrase)


def decrypt_database(path: Path, passphrase: str) -> Conversion:
    """Store the (closed) database file in plain form again; its encrypted backups as well."""
    if not connection.is_encrypted(path):
        raise CivicDeskError(f"{path} is not encrypted")
    return _convert(Path(path), passphrase, None)


def change_passphrase(path: Path, old: str, new: str) -> Conversion:
    """Encrypt the (closed) database and its backups under a new passphrase instead of the old one."""
    check_new_passphrase(new)
    if not connection.is_encrypted(path):
        raise CivicDeskError(f"{path} is not encrypted, so it has no passphrase to change")
    if new == old:
        raise CivicDeskError("the new passphrase is the same as the current one")
    return _convert(Path(path), old, new)


def _state_name(path: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backup_dir_for(path) / f"{path.stem}-{stamp}-{reason}.sqlite3"


def _convert(path: Path, old: str | None, new: str | None) -> Conversion:
    started = time.perf_counter()
    if not path.exists() or path.stat().st_size == 0:
        raise DatabaseError(f"there is no database at {path}")
    if not connection.available():
        raise connection.EncryptionUnavailableError(
            "this copy of CivicDesk cannot encrypt databases (the sqlcipher3 component is not installed "
            "for this computer); your data stays unencrypted"
        )
    if old is not None:
        connection.check_passphrase(path, old)
    encryption.checkpoint(path, old)
    converted = path.with_name(path.name + ".converting")
    encryption.export_copy(path, converted, old, new)
    reason = ("before-encrypt" if old is None
              else "before-decrypt" if new is None else "before-new-passphrase")
    previous = _state_name(path, reason)
    previous.parent.mkdir(parents=True, exist_ok=True)
    # Encrypting (or a new passphrase): the verified copy under the new passphrase stands for the
    # previous state, so no plain copy, and none the old passphrase opens, is left behind.
    # Decrypting: the original encrypted file itself.
    # Written beside its name and renamed: a copy cut short (a power cut) must never be listed
    # as a backup to restore.
    partial = partial_path(previous)
    try:
        shutil.copyfile(converted if new else path, partial)
        replace_file(partial, previous)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        converted.unlink(missing_ok=True)
        raise DatabaseError(f"could not keep the previous state in {previous.parent}: {exc}; "
                            "nothing was changed") from exc
    encryption.replace_file(path, converted)
    result = Conversion(path, bool(new), previous)
    for old_backup in backup.list_backups(path):
        # Each backup still in the old form: plain ones when encrypting, encrypted ones otherwise.
        if old_backup == previous or connection.is_encrypted(old_backup) != (old is not None):
            continue
        try:
            staged = old_backup.with_name(old_backup.name + ".converting")
            encryption.export_copy(old_backup, staged, old, new)
            encryption.replace_file(old_backup, staged)
            result.backups_converted += 1
        except CivicDeskError:
            # A backup under another passphrase (or damaged) stays as it is; the caller says so.
            result.backups_left.append(old_backup)
    result.seconds = time.perf_counter() - started
    return result
