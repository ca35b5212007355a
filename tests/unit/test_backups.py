"""Backups made before risky changes do not pile up, and a change that failed leaves none behind."""

from __future__ import annotations

from pathlib import Path

from civicdesk.cli import main
from civicdesk.db import backup


def test_only_the_newest_copies_before_imports_are_kept(db, db_path: Path):
    made = [backup.backup_database(db_path, reason="before-import") for _ in range(backup.BEFORE_KEEP + 3)]
    manual = backup.backup_database(db_path)
    kept = backup.list_backups(db_path)
    assert sorted(p for p in kept if p.name.endswith("before-import.sqlite3")) == made[-backup.BEFORE_KEEP:]
    assert manual in kept  # copies the user asked for are never pruned


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
