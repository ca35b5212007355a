"""How a booking repeats: a plain description turned into an iCalendar RRULE, and back into dates.

The rule is stored as RRULE text (what ICS files carry) and expanded by python-dateutil's
`rrule`; nothing here counts weeks by hand. Times are local wall-clock times without a zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from dateutil import rrule as du
from dateutil.relativedelta import relativedelta

from civicdesk.errors import ValidationError

FREQUENCIES = ("none", "weekly", "fortnightly", "monthly")
ORDINALS = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th", -1: "last"}
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A series without an end is read this far ahead at most (two years past any date asked about).
HORIZON_DAYS = 800


@dataclass(frozen=True)
class Repeat:
    """How often: `frequency` one of FREQUENCIES; monthly repeats on the same weekday of the month
    ("the 2nd Tuesday"); it ends on `until` (inclusive) or after `count` times, or never."""

    frequency: str = "none"
    until: date | None = None
    count: int | None = None

    @property
    def repeats(self) -> bool:
        return self.frequency != "none"


def week_of_month(day: date) -> int:
    """1 for the first such weekday of its month, … 4; -1 when it is also the last (a 5th)."""
    nth = (day.day - 1) // 7 + 1
    return -1 if nth >= 5 else nth


@lru_cache(maxsize=4096)
def rule_text(start: datetime, repeat: Repeat) -> str:
    """The RRULE for a series starting at `start` ("" for a one-off booking)."""
    if repeat.frequency not in FREQUENCIES:
        raise ValidationError({"repeat": f"“{repeat.frequency}” is not one of {', '.join(FREQUENCIES)}"})
    if not repeat.repeats:
        return ""
    if repeat.until is not None and repeat.count is not None:
        raise ValidationError({"repeat": "give an end date or a number of times, not both"})
    if repeat.until is not None and repeat.until < start.date():
        raise ValidationError({"until": "the series ends before its first date"})
    if repeat.count is not None and not 1 <= repeat.count <= 1000:
        raise ValidationError({"count": "the number of times must be between 1 and 1000"})
    until = datetime.combine(repeat.until, time(23, 59)) if repeat.until else None
    weekday = du.weekdays[start.weekday()]
    if repeat.frequency == "monthly":
        rule = du.rrule(du.MONTHLY, dtstart=start, byweekday=weekday(week_of_month(start.date())),
                        until=until, count=repeat.count)
    else:
        interval = 2 if repeat.frequency == "fortnightly" else 1
        rule = du.rrule(du.WEEKLY, dtstart=start, interval=interval, until=until, count=repeat.count)
    return next(line for line in str(rule).splitlines() if line.startswith("RRULE:"))[len("RRULE:"):]


@lru_cache(maxsize=4096)
def parse_rule(text: str, start: datetime) -> du.rrule:
    try:
        parsed = du.rrulestr(text, dtstart=start)
    except (ValueError, TypeError) as exc:
        raise ValidationError({"repeat": f"“{text}” is not a repeat rule this app can read"}) from exc
    assert isinstance(parsed, du.rrule)
    return parsed


@lru_cache(maxsize=4096)
def _parts(text: str) -> dict[str, str]:
    return dict(p.split("=", 1) for p in text.upper().split(";") if "=" in p)


def repeat_of(text: str, start: datetime) -> Repeat:
    """The plain description of a stored rule (for editing it again)."""
    if not text:
        return Repeat()
    parse_rule(text, start)
    parts = _parts(text)
    if parts.get("FREQ") == "MONTHLY":
        frequency = "monthly"
    else:
        frequency = "fortnightly" if parts.get("INTERVAL") == "2" else "weekly"
    until = datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").date() if "UNTIL" in parts else None
    return Repeat(frequency, until, int(parts["COUNT"]) if "COUNT" in parts else None)


def describe(text: str, start: datetime) -> str:
    """A rule in words: "Every Tuesday until 31 March 2027", "The 2nd Tuesday of each month"."""
    if not text:
        return "Once"
    repeat = repeat_of(text, start)
    day = DAY_NAMES[start.weekday()]
    words = {
        "weekly": f"Every {day}",
        "fortnightly": f"Every other {day}",
        "monthly": f"The {ORDINALS[week_of_month(start.date())]} {day} of each month",
    }[repeat.frequency]
    if repeat.until:
        words += f" until {repeat.until.day} {repeat.until:%B %Y}"
    elif repeat.count:
        words += f", {repeat.count} times"
    return words


def _closer_start(parts: dict[str, str], start: datetime, first: date) -> datetime:
    """A start nearer `first` that gives the same later dates, so that reading one week of a
    long series does not walk through all its earlier dates. dateutil yields a start only when
    it fits the rule, so a start moved by whole periods (weeks, or to the 1st of a month for
    "the 2nd Tuesday") keeps every date after it. Not for a rule that counts its times."""
    # Moved by whole years of periods, so the moved rule is parsed once per year read (cached).
    if "COUNT" in parts or (first - start.date()).days < 400:
        return start
    if parts.get("FREQ") == "WEEKLY":
        period = 7 * int(parts.get("INTERVAL", "1"))  # 364 days: 52 weeks, or 26 fortnights
        return start + timedelta(days=((first - start.date()).days - 7) // 364 * 364 // period * period)
    if parts.get("FREQ") == "MONTHLY" and "BYDAY" in parts and "BYMONTHDAY" not in parts:
        months = ((first.year - start.year) * 12 + first.month - start.month - 1) // 12 * 12
        return (start.replace(day=1) + relativedelta(months=months)) if months > 0 else start
    return start


def starts(text: str, start: datetime, first: date, last: date) -> list[datetime]:
    """The start times the rule gives on the dates first..last (inclusive)."""
    if not text:
        return [start] if first <= start.date() <= last else []
    rule = parse_rule(text, _closer_start(_parts(text), start, first))
    return list(rule.between(datetime.combine(first, time.min), datetime.combine(last, time.max), inc=True))


@lru_cache(maxsize=4096)
def last_date(text: str, start: datetime) -> date | None:
    """The date of the series' last occurrence; None for one that never ends."""
    if not text:
        return start.date()
    rule = parse_rule(text, start)
    parts = _parts(text)
    if "UNTIL" not in parts and "COUNT" not in parts:
        return None
    found = list(rule)  # bounded: an end date or at most 1000 times
    return found[-1].date() if found else start.date()


def horizon(day: date) -> date:
    return day + timedelta(days=HORIZON_DAYS)
