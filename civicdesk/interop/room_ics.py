"""A room's bookings as an iCalendar (.ics) file for the public: when it is taken, and no more.

Every event says only "Booked" (no title, no hirer, private or not). A series is one event with
its RRULE, its skipped dates as EXDATEs and each moved date as an event of the same UID with a
RECURRENCE-ID, so a calendar app shows exactly the diary's dates. Times are the hall's local
time (floating). UIDs are stable (``booking-<id>@civicdesk``): a newer file moves events.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path

from civicdesk import __version__
from civicdesk.core.occurrences import Series, series_of_room
from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.portable import partial_path, replace_file
from civicdesk.services.rooms import RoomService

PUBLIC_SUMMARY = "Booked"


def room_series(db: Database, room_id: str) -> list[Series]:
    with db.read() as session:
        return series_of_room(session, room_id)


def calendar_bytes(room_name: str, space_name: str, series: list[Series], stamp: datetime) -> bytes:
    from icalendar import Calendar, Event, vRecur

    calendar = Calendar()
    calendar.add("prodid", f"-//CivicDesk//CivicDesk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{space_name}: {room_name}")
    for s in series:
        uid = f"booking-{s.booking_id}@civicdesk"
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("summary", PUBLIC_SUMMARY)
        event.add("dtstart", s.start)
        event.add("dtend", s.end)
        event.add("transp", "OPAQUE")
        if s.rrule:
            event.add("rrule", vRecur.from_ical(s.rrule))
            for day in s.skipped:
                event.add("exdate", datetime.combine(day, time(s.start.hour, s.start.minute)))
        calendar.add_component(event)
        for day, start, end in s.moved if s.rrule else ():
            moved = Event()
            moved.add("uid", uid)
            moved.add("dtstamp", stamp)
            moved.add("recurrence-id", datetime.combine(day, time(s.start.hour, s.start.minute)))
            moved.add("summary", PUBLIC_SUMMARY)
            moved.add("dtstart", start)
            moved.add("dtend", end)
            calendar.add_component(moved)
    return bytes(calendar.to_ical())


def write_room_ics(db: Database, room_id: str, out: Path, stamp: datetime | None = None) -> int:
    """Write the room's calendar; returns how many bookings (series counted once) it holds."""
    room = RoomService(db).room(room_id)
    from civicdesk.services.spaces import SpaceService

    space = SpaceService(db).get(room.space_id)
    series = room_series(db, room_id)
    data = calendar_bytes(room.name, space.name, series, stamp or datetime.now(UTC).replace(microsecond=0))
    partial = partial_path(out)
    try:
        partial.write_bytes(data)
        replace_file(partial, out)
    except OSError as exc:
        raise CivicDeskError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return len(series)
