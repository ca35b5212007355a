"""Encryption at rest: conversions lose nothing, the file gives nothing away, backups follow suit."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from civicdesk.db import backup, connection, restore
from civicdesk.errors import CivicDeskError
from civicdesk.services import demo, keychain
from civicdesk.services.encryption import change_passphrase, decrypt_database, encrypt_database
from civicdesk.services.overview import stats
from civicdesk.services.search import SearchService
from civicdesk.startup import open_database

PASSPHRASE = "correct horse battery"


def snapshot(path: Path, passphrase: str | None = None) -> tuple[dict[str, int], list[str]]:
    db = open_database(path, passphrase)
    try:
        hits = SearchService(db).search("hall", limit=30)
        return stats(db), [h.record_id for h in hits]
    finally:
        db.dispose()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def village_file(tmp_path: Path) -> Path:
    path = tmp_path / "village.sqlite3"
    db = open_database(path)
    demo.generate(db, "village", seed=3)
    db.dispose()
    return path


def a_person_name(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name FROM people ORDER BY name LIMIT 1").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.slow
def test_encrypting_and_decrypting_keeps_every_record(village_file: Path):
    before = snapshot(village_file)
    name = a_person_name(village_file)
    assert name.encode() in village_file.read_bytes()

    result = encrypt_database(village_file, PASSPHRASE)
    raw = village_file.read_bytes()
    assert result.encrypted and not raw.startswith(b"SQLite format 3")
    assert name.encode() not in raw
    assert snapshot(village_file, PASSPHRASE) == before

    decrypt_database(village_file, PASSPHRASE)
    assert village_file.read_bytes().startswith(b"SQLite format 3")
    assert snapshot(village_file) == before


def test_a_wrong_passphrase_is_refused_and_changes_nothing(village_file: Path):
    encrypt_database(village_file, PASSPHRASE)
    untouched = digest(village_file)
    with pytest.raises(connection.WrongPassphraseError, match="passphrase .* is wrong"):
        connection.check_passphrase(village_file, "not the passphrase")
    with pytest.raises(connection.WrongPassphraseError):
        decrypt_database(village_file, "not the passphrase")
    with pytest.raises(connection.PassphraseNeededError):
        open_database(village_file)
    assert digest(village_file) == untouched
    assert not list(village_file.parent.glob("*.converting"))


@pytest.mark.slow
def test_a_new_passphrase_opens_the_database_and_its_backups_and_the_old_one_nothing(village_file: Path):
    before = snapshot(village_file)
    encrypt_database(village_file, PASSPHRASE)
    backup.backup_database(village_file, reason="manual", passphrase=PASSPHRASE)
    backups = backup.list_backups(village_file)  # the state before encrypting, and this one
    new = "battery staple horse"
    result = change_passphrase(village_file, PASSPHRASE, new)
    assert result.encrypted and result.backups_converted == len(backups) == 2 and not result.backups_left
    for copy in (village_file, *backups, result.previous_state):
        with pytest.raises(connection.WrongPassphraseError):
            connection.check_passphrase(copy, PASSPHRASE)
        connection.check_passphrase(copy, new)
    assert snapshot(village_file, new) == before


def test_a_new_passphrase_needs_the_right_current_one_and_changes_nothing_otherwise(village_file: Path):
    encrypt_database(village_file, PASSPHRASE)
    untouched = digest(village_file)
    with pytest.raises(connection.WrongPassphraseError):
        change_passphrase(village_file, "not the passphrase", "battery staple horse")
    with pytest.raises(CivicDeskError, match="at least 8"):
        change_passphrase(village_file, PASSPHRASE, "short")
    with pytest.raises(CivicDeskError, match="same as the current"):
        change_passphrase(village_file, PASSPHRASE, PASSPHRASE)
    assert digest(village_file) == untouched
    connection.check_passphrase(village_file, PASSPHRASE)


@pytest.mark.slow
def test_backups_of_an_encrypted_database_are_encrypted(village_file: Path):
    plain_backup = backup.backup_database(village_file, reason="manual")
    result = encrypt_database(village_file, PASSPHRASE)
    assert result.backups_converted == 1 and connection.is_encrypted(plain_backup)
    assert connection.is_encrypted(result.previous_state)

    db = open_database(village_file, PASSPHRASE, daily_backup=True)
    db.dispose()
    daily = next(p for p in backup.list_backups(village_file) if p.name.endswith("-daily.sqlite3"))
    name = a_person_name_encrypted(daily)
    for copy in (daily, backup.backup_database(village_file, reason="before-import", passphrase=PASSPHRASE)):
        raw = copy.read_bytes()
        assert not raw.startswith(b"SQLite format 3") and name.encode() not in raw
        conn = connection.connect(copy, PASSPHRASE)
        assert conn.execute("SELECT count(*) FROM spaces").fetchone()[0] == 40
        conn.close()


def a_person_name_encrypted(path: Path) -> str:
    conn = connection.connect(path, PASSPHRASE)
    try:
        return conn.execute("SELECT name FROM people ORDER BY name LIMIT 1").fetchone()[0]
    finally:
        conn.close()


def test_restoring_a_backup_keeps_the_database_encrypted(village_file: Path):
    encrypt_database(village_file, PASSPHRASE)
    saved = backup.backup_database(village_file, passphrase=PASSPHRASE)
    db = open_database(village_file, PASSPHRASE)
    with db.write() as session:
        session.connection().exec_driver_sql("UPDATE spaces SET name = 'Changed' WHERE rowid = 1")
    db.dispose()
    assert "Changed" in snapshot_names(village_file)
    restore.restore_database(village_file, saved, PASSPHRASE)
    assert connection.is_encrypted(village_file)
    assert "Changed" not in snapshot_names(village_file) and len(snapshot_names(village_file)) == 40


def snapshot_names(path: Path) -> list[str]:
    conn = connection.connect(path, PASSPHRASE)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM spaces")]
    finally:
        conn.close()


def test_a_new_database_with_a_passphrase_is_encrypted_from_the_start(tmp_path: Path):
    path = tmp_path / "new.sqlite3"
    db = open_database(path, PASSPHRASE)
    db.dispose()
    assert connection.is_encrypted(path)
    assert snapshot(path, PASSPHRASE)[0]["spaces"] == 0
    with pytest.raises(connection.PassphraseNeededError):
        open_database(path)


def test_short_passphrases_and_double_conversions_are_refused(village_file: Path):
    with pytest.raises(CivicDeskError, match="at least 8"):
        encrypt_database(village_file, "short")
    with pytest.raises(CivicDeskError, match="not encrypted"):
        decrypt_database(village_file, PASSPHRASE)
    encrypt_database(village_file, PASSPHRASE)
    with pytest.raises(CivicDeskError, match="already encrypted"):
        encrypt_database(village_file, PASSPHRASE)


def test_without_sqlcipher_the_app_runs_unencrypted_and_says_so(village_file: Path, monkeypatch):
    monkeypatch.setattr(connection, "sqlcipher_module", lambda: None)
    assert not connection.available()
    with pytest.raises(connection.EncryptionUnavailableError, match="sqlcipher3"):
        encrypt_database(village_file, PASSPHRASE)
    assert snapshot(village_file)[0]["spaces"] == 40


class MemoryKeyring:
    """A keyring backend that lives in memory (the test machine has none)."""

    priority = 1

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.store.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.store[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        del self.store[(service, user)]


def test_the_keyring_keeps_the_passphrase_where_there_is_one(tmp_path: Path, monkeypatch):
    import keyring

    path = tmp_path / "x.sqlite3"
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)  # a headless Linux: quietly nothing
    assert not keychain.available() and not keychain.save_passphrase(path, PASSPHRASE)
    assert keychain.saved_passphrase(path) is None

    memory = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: memory)
    monkeypatch.setattr(keyring, "get_password", memory.get_password)
    monkeypatch.setattr(keyring, "set_password", memory.set_password)
    monkeypatch.setattr(keyring, "delete_password", memory.delete_password)
    assert keychain.save_passphrase(path, PASSPHRASE)
    assert keychain.saved_passphrase(path) == PASSPHRASE
    keychain.forget_passphrase(path)
    assert keychain.saved_passphrase(path) is None
