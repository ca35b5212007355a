"""Changing a booking already made: the whole series, one date of it only, or the room it is in.

A change to the whole booking rewrites its room, title, hirer, times, rule, skipped dates, status and
private flag in one transaction, checked for clashes as a new booking is (leaving out the booking
itself). A change to one date of a series only is that date skipped in the series plus a one-off
booking for it, both in one transaction, as calendar programs do with "this event only".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from civicdesk.core import occurrences, recurrence
from civicdesk.core.occurrences import parse_time
from civicdesk.core.record_writer import RecordWriter
from civicdesk.core.recurrence import Repeat
from civicdesk.db.hire_models import Booking
from civicdesk.errors import ValidationError
from civicdesk.services.bookings import BookingClashError, BookingService, NewBooking, check_new


def as_new(service: BookingService, booking_id: str) -> NewBooking:
    """The booking as the Book… dialog would have made it (to fill the dialog for a change)."""
    booking = service.booking(booking_id)
    start = parse_time(booking.starts_at)
    return NewBooking(
        booking.room_id, booking.title, dict(booking.hirer or {}), start, parse_time(booking.ends_at),
        booking.setup_minutes, booking.clearaway_minutes, recurrence.repeat_of(booking.rrule, start),
        tuple(service.skipped_dates(booking_id)), booking.status, booking.private, booking.rate_band,
        booking.notes,
    )


def edit_series(service: BookingService, booking_id: str, new: NewBooking) -> None:
    """Change the whole booking to `new`; refused with BookingClashError unless `new.book_over`.

    A date moved on its own stays moved while the rule still gives that date; a skipped date not
    in `new.skipped` is booked again.
    """
    checked = check_new(new)
    with service.db.write() as session:
        booking = service._live(session, booking_id)
        room = service._room(session, new.room_id)
        if room.space_id != booking.space_id:
            raise ValidationError({"room": "a booking can only move to a room of the same space"})
        service._check_hirer(session, checked.hirer)
        # Clashes knowingly booked over stay allowed while the booking keeps its room.
        allowed = list(booking.books_over or ()) if room.id == booking.room_id else []
        clashes = occurrences.clashes_in(session, room.id, checked.stretches, exclude=booking.id,
                                         allowed=allowed)
        if clashes and not new.book_over:
            raise BookingClashError(clashes)
        writer = RecordWriter(session, service.author)
        over = sorted(set(allowed) | {c.booking_id for c in clashes})
        kept = {k: v for k, v in checked.values.items() if k != "price_pence"}  # an agreed price stays
        writer.update(booking, {"room_id": room.id, **kept, "books_over": over})
        for exc in service._exceptions(session, booking.id):
            if exc.deleted:
                continue
            gone = exc.occurs_on not in checked.rule_dates
            if (exc.skipped and exc.occurs_on not in checked.skipped) or (not exc.skipped and gone):
                writer.delete(exc)
        for day in sorted(checked.skipped):
            service._put_exception(session, writer, booking, day, True, None, None)


def edit_occurrence(service: BookingService, booking_id: str, occurs_on: date, new: NewBooking) -> str:
    """Change one date of a series only: skipped in the series, booked on its own as `new` (a
    one-off); returns the new booking's id. Nothing changes if the new booking clashes."""
    one_off = replace(new, repeat=Repeat(), skipped=())
    checked = check_new(one_off)
    with service.db.write() as session:
        booking = service._live(session, booking_id)
        if not booking.rrule:
            raise ValidationError({"repeat": "this booking is not a series: change the booking itself"})
        if occurs_on.isoformat() not in _rule_dates(booking, occurs_on):
            raise ValidationError({"date": f"{occurs_on.isoformat()} is not one of the series' dates"})
        writer = RecordWriter(session, service.author)
        service._put_exception(session, writer, booking, occurs_on.isoformat(), True, None, None)
        session.flush()  # the clash check below no longer sees the date taken out of the series
        return service.add_in(session, one_off, checked)


def move_to_room(service: BookingService, booking_id: str, occurs_on: date, room_id: str, start: datetime,
                 end: datetime, *, whole: bool, book_over: bool = False) -> str | None:
    """Move an occurrence dragged to another room (and perhaps another time).

    `whole`: the whole booking moves to the room, every date shifted as this one was; otherwise
    only this date (of a series: skipped there and booked on its own, whose id is returned).
    """
    current = replace(as_new(service, booking_id), room_id=room_id, book_over=book_over)
    if not current.repeat.repeats:
        edit_series(service, booking_id, replace(current, start=start, end=end))
        return None
    if not whole:
        return edit_occurrence(service, booking_id, occurs_on, replace(current, start=start, end=end))
    rule_start = datetime.combine(occurs_on, current.start.time())
    shift = start - rule_start
    days = start.date() - rule_start.date()
    repeat = current.repeat
    if repeat.until is not None:
        repeat = Repeat(repeat.frequency, until=repeat.until + days)
    moved = replace(current, start=current.start + shift, end=current.end + shift, repeat=repeat,
                    skipped=tuple(d + days for d in current.skipped))
    edit_series(service, booking_id, moved)
    return None


def _rule_dates(booking: Booking, around: date) -> set[str]:
    start = parse_time(booking.starts_at)
    return {s.date().isoformat() for s in recurrence.starts(booking.rrule, start, around, around)}


__all__ = ["as_new", "edit_occurrence", "edit_series", "move_to_room"]
