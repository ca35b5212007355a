"""Read raster map tiles from a user-chosen MBTiles file, read-only, with no network.

MBTiles is an SQLite file. Two layouts are common: a plain `tiles` table, and deduplicated
`map` + `images` tables (often with `tiles` as a view over them). Older files leave out
`format`, `minzoom` and `maxzoom` from their metadata, so we work those out from the tiles.
Rows are stored in TMS order (row 0 at the south); callers ask in XYZ order.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

from civicdesk.errors import CivicDeskError
from civicdesk.services.geo import tms_row

_TILES_QUERY = "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?"
_JOIN_QUERY = (
    "SELECT images.tile_data FROM map JOIN images ON images.tile_id = map.tile_id "
    "WHERE map.zoom_level=? AND map.tile_column=? AND map.tile_row=?"
)


class MBTilesError(CivicDeskError):
    """The chosen file is not a map we can show."""


def image_format(data: bytes) -> str:
    """'png', 'jpg', 'webp', or '' for anything else (such as gzipped vector tiles)."""
    if data.startswith(b"\x89PNG"):
        return "png"
    if data.startswith(b"\xff\xd8"):
        return "jpg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return ""


@dataclass
class MBTilesInfo:
    name: str
    attribution: str
    description: str
    format: str
    layout: str  # "tiles" or "map/images"
    minzoom: int
    maxzoom: int
    # west, south, east, north in degrees
    bounds: tuple[float, float, float, float] = (-180.0, -85.0511, 180.0, 85.0511)
    metadata: dict[str, str] = field(default_factory=dict)


class MBTiles:
    """An open MBTiles file. `tile(z, x, y)` takes XYZ coordinates and returns image bytes."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise MBTilesError(f"the map file {self.path} does not exist")
        uri = self.path.resolve().as_uri() + "?mode=ro"
        try:
            # One connection, guarded by a lock, may be used from a tile-loading thread.
            self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            query = "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')"
            names = {row[0]: row[1] for row in self._conn.execute(query)}
        except sqlite3.DatabaseError as exc:
            raise MBTilesError(f"{self.path.name} is not an MBTiles map file ({exc})") from exc
        self._lock = threading.Lock()
        if "tiles" in names:
            self._query, layout = _TILES_QUERY, "map/images" if "map" in names else "tiles"
        elif "map" in names and "images" in names:
            self._query, layout = _JOIN_QUERY, "map/images"
        else:
            self._conn.close()
            raise MBTilesError(f"{self.path.name} is not an MBTiles map file: it has no tiles in it")
        self.info = self._read_info(layout, "metadata" in names)

    def _read_info(self, layout: str, has_metadata: bool) -> MBTilesInfo:
        meta: dict[str, str] = {}
        if has_metadata:
            for name, value in self._conn.execute("SELECT name, value FROM metadata"):
                if name is not None and value is not None:
                    meta[str(name)] = str(value)
        table = "tiles" if self._query is _TILES_QUERY else "map"
        low, high = self._conn.execute(f"SELECT MIN(zoom_level), MAX(zoom_level) FROM {table}").fetchone()
        if low is None:
            raise MBTilesError(f"{self.path.name} has no map tiles in it")
        minzoom = _int(meta.get("minzoom"), low)
        maxzoom = _int(meta.get("maxzoom"), high)
        fmt = meta.get("format", "").lower()
        if not fmt:
            sample = self._conn.execute(self._query.split(" WHERE")[0] + " LIMIT 1").fetchone()
            fmt = image_format(bytes(sample[0])) if sample and sample[0] else ""
        if fmt in ("pbf", "mvt") or fmt not in ("png", "jpg", "jpeg", "webp"):
            raise MBTilesError(
                f"{self.path.name} holds vector or unknown tiles ({fmt or 'unrecognised'}); "
                "please choose a raster map (PNG or JPEG tiles)"
            )
        return MBTilesInfo(
            name=meta.get("name", self.path.stem),
            attribution=meta.get("attribution", ""),
            description=meta.get("description", ""),
            format=fmt,
            layout=layout,
            minzoom=min(minzoom, maxzoom),
            maxzoom=max(minzoom, maxzoom),
            bounds=_bounds(meta.get("bounds")),
            metadata=meta,
        )

    def tile(self, zoom: int, column: int, row: int) -> bytes | None:
        """The image of XYZ tile (zoom, column, row), or None where the file leaves it out."""
        with self._lock:
            found = self._conn.execute(self._query, (zoom, column, tms_row(row, zoom))).fetchone()
        return bytes(found[0]) if found and found[0] else None

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> MBTiles:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _int(value: str | None, default: int) -> int:
    try:
        return int(float(value)) if value not in (None, "") else default
    except ValueError:
        return default


def _bounds(value: str | None) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(part) for part in (value or "").split(","))
    except ValueError:
        return (-180.0, -85.0511, 180.0, 85.0511)
    return (west, south, east, north)
