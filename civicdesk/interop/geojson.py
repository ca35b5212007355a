"""GeoJSON: spaces exported as points with their public properties, and GeoJSON imported as spaces.

Features that carry OpenStreetMap tags (Overpass output) go through the OSM tag mapping; other
features are read by property name (name, category, subtype, postcode, website…). Our own
export's `id` property lets a re-import update the same spaces.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from civicdesk import __version__
from civicdesk.core.structured import format_address, format_opening_hours
from civicdesk.db.database import Database
from civicdesk.db.models import Space
from civicdesk.errors import CivicDeskError
from civicdesk.interop import osm
from civicdesk.interop.candidates import Candidate
from civicdesk.interop.results import Problem

MAX_BYTES = 200 * 1024 * 1024


def space_feature(space: Space) -> dict[str, Any]:
    address = space.address or {}
    properties = {
        "id": space.id,
        "name": space.name,
        "category": space.category,
        "subtype": space.subtype,
        "description": space.description,
        "address": format_address(address),
        "postcode": address.get("postcode", ""),
        "website": space.website,
        "opening_hours": format_opening_hours(space.opening_hours),
        "status": space.status,
        "ownership_type": space.ownership_type,
        "operator": (space.operator or {}).get("name", ""),
        "capacity": space.capacity,
        "accessibility": sorted(k for k, v in (space.accessibility or {}).items() if v),
        "tags": space.tags or [],
    }
    osm_ref = (space.external_ids or {}).get("osm")
    if osm_ref:
        properties["osm"] = osm_ref
    return {
        "type": "Feature",
        "id": space.id,
        "geometry": {"type": "Point", "coordinates": [space.longitude, space.latitude]},
        "properties": properties,
    }


def export_geojson(db: Database, out: Path) -> str:
    """Spaces that have a position, as a FeatureCollection (people are never included)."""
    with db.read() as session:
        spaces = list(
            session.scalars(
                select(Space)
                .where(Space.deleted.is_(False), Space.latitude.is_not(None), Space.longitude.is_not(None))
                .order_by(Space.name)
            )
        )
        without = session.query(Space).filter(Space.deleted.is_(False), Space.latitude.is_(None)).count()
    collection: dict[str, Any] = {
        "type": "FeatureCollection",
        "generator": f"CivicDesk {__version__}",
        "features": [space_feature(s) for s in spaces],
    }
    if any("osm" in f["properties"] for f in collection["features"]):
        collection["attribution"] = osm.LICENCE_NOTE
    Path(out).write_text(json.dumps(collection, ensure_ascii=False, indent=1) + "\n",
                         encoding="utf-8", newline="\n")
    note = f" ({without} spaces without a position left out)" if without else ""
    return f"Wrote {len(spaces)} spaces to {out}{note}"


def load_features(path: Path) -> list[dict[str, Any]]:
    path = Path(path)
    if path.stat().st_size > MAX_BYTES:
        raise CivicDeskError(f"{path.name}: the file is too large to import")
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise CivicDeskError(f"{path.name}: not a readable GeoJSON file ({exc})") from exc
    if (
        isinstance(data, dict)
        and data.get("type") == "FeatureCollection"
        and isinstance(data.get("features"), list)
    ):
        return [f for f in data["features"] if isinstance(f, dict)]
    if isinstance(data, dict) and data.get("type") == "Feature":
        return [data]
    raise CivicDeskError(f"{path.name}: not a GeoJSON FeatureCollection")


def _is_osm(features: list[dict[str, Any]]) -> bool:
    for feature in features[:50]:
        props = feature.get("properties") or {}
        if (
            "osm_id" in props
            or "osm_type" in props
            or any(k in props for k in ("amenity", "leisure", "landuse"))
        ):
            return True
    return False


def _plain_candidate(number: int, feature: dict[str, Any]) -> Candidate:
    props = feature.get("properties") or {}
    point = osm.geometry_centre(feature.get("geometry"))
    text = {k: str(props[k]).strip() for k in props if isinstance(props[k], str | int | float)}
    address: dict[str, Any] = {
        "lines": [p.strip() for p in text.get("address", "").split(",") if p.strip()],
        "postcode": text.get("postcode", ""),
    }
    if address["postcode"] and address["lines"] and address["lines"][-1] == address["postcode"]:
        address["lines"].pop()
    values: dict[str, Any] = {
        "name": text.get("name", ""),
        "category": text.get("category", "").lower(),
        "subtype": text.get("subtype", ""),
        "description": text.get("description", ""),
        "address": {k: v for k, v in address.items() if v},
        "website": text.get("website", ""),
        "status": text.get("status", ""),
        "ownership_type": text.get("ownership_type", ""),
        "latitude": point[0] if point else None,
        "longitude": point[1] if point else None,
        "tags": props.get("tags") if isinstance(props.get("tags"), list) else [],
        "capacity": props.get("capacity"),
    }
    if text.get("operator"):
        values["operator"] = {"name": text["operator"]}
    if isinstance(props.get("accessibility"), list):
        values["accessibility"] = {k: True for k in props["accessibility"] if isinstance(k, str)}
    columns = {k: k for k in values} | {"address": "postcode"}
    external = {"osm": str(props["osm"])} if props.get("osm") else {}
    record_id = str(props.get("id") or feature.get("id") or "") or None
    return Candidate(
        number,
        {k: v for k, v in values.items() if v not in (None, "", [], {})},
        columns,
        external=external,
        record_id=record_id,
    )


def read_geojson(path: Path) -> tuple[list[Candidate], list[Problem], str]:
    """(candidates, warnings, attribution) from a GeoJSON file of places."""
    features = load_features(path)
    warnings: list[Problem] = []
    if _is_osm(features):
        candidates, unnamed, ignored = [], 0, 0
        for _number, candidate, nameless in osm.features_to_candidates(features):
            if nameless:
                unnamed += 1
            elif candidate is None:
                ignored += 1
            else:
                candidates.append(candidate)
        if unnamed:
            warnings.append(Problem(0, "", f"{unnamed} features without a name were left out"))
        if ignored:
            warnings.append(Problem(0, "", f"{ignored} features are not community places and were left out"))
        return candidates, warnings, osm.LICENCE_NOTE
    return [_plain_candidate(n, f) for n, f in enumerate(features, start=1)], warnings, ""
