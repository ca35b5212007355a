"""Dates read one way everywhere on screen ("7 Dec 2026"); typing boxes keep dd/mm/yyyy."""

from __future__ import annotations

from datetime import date

from civicdesk.core.dates import british_date, british_time, date_for_typing


def test_dates_in_the_british_long_style():
    assert british_date("2026-12-07") == "7 Dec 2026"
    assert british_date(date(2027, 1, 15)) == "15 Jan 2027"
    assert british_date("2026-09-30T10:00:00Z") == "30 Sep 2026"  # a stored time read as its day
    assert british_date("") == "" and british_date(None) == ""
    assert british_date("sometime") == "sometime"  # not a date: shown as it was


def test_times_and_typing_boxes():
    assert british_time("2027-01-15T08:00:00+00:00").startswith("15 Jan 2027, ")
    assert date_for_typing("2026-12-07") == "07/12/2026"
