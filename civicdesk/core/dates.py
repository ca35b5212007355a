"""Dates the committee relies on: month arithmetic (31st, leap days) and the British way of writing them."""

from __future__ import annotations

import calendar
from datetime import date, datetime

# English month abbreviations whatever the computer's language setting (strftime's %b follows it).
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def parse(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def day_of(value: str | date) -> date | None:
    """The day of a date or of an ISO text (a longer ISO time is cut to its day); None for other text."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def british_date(iso: str | date | None) -> str:
    """A date as people here read it everywhere on screen: "7 Dec 2026" (ISO stays for files).

    Takes a date or YYYY-MM-DD (a longer ISO time is cut to its day); anything else comes back as it was.
    """
    if not iso:
        return ""
    day = day_of(iso)
    if day is None:
        return str(iso)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"  # not %-d: Windows has no such code


def date_for_typing(iso: str | None) -> str:
    """A date in a box people type into: dd/mm/yyyy, the form they type (not for reading elsewhere)."""
    if not iso:
        return ""
    try:
        return date.fromisoformat(iso[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def british_time(at: str | None) -> str:
    """A stored UTC time (ISO 8601) as the local day and time: "7 Dec 2026, 14:05"."""
    if not at:
        return ""
    try:
        when = datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return at
    return f"{british_date(when.date())}, {when:%H:%M}"
