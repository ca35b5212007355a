"""Where the numbers' labels go on a map page: near their points, clear of each other and of the legend."""

from __future__ import annotations

import math

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 in page points, y up


def _overlap(a: Rect, b: Rect) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def place_labels(points: list[tuple[float, float]], sizes: list[tuple[float, float]],
                 frame: Rect, obstacles: tuple[Rect, ...] = ()) -> list[tuple[float, float]]:
    """Centres for labels of the given sizes near their points, avoiding each other and other points.

    Greedy: each label takes the nearest candidate spot (on its point first, then rings further
    out) that overlaps nothing already placed nor any other point; failing that, the spot with
    the least overlap. A label never leaves the frame nor covers an obstacle (the scale bar, the
    attribution). The caller draws a leader line when a label moved off its point.
    """
    dots = [(x - 1.5, y - 1.5, x + 1.5, y + 1.5) for x, y in points]
    placed: list[Rect] = []
    centres: list[tuple[float, float]] = []
    for index, ((px, py), (w, h)) in enumerate(zip(points, sizes, strict=True)):
        best: tuple[float, float, float] | None = None
        candidates = [(px, py)]
        for ring in range(1, 6):
            radius = h * 1.15 * ring
            steps = 8 * ring
            for k in range(steps):
                angle = 2 * math.pi * k / steps + math.pi / 2
                stretch = (w / h) ** 0.5  # wide labels move further sideways than up and down
                candidates.append((px + math.cos(angle) * radius * stretch, py + math.sin(angle) * radius))
        for cx, cy in candidates:
            rect = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
            if rect[0] < frame[0] or rect[2] > frame[2] or rect[1] < frame[1] or rect[3] > frame[3]:
                continue
            if any(_overlap(rect, box) for box in obstacles):
                continue
            cost = sum(_overlap(rect, other) for other in placed)
            cost += sum(_overlap(rect, dot) for j, dot in enumerate(dots) if j != index) * 4
            if best is None or cost < best[2]:
                best = (cx, cy, cost)
            if cost == 0:
                break
        if best is not None:
            cx, cy = best[0], best[1]
        else:  # no spot within reach: pulled inside the frame (the leader line shows where it belongs)
            cx = min(max(px, frame[0] + w / 2), frame[2] - w / 2)
            cy = min(max(py, frame[1] + h / 2), frame[3] - h / 2)
        centres.append((cx, cy))
        placed.append((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2))
    return centres
