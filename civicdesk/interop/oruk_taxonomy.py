"""The published CivicDesk taxonomy: how CivicDesk says in Open Referral UK what ORUK has no field for.

ORUK 3.0 attributes carry no free value, only a link to a taxonomy term. So every field we keep
that ORUK cannot hold (a space's category, sub-type, status, website, opening hours…; a group's
kind, activities…; a meeting's frequency) is one *facet* term of this taxonomy, and each value is
a child term of its facet: a fixed term for a value from a fixed list ("Category: Civic"), or a
term made from the value for free text (`term` holds the value; JSON, keys sorted, for structured
values). Ids are UUIDv5 of the facet and value, so the same value is the same term in every
export, and reading the attributes back gives the exact values written.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any
from urllib.parse import quote

from civicdesk.core.structured import ACCESSIBILITY_FEATURES, FREQUENCIES
from civicdesk.db.models import Category, GroupKind, GroupStatus, SpaceStatus

_NAMESPACE = uuid.UUID("0c8b6a2e-2f4d-4d8e-b1a7-3c6e9f5d7a41")
VERSION = "1"
URI = "urn:civicdesk:taxonomy:1"


def _id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))


TAXONOMY = {
    "id": _id("taxonomy"),
    "name": "CivicDesk",
    "description": (
        "What CivicDesk records about community spaces, groups and meetings beyond the Open Referral "
        "UK fields: each facet term names a field, its child terms are the values."
    ),
    "uri": URI,
    "version": VERSION,
}
OWNERSHIP = ("public", "private", "community", "faith", "charity")


@dataclass(frozen=True)
class Facet:
    """One field of ours: `kind` is enum (fixed values), text, int, list (one term each) or json."""

    key: str  # the record's field
    entity: str  # location | organization | service
    label: str
    kind: str
    values: tuple[str, ...] = ()
    many: bool = False  # a list of values, one term each (always so for kind "list")

    @cached_property
    def id(self) -> str:
        return _id("facet", self.entity, self.key)

    @cached_property
    def term(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.label,
            "description": f"{self.label} of a CivicDesk {ENTITY_WORDS[self.entity]}",
            "taxonomy": TAXONOMY["name"],
            "taxonomy_id": TAXONOMY["id"],
            "term_uri": f"urn:civicdesk:{self.entity}:{self.key}",
            "term": self.key,
        }


ENTITY_WORDS = {"location": "space", "organization": "group", "service": "meeting"}
FACETS = (
    Facet("category", "location", "Category", "enum", tuple(c.value for c in Category)),
    Facet("subtype", "location", "Kind of space", "text"),
    Facet("status", "location", "Status", "enum", tuple(s.value for s in SpaceStatus)),
    Facet("ownership_type", "location", "Ownership", "enum", OWNERSHIP),
    Facet("website", "location", "Website", "text"),
    Facet("opening_hours", "location", "Opening hours", "json"),
    Facet("capacity", "location", "Capacity", "int"),
    Facet("facilities", "location", "Facility", "list"),
    Facet("hire_cost", "location", "Hire cost", "text"),
    Facet("owner", "location", "Owner", "json"),
    Facet("operator", "location", "Operator", "json"),
    Facet("maintainer", "location", "Maintainer", "json"),
    Facet("acv", "location", "Asset of Community Value", "json"),
    Facet("tags", "location", "Tag", "list"),
    Facet("photos", "location", "Photo", "list"),
    Facet("no_access", "location", "Not available", "enum", tuple(ACCESSIBILITY_FEATURES), many=True),
    Facet("address", "location", "Address", "json"),
    Facet("external_ids", "location", "Other identifiers", "json"),
    Facet("kind", "organization", "Kind of group", "enum", tuple(k.value for k in GroupKind)),
    Facet("status", "organization", "Status", "enum", tuple(s.value for s in GroupStatus)),
    Facet("activities", "organization", "Activity", "list"),
    Facet("audiences", "organization", "Audience", "list"),
    Facet("languages", "organization", "Language", "list"),
    Facet("tags", "organization", "Tag", "list"),
    Facet("external_ids", "organization", "Other identifiers", "json"),
    Facet("record", "service", "CivicDesk record", "enum", ("meeting",)),
    Facet("frequency", "service", "Frequency", "enum", FREQUENCIES),
    Facet("notes", "service", "Notes", "text"),
)
_BY_ID = {f.id: f for f in FACETS}
_BY_KEY = {(f.entity, f.key): f for f in FACETS}


def _encode(facet: Facet, value: Any) -> str:
    if facet.kind == "json":
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return str(value)


def _decode(facet: Facet, text: str) -> Any:
    if facet.kind == "json":
        return json.loads(text)
    if facet.kind == "int":
        return int(text)
    return text


def value_term(facet: Facet, value: Any) -> dict[str, Any]:
    """The child term of `facet` for one value (a list facet's value is one item of the list)."""
    return _term(facet, _encode(facet, value))


@lru_cache(maxsize=65_536)
def _term(facet: Facet, text: str) -> dict[str, Any]:
    """(Shared between calls: never change what it returns.)"""
    term = {
        "id": _id("term", facet.entity, facet.key, text),
        "name": f"{facet.label}: {text}",
        "description": facet.term["description"],
        "parent_id": facet.id,
        "taxonomy": TAXONOMY["name"],
        "taxonomy_id": TAXONOMY["id"],
        "term": text,
    }
    if facet.kind == "enum":
        term["term_uri"] = f"urn:civicdesk:{facet.entity}:{facet.key}:{quote(text)}"
    return term


def published_terms() -> list[dict[str, Any]]:
    """Every facet and every fixed value: the taxonomy as published (free-text terms come per export)."""
    terms = []
    for facet in FACETS:
        terms.append(facet.term)
        terms += [value_term(facet, v) for v in facet.values]
    return terms


def attributes(entity: str, link_id: str, values: dict[str, Any]) -> list[dict[str, Any]]:
    """The ORUK attributes of one record for the fields in `values` that have a facet (blanks left out)."""
    result = []
    for key, value in values.items():
        facet = _BY_KEY.get((entity, key))
        if facet is None or value in (None, "", [], {}):
            continue
        items = value if facet.many or facet.kind == "list" else [value]
        for item in items:
            term = value_term(facet, item)
            result.append(
                {
                    "id": _id("attribute", link_id, term["id"]),
                    "link_id": link_id,
                    "taxonomy_term_id": term["id"],
                    "link_type": key,
                    "taxonomy_term": term,
                }
            )
    return result


def read_attributes(
    entity: str, rows: list[dict[str, Any]], terms: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """Our fields back from a record's attributes; `terms` are the feed's taxonomy terms by id.

    Attributes of other taxonomies, and terms that are not ours, are ignored. Lists come back in
    the order written.
    """
    found: dict[str, Any] = {}
    for row in rows:
        term = terms.get(str(row.get("taxonomy_term_id") or "")) or {}
        facet = _BY_ID.get(str(term.get("parent_id") or ""))
        if facet is None or facet.entity != entity or "term" not in term:
            continue
        try:
            value = _decode(facet, str(term["term"]))
        except ValueError:
            continue
        if facet.many or facet.kind == "list":
            found.setdefault(facet.key, []).append(value)
        else:
            found[facet.key] = value
    return found


def is_ours(entity: str, rows: list[dict[str, Any]], terms: dict[str, dict[str, Any]]) -> bool:
    """True when a record carries any attribute of this taxonomy (it was written by CivicDesk)."""
    return bool(read_attributes(entity, rows, terms))
