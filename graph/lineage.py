"""Lineage walks: a directive's tree down to plans, projects and places, or up to its source.

The walk goes level by level over distinct nodes (one ``lineage_*_step`` query per level),
so every node appears once, with the edge that first reached it, instead of enumerating
every path (which grows combinatorially; see DESIGN.md, Backends).

What reached a locality is one query, ``locality_directives`` (its file states the definition:
MERGED_INTO history, PART_OF roll-up, ASSIGNED_TO and the issuer-province rule, IMPLEMENTS up);
the API, the page and the Neo4j Browser saved query all run that same text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Literal

from graph.store import GraphStore, Row
from kernel.errors import NotFound

Direction = Literal["down", "up"]


@dataclass(slots=True)
class LineageNode:
    key: str
    labels: list[str]
    properties: dict[str, Any]
    depth: int
    via: str | None = None  # the key of the node it was reached from (None for the root)


@dataclass(slots=True)
class LineageEdge:
    source: str
    target: str
    type: str
    properties: dict[str, Any]


@dataclass
class Lineage:
    root: LineageNode
    direction: Direction
    depth: int
    nodes: list[LineageNode] = field(default_factory=list)
    edges: list[LineageEdge] = field(default_factory=list)


#: Levels the FalkorDB ``lineage_*_tree`` queries answer in one round trip (the root and levels 1-4).
TREE_LEVELS = 4
#: The order a level's rows are taken in (so the edge that first reaches a node does not depend on the store).
_ORDER = itemgetter("parent", "type", "key")


def walk(store: GraphStore, key: str, direction: Direction = "down", depth: int = 4,
         max_nodes: int = 5000) -> Lineage:  # fmt: skip
    """The lineage of ``key``: each reachable node once, each edge that reached it.

    FalkorDB answers the root and the first :data:`TREE_LEVELS` levels in one query (``lineage_*_tree``,
    rows for every key first reached on the level before, a superset of the walk's frontier); the rows of
    each level are then taken in the same way as the step query's, so the walk is the same."""
    step = "lineage_down_step" if direction == "down" else "lineage_up_step"
    levels: dict[int, list[Row]] = {}
    from_tree = store.backend == "embedded"
    if from_tree:
        for row in store.read(f"lineage_{direction}_tree", {"key": key, "depth": depth, "max_nodes": max_nodes}):
            levels.setdefault(row["level"], []).append(row)
        if not levels:
            raise NotFound(f"no node with key {key!r}", key=key)
        found = levels[0][0]
        root = LineageNode(key, found["labels"], found["node"], 0)
    else:
        roots = store.read("lineage_root", {"key": key})
        if not roots:
            raise NotFound(f"no node with key {key!r}", key=key)
        root = LineageNode(key, roots[0]["labels"], roots[0]["properties"], 0)
    lineage = Lineage(root=root, direction=direction, depth=depth, nodes=[root])
    depth_of = {key: 0}
    edges_seen: set[tuple[str, str, str]] = set()
    frontier = [key]
    for level in range(1, depth + 1):
        if not frontier or len(depth_of) >= max_nodes:
            break
        if from_tree and level <= TREE_LEVELS:
            expanded = set(frontier)
            rows = [r for r in levels.get(level, []) if r["parent"] in expanded]
        else:
            rows = store.read(step, {"keys": frontier})
        rows.sort(key=_ORDER)
        next_frontier: list[str] = []
        for row in rows:
            parent, child = row["parent"], row["key"]
            # The edge as it is stored: its direction decides source and target.
            source, target = (child, parent) if row["direction"] == "in" else (parent, child)
            if (source, row["type"], target) in edges_seen:
                continue
            known = depth_of.get(child)
            if known is None:
                if len(depth_of) >= max_nodes:
                    break
                depth_of[child] = level
                lineage.nodes.append(LineageNode(child, row["labels"], row["node"], level, parent))
                next_frontier.append(child)
            elif known != level:
                continue  # reached earlier by a shorter chain: each node once, with the edge that reached it
            edges_seen.add((source, row["type"], target))  # a second parent on the same level is kept too
            lineage.edges.append(LineageEdge(source, target, row["type"], row["edge"]))
        frontier = next_frontier
    return lineage


#: The most IMPLEMENTS steps the locality walk follows from a carrier (the bound in its query file).
LOCALITY_MAX_STEPS = 8


@dataclass
class Reached:
    """A directive that reached a locality, with the keys of the chain that brought it."""

    key: str
    labels: list[str]
    properties: dict[str, Any]
    chain: list[str]
    #: on the map of a date (``as_of``): how many keys at the start of ``chain`` lead, by the gazetteer, from the
    #: locality to the place the carrier reached (facts of the map, not edges a document says); 0 otherwise
    placed: int = 0


def locality_directives(store: GraphStore, locality: str, depth: int = 4) -> list[Reached]:
    """The directives that reached ``locality`` (each once, by its shortest chain)."""
    params = {"locality": locality, "depth": max(0, min(depth, LOCALITY_MAX_STEPS))}
    return [
        Reached(row["key"], row["labels"], row["properties"], row["chain"])
        for row in store.read("locality_directives", params)
    ]


def chain_to(lineage: Lineage, key: str) -> list[str]:
    """The keys from the root to ``key`` along the edges that first reached each node."""
    by_key = {n.key: n for n in lineage.nodes}
    chain = [key]
    while (via := by_key[chain[-1]].via) is not None:
        chain.append(via)
    return chain[::-1]


def locality_directives_at(store: GraphStore, places: Sequence[Sequence[str]], depth: int = 4) -> list[Reached]:
    """The directives that reached a locality on the map of a date (``as_of``), each once by its shortest chain.

    ``places``: for each place that counts on that map, the keys from the locality to it (computed from the
    gazetteer, :func:`loaders.as_of.places`); a directive's chain is that path, then the carrier's chain up
    to it (``graph/queries/locality_directives_at.cypher``)."""
    path_to = {path[-1]: list(path) for path in places if path}
    if not path_to:
        return []
    params = {"places": sorted(path_to), "depth": max(0, min(depth, LOCALITY_MAX_STEPS))}
    best: dict[str, tuple[tuple[int, str], Reached]] = {}
    for row in store.read("locality_directives_at", params):
        chain = path_to[row["place"]] + list(row["chain"])
        rank = (len(chain), "".join(k + " > " for k in chain))
        if row["key"] not in best or rank < best[row["key"]][0]:
            placed = len(path_to[row["place"]])
            best[row["key"]] = (rank, Reached(row["key"], row["labels"], row["properties"], chain, placed))
    return sorted((r for _, r in best.values()), key=lambda r: (len(r.chain), r.key))
