"""The first rows of a list read with sqlite3 alone, so the window shows data before SQLAlchemy loads.

Start-up asks for these while the database is still being opened behind the window. The queries
are the list's own (`services.listing.page_sql`), so the rows are exactly the list's first page;
the connection is read-only (and keyed, for an encrypted file) and closed before returning,
before anything else of this process opens the file (see `db.connection.hold`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from civicdesk.db import connection
from civicdesk.services.listing import LISTINGS, page_sql

FIRST_ROWS = 100  # more than a tall screen shows; the list fetches the rest as it scrolls


def lists(kind: str) -> bool:
    """There is a list of this kind to read first rows of."""
    return kind in LISTINGS


def first_rows(
    path: Path, kind: str, sort: str = "name", descending: bool = False, limit: int = FIRST_ROWS,
    passphrase: str | None = None,
) -> list[tuple[Any, ...]]:
    """The first `limit` rows of the list, unfiltered, as (id, value of each column…)."""
    ids_sql, params, rows_sql = page_sql(kind, None, sort, descending)
    conn = connection.connect(Path(path), passphrase, read_only=True)
    try:
        ids = [r[0] for r in conn.execute(ids_sql, {**params, "limit": limit, "offset": 0})]
        if not ids:
            return []
        found = {
            row[0]: tuple(row)
            for row in conn.execute(rows_sql(len(ids)), {f"i{n}": value for n, value in enumerate(ids)})
        }
    finally:
        conn.close()
    return [found[i] for i in ids if i in found]
