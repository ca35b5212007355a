"""Values that are one thing to a person but several fields to a computer.

An address, a weekly opening schedule, a meeting time, accessibility features, a consent:
each is stored, clocked and merged as one value, and cleaned here.
"""

from __future__ import annotations

from typing import Any

from civicdesk.core import validation as v
from civicdesk.core.validation import FieldError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}

ACCESSIBILITY_FEATURES = {
    "step_free": "Step-free access",
    "accessible_toilet": "Accessible toilet",
    "hearing_loop": "Hearing loop",
    "baby_change": "Baby change",
    "parking": "Parking",
    "public_transport": "Near public transport",
}

FREQUENCIES = ("weekly", "fortnightly", "monthly", "occasionally", "yearly")
CONSENT_METHODS = ("form", "email", "verbal", "other")
DBS_TYPES = ("basic", "standard", "enhanced", "enhanced with barred lists")


def address(value: dict[str, Any] | None) -> dict[str, Any]:
    value = value or {}
    lines = v.text_list(value.get("lines") or [])
    cleaned = {
        "lines": lines,
        "locality": " ".join(str(value.get("locality") or "").split()),
        "town": " ".join(str(value.get("town") or "").split()),
        "postcode": v.postcode(str(value.get("postcode") or "")),
    }
    return cleaned if any(cleaned.values()) else {}


def format_address(value: dict[str, Any] | None, separator: str = ", ") -> str:
    value = value or {}
    parts = [
        *value.get("lines", []),
        value.get("locality", ""),
        value.get("town", ""),
        value.get("postcode", ""),
    ]
    return separator.join(filter(None, parts))


def opening_hours(value: dict[str, Any] | None) -> dict[str, Any]:
    value = value or {}
    cleaned: dict[str, Any] = {}
    for day in DAYS:
        spans = []
        for span in value.get(day) or []:
            start = v.clock_time(span[0])
            end = "24:00" if str(span[1]).strip() == "24:00" else v.clock_time(span[1])  # until midnight
            if end <= start:
                raise FieldError(f"{DAY_NAMES[day]}: closing time {end} must be after opening time {start}")
            spans.append([start, end])
        if spans:
            cleaned[day] = sorted(spans)
    notes = " ".join(str(value.get("notes") or "").split())
    if notes:
        cleaned["notes"] = notes
    return cleaned


def format_opening_hours(value: dict[str, Any] | None) -> str:
    value = value or {}
    parts = []
    for day in DAYS:
        spans = value.get(day)
        if spans:
            parts.append(f"{day.title()} " + ", ".join(f"{a}–{b}" for a, b in spans))
    if value.get("notes"):
        parts.append(value["notes"])
    return "; ".join(parts)


def schedule(value: dict[str, Any] | None) -> dict[str, Any]:
    value = value or {}
    days = [d for d in DAYS if d in (value.get("days") or [])]
    unknown = set(value.get("days") or []) - set(DAYS)
    if unknown:
        raise FieldError(f"unknown day(s): {', '.join(sorted(unknown))}")
    start = v.clock_time(value["start"]) if value.get("start") else ""
    end = v.clock_time(value["end"]) if value.get("end") else ""
    if start and end and end <= start:
        raise FieldError(f"the meeting ends ({end}) before it starts ({start})")
    frequency = str(value.get("frequency") or "weekly")
    if frequency not in FREQUENCIES:
        raise FieldError(f"“{frequency}” is not a frequency (choose one of: {', '.join(FREQUENCIES)})")
    return {"days": days, "start": start, "end": end, "frequency": frequency}


def format_schedule(value: dict[str, Any] | None) -> str:
    value = value or {}
    days = ", ".join(DAY_NAMES[d] + "s" for d in value.get("days", []))
    times = f"{value.get('start')}–{value.get('end')}" if value.get("start") and value.get("end") else ""
    frequency = value.get("frequency", "weekly")
    prefix = "" if frequency == "weekly" else frequency.capitalize() + ", "
    return (prefix + " ".join(p for p in (days, times) if p)).strip(", ")


def accessibility(value: dict[str, Any] | None) -> dict[str, bool]:
    value = value or {}
    unknown = set(value) - set(ACCESSIBILITY_FEATURES)
    if unknown:
        raise FieldError(f"unknown accessibility feature(s): {', '.join(sorted(unknown))}")
    return {k: bool(value[k]) for k in ACCESSIBILITY_FEATURES if k in value}


def consent(value: dict[str, Any] | None) -> dict[str, Any]:
    """A consent given or withdrawn: when, how and who wrote it down."""
    value = value or {}
    if not value:
        return {}
    how = str(value.get("how") or "")
    if how and how not in CONSENT_METHODS:
        raise FieldError(f"“{how}” is not a way of giving consent ({', '.join(CONSENT_METHODS)})")
    on = v.iso_date(value.get("on"))
    recorded_by = " ".join(str(value.get("recorded_by") or "").split())
    if value.get("given") and not on:
        raise FieldError("please give the date consent was given")
    # A withdrawal is an event too: someone recorded how and when the person said no.
    if not value.get("given") and not on and (how or recorded_by):
        raise FieldError("please give the date consent was withdrawn")
    return {"given": bool(value.get("given")), "on": on, "how": how, "recorded_by": recorded_by}


def safeguarding(value: dict[str, Any] | None) -> dict[str, Any]:
    value = value or {}
    if not any(value.values()):
        return {}
    kind = str(value.get("dbs_type") or "")
    if kind and kind not in DBS_TYPES:
        raise FieldError(f"“{kind}” is not a DBS check type ({', '.join(DBS_TYPES)})")
    issued = v.iso_date(value.get("issued_on"))
    due = v.iso_date(value.get("renewal_due"))
    if issued and due and due < issued:
        raise FieldError("the renewal date is before the date the check was issued")
    return {"dbs_type": kind, "issued_on": issued, "renewal_due": due}


def party(value: dict[str, Any] | str | None) -> dict[str, Any]:
    """An owner, operator, maintainer, holder or borrower: a record of ours or just a name."""
    if isinstance(value, str):
        value = {"name": value}
    value = value or {}
    cleaned = {k: value[k] for k in ("group_id", "person_id") if value.get(k)}
    name = " ".join(str(value.get("name") or "").split())
    if name:
        cleaned["name"] = name
    return cleaned


def acv(value: dict[str, Any] | None) -> dict[str, Any]:
    """Asset of Community Value dates; the expiry is derived (listed + 5 years), not stored."""
    value = value or {}
    cleaned = {k: v.iso_date(value.get(k)) for k in ("nominated_on", "listed_on", "disposal_notice_on")}
    if cleaned["nominated_on"] and cleaned["listed_on"] and cleaned["listed_on"] < cleaned["nominated_on"]:
        raise FieldError("the listing date is before the nomination date")
    return {k: d for k, d in cleaned.items() if d}
