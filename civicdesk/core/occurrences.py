"""Bookings read as occurrences, each rule expanded over the dates asked and exceptions applied.

The booking service, the diary and the clash check after a bundle import all read them here.

Reading a week of one space or checking a room for clashes loads only the bookings whose dates
can reach the range (an index on room, first and last date) and expands just those rules.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from civicdesk.core import recurrence
from civicdesk.core.consent import party_name, printable_people
from civicdesk.db.hire_models import Booking, BookingException, BookingStatus, Room

PRIVATE_WORDS = "booked"  # how a private booking is shown on anything printed or exported
CLASH_FIELD = "*clash*"  # the `field` of a Needs review item that is a double booking from a bundle


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def time_text(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")


@dataclass(frozen=True)
class Occurrence:
    """One booked stretch of a room: a one-off booking, or one date of a series."""

    booking_id: str
    space_id: str
    room_id: str
    room: str
    title: str
    hirer: str  # as recorded, for the app's own diary
    printed_hirer: str  # as consent allows, for anything printed or exported
    start: datetime
    end: datetime
    setup_minutes: int
    clearaway_minutes: int
    status: str
    private: bool
    recurring: bool
    occurs_on: date  # the date the rule gives (a moved occurrence keeps it)
    moved: bool = False
    hirer_group_id: str = ""  # when the hirer is a group in the database

    @property
    def blocked_from(self) -> datetime:
        return self.start - timedelta(minutes=self.setup_minutes)

    @property
    def blocked_until(self) -> datetime:
        return self.end + timedelta(minutes=self.clearaway_minutes)

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600

    @property
    def public_title(self) -> str:
        """What a noticeboard or calendar may say: the title, or only "booked" if private."""
        return PRIVATE_WORDS if self.private else (self.title or PRIVATE_WORDS)

    def overlaps(self, start: datetime, end: datetime) -> bool:
        return self.blocked_from < end and start < self.blocked_until

    def words(self) -> str:
        """"Yoga (Tuesday Yoga Group) in Main hall, Tue 12 Jan 2027 18:30–20:00"."""
        who = f" ({self.hirer})" if self.hirer and self.hirer != self.title else ""
        when = f"{self.start:%a} {self.start.day} {self.start:%b %Y %H:%M}–{self.end:%H:%M}"
        return f"{self.title or 'A booking'}{who} in {self.room}, {when}"


# What reading occurrences needs of a booking and of its exceptions (rows, not whole records).
_READ = (Booking.id, Booking.space_id, Booking.room_id, Booking.title, Booking.hirer, Booking.starts_at,
         Booking.ends_at, Booking.rrule, Booking.setup_minutes, Booking.clearaway_minutes, Booking.status,
         Booking.private)
_READ_EXCEPTION = (BookingException.booking_id, BookingException.occurs_on, BookingException.skipped,
                   BookingException.starts_at, BookingException.ends_at, BookingException.deleted)


def occurrences_of(
    booking: Any, room_name: str, exceptions: Iterable[Any], first: date, last: date,
    people: Mapping[str, Any],
) -> list[Occurrence]:
    """The booking's occurrences starting on first..last, skipped dates left out, moved ones moved."""
    start, end = parse_time(booking.starts_at), parse_time(booking.ends_at)
    length = end - start
    by_date = {e.occurs_on: e for e in exceptions if not e.deleted}
    # A moved occurrence may come from outside the range: look a little wider for its rule date.
    wide = bool(by_date)
    starts = recurrence.starts(booking.rrule, start, first - timedelta(days=31) if wide else first,
                               last + timedelta(days=31) if wide else last)
    hirer = str((booking.hirer or {}).get("name", ""))
    printed = party_name(booking.hirer, people)
    group_id = str((booking.hirer or {}).get("group_id") or "")
    found = []
    for moment in starts:
        exception = by_date.get(moment.date().isoformat())
        occ_start, occ_end, moved = moment, moment + length, False
        if exception is not None:
            if exception.skipped or not exception.starts_at or not exception.ends_at:
                continue
            occ_start, occ_end, moved = parse_time(exception.starts_at), parse_time(exception.ends_at), True
        if not first <= occ_start.date() <= last:
            continue
        found.append(Occurrence(
            booking.id, booking.space_id, booking.room_id, room_name, booking.title, hirer, printed,
            occ_start, occ_end, booking.setup_minutes, booking.clearaway_minutes, booking.status,
            booking.private, bool(booking.rrule), moment.date(), moved, group_id,
        ))
    return found


