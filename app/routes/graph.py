"""Nodes and edges around a key, for drawing."""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Query, Response

from app.deps import StoreDep, require_read
from app.describe import node_key
from app.evidence import edge_row
from app.openapi import READ_ERRORS, errors
from app.schemas import GraphOut, public_properties
from kernel.errors import NotFound

router = APIRouter(
    prefix="/graph", tags=["graph"], dependencies=[Depends(require_read)], responses=errors(*READ_ERRORS)
)

MAX_NODES = 300


@router.get(
    "/neighbourhood",
    response_model=GraphOut,
    summary="Nodes and edges within depth hops of a node",
    responses=errors(404),
    operation_id="getNeighbourhood",
)
def neighbourhood(
    store: StoreDep,
    key: Annotated[
        str, Query(min_length=1, max_length=500, description="the centre node's key", examples=["331-KH/TU"])
    ],
    depth: Annotated[int, Query(ge=1, le=3, description="hops from the centre")] = 1,
) -> Response:
    """A :class:`GraphOut` answer, its JSON written from plain values (as the lineage's: the same bytes as the
    models', tests/api/test_routes.py)."""
    # The centre and its first level in one round trip; a key that names no node is resolved (an alias, a
    # folded form) and read again.
    found = store.read("neighbourhood_first", {"key": key, "limit": MAX_NODES * 4})
    if not found:
        key = node_key(store, key)
        found = store.read("neighbourhood_first", {"key": key, "limit": MAX_NODES * 4})
    if not found:
        raise NotFound(f"no node with key {key!r}", key=key)
    centre = found[0]
    nodes = {key: {"key": key, "labels": centre["labels"], "properties": public_properties(centre["properties"])}}
    edges: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    frontier = [key]
    for level in range(depth):
        rows = (
            centre["rows"]
            if level == 0
            else store.read("neighbourhood_step", {"keys": frontier, "limit": MAX_NODES * 4})
        )
        frontier = []
        for row in rows:
            if row["key"] not in nodes:
                if len(nodes) >= MAX_NODES:
                    continue
                nodes[row["key"]] = {
                    "key": row["key"], "labels": row["labels"], "properties": public_properties(row["node"])
                }  # fmt: skip
                frontier.append(row["key"])
            ident = (row["source"], row["type"], row["target"], str(row["edge"].get("id", "")))
            if ident not in edges:
                edges[ident] = edge_row(row["source"], row["target"], row["type"], row["edge"])
        if not frontier:
            break
    body = {"nodes": list(nodes.values()), "edges": list(edges.values())}
    return Response(orjson.dumps(body), media_type="application/json")
