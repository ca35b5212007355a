"""The compliance calendar as an iCalendar (.ics) file that any calendar app imports.

One all-day event per upcoming due date within the horizon (default 365 days): every compliance
item of an open space, and every ACV listing that ends. Items already overdue are put on the day
of export, their summary starting "Overdue:", so the most urgent work is not left out. UIDs are
stable per item (``compliance-<item id>@civicdesk``, ``acv-expiry-<space id>@civicdesk``), so
importing a newer file moves an event instead of duplicating it. Each event carries a reminder two
weeks before (an overdue one, on the day).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from civicdesk import __version__
from civicdesk.errors import CivicDeskError

if TYPE_CHECKING:
    from icalendar import Calendar

    from civicdesk.db.database import Database

DEFAULT_HORIZON_DAYS = 365
REMINDER = timedelta(days=14)


@dataclass(frozen=True)
class CalendarEntry:
    uid: str
    day: date
    summary: str
    description: str
    overdue: bool = False


def upcoming_entries(
    db: Database, today: date, horizon_days: int = DEFAULT_HORIZON_DAYS
) -> list[CalendarEntry]:
    """What is overdue (dated today) or falls due from today to today + horizon, soonest first."""
    from civicdesk.services.dashboard import acv_expiring, due_items

    if horizon_days < 0:
        raise CivicDeskError("the horizon must be zero or more days")
    until = today + timedelta(days=horizon_days)
    entries = [
        CalendarEntry(
            f"compliance-{row.item_id}@civicdesk",
            max(date.fromisoformat(row.next_due), today),
            (f"Overdue: {row.kind}: {row.space_name}" if row.days_left < 0
             else f"{row.kind} due: {row.space_name}"),
            f"{row.kind} for {row.space_name} "
            + (f"was due on {row.next_due} ({-row.days_left} days overdue)." if row.days_left < 0
               else f"is due on {row.next_due}.")
            + (f" Last done {row.last_done}." if row.last_done else " Never recorded as done."),
            overdue=row.days_left < 0,
        )
        for row in due_items(db, today, until)
    ]
    entries += [
        CalendarEntry(
            f"acv-expiry-{row.space_id}@civicdesk",
            date.fromisoformat(row.expires_on),
            f"ACV listing ends: {row.space_name}",
            f"The Asset of Community Value listing of {row.space_name} (listed {row.listed_on}) ends on "
            f"{row.expires_on} and cannot be extended: nominate it again in good time.",
        )
        for row in acv_expiring(db, today, horizon_days)
    ]
    return sorted(entries, key=lambda e: (e.day, e.summary))


def build_calendar(entries: list[CalendarEntry], stamp: datetime) -> Calendar:
    # Imported here so that starting the command line does not pay for it.
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", f"-//CivicDesk//CivicDesk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "CivicDesk: what is due")
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.day)  # a date, not a datetime: an all-day event
        event.add("dtend", entry.day + timedelta(days=1))
        event.add("summary", entry.summary)
        event.add("description", entry.description)
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", entry.summary)
        # An overdue item is dated today: a reminder two weeks earlier would never be seen.
        alarm.add("trigger", timedelta(0) if entry.overdue else -REMINDER)
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar


@dataclass(frozen=True)
class IcsSummary:
    events: int
    overdue: int  # of the events, how many were already overdue (dated the day of export)


def export_ics(db: Database, out: Path, today: date | None = None,
               horizon_days: int = DEFAULT_HORIZON_DAYS) -> IcsSummary:
    """Write the calendar file; returns how many events, and how many of them are overdue."""
    today = today or date.today()
    entries = upcoming_entries(db, today, horizon_days)
    # DTSTAMP from the day, not the clock: the same data on the same day gives the same file.
    stamp = datetime.combine(today, time(0, 0), tzinfo=UTC)
    data = build_calendar(entries, stamp).to_ical()
    out = Path(out)
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise CivicDeskError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return IcsSummary(len(entries), sum(e.overdue for e in entries))
