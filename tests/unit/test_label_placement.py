"""Names on a picture of points: most important first, never overlapping, inside the frame."""

from __future__ import annotations

import time

import networkx as nx

from civicdesk.services import network as net
from civicdesk.services.label_placement import Point, overlaps, place_labels, shorten


def measure(text: str) -> tuple[float, float]:
    return 7.0 * len(text), 14.0


def test_crowded_names_give_way_to_the_more_important_one():
    points = [
        Point("a", 100, 100, 5, 1, "Lewis Moor Gardening Club"),
        Point("b", 104, 100, 5, 9, "St Molly's Church"),
    ]
    placed = place_labels(points, measure, (0, 0, 400, 300))
    assert placed["b"].text == "St Molly's Church"
    for one in placed.values():
        for other in placed.values():
            assert one is other or not overlaps(one.rect, other.rect)


def test_a_name_near_the_edge_goes_to_the_other_side_or_is_shortened():
    placed = place_labels(
        [Point("a", 390, 50, 5, 1, "Hart Common Bereavement Café")], measure, (0, 0, 400, 300)
    )
    rect = placed["a"].rect
    assert rect[0] >= 0 and rect[2] <= 400 and rect[2] <= 390  # to the left of its point
    narrow = place_labels(
        [Point("a", 100, 50, 5, 1, "Hart Common Bereavement Café")], measure, (0, 0, 150, 300)
    )
    assert narrow["a"].text == "Hart Common…"


def test_shortening_cuts_at_a_word():
    assert shorten("Francis Fields Lunch Club (2)") == "Francis Fields…"
    assert shorten("Conor Morris") == "Conor Morris"


def test_a_150_node_network_is_laid_out_well_under_a_second():
    graph = nx.Graph()
    for hub in range(25):  # 25 spaces, each with its groups, some joined by people
        for leaf in range(5):
            graph.add_edge(f"space:{hub:02}", f"group:{hub:02}{leaf}")
        if hub % 3 == 0:
            graph.add_edge(f"group:{hub:02}0", f"person:{hub:02}")
            graph.add_edge(f"person:{hub:02}", f"group:{(hub + 1) % 25:02}1")
    assert graph.number_of_nodes() >= 150
    started = time.perf_counter()
    positions = net.layout(graph)
    assert time.perf_counter() - started < 0.5
    # Each space with its groups reads as a cluster: its groups are nearer to it than to other spaces.
    for hub in range(25):
        here = positions[f"space:{hub:02}"]
        for leaf in range(2, 5):
            mine = positions[f"group:{hub:02}{leaf}"]
            own = (mine[0] - here[0]) ** 2 + (mine[1] - here[1]) ** 2
            for other in range(25):
                if other != hub:
                    there = positions[f"space:{other:02}"]
                    assert own < (mine[0] - there[0]) ** 2 + (mine[1] - there[1]) ** 2


def test_a_finding_is_named_over_lesser_points_but_never_over_another_finding():
    crowd = [
        Point(f"p{i}", 100 + dx, 100 + dy, 4, 1, f"Person {i}")
        for i, (dx, dy) in enumerate(
            [(dx, dy) for dx in (-12, 0, 12) for dy in (-12, 0, 12) if (dx, dy) != (0, 0)]
        )
    ]
    finding = Point("f", 100, 100, 6, 1000, "St Molly's Church", essential=True)
    other = Point("g", 160, 100, 6, 999, "Lewis Moor Gym", essential=True)
    placed = place_labels([*crowd, finding, other], measure, (0, 0, 400, 300))
    assert placed["f"].text.startswith("St Molly") and placed["g"].text == "Lewis Moor Gym"
    disc = (160 - 7, 100 - 7, 160 + 7, 100 + 7)
    assert not overlaps(placed["f"].rect, disc)
