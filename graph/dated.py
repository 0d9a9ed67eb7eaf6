"""Time on a walk: keep what documents dated within ``[from, to]`` say.

A lineage (``graph.lineage.walk``) is cut to a window of document dates after it is walked: each edge
keeps only the evidence of documents published in the window (``from`` and ``to`` inclusive, compared
at the coarser of the two precisions: ``to=2025`` takes all of 2025, ``from=2025-06`` starts in June, and
a document dated ``2025-06`` is inside ``from=2025-06-15``); an edge
left with no evidence goes, and so does every node no longer reached from the root. An edge that no
document supports (a fact of the gazetteer) is timeless and stays. A document without a date is
outside every window.

``as_of`` (the administrative map of a day) is the other time on a walk: :func:`on_map` shows a lineage's
places as that map has them, from units computed by ``loaders/as_of.py`` (the gazetteer lives there).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from graph.lineage import Lineage, LineageEdge, LineageNode
from graph.store import GraphStore
from kernel.errors import InvalidInput

PROVENANCE = ("docs", "evidence", "span_start", "span_end", "extractor")


def within(published: str | None, date_from: str | None, date_to: str | None) -> bool:
    """Whether a document date (YYYY, YYYY-MM or YYYY-MM-DD) falls in the window."""
    if date_from is None and date_to is None:
        return True
    if not published:
        return False
    if date_from is not None and published[: len(date_from)] < date_from[: len(published)]:
        return False
    return not (date_to is not None and published[: len(date_to)] > date_to[: len(published)])


def check_window(date_from: str | None, date_to: str | None) -> None:
    """Refuse a window that ends before it starts."""
    if date_from is not None and date_to is not None and not within(date_from, None, date_to):
        raise InvalidInput("'from' is after 'to'", **{"from": date_from, "to": date_to})


def _kept(props: Mapping[str, Any], keep: Callable[[str], bool]) -> dict[str, Any] | None:
    """The edge's properties with only the evidence of kept documents; None if none is left."""
    docs = [str(d) for d in props.get("docs") or []]
    if not docs:
        return dict(props)  # no document says it: timeless
    index = [i for i, d in enumerate(docs) if keep(d)]
    if not index:
        return None
    out = dict(props)
    for name in PROVENANCE:
        values = props.get(name) or []
        out[name] = [values[i] for i in index if i < len(values)]
    return out


def cut(tree: Lineage, dates: Mapping[str, str | None], date_from: str | None, date_to: str | None) -> Lineage:
    """The lineage as documents dated within ``[date_from, date_to]`` tell it (``dates``: document key -> date)."""
    if date_from is None and date_to is None:
        return tree
    check_window(date_from, date_to)
    edges: list[LineageEdge] = []
    for edge in tree.edges:
        props = _kept(edge.properties, lambda d: within(dates.get(d), date_from, date_to))
        if props is not None:
            edges.append(replace(edge, properties=props))
    depth = {n.key: n.depth for n in tree.nodes}
    # The walk moves from a node to one a level further (or a second parent on the same level).
    reached: dict[str, str | None] = {tree.root.key: None}
    for node in sorted(tree.nodes[1:], key=lambda n: n.depth):
        parents = [
            other
            for e in edges
            for other in ((e.source,) if e.target == node.key else (e.target,) if e.source == node.key else ())
            if other in reached and depth.get(other, node.depth) < node.depth
        ]
        if parents:
            reached[node.key] = node.via if node.via in parents else sorted(parents)[0]
    nodes = [n if n.key == tree.root.key else replace(n, via=reached[n.key]) for n in tree.nodes if n.key in reached]
    kept_edges = [e for e in edges if e.source in reached and e.target in reached]
    return replace(tree, nodes=nodes, edges=kept_edges)


def document_dates(store: GraphStore, tree: Lineage) -> dict[str, str | None]:
    """The publication date of every document some edge of the lineage cites."""
    keys = sorted({str(d) for e in tree.edges for d in e.properties.get("docs") or []})
    if not keys:
        return {}
    return {row["key"]: row["published"] for row in store.read("documents_by_key", {"keys": keys})}


def walk_within(tree: Lineage, store: GraphStore, date_from: str | None, date_to: str | None) -> Lineage:
    """:func:`cut` with the document dates read from the store."""
    if date_from is None and date_to is None:
        return tree
    return cut(tree, document_dates(store, tree), date_from, date_to)


