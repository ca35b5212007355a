"""Cells a person would shrug at, tidied or left out before a row is checked: lenient cells, strict rows.

A row is refused only when what makes the record is missing or wrong (its name, a category that
can be chosen, a date); a bad website, phone, email, charity number, postcode or opening hours is
left out with a warning naming the row, the column and the value, and the record is kept.
Postcodes typed with odd spacing ("HU 18 1PA") are read as the postcode they are; with letter O for
zero ("NE27 OHJ") and "http:/www…" they are put right and the warning says so (not with --strict).
"""

from __future__ import annotations

import re
from typing import Any

from civicdesk.core import validation
from civicdesk.interop.mapping import postcode_fix

# Fields whose bad value refuses the row: without them there is no record, or a wrong one.
ROW_FIELDS = {
    "name",
    "category",
    "acv",
    "consent_directory",
    "consent_email",
    "consent_phone",
    "safeguarding",
}
DATE_TARGETS = ("acv.", "consent_", "safeguarding.")
# Cells that say "nothing here" in words; for a number they would otherwise pass as one.
PLACEHOLDER = re.compile(
    r"^(n/?a|none|nil|null|unknown|not known|tbc|tba|as above|same as above|see (above|below|note).*|"
    r"see footnote.*|[-–*?.]+|0)$",
    re.IGNORECASE,
)
_BROKEN_SCHEME = re.compile(r"^(https?):/*(?=[^/])", re.IGNORECASE)


def is_row_field(target: str) -> bool:
    """True for a mapped field (dotted or not) whose bad value refuses the row."""
    return target.split(".")[0] in ROW_FIELDS or target.startswith(DATE_TARGETS)


def tidy_postcode(text: str, repair: bool) -> tuple[str, str]:
    """(postcode to use, note for the person or ""). Odd spacing is fixed silently."""
    raw = " ".join(str(text or "").split())
    if not raw:
        return "", ""
    compact = raw.replace(" ", "").upper()
    spaced = f"{compact[:-3]} {compact[-3:]}" if len(compact) > 4 else raw
    try:
        return validation.postcode(spaced), ""
    except validation.FieldError:
        pass
    if repair:
        fixed = postcode_fix(compact)
        try:
            good = validation.postcode(fixed)
        except validation.FieldError:
            return raw, ""
        return good, f"“{raw}” read as {good} (letter O and zero told apart)"
    return raw, ""


def tidy_url(text: str, repair: bool) -> tuple[str, str]:
    raw = str(text or "").strip()
    if repair and _BROKEN_SCHEME.match(raw) and not re.match(r"^https?://", raw, re.IGNORECASE):
        fixed = _BROKEN_SCHEME.sub(lambda m: m.group(1).lower() + "://", raw)
        return fixed, f"“{raw}” read as {fixed}"
    return raw, ""


def tidy(
    record_type: str, values: dict[str, Any], strict: bool
) -> tuple[dict[str, Any], list[tuple[str, str]], list[tuple[str, str]]]:
    """(values, notes, left out): notes and left-out cells as (field, message)."""
    values = dict(values)
    notes: list[tuple[str, str]] = []
    dropped: list[tuple[str, str]] = []
    address = values.get("address")
    if isinstance(address, dict) and address.get("postcode"):
        code, note = tidy_postcode(address["postcode"], repair=not strict)
        values["address"] = {**address, "postcode": code}
        if note:
            notes.append(("address", note))
    for name in ("website", "link"):
        if isinstance(values.get(name), str):
            values[name], note = tidy_url(values[name], repair=not strict)
            if note:
                notes.append((name, note))
    if record_type == "group":
        for name, what in (("charity_number", "a charity number"), ("company_number", "a company number")):
            value = str(values.get(name) or "").strip()
            if value and PLACEHOLDER.match(value):
                values.pop(name)
                dropped.append((name, f"“{value}” is not {what}"))
        if not values.get("kind"):
            if values.get("charity_number"):
                values["kind"] = "charity"
            elif values.get("company_number"):
                values["kind"] = "company"
    return values, notes, dropped
