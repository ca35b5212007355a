"""How much a space is used, measured from its bookings: the evidence beside the committee's ratings.

`usage_facts(db, space_id, today)` looks at the twelve months up to `today` (cancelled bookings
and skipped dates left out; provisional ones counted): booked hours in all and per week, the
share of the space's opening hours (times its rooms) that was booked, how many hirers, groups
and regular hirers, and each month's hours for a trend. Qt-free; the health form and report
show it, labelled as figures from the diary.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from civicdesk.core import occurrences
from civicdesk.db.database import Database
from civicdesk.db.hire_models import Room
from civicdesk.db.models import Space
from civicdesk.errors import NotFoundError

WEEKS_IN_YEAR = 365 / 7
# A hirer is regular when they booked on this many dates in the twelve months (about monthly).
REGULAR_FROM_DATES = 10
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class MonthUsage:
    month: str  # "2027-01"
    hours: float
    occurrences: int


@dataclass(frozen=True)
class UsageFacts:
    space_id: str
    first_day: date  # the twelve months measured: first_day..last_day
    last_day: date
    rooms: int
    booked_hours: float  # room-hours booked in the twelve months
    hours_per_week: float
    opening_hours_per_week: float | None  # of the space, from its opening hours; None if not recorded
    occupancy: float | None  # booked room-hours / open room-hours, 0..1 (None without opening hours)
    occurrences: int
    hirers: int
    groups: int  # hirers that are groups in the database
    regular_hirers: int  # hirers with at least REGULAR_FROM_DATES dates
    months: tuple[MonthUsage, ...]  # oldest first, twelve of them
    trend: str  # "rising", "falling" or "steady": last six months against the six before

    @property
    def has_bookings(self) -> bool:
        return self.occurrences > 0


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def opening_hours_per_week(opening: dict[str, object] | None) -> float | None:
    """Hours open in a week from a space's opening hours ({"mon": [["09:00", "17:00"]], …})."""
    total, seen = 0, False
    for day in _DAYS:
        spans = (opening or {}).get(day) or []
        if not isinstance(spans, list):
            continue
        for span in spans:
            try:
                start, end = _minutes(str(span[0])), _minutes(str(span[1]))
            except (ValueError, IndexError, TypeError):
                continue
            seen = True
            total += max(0, (end if end > start else end + 24 * 60) - start)
    return total / 60 if seen else None


def half_year_rates(months: tuple[MonthUsage, ...] | list[MonthUsage], first_day: date,
                    last_day: date) -> tuple[float, float]:
    """Hours booked a week in the first six of the twelve months and in the last six, each over
    the days it covers (the month under way counts only its days so far, so it does not look
    like a fall)."""
    halves = []
    for part in (months[:6], months[6:]):
        hours, days = 0.0, 0
        for m in part:
            start = date.fromisoformat(m.month + "-01")
            end = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
            days += max(0, (min(end, last_day + timedelta(days=1)) - max(start, first_day)).days)
            hours += m.hours
        halves.append(round(hours / days * 7, 1) if days else 0.0)
    return halves[0], halves[1]


def _trend(months: list[MonthUsage], first_day: date, last_day: date) -> str:
    earlier, later = half_year_rates(months, first_day, last_day)
    if earlier == later or (earlier and abs(later - earlier) / earlier < 0.1):
        return "steady"
    return "rising" if later > earlier else "falling"


def _month_starts(last_day: date) -> list[date]:
    starts, year, month = [], last_day.year, last_day.month
    for _ in range(12):
        starts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def usage_facts(db: Database, space_id: str, today: date | None = None) -> UsageFacts:
    """The usage of one space over the twelve months ending `today` (default: today)."""
    last_day = today or date.today()
    first_day = last_day - timedelta(days=364)
    with db.read() as session:
        space = session.get(Space, space_id)
        if space is None or space.deleted:
            raise NotFoundError(f"there is no space with id {space_id}")
        rooms = session.scalar(select(func.count()).select_from(Room).where(
            Room.space_id == space_id, Room.deleted.is_(False))) or 0
        found = occurrences.load(session, first_day, last_day, space_id=space_id)
        opening = opening_hours_per_week(space.opening_hours)
    starts = _month_starts(last_day)
    by_month = {s.isoformat()[:7]: [0.0, 0] for s in starts}
    dates_by_hirer: dict[str, set[date]] = {}
    group_hirers: set[str] = set()
    hours = 0.0
    for occ in found:
        hours += occ.hours
        slot = by_month.get(occ.start.date().isoformat()[:7])
        if slot is not None:
            slot[0] += occ.hours
            slot[1] += 1
        key = occ.hirer.casefold() or occ.booking_id
        dates_by_hirer.setdefault(key, set()).add(occ.start.date())
        if occ.hirer_group_id:
            group_hirers.add(occ.hirer_group_id)
    months = [MonthUsage(month, round(h, 1), int(n)) for month, (h, n) in by_month.items()]
    open_room_hours = opening * rooms * WEEKS_IN_YEAR if opening and rooms else None
    return UsageFacts(
        space_id, first_day, last_day, rooms, round(hours, 1), round(hours / WEEKS_IN_YEAR, 1), opening,
        round(min(1.0, hours / open_room_hours), 3) if open_room_hours else None,
        len(found), len(dates_by_hirer), len(group_hirers),
        sum(1 for days in dates_by_hirer.values() if len(days) >= REGULAR_FROM_DATES),
        tuple(months), _trend(months, first_day, last_day),
    )