def chain_within(
    links: Mapping[tuple[str, str], list[list[str]]],
    dates: Mapping[str, str | None],
    chain: list[str],
    date_from: str | None,
    date_to: str | None,
) -> bool:
    """Whether every step of ``chain`` is said by a document of the window (or by no document at all).

    ``links``: for each pair of consecutive keys, the ``docs`` list of each relationship between them."""
    for a, b in itertools.pairwise(chain):
        edges = links.get((a, b), []) + links.get((b, a), [])
        if not any(not docs or any(within(dates.get(d), date_from, date_to) for d in docs) for docs in edges):
            return False
    return True


def reached_within(
    store: GraphStore, chains: list[list[str]], date_from: str | None, date_to: str | None
) -> list[bool]:
    """For each chain (keys, as ``/localities/{key}/directives`` answers them), whether documents dated in the
    window say each of its steps. A directive is judged on the chain shown (its shortest). The step from a
    province to a directive it issued itself (no relationship: the issuer-province rule) is said by the
    documents that name the directive."""
    if date_from is None and date_to is None:
        return [True] * len(chains)
    check_window(date_from, date_to)
    pairs = sorted({(a, b) for chain in chains for a, b in itertools.pairwise(chain)})
    links: dict[tuple[str, str], list[list[str]]] = {}
    for start in range(0, len(pairs), 1000):
        for row in store.read("chain_links", {"pairs": [list(p) for p in pairs[start : start + 1000]]}):
            links.setdefault((row["a"], row["b"]), []).append([str(d) for d in row["docs"]])
    # A step no relationship makes is the issuer-province rule (a province to a directive it issued itself):
    # the documents that name the directive say it.
    for a, b in pairs:
        if (a, b) not in links and (b, a) not in links:
            named = [str(row["key"]) for row in store.read("documents_mentioning", {"keys": [b]})]
            links[(a, b)] = [named]
    keys = sorted({d for edges in links.values() for docs in edges for d in docs})
    dates = {r["key"]: r["published"] for r in store.read("documents_by_key", {"keys": keys})} if keys else {}
    return [chain_within(links, dates, chain, date_from, date_to) for chain in chains]


@dataclass(frozen=True)
class OnMap:
    """A unit of the map of a date that stands for a place of a lineage."""

    key: str
    labels: list[str]
    properties: dict[str, Any]


def _merged_edge(first: Mapping[str, Any], second: Mapping[str, Any]) -> dict[str, Any]:
    """Two edges that became one on the map (two old communes of one new commune): their evidence joined."""
    out = dict(first)
    for name in PROVENANCE:
        if name in first or name in second:
            out[name] = [*(first.get(name) or []), *(second.get(name) or [])]
    moved = [*(first.get("mapped_from") or []), *(second.get("mapped_from") or [])]
    if moved:
        out["mapped_from"] = list(dict.fromkeys(moved))
    return out


def on_map(tree: Lineage, standing: Mapping[str, Sequence[OnMap]]) -> Lineage:
    """The lineage with its places as the map of a date has them (``as_of``).

    ``standing``: for each place of the tree that is not on that map, the units of the map that stand for it
    (its successors after the 2025 reform, its predecessors before; none: it goes). Each takes the place's
    depth and the node it was reached from, and the edge that reached the place is re-pointed to it with
    ``mapped_from`` (the keys of the places the documents named); two edges that meet are one, their evidence
    joined. The root stays as it is."""
    if not standing:
        return tree
    root = tree.root.key

    def ends(key: str) -> list[str]:
        return [u.key for u in standing[key]] if key != root and key in standing else [key]

    nodes: dict[str, LineageNode] = {}
    for node in tree.nodes:
        stand_ins = [node] if node.key == root or node.key not in standing else [
            LineageNode(u.key, u.labels, u.properties, node.depth, node.via) for u in standing[node.key]
        ]  # fmt: skip
        for n in stand_ins:
            if n.key not in nodes or n.depth < nodes[n.key].depth:
                nodes[n.key] = replace(n, via=(ends(n.via) or [n.via])[0] if n.via is not None else None)
    edges: dict[tuple[str, str, str], LineageEdge] = {}
    for edge in tree.edges:
        for source in ends(edge.source):
            for target in ends(edge.target):
                props = dict(edge.properties)
                moved = [k for k, now in ((edge.source, source), (edge.target, target)) if k != now]
                if moved:
                    props["mapped_from"] = moved
                at = (source, edge.type, target)
                edges[at] = LineageEdge(source, target, edge.type, props) if at not in edges else replace(
                    edges[at], properties=_merged_edge(edges[at].properties, props)
                )  # fmt: skip
    kept = [n for n in nodes.values() if n.key == root or any(n.key in (e.source, e.target) for e in edges.values())]
    return replace(tree, nodes=sorted(kept, key=lambda n: n.depth), edges=list(edges.values()))
