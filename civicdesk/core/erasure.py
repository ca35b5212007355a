"""Erasure's foundations: purging a person's history and scrubbing the search index's storage.

Used by the erasure of a person (civicdesk.services.erasure) and when an erasure arrives in a
bundle (civicdesk.sync.apply); the blanked values themselves are civicdesk.core.consent's.
"""

from __future__ import annotations

import json
from typing import Any
from typing import cast as type_cast

from sqlalchemy import CursorResult, Text, cast, delete, or_
from sqlalchemy.orm import Session

from civicdesk.db.models import ChangeLog, Conflict


def purge_history(session: Session, person_id: str, name: str, role_ids: list[str] | None = None) -> int:
    """Remove every history line and "Needs review" value that could still show the person's details.

    Also used when an erasure arrives in a bundle. Lines of other records (a loan, a tool) go
    only where their values carry the person's name.
    """
    ids = [person_id, *(role_ids or [])]
    deleted = type_cast(
        CursorResult[Any], session.execute(delete(ChangeLog).where(ChangeLog.record_id.in_(ids)))
    )  # a DELETE's result is a cursor result, which has the row count
    purged = deleted.rowcount or 0
    session.execute(delete(Conflict).where(Conflict.record_id == person_id))
    if name:
        quoted = json.dumps(name, ensure_ascii=False)
        # JSON columns hold text: a name inside old or new values shows as its quoted string.
        like = f"%{quoted}%"
        deleted = type_cast(CursorResult[Any], session.execute(
            delete(ChangeLog).where(
                ChangeLog.record_type.in_(("loan", "tool")),
                or_(cast(ChangeLog.old_value, Text).like(like), cast(ChangeLog.new_value, Text).like(like)),
            )
        ))  # a DELETE's result is a cursor result, which has the row count
        purged += deleted.rowcount or 0
    return int(purged)


def scrub_search_index(session: Session) -> None:
    """Rebuild the search index's storage so words of erased records are gone from the file too.

    A full-text index only marks deletions until its segments merge; with `secure_delete` on,
    an "optimize" merge leaves no trace (about half a second on the borough example).
    """
    session.connection().exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
