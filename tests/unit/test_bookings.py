"""Booking rooms: series with skipped dates, clashes named (buffers included), moves and cancels."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from civicdesk.core.recurrence import Repeat, describe
from civicdesk.db.database import Database
from civicdesk.errors import ValidationError
from civicdesk.services.bookings import BookingClashError, BookingService, NewBooking
from civicdesk.services.groups import GroupService
from civicdesk.services.rooms import RoomService
from civicdesk.services.spaces import SpaceService

TUESDAY = datetime(2027, 1, 12, 18, 30)


@pytest.fixture
def hall(db: Database) -> tuple[str, str, str]:
    space = SpaceService(db).create({"name": "Mill Lane Hall", "category": "civic"})
    rooms = RoomService(db)
    main = rooms.add_room(space.id, "Main hall", capacity=120)
    small = rooms.add_room(space.id, "Small room", capacity=20)
    return space.id, main, small


def yoga(room: str, **kw) -> NewBooking:
    base = dict(room_id=room, title="Yoga", hirer="Tuesday Yoga", start=TUESDAY,
                end=TUESDAY.replace(hour=20, minute=0), clearaway_minutes=15,
                repeat=Repeat("weekly", until=date(2027, 3, 30)),
                skipped=(date(2027, 2, 16), date(2027, 3, 2)))
    base.update(kw)
    return NewBooking(**base)


def test_a_weekly_term_with_two_skipped_dates_has_its_dates_and_not_the_skipped_ones(db, hall):
    space, main, _small = hall
    bookings = BookingService(db)
    bookings.add(yoga(main))
    found = bookings.occurrences(date(2027, 1, 1), date(2027, 12, 31), space_id=space)
    days = [o.start.date() for o in found]
    assert len(days) == 12 - 2
    assert date(2027, 2, 16) not in days and date(2027, 3, 2) not in days
    assert days[0] == date(2027, 1, 12) and days[-1] == date(2027, 3, 30)
    assert all(o.room == "Main hall" and o.start.hour == 18 for o in found)


def test_a_party_over_the_class_is_refused_naming_it_and_booked_over_on_purpose(db, hall):
    _space, main, small = hall
    bookings = BookingService(db)
    bookings.add(yoga(main))
    # 20:00 + 15 minutes' clear-away: a party from 20:05 still clashes.
    party = NewBooking(main, "Birthday party", "Sam", datetime(2027, 1, 26, 20, 5), datetime(2027, 1, 26, 23))
    with pytest.raises(BookingClashError, match=r"Main hall is already booked then: Yoga \(Tuesday Yoga\)"
                       r" in Main hall, Tue 26 Jan 2027 18:30–20:00"):
        bookings.add(party)
    assert bookings.add(NewBooking(small, "Birthday party", "Sam", party.start, party.end))  # other room
    # On a skipped date the room is free.
    free = NewBooking(main, "Quiz", "Sam", datetime(2027, 2, 16, 19), datetime(2027, 2, 16, 21))
    assert bookings.add(free)
    over = bookings.add(NewBooking(main, "Party", "Sam", party.start, party.end, book_over=True))
    assert bookings.clashes(main, datetime(2027, 1, 26, 19), datetime(2027, 1, 26, 19, 30))
    assert {o.title for o in bookings.occurrences(date(2027, 1, 26), date(2027, 1, 26))} >= {"Yoga", "Party"}
    assert over


def test_monthly_on_the_second_tuesday_and_fortnightly_by_count(db, hall):
    _space, main, small = hall
    bookings = BookingService(db)
    bookings.add(NewBooking(main, "Council surgery", "Parish council", TUESDAY, TUESDAY.replace(hour=20),
                            repeat=Repeat("monthly", until=date(2027, 6, 30))))
    bookings.add(NewBooking(small, "Choir", "Choir", datetime(2027, 1, 7, 19), datetime(2027, 1, 7, 21),
                            repeat=Repeat("fortnightly", count=4)))
    found = bookings.occurrences(date(2027, 1, 1), date(2027, 12, 31))
    surgery = [o.start.date() for o in found if o.title == "Council surgery"]
    assert surgery == [date(2027, m, d) for m, d in ((1, 12), (2, 9), (3, 9), (4, 13), (5, 11), (6, 8))]
    assert [o.start.day for o in found if o.title == "Choir"] == [7, 21, 4, 18]
    words = {o.title: describe(bookings.booking(o.booking_id).rrule, o.start) for o in found}
    assert words == {"Council surgery": "The 2nd Tuesday of each month until 30 June 2027",
                     "Choir": "Every other Thursday, 4 times"}


def test_moving_one_date_of_a_series_and_undoing_it(db, hall):
    _space, main, _small = hall
    bookings = BookingService(db)
    booking_id = bookings.add(yoga(main))
    before = bookings.state(booking_id)
    bookings.move(booking_id, date(2027, 1, 19), datetime(2027, 1, 20, 10), datetime(2027, 1, 20, 11, 30))
    week = bookings.occurrences(date(2027, 1, 18), date(2027, 1, 24))
    assert [(o.start, o.moved) for o in week] == [(datetime(2027, 1, 20, 10), True)]
    # The moved date holds the room at its new time, and no longer at its old one.
    [clash] = bookings.clashes(main, datetime(2027, 1, 20, 11), datetime(2027, 1, 20, 12))
    assert (clash.title, clash.start, clash.moved) == ("Yoga", datetime(2027, 1, 20, 10), True)
    assert bookings.clashes(main, datetime(2027, 1, 19, 18), datetime(2027, 1, 19, 21)) == []
    assert bookings.clashes(main, datetime(2027, 1, 26, 18), datetime(2027, 1, 26, 21))[0].moved is False
    bookings.put_state(before)
    week = bookings.occurrences(date(2027, 1, 18), date(2027, 1, 24))
    assert [o.start for o in week] == [datetime(2027, 1, 19, 18, 30)]


def test_cancelling_a_date_or_the_whole_series(db, hall):
    _space, main, _small = hall
    bookings = BookingService(db)
    booking_id = bookings.add(yoga(main))
    bookings.cancel(booking_id, date(2027, 1, 19))
    assert date(2027, 1, 19) in bookings.skipped_dates(booking_id)
    bookings.cancel(booking_id)
    assert bookings.occurrences(date(2027, 1, 1), date(2027, 12, 31)) == []
    cancelled = bookings.occurrences(date(2027, 1, 1), date(2027, 12, 31), include_cancelled=True)
    assert {o.status for o in cancelled} == {"cancelled"}


def test_bad_bookings_are_refused_in_words_and_nothing_is_written(db, hall):
    space, main, _small = hall
    bookings = BookingService(db)
    with pytest.raises(ValidationError, match="ends before it starts"):
        bookings.add(NewBooking(main, "Yoga", "Yoga", TUESDAY, TUESDAY.replace(hour=17)))
    with pytest.raises(ValidationError, match="2027-01-13 is not one of the booking's dates"):
        bookings.add(yoga(main, skipped=(date(2027, 1, 13),)))
    with pytest.raises(ValidationError, match="who is hiring"):
        bookings.add(yoga(main, hirer=""))
    assert bookings.occurrences(date(2026, 1, 1), date(2028, 1, 1), space_id=space) == []


def test_a_group_of_ours_as_hirer(db, hall):
    _space, main, _small = hall
    group = GroupService(db).create({"name": "Tuesday Yoga Group"})
    bookings = BookingService(db)
    bookings.add(yoga(main, hirer={"group_id": group.id, "name": group.name}))
    assert bookings.occurrences(date(2027, 1, 12), date(2027, 1, 12))[0].printed_hirer == "Tuesday Yoga Group"


def test_usage_facts_count_hours_occupancy_hirers_and_follow_new_bookings(db, hall):
    from civicdesk.services.spaces import SpaceService
    from civicdesk.services.usage import usage_facts

    space, main, small = hall
    SpaceService(db).update(space, {"opening_hours": {d: [["09:00", "21:00"]] for d in
                                                      ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}})
    group = GroupService(db).create({"name": "Tuesday Yoga Group"})
    bookings = BookingService(db)
    bookings.add(yoga(main, hirer={"group_id": group.id, "name": group.name}))  # 10 × 1.5 h
    today = date(2027, 6, 30)
    facts = usage_facts(db, space, today)
    assert facts.booked_hours == 15.0 and facts.occurrences == 10
    assert facts.opening_hours_per_week == 84.0 and facts.rooms == 2
    assert facts.groups == 1 and facts.hirers == 1 and facts.regular_hirers == 1
    assert facts.occupancy == round(15 / (84 * 2 * 365 / 7), 3)
    assert [m.month for m in facts.months][0] == "2026-07" and facts.months[-1].month == "2027-06"
    assert facts.trend == "rising"  # nothing from July to December, all of it from January
    bookings.add(NewBooking(small, "Party", "Sam", datetime(2027, 6, 5, 14), datetime(2027, 6, 5, 18)))
    after = usage_facts(db, space, today)
    assert after.booked_hours == 19.0 and after.hirers == 2 and after.regular_hirers == 1
    assert after.hours_per_week == round(19 / (365 / 7), 1)


def test_reading_a_late_week_of_a_long_series_gives_the_dates_the_whole_rule_gives():
    from civicdesk.core.recurrence import rule_text, starts

    start = datetime(2026, 1, 13, 18, 30)
    for repeat in (Repeat("weekly", until=date(2028, 1, 1)), Repeat("fortnightly", until=date(2028, 1, 1)),
                   Repeat("monthly", until=date(2028, 1, 1)), Repeat("weekly", count=80)):
        rule = rule_text(start, repeat)
        every = starts(rule, start, start.date(), date(2028, 1, 1))
        for first in (date(2026, 6, 1), date(2027, 3, 8), date(2027, 11, 9)):
            last = first + timedelta(days=40)
            assert starts(rule, start, first, last) == [s for s in every if first <= s.date() <= last], rule


def test_the_command_line_offers_the_services_choices():
    from civicdesk.commands import booking
    from civicdesk.core.recurrence import FREQUENCIES
    from civicdesk.services.bookings import STATUSES

    assert booking.STATUSES == STATUSES and booking.FREQUENCIES == FREQUENCIES
