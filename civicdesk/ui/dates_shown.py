"""Dates on screen in the window's language: "7 Dec 2026", "7 Rhag 2026", "7 gru 2026", "7 دسمبر 2026".

In English the window keeps `core.dates.british_date` (the form files, exports and printed pages use
too). In another language Qt's own locale data gives the month names, so there is nothing of ours to
translate. In a right-to-left window, figures that must read left to right (a time range such as
"09:30–11:30") are wrapped in Unicode isolates, or the bidirectional algorithm turns them round.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from civicdesk.core.dates import MONTHS, british_date, day_of

_LEFT_TO_RIGHT_ISOLATE, _POP_DIRECTIONAL_ISOLATE = "\u2066", "\u2069"


def shown_date(value: str | date | None) -> str:
    """A stored date (a date or YYYY-MM-DD…) as the window's language writes it; other text as it was."""
    locale = QLocale()
    if locale.language() == QLocale.Language.English:
        return british_date(value)
    day = day_of(value) if value else None
    if day is None:
        return str(value or "")
    return locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def left_to_right(text: str) -> str:
    """`text` kept in left-to-right order inside a right-to-left window (as it is elsewhere)."""
    if not text or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return f"{_LEFT_TO_RIGHT_ISOLATE}{text}{_POP_DIRECTIONAL_ISOLATE}"


def shown_day(day: date, with_year: bool = False) -> str:
    """A day with its weekday, as the diary heads a column or lists a date: "Tue 8 Dec (2026)"."""
    locale = QLocale()
    if locale.language() == QLocale.Language.English:
        text = f"{day:%a} {day.day} {MONTHS[day.month - 1]}"  # not %b: it follows the computer
        return f"{text} {day.year}" if with_year else text
    pattern = "ddd d MMM yyyy" if with_year else "ddd d MMM"
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def weekday_name(day: date) -> str:
    """The day of the week in full ("Tuesday", "dydd Mawrth", "wtorek", "منگل")."""
    if QLocale().language() == QLocale.Language.English:
        return f"{day:%A}"
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)


def shown_times(start: Any, end: Any) -> str:
    """A time range "09:30–11:30" that reads the same in a right-to-left window."""
    return left_to_right(f"{start:%H:%M}–{end:%H:%M}")


def shown_day_month(day: date) -> str:
    """A day and month without the year ("7 Dec", "7 gru"), where the year is written after."""
    if QLocale().language() == QLocale.Language.English:
        return f"{day.day} {MONTHS[day.month - 1]}"
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def shown_month(day: date) -> str:
    """A month and year as a heading: "December 2026", "Rhagfyr 2026", "grudzień 2026"."""
    if QLocale().language() == QLocale.Language.English:
        return f"{day:%B} {day.year}"
    return f"{QLocale().standaloneMonthName(day.month, QLocale.FormatType.LongFormat)} {day.year}"
