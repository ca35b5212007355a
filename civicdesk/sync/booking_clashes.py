"""Double bookings that arrive in a bundle go to Needs review, in words; both bookings are kept.

Two groups may book the same room at overlapping times on different laptops. Neither booking
is dropped or changed by the merge; after an import each booking the bundle added or changed is
checked against the room's other bookings (set-up and clear-away included), and each clashing
pair not booked over on purpose becomes one Needs review item, unless the pair has one already.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import occurrences, recurrence
from civicdesk.db.hire_models import Booking, BookingStatus
from civicdesk.db.models import Conflict

CLASH = occurrences.CLASH_FIELD


def clash_value(occ: occurrences.Occurrence) -> dict[str, Any]:
    return {"booking_id": occ.booking_id, "words": occ.words()}


def _pairs_known(session: Session) -> set[frozenset[str]]:
    known = set()
    for c in session.scalars(select(Conflict).where(Conflict.field == CLASH)):
        ids = {str((v or {}).get("booking_id", "")) for v in (c.kept_value, c.other_value)}
        known.add(frozenset(ids))
    return known


def record_clashes(session: Session, booking_ids: Iterable[str], author: str, at: str) -> int:
    """Add a Needs review item per new clashing pair among these bookings; returns how many."""
    known = _pairs_known(session)
    added = 0
    for booking_id in sorted(set(booking_ids)):
        booking = session.get(Booking, booking_id)
        if booking is None or booking.deleted or booking.status == BookingStatus.CANCELLED.value:
            continue
        first = date.fromisoformat(booking.first_on)
        last = date.fromisoformat(booking.last_on) if booking.last_on else recurrence.horizon(first)
        mine = [o for o in occurrences.load(session, first, last + timedelta(days=1), room_id=booking.room_id)
                if o.booking_id == booking.id]
        stretches = [(o.blocked_from, o.blocked_until) for o in mine]
        allowed = set(booking.books_over or ())
        for other in occurrences.clashes_in(session, booking.room_id, stretches, exclude=booking.id,
                                            allowed=allowed):
            pair = frozenset((booking.id, other.booking_id))
            theirs = session.get(Booking, other.booking_id)
            if pair in known or (theirs is not None and booking.id in (theirs.books_over or ())):
                continue
            known.add(pair)
            ours = next(o for o in mine if o.overlaps(other.blocked_from, other.blocked_until))
            session.add(Conflict(
                record_type="booking", record_id=booking.id, field=CLASH,
                kept_value=clash_value(other), kept_clock=theirs.clock if theirs is not None else "",
                other_value=clash_value(ours), other_clock=booking.clock, other_site=author,
                detected_at=at, resolved_at=None, resolution="",
            ))
            added += 1
    return added
