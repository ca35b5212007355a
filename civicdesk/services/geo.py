"""Web Mercator maths for the offline map: projection, tiles, clustering and scale bars.

Everything works in "world pixels": at zoom z the whole world is a square 256·2^z pixels wide,
x growing east from longitude -180 and y growing south from latitude +85.0511 (the XYZ tile
scheme used by OpenStreetMap). MBTiles files count tile rows from the south (TMS); see
`tms_row`.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

TILE_SIZE = 256
MAX_LATITUDE = 85.0511287798066  # where Web Mercator makes the world square
EARTH_CIRCUMFERENCE_M = 40_075_016.686  # at the equator, WGS84 semi-major axis


def world_size(zoom: float) -> float:
    """The width (and height) of the world in pixels at this zoom."""
    return float(TILE_SIZE * 2.0**zoom)


def lonlat_to_world(lon: float, lat: float, zoom: float) -> tuple[float, float]:
    """Longitude/latitude in degrees to world pixels at `zoom` (latitude clamped to the map)."""
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    size = world_size(zoom)
    x = (lon + 180.0) / 360.0 * size
    sin_lat = math.sin(math.radians(lat))
    y = (0.5 - math.log((1 + sin_lat) / (1 - sin_lat)) / (4 * math.pi)) * size
    return x, y


def world_to_lonlat(x: float, y: float, zoom: float) -> tuple[float, float]:
    """World pixels at `zoom` back to longitude/latitude in degrees."""
    size = world_size(zoom)
    lon = x / size * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / size))))
    return lon, lat


def lonlat_to_tile(lon: float, lat: float, zoom: int) -> tuple[int, int]:
    """The XYZ tile (column, row) holding this point."""
    x, y = lonlat_to_world(lon, lat, zoom)
    last = 2**zoom - 1
    return min(last, max(0, int(x // TILE_SIZE))), min(last, max(0, int(y // TILE_SIZE)))


def tms_row(row: int, zoom: int) -> int:
    """Convert an XYZ row to a TMS row or back (the same flip both ways)."""
    return int(2**zoom - 1 - row)


def tiles_covering(left: float, top: float, right: float, bottom: float, zoom: int) -> list[tuple[int, int]]:
    """XYZ tiles (column, row) that cover a rectangle given in world pixels at `zoom`."""
    last = 2**zoom - 1
    x0 = max(0, int(math.floor(left / TILE_SIZE)))
    x1 = min(last, int(math.floor(right / TILE_SIZE)))
    y0 = max(0, int(math.floor(top / TILE_SIZE)))
    y1 = min(last, int(math.floor(bottom / TILE_SIZE)))
    return [(x, y) for y in range(y0, y1 + 1) for x in range(x0, x1 + 1)]


def metres_per_pixel(lat: float, zoom: float) -> float:
    """Ground distance one screen pixel covers at this latitude and zoom."""
    return EARTH_CIRCUMFERENCE_M * math.cos(math.radians(lat)) / world_size(zoom)


@dataclass(frozen=True)
class ScaleBar:
    metres: float
    pixels: float
    label: str


def scale_bar(lat: float, zoom: float, max_pixels: float = 120) -> ScaleBar:
    """The longest round distance (1, 2 or 5 × 10^n metres) whose bar fits in `max_pixels`."""
    per_pixel = metres_per_pixel(lat, zoom)
    longest = per_pixel * max_pixels
    exponent = math.floor(math.log10(longest)) if longest > 0 else 0
    metres = 10.0**exponent
    for step in (5, 2, 1):
        if step * 10.0**exponent <= longest:
            metres = step * 10.0**exponent
            break
    label = f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"
    return ScaleBar(metres, metres / per_pixel, label)


def graticule_step(span_degrees: float, lines: int = 6) -> float:
    """A round step in degrees giving about `lines` graticule lines across `span_degrees`."""
    target = max(span_degrees / lines, 1e-6)
    for step in (0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 45, 90):
        if step >= target:
            return float(step)
    return 90.0


def zoom_to_fit(width_px: float, height_px: float, span_x: float, span_y: float, at_zoom: float) -> float:
    """The zoom at which a box `span_x` × `span_y` world pixels (measured at `at_zoom`) fits."""
    fits = []
    if span_x > 0:
        fits.append(at_zoom + math.log2(width_px / span_x))
    if span_y > 0:
        fits.append(at_zoom + math.log2(height_px / span_y))
    return min(fits) if fits else at_zoom


@dataclass(frozen=True)
class Cluster:
    """Points that fall in one grid cell at some zoom; `x`, `y` is their centroid."""

    keys: tuple[Hashable, ...]
    x: float
    y: float

    @property
    def size(self) -> int:
        return len(self.keys)


def cluster_points(points: Iterable[tuple[Hashable, float, float]], cell: float) -> list[Cluster]:
    """Group points (key, x, y) so that no two groups are closer than about `cell` units.

    First a square grid (coarse but predictable: the same data always clusters the same way at
    the same zoom, which people rely on when they zoom in and out to find a place again), then
    neighbouring cells whose centres ended up closer than `cell` are merged, biggest first, so
    bubbles do not sit on top of each other.
    """
    cells: dict[tuple[int, int], list[tuple[Hashable, float, float]]] = {}
    for key, x, y in points:
        cells.setdefault((int(math.floor(x / cell)), int(math.floor(y / cell))), []).append((key, x, y))
    groups = [cells[index] for index in sorted(cells)]
    order = sorted(range(len(groups)), key=lambda i: (-len(groups[i]), i))
    centres = [_centre(g) for g in groups]
    grid: dict[tuple[int, int], list[int]] = {}
    for i, (x, y) in enumerate(centres):
        grid.setdefault((int(math.floor(x / cell)), int(math.floor(y / cell))), []).append(i)
    taken: set[int] = set()
    clusters = []
    for i in order:
        if i in taken:
            continue
        taken.add(i)
        members = list(groups[i])
        cx, cy = centres[i]
        gx, gy = int(math.floor(cx / cell)), int(math.floor(cy / cell))
        for nx_ in (gx - 1, gx, gx + 1):
            for ny_ in (gy - 1, gy, gy + 1):
                for j in grid.get((nx_, ny_), []):
                    if j not in taken and math.dist(centres[j], (cx, cy)) < cell:
                        taken.add(j)
                        members += groups[j]
        x, y = _centre(members)
        clusters.append(Cluster(tuple(k for k, _, _ in members), x, y))
    clusters.sort(key=lambda c: (c.y, c.x))
    return clusters


def _centre(members: list[tuple[Hashable, float, float]]) -> tuple[float, float]:
    return (
        sum(x for _, x, _ in members) / len(members),
        sum(y for _, _, y in members) / len(members),
    )
