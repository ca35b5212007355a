"""The network picture's layout: each connected piece laid out on its own, then the pieces packed in rows.

Why not networkx's layouts: measured on the borough example's default picture (150 nodes, 126
lines, 25 separate pieces) in Dec 2026, `spring_layout(seed=7)` took 0.05 s and `kamada_kawai_layout`
0.9 s, but both need numpy (and kamada_kawai scipy), which the desktop app does not ship; and both
lay the whole forest out as one, so the 24 small pieces drift to the rim around the big one, with
wide empty gaps and pieces overlapping pieces. Our grid Fruchterman–Reingold (`force_layout`) on the
whole graph took 0.40 s with the same drift. Laying out each piece alone (small pieces are cheap:
the cost grows with the square of a piece's size per step) and packing the pieces in rows takes
0.1 s, fills the frame, and a space with its groups reads as one cluster with white space around it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterable

from civicdesk.services.force_layout import force_layout

Position = tuple[float, float]


def _pieces(nodes: list[Hashable], edges: list[tuple[Hashable, Hashable]]) -> list[list[Hashable]]:
    """Connected pieces, biggest first, ties by their first node in the order given (stable)."""
    neighbours: defaultdict[Hashable, list[Hashable]] = defaultdict(list)
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    seen: set[Hashable] = set()
    pieces: list[list[Hashable]] = []
    for start in nodes:
        if start in seen:
            continue
        seen.add(start)
        piece, stack = [], [start]
        while stack:
            node = stack.pop()
            piece.append(node)
            for other in neighbours[node]:
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        order = {n: i for i, n in enumerate(nodes)}
        pieces.append(sorted(piece, key=order.__getitem__))
    pieces.sort(key=lambda p: -len(p))
    return pieces


def _piece_layout(piece: list[Hashable], edges: list[tuple[Hashable, Hashable]], seed: int) -> dict:
    if len(piece) == 1:
        return {piece[0]: (0.0, 0.0)}
    if len(piece) == 2:
        return {piece[0]: (-1.0, 0.0), piece[1]: (1.0, 0.0)}
    members = set(piece)
    own = [(a, b) for a, b in edges if a in members]
    return force_layout(piece, own, seed=seed, iterations=min(120, 30 + 3 * len(piece)))


def cluster_layout(
    nodes: Iterable[Hashable],
    edges: Iterable[tuple[Hashable, Hashable]],
    seed: int = 7,
    aspect: float = 1.5,
) -> dict[Hashable, Position]:
    """Positions in [-1, 1]² (y up), pieces packed left to right in rows of about `aspect`:1.

    Each piece is sized by the square root of its node count, so a node gets about the same room
    in a big piece as in a small one. Deterministic for the same nodes, edges and seed.
    """
    order = list(dict.fromkeys(nodes))
    if not order:
        return {}
    lines = [(a, b) for a, b in edges if a != b]
    pieces = _pieces(order, lines)
    boxes = []  # (piece layout scaled to its size, width, height)
    for piece in pieces:
        placed = _piece_layout(piece, lines, seed)
        size = math.sqrt(len(piece))
        scaled = {n: (x * size, y * size) for n, (x, y) in placed.items()}
        xs = [x for x, _ in scaled.values()]
        ys = [y for _, y in scaled.values()]
        left, bottom = min(xs), min(ys)
        width, height = max(xs) - left, max(ys) - bottom
        boxes.append(({n: (x - left, y - bottom) for n, (x, y) in scaled.items()}, width, height))
    gap = 2.5  # room between pieces: more than a typical line, so pieces read as apart
    area = sum((w + gap) * (h + gap) for _, w, h in boxes)
    row_width = max(max(w for _, w, _ in boxes) + gap, math.sqrt(area * aspect))
    result: dict[Hashable, Position] = {}
    x = y = row_height = 0.0
    for placed, width, height in boxes:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for node, (px, py) in placed.items():
            result[node] = (x + px, -(y + height - py))  # rows go down the picture
        x += width + gap
        row_height = max(row_height, height)
    return _fit(result)


def _fit(positions: dict[Hashable, Position]) -> dict[Hashable, Position]:
    """Centre the picture; the farthest node on the edge of the [-1, 1] square (aspect kept)."""
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    extent = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    return {n: ((x - cx) / extent, (y - cy) / extent) for n, (x, y) in positions.items()}
