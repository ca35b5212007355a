"""A week of a space's diary as plain data: its rooms (the columns) and the occurrences in them.

The window's week view, the noticeboard sheet and `civicdesk diary` all read it. A space with
no rooms has no diary yet (booking it first makes it one room).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from civicdesk.core import occurrences
from civicdesk.core.occurrences import Occurrence
from civicdesk.db.database import Database
from civicdesk.db.hire_models import Room
from civicdesk.db.models import Space
from civicdesk.errors import NotFoundError
from civicdesk.services.rooms import RoomView


@dataclass(frozen=True)
class WeekSheet:
    space_id: str
    space_name: str
    monday: date
    rooms: tuple[RoomView, ...]
    occurrences: tuple[Occurrence, ...]  # by start

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.monday + timedelta(days=n) for n in range(7))

    def in_room_on(self, room_id: str, day: date) -> list[Occurrence]:
        return [o for o in self.occurrences if o.room_id == room_id and o.start.date() == day]


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_sheets(db: Database, day: date, space_ids: Sequence[str] | None = None) -> list[WeekSheet]:
    """The week holding `day` for each space asked (default: every space with rooms), by name."""
    monday = monday_of(day)
    sunday = monday + timedelta(days=6)
    with db.read() as session:
        query = select(Room).where(Room.deleted.is_(False))
        if space_ids is not None:
            query = query.where(Room.space_id.in_(list(space_ids)))
        rooms: dict[str, list[RoomView]] = {}
        for r in session.scalars(query.order_by(Room.space_id, Room.position, Room.name)):
            rooms.setdefault(r.space_id, []).append(RoomView(
                r.id, r.space_id, r.name, r.whole_space, r.capacity, tuple(r.facilities or ()), r.position))
        wanted = list(space_ids) if space_ids is not None else list(rooms)
        names = {s.id: s.name for s in session.execute(
            select(Space.id, Space.name).where(Space.id.in_(wanted), Space.deleted.is_(False)))}
        one = wanted[0] if len(wanted) == 1 else None
        found = occurrences.load(session, monday, sunday, space_id=one)
    by_space: dict[str, list[Occurrence]] = {}
    for occ in found:
        by_space.setdefault(occ.space_id, []).append(occ)
    sheets = [
        WeekSheet(sid, names[sid], monday, tuple(rooms.get(sid, ())), tuple(by_space.get(sid, ())))
        for sid in wanted if sid in names
    ]
    sheets.sort(key=lambda s: (s.space_name.casefold(), s.space_id))
    return sheets


def week_of(db: Database, space_id: str, day: date) -> WeekSheet:
    """One space's week (its rooms may be none yet)."""
    sheets = week_sheets(db, day, [space_id])
    if not sheets:
        raise NotFoundError(f"there is no space with id {space_id}")
    return sheets[0]


@dataclass(frozen=True)
class DaySummary:
    day: date
    bookings: int
    hours: float
    titles: tuple[str, ...]  # the first few, for the month overview's cells


def month_of(db: Database, space_id: str, year: int, month: int) -> list[DaySummary]:
    """Each day of the month with its bookings counted (the month overview)."""
    first = date(year, month, 1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    with db.read() as session:
        found = occurrences.load(session, first, last, space_id=space_id)
    days = []
    for n in range(last.day):
        day = first + timedelta(days=n)
        mine = [o for o in found if o.start.date() == day]
        days.append(DaySummary(day, len(mine), round(sum(o.hours for o in mine), 1),
                               tuple(f"{o.start:%H:%M} {o.title or o.hirer}" for o in mine[:4])))
    return days


def spaces_with_rooms(db: Database, limit: int | None = None) -> list[tuple[str, str]]:
    """(id, name) of the spaces that have rooms in the diary, by name (the first `limit`)."""
    with db.read() as session:
        rows = session.execute(
            select(Space.id, Space.name).where(Space.deleted.is_(False), Space.id.in_(
                select(Room.space_id).where(Room.deleted.is_(False)))).order_by(Space.name).limit(limit)
        )
        return [(r.id, r.name) for r in rows]
