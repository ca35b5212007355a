"""When an imported row is the same place (or group) as a record, and when it only might be.

A match is made only on strong evidence (docs/IMPORT.md, "What counts as the same place"):

1. the same external id (OpenStreetMap, Open Referral, UPRN, an org-id) or the same charity or
   company number;
2. the same normalised name and the same postcode, unless both give a street and the streets
   differ (a library that moved along the same street keeps two records);
3. when one side has no postcode: a near-identical name (token sort ratio 95+) and the same
   town and the same street; or the same name, address, website and "run by" (a true repeat of a
   row, such as the same file imported again), when there is more than the name to compare.

Anything weaker — the same name in another postcode, a similar name at the same postcode, a
near-identical name without the address to prove it — is a *possible duplicate*: the row becomes
its own record and the pair is listed for a person to merge. Two different ids of one scheme
(two OSM objects, two charity numbers) are never the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from civicdesk.core import search_index
from civicdesk.core.structured import format_address

NEAR_IDENTICAL = 95  # token sort ratio for "the same name, spelt a little differently"
SAME_STREET = 90


def norm(text: str) -> str:
    """A name or street compared without case, accents, punctuation or "&"/"and"."""
    folded = search_index.fold(str(text or "")).replace("&", " and ")
    kept = "".join(c if c.isalnum() or c.isspace() else (" " if c in ",./-()" else "") for c in folded)
    return " ".join(kept.split())


def compact_postcode(text: str) -> str:
    return "".join(str(text or "").upper().split())


def _street(lines: Iterable[str]) -> str:
    """The first address line that names something (not a bare house number)."""
    for line in lines:
        text = norm(line)
        if any(c.isalpha() for c in text):
            return text
    return ""


@dataclass
class Place:
    """What matching knows of one record or row."""

    name: str  # as written
    key_name: str = ""
    postcode: str = ""
    town: str = ""
    street: str = ""
    address: str = ""  # for showing the two side by side
    external: dict[str, str] = field(default_factory=dict)
    numbers: dict[str, str] = field(default_factory=dict)  # "charity_number" -> "1151662"
    detail: str = ""  # website and who runs it, for telling a true repeat of a row

    @classmethod
    def of(
        cls,
        name: str,
        address: dict[str, Any] | None = None,
        postcode: str = "",
        external: dict[str, Any] | None = None,
        numbers: dict[str, str] | None = None,
        detail: str = "",
    ) -> Place:
        address = address or {}
        lines = [str(x) for x in address.get("lines") or []]
        code = compact_postcode(address.get("postcode") or postcode)
        shown = format_address(address) if address else ""
        if not shown and postcode:
            shown = str(postcode)
        return cls(
            str(name or ""),
            norm(name),
            code,
            norm(address.get("town") or address.get("locality") or ""),
            _street(lines),
            shown,
            {str(k): str(v) for k, v in (external or {}).items() if v not in (None, "")},
            {k: v for k, v in (numbers or {}).items() if v},
            norm(detail),
        )


@dataclass
class Match:
    key: Any
    score: int
    strong: bool
    reason: str  # said to the person: "same OSM id", "same name, other postcode"


def _streets_agree(a: Place, b: Place) -> bool:
    if not a.street or not b.street:
        return True  # nothing to contradict
    if a.street in b.street or b.street in a.street:
        return True
    return fuzz.token_set_ratio(a.street, b.street) >= SAME_STREET


def _conflicting_ids(a: Place, b: Place) -> bool:
    """Both carry an id of the same scheme (or a number of the same kind) and the ids differ."""
    for mine, theirs in ((a.external, b.external), (a.numbers, b.numbers)):
        if any(scheme in theirs and theirs[scheme] != value for scheme, value in mine.items()):
            return True
    return False


def judge(row: Place, other: Place, threshold: int = 90) -> Match | None:
    """Strong match, possible duplicate, or nothing (key left None for the caller to fill)."""
    if _conflicting_ids(row, other):
        return None
    for scheme, value in row.external.items():
        if other.external.get(scheme) == value:
            return Match(None, 100, True, f"same {scheme} id")
    for kind, value in row.numbers.items():
        if other.numbers.get(kind) == value:
            return Match(None, 100, True, f"same {kind.replace('_', ' ')}")
    if not row.key_name or not other.key_name:
        return None
    score = int(fuzz.token_sort_ratio(row.key_name, other.key_name))
    same_name = row.key_name == other.key_name
    if row.postcode and other.postcode:
        if row.postcode == other.postcode:
            if same_name and _streets_agree(row, other):
                return Match(None, 100, True, "same name and postcode")
            if same_name:
                return Match(None, score, False, "same name and postcode, another street")
            if score >= threshold - 10:
                return Match(None, score, False, "similar name, same postcode")
            return None
        if score >= NEAR_IDENTICAL:
            return Match(None, score, False, "same name, another postcode")
        return None
    if score < NEAR_IDENTICAL:
        return None
    if (
        same_name
        and row.address == other.address
        and row.detail == other.detail
        and (row.address or row.detail)
    ):
        return Match(None, 100, True, "the same name, address and website")
    if row.town and row.town == other.town and row.street and row.street == other.street:
        return Match(None, score, True, "same name, town and street")
    return Match(None, score, False, "same name, no postcode to compare")


class MatchIndex:
    """Existing and just-added records, findable by id, number and name."""

    def __init__(self, threshold: int = 90) -> None:
        self.threshold = threshold
        self.places: dict[Any, Place] = {}
        self.by_external: dict[tuple[str, str], list[Any]] = {}
        self.by_number: dict[tuple[str, str], list[Any]] = {}
        self.by_postcode: dict[str, list[Any]] = {}
        self.by_first_word: dict[str, list[Any]] = {}

    def add(self, key: Any, place: Place) -> None:
        self.places[key] = place
        for item in place.external.items():
            self.by_external.setdefault(item, []).append(key)
        for item in place.numbers.items():
            self.by_number.setdefault(item, []).append(key)
        if place.postcode:
            self.by_postcode.setdefault(place.postcode, []).append(key)
        if place.key_name:
            self.by_first_word.setdefault(place.key_name.split()[0], []).append(key)

    def find(self, place: Place) -> Match | None:
        """The best strong match; failing that, the closest possible duplicate; else None."""
        pool: dict[Any, None] = {}
        for item in place.external.items():
            pool.update(dict.fromkeys(self.by_external.get(item, [])))
        for item in place.numbers.items():
            pool.update(dict.fromkeys(self.by_number.get(item, [])))
        if place.postcode:
            pool.update(dict.fromkeys(self.by_postcode.get(place.postcode, [])))
        if place.key_name:
            pool.update(dict.fromkeys(self.by_first_word.get(place.key_name.split()[0], [])))
        strong: Match | None = None
        weak: Match | None = None
        for key in pool:
            verdict = judge(place, self.places[key], self.threshold)
            if verdict is None:
                continue
            verdict.key = key
            if verdict.strong:
                if strong is None or verdict.score > strong.score:
                    strong = verdict
            elif weak is None or verdict.score > weak.score:
                weak = verdict
        return strong or weak
