"""Spaces: the halls, libraries, parks, pubs and places of worship people meet in."""

from __future__ import annotations

from functools import partial
from typing import Any

from civicdesk.core import structured as s
from civicdesk.core import validation as v
from civicdesk.core.validation import FieldError
from civicdesk.db.models import Category, OwnershipType, Space, SpaceStatus
from civicdesk.services.records import RecordService

CATEGORIES = [c.value for c in Category]
STATUSES = [c.value for c in SpaceStatus]
OWNERSHIP_TYPES = [c.value for c in OwnershipType]


def _optional_choice(allowed: list[str], what: str, value: Any) -> str:
    return v.choice(value, allowed, what) if value else ""


def _category(value: Any) -> str:
    text = str(value or "").strip().lower()
    if not text:
        raise FieldError("please choose a category")
    return v.choice(text, CATEGORIES, "category")


class SpaceService(RecordService[Space]):
    model = Space
    label = "space"
    required = ("name", "category")
    cleaners = {
        "name": partial(v.required_text, what="the space's name"),
        "category": _category,
        "subtype": lambda x: " ".join(str(x or "").split()),
        "description": lambda x: str(x or "").strip(),
        "address": s.address,
        "latitude": lambda x: v.coordinate(x, -90, 90, "latitude"),
        "longitude": lambda x: v.coordinate(x, -180, 180, "longitude"),
        "website": v.url,
        "opening_hours": s.opening_hours,
        "accessibility": s.accessibility,
        "capacity": lambda x: v.optional_int(x, "capacity", 0, 100_000),
        "facilities": v.text_list,
        "hire_cost": lambda x: str(x or "").strip(),
        "owner": s.party,
        "operator": s.party,
        "maintainer": s.party,
        "ownership_type": partial(_optional_choice, OWNERSHIP_TYPES, "ownership type"),
        "status": partial(v.choice, allowed=STATUSES, what="status"),
        "acv": s.acv,
        "tags": v.text_list,
        "photos": v.text_list,
    }
