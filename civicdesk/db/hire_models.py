"""Typed models of hiring a space out: its rooms, their hire rates, bookings and their exceptions.

A recurring booking is stored once, as its first occurrence and an iCalendar RRULE (expanded by
python-dateutil when read), with a `BookingException` per occurrence skipped or moved; it is
never stored as one row per occurrence. Times are the hall's local wall-clock time,
"YYYY-MM-DDTHH:MM".
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from civicdesk.db.base import Base, SyncedMixin


class BookingStatus(StrEnum):
    PROVISIONAL = "provisional"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class RateUnit(StrEnum):
    HOUR = "hour"
    SESSION = "session"


class RateBand(StrEnum):
    """The usual bands; a hall may name its own."""

    COMMUNITY = "community"
    REGULAR = "regular"
    COMMERCIAL = "commercial"


class Room(SyncedMixin, Base):
    """A room of a space that is hired out (a one-room hall has one, `whole_space`)."""

    __tablename__ = "rooms"
    RECORD_TYPE = "room"

    space_id: Mapped[str] = mapped_column(ForeignKey("spaces.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    whole_space: Mapped[bool] = mapped_column(Boolean, default=False)
    capacity: Mapped[int | None] = mapped_column(Integer)
    facilities: Mapped[list[str]] = mapped_column(default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)  # its column in the diary
    notes: Mapped[str] = mapped_column(Text, default="")


class HireRate(SyncedMixin, Base):
    """What a room costs to hire in one band: per hour or per session, with a deposit."""

    __tablename__ = "hire_rates"
    RECORD_TYPE = "hire_rate"

    room_id: Mapped[str] = mapped_column(ForeignKey("rooms.id"), index=True)
    band: Mapped[str] = mapped_column(String(40), default=RateBand.COMMUNITY.value)
    unit: Mapped[str] = mapped_column(String(20), default=RateUnit.HOUR.value)
    amount_pence: Mapped[int] = mapped_column(Integer, default=0)
    session_hours: Mapped[int | None] = mapped_column(Integer)  # how long a "session" is
    deposit_pence: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class Booking(SyncedMixin, Base):
    """A hire of a room: once, or a series (`rrule`), with set-up and clear-away time around it."""

    __tablename__ = "bookings"
    __table_args__ = (Index("ix_bookings_room_dates", "room_id", "first_on", "last_on"),)
    RECORD_TYPE = "booking"
    # When a booking happens is one value: two sites moving it are one conflict, not a mix.
    FIELD_GROUPS = {"when": ("starts_at", "ends_at", "rrule", "first_on", "last_on")}

    space_id: Mapped[str] = mapped_column(ForeignKey("spaces.id"), index=True)
    room_id: Mapped[str] = mapped_column(ForeignKey("rooms.id"))  # indexed with the dates
    title: Mapped[str] = mapped_column(String(200), default="")  # what it is for: "Yoga"
    # {"group_id"|"person_id", "name"}: a group of ours, or a one-off hirer held as a person
    # (so their contact details follow that person's consents).
    hirer: Mapped[dict[str, Any]] = mapped_column(default=dict)
    starts_at: Mapped[str] = mapped_column(String(16))  # the first occurrence
    ends_at: Mapped[str] = mapped_column(String(16))
    rrule: Mapped[str] = mapped_column(String(300), default="")  # "FREQ=WEEKLY;UNTIL=20270331", or ""
    first_on: Mapped[str] = mapped_column(String(10))  # date of the first occurrence
    last_on: Mapped[str | None] = mapped_column(String(10))  # of the last; None: no end
    setup_minutes: Mapped[int] = mapped_column(Integer, default=0)
    clearaway_minutes: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default=BookingStatus.PROVISIONAL.value)
    private: Mapped[bool] = mapped_column(Boolean, default=False)  # printed and exported as "booked"
    rate_band: Mapped[str] = mapped_column(String(40), default="")
    price_pence: Mapped[int | None] = mapped_column(Integer)  # an agreed price instead of the rate
    # Ids of bookings this one was knowingly booked over: not reported as clashes.
    books_over: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")


class BookingException(SyncedMixin, Base):
    """One occurrence of a series skipped, or moved to other times."""

    __tablename__ = "booking_exceptions"
    RECORD_TYPE = "booking_exception"
    FIELD_GROUPS = {"moved": ("starts_at", "ends_at")}

    booking_id: Mapped[str] = mapped_column(ForeignKey("bookings.id"), index=True)
    occurs_on: Mapped[str] = mapped_column(String(10))  # the date the rule gives
    skipped: Mapped[bool] = mapped_column(Boolean, default=True)
    starts_at: Mapped[str | None] = mapped_column(String(16))  # where a moved occurrence went
    ends_at: Mapped[str | None] = mapped_column(String(16))
    notes: Mapped[str] = mapped_column(Text, default="")
