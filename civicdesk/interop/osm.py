"""OpenStreetMap import: `.osm` XML and Overpass-style GeoJSON, tags mapped to the ten categories.

Each OSM object keeps its `osm_type/osm_id` in `Space.external_ids["osm"]`, so importing a newer
extract updates the same spaces instead of adding them again. Closed ways and multipolygons
become their centre point. Data © OpenStreetMap contributors, Open Database Licence: the
attribution is recorded as a tag on every imported space and in the import result.
"""

from __future__ import annotations

import contextlib
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from civicdesk.errors import CivicDeskError
from civicdesk.interop.candidates import Candidate

ATTRIBUTION = "© OpenStreetMap contributors"
LICENCE_NOTE = "© OpenStreetMap contributors, Open Database Licence (https://www.openstreetmap.org/copyright)"

_WORSHIP = {
    "christian": "church",
    "muslim": "mosque",
    "jewish": "synagogue",
    "sikh": "gurdwara",
    "hindu": "temple",
    "buddhist": "temple",
    "quaker": "meeting house",
}
# (key, value) -> (category, sub-type); value None matches any value of that key.
TAG_CATEGORIES: dict[tuple[str, str | None], tuple[str, str]] = {
    ("amenity", "community_centre"): ("civic", "community centre"),
    ("amenity", "village_hall"): ("civic", "village hall"),
    ("amenity", "townhall"): ("civic", "town hall"),
    ("amenity", "arts_centre"): ("civic", "arts centre"),
    ("amenity", "social_facility"): ("civic", "social facility"),
    ("amenity", "place_of_worship"): ("religious", "place of worship"),
    ("amenity", "library"): ("public", "library"),
    ("amenity", "public_bookcase"): ("public", "book swap"),
    ("amenity", "toilets"): ("public", "public toilets"),
    ("amenity", "pub"): ("private", "pub"),
    ("amenity", "bar"): ("private", "bar"),
    ("amenity", "cafe"): ("private", "café"),
    ("amenity", "social_club"): ("associations", "social club"),
    ("club", None): ("associations", "club"),
    ("amenity", "marketplace"): ("traditional", "market"),
    ("leisure", "park"): ("outdoors", "park"),
    ("leisure", "playground"): ("outdoors", "playground"),
    ("leisure", "pitch"): ("outdoors", "sports pitch"),
    ("leisure", "garden"): ("outdoors", "garden"),
    ("leisure", "nature_reserve"): ("outdoors", "nature reserve"),
    ("leisure", "common"): ("traditional", "common"),
    ("landuse", "allotments"): ("outdoors", "allotments"),
    ("landuse", "village_green"): ("traditional", "village green"),
    ("shop", "charity"): ("private", "charity shop"),
    ("shop", "bakery"): ("private", "bakery"),
    ("shop", None): ("private", "shop"),
    ("designation", "public_footpath"): ("routes", "public footpath"),
    ("designation", "public_bridleway"): ("routes", "bridleway"),
    ("designation", "restricted_byway"): ("routes", "restricted byway"),
    ("designation", "byway_open_to_all_traffic"): ("routes", "byway"),
    ("route", "hiking"): ("routes", "walking route"),
    ("route", "foot"): ("routes", "walking route"),
}
# Shops nobody meets in (checked by hand on the Leeds extract): car trades are left out.
_NOT_MET_IN = {"car", "car_parts", "car_repair", "tyres", "motorcycle", "fuel", "vacant", "no"}
_DAYS = {"Mo": "mon", "Tu": "tue", "We": "wed", "Th": "thu", "Fr": "fri", "Sa": "sat", "Su": "sun"}
_ORDER = list(_DAYS)


def categorise(tags: dict[str, str]) -> tuple[str, str] | None:
    for (key, value), result in TAG_CATEGORIES.items():
        if key in tags and (value is None or tags[key] == value):
            if result[0] == "religious":
                return result[0], _WORSHIP.get(tags.get("religion", ""), result[1])
            if result[1] == "library":
                return result[0], _library_kind(tags)
            if result[1] == "shop":
                if tags["shop"] in _NOT_MET_IN:
                    return None
                return result[0], tags["shop"].replace("_", " ")
            return result
    return None


