"""A passphrase change cut short while it keeps the previous state leaves no broken backup behind."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from civicdesk.db import backup
from civicdesk.services import demo
from civicdesk.services.encryption import change_passphrase, encrypt_database
from civicdesk.services.overview import stats
from civicdesk.startup import open_database

OLD, NEW = "correct horse battery", "staple battery horse"


def test_a_copy_cut_short_is_never_listed_as_a_backup(tmp_path: Path, monkeypatch):
    path = tmp_path / "village.sqlite3"
    db = open_database(path)
    demo.generate(db, "village", seed=3)
    counts = stats(db)
    db.dispose()
    encrypt_database(path, OLD)
    kept = backup.list_backups(path)
    real_copy = shutil.copyfile

    def power_cut(source, target, *args, **kwargs):
        # Half of the copy reaches the disk, then the process is gone.
        Path(target).write_bytes(Path(source).read_bytes()[: Path(source).stat().st_size // 2])
        raise SystemExit("power cut")

    monkeypatch.setattr(shutil, "copyfile", power_cut)
    with pytest.raises(SystemExit):
        change_passphrase(path, OLD, NEW)
    monkeypatch.setattr(shutil, "copyfile", real_copy)
    assert backup.list_backups(path) == kept  # nothing half-written is offered to restore
    db = open_database(path, OLD)
    try:
        assert stats(db) == counts  # the old passphrase still opens everything
    finally:
        db.dispose()
