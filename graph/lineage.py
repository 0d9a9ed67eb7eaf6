"""Lineage walks: a directive's tree down to plans, projects and places, or up to its source.

The walk goes level by level over distinct nodes (one ``lineage_*_step`` query per level),
so every node appears once, with the edge that first reached it, instead of enumerating
every path (which grows combinatorially; see DESIGN.md, Backends).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from app.errors import NotFound
from graph.store import GraphStore

Direction = Literal["down", "up"]


@dataclass
class LineageNode:
    key: str
    labels: list[str]
    properties: dict[str, Any]
    depth: int


@dataclass
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


def walk(store: GraphStore, key: str, direction: Direction = "down", depth: int = 4,
         max_nodes: int = 5000) -> Lineage:  # fmt: skip
    """The lineage of ``key``: each reachable node once, each edge that reached it."""
    found = store.read("node", {"key": key})
    if not found:
        raise NotFound(f"no node with key {key!r}", key=key)
    root = LineageNode(key, found[0]["labels"], found[0]["properties"], 0)
    lineage = Lineage(root=root, direction=direction, depth=depth, nodes=[root])
    seen = {key}
    step = "lineage_down_step" if direction == "down" else "lineage_up_step"
    frontier = [key]
    for level in range(1, depth + 1):
        if not frontier or len(seen) >= max_nodes:
            break
        rows = store.read(step, {"keys": frontier})
        rows.sort(key=lambda r: (r["parent"], r["type"], r["key"]))
        next_frontier: list[str] = []
        for row in rows:
            parent, child = row["parent"], row["key"]
            # The edge as it is stored: its direction decides source and target.
            source, target = (child, parent) if row["direction"] == "in" else (parent, child)
            edge = LineageEdge(source, target, row["type"], row["edge"])
            if child in seen:
                if any(e.source == source and e.target == target and e.type == edge.type for e in lineage.edges):
                    continue
                if child != key and any(n.key == child and n.depth == level for n in lineage.nodes):
                    lineage.edges.append(edge)  # a second parent on the same level
                continue
            seen.add(child)
            lineage.nodes.append(LineageNode(child, row["labels"], row["node"], level))
            lineage.edges.append(edge)
            next_frontier.append(child)
            if len(seen) >= max_nodes:
                break
        frontier = next_frontier
    return lineage