def _library_kind(tags: dict[str, str]) -> str:
    """A university or school library is still a public library (not a civic space): its kind says whose."""
    words = " ".join(tags.get(k, "") for k in ("name", "operator", "library")).lower()
    for word, kind in (("universit", "university library"), ("college", "college library"),
                       ("school", "school library"), ("academic", "university library")):
        if word in words:
            return kind
    return "library"


def opening_hours(text: str) -> dict[str, Any]:
    """Simple OSM opening_hours ("Mo-Fr 09:00-17:00; Sa 10:00-12:00") as weekly spans; else kept as notes."""
    hours: dict[str, Any] = {}
    text = text.strip()
    if text == "24/7":
        return {day: [["00:00", "24:00"]] for day in _DAYS.values()}
    if re.fullmatch(r"[0-2]\d:[0-5]\d-[0-2]\d:[0-5]\d(,[0-2]\d:[0-5]\d-[0-2]\d:[0-5]\d)*", text):
        text = f"Mo-Su {text}"  # times without days: every day
    rule = re.compile(
        r"^((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?"
        r"(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*)\s+"
        r"((?:[0-2]\d:[0-5]\d-[0-2]\d:[0-5]\d)(?:,[0-2]\d:[0-5]\d-[0-2]\d:[0-5]\d)*)$"
    )
    for part in [p.strip() for p in text.split(";") if p.strip()]:
        match = rule.match(part)
        if not match:
            return {"notes": text}
        days: list[str] = []
        for chunk in match.group(1).split(","):
            ends = chunk.split("-")
            first, last = _ORDER.index(ends[0]), _ORDER.index(ends[-1])
            days += _ORDER[first : last + 1] if first <= last else _ORDER[first:] + _ORDER[: last + 1]
        spans = [span.split("-") for span in match.group(2).split(",")]
        if any(end <= start for start, end in spans):
            return {"notes": text}  # past midnight: keep the words
        for day in days:
            hours.setdefault(_DAYS[day], []).extend([list(s) for s in spans])
    return hours


def candidate_from_tags(
    row: int, osm_type: str, osm_id: str, tags: dict[str, str], lat: float | None, lon: float | None
) -> Candidate | None:
    """A space for one tagged OSM object, or None when its tags are not social infrastructure."""
    kind = categorise(tags)
    if kind is None:
        return None
    name = tags.get("name") or tags.get("name:en") or ""
    if not name and kind[0] == "routes" and tags.get("prow_ref"):
        name = f"{kind[1].capitalize()} {tags['prow_ref']}"
    lines = [tags[k] for k in ("addr:housename",) if tags.get(k)]
    street = " ".join(tags[k] for k in ("addr:housenumber", "addr:street") if tags.get(k))
    lines += [street] if street else []
    address = {
        "lines": lines,
        "locality": tags.get("addr:suburb") or tags.get("addr:place", ""),
        "town": tags.get("addr:city") or tags.get("addr:town", ""),
        "postcode": tags.get("addr:postcode", ""),
    }
    notes = [tags["description"]] if tags.get("description") else []
    labels = [ATTRIBUTION]
    for key in ("denomination", "religion"):
        if tags.get(key):
            labels += [v.replace("_", " ") for v in tags[key].split(";")]
    if tags.get("access") and tags["access"] not in ("yes", "public"):
        labels.append(f"access: {tags['access']}")
    if tags.get("fee") in ("yes", "no"):
        labels.append("entry fee" if tags["fee"] == "yes" else "free entry")
    accessibility = {}
    if tags.get("wheelchair") in ("yes", "no"):
        accessibility["step_free"] = tags["wheelchair"] == "yes"
    if tags.get("toilets:wheelchair") in ("yes", "no"):
        accessibility["accessible_toilet"] = tags["toilets:wheelchair"] == "yes"
    values: dict[str, Any] = {
        "name": name,
        "category": kind[0],
        "subtype": kind[1],
        "description": "\n".join(notes),
        "address": {k: v for k, v in address.items() if v},
        "latitude": round(lat, 7) if lat is not None else None,
        "longitude": round(lon, 7) if lon is not None else None,
        "website": tags.get("website") or tags.get("contact:website") or "",
        "tags": labels,
        "accessibility": accessibility,
    }
    if tags.get("operator"):
        values["operator"] = {"name": tags["operator"]}
    if tags.get("opening_hours"):
        values["opening_hours"] = opening_hours(tags["opening_hours"])
    if tags.get("capacity", "").isdigit():
        values["capacity"] = int(tags["capacity"])
    columns = {
        "name": "name",
        "address": "addr:postcode",
        "website": "website",
        "latitude": "lat",
        "longitude": "lon",
        "opening_hours": "opening_hours",
        "capacity": "capacity",
    }
    return Candidate(
        row,
        {k: v for k, v in values.items() if v not in (None, "", {}, [])},
        columns,
        external={"osm": f"{osm_type}/{osm_id}"},
    )


def centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The centre of a ring (area centroid), or the mean of points for a line; (lat, lon)."""
    if not points:
        return None
    if len(points) > 3 and points[0] == points[-1]:
        area = cx = cy = 0.0
        for (y0, x0), (y1, x1) in zip(points, points[1:], strict=False):
            cross = x0 * y1 - x1 * y0
            area += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        if abs(area) > 1e-12:
            return cy / (3 * area), cx / (3 * area)
    unique = list(dict.fromkeys(points))
    return sum(p[0] for p in unique) / len(unique), sum(p[1] for p in unique) / len(unique)


def _refuse_entities(path: Path) -> None:
    with path.open("rb") as handle:
        head = handle.read(4096)
    if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
        raise CivicDeskError(
            f"{path.name}: the file declares a DOCTYPE or entities, which OSM files never do"
        )


def read_osm_xml(path: Path) -> tuple[list[Candidate], int, str]:
    """(candidates, unnamed features left out, attribution) from an OSM XML 0.6 file."""
    path = Path(path)
    _refuse_entities(path)
    nodes: dict[str, tuple[float, float]] = {}
    ways: dict[str, list[str]] = {}
    tagged: list[tuple[str, str, dict[str, str], Any]] = []
    streets: list[tuple[str, list[str]]] = []  # named roads, for naming an unnamed playground
    attribution = ATTRIBUTION
    try:
        for _event, element in ET.iterparse(str(path), events=("end",)):
            tag = element.tag
            if tag == "osm":
                attribution = element.get("attribution") or ATTRIBUTION
            if tag not in ("node", "way", "relation"):
                continue
            tags = {t.get("k", ""): t.get("v", "") for t in element.findall("tag")}
            osm_id = element.get("id", "")
            if tag == "node":
                with contextlib.suppress(ValueError):
                    nodes[osm_id] = (float(element.get("lat", "")), float(element.get("lon", "")))
                extra: Any = osm_id
            elif tag == "way":
                ways[osm_id] = [nd.get("ref", "") for nd in element.findall("nd")]
                extra = osm_id
                if tags.get("highway") and tags.get("name"):
                    streets.append((tags["name"], ways[osm_id]))
            else:
                extra = [(m.get("type"), m.get("ref"), m.get("role")) for m in element.findall("member")]
            if tags:
                tagged.append((tag, osm_id, tags, extra))
            element.clear()
    except ET.ParseError as exc:
        raise CivicDeskError(f"{path.name}: not a readable OpenStreetMap XML file ({exc})") from exc
    candidates, unnamed = [], 0
    for number, (kind, osm_id, tags, extra) in enumerate(tagged, start=1):
        point = _locate(kind, extra, nodes, ways)
        candidate = candidate_from_tags(number, kind, osm_id, tags, *(point or (None, None)))
        if candidate is None:
            continue
        if not candidate.values.get("name"):
            street = tags.get("addr:street") or (nearest_street(point, streets, nodes) if point else "")
            name = outdoor_name(tags, street)
            if not name:
                unnamed += 1
                continue
            candidate.values["name"] = name
        candidates.append(candidate)
    return (
        candidates,
        unnamed,
        f"{ATTRIBUTION} ({attribution})" if attribution != ATTRIBUTION else LICENCE_NOTE,
    )


# Unnamed outdoor places people still use, named from their tag: "Playground, Cowper Street".
_OUTDOOR_LABELS = {
    "playground": "Playground",
    "park": "Park",
    "pitch": "Sports pitch",
    "garden": "Garden",
    "nature_reserve": "Nature reserve",
    "common": "Common",
}
_SPORTS = {
    "soccer": "Football pitch",
    "basketball": "Basketball court",
    "tennis": "Tennis court",
    "bowls": "Bowling green",
    "cricket": "Cricket pitch",
    "rugby_league": "Rugby pitch",
    "rugby_union": "Rugby pitch",
    "skateboard": "Skate park",
    "multi": "Multi-sport pitch",
}
NEAREST_STREET_M = 250  # further than this, a street says little about where the place is


def outdoor_name(tags: dict[str, str], street: str) -> str:
    """A name for an unnamed leisure feature from its tag (and sport) and street; '' without a street."""
    label = _OUTDOOR_LABELS.get(tags.get("leisure", ""))
    if not label or not street:
        return ""
    if tags.get("leisure") == "pitch":
        label = _SPORTS.get(tags.get("sport", "").split(";")[0], label)
    return f"{label}, {street}"


def nearest_street(
    point: tuple[float, float], streets: list[tuple[str, list[str]]], nodes: dict[str, tuple[float, float]]
) -> str:
    """The named road with a node nearest the point, within NEAREST_STREET_M metres ('' if none)."""
    lat0 = math.radians(point[0])
    best, best_d = "", float(NEAREST_STREET_M) ** 2
    for name, refs in streets:
        for ref in refs:
            node = nodes.get(ref)
            if node is None:
                continue
            dy = (node[0] - point[0]) * 111_320
            dx = (node[1] - point[1]) * 111_320 * math.cos(lat0)
            d = dx * dx + dy * dy
            if d < best_d:
                best, best_d = name, d
    return best


def _locate(
    kind: str, extra: Any, nodes: dict[str, tuple[float, float]], ways: dict[str, list[str]]
) -> tuple[float, float] | None:
    if kind == "node":
        return nodes.get(extra)
    if kind == "way":
        # A clipped extract can miss some of a way's nodes: use those present.
        return centre([nodes[r] for r in ways.get(extra, []) if r in nodes])
    points = []
    for member_type, ref, role in extra:
        if member_type == "way" and role in ("outer", "") and ref in ways:
            points += [nodes[r] for r in ways[ref] if r in nodes]
        elif member_type == "node" and ref in nodes:
            points.append(nodes[ref])
    return centre(points) if points else None


def features_to_candidates(features: list[dict[str, Any]]) -> Iterator[tuple[int, Candidate | None, bool]]:
    """(feature number, candidate or None, unnamed) for Overpass-style GeoJSON features."""
    for number, feature in enumerate(features, start=1):
        props = dict(feature.get("properties") or {})
        tags = {str(k): str(v) for k, v in props.items() if v is not None and not isinstance(v, dict | list)}
        osm_type = str(props.get("osm_type") or props.get("type") or "")
        osm_id = str(props.get("osm_id") or props.get("id") or feature.get("id") or "")
        if "/" in osm_id:
            osm_type, osm_id = osm_id.split("/", 1)
        point = geometry_centre(feature.get("geometry"))
        if point is None and props.get("lat") is not None:
            try:
                point = (float(props["lat"]), float(props["lon"]))
            except (TypeError, ValueError, KeyError):
                point = None
        candidate = candidate_from_tags(number, osm_type or "node", osm_id, tags, *(point or (None, None)))
        if candidate is not None and not candidate.values.get("name"):
            candidate.values["name"] = outdoor_name(tags, tags.get("addr:street", "")) or ""
        unnamed = candidate is not None and not candidate.values.get("name")
        yield number, (None if unnamed else candidate), unnamed


def geometry_centre(geometry: dict[str, Any] | None) -> tuple[float, float] | None:
    """(lat, lon) of a GeoJSON geometry: the point, or the centre of its (first) ring or line."""
    if not isinstance(geometry, dict):
        return None
    kind = geometry.get("type")
    coords: Any = geometry.get("coordinates")  # any JSON: a bad shape raises below
    try:
        if kind == "Point":
            return float(coords[1]), float(coords[0])
        if kind in ("LineString", "MultiPoint"):
            ring = coords
        elif kind in ("Polygon", "MultiLineString"):
            ring = coords[0]
        elif kind == "MultiPolygon":
            ring = coords[0][0]
        else:
            return None
        return centre([(float(p[1]), float(p[0])) for p in ring])
    except (TypeError, ValueError, IndexError):
        return None