def load(
    session: Session, first: date, last: date, *, space_id: str | None = None, room_id: str | None = None,
    include_cancelled: bool = False, exclude: str | None = None,
) -> list[Occurrence]:
    """Occurrences on first..last, by start; of one space or one room or all."""
    # A booking reaches the range if it starts by its end and does not finish before its start;
    # a moved occurrence may come from a month either side.
    query = select(*_READ).where(
        Booking.deleted.is_(False),
        Booking.first_on <= (last + timedelta(days=31)).isoformat(),
        or_(Booking.last_on.is_(None), Booking.last_on >= (first - timedelta(days=31)).isoformat()),
    )
    if room_id is not None:
        query = query.where(Booking.room_id == room_id)
    if space_id is not None:
        query = query.where(Booking.space_id == space_id)
    if not include_cancelled:
        query = query.where(Booking.status != BookingStatus.CANCELLED.value)
    if exclude is not None:
        query = query.where(Booking.id != exclude)
    bookings = list(session.execute(query))
    if not bookings:
        return []
    ids = [b.id for b in bookings]
    exceptions: dict[str, list[Any]] = {}
    for chunk in range(0, len(ids), 500):
        for exc in session.execute(select(*_READ_EXCEPTION).where(
            BookingException.booking_id.in_(ids[chunk:chunk + 500]), BookingException.deleted.is_(False)
        )):
            exceptions.setdefault(exc.booking_id, []).append(exc)
    room_ids = {b.room_id for b in bookings}
    names = {r.id: r.name for r in session.execute(select(Room.id, Room.name).where(Room.id.in_(room_ids)))}
    people = printable_people(session, (b.hirer for b in bookings))
    found = [
        occ
        for b in bookings
        for occ in occurrences_of(b, names.get(b.room_id, ""), exceptions.get(b.id, ()), first, last, people)
    ]
    found.sort(key=lambda o: (o.start, o.room, o.booking_id))
    return found


_CANDIDATES = text(
    "SELECT id, space_id, title, hirer, starts_at, ends_at, rrule, setup_minutes, clearaway_minutes, status, "
    "private FROM bookings WHERE room_id = :room AND deleted = 0 AND status != 'cancelled' "
    "AND first_on <= :last AND (last_on IS NULL OR last_on >= :first)"
)
_BY_ID = text(
    "SELECT id, space_id, title, hirer, starts_at, ends_at, rrule, setup_minutes, clearaway_minutes, status, "
    "private FROM bookings WHERE id = :id AND deleted = 0 AND status != 'cancelled'"
)
_EXCEPTIONS = text(
    "SELECT e.booking_id, e.occurs_on, e.skipped, e.starts_at, e.ends_at FROM booking_exceptions e "
    "JOIN bookings b ON b.id = e.booking_id WHERE b.room_id = :room AND e.deleted = 0 "
    "AND (e.occurs_on BETWEEN :first AND :last OR substr(e.starts_at, 1, 10) BETWEEN :first AND :last)"
)


