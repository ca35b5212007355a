"""Which map shows which entry: entries numbered in reading order, places cut into maps as in an atlas."""

from __future__ import annotations

from dataclasses import dataclass, field

from civicdesk.reports.directory_data import DirectoryData
from civicdesk.services import geo

REF_ZOOM = 20  # positions are kept in world pixels at this zoom: sub-millimetre precision
# Per layout: how many numbered places one map page holds, and in how many columns they are listed.
PER_MAP = {"a4": (45, 3), "a5-booklet": (24, 2), "large-print": (12, 1)}


@dataclass(frozen=True)
class Place:
    number: int
    id: str
    name: str
    x: float  # world pixels at REF_ZOOM
    y: float


@dataclass
class Panel:
    number: int
    box: tuple[float, float, float, float]  # left, top, right, bottom in world pixels at REF_ZOOM
    places: list[Place] = field(default_factory=list)


@dataclass
class Atlas:
    """Which number each entry has, and which map (if any) shows it."""

    numbers: dict[str, int]
    panel_of: dict[str, int]
    panels: list[Panel]
    places: list[Place]
    # Runs of neighbouring maps (first and last map number) when there are more maps than an
    # overview can number legibly: the overview then shows the runs ("13–24"), and each run has an
    # overview page of its own showing its maps.
    districts: list[tuple[int, int]] = field(default_factory=list)

    @property
    def map_pages(self) -> int:
        if not self.panels:
            return 1
        return len(self.panels) + (1 if len(self.panels) > 1 else 0) + len(self.districts)

    def label(self, entry_id: str) -> str:
        """'Map 3' for an entry on one of several maps; '' otherwise."""
        panel = self.panel_of.get(entry_id)
        return f"Map {panel}" if panel is not None and len(self.panels) > 1 else ""


def plan(data: DirectoryData, layout: str = "a4") -> Atlas:
    """Number the entries and cut the places into maps that each hold a page's worth of numbers."""
    per_map = PER_MAP.get(layout, PER_MAP["a4"])[0]
    numbers: dict[str, int] = {}
    places: list[Place] = []
    for section in data.sections:
        for entry in section.entries:
            number = numbers.setdefault(entry.id, len(numbers) + 1)
            if entry.latitude is None or entry.longitude is None:
                continue
            x, y = geo.lonlat_to_world(entry.longitude, entry.latitude, REF_ZOOM)
            places.append(Place(number, entry.id, entry.name, x, y))
    panels: list[Panel] = []
    if places:
        _split(places, max(1, per_map), panels)
        for index, panel in enumerate(panels, 1):
            panel.number = index
            panel.places.sort(key=lambda p: p.number)
    panel_of = {p.id: panel.number for panel in panels for p in panel.places}
    return Atlas(numbers, panel_of, panels, places, _districts(len(panels), per_map))


def _districts(maps: int, most: int) -> list[tuple[int, int]]:
    """Cut maps 1..maps into runs of at most `most`, as even as can be.

    Maps are numbered in the order the area was cut (a k-d tree), so a run of consecutive
    numbers covers one compact part of the area.
    """
    if maps <= most:
        return []
    runs = -(-maps // most)
    bounds = [round(maps * i / runs) for i in range(runs + 1)]
    return [(bounds[i] + 1, bounds[i + 1]) for i in range(runs)]


def _split(places: list[Place], most: int, out: list[Panel]) -> None:
    """Cut the places across their longer side until each part fits on one map (a k-d tree)."""
    if len(places) <= most:
        out.append(_fitted(places))
        return
    maps = -(-len(places) // most)
    wide = max(p.x for p in places) - min(p.x for p in places)
    tall = max(p.y for p in places) - min(p.y for p in places)
    for axis in ((0, 1) if wide >= tall else (1, 0)):
        ordered = sorted(places, key=lambda p: (p.x, p.y) if axis == 0 else (p.y, p.x))
        # Cut where both sides fill whole maps, so pages are nearly full rather than half empty.
        middle = round(len(ordered) * (maps // 2) / maps)
        before, after = ordered[middle - 1], ordered[middle]
        if (before.x, before.y)[axis] == (after.x, after.y)[axis]:
            continue  # many places in one line along this axis: try the other one
        _split(ordered[:middle], most, out)
        _split(ordered[middle:], most, out)
        return
    out.append(_fitted(places))  # all at one spot: they share one map


def _fitted(places: list[Place]) -> Panel:
    """A map of these places, framed tightly on them (the page adds a margin for the labels)."""
    left, right = min(p.x for p in places), max(p.x for p in places)
    top, bottom = min(p.y for p in places), max(p.y for p in places)
    return Panel(0, (left, top, right, bottom), list(places))
