"""Example rooms, hire rates and a year of bookings for the halls of an example neighbourhood.

Halls get one to three rooms; local groups hire them weekly (some fortnightly, a council
surgery on the 2nd Tuesday of the month) in term time, so the summer is quiet; parties take
Saturdays and Sundays, many of them private. Some halls are busy, some barely used. Nothing
clashes. A random source of its own (from the seed) leaves the rest of the example unchanged.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from civicdesk.core import recurrence
from civicdesk.core.recurrence import Repeat
from civicdesk.db.bulk import new_synced_row
from civicdesk.db.ids import seeded_id

HALL_WORDS = ("hall", "community centre", "youth centre", "children's centre", "scout hut", "library")
EXTRA_ROOMS = ("Small hall", "Committee room", "Studio")
ACTIVITIES = ("Yoga", "Pilates", "Toddler group", "Scouts", "Choir", "Bingo", "Dance class", "Karate",
              "Coffee morning", "Table tennis", "Art class", "Zumba", "Slimming club", "Bridge club",
              "Chair exercise", "Brownies", "Film club", "Knit and natter")
PARTIES = ("Birthday party", "Christening", "Wedding reception", "Anniversary party", "Baby shower",
           "Family gathering", "Wake")
WEEKDAY_SLOTS = ((time(9, 30), time(11, 30)), (time(12, 30), time(14)), (time(15, 30), time(17)),
                 (time(17, 30), time(19)), (time(19, 30), time(21, 30)))
WEEKEND_SLOTS = ((time(10), time(13)), (time(14), time(17)), (time(18), time(23)))
FREQUENCIES = ("weekly",) * 5 + ("fortnightly",)
RATES = (("community", "hour", 1200, 0), ("regular", "hour", 1000, 0), ("commercial", "hour", 2500, 10000))


def is_hall(space: dict[str, Any]) -> bool:
    subtype = str(space.get("subtype") or "").casefold()
    return space.get("category") != "digital" and any(w in subtype for w in HALL_WORDS)


@cache
def terms(today: date) -> tuple[tuple[date, date], ...]:
    """School terms that touch the year before and the half year after `today`."""
    found = []
    for year in (today.year - 2, today.year - 1, today.year, today.year + 1):
        for first, last in ((date(year, 1, 6), date(year, 3, 28)), (date(year, 4, 20), date(year, 7, 18)),
                            (date(year, 9, 7), date(year, 12, 16))):
            if last >= today - timedelta(days=365) and first <= today + timedelta(days=180):
                found.append((first, last))
    return tuple(found)


class DemoBookings:
    def __init__(self, seed: int, today: date, stamp: str, now_iso: str, first_id_ms: int) -> None:
        self.rng = random.Random(f"bookings-{seed}")
        self.today, self.stamp, self.now_iso, self.id_ms = today, stamp, now_iso, first_id_ms
        self.rooms: list[dict[str, Any]] = []
        self.rates: list[dict[str, Any]] = []
        self.bookings: list[dict[str, Any]] = []

    def _row(self, **values: Any) -> dict[str, Any]:
        self.id_ms += 1
        return new_synced_row(seeded_id(self.rng, self.id_ms), self.stamp, self.now_iso, **values)

    def build(self, spaces: list[dict[str, Any]], groups: list[dict[str, Any]],
              people: list[dict[str, Any]]) -> None:
        for space in (s for s in spaces if is_hall(s)):
            names = ["Main hall", *self.rng.sample(EXTRA_ROOMS, k=self.rng.choice((0, 0, 0, 1, 1, 2)))]
            busy = self.rng.choice((0.15, 0.3, 0.5, 0.7, 0.9, 1.0))  # some thrive, some struggle
            for position, name in enumerate(names):
                whole = len(names) == 1
                main = position == 0
                room = self._row(
                    space_id=space["id"], name=space["name"] if whole else name, whole_space=whole,
                    capacity=(space.get("capacity") or 80) if main else self.rng.choice((20, 30, 40)),
                    facilities=["kitchen", "tables and chairs"] if main else ["tables and chairs"],
                    position=position, notes="",
                )
                self.rooms.append(room)
                for band, unit, pence, deposit in RATES:
                    amount = int(pence * (1.0 if main else 0.6)) // 50 * 50
                    self.rates.append(self._row(room_id=room["id"], band=band, unit=unit, amount_pence=amount,
                                                session_hours=None, deposit_pence=deposit, notes=""))
                self._room_bookings(space, room, busy * (1.0 if position == 0 else 0.5), groups, people)

    def _booking(self, space: dict[str, Any], room: dict[str, Any], title: str, hirer: dict[str, Any],
                 start: datetime, end: datetime, rule: str, *, setup: int, clear: int, private: bool,
                 band: str) -> None:
        last = recurrence.last_date(rule, start)
        future = start.date() > self.today
        status = "provisional" if future and self.rng.random() < 0.3 else "confirmed"
        self.bookings.append(self._row(
            space_id=space["id"], room_id=room["id"], title=title, hirer=hirer,
            starts_at=start.isoformat(timespec="minutes"), ends_at=end.isoformat(timespec="minutes"),
            rrule=rule, first_on=start.date().isoformat(), last_on=last.isoformat() if last else None,
            setup_minutes=setup, clearaway_minutes=clear, status=status, private=private, rate_band=band,
            price_pence=None, books_over=[], notes="",
        ))

    def _room_bookings(self, space: dict[str, Any], room: dict[str, Any], busy: float,
                       groups: list[dict[str, Any]], people: list[dict[str, Any]]) -> None:
        rng = self.rng
        # Weekday slots go to local groups for every term (the same group keeps its slot).
        slots = [(day, slot) for day in range(5) for slot in WEEKDAY_SLOTS]
        taken = rng.sample(slots, k=min(len(slots), round(busy * 9)))
        for index, (weekday, (begin, finish)) in enumerate(taken):
            group = rng.choice(groups)
            hirer = {"group_id": group["id"], "name": group["name"]}
            title = rng.choice(ACTIVITIES)
            kind = "monthly" if index == 0 and weekday == 1 else rng.choice(FREQUENCIES)
            for first, last in terms(self.today):
                day = first + timedelta(days=(weekday - first.weekday()) % 7)
                if kind == "monthly":  # the 2nd Tuesday of the term's first month
                    month = first.replace(day=1)
                    title, hirer = "Council surgery", {"name": "Parish council"}
                    day = month + timedelta(days=(1 - month.weekday()) % 7 + 7)
                start, end = datetime.combine(day, begin), datetime.combine(day, finish)
                rule = recurrence.rule_text(start, Repeat(kind, until=last))
                self._booking(space, room, title, hirer, start, end, rule, setup=15, clear=15, private=False,
                              band="regular")
        # Weekend parties, more in June and December, few in January.
        first_day = self.today - timedelta(days=365)
        used: set[tuple[date, int]] = set()
        for _ in range(round(busy * 40)):
            day = first_day + timedelta(days=rng.randrange(365 + 150))
            day += timedelta(days=(5 - day.weekday()) % 7 + rng.choice((0, 1)))  # Saturday or Sunday
            weight = {1: 0.3, 6: 1.0, 12: 1.0, 8: 0.6}.get(day.month, 0.7)
            slot = rng.randrange(len(WEEKEND_SLOTS))
            if rng.random() > weight or (day, slot) in used:
                continue
            used.add((day, slot))
            begin, finish = WEEKEND_SLOTS[slot]
            person = rng.choice(people)  # a one-off hirer: a person, so their consents decide
            hirer = {"person_id": person["id"], "name": person["name"]}
            band = "community" if rng.random() < 0.7 else "commercial"
            self._booking(space, room, rng.choice(PARTIES), hirer, datetime.combine(day, begin),
                          datetime.combine(day, finish), "", setup=30, clear=30, private=rng.random() < 0.6,
                          band=band)
