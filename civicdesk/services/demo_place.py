"""What makes the example neighbourhood read like a real place: its name, postcodes, a village's
usual places, names that are not repeated, and the compliance items that fit each kind of space."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

# Town names built the way English place names are ("Thornley", "Kirkby", "Appleton").
_STEMS = ("Ash", "Thorn", "Oak", "Brad", "Kirk", "Mill", "Wold", "Bram", "Nether", "Apple", "Elm",
          "Marsh", "Stan", "Wood", "Hather", "Sutton", "Hem", "Cal", "Ald", "Brough")
_ENDS = ("ley", "ton", "field", "bury", "by", "thorpe", "ham", "well", "ford", "worth")
# The example sits around Leeds (its coordinates), so its postcodes are those of West Yorkshire:
# one area for a village or a borough, the neighbouring areas as a city grows.
POSTCODE_AREAS = ("LS", "BD", "WF", "HX", "HD")
DISTRICTS_PER_AREA = 29


def town_name(rng: random.Random) -> str:
    stem, end = rng.choice(_STEMS), rng.choice(_ENDS)
    return f"{stem}{end[1:] if stem[-1] == end[0] else end}"


def postcode_districts(rng: random.Random, count: int) -> list[str]:
    """Outward codes for `count` districts, all in one postcode area while it has room ("LS3", "LS17")."""
    codes = [f"{area}{n}" for area in POSTCODE_AREAS for n in range(1, DISTRICTS_PER_AREA + 1)]
    if count <= DISTRICTS_PER_AREA:
        return rng.sample(codes[:DISTRICTS_PER_AREA], count)
    return [codes[i % len(codes)] for i in range(count)]


# Churches are dedicated to saints, not to whoever Faker names ("St Kayleigh's").
DEDICATIONS = ("St Mary's", "St Peter's", "St Andrew's", "All Saints", "St John's", "St Michael's",
               "Holy Trinity", "St Paul's", "St James's", "St Margaret's", "St Helen's", "Christ Church",
               "St Oswald's", "St Bartholomew's", "Emmanuel", "St Chad's", "St Wilfrid's", "St Aidan's")


# A village a parish committee knows: the hall, the church and chapel, the pub, the shop, the
# green and the playing field, allotments, footpaths, the fête; the rest drawn as usual.
VILLAGE_PLACES = (
    ("civic", "village hall"), ("religious", "church"), ("religious", "chapel"), ("traditional", "pub"),
    ("traditional", "pub"), ("traditional", "post office"), ("traditional", "corner shop"),
    ("traditional", "café"), ("public", "school hall"), ("public", "health centre"),
    ("outdoors", "village green"), ("outdoors", "playing field"), ("outdoors", "allotment"),
    ("outdoors", "community garden"), ("outdoors", "nature reserve"), ("routes", "footpath"),
    ("routes", "footpath"), ("routes", "bridleway"), ("occasions", "summer fête"),
    ("occasions", "bonfire night"), ("occasions", "Christmas market"), ("digital", "Facebook group"),
    ("digital", "WhatsApp street group"), ("associations", "Scout hut"), ("associations", "sports club"),
    ("associations", "bowls club"), ("associations", "Women's Institute hall"), ("civic", "library"),
)
# Kinds that suit a village's remaining places (no mosque, mandir, bowling alley or market hall).
VILLAGE_EXTRA = {
    "civic": ["community centre", "youth centre"], "religious": ["church", "Quaker meeting house"],
    "traditional": ["pub", "café", "barber's"], "private": ["garden centre café", "dance studio"],
    "public": ["school hall"], "outdoors": ["park", "playing field"],
    "routes": ["heritage trail", "cycle route"],
    "occasions": ["carnival"], "digital": ["mailing list"],
    "associations": ["Royal British Legion hall", "sports club"],
}


def village_places(rng: random.Random, count: int, weights: dict[str, int]) -> list[tuple[str, str]]:
    places = list(VILLAGE_PLACES[:count])
    categories = [c for c in weights if c in VILLAGE_EXTRA]
    while len(places) < count:
        category = rng.choices(categories, weights=[weights[c] for c in categories])[0]
        places.append((category, rng.choice(VILLAGE_EXTRA[category])))
    return places


def unique(name: str, used: set[str], qualifiers: Callable[[], str]) -> str:
    """The name, or the name with its area ("… (Hart Common)") and then a number if still taken."""
    candidate = name
    for attempt in range(2, 50):
        if candidate not in used:
            break
        qualifier = qualifiers()
        candidate = f"{name} ({qualifier})" if qualifier and qualifier not in name and attempt < 5 \
            else f"{name} {attempt}"
    used.add(candidate)
    return candidate


# Compliance by the kind of space: a green or a footpath has no wiring, gas or licensed bar.
_OUTDOOR_KINDS = ("Insurance", "Safeguarding policy review")
_OCCASION_KINDS = ("Insurance", "Premises licence", "Safeguarding policy review", "PRS/PPL music licence")
_NEEDS_BAR = ("Premises licence",)


def compliance_kinds_for(category: str, subtype: str, kinds: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The compliance kinds (from the catalogue) that fit a space of this category and sub-type."""
    if category == "digital":
        return []
    if category in ("outdoors", "routes"):
        return [k for k in kinds if k["kind"] in _OUTDOOR_KINDS]
    if category == "occasions":
        return [k for k in kinds if k["kind"] in _OCCASION_KINDS]
    licensed = subtype in ("pub", "working men's club", "Royal British Legion hall", "sports club",
                           "bowls club", "village hall", "community centre", "Masonic hall")
    return [k for k in kinds if licensed or k["kind"] not in _NEEDS_BAR]
