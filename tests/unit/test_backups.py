"""Backups made before risky changes do not pile up, and a change that failed leaves none behind."""

from __future__ import annotations

from pathlib import Path

from civicdesk.cli import main
from civicdesk.db import backup, restore


def test_only_the_newest_copies_before_imports_are_kept(db, db_path: Path):
    made = [backup.backup_database(db_path, reason="before-import") for _ in range(backup.BEFORE_KEEP + 3)]
    manual = backup.backup_database(db_path)
    backup.prune(db_path, "before-import")
    kept = backup.list_backups(db_path)
    assert sorted(p for p in kept if p.name.endswith("before-import.sqlite3")) == made[-backup.BEFORE_KEEP:]
    assert manual in kept  # copies the user asked for are never pruned


def test_pruning_leaves_another_database_with_a_similar_name_alone(tmp_path: Path):
    from civicdesk.startup import open_database

    main_path, test_path = tmp_path / "civicdesk.sqlite3", tmp_path / "civicdesk-test.sqlite3"
    for path in (main_path, test_path):
        open_database(path).dispose()
    others = [backup.backup_database(test_path, reason="before-import") for _ in range(backup.BEFORE_KEEP)]
    ours = backup.backup_database(main_path, reason="before-import")
    backup.prune(main_path, "before-import")
    assert ours.exists() and all(p.exists() for p in others)


def test_restoring_from_the_oldest_copy_keeps_it(tmp_path: Path):
    """Undoing a restore means restoring from a "before-restore" copy, maybe the oldest one kept."""
    from civicdesk.services.spaces import SpaceService
    from civicdesk.startup import open_database

    path = tmp_path / "hall.sqlite3"
    db = open_database(path)
    SpaceService(db).create({"name": "Orchard Hall", "category": "civic"})
    db.dispose()
    oldest = None
    for _ in range(backup.BEFORE_KEEP):
        made = restore.restore_database(path, backup.backup_database(path))
        oldest = oldest or made
    assert oldest is not None and oldest.exists()
    restore.restore_database(path, oldest)
    assert oldest.exists()
    db = open_database(path)
    assert SpaceService(db).count() == 1 and SpaceService(db).find_by_name("Orchard Hall")
    db.dispose()


def test_a_failed_import_leaves_no_backup_behind(db, db_path: Path, tmp_path: Path, capsys):
    not_excel = tmp_path / "photo.xlsx"
    not_excel.write_bytes(b"\xff\xd8\xff\xe0 a JPEG, not a spreadsheet")
    assert main(["--db", str(db_path), "import", str(not_excel), "--type", "space"]) == 1
    broken = tmp_path / "spaces.csv"
    broken.write_text("name,category\nNew Hall,not-a-category\n", encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(broken), "--type", "space"]) == 1
    assert backup.list_backups(db_path) == []
    good = tmp_path / "good.csv"
    good.write_text("name,category\nNew Hall,civic\n", encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(good), "--type", "space"]) == 0
    assert [p.name.endswith("before-import.sqlite3") for p in backup.list_backups(db_path)] == [True]
    assert "error" in capsys.readouterr().err


def test_a_week_of_daily_copies_is_kept(db, db_path: Path):
    from civicdesk.paths import backup_dir_for

    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    older = [folder / f"{db_path.stem}-202601{day:02d}-080000-000000-daily.sqlite3" for day in range(1, 10)]
    for path in older:
        path.write_bytes(b"")
    made = backup.daily_backup(db_path)
    daily = [p for p in backup.list_backups(db_path) if p.name.endswith("-daily.sqlite3")]
    assert made in daily and len(daily) == backup.DAILY_KEEP
    assert backup.daily_backup(db_path) is None  # one a day