def clashes_in(
    session: Session, room_id: str, wanted: Iterable[tuple[datetime, datetime]], *,
    exclude: str | None = None, allowed: Iterable[str] = (),
) -> list[Occurrence]:
    """Existing occurrences of the room whose time, buffers included, meets any wanted stretch
    (each already widened by the new booking's own buffers).

    The common answer is "none", so it is found from plain rows (one query for the room's
    bookings in the dates, one for their skipped and moved dates); names are looked up only for
    the bookings that do clash.
    """
    stretches = sorted(wanted)
    if not stretches:
        return []
    skip = set(allowed) | ({exclude} if exclude else set())
    first = stretches[0][0].date() - timedelta(days=1)
    last = stretches[-1][1].date() + timedelta(days=1)
    window = {"room": room_id, "first": first.isoformat(), "last": last.isoformat()}
    rows = {r.id: r for r in session.execute(_CANDIDATES, window) if r.id not in skip}
    exceptions: dict[str, dict[str, Any]] = {}
    for e in session.execute(_EXCEPTIONS, window):
        if e.booking_id in skip:
            continue
        exceptions.setdefault(e.booking_id, {})[e.occurs_on] = e
        if e.booking_id not in rows:  # a date moved here from outside the range asked
            row = session.execute(_BY_ID, {"id": e.booking_id}).first()
            if row is not None:
                rows[row.id] = row
    found: list[tuple[Any, datetime, datetime, date]] = []
    for row in rows.values():
        start, end = parse_time(row.starts_at), parse_time(row.ends_at)
        before, after = timedelta(minutes=row.setup_minutes), timedelta(minutes=row.clearaway_minutes)
        moved = exceptions.get(row.id, {})
        times = [(s, s + (end - start), s.date()) for s in recurrence.starts(row.rrule, start, first, last)]
        rule_days = {t[2].isoformat() for t in times}
        for e in moved.values():
            if not e.skipped and e.starts_at and e.ends_at and e.occurs_on not in rule_days:
                times.append((start, end, date.fromisoformat(e.occurs_on)))  # its moved times, just below
        for occ_start, occ_end, rule_day in times:
            change = moved.get(rule_day.isoformat())
            if change is not None:
                if change.skipped or not change.starts_at or not change.ends_at:
                    continue
                occ_start, occ_end = parse_time(change.starts_at), parse_time(change.ends_at)
            if any(occ_start - before < b and a < occ_end + after for a, b in stretches):
                found.append((row, occ_start, occ_end, rule_day))
    if not found:
        return []
    room = session.execute(select(Room.name).where(Room.id == room_id)).scalar() or ""
    hirers = [json.loads(row.hirer) if isinstance(row.hirer, str) else row.hirer for row, *_ in found]
    people = printable_people(session, hirers)
    result = [
        Occurrence(
            row.id, row.space_id, room_id, room, row.title, str((hirer or {}).get("name", "")),
            party_name(hirer, people), occ_start, occ_end, row.setup_minutes, row.clearaway_minutes,
            row.status, bool(row.private), bool(row.rrule), rule_day,
            (occ_start, occ_end) != _unmoved(row, rule_day), str((hirer or {}).get("group_id") or ""),
        )
        for (row, occ_start, occ_end, rule_day), hirer in zip(found, hirers, strict=True)
    ]
    result.sort(key=lambda o: (o.start, o.booking_id))
    return result


def _unmoved(row: Any, rule_day: date) -> tuple[datetime, datetime]:
    start, end = parse_time(row.starts_at), parse_time(row.ends_at)
    moved = datetime.combine(rule_day, start.time())
    return moved, moved + (end - start)


@dataclass(frozen=True)
class Series:
    """A booking as stored: its first occurrence, its rule and its exceptions (for calendars)."""

    booking_id: str
    room_id: str
    start: datetime
    end: datetime
    rrule: str
    status: str
    private: bool
    skipped: tuple[date, ...]
    moved: tuple[tuple[date, datetime, datetime], ...]  # (the rule's date, new start, new end)


def series_of_room(session: Session, room_id: str) -> list[Series]:
    """The room's bookings that are not cancelled, oldest first."""
    bookings = list(session.scalars(select(Booking).where(
        Booking.room_id == room_id, Booking.deleted.is_(False),
        Booking.status != BookingStatus.CANCELLED.value).order_by(Booking.starts_at, Booking.id)))
    found = []
    for b in bookings:
        exceptions = list(session.scalars(select(BookingException).where(
            BookingException.booking_id == b.id, BookingException.deleted.is_(False))))
        skipped = tuple(sorted(date.fromisoformat(e.occurs_on) for e in exceptions if e.skipped))
        moved = tuple(sorted(
            (date.fromisoformat(e.occurs_on), parse_time(e.starts_at), parse_time(e.ends_at))
            for e in exceptions if not e.skipped and e.starts_at and e.ends_at))
        found.append(Series(b.id, b.room_id, parse_time(b.starts_at), parse_time(b.ends_at), b.rrule,
                            b.status, b.private, skipped, moved))
    return found
