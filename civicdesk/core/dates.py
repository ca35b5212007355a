"""Dates the committee relies on: month arithmetic (31st, leap days) and the British way of writing them."""

from __future__ import annotations

import calendar
from datetime import date, datetime


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def parse(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def british_date(iso: str | None) -> str:
    """YYYY-MM-DD as the day/month/year people write."""
    if not iso:
        return ""
    try:
        return date.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def british_time(at: str | None) -> str:
    """A stored UTC time (ISO 8601) as local day/month/year hours:minutes."""
    if not at:
        return ""
    try:
        return datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return at
