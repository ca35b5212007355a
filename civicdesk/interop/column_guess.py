"""What a column holds, told from its cells: its first values, and its field when a file has no header.

A file without a header row ("Column 1", "Column 2", …) can still be matched: a column of
postcodes, web addresses, emails or phone numbers says what it is, a column of comma-separated
street addresses is the address, and the short place-like names that differ on every row are the
names. Only clear majorities count (most cells look alike); anything else is left for the person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", re.IGNORECASE)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
URL = re.compile(
    r"^(https?://|www\.)\S+$|^[a-z0-9-]+(\.[a-z0-9-]+)+\.(uk|com|org|net)(/\S*)?$", re.IGNORECASE
)
PHONE = re.compile(r"^(\+44\s?|0)[0-9][0-9 ()-]{8,14}$")
PLACE_NAME = re.compile(r"^[^\W\d_][\w'’.&()-]*(?:[ ,-]+[\w'’.&()-]+){0,5}$")
ADDRESS = re.compile(r"\w.*,.*\w")
SAMPLES = 3
ENOUGH = 0.6  # the share of non-empty cells that must look alike

# What each kind of column fills, by record type.
FIELDS = {
    "postcode": {"space": "address.postcode", "group": "postcode", "person": "address.postcode"},
    "email": {"group": "contact.email", "person": "email"},
    "url": {"space": "website", "group": "website", "tool": "link"},
    "phone": {"group": "contact.phone", "person": "phone"},
    "address": {"space": "address.lines", "person": "address.lines"},
    "name": {"space": "name", "group": "name", "person": "name", "tool": "name"},
}


def filled(values: Iterable[Any], limit: int = 200) -> list[str]:
    """The first non-empty cells, as text, trimmed."""
    found: list[str] = []
    for value in values:
        text = "" if value is None else str(value).strip()
        if text:
            found.append(text)
            if len(found) >= limit:
                break
    return found


def samples(values: Iterable[Any], count: int = SAMPLES) -> list[str]:
    """The first `count` non-empty values of a column, to show under its name."""
    return filled(values, count)


@dataclass(frozen=True)
class Reading:
    kind: str | None  # "postcode", "email", "url", "phone", "address", "place" or None
    distinct: float  # share of the cells that differ from each other (1.0: every row its own)


def read_column(values: Iterable[Any]) -> Reading:
    cells = filled(values)
    if len(cells) < 3:
        return Reading(None, 0.0)
    distinct = len(set(cells)) / len(cells)

    def share(pattern: re.Pattern[str], search: bool = False) -> float:
        test = pattern.search if search else pattern.match
        return sum(1 for c in cells if test(c)) / len(cells)

    for kind, pattern in (("postcode", POSTCODE), ("email", EMAIL), ("url", URL), ("phone", PHONE)):
        if share(pattern) > ENOUGH:
            return Reading(kind, distinct)
    words = sum(len(c.split()) for c in cells) / len(cells)
    if share(ADDRESS, search=True) > ENOUGH and words >= 3 and distinct >= 0.5:
        return Reading("address", distinct)
    if share(PLACE_NAME) > ENOUGH and max(len(c) for c in cells) <= 80:
        return Reading("place", distinct)
    return Reading(None, distinct)


def guess_by_contents(
    columns: dict[str, list[Any]], record_type: str, taken: Iterable[str] = ()
) -> dict[str, str]:
    """Fields for columns (in file order) told by their cells; fields in `taken` are not offered again.

    Each field goes to one column: the first that fits. The name is the place-like column whose
    values differ most from row to row (a column that repeats, such as the council, is not a name).
    """
    used = set(taken)
    chosen: dict[str, str] = {}
    readings = {column: read_column(values) for column, values in columns.items()}
    for column, reading in readings.items():
        field = FIELDS.get(reading.kind or "", {}).get(record_type)
        if field and field not in used:
            chosen[column] = field
            used.add(field)
    name_field = FIELDS["name"].get(record_type)
    if name_field and name_field not in used:
        places = [(r.distinct, c) for c, r in readings.items() if r.kind == "place" and c not in chosen]
        best = max(places, key=lambda p: p[0], default=None)
        if best is not None and best[0] >= 0.8:
            chosen[best[1]] = name_field
    return chosen
