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

from civicdesk.core.clock import Stamp, wall_clock_ms
from civicdesk.core.consent import referenced_people
from civicdesk.core.record_writer import RecordWriter
from civicdesk.core.wording import describe
from civicdesk.db.database import Database, utc_now_iso
from civicdesk.db.models import MODEL_BY_TYPE, Conflict, Peer, Site
from civicdesk.errors import CivicDeskError, NotFoundError

KEPT_CURRENT = "kept current"
KEPT_OTHER = "kept other"


# A person who picks between two values needs plain words for the few fields whose stored name
# reads oddly; everything else is its name with spaces.
FIELD_LABELS = {
    "holder": "Held by",
    "borrower": "Lent to",
    "hire_cost": "Hire cost",
    "opening_hours": "Opening hours",
    "consent_directory": "Listed in the printed directory",
    "consent_bundles": "Shared with other groups",
    "consent_email": "May be contacted by email",
    "consent_phone": "May be contacted by phone",
}
OTHER_GROUP = "the other group"
UNNAMED_PEER = "Unnamed group"  # what the importer calls a sender with no group name


@dataclass(frozen=True)
class ReviewItem:
    """One open item; `*_text` and `*_by` are ready to show, `*_when` are UTC ISO times."""

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
    field_label: str = ""
    current_text: str = ""
    other_text: str = ""
    current_ours: bool = False
    other_ours: bool = False


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field) or field.replace("_", " ").capitalize()


def _when(stamp: str) -> str:
    try:
        wall = Stamp.decode(stamp).wall_ms
    except ValueError:
        return ""
    return datetime.fromtimestamp(wall / 1000, UTC).isoformat(timespec="minutes").replace("+00:00", "Z")


def _site_of(stamp: str) -> str:
    try:
        return Stamp.decode(stamp).site
    except ValueError:
        return ""


class _Names:
    """Who wrote a value, from its clock's site: "us (our group)" or the other group's name."""

    def __init__(self, session: Session) -> None:
        self.peers = {p.site_id: p.name for p in session.scalars(select(Peer)) if p.site_id}
        site = session.scalars(select(Site)).one()
        self.ours = site.site_id
        self.us = f"us ({site.group_name})" if site.group_name else "us"

    def of(self, stamp: str, recorded: str = "") -> str:
        site = _site_of(stamp)
        if site and site == self.ours:
            return self.us
        name = self.peers.get(site, "")
        if name and not name.startswith(UNNAMED_PEER):
            return name
        # Older items recorded the sender's name, or its site id when it had none.
        if recorded and recorded != site and not _looks_like_site(recorded):
            return recorded
        return OTHER_GROUP


def _looks_like_site(text: str) -> bool:
    return len(text) == 36 and text.count("-") == 4


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
        """Open conflicts, oldest first, with the record's title, both values in words and who
        wrote each (a holder who is a person is named only as their consent allows)."""
        with self.db.read() as session:
            names = _Names(session)
            conflicts = list(
                session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None)).order_by(Conflict.id))
            )
            parties = [v for c in conflicts for v in (c.kept_value, c.other_value) if isinstance(v, dict)]
            people = referenced_people(session, parties)
            items = []
            for c in conflicts:
                model = MODEL_BY_TYPE.get(c.record_type)
                record = session.get(model, c.record_id) if model else None
                title = str(getattr(record, "name", "") or "") or f"a {c.record_type}"
                kept_by = names.of(c.kept_clock)
                other_by = names.of(c.other_clock, c.other_site)
                items.append(
                    ReviewItem(
                        c.id,
                        c.record_type,
                        c.record_id,
                        title,
                        c.field,
                        c.kept_value,
                        kept_by,
                        _when(c.kept_clock),
                        c.other_value,
                        other_by,
                        _when(c.other_clock),
                        c.detected_at,
                        field_label(c.field),
                        describe(c.field, c.kept_value, people=people),
                        describe(c.field, c.other_value, people=people),
                        _site_of(c.kept_clock) == names.ours,
                        _site_of(c.other_clock) == names.ours,
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
