"""The spaces the map shows: where they are, what kind, how healthy, who owns them."""

from __future__ import annotations

from dataclasses import dataclass, field

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
class Unplaced:
    """A space with no coordinates yet, which the user can place on the map."""

    id: str
    name: str
    category: str


@dataclass(frozen=True)
class MapData:
    points: list[MapPoint]
    unplaced: int  # spaces with no coordinates (digital ones, or not yet placed)
    unplaced_spaces: list[Unplaced] = field(default_factory=list)  # sorted by name


_COLUMNS = (
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


def load_map_points(db: Database) -> MapData:
    """Every space that is not deleted; those without coordinates are listed apart."""
    points: list[MapPoint] = []
    unplaced: list[Unplaced] = []
    with db.read() as session:
        rows = session.execute(select(*_COLUMNS).where(Space.deleted.is_(False)).order_by(Space.id))
        for sid, name, category, subtype, status, lat, lon, owner, ownership in rows:
            if lat is None or lon is None:
                unplaced.append(Unplaced(sid, name, category))
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
    unplaced.sort(key=lambda u: (u.name.casefold(), u.id))
    return MapData(points, len(unplaced), unplaced)


def load_map_point(db: Database, space_id: str) -> MapPoint | None:
    """One space as the map shows it, or None if it has no location (or is deleted)."""
    with db.read() as session:
        row = session.execute(
            select(*_COLUMNS).where(Space.id == space_id, Space.deleted.is_(False))
        ).one_or_none()
    if row is None or row.latitude is None or row.longitude is None:
        return None
    sid, name, category, subtype, status, lat, lon, owner, ownership = row
    owner_name = str((owner or {}).get("name") or "")
    return MapPoint(sid, name, category, subtype or "", status or "", float(lat), float(lon), owner_name,
                    ownership or "")


def location_of(db: Database, space_id: str) -> tuple[float | None, float | None]:
    """The stored latitude and longitude of one space."""
    with db.read() as session:
        query = select(Space.latitude, Space.longitude).where(Space.id == space_id)
        row = session.execute(query).one_or_none()
    return (row[0], row[1]) if row else (None, None)
