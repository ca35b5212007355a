"""Where the names go on a picture of points: never on each other, never on a point, never off the edge.

Greedy, most important first: each name tries eight places round its point, first in full, then
with an opening many names share cut to initials, then shortened; a name that fits nowhere is
not shown (the picture shows it on hover).
Works in screen pixels (y down) so the caller can place names after every zoom.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

Rect = tuple[float, float, float, float]  # left, top, right, bottom
SHORT = 18  # a shortened name keeps this many characters, the last one an ellipsis


@dataclass(frozen=True)
class Point:
    key: str
    x: float
    y: float
    radius: float
    priority: float  # higher is named first
    text: str
    essential: bool = False  # named even over other points (never over other names) if need be


@dataclass(frozen=True)
class Label:
    text: str
    rect: Rect  # in the same pixels as the points


def shorten(text: str, limit: int = SHORT) -> str:
    """The name cut at a word boundary where it can be, with an ellipsis: "Hart Bridge Community…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,-–(") + "…"


def shared_openings(texts: Iterable[str], least: int = 3) -> list[str]:
    """Opening words many names share ("Francis Fields", "Williamsonworth"), longest first."""
    counts: defaultdict[str, int] = defaultdict(int)
    for text in texts:
        words = text.split()
        for n in (1, 2):
            if len(words) > n:
                counts[" ".join(words[:n])] += 1
    return sorted((w for w, c in counts.items() if c >= least), key=lambda w: (-len(w), w))


def variants(text: str, openings: list[str]) -> list[str]:
    """The name, then with a shared opening cut to initials ("F.F. Lunch Club (2)"), then shortened."""
    found = [text]
    for opening in openings:
        if text.startswith(opening + " "):
            found.append("".join(w[0] + "." for w in opening.split()) + text[len(opening) :])
            break
    found.append(shorten(found[-1]))
    return list(dict.fromkeys(found))


def overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class _Grid:
    """Rectangles bucketed by cell, so each check looks at a few neighbours, not all of them."""

    def __init__(self, cell: float = 48.0) -> None:
        self.cell = cell
        self.cells: defaultdict[tuple[int, int], list[Rect]] = defaultdict(list)

    def _keys(self, rect: Rect) -> Iterable[tuple[int, int]]:
        c = self.cell
        for gx in range(int(rect[0] // c), int(rect[2] // c) + 1):
            for gy in range(int(rect[1] // c), int(rect[3] // c) + 1):
                yield gx, gy

    def add(self, rect: Rect) -> None:
        for key in self._keys(rect):
            self.cells[key].append(rect)

    def hits(self, rect: Rect, ignore: Rect | None = None) -> bool:
        return any(
            other is not ignore and overlaps(rect, other)
            for key in self._keys(rect)
            for other in self.cells.get(key, ())
        )


def place_labels(
    points: Iterable[Point],
    measure: Callable[[str], tuple[float, float]],
    bounds: Rect,
    gap: float = 3.0,
) -> dict[str, Label]:
    """Names that fit, by point key. `measure(text)` gives a name's width and height in pixels."""
    ordered = sorted(points, key=lambda p: (-p.priority, p.key))
    discs = _Grid()
    own: dict[str, Rect] = {}
    for p in ordered:
        r = p.radius + 1
        own[p.key] = (p.x - r, p.y - r, p.x + r, p.y + r)
        discs.add(own[p.key])
    names = _Grid()
    placed: dict[str, Label] = {}
    openings = shared_openings(p.text for p in ordered)
    essential = _Grid()  # a name that must show may cover lesser points, never an essential one
    for p in ordered:
        if p.essential:
            essential.add(own[p.key])
    for p in ordered:
        tries = [discs, essential] if p.essential else [discs]
        for points_in_the_way in tries:
            label = _place(p, variants(p.text, openings), measure, bounds, gap, points_in_the_way, names, own)
            if label is not None:
                names.add(label.rect)
                placed[p.key] = label
                break
    return placed


def _place(p: Point, texts: list[str], measure, bounds, gap, discs, names, own) -> Label | None:  # noqa: ANN001
    for text in texts:
        w, h = measure(text)
        rect = next(
            (c for c in _candidates(p, w, h, gap) if _fits(c, bounds, discs, names, own[p.key])), None
        )
        if rect is not None:
            return Label(text, rect)
    return None


def _candidates(p: Point, w: float, h: float, gap: float) -> list[Rect]:
    r = p.radius + gap
    return [
        (p.x + r, p.y - h / 2, p.x + r + w, p.y + h / 2),  # right
        (p.x - r - w, p.y - h / 2, p.x - r, p.y + h / 2),  # left
        (p.x - w / 2, p.y - r - h, p.x + w / 2, p.y - r),  # above
        (p.x - w / 2, p.y + r, p.x + w / 2, p.y + r + h),  # below
        (p.x + r * 0.7, p.y - r * 0.7 - h, p.x + r * 0.7 + w, p.y - r * 0.7),  # above right
        (p.x + r * 0.7, p.y + r * 0.7, p.x + r * 0.7 + w, p.y + r * 0.7 + h),  # below right
        (p.x - r * 0.7 - w, p.y - r * 0.7 - h, p.x - r * 0.7, p.y - r * 0.7),  # above left
        (p.x - r * 0.7 - w, p.y + r * 0.7, p.x - r * 0.7, p.y + r * 0.7 + h),  # below left
    ]


def _fits(rect: Rect, bounds: Rect, discs: _Grid, names: _Grid, mine: Rect) -> bool:
    inside = bounds[0] <= rect[0] and rect[2] <= bounds[2] and bounds[1] <= rect[1] and rect[3] <= bounds[3]
    return inside and not names.hits(rect) and not discs.hits(rect, ignore=mine)
