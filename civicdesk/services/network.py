"""The social network behind the records: who and what holds groups together, and where it is thin.

Nodes are groups, spaces, people and tools ("group:<id>", ...); edges come from meetings
(group–space), current roles (person–group), tool uses (group–tool), typed links and help given
between groups ("helped", group–group). People are
named only if they agreed to be listed (`consent.may_print`); otherwise by their initials.

Three findings a spreadsheet cannot give:
- key connectors: people whose absence would cut groups off from the rest (articulation points),
- spaces that many groups depend on (for some, their only meeting place),
- active groups kept going by a single volunteer.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

import networkx as nx
from sqlalchemy import select

from civicdesk.core.consent import may_print, printed_name
from civicdesk.db.database import Database
from civicdesk.db.models import Group, HelpGiven, Link, Meeting, Person, Role, Space, Tool, ToolUse
from civicdesk.services.cluster_layout import cluster_layout

NODE_TYPES = ("group", "space", "person", "tool")


def node_key(record_type: str, record_id: str) -> str:
    return f"{record_type}:{record_id}"


# -- building --------------------------------------------------------------------------------------
def load_graph(db: Database, today: date | None = None) -> nx.Graph[str]:
    """The whole network from the database, in a stable order (records sorted by id)."""
    today_iso = (today or date.today()).isoformat()
    graph: nx.Graph[str] = nx.Graph()
    with db.read() as session:
        for gid, name, status in session.execute(
            select(Group.id, Group.name, Group.status).where(Group.deleted.is_(False)).order_by(Group.id)
        ):
            graph.add_node(node_key("group", gid), type="group", id=gid, label=name, status=status)
        for sid, name, category, status, address in session.execute(
            select(Space.id, Space.name, Space.category, Space.status, Space.address)
            .where(Space.deleted.is_(False))
            .order_by(Space.id)
        ):
            address = address or {}
            district = address.get("locality") or address.get("town") or ""
            graph.add_node(
                node_key("space", sid),
                type="space",
                id=sid,
                label=name,
                category=category,
                status=status,
                district=district,
            )
        for person in session.execute(
            select(Person.id, Person.name, Person.consent_directory, Person.erased)
            .where(Person.deleted.is_(False))
            .order_by(Person.id)
        ):
            graph.add_node(
                node_key("person", person.id),
                type="person",
                id=person.id,
                label=printed_name(person, compact=True),
                named=may_print(person),
            )
        for tid, name in session.execute(
            select(Tool.id, Tool.name).where(Tool.deleted.is_(False)).order_by(Tool.id)
        ):
            graph.add_node(node_key("tool", tid), type="tool", id=tid, label=name)

        def connect(a: str, b: str, kind: str) -> None:
            if a in graph and b in graph and a != b:
                if graph.has_edge(a, b):
                    graph[a][b]["weight"] += 1
                else:
                    graph.add_edge(a, b, kind=kind, weight=1)

        for gid, sid in session.execute(
            select(Meeting.group_id, Meeting.space_id)
            .where(Meeting.deleted.is_(False), Meeting.space_id.is_not(None))
            .order_by(Meeting.id)
        ):
            connect(node_key("group", gid), node_key("space", str(sid)), "meets at")  # never None here
        for pid, gid, role, until in session.execute(
            select(Role.person_id, Role.group_id, Role.role, Role.until)
            .where(Role.deleted.is_(False))
            .order_by(Role.id)
        ):
            if until and until < today_iso:
                continue  # a role that ended no longer holds anything together
            connect(node_key("person", pid), node_key("group", gid), role or "volunteer")
        for tid, gid in session.execute(
            select(ToolUse.tool_id, ToolUse.group_id).where(ToolUse.deleted.is_(False)).order_by(ToolUse.id)
        ):
            connect(node_key("group", gid), node_key("tool", tid), "uses")
        for ftype, fid, ttype, tid, kind in session.execute(
            select(Link.from_type, Link.from_id, Link.to_type, Link.to_id, Link.kind)
            .where(Link.deleted.is_(False))
            .order_by(Link.id)
        ):
            connect(node_key(ftype, fid), node_key(ttype, tid), kind)
        # Help given between groups (the network of builders): a "helped" link, helper to helped.
        for helper, helped in session.execute(
            select(HelpGiven.helper_group_id, HelpGiven.helped_group_id)
            .where(HelpGiven.deleted.is_(False)).order_by(HelpGiven.id)
        ):
            a, b = node_key("group", helper), node_key("group", helped)
            if graph.has_edge(a, b) and graph[a][b]["kind"] != HELPED:
                graph[a][b]["helped"] = True
            connect(a, b, HELPED)
    return graph


HELPED = "helped"


def helped_edges(graph: nx.Graph[str]) -> list[tuple[str, str]]:
    """The links of help given between groups (drawn apart on the network picture)."""
    return [(a, b) for a, b, d in graph.edges(data=True) if d.get("kind") == HELPED or d.get("helped")]


# -- findings --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Finding:
    """One thing the committee should know, said in plain words."""

    kind: str  # "connector", "space" or "group"
    node: str
    record_type: str
    record_id: str
    title: str
    reason: str
    weight: float  # bigger = more urgent; findings of one kind are sorted by it


@dataclass
class Findings:
    connectors: list[Finding] = field(default_factory=list)
    spaces: list[Finding] = field(default_factory=list)
    groups: list[Finding] = field(default_factory=list)

    def all(self) -> list[Finding]:
        return self.connectors + self.spaces + self.groups

    def nodes(self) -> set[str]:
        return {f.node for f in self.all()}


def groups_cut_off(graph: nx.Graph[str]) -> dict[str, list[str]]:
    """For each articulation point, the groups that would lose touch with the rest without it.

    Removing a cut node splits its part of the network into pieces; everything outside the
    biggest piece is "cut off". Worked out on the block-cut tree in one pass, not by removing
    each node in turn (which would take minutes on a borough).
    """
    result: dict[str, list[str]] = {}
    # Each component is a set of nodes (the stubs say a list of sets).
    blocks = cast(list[set[str]], list(nx.biconnected_components(graph)))
    seen: Counter[str] = Counter(node for block in blocks for node in block)
    cut_nodes = {node for node, count in seen.items() if count > 1}  # the articulation points
    if not cut_nodes:
        return result
    tree: nx.Graph[Any] = nx.Graph()
    members: dict[Any, list[str]] = {}  # tree node -> groups counted there
    for index, block in enumerate(blocks):
        bnode = ("block", index)
        members[bnode] = [n for n in block if n not in cut_nodes and graph.nodes[n]["type"] == "group"]
        tree.add_node(bnode)
        for node in block & cut_nodes:
            tree.add_edge(bnode, ("cut", node))
    for node in cut_nodes:
        members[("cut", node)] = [node] if graph.nodes[node]["type"] == "group" else []
    for component in nx.connected_components(tree):
        root = min(component, key=str)
        order = [root, *(child for _, child in nx.bfs_edges(tree, root))]
        parent = dict(nx.bfs_predecessors(tree, root))
        children: dict[Any, list[Any]] = defaultdict(list)
        for child, up in parent.items():
            children[up].append(child)
        below: dict[Any, int] = {}  # how many groups in each subtree
        for tnode in reversed(order):
            below[tnode] = len(members[tnode]) + sum(below[c] for c in children[tnode])
        total = below[root]

        def groups_under(top: Any, children: dict[Any, list[Any]] = children) -> list[str]:
            found, stack = [], [top]
            while stack:
                current = stack.pop()
                found += members[current]
                stack += children[current]
            return found

        for tnode in component:
            if tnode[0] != "cut":
                continue
            pieces: list[tuple[int, Any]] = [(below[c], c) for c in children[tnode]]
            if total - below[tnode]:
                pieces.append((total - below[tnode], None))  # None: everything above this node
            pieces.sort(key=lambda piece: -piece[0])
            lost: list[str] = []
            for _, top in pieces[1:]:
                if top is not None:
                    lost += groups_under(top)
                else:
                    inside = set(groups_under(tnode))
                    lost += [g for g in groups_under(root) if g not in inside]
            if lost:
                result[tnode[1]] = sorted(lost)
    return result


def social_core(graph: nx.Graph[str]) -> nx.Graph[str]:
    """Groups and people only: the human ties. Sharing a hall or an app does not make two groups
    know each other, so spaces and tools are left out when asking who holds groups together."""
    # Built afresh rather than as a subgraph view: graph algorithms on views are much slower.
    types: dict[str, Any] = {node: data.get("type") for node, data in graph.nodes(data=True)}
    human = {"group", "person"}
    core: nx.Graph[str] = nx.Graph()
    core.add_nodes_from((n, graph.nodes[n]) for n in graph if types[n] in human)
    core.add_edges_from((a, b) for a, b in graph.edges() if types[a] in human and types[b] in human)
    return core


def _names(graph: nx.Graph[str], nodes: list[str], limit: int = 2) -> str:
    labels = [graph.nodes[n]["label"] for n in nodes[:limit]]
    rest = len(nodes) - len(labels)
    text = " and ".join(labels) if len(labels) <= 2 else ", ".join(labels)
    if rest > 0:
        text = f"{', '.join(labels)} and {rest} other group{'s' if rest > 1 else ''}"
    return text


def analyse(graph: nx.Graph[str], limit: int = 25) -> Findings:
    """Key connectors, spaces groups depend on, and groups with one active volunteer."""
    findings = Findings()
    lost_by_node = groups_cut_off(social_core(graph))
    for node, lost in lost_by_node.items():
        data = graph.nodes[node]
        if data["type"] != "person":
            continue
        groups = [n for n in graph.neighbors(node) if graph.nodes[n]["type"] == "group"]
        if len(groups) < 2:
            continue
        roles = sorted({graph[node][g]["kind"] for g in groups})
        findings.connectors.append(
            Finding(
                "connector",
                node,
                "person",
                data["id"],
                data["label"],
                f"{'/'.join(roles).capitalize()} in {len(groups)} groups. Without them, "
                f"{_names(graph, lost)} would have no volunteer or partner in common with the "
                "other groups.",
                len(lost) * 10 + len(groups),
            )
        )
    for node, data in graph.nodes(data=True):
        if data["type"] == "space":
            users = [n for n in graph.neighbors(node) if graph.nodes[n]["type"] == "group"]
            if len(users) < 3:
                continue
            only_here = [
                g
                for g in users
                if sum(1 for s in graph.neighbors(g) if graph.nodes[s]["type"] == "space") == 1
            ]
            reason = f"{len(users)} groups meet here"
            if only_here:
                reason += f"; for {len(only_here)} of them it is their only meeting place"
            if data.get("status") in ("at risk", "closed"):
                reason += f" — and the space is {data['status']}"
            findings.spaces.append(
                Finding(
                    "space",
                    node,
                    "space",
                    data["id"],
                    data["label"],
                    reason + ".",
                    len(only_here) * 10 + len(users) + (50 if data.get("status") == "at risk" else 0),
                )
            )
        elif data["type"] == "group" and data.get("status") == "active":
            people = [n for n in graph.neighbors(node) if graph.nodes[n]["type"] == "person"]
            if len(people) == 1:
                person = graph.nodes[people[0]]
                findings.groups.append(
                    Finding(
                        "group",
                        node,
                        "group",
                        data["id"],
                        data["label"],
                        f"Only one active volunteer ({person['label']}, {graph[node][people[0]]['kind']}) "
                        "keeps this group going.",
                        1.0,
                    )
                )
    for items in (findings.connectors, findings.spaces, findings.groups):
        items.sort(key=lambda f: (-f.weight, f.title, f.record_id))
        del items[limit:]
    return findings


# -- what to draw ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class NetworkOptions:
    """What to show: the node types, one category or district of spaces, and at most `top_n` nodes."""

    types: frozenset[str] = frozenset(("group", "space", "person", "tool"))
    category: str = ""
    district: str = ""
    top_n: int = 150


def districts(graph: nx.Graph[str]) -> list[str]:
    found = {d["district"] for _, d in graph.nodes(data=True) if d["type"] == "space" and d["district"]}
    return sorted(found)


def reduce(graph: nx.Graph[str], findings: Findings, options: NetworkOptions) -> nx.Graph[str]:
    """A readable part of the network: filtered, only people and tools that join ≥2 groups, top-N.

    Flagged nodes are kept first so the side panel's findings are always on the picture.
    """
    spaces = {
        n
        for n, d in graph.nodes(data=True)
        if d["type"] == "space"
        and (not options.category or d["category"] == options.category)
        and (not options.district or d["district"] == options.district)
    }
    all_groups = [n for n, d in graph.nodes(data=True) if d["type"] == "group"]
    if options.category or options.district:
        groups = {g for g in all_groups if any(s in spaces for s in graph.neighbors(g))}
        spaces = {s for s in spaces if any(g in groups for g in graph.neighbors(s))}
    else:
        groups = set(all_groups)
    keep = set(groups) | spaces
    for node, data in graph.nodes(data=True):
        if data["type"] in ("person", "tool") and sum(1 for g in graph.neighbors(node) if g in groups) >= 2:
            keep.add(node)
    keep = {n for n in keep if graph.nodes[n]["type"] in options.types}
    sub = graph.subgraph(keep)
    flagged = list(dict.fromkeys(f.node for f in findings.all() if f.node in keep))
    degree = dict(sub.degree())
    ranked = sorted(keep - set(flagged), key=lambda n: (-degree[n], n))
    # Grow the picture around the most telling nodes, each with its neighbours, so what is
    # drawn is a set of readable stars rather than unconnected dots.
    chosen: dict[str, None] = {}
    for seed in flagged + ranked:
        if len(chosen) >= options.top_n:
            break
        if degree[seed] == 0 and seed not in flagged:
            continue
        chosen[seed] = None
        for neighbour in sorted(sub.neighbors(seed), key=lambda n: (-degree[n], n)):
            if len(chosen) >= options.top_n:
                break
            chosen[neighbour] = None
    reduced: nx.Graph[str] = nx.Graph(graph.subgraph(chosen))
    reduced.remove_nodes_from([n for n in list(reduced) if reduced.degree(n) == 0 and n not in flagged])
    return reduced


def layout(graph: nx.Graph[str], seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions in [-1, 1]², the same for the same graph every time (nodes and lines sorted first);
    why this layout and not networkx's: see `cluster_layout`."""
    edges = sorted(cast(tuple[str, str], tuple(sorted(e))) for e in graph.edges)
    return cast(dict[str, tuple[float, float]], cluster_layout(sorted(graph.nodes), edges, seed=seed))


