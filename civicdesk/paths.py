"""Where things live: the user's database and backups, and files shipped with the app.

One helper finds shipped files (fonts, demo data, schemas) whether CivicDesk runs from the source
tree, an installed wheel or a PyInstaller build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

from civicdesk import APP_NAME

DB_FILENAME = "civicdesk.sqlite3"
DB_ENV = "CIVICDESK_DB"


def default_db_path() -> Path:
    """The database used when neither --db nor CIVICDESK_DB says otherwise."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False)) / DB_FILENAME


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the database in a folder of their own."""
    return db_path.parent / "backups"


def log_dir() -> Path:
    return Path(user_log_dir(APP_NAME, appauthor=False))


def resource_path(*parts: str) -> Path:
    """A file shipped in `resources/`, found from source, wheel or frozen app."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "civicdesk" / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "resources")  # installed wheel (mapped package data)
    candidates.append(package_dir.parent / "resources")  # source tree
    for root in candidates:
        if root.is_dir():
            return root.joinpath(*parts)
    return candidates[-1].joinpath(*parts)
