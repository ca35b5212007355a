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

from civicdesk.core import field_labels as labels
from civicdesk.core import proposals
from civicdesk.core import reservation_clash as clash
from civicdesk.core.clock import Stamp, wall_clock_ms
from civicdesk.core.consent import referenced_people
from civicdesk.core.occurrences import CLASH_FIELD
from civicdesk.core.record_writer import RecordWriter
from civicdesk.core.wording import describe, possessive, shorten
from civicdesk.db.database import Database, utc_now_iso
from civicdesk.db.models import MODEL_BY_TYPE, Conflict, Peer, Site
from civicdesk.errors import CivicDeskError, NotFoundError

KEPT_CURRENT = "kept current"
KEPT_OTHER = "kept other"


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
    proposal: bool = False  # a whole change from a group that had not been shown the record
    choices: tuple[str, str] | None = None  # the two choices in words, where they are not "Keep/Use X"


def field_label(field: str, record_type: str = "") -> str:
    """What the window calls the field (core.field_labels, the one list of labels)."""
    return labels.field_label(record_type, field)


def whose(item: ReviewItem, current: bool) -> str:
    """ "ours", or the group's name as a possessive ("Kington Residents' Association's")."""
    if item.current_ours if current else item.other_ours:
        return "ours"
    return possessive(item.current_by if current else item.other_by)


def choice_words(item: ReviewItem, limit: int | None = None) -> tuple[str, str]:
    """What the two choices say: ("Keep £12 an hour (ours)", "Use £15 an hour (Kington
    Residents' Association's)"); values cut to `limit` characters for a button."""
    def value(text: str) -> str:
        return shorten(text, limit) if limit else text

    if item.choices is not None:
        return item.choices
    if item.proposal:
        return ("Ignore their change (keep it as it is here)", f"Accept {possessive(item.other_by)} change")
    if item.field == CLASH_FIELD:
        return ("Keep both bookings (the room is shared on purpose)",
                f"Cancel {value(item.other_text)} ({whose(item, False)})")

    return (
        f"Keep {value(item.current_text)} ({whose(item, True)})",
        f"Use {value(item.other_text)} ({whose(item, False)})",
    )


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
                if c.field == proposals.PROPOSAL:
                    items.append(_proposal_item(c, title, kept_by, other_by))
                    continue
                if c.field == CLASH_FIELD:
                    items.append(_booking_clash_item(c, kept_by, other_by, names.ours))
                    continue
                if c.field == clash.CLASH:
                    items.append(_reservation_clash_item(session, c, kept_by, other_by, names.ours))
                    continue
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
                        field_label(c.field, c.record_type),
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

    def item(self, conflict_id: int) -> ReviewItem:
        """One open item, in words (as `open_items` gives it)."""
        for item in self.open_items():
            if item.id == conflict_id:
                return item
        raise NotFoundError(f"there is no open review item {conflict_id}")

    def keep_current(self, conflict_id: int) -> dict[str, Any]:
        """The value the merge chose stays; the item leaves the list. Nothing else changes, so
        undoing it (`reopen`) needs no values: returns {}."""
        with self.db.write() as session:
            conflict = self._open(session, conflict_id)
            before = {}
            if conflict.field == clash.CLASH:  # the other reservation joins the waiting list
                before = clash.decide(session, conflict, True, RecordWriter(session, self.author, self.now))
            conflict.resolved_at = utc_now_iso()
            conflict.resolution = KEPT_CURRENT
        return {clash.CLASH: before} if before else {}

    def reopen(self, conflict_id: int, values_before: dict[str, Any] | None = None) -> None:
        """Take a decision back: the item is open again and, when the other value was brought
        back, the record's values from before it (`keep_other`'s answer) are written back as a
        new edit."""
        with self.db.write() as session:
            conflict = session.get(Conflict, conflict_id)
            if conflict is None or conflict.resolved_at is None:
                raise NotFoundError(f"the review item {conflict_id} is not decided: nothing to take back")
            if values_before and clash.CLASH in values_before:
                clash.undo(session, values_before[clash.CLASH], RecordWriter(session, self.author, self.now))
            elif values_before:
                record = session.get(MODEL_BY_TYPE[conflict.record_type], conflict.record_id)
                if record is None:
                    raise NotFoundError(f"the record {conflict.record_id} is no longer here")
                if getattr(record, "erased", False):
                    raise CivicDeskError("this person was erased; their details cannot be brought back")
                RecordWriter(session, self.author, self.now).update(record, values_before)
            conflict.resolved_at = None
            conflict.resolution = ""

    def keep_other(self, conflict_id: int) -> dict[str, Any]:
        """Bring back the value that lost, as a new edit that wins everywhere from now on.

        Returns the values it replaced, for `reopen` to put back. A proposal is accepted by
        civicdesk.sync.proposals.accept instead."""
        with self.db.write() as session:
            conflict = self._open(session, conflict_id)
            if conflict.field == proposals.PROPOSAL:
                raise CivicDeskError("a proposed change is accepted as the import would apply it")
            if conflict.field == clash.CLASH:  # ours joins the waiting list, theirs is kept
                before = clash.decide(session, conflict, False, RecordWriter(session, self.author, self.now))
                conflict.resolved_at = utc_now_iso()
                conflict.resolution = KEPT_OTHER
                return {clash.CLASH: before} if before else {}
            model = MODEL_BY_TYPE[conflict.record_type]
            record = session.get(model, conflict.record_id)
            if record is None:
                raise NotFoundError(f"the record {conflict.record_id} is no longer here")
            if getattr(record, "erased", False):
                raise CivicDeskError("this person was erased; their details cannot be brought back")
            members = model.FIELD_GROUPS.get(conflict.field)
            values: dict[str, Any]
            if conflict.field == CLASH_FIELD:  # a double booking: the booking that arrived is cancelled
                values = {"status": "cancelled"}
            elif members:
                values = {m: (conflict.other_value or {}).get(m) for m in members}
            else:
                values = {conflict.field: conflict.other_value}
            known = {c.name for c in model.__table__.columns}
            values = {k: v for k, v in values.items() if k in known}
            changed = RecordWriter(session, self.author, self.now).update(record, values)
            conflict.resolved_at = utc_now_iso()
            conflict.resolution = KEPT_OTHER
            return {name: old for name, (old, _new) in changed.items()}


