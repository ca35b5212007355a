"""The spaces the map shows: where they are, what kind, how healthy, who owns them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from civicdesk.db.database import Database
from civicdesk.db.models import Space


@dataclass(frozen=True)
class MapPoint:
    id: str
    name: str
    category: str
    subtype: str
    status: str
    latitude: float
    longitude: float
    owner: str  # the owner's name, or "" if none is recorded
    ownership_type: str


@dataclass(frozen=True)
class MapData:
    points: list[MapPoint]
    unplaced: int  # spaces with no coordinates (digital ones, or not yet placed)


def load_map_points(db: Database) -> MapData:
    """Every space that is not deleted; those without coordinates are only counted."""
    columns = (
        Space.id,
        Space.name,
        Space.category,
        Space.subtype,
        Space.status,
        Space.latitude,
        Space.longitude,
        Space.owner,
        Space.ownership_type,
    )
    points: list[MapPoint] = []
    unplaced = 0
    with db.read() as session:
        rows = session.execute(select(*columns).where(Space.deleted.is_(False)).order_by(Space.id))
        for sid, name, category, subtype, status, lat, lon, owner, ownership in rows:
            if lat is None or lon is None:
                unplaced += 1
                continue
            points.append(
                MapPoint(
                    sid,
                    name,
                    category,
                    subtype or "",
                    status or "",
                    float(lat),
                    float(lon),
                    str((owner or {}).get("name") or ""),
                    ownership or "",
                )
            )
    return MapData(points, unplaced)


def location_of(db: Database, space_id: str) -> tuple[float | None, float | None]:
    """The stored latitude and longitude of one space."""
    with db.read() as session:
        query = select(Space.latitude, Space.longitude).where(Space.id == space_id)
        row = session.execute(query).one_or_none()
    return (row[0], row[1]) if row else (None, None)
