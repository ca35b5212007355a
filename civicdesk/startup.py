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


def open_database(path: Path, passphrase: str | None = None, *, daily_backup: bool = False) -> Database:
    """Check, back up, migrate and open a database; creates it (and the site) when missing.

    `passphrase` opens an encrypted file (and makes a missing one encrypted); None for a plain one.
    """
    from civicdesk.core.site_record import ensure_site
    from civicdesk.db.database import Database  # SQLAlchemy: imported only when a database opens

    path = Path(path).expanduser()
    upgrade(path, passphrase)
    if daily_backup:
        backup.daily_backup(path, passphrase)
    db = Database(path, passphrase)
    ensure_site(db)
    # A new database starts with the starter catalogue; later versions fill in untouched fields.
    from civicdesk.services import catalogue

    catalogue.install(db)
    return db
