"""Network measures on small hand-made networks, and the graph read from a database."""

from __future__ import annotations

import networkx as nx

from civicdesk.core.consent import may_print
from civicdesk.services import network as net
from civicdesk.services.groups import GroupService
from civicdesk.services.people import PersonService
from civicdesk.services.spaces import SpaceService


def make(nodes: dict[str, str], edges: list[tuple[str, str, str]]) -> nx.Graph:
    """nodes: name -> type; ids are the names, keys are "type:name"."""
    graph = nx.Graph()
    for name, kind in nodes.items():
        graph.add_node(
            f"{kind}:{name}", type=kind, id=name, label=name, status="active", category="civic", district=""
        )
    for a, b, kind in edges:
        graph.add_edge(f"{nodes[a]}:{a}", f"{nodes[b]}:{b}", kind=kind, weight=1)
    return graph


def two_groups_and_a_bridge() -> nx.Graph:
    nodes = {
        "Choir": "group",
        "Lunch Club": "group",
        "Ann": "person",
        "Bob": "person",
        "Cy": "person",
        "Dee": "person",
        "Eve": "person",
    }
    edges = [
        ("Ann", "Choir", "chair"),
        ("Bob", "Choir", "volunteer"),
        ("Dee", "Lunch Club", "chair"),
        ("Eve", "Lunch Club", "treasurer"),
        ("Cy", "Choir", "volunteer"),
        ("Cy", "Lunch Club", "volunteer"),
    ]
    return make(nodes, edges)


def test_a_volunteer_bridging_two_groups_is_flagged():
    graph = two_groups_and_a_bridge()
    findings = net.analyse(graph)
    assert [f.title for f in findings.connectors] == ["Cy"]
    assert "Without them" in findings.connectors[0].reason
    assert "in 2 groups" in findings.connectors[0].reason
    # ... and removing them really does cut the groups apart.
    assert nx.is_connected(graph)
    graph.remove_node("person:Cy")
    assert not nx.is_connected(graph)
    assert not nx.has_path(graph, "group:Choir", "group:Lunch Club")


def test_a_second_shared_volunteer_means_nobody_is_a_single_point_of_failure():
    graph = two_groups_and_a_bridge()
    graph.add_edge("person:Ann", "group:Lunch Club", kind="volunteer", weight=1)
    assert net.analyse(graph).connectors == []


def test_sharing_a_hall_or_an_app_does_not_make_groups_know_each_other():
    graph = two_groups_and_a_bridge()
    graph.add_node(
        "space:Hall", type="space", id="Hall", label="Hall", status="stable", category="civic", district=""
    )
    graph.add_edge("group:Choir", "space:Hall", kind="meets at", weight=1)
    graph.add_edge("group:Lunch Club", "space:Hall", kind="meets at", weight=1)
    assert [f.title for f in net.analyse(graph).connectors] == ["Cy"]


def test_groups_cut_off_names_the_smaller_side():
    # A chain: G1 - p - G2 - q - G3 - r - G4 with extra members on G4's side.
    nodes = {
        "G1": "group",
        "G2": "group",
        "G3": "group",
        "G4": "group",
        "p": "person",
        "q": "person",
        "r": "person",
    }
    edges = [
        ("p", "G1", "v"),
        ("p", "G2", "v"),
        ("q", "G2", "v"),
        ("q", "G3", "v"),
        ("r", "G3", "v"),
        ("r", "G4", "v"),
    ]
    cut = net.groups_cut_off(make(nodes, edges))
    assert cut["person:p"] == ["group:G1"]
    assert cut["person:r"] == ["group:G4"]
    assert len(cut["person:q"]) == 2  # two groups on each side: either side counts as cut off


def test_spaces_many_groups_depend_on_and_groups_with_one_volunteer():
    nodes = {
        "Hall": "space",
        "A": "group",
        "B": "group",
        "C": "group",
        "Park": "space",
        "solo": "person",
        "x": "person",
        "y": "person",
    }
    edges = [
        ("A", "Hall", "meets at"),
        ("B", "Hall", "meets at"),
        ("C", "Hall", "meets at"),
        ("C", "Park", "meets at"),
        ("solo", "A", "chair"),
        ("x", "B", "chair"),
        ("y", "B", "treasurer"),
    ]
    findings = net.analyse(make(nodes, edges))
    assert [f.title for f in findings.spaces] == ["Hall"]
    assert findings.spaces[0].reason.startswith("3 groups meet here; for 2 of them it is their only")
    assert [f.title for f in findings.groups] == ["A"]
    assert "Only one active volunteer (solo, chair)" in findings.groups[0].reason


def test_the_reduced_picture_keeps_findings_and_drops_lone_people():
    graph = two_groups_and_a_bridge()
    findings = net.analyse(graph)
    picture = net.picture(graph, findings, net.NetworkOptions())
    # Only Cy joins two groups; the others would be clutter.
    assert set(picture.graph) == {"group:Choir", "group:Lunch Club", "person:Cy"}
    assert picture.positions == net.picture(graph, findings, net.NetworkOptions()).positions  # stable
    small = net.picture(graph, findings, net.NetworkOptions(types=frozenset({"group"})))
    assert set(small.graph) == set()  # groups alone have no lines between them here


def test_people_are_named_only_with_consent(db):
    hall = SpaceService(db).create({"name": "Hall", "category": "civic"})
    choir = GroupService(db).create({"name": "Choir"})
    club = GroupService(db).create({"name": "Lunch Club"})
    people = PersonService(db)
    listed = people.create(
        {"name": "Ann Smith", "consent_directory": {"given": True, "on": "2026-01-01", "how": "form"}}
    )
    private = people.create({"name": "Bob Jones"})
    assert may_print(listed) and not may_print(private)
    from civicdesk.core.record_writer import RecordWriter
    from civicdesk.db.models import Meeting, Role

    with db.write() as session:
        writer = RecordWriter(session, "test")
        for person in (listed, private):
            for group in (choir, club):
                writer.create(Role, {"person_id": person.id, "group_id": group.id, "role": "volunteer"})
        writer.create(Meeting, {"group_id": choir.id, "space_id": hall.id})
    graph = net.load_graph(db)
    assert graph.nodes[f"person:{listed.id}"]["label"] == "Ann Smith"
    assert graph.nodes[f"person:{private.id}"]["label"] == "B.J."
    assert graph.has_edge(f"group:{choir.id}", f"space:{hall.id}")
    assert graph[f"person:{listed.id}"][f"group:{club.id}"]["kind"] == "volunteer"
