"""Booking rooms: add a booking or a series, list occurrences, check clashes, move and cancel.

A clash (another booking of the same room overlapping, set-up and clear-away included) is
refused with the clashing booking named, unless the booking is made over it on purpose
(`book_over`), which is remembered so the pair is not reported again. Every change goes through
`RecordWriter`; `state`/`put_state` let the window undo and redo any change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import occurrences, recurrence, structured
from civicdesk.core.occurrences import Occurrence, parse_time, time_text
from civicdesk.core.record_writer import RecordWriter
from civicdesk.core.recurrence import Repeat
from civicdesk.db.database import Database
from civicdesk.db.hire_models import Booking, BookingException, BookingStatus, Room
from civicdesk.db.models import Group, Person, SyncedMixin
from civicdesk.errors import CivicDeskError, NotFoundError, ValidationError

STATUSES = tuple(s.value for s in BookingStatus)


class BookingClashError(CivicDeskError):
    """The room is already booked then; `clashes` are the occurrences in the way."""

    def __init__(self, clashes: list[Occurrence]) -> None:
        self.clashes = clashes
        first = clashes[0]
        more = f" (and {len(clashes) - 1} more)" if len(clashes) > 1 else ""
        super().__init__(
            f"{first.room} is already booked then: {first.words()}{more}, set-up and clear-away "
            "included. Choose another time, or book over it on purpose."
        )


@dataclass(frozen=True)
class NewBooking:
    room_id: str
    title: str
    hirer: dict[str, Any] | str
    start: datetime
    end: datetime
    setup_minutes: int = 0
    clearaway_minutes: int = 0
    repeat: Repeat = field(default_factory=Repeat)
    skipped: tuple[date, ...] = ()
    status: str = BookingStatus.CONFIRMED.value
    private: bool = False
    rate_band: str = ""
    notes: str = ""
    book_over: bool = False  # made over any clash on purpose


@dataclass(frozen=True)
class BookingState:
    """Everything about one booking, to put back on undo."""

    booking_id: str
    values: dict[str, Any]
    deleted: bool
    # (date, skipped, moved start, moved end, deleted) of each skipped or moved date
    exceptions: tuple[tuple[str, bool, str | None, str | None, bool], ...]


def _minutes(value: int, what: str) -> int:
    if not 0 <= value <= 24 * 60:
        raise ValidationError({what: "must be between 0 and 1440 minutes"})
    return value


def check_times(start: datetime, end: datetime) -> None:
    if end <= start:
        raise ValidationError({"end": "the booking ends before it starts"})
    if end - start > timedelta(days=14):
        raise ValidationError({"end": "a booking can be at most 14 days long"})


def rule_stretches(rule: str, start: datetime, end: datetime, setup: int, clear: int,
                   skipped: set[str]) -> list[tuple[datetime, datetime]]:
    """Every time the room is held by a rule (buffers included), skipped dates left out."""
    last = recurrence.last_date(rule, start) or recurrence.horizon(start.date())
    length, before, after = end - start, timedelta(minutes=setup), timedelta(minutes=clear)
    return [(s - before, s + length + after) for s in recurrence.starts(rule, start, start.date(), last)
            if s.date().isoformat() not in skipped]


@dataclass(frozen=True)
class CheckedBooking:
    """A new or changed booking's values, checked: its rule, the dates it holds the room, what is stored."""

    rule: str
    skipped: set[str]
    rule_dates: set[str]
    stretches: list[tuple[datetime, datetime]]  # buffers included, skipped dates left out
    hirer: dict[str, Any]
    values: dict[str, Any]  # the stored fields but its room, space and books_over


def check_new(new: NewBooking) -> CheckedBooking:
    """Check a booking as typed (times, buffers, status, hirer, repeat, skipped dates) before writing it."""
    check_times(new.start, new.end)
    setup = _minutes(new.setup_minutes, "setup_minutes")
    clear = _minutes(new.clearaway_minutes, "clearaway_minutes")
    if new.status not in STATUSES:
        raise ValidationError({"status": f"“{new.status}” is not one of {', '.join(STATUSES)}"})
    hirer = structured.party(new.hirer)
    if not hirer:
        raise ValidationError({"hirer": "say who is hiring (a group, a person or a name)"})
    rule = recurrence.rule_text(new.start, new.repeat)
    skipped = {d.isoformat() for d in new.skipped}
    rule_dates = {s.date().isoformat() for s, _e in rule_stretches(rule, new.start, new.end, 0, 0, set())}
    strays = sorted(skipped - rule_dates)
    if strays:
        raise ValidationError({"skipped": f"{', '.join(strays)} is not one of the booking's dates"})
    if rule and not rule_dates - skipped:
        raise ValidationError({"skipped": "every date of the series is skipped"})
    last = recurrence.last_date(rule, new.start)
    values = {
        "title": " ".join(new.title.split()), "hirer": hirer, "starts_at": time_text(new.start),
        "ends_at": time_text(new.end), "rrule": rule, "first_on": new.start.date().isoformat(),
        "last_on": last.isoformat() if last else None, "setup_minutes": setup, "clearaway_minutes": clear,
        "status": new.status, "private": new.private, "rate_band": new.rate_band.strip().lower(),
        "price_pence": None, "notes": new.notes.strip(),
    }
    stretches = rule_stretches(rule, new.start, new.end, setup, clear, skipped)
    return CheckedBooking(rule, skipped, rule_dates, stretches, hirer, values)