@dataclass
class NetworkPicture:
    """Everything the network view draws, worked out off the UI thread."""

    graph: nx.Graph[str]  # the reduced graph, node attributes as in `load_graph`
    positions: dict[str, tuple[float, float]]
    findings: Findings
    total: Counter[str]  # nodes of each type in the whole network
    districts: list[str]


def picture(graph: nx.Graph[str], findings: Findings, options: NetworkOptions) -> NetworkPicture:
    reduced = reduce(graph, findings, options)
    total: Counter[str] = Counter(d["type"] for _, d in graph.nodes(data=True))
    return NetworkPicture(reduced, layout(reduced), findings, total, districts(graph))


class NetworkService:
    """Loads and analyses the network once, then draws filtered pictures of it."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.graph: nx.Graph[str] | None = None
        self.findings: Findings | None = None

    def load(self) -> None:
        self.graph = load_graph(self.db)
        self.findings = analyse(self.graph)

    def picture(self, options: NetworkOptions) -> NetworkPicture:
        if self.graph is None or self.findings is None:
            self.load()
        assert self.graph is not None and self.findings is not None
        return picture(self.graph, self.findings, options)


def groups_of(graph: nx.Graph[str], node: str) -> list[str]:
    return [n for n in graph.neighbors(node) if graph.nodes[n]["type"] == "group"]


def degree_by_type(graph: nx.Graph[str]) -> dict[str, int]:
    counts: defaultdict[str, int] = defaultdict(int)
    for _, data in graph.nodes(data=True):
        counts[data["type"]] += 1
    return dict(counts)