def _booking_clash_item(c: Conflict, kept_by: str, other_by: str, ours: str) -> ReviewItem:
    """A double booking in words: both bookings, who made each, and the two choices."""
    kept, other = dict(c.kept_value or {}), dict(c.other_value or {})
    return ReviewItem(
        c.id, c.record_type, c.record_id, f"Double booking: {other.get('words', 'a booking')}", c.field,
        c.kept_value, kept_by, _when(c.kept_clock), c.other_value, other_by, _when(c.other_clock),
        c.detected_at, "Double booking", str(kept.get("words", "")), str(other.get("words", "")),
        _site_of(c.kept_clock) == ours, _site_of(c.other_clock) == ours,
    )


def _proposal_item(c: Conflict, title: str, kept_by: str, other_by: str) -> ReviewItem:
    """A proposal in words: "Kington Residents' Association would delete Fox Post Office, …"."""
    row = dict((c.other_value or {}).get("row") or {})
    values = dict(row.get("values") or {})
    deletes = bool(values.get("deleted")) and not (c.kept_value or {}).get("deleted")
    fields = list((c.kept_value or {}).get("fields") or [])
    group = other_by if other_by != OTHER_GROUP else "Another group"
    text = proposals.describe(group, title, deletes, [] if deletes else fields)
    return ReviewItem(
        c.id, c.record_type, c.record_id, title, c.field, c.kept_value, kept_by, _when(c.kept_clock),
        c.other_value, other_by, _when(c.other_clock), c.detected_at,
        "Change proposed", "As it is here", text, proposal=True,
    )


def _reservation_clash_item(
    session: Session, c: Conflict, kept_by: str, other_by: str, ours: str
) -> ReviewItem:
    """Two reservations of the same kit for the same days, in words (core.reservation_clash)."""
    told = clash.words(session, c, {"kept": kept_by, "other": other_by})
    return ReviewItem(
        c.id, c.record_type, c.record_id, told["title"], c.field, c.kept_value, kept_by, _when(c.kept_clock),
        c.other_value, other_by, _when(c.other_clock), c.detected_at, told["label"], told["current"],
        told["other"], _site_of(c.kept_clock) == ours, _site_of(c.other_clock) == ours,
        choices=(told["keep"], told["use"]),
    )