class BookingService:
    def __init__(self, db: Database, author: str = "") -> None:
        self.db = db
        self.author = author

    # -- reading ---------------------------------------------------------------------------
    def occurrences(self, first: date, last: date, *, space_id: str | None = None, room_id: str | None = None,
                    include_cancelled: bool = False) -> list[Occurrence]:
        """Every occurrence starting on first..last (inclusive), by start time."""
        with self.db.read() as session:
            return occurrences.load(session, first, last, space_id=space_id, room_id=room_id,
                                    include_cancelled=include_cancelled)

    def clashes(self, room_id: str, start: datetime, end: datetime, *, setup_minutes: int = 0,
                clearaway_minutes: int = 0, repeat: Repeat | None = None, skipped: tuple[date, ...] = (),
                exclude: str | None = None) -> list[Occurrence]:
        """What a booking at these times would clash with (nothing: free)."""
        rule = recurrence.rule_text(start, repeat or Repeat())
        stretches = rule_stretches(rule, start, end, setup_minutes, clearaway_minutes,
                                   {d.isoformat() for d in skipped})
        with self.db.read() as session:
            return occurrences.clashes_in(session, room_id, stretches, exclude=exclude)

    def booking(self, booking_id: str) -> Booking:
        """The stored booking (detached), for its page and its editor."""
        with self.db.read() as session:
            return self._live(session, booking_id)

    def skipped_dates(self, booking_id: str) -> list[date]:
        with self.db.read() as session:
            return sorted(date.fromisoformat(e.occurs_on) for e in self._exceptions(session, booking_id)
                          if e.skipped and not e.deleted)

    # -- writing ---------------------------------------------------------------------------
    def add(self, new: NewBooking) -> str:
        """Book it; returns the booking's id. Refused with BookingClashError unless `book_over`."""
        checked = check_new(new)
        with self.db.write() as session:
            return self.add_in(session, new, checked)

    def add_in(self, session: Session, new: NewBooking, checked: CheckedBooking | None = None) -> str:
        """`add` inside a session already open (so another change can share its transaction)."""
        checked = checked or check_new(new)
        room = self._room(session, new.room_id)
        self._check_hirer(session, checked.hirer)
        clashes = occurrences.clashes_in(session, room.id, checked.stretches)
        if clashes and not new.book_over:
            raise BookingClashError(clashes)
        writer = RecordWriter(session, self.author)
        booking = writer.create(Booking, {
            "space_id": room.space_id, "room_id": room.id, **checked.values,
            "books_over": sorted({c.booking_id for c in clashes}),
        })
        for day in sorted(checked.skipped):
            writer.create(BookingException, {"booking_id": booking.id, "occurs_on": day, "skipped": True,
                                             "starts_at": None, "ends_at": None, "notes": ""})
        return booking.id

    def cancel(self, booking_id: str, occurs_on: date | None = None) -> None:
        """Cancel the booking (every date of a series), or only one date of a series."""
        with self.db.write() as session:
            booking = self._live(session, booking_id)
            writer = RecordWriter(session, self.author)
            if occurs_on is None or not booking.rrule:
                writer.update(booking, {"status": BookingStatus.CANCELLED.value})
                return
            self._put_exception(session, writer, booking, occurs_on.isoformat(), True, None, None)

    def move(self, booking_id: str, occurs_on: date, start: datetime, end: datetime, *,
             book_over: bool = False) -> None:
        """Move one occurrence (a one-off booking, or one date of a series) to new times."""
        check_times(start, end)
        with self.db.write() as session:
            booking = self._live(session, booking_id)
            wanted = (start - timedelta(minutes=booking.setup_minutes),
                      end + timedelta(minutes=booking.clearaway_minutes))
            clashes = occurrences.clashes_in(session, booking.room_id, [wanted], exclude=booking.id,
                                             allowed=booking.books_over or ())
            if clashes and not book_over:
                raise BookingClashError(clashes)
            writer = RecordWriter(session, self.author)
            over = sorted(set(booking.books_over or ()) | {c.booking_id for c in clashes})
            if over != list(booking.books_over or ()):
                writer.update(booking, {"books_over": over})
            if not booking.rrule:
                day_text = start.date().isoformat()
                writer.update(booking, {"starts_at": time_text(start), "ends_at": time_text(end),
                                        "first_on": day_text, "last_on": day_text})
                return
            self._put_exception(session, writer, booking, occurs_on.isoformat(), False,
                                time_text(start), time_text(end))

    def delete(self, booking_id: str) -> None:
        """Take the booking away altogether (a tombstone, so it stays away on other laptops)."""
        with self.db.write() as session:
            RecordWriter(session, self.author).delete(self._live(session, booking_id))

    # -- undo ------------------------------------------------------------------------------
    def state(self, booking_id: str) -> BookingState:
        with self.db.read() as session:
            booking = session.get(Booking, booking_id)
            if booking is None:
                raise NotFoundError(f"there is no booking with id {booking_id}")
            values = {f: getattr(booking, f) for f in _EDITABLE}
            exceptions = tuple(sorted((e.occurs_on, e.skipped, e.starts_at, e.ends_at, e.deleted)
                                      for e in self._exceptions(session, booking_id)))
            return BookingState(booking_id, values, booking.deleted, exceptions)

    def put_state(self, state: BookingState) -> None:
        """Make the booking as it was in `state` again (each change a new, stamped edit)."""
        with self.db.write() as session:
            booking = session.get(Booking, state.booking_id)
            if booking is None:
                raise NotFoundError(f"there is no booking with id {state.booking_id}")
            writer = RecordWriter(session, self.author)
            writer.update(booking, dict(state.values))
            live = {day for day, _s, _a, _b, deleted in state.exceptions if not deleted}
            for exc in self._exceptions(session, booking.id):
                if exc.occurs_on not in live:
                    writer.delete(exc)
            for day, skipped, start, end, deleted in state.exceptions:
                if not deleted:
                    self._put_exception(session, writer, booking, day, skipped, start, end)
            if state.deleted:
                writer.delete(booking)
            else:
                writer.restore(booking)

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _room(session: Session, room_id: str) -> Room:
        room = session.get(Room, room_id)
        if room is None or room.deleted:
            raise NotFoundError(f"there is no room with id {room_id}")
        return room

    @staticmethod
    def _live(session: Session, booking_id: str) -> Booking:
        booking = session.get(Booking, booking_id)
        if booking is None or booking.deleted:
            raise NotFoundError(f"there is no booking with id {booking_id}")
        return booking

    @staticmethod
    def _check_hirer(session: Session, hirer: dict[str, Any]) -> None:
        models: tuple[tuple[str, type[SyncedMixin]], ...] = (("group_id", Group), ("person_id", Person))
        for key, model in models:
            if hirer.get(key):
                record = session.get(model, hirer[key])
                if record is None or record.deleted:
                    raise ValidationError({"hirer": f"there is no {key[:-3]} with id {hirer[key]}"})

    @staticmethod
    def _exceptions(session: Session, booking_id: str) -> list[BookingException]:
        query = select(BookingException).where(BookingException.booking_id == booking_id)
        return list(session.scalars(query))

    def _put_exception(self, session: Session, writer: RecordWriter, booking: Booking, day: str,
                       skipped: bool, start: str | None, end: str | None) -> None:
        values = {"skipped": skipped, "starts_at": start, "ends_at": end}
        for exc in self._exceptions(session, booking.id):
            if exc.occurs_on == day:
                writer.update(exc, values)
                writer.restore(exc)
                return
        writer.create(BookingException, {"booking_id": booking.id, "occurs_on": day, "notes": "", **values})


_EDITABLE = ("room_id", "title", "hirer", "starts_at", "ends_at", "rrule", "first_on", "last_on",
             "setup_minutes", "clearaway_minutes", "status", "private", "rate_band", "price_pence",
             "books_over", "notes")


def parse_when(day: str, start: str, end: str) -> tuple[datetime, datetime]:
    """A date and two clock times as typed ("2027-01-12", "18:30", "20:00") as start and end."""
    try:
        first = parse_time(f"{date.fromisoformat(day.strip()).isoformat()}T{start.strip()}")
        until = parse_time(f"{first.date().isoformat()}T{end.strip()}")
    except ValueError as exc:
        wrong = f"“{day} {start}–{end}” is not a date (YYYY-MM-DD) and two times (HH:MM)"
        raise ValidationError({"when": wrong}) from exc
    return first, until


__all__ = ["BookingClashError", "BookingService", "BookingState", "CheckedBooking", "NewBooking",
           "Occurrence", "Repeat", "check_new", "parse_when"]
