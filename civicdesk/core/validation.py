"""Checks on what a volunteer types, with messages they can act on.

Each checker returns the cleaned value or raises FieldError; record services collect the
messages per field into one ValidationError.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from urllib.parse import urlparse

import phonenumbers
from email_validator import EmailNotValidError, validate_email


class FieldError(ValueError):
    """A single field's value is wrong; the message is shown next to the field."""


# The shape of a UK postcode: outward code (area, district) + inward code (sector, unit).
_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})$")


def postcode(value: str) -> str:
    text = " ".join(value.upper().split())
    if not text:
        return ""
    match = _POSTCODE.match(text)
    if not match:
        raise FieldError(f"“{value.strip()}” is not a UK postcode (for example LS7 3AB)")
    return f"{match.group(1)} {match.group(2)}"


def phone(value: str) -> str:
    text = value.strip()
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, "GB")
    except phonenumbers.NumberParseException as exc:
        raise FieldError(f"“{text}” is not a phone number") from exc
    if not phonenumbers.is_valid_number(number):
        raise FieldError(f"“{text}” is not a valid phone number (for example 0113 496 0000)")
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 44
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


def email(value: str) -> str:
    text = value.strip()
    if not text:
        return ""
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise FieldError(f"“{text}” is not an email address ({exc})") from exc


def url(value: str) -> str:
    text = value.strip()
    if not text:
        return ""
    if "://" not in text:
        text = "https://" + text
    parsed = urlparse(text)
    host = parsed.hostname or ""
    if parsed.scheme not in ("http", "https") or "." not in host or " " in text:
        raise FieldError(f"“{value.strip()}” is not a web address (for example https://example.org)")
    return text


def iso_date(value: Any) -> str | None:
    """Accepts a date, an ISO date or a British day/month/year; returns YYYY-MM-DD."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise FieldError(f"“{text}” is not a date (use day/month/year, for example 27/11/2026)")


def required_text(value: Any, what: str = "a name") -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise FieldError(f"please enter {what}")
    return text


def choice(value: Any, allowed: list[str], what: str) -> str:
    text = str(value or "").strip()
    if text not in allowed:
        raise FieldError(f"“{text}” is not a known {what} (choose one of: {', '.join(allowed)})")
    return text


def optional_int(value: Any, what: str, low: int = 0, high: int = 10**9) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise FieldError(f"{what} must be a whole number") from exc
    if not low <= number <= high:
        raise FieldError(f"{what} must be between {low} and {high}")
    return number


def coordinate(value: Any, low: float, high: float, what: str) -> float | None:
    if value in (None, ""):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError) as exc:
        raise FieldError(f"{what} must be a number") from exc
    if number != number or not low <= number <= high:  # NaN fails the first test
        raise FieldError(f"{what} must be between {low} and {high}")
    return number


def text_list(value: Any) -> list[str]:
    """A list of short texts from a list or a comma-separated string, blanks dropped."""
    if value in (None, ""):
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    return [" ".join(str(v).split()) for v in items if str(v).strip()]


_TIME = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")


def clock_time(value: str) -> str:
    match = _TIME.match(str(value).strip())
    if not match:
        raise FieldError(f"“{value}” is not a time (use 24-hour hh:mm, for example 19:00)")
    return f"{int(match.group(1)):02d}:{match.group(2)}"
