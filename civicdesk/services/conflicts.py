"""The "Needs review" list: values that lost to a concurrent change in another group.

The merge already picked a winner so every site agrees; here a person sees both values side by
side, with who changed each and when, and keeps one. Keeping the other value is a new edit
(through RecordWriter) that travels to the other groups like any edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from civicdesk.db.database import Database, utc_now_iso
from civicdesk.db.models import MODEL_BY_TYPE, Conflict, Peer, Site
from civicdesk.errors import CivicDeskError, NotFoundError
from civicdesk.services.store import RecordWriter
from civicdesk.sync.clock import Stamp, wall_clock_ms

KEPT_CURRENT = "kept current"
KEPT_OTHER = "kept other"


@dataclass(frozen=True)
class ReviewItem:
    id: int
    record_type: str
    record_id: str
    title: str
    field: str
    current_value: Any
    current_by: str
    current_when: str
    other_value: Any
    other_by: str
    other_when: str
    detected_at: str


def _when(stamp: str) -> str:
    try:
        wall = Stamp.decode(stamp).wall_ms
    except ValueError:
        return ""
    return datetime.fromtimestamp(wall / 1000, UTC).isoformat(timespec="minutes").replace("+00:00", "Z")


def _who(stamp: str, names: dict[str, str]) -> str:
    try:
        site = Stamp.decode(stamp).site
    except ValueError:
        return ""
    return names.get(site, f"another group ({site[:8]})")


def _site_names(session: Session) -> dict[str, str]:
    names = {p.site_id: p.name for p in session.scalars(select(Peer))}
    site = session.scalars(select(Site)).one()
    names[site.site_id] = f"{site.group_name} (this laptop)" if site.group_name else "this laptop"
    return names


class ConflictService:
    def __init__(self, db: Database, author: str = "", now: Callable[[], int] = wall_clock_ms) -> None:
        self.db = db
        self.author = author
        self.now = now

    def count_open(self) -> int:
        with self.db.read() as session:
            query = select(func.count()).select_from(Conflict).where(Conflict.resolved_at.is_(None))
            return session.scalar(query) or 0

    def open_items(self) -> list[ReviewItem]:
        """Open conflicts, oldest first, with the record's title and who wrote each value."""
        with self.db.read() as session:
            names = _site_names(session)
            items = []
            rows = session.scalars(
                select(Conflict).where(Conflict.resolved_at.is_(None)).order_by(Conflict.id)
            )
            for c in rows:
                model = MODEL_BY_TYPE.get(c.record_type)
                record = session.get(model, c.record_id) if model else None
                title = str(getattr(record, "name", "") or c.record_id)
                items.append(
                    ReviewItem(
                        c.id,
                        c.record_type,
                        c.record_id,
                        title,
                        c.field,
                        c.kept_value,
                        _who(c.kept_clock, names),
                        _when(c.kept_clock),
                        c.other_value,
                        c.other_site or _who(c.other_clock, names),
                        _when(c.other_clock),
                        c.detected_at,
                    )
                )
            return items

    def _open(self, session: Session, conflict_id: int) -> Conflict:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFoundError(f"there is no open review item {conflict_id}")
        return conflict

    def keep_current(self, conflict_id: int) -> None:
        """The value the merge chose stays; the item leaves the list."""
        with self.db.write() as session:
            conflict = self._open(session, conflict_id)
            conflict.resolved_at = utc_now_iso()
            conflict.resolution = KEPT_CURRENT

    def keep_other(self, conflict_id: int) -> None:
        """Bring back the value that lost, as a new edit that wins everywhere from now on."""
        with self.db.write() as session:
            conflict = self._open(session, conflict_id)
            model = MODEL_BY_TYPE[conflict.record_type]
            record = session.get(model, conflict.record_id)
            if record is None:
                raise NotFoundError(f"the record {conflict.record_id} is no longer here")
            if getattr(record, "erased", False):
                raise CivicDeskError("this person was erased; their details cannot be brought back")
            members = model.FIELD_GROUPS.get(conflict.field)
            if members:
                values = {m: (conflict.other_value or {}).get(m) for m in members}
            else:
                values = {conflict.field: conflict.other_value}
            known = {c.name for c in model.__table__.columns}  # type: ignore[attr-defined]
            values = {k: v for k, v in values.items() if k in known}
            RecordWriter(session, self.author, self.now).update(record, values)
            conflict.resolved_at = utc_now_iso()
            conflict.resolution = KEPT_OTHER
