"""Opening a database the way start-up does: migrate, back up, open, ensure the site, install the catalogue.

Used by the app, the commands and the tests, so every way in leaves the file in the same state.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from civicdesk.db import backup
from civicdesk.db.migrate import upgrade

if TYPE_CHECKING:
    from civicdesk.db.database import Database


def open_database(path: Path, *, daily_backup: bool = False) -> Database:
    """Check, back up, migrate and open a database; creates it (and the site) when missing."""
    from civicdesk.core.site_record import ensure_site
    from civicdesk.db.database import Database  # SQLAlchemy: imported only when a database opens

    path = Path(path).expanduser()
    upgrade(path)
    if daily_backup:
        backup.daily_backup(path)
    db = Database(path)
    ensure_site(db)
    # A new database starts with the starter catalogue; later versions fill in untouched fields.
    from civicdesk.services import catalogue

    catalogue.install(db)
    return db
