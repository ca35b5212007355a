"""A force-directed layout in pure Python: the same picture for the same network, every time.

Fruchterman–Reingold with the grid variant of their paper: nodes push apart only from nodes in
neighbouring grid cells (within 2k), so one step costs O(nodes + edges) instead of O(nodes²). This
replaces networkx's `spring_layout`, which needs numpy (39 MB of the desktop app for this alone)
and, above 500 nodes, scipy, which CivicDesk does not ship.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import TypeVar

Node = TypeVar("Node", bound=Hashable)

Position = tuple[float, float]


def iterations_for(count: int) -> int:
    """Fewer steps for big pictures: each step costs more, and a 2,000-node picture is read as a
    texture of clusters anyway, not node by node."""
    if count <= 300:
        return 120
    return max(40, int(120 * (300 / count) ** 0.5))


def force_layout(
    nodes: Iterable[Node],
    edges: Iterable[tuple[Node, Node]],
    seed: int = 7,
    iterations: int | None = None,
) -> dict[Node, Position]:
    """Positions in [-1, 1]² (centred, the farthest node on the edge of the square).

    Deterministic: nodes are visited in the order given (callers sort them) and the starting
    positions come from `random.Random(seed)`, so the result depends only on the graph and the seed.
    """
    order = list(dict.fromkeys(nodes))
    count = len(order)
    if count == 0:
        return {}
    if count == 1:
        return {order[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(order)}
    pairs = sorted(
        {(min(index[a], index[b]), max(index[a], index[b])) for a, b in edges if a != b and a in index}
    )
    rng = random.Random(seed)
    # Positions as complex numbers: one arithmetic operation moves both coordinates, which is
    # what makes pure Python fast enough here.
    pos = [complex(rng.random(), rng.random()) for _ in range(count)]
    k = math.sqrt(1.0 / count)  # ideal edge length in the unit square
    k2 = k * k
    cell = 2.0 * k  # nodes farther apart than this do not push each other
    reach = cell * cell
    steps = iterations if iterations is not None else iterations_for(count)
    temperature = 0.1  # the most a node may move in one step; cools linearly to nothing
    cooling = temperature / (steps + 1)
    # A soft frame: beyond `radius` of the centre a node is pulled back, so separate pieces of the
    # network stay on the picture. (Pulling every node inwards would crowd big networks in the middle,
    # and crowding is what makes a grid step slow.)
    gravity = 0.1
    centre = complex(0.5, 0.5)
    radius = 0.5
    halves = ((1, -1), (1, 0), (1, 1), (0, 1))  # neighbouring cells, each pair of cells once

    for _ in range(steps):
        move = [0j] * count
        grid: defaultdict[tuple[int, int], list[int]] = defaultdict(list)
        for i, z in enumerate(pos):
            grid[(int(z.real // cell), int(z.imag // cell))].append(i)
        # Repulsion k²/d between nodes in the same or neighbouring cells, each pair once.
        for (cx, cy), members in grid.items():
            others = [j for ox, oy in halves for j in grid.get((cx + ox, cy + oy), ())]
            for a, i in enumerate(members):
                zi = pos[i]
                force = 0j
                for j in members[a + 1 :] + others:
                    d = zi - pos[j]
                    d2 = d.real * d.real + d.imag * d.imag
                    if d2 >= reach:
                        continue
                    if d2 < 1e-12:  # two nodes on one spot: nudge them apart, the same way every time
                        d, d2 = complex(1e-4, 1e-4 * ((i - j) % 3 - 1)), 2e-8
                    d *= k2 / d2
                    force += d
                    move[j] -= d
                move[i] += force
        # Attraction d²/k along each line.
        for i, j in pairs:
            d = pos[i] - pos[j]
            d *= abs(d) / k
            move[i] -= d
            move[j] += d
        for i, z in enumerate(pos):
            step = move[i]
            outside = abs(z - centre) - radius
            if outside > 0:
                step += (centre - z) * (gravity * outside / (outside + radius))
            length = abs(step)
            if length > temperature:
                step *= temperature / length
            pos[i] = z + step
        temperature -= cooling
    xs = [z.real for z in pos]
    ys = [z.imag for z in pos]
    return _rescale(order, xs, ys)


def _rescale(order: list[Node], xs: list[float], ys: list[float]) -> dict[Node, Position]:
    mx = sum(xs) / len(xs)
    my = sum(ys) / len(ys)
    extent = max(max(abs(x - mx) for x in xs), max(abs(y - my) for y in ys)) or 1.0
    return {node: ((x - mx) / extent, (y - my) / extent) for node, x, y in zip(order, xs, ys, strict=True)}
